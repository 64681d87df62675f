#include "crmratelimit.h"

#include <QTest>

class TestCrmRateLimit : public QObject
{
    Q_OBJECT

private slots:
    void noHeaders();
    void legacyHeaders();
    void booksSpellingAndRetryAfter();
    void retryAfterAsHttpDate();
    void accessTokenReset();
    void garbageIsIgnored();
};

void TestCrmRateLimit::noHeaders()
{
    const auto limits = CrmRateLimit::fromHeaders({ { "Content-Type", "application/json" } });
    QVERIFY(limits.isEmpty());
    QVERIFY(limits.toString().isEmpty());
}

void TestCrmRateLimit::legacyHeaders()
{
    // The names the legacy v2 SDKs read (`Response.py` of zoho/zcrm-python-sdk).
    const auto limits = CrmRateLimit::fromHeaders({ { "X-RATELIMIT-LIMIT", "100" },
                                                    { "X-RATELIMIT-REMAINING", "97" },
                                                    { "X-RATELIMIT-RESET", "1722505279000" },
                                                    { "X-RATELIMIT-DAY-LIMIT", "5000" },
                                                    { "X-RATELIMIT-DAY-REMAINING", "4997" } });
    QVERIFY(!limits.isEmpty());
    QCOMPARE(limits.limit.value(), 100);
    QCOMPARE(limits.remaining.value(), 97);
    QCOMPARE(limits.resetMs.value(), Q_INT64_C(1722505279000));
    QCOMPARE(limits.dayLimit.value(), 5000);
    QCOMPARE(limits.dayRemaining.value(), 4997);
    QVERIFY(limits.toString().contains(QLatin1String("remaining 97/100")));
    QVERIFY(limits.toString().contains(QLatin1String("day 4997/5000")));
}

void TestCrmRateLimit::booksSpellingAndRetryAfter()
{
    const auto limits = CrmRateLimit::fromHeaders(
        { { "x-rate-limit-limit", "10" }, { "X-Rate-Limit-Remaining", "0" }, { "Retry-After", "60" } });
    QCOMPARE(limits.limit.value(), 10);
    QCOMPARE(limits.remaining.value(), 0);
    QCOMPARE(limits.retryAfterSeconds.value(), 60);
    QVERIFY(limits.toString().contains(QLatin1String("retry after 60 s")));
}

void TestCrmRateLimit::retryAfterAsHttpDate()
{
    const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(120);
    const QByteArray date =
        QLocale::c().toString(later, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
    const auto limits = CrmRateLimit::fromHeaders({ { "Retry-After", date } });
    QVERIFY(limits.retryAfterSeconds.has_value());
    QVERIFY2(*limits.retryAfterSeconds >= 115 && *limits.retryAfterSeconds <= 120,
             qPrintable(QString::number(*limits.retryAfterSeconds)));
}

void TestCrmRateLimit::accessTokenReset()
{
    const auto limits = CrmRateLimit::fromHeaders({ { "X-ACCESSTOKEN-RESET", "2024-08-01T19:21:19+08:00" } });
    QVERIFY(limits.accessTokenReset.isValid());
    QCOMPARE(limits.accessTokenReset.toMSecsSinceEpoch(),
             QDateTime::fromString(QStringLiteral("2024-08-01T11:21:19Z"), Qt::ISODate).toMSecsSinceEpoch());
}

void TestCrmRateLimit::garbageIsIgnored()
{
    const auto limits =
        CrmRateLimit::fromHeaders({ { "X-RATELIMIT-LIMIT", "lots" }, { "Retry-After", "soon" } });
    QVERIFY(!limits.limit.has_value());
    QVERIFY(!limits.retryAfterSeconds.has_value());
}

QTEST_GUILESS_MAIN(TestCrmRateLimit)
#include "tst_crmratelimit.moc"
