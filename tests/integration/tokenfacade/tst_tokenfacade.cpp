// The token facade and its watcher against real stores: SQLite, the SDK CSV file, the OS keychain,
// MariaDB and PostgreSQL (started by the test command), and changes made by another process (the
// real zcrm CLI) seen within 2 seconds. Refresh and sign-in against the in-process sandbox.

#include "sandboxfaults.h"
#include "sandboxserver.h"
#include "storeregistry.h"
#include "testenvironment.h"
#include "testtokens.h"
#include "tokenfacade.h"
#include "tokenstore.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {

QString uniqueName()
{
    return QStringLiteral("t") + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

int runCli(const QStringList &arguments, QByteArray *output = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(qEnvironmentVariable("ZCRM_BINARY_DIR") + QStringLiteral("/app/cli/zcrm"), arguments);
    if (!process.waitForFinished(30000))
        return -1;
    if (output)
        *output = process.readAllStandardOutput();
    return process.exitCode();
}

} // namespace

class TestTokenFacade : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void stores_data();
    void stores();
    void answerDroppedWithContext();
    void closedStoreAnswersClearly();
    void importExportAndCancel();
    void refreshAndRevokeAgainstSandbox();
    void signInAgainstSandbox();

private:
    QString specFor(const QString &kind);
    QTemporaryDir m_dir;
};

void TestTokenFacade::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestTokenFacade::specFor(const QString &kind)
{
    if (kind == QLatin1String("sqlite"))
        return QStringLiteral("sqlite:") + m_dir.filePath(uniqueName() + QStringLiteral(".db"));
    if (kind == QLatin1String("file"))
        return QStringLiteral("file:") + m_dir.filePath(uniqueName() + QStringLiteral(".txt"));
    if (kind == QLatin1String("keychain"))
        return QStringLiteral("keychain:zcrm-test-") + uniqueName();
    if (kind == QLatin1String("mysql"))
        return TestEnvironment::value("ZCRM_TEST_MYSQL_SPEC") + QStringLiteral("?table=") + uniqueName();
    if (kind == QLatin1String("postgresql"))
        return TestEnvironment::value("ZCRM_TEST_PGSQL_SPEC") + QStringLiteral("?table=") + uniqueName();
    return QStringLiteral("memory:");
}

void TestTokenFacade::stores_data()
{
    QTest::addColumn<QString>("kind");
    for (const char *kind : { "sqlite", "file", "keychain", "mysql", "postgresql" })
        QTest::newRow(kind) << QString::fromLatin1(kind);
}

