// The one rule for ids and times that every store's save and read share, and the quoting of input.
#include "displaytext.h"
#include "memorytokenstore.h"
#include "tokenrules.h"
#include "tokentable.h"

#include <QTest>

class TokenRulesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ids_data();
    void ids();
    void times();
    void nextIdOverflowIsDetected();
    void aSaveRefusesWhatAReadWouldRefuse();
    void legacyTextIdsAreUpdatedNotCreated();
    void quotedInputIsEscapedAndCut();
};

void TokenRulesTest::ids_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::newRow("1") << QStringLiteral("1") << true;
    QTest::newRow("max") << QStringLiteral("9223372036854775807") << true;
    QTest::newRow("max + 1") << QStringLiteral("9223372036854775808") << false;
    QTest::newRow("plus") << QStringLiteral("+5") << false;
    QTest::newRow("spaces") << QStringLiteral(" 7 ") << false;
    QTest::newRow("leading zero") << QStringLiteral("07") << false;
    QTest::newRow("zero") << QStringLiteral("0") << false;
    QTest::newRow("negative") << QStringLiteral("-3") << false;
    QTest::newRow("text") << QStringLiteral("abc") << false;
    QTest::newRow("arabic-indic digit") << QStringLiteral("\u0661") << false;
    QTest::newRow("empty") << QString() << false;
}

void TokenRulesTest::ids()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QCOMPARE(TokenRules::idProblem(id).isEmpty(), valid);
    QCOMPARE(TokenRules::idNumber(id) > 0, valid);
}

void TokenRulesTest::times()
{
    qint64 ms = -1;
    QVERIFY(TokenRules::parseTime(QString(), "expiry_time", &ms).isEmpty());
    QCOMPARE(ms, qint64(0));
    QVERIFY(TokenRules::parseTime(QStringLiteral("253402300799999"), "expiry_time", &ms).isEmpty());
    QCOMPARE(ms, TokenRules::kMaxTimeMs);
    for (const char *bad : { "253402300800000", "1000000000000000000", "+1", " 1", "1e3", "-1", "soon" }) {
        QVERIFY2(!TokenRules::parseTime(QString::fromLatin1(bad), "expiry_time", &ms).isEmpty(), bad);
        QCOMPARE(ms, qint64(0));
    }
    QVERIFY(!TokenRules::timeProblem(TokenRules::kMaxTimeMs + 1, "expiry_time").isEmpty());
    QVERIFY(!TokenRules::timeProblem(-1, "created_at").isEmpty());
    // What Token reads from text follows the same rule: a refused time is unknown, never kept.
    Token token;
    token.setField(QStringLiteral("expiry_time"), QStringLiteral("1000000000000000000"));
    QCOMPARE(token.expiryTime, qint64(0));
}

void TokenRulesTest::nextIdOverflowIsDetected()
{
    QCOMPARE(TokenRules::nextIdAfter(0), QStringLiteral("1"));
    QCOMPARE(TokenRules::nextIdAfter(TokenRules::kMaxId - 1), QStringLiteral("9223372036854775807"));
    QVERIFY(TokenRules::nextIdAfter(TokenRules::kMaxId).isEmpty());
    MemoryTokenStore store;
    Token largest;
    largest.id = QStringLiteral("9223372036854775807");
    largest.refreshToken = QStringLiteral("1000.r1");
    QVERIFY(store.saveToken(largest).ok());
    Token next;
    next.userName = QStringLiteral("next@x.c");
    next.refreshToken = QStringLiteral("1000.r2");
    const auto saved = store.saveToken(next);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code(), StoreError::Code::InvalidInput);
    QVERIFY(saved.error().message().contains(QLatin1String("no token id is left")));
    QCOMPARE(store.getTokens().value().size(), 1);
}

void TokenRulesTest::aSaveRefusesWhatAReadWouldRefuse()
{
    MemoryTokenStore store;
    for (const QString &id : { QStringLiteral("+5"), QStringLiteral(" 7 "), QStringLiteral("007") }) {
        Token token;
        token.id = id;
        token.refreshToken = QStringLiteral("1000.r");
        const auto saved = store.saveToken(token);
        QVERIFY2(!saved.ok() && saved.error().code() == StoreError::Code::InvalidInput, qPrintable(id));
    }
    Token late;
    late.refreshToken = QStringLiteral("1000.r");
    late.expiryTime = TokenRules::kMaxTimeMs + 1;
    QVERIFY(!store.saveToken(late).ok());
    QVERIFY(store.getTokens().value().isEmpty());
}

void TokenRulesTest::legacyTextIdsAreUpdatedNotCreated()
{
    TokenTable table;
    Token legacy;
    legacy.id = QStringLiteral("python_ann_PRODUCTION_ab12");
    legacy.refreshToken = QStringLiteral("1000.r");
    QVERIFY(table.setRows({ legacy }).isEmpty());
    Token refresh;
    refresh.id = legacy.id;
    refresh.accessToken = QStringLiteral("1000.a");
    QVERIFY(table.save(refresh, 1, QStringLiteral("memory:")).ok());
    QCOMPARE(table.nextId(), QStringLiteral("1"));
}

void TokenRulesTest::quotedInputIsEscapedAndCut()
{
    QCOMPARE(DisplayText::quoted(QStringLiteral("a\x1b]0;x\x07")), QStringLiteral("\"a\\x1b]0;x\\x07\""));
    QCOMPARE(DisplayText::escaped(QStringLiteral("line\r\nnext\u2028")),
             QStringLiteral("line\\x0d\\x0anext\\u2028"));
    const QString cut = DisplayText::quoted(QString(500, QLatin1Char('w')));
    QVERIFY(cut.size() < 90);
    QVERIFY(cut.endsWith(QStringLiteral("…\"")));
    // Never half an escape at the cut.
    const QString escapes = DisplayText::quoted(QString(200, QLatin1Char('\x1b')));
    QVERIFY(escapes.size() < 90);
    QVERIFY(escapes.endsWith(QStringLiteral("\\x1b…\"")));
}

QTEST_GUILESS_MAIN(TokenRulesTest)
#include "tst_tokenrules.moc"
