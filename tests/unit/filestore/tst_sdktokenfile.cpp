// SdkTokenFile: the SDK FileStore CSV and its variants (Python, Java, legacy 9 columns) as tokens,
// against files written the way each SDK writes them (tests/data/file).
#include "sdktokenfile.h"
#include "tokenextrasfile.h"

#include <QFile>
#include <QTest>

namespace {

QByteArray dataFile(const QString &name)
{
    QFile file(qEnvironmentVariable("ZCRM_TEST_DATA") + QStringLiteral("/file/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

Token goldenToken()
{
    Token token;
    token.id = QStringLiteral("1");
    token.userName = QStringLiteral("o\"brien,comma@example.com");
    token.clientId = QStringLiteral("1000.CLIENTID");
    token.clientSecret = QStringLiteral("secret");
    token.refreshToken = QStringLiteral("1000.refresh.abc");
    token.accessToken = QStringLiteral("1000.access.def");
    token.expiryTime = 1795871772151;
    token.redirectUrl = QStringLiteral("http://localhost/cb");
    token.apiDomain = QStringLiteral("https://www.zohoapis.com");
    return token;
}

} // namespace

class SdkTokenFileTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesWhatThePythonSdkWrites();
    void readsThePythonFile();
    void readsAndRewritesTheJavaVariant();
    void readsAndRewritesTheLegacyNineColumns();
    void emptyFileIsAnEmptyStore();
    void corruptFilesNameTheirLine_data();
    void corruptFilesNameTheirLine();
    void extrasFollowTheirRow();
};

void SdkTokenFileTest::writesWhatThePythonSdkWrites()
{
    // The golden file is what csv.writer(QUOTE_MINIMAL) writes: header, CRLF, `"o""brien,…"`.
    const QByteArray written = SdkTokenFile::serialize(SdkTokenFile::Format(), { goldenToken() });
    QCOMPARE(written, dataFile(QStringLiteral("python_sdk_one_row.csv")));
    QCOMPARE(SdkTokenFile::pythonHeader().join(QLatin1Char(',')),
             QStringLiteral("id,user_name,client_id,client_secret,refresh_token,access_token,grant_token,"
                            "expiry_time,redirect_uri,api_domain"));
}

void SdkTokenFileTest::readsThePythonFile()
{
    const SdkTokenFile::Contents contents =
        SdkTokenFile::parse(dataFile(QStringLiteral("python_sdk_one_row.csv")));
    QVERIFY2(contents.ok(), qPrintable(contents.error));
    QCOMPARE(contents.tokens.size(), 1);
    QCOMPARE(contents.tokens.first(), goldenToken());
    QCOMPARE(contents.format.lineEnding, QByteArray("\r\n"));
    QCOMPARE(contents.format.header, SdkTokenFile::pythonHeader());
    QVERIFY(!contents.format.isLegacy());
}

void SdkTokenFileTest::readsAndRewritesTheJavaVariant()
{
    const QByteArray original = dataFile(QStringLiteral("java_sdk_tokens.csv"));
    const SdkTokenFile::Contents contents = SdkTokenFile::parse(original);
    QVERIFY2(contents.ok(), qPrintable(contents.error));
    QCOMPARE(contents.format.lineEnding, QByteArray("\n"));
    QCOMPARE(contents.format.header.at(8), QStringLiteral("redirect_url"));
    QCOMPARE(contents.tokens.size(), 2);
    QCOMPARE(contents.tokens.at(0).apiDomain, QStringLiteral("https://www.zohoapis.eu"));
    QCOMPARE(contents.tokens.at(0).expiryTime, qint64(1795871772151));
    QCOMPARE(contents.tokens.at(1).userName, QStringLiteral("bob, jr@example.com"));
    QCOMPARE(contents.tokens.at(1).clientSecret, QStringLiteral("se\"cret"));
    QCOMPARE(contents.tokens.at(1).expiryTime, qint64(0));
    // Written back as it was: Java header, LF, quoting only where needed.
    QCOMPARE(SdkTokenFile::serialize(contents.format, contents.tokens), original);
    QVERIFY(contents.format.describe().startsWith(QLatin1String("Java SDK CSV (redirect_url, LF, 10")));
}

void SdkTokenFileTest::readsAndRewritesTheLegacyNineColumns()
{
    const QByteArray original = dataFile(QStringLiteral("legacy_9_columns.csv"));
    const SdkTokenFile::Contents contents = SdkTokenFile::parse(original);
    QVERIFY2(contents.ok(), qPrintable(contents.error));
    QVERIFY(contents.format.isLegacy());
    QCOMPARE(contents.tokens.size(), 2);
    QCOMPARE(contents.tokens.at(0).id, QStringLiteral("python_ann_PRODUCTION_c0de")); // 2.x ids were text
    QCOMPARE(contents.tokens.at(0).userName, QStringLiteral("ann@example.com"));
    QCOMPARE(contents.tokens.at(0).apiDomain, QString());
    QCOMPARE(contents.tokens.at(1).grantToken, QStringLiteral("1000.grant.bob"));
    // Still nine columns: an SDK 2.x program may be using the file.
    Token withDomain = contents.tokens.at(0);
    withDomain.apiDomain = QStringLiteral("https://www.zohoapis.eu");
    QCOMPARE(SdkTokenFile::serialize(contents.format, { withDomain, contents.tokens.at(1) }), original);
}

void SdkTokenFileTest::emptyFileIsAnEmptyStore()
{
    for (const QByteArray &bytes : { QByteArray(), QByteArray("\r\n\r\n") }) {
        const SdkTokenFile::Contents contents = SdkTokenFile::parse(bytes);
        QVERIFY(contents.ok());
        QVERIFY(contents.tokens.isEmpty());
        QCOMPARE(contents.format.header, SdkTokenFile::pythonHeader());
    }
    // What the Python SDK's constructor leaves: the header only.
    const QByteArray headerOnly = SdkTokenFile::serialize(SdkTokenFile::Format(), {});
    QCOMPARE(headerOnly, dataFile(QStringLiteral("python_sdk_one_row.csv")).left(headerOnly.size()));
    QVERIFY(SdkTokenFile::parse(headerOnly).ok());
}

void SdkTokenFileTest::corruptFilesNameTheirLine_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("problem");
    QTest::newRow("torn row") << QStringLiteral("corrupt_torn_row.csv") << 3
                              << QStringLiteral("5 fields where the header has 10");
    QTest::newRow("non-numeric id") << QStringLiteral("corrupt_non_numeric_id.csv") << 3
                                    << QStringLiteral("\"cess_token\" is not a positive integer");
    QTest::newRow("unterminated quote")
        << QStringLiteral("corrupt_unterminated_quote.csv") << 3 << QStringLiteral("never closed");
    QTest::newRow("duplicate id") << QStringLiteral("corrupt_duplicate_id.csv") << 3
                                  << QStringLiteral("first on line 2");
    QTest::newRow("bad expiry") << QStringLiteral("corrupt_bad_expiry.csv") << 2
                                << QStringLiteral("expiry_time \"soon\"");
    QTest::newRow("binary") << QStringLiteral("not_csv.bin") << 1 << QStringLiteral("not UTF-8 text");
    QTest::newRow("other table") << QStringLiteral("not_sdk_header.csv") << 1
                                 << QStringLiteral("not a Zoho SDK token file");
}

void SdkTokenFileTest::corruptFilesNameTheirLine()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(QString, problem);
    const SdkTokenFile::Contents contents = SdkTokenFile::parse(dataFile(file));
    QVERIFY(!contents.ok());
    QCOMPARE(contents.errorLine, line);
    QVERIFY2(contents.error.contains(problem), qPrintable(contents.error));
    QVERIFY(contents.tokens.isEmpty());
}

