#include "token.h"

#include <QJsonArray>
#include <QTest>

class TokenTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sdkFieldsKeepTheSdkOrder();
    void fieldsRoundTripByName();
    void mergeFillsOnlyEmptyFields();
    void statusFollowsTheClockAndTheState();
    void jsonMasksSecretsUnlessRevealed();
    void maskKeepsTooLittleToUse();
};

void TokenTest::sdkFieldsKeepTheSdkOrder()
{
    const QStringList expected { QStringLiteral("id"),
                                 QStringLiteral("user_name"),
                                 QStringLiteral("client_id"),
                                 QStringLiteral("client_secret"),
                                 QStringLiteral("refresh_token"),
                                 QStringLiteral("access_token"),
                                 QStringLiteral("grant_token"),
                                 QStringLiteral("expiry_time"),
                                 QStringLiteral("redirect_url"),
                                 QStringLiteral("api_domain") };
    QCOMPARE(Token::sdkFieldNames(), expected);
    for (const QString &extra : Token::extraFieldNames())
        QVERIFY(!expected.contains(extra));
}

void TokenTest::fieldsRoundTripByName()
{
    Token token;
    const QStringList names = Token::sdkFieldNames() + Token::extraFieldNames();
    for (const QString &name : names) {
        QString value = QStringLiteral("v-") + name;
        if (name.endsWith(QLatin1String("_time")) || name.endsWith(QLatin1String("_at")))
            value = QStringLiteral("1795871772151");
        else if (name == QLatin1String("state"))
            value = QStringLiteral("needs-reauthorization");
        else if (name == QLatin1String("scopes"))
            value = QStringLiteral("ZohoCRM.modules.ALL,ZohoCRM.users.READ");
        token.setField(name, value);
        QCOMPARE(token.field(name), value);
    }
    // The Python SDK's CSV header says redirect_uri for the same column.
    token.setField(QStringLiteral("redirect_uri"), QStringLiteral("http://localhost/cb"));
    QCOMPARE(token.redirectUrl, QStringLiteral("http://localhost/cb"));
    // A non-numeric expiry is "unknown", never a wrong time.
    token.setField(QStringLiteral("expiry_time"), QStringLiteral("soon"));
    QCOMPARE(token.expiryTime, qint64(0));
    QCOMPARE(token.field(QStringLiteral("expiry_time")), QString());
}

void TokenTest::mergeFillsOnlyEmptyFields()
{
    Token stored;
    stored.id = QStringLiteral("4");
    stored.userName = QStringLiteral("ann@example.com");
    stored.refreshToken = QStringLiteral("1000.old-refresh");
    stored.accessToken = QStringLiteral("1000.old-access");
    stored.expiryTime = 100;
    stored.createdAt = 50;
    stored.scopes = { QStringLiteral("ZohoCRM.users.READ") };

    Token fresh;
    fresh.accessToken = QStringLiteral("1000.new-access");
    fresh.expiryTime = 200;
    fresh.createdAt = 300;
    fresh.mergeMissingFrom(stored);
    QCOMPARE(fresh.id, QStringLiteral("4"));
    QCOMPARE(fresh.userName, stored.userName);
    QCOMPARE(fresh.refreshToken, stored.refreshToken);
    QCOMPARE(fresh.accessToken, QStringLiteral("1000.new-access"));
    QCOMPARE(fresh.expiryTime, qint64(200));
    QCOMPARE(fresh.createdAt, qint64(50)); // a row is created once
    QCOMPARE(fresh.scopes, stored.scopes);
}

void TokenTest::statusFollowsTheClockAndTheState()
{
    Token token;
    QCOMPARE(token.status(1000), Token::Status::NoAccessToken);
    token.accessToken = QStringLiteral("1000.a");
    token.expiryTime = 1'000'000;
    QCOMPARE(token.status(0), Token::Status::Valid);
    QCOMPARE(token.status(1'000'000 - 60'000), Token::Status::Expiring);
    QCOMPARE(token.status(1'000'000), Token::Status::Expired);
    token.state = Token::RefreshOutcome::NeedsReauthorization;
    QCOMPARE(token.status(0), Token::Status::NeedsReauthorization);
    QCOMPARE(Token::statusName(Token::Status::NeedsReauthorization), QStringLiteral("needs-reauthorization"));
}

void TokenTest::jsonMasksSecretsUnlessRevealed()
{
    Token token;
    token.id = QStringLiteral("1");
    token.userName = QStringLiteral("ann@example.com");
    token.clientSecret = QStringLiteral("abcdefghijklmnopqrstuvwxyz");
    token.refreshToken = QStringLiteral("1000.0123456789abcdef.refreshtail");
    token.accessToken = QStringLiteral("1000.fedcba9876543210.accesstail");
    token.grantToken = QStringLiteral("1000.grantgrantgrant.granttail");
    token.expiryTime = 1795871772151;
    token.scopes = { QStringLiteral("ZohoCRM.modules.ALL") };

    const QJsonObject masked = token.toJson(false, 0);
    for (const char *secret : { "client_secret", "refresh_token", "access_token", "grant_token" }) {
        const QString shown = masked.value(QLatin1String(secret)).toString();
        QVERIFY2(!shown.isEmpty(), secret);
        QVERIFY2(shown != token.field(QLatin1String(secret)), secret);
        QVERIFY2(!shown.contains(QLatin1String("0123456789abcdef")), secret);
    }
    QCOMPARE(masked.value(QStringLiteral("user_name")).toString(), token.userName);
    QCOMPARE(masked.value(QStringLiteral("expiry_time")).toString(), QStringLiteral("1795871772151"));
    QCOMPARE(masked.value(QStringLiteral("scopes")).toArray().first().toString(),
             QStringLiteral("ZohoCRM.modules.ALL"));

    const QJsonObject revealed = token.toJson(true, 0);
    QCOMPARE(revealed.value(QStringLiteral("refresh_token")).toString(), token.refreshToken);
    QCOMPARE(revealed.value(QStringLiteral("client_secret")).toString(), token.clientSecret);
}

void TokenTest::maskKeepsTooLittleToUse()
{
    QCOMPARE(Token::maskSecret(QString()), QString());
    QCOMPARE(Token::maskSecret(QStringLiteral("short")), QStringLiteral("****"));
    QCOMPARE(Token::maskSecret(QStringLiteral("1000.abcdefghijklmnop")), QStringLiteral("1000.…mnop"));
}

QTEST_GUILESS_MAIN(TokenTest)
#include "tst_token.moc"