// Open, list, save, delete through the facade; then a change by another process reaches
// tokensChanged within 2 s, with only the changed row.
void TestTokenFacade::stores()
{
    QFETCH(QString, kind);
    if (kind == QLatin1String("keychain"))
        ZCRM_REQUIRE_SERVICE("ZCRM_TEST_KEYRING", "an unlocked Secret Service");
    if (kind == QLatin1String("mysql"))
        ZCRM_REQUIRE_SERVICE("ZCRM_TEST_MYSQL_SPEC", "a MariaDB server");
    if (kind == QLatin1String("postgresql"))
        ZCRM_REQUIRE_SERVICE("ZCRM_TEST_PGSQL_SPEC", "a PostgreSQL server");
    const QString spec = specFor(kind);

    TokenFacade facade;
    TokenFacade::Options options;
    options.watchIntervalMs = 200;
    facade.setOptions(options);
    QSignalSpy opened(&facade, &TokenFacade::storeOpened);
    QSignalSpy failed(&facade, &TokenFacade::storeFailed);
    QSignalSpy changed(&facade, &TokenFacade::tokensChanged);
    facade.open(spec);
    QVERIFY(opened.wait(20000));
    QCOMPARE(failed.count(), 0);
    QVERIFY(opened.first().at(1).value<TokenList>().isEmpty());
    QVERIFY(facade.isOpen());

    // A save answers on this thread with the row and its id, and reports the row as added.
    QObject context;
    std::optional<StoreResult<Token>> saved;
    facade.save(TestTokens::signedIn(QStringLiteral("ann@example.com")), &context,
                [&](const StoreResult<Token> &result) { saved = result; });
    QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), 20000);
    QVERIFY2(saved->ok(), saved->ok() ? "" : qPrintable(saved->error().toString()));
    const QString annId = saved->value().id;
    QVERIFY(!annId.isEmpty());
    QTRY_VERIFY(changed.count() >= 1);
    TokenChanges first = changed.first().first().value<TokenChanges>();
    QCOMPARE(first.added.size(), 1);
    QCOMPARE(first.added.first().userName, QStringLiteral("ann@example.com"));

    // Another process (the CLI) adds a row: it arrives within 2 s, and only it.
    changed.clear();
    QElapsedTimer clock;
    clock.start();
    QByteArray out;
    QCOMPARE(runCli({ QStringLiteral("--store"), spec, QStringLiteral("tokens"), QStringLiteral("save"),
                      QStringLiteral("--user"), QStringLiteral("bob@example.com"),
                      QStringLiteral("--refresh-token"), QStringLiteral("1000.bobrefresh.token"),
                      QStringLiteral("--client-id"), QStringLiteral("1000.BOBCLIENT") },
                    &out),
             0);
    const qint64 cliDone = clock.elapsed();
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 2000 + int(cliDone));
    TokenChanges seen = changed.first().first().value<TokenChanges>();
    QCOMPARE(seen.added.size(), 1);
    QCOMPARE(seen.added.first().userName, QStringLiteral("bob@example.com"));
    QVERIFY(seen.changed.isEmpty());
    QVERIFY(seen.removed.isEmpty());
    const QString bobId = seen.added.first().id;

    // ... and deletes ann's row: removed, by id.
    changed.clear();
    QCOMPARE(runCli({ QStringLiteral("--store"), spec, QStringLiteral("tokens"), QStringLiteral("delete"),
                      annId }),
             0);
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 3000);
    seen = changed.first().first().value<TokenChanges>();
    QCOMPARE(seen.removed, QStringList { annId });
    QVERIFY(seen.added.isEmpty());

    // A delete through the facade answers and is reported once.
    changed.clear();
    std::optional<StoreResult<void>> removed;
    facade.remove(bobId, &context, [&](const StoreResult<void> &result) { removed = result; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 20000);
    QVERIFY(removed->ok());
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().value<TokenChanges>().removed, QStringList { bobId });
    QTest::qWait(3 * options.watchIntervalMs);
    QCOMPARE(changed.count(), 1); // the watcher does not report our own delete again

    std::optional<StoreResult<TokenList>> listed;
    facade.list(&context, [&](const StoreResult<TokenList> &result) { listed = result; });
    QTRY_VERIFY_WITH_TIMEOUT(listed.has_value(), 20000);
    QVERIFY(listed->ok());
    QVERIFY(listed->value().isEmpty());
}

// An answer whose context died (a closed dialog) is never delivered.
void TestTokenFacade::answerDroppedWithContext()
{
    TokenFacade facade;
    QSignalSpy opened(&facade, &TokenFacade::storeOpened);
    facade.open(QStringLiteral("memory:"));
    QVERIFY(opened.wait(5000));
    bool delivered = false;
    auto *context = new QObject;
    facade.save(TestTokens::signedIn(QStringLiteral("gone@example.com")), context,
                [&](const StoreResult<Token> &) { delivered = true; });
    delete context;
    QObject other;
    bool later = false;
    facade.list(&other,
                [&](const StoreResult<TokenList> &rows) { later = rows.ok() && rows.value().size() == 1; });
    QTRY_VERIFY(later); // the save ran (the list after it sees the row) ...
    QVERIFY(!delivered); // ... but its answer was dropped
}

void TestTokenFacade::closedStoreAnswersClearly()
{
    TokenFacade facade;
    QSignalSpy failed(&facade, &TokenFacade::storeFailed);
    facade.open(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("no/such/folder/t.db")));
    QVERIFY(failed.wait(5000));
    QVERIFY(!failed.first().at(1).value<StoreError>().message().isEmpty());
    QVERIFY(!facade.isOpen());
    QObject context;
    std::optional<StoreResult<Token>> saved;
    facade.save(TestTokens::signedIn(QStringLiteral("x@example.com")), &context,
                [&](const StoreResult<Token> &result) { saved = result; });
    QTRY_VERIFY(saved.has_value());
    QVERIFY(!saved->ok());
}