void SdkTokenFileTest::extrasFollowTheirRow()
{
    Token token = goldenToken();
    token.accountsServer = QStringLiteral("https://accounts.zoho.eu");
    token.scopes = { QStringLiteral("ZohoCRM.modules.ALL"), QStringLiteral("ZohoCRM.users.READ") };
    token.state = Token::RefreshOutcome::RefreshFailing;
    token.lastError = QStringLiteral("timeout, \"again\"\nsecond line");
    token.createdAt = 1'700'000'000'000;
    token.updatedAt = 1'700'000'001'000;
    Token plain = goldenToken();
    plain.id = QStringLiteral("2");
    plain.refreshToken = QStringLiteral("1000.refresh.plain");
    const QByteArray sidecar = TokenExtrasFile::serialize({ token, plain }, false);
    QCOMPARE(sidecar.count("\r\n"), 2); // header, the token's row, no row for a token without extras

    TokenList read { goldenToken(), plain };
    QVERIFY(TokenExtrasFile::apply(sidecar, read, false).message.isEmpty());
    QCOMPARE(read.at(0), token);
    QCOMPARE(read.at(1), plain);

    // A refresh by the SDK (new access token) keeps them; a new refresh token means another
    // token, and another token must not inherit them.
    TokenList refreshed { goldenToken() };
    refreshed[0].accessToken = QStringLiteral("1000.access.new");
    TokenExtrasFile::apply(sidecar, refreshed, false);
    QCOMPARE(refreshed.at(0).scopes, token.scopes);
    TokenList replaced { goldenToken() };
    replaced[0].refreshToken = QStringLiteral("1000.refresh.someone-else");
    TokenExtrasFile::apply(sidecar, replaced, false);
    QVERIFY(replaced.at(0).scopes.isEmpty());
    QCOMPARE(replaced.at(0).state, Token::RefreshOutcome::Active);

    // A legacy file keeps api_domain here; a current one keeps it in the SDK file only.
    TokenList legacy { goldenToken() };
    legacy[0].apiDomain.clear();
    TokenExtrasFile::apply(TokenExtrasFile::serialize({ token }, true), legacy, true);
    QCOMPARE(legacy.at(0).apiDomain, token.apiDomain);
    TokenList current { goldenToken() };
    current[0].apiDomain = QStringLiteral("https://www.zohoapis.in");
    TokenExtrasFile::apply(TokenExtrasFile::serialize({ token }, true), current, false);
    QCOMPARE(current.at(0).apiDomain, QStringLiteral("https://www.zohoapis.in"));

    const TokenExtrasFile::Problem problem =
        TokenExtrasFile::apply("id,row_fingerprint\r\n1\r\n", read, false);
    QCOMPARE(problem.line, 2);
    QVERIFY(!TokenExtrasFile::apply("name,email\r\n", read, false).message.isEmpty());
}

QTEST_GUILESS_MAIN(SdkTokenFileTest)
#include "tst_sdktokenfile.moc"
