// The small parts of app/core the desktop stands on: the log never keeps a secret, settings keep
// no secret and round-trip, an operation cancels once, the sandbox child process reports where it
// listens and stops with its owner.

#include "appsettings.h"
#include "logcapture.h"
#include "sandboxprocess.h"
#include "tokenoperation.h"

#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

Q_LOGGING_CATEGORY(lcTestSecrets, "zcrm.test", QtInfoMsg)

class TestDesktopCore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void logRedactsSecrets();
    void settingsRoundTrip();
    void operationCancelsOnce();
    void sandboxProcess();
};

void TestDesktopCore::logRedactsSecrets()
{
    const QString access =
        QStringLiteral("1000.0123456789abcdef0123456789abcdef.fedcba9876543210fedcba9876543210");
    LogCapture capture;
    capture.install();
    QSignalSpy added(&capture, &LogCapture::lineAdded);
    qCInfo(lcTestSecrets).noquote() << "refreshed" << access;
    qCInfo(lcTestSecrets).noquote() << "Authorization: Zoho-oauthtoken" << QStringLiteral("abc.def.ghi");
    qCInfo(lcTestSecrets).noquote() << "body client_secret=s3cr3t&refresh_token=1000.aa.bb&code=c0de";
    qCWarning(lcTestSecrets).noquote() << R"({"access_token":"tok-value","expires_in":3600})";
    QTRY_COMPARE(added.count(), 4);
    const QString all = capture.lines().join(QLatin1Char('\n'));
    for (const QString &secret :
         { access, QStringLiteral("abc.def.ghi"), QStringLiteral("s3cr3t"), QStringLiteral("1000.aa.bb"),
           QStringLiteral("c0de"), QStringLiteral("tok-value") })
        QVERIFY2(!all.contains(secret), qPrintable(secret));
    QVERIFY(all.contains(QStringLiteral("refreshed")));
    QVERIFY(all.contains(QStringLiteral("expires_in")));
    QVERIFY(all.contains(QStringLiteral("zcrm.test")));
}

void TestDesktopCore::settingsRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.ini"));
    {
        QSettings settings(path, QSettings::IniFormat);
        AppSettings app(&settings);
        QSignalSpy changed(&app, &AppSettings::changed);
        app.setRefreshLeadSeconds(120);
        app.setDefaultStore(QStringLiteral("mysql://me@db.example/zohooauth"));
        app.setTheme(AppSettings::Theme::Dark);
        app.setLanguage(QStringLiteral("de"));
        app.setTheme(AppSettings::Theme::Dark); // unchanged: no signal
        QCOMPARE(changed.count(), 4);
    }
    QSettings settings(path, QSettings::IniFormat);
    AppSettings app(&settings);
    QCOMPARE(app.refreshLeadSeconds(), 120);
    QCOMPARE(app.defaultStore(), QStringLiteral("mysql://me@db.example/zohooauth"));
    QCOMPARE(app.theme(), AppSettings::Theme::Dark);
    QCOMPARE(app.language(), QStringLiteral("de"));
    settings.setValue(QStringLiteral("tokens/refreshLeadSeconds"), 1);
    QCOMPARE(app.refreshLeadSeconds(), 300); // below the SDK's 5 s: the default
}

void TestDesktopCore::operationCancelsOnce()
{
    int calls = 0;
    TokenOperation operation = TokenOperation::create([&] { ++calls; });
    const TokenOperation copy = operation;
    QVERIFY(!copy.isCancelled());
    copy.cancel();
    operation.cancel();
    QVERIFY(operation.isCancelled());
    QCOMPARE(calls, 1);
    TokenOperation none;
    none.cancel();
    QVERIFY(!none.isValid());
}

void TestDesktopCore::sandboxProcess()
{
    SandboxProcess sandbox;
    sandbox.setExecutable(qEnvironmentVariable("ZCRM_BINARY_DIR")
                          + QStringLiteral("/app/sandbox/zcrm-sandbox"));
    QSignalSpy ready(&sandbox, &SandboxProcess::ready);
    QSignalSpy failed(&sandbox, &SandboxProcess::failed);
    sandbox.start();
    QVERIFY(ready.wait(20000));
    QCOMPARE(failed.count(), 0);
    const SandboxProcess::Endpoints endpoints = sandbox.endpoints();
    QCOMPARE(endpoints.accountsUrl.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(endpoints.accountsUrl.port() > 0);
    QVERIFY(!endpoints.clientId.isEmpty());
    QVERIFY(!endpoints.clientSecret.isEmpty());

    // It answers, and it is gone once stopped.
    QNetworkAccessManager network;
    const QUrl info = endpoints.accountsUrl.resolved(QUrl(QStringLiteral("/__sandbox/info")));
    QNetworkReply *reply = network.get(QNetworkRequest(info));
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(10000));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    reply->deleteLater();
    sandbox.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!sandbox.isRunning(), 5000);

    SandboxProcess missing;
    missing.setExecutable(QStringLiteral("/nonexistent/zcrm-sandbox"));
    QSignalSpy missingFailed(&missing, &SandboxProcess::failed);
    missing.start();
    QVERIFY(missingFailed.wait(5000));
}

QTEST_GUILESS_MAIN(TestDesktopCore)
#include "tst_desktopcore.moc"