void TestTokenFacade::importExportAndCancel()
{
    // A source with 1,200 rows, made with the store itself.
    const QString source = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("source.db"));
    {
        auto store = StoreRegistry::instance().create(source);
        QVERIFY(store);
        TokenList rows;
        for (int i = 0; i < 1200; ++i)
            rows.append(TestTokens::signedIn(QStringLiteral("user%1@example.com").arg(i),
                                             QStringLiteral("1000.refresh%1.x").arg(i)));
        QVERIFY(store.value()->saveTokens(rows));
    }
    TokenFacade facade;
    QSignalSpy opened(&facade, &TokenFacade::storeOpened);
    facade.open(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("target.db")));
    QVERIFY(opened.wait(5000));
    QObject context;
    std::optional<TransferReport> report;
    QList<TransferProgress> steps;
    facade.importFrom(
        source, &context, [&](const TransferProgress &step) { steps.append(step); },
        [&](const TransferReport &r) { report = r; });
    QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 30000);
    QVERIFY2(report->ok(), report->error ? qPrintable(report->error->toString()) : "cancelled");
    QCOMPARE(report->copied, 1200);
    QVERIFY(steps.size() >= 2);
    QCOMPARE(steps.last().done, 1200);

    // Export without secrets: no token value reaches the file, and the file is the user's only.
    const QString csv = m_dir.filePath(QStringLiteral("export.txt"));
    report.reset();
    facade.exportTo(QStringLiteral("file:") + csv, {}, false, &context, {},
                    [&](const TransferReport &r) { report = r; });
    QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 30000);
    QVERIFY2(report->ok(), report->error ? qPrintable(report->error->toString()) : "cancelled");
    QCOMPARE(report->copied, 1200);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("user5@example.com"));
    QVERIFY(!bytes.contains("1000.refresh5.x"));
    QCOMPARE(QFileInfo(csv).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup),
             QFileDevice::Permissions());

    // A cancelled export stops between batches and says so.
    report.reset();
    TokenOperation operation =
        facade.exportTo(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("c.db")), {}, true,
                        &context, {}, [&](const TransferReport &r) { report = r; });
    operation.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 30000);
    QVERIFY(report->cancelled);
    QVERIFY(report->copied < 1200);
}

