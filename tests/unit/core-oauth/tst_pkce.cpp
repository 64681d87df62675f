#include "pkce.h"
#include "securerandom.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

class TestPkce : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc7636AppendixB();
    void generatedVerifierFollowsTheRfc();
    void randomStringsAreUrlSafeAndDistinct();
};

// RFC 7636, Appendix B: the S256 example.
void TestPkce::rfc7636AppendixB()
{
    QCOMPARE(Pkce::s256Challenge(QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")),
             QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    QCOMPARE(Pkce::method(), QStringLiteral("S256"));
}

void TestPkce::generatedVerifierFollowsTheRfc()
{
    // RFC 7636 §4.1: 43 to 128 characters of [A-Z] [a-z] [0-9] "-" "." "_" "~".
    static const QRegularExpression unreserved(QStringLiteral("^[A-Za-z0-9._~-]{43,128}$"));
    const Pkce pkce = Pkce::generate();
    QVERIFY2(unreserved.match(pkce.verifier()).hasMatch(), qPrintable(pkce.verifier()));
    QCOMPARE(pkce.challenge(), Pkce::s256Challenge(pkce.verifier()));
    QCOMPARE(pkce.challenge().size(), 43); // 32 bytes of SHA-256, base64url without padding
    QVERIFY(!pkce.challenge().contains(QLatin1Char('=')));
    QVERIFY(Pkce::generate().verifier() != pkce.verifier());
}

void TestPkce::randomStringsAreUrlSafeAndDistinct()
{
    static const QRegularExpression urlSafe(QStringLiteral("^[A-Za-z0-9_-]+$"));
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const QString value = SecureRandom::urlSafeString(24);
        QCOMPARE(value.size(), 32);
        QVERIFY(urlSafe.match(value).hasMatch());
        seen.insert(value);
    }
    QCOMPARE(seen.size(), 200);
}

QTEST_GUILESS_MAIN(TestPkce)
#include "tst_pkce.moc"