void TestTokenFacade::refreshAndRevokeAgainstSandbox()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.start());
    const QString code = sandbox.createGrantCode(QStringLiteral("ZohoCRM.modules.ALL,ZohoCRM.users.READ"));
    TokenFacade facade;
    QSignalSpy opened(&facade, &TokenFacade::storeOpened);
    QSignalSpy changed(&facade, &TokenFacade::tokensChanged);
    facade.open(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("sandbox.db")));
    QVERIFY(opened.wait(5000));
    OAuthSignIn::Options options;
    options.environment = *ZohoEnvironment::custom(QUrl(sandbox.accountsUrl(QStringLiteral("us"))),
                                                   QUrl(sandbox.apiDomain(QStringLiteral("us"))));
    options.clientId = sandbox.clientId();
    options.clientSecret = sandbox.clientSecret();
    QObject context;
    std::optional<TokenFacade::SignInOutcome> outcome;
    facade.signInWithGrantToken(options, code, &context,
                                [&](const TokenFacade::SignInOutcome &result) { outcome = result; });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
    QVERIFY2(outcome->ok(),
             qPrintable(outcome->error.message()
                        + (outcome->storeError ? outcome->storeError->toString() : QString())));
    const QString id = outcome->token.id;
    QVERIFY(!id.isEmpty());
    QVERIFY(outcome->token.refreshToken.isEmpty()); // secrets stay in the store

    std::optional<AccessTokenResult> refreshed;
    facade.refresh(id, &context, [&](const AccessTokenResult &result) { refreshed = result; });
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.has_value(), 20000);
    QVERIFY2(refreshed->ok(), qPrintable(refreshed->message));
    QTRY_VERIFY(std::any_of(changed.cbegin(), changed.cend(), [&](const QList<QVariant> &args) {
        const TokenChanges c = args.first().value<TokenChanges>();
        return std::any_of(c.changed.cbegin(), c.changed.cend(), [&](const Token &t) {
            return t.id == id && t.accessToken == refreshed->accessToken;
        });
    }));

    // A network fault lands on the row: refresh fails, the row says so, nothing is deleted.
    SandboxFaults drop;
    QString faultError;
    QVERIFY2(drop.apply(QStringLiteral("drop,accounts"), &faultError), qPrintable(faultError));
    sandbox.setFaults(drop);
    refreshed.reset();
    facade.refresh(id, &context, [&](const AccessTokenResult &result) { refreshed = result; });
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.has_value(), 60000);
    QVERIFY(!refreshed->ok());
    sandbox.clearFaults();
    std::optional<StoreResult<TokenList>> rows;
    facade.list(&context, [&](const StoreResult<TokenList> &result) { rows = result; });
    QTRY_VERIFY(rows.has_value());
    QCOMPARE(rows->value().size(), 1);
    QCOMPARE(rows->value().first().state, Token::RefreshOutcome::RefreshFailing);
    QVERIFY(!rows->value().first().lastError.isEmpty());

    std::optional<AccessTokenResult> revoked;
    facade.revoke(id, true, &context, [&](const AccessTokenResult &result) { revoked = result; });
    QTRY_VERIFY_WITH_TIMEOUT(revoked.has_value(), 20000);
    QVERIFY2(revoked->ok(), qPrintable(revoked->message));
    rows.reset();
    facade.list(&context, [&](const StoreResult<TokenList> &result) { rows = result; });
    QTRY_VERIFY(rows.has_value());
    QCOMPARE(rows->value().size(), 1); // kept, marked
    QCOMPARE(rows->value().first().state, Token::RefreshOutcome::NeedsReauthorization);
}

void TestTokenFacade::signInAgainstSandbox()
{
    SandboxServer sandbox;
    sandbox.setAutoApprove(true);
    QVERIFY(sandbox.start());
    TokenFacade facade;
    QNetworkAccessManager browser;
    browser.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    facade.setBrowserOpener([&browser](const QUrl &url) {
        QNetworkReply *reply = browser.get(QNetworkRequest(url));
        QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        return true;
    });
    QSignalSpy opened(&facade, &TokenFacade::storeOpened);
    QSignalSpy changed(&facade, &TokenFacade::tokensChanged);
    facade.open(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("signin.db")));
    QVERIFY(opened.wait(5000));
    OAuthSignIn::Options options;
    options.environment = *ZohoEnvironment::custom(QUrl(sandbox.accountsUrl(QStringLiteral("us"))),
                                                   QUrl(sandbox.apiDomain(QStringLiteral("us"))));
    options.clientId = sandbox.clientId();
    options.clientSecret = sandbox.clientSecret();
    options.redirectUri = QStringLiteral("http://localhost:0/callback");
    QObject context;
    QUrl shown;
    TokenFacade::SignInProgress progress;
    progress.authorizationUrl = [&](const QUrl &url) { shown = url; };
    std::optional<TokenFacade::SignInOutcome> outcome;
    facade.signIn(options, &context, progress,
                  [&](const TokenFacade::SignInOutcome &result) { outcome = result; });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
    QVERIFY2(outcome->ok(),
             qPrintable(outcome->error.message()
                        + (outcome->storeError ? outcome->storeError->toString() : QString())));
    QVERIFY(shown.isValid());
    QVERIFY(!shown.toString().contains(sandbox.clientSecret()));
    QTRY_VERIFY(!changed.isEmpty());
    QCOMPARE(changed.first().first().value<TokenChanges>().added.size(), 1);

    // A cancelled sign-in answers as cancelled.
    outcome.reset();
    sandbox.setAutoApprove(false);
    TokenOperation operation = facade.signIn(
        options, &context, {}, [&](const TokenFacade::SignInOutcome &result) { outcome = result; });
    QTest::qWait(200);
    operation.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000);
    QCOMPARE(outcome->error.kind(), OAuthError::Kind::Cancelled);
}

QTEST_GUILESS_MAIN(TestTokenFacade)
#include "tst_tokenfacade.moc"
