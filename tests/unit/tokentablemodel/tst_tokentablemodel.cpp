// The token table model and its filter proxy, under QAbstractItemModelTester, with a fake clock:
// incremental updates touch only changed rows, status bands move without a pass over every row,
// the countdown updates only the rows asked for; the explorer's token chooser is a view of its rows.

#include "requesteditor.h"
#include "testtokens.h"
#include "tokenchoicemodel.h"
#include "tokenfilterproxy.h"
#include "tokentablemodel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

namespace {

const qint64 kNow = 1'800'000'000'000;

Token tokenFor(int i, qint64 expiry)
{
    Token token = TestTokens::signedIn(QStringLiteral("user%1@example.com").arg(i));
    token.id = QString::number(i + 1);
    token.expiryTime = expiry;
    token.dataCenter = i % 2 ? QStringLiteral("eu") : QStringLiteral("us");
    return token;
}

} // namespace

class TestTokenTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void incrementalUpdates();
    void statusBandsWithoutFullPass();
    void countdownCells();
    void texts();
    void proxyFiltersAndSorts();
    void tokenChooserViewsTheRows();
    void requestEditorKeepsChosenToken();

private:
    qint64 m_now = kNow;
};

void TestTokenTableModel::incrementalUpdates()
{
    TokenTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClock([this] { return m_now; });
    TokenList rows;
    for (int i = 0; i < 10; ++i)
        rows.append(tokenFor(i, kNow + 3600'000));
    model.setRows(rows);
    QCOMPARE(model.rowCount(), 10);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    TokenChanges changes;
    Token edited = rows.at(4);
    edited.lastError = QStringLiteral("network down");
    changes.changed.append(edited);
    changes.added.append(tokenFor(20, kNow + 60'000));
    changes.removed = { QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("9") };
    model.applyChanges(changes);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 2); // rows 1-2 in one run, row 8 alone
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), model.rowOf(QStringLiteral("5")));
    QCOMPARE(model.rowCount(), 8);
    QCOMPARE(model.rowOf(QStringLiteral("2")), -1);
    QCOMPARE(model.tokenAt(model.rowOf(QStringLiteral("5"))).lastError, QStringLiteral("network down"));
    QCOMPARE(model.tokenAt(model.rowOf(QStringLiteral("21"))).userName, QStringLiteral("user20@example.com"));
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.rowOf(model.tokenAt(row).id), row);
}

void TestTokenTableModel::statusBandsWithoutFullPass()
{
    m_now = kNow;
    TokenTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClock([this] { return m_now; });
    model.setExpiringLeadMs(5 * 60'000);
    TokenList rows;
    for (int i = 0; i < 1000; ++i)
        rows.append(tokenFor(i, kNow + 3600'000)); // all valid for an hour
    rows[7].expiryTime = kNow + 6 * 60'000; // expiring in a minute, expired in six
    model.setRows(rows);
    QCOMPARE(model.statusAt(7), Token::Status::Valid);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    m_now += 30'000;
    QCOMPARE(model.advanceTo(m_now), 0);
    QCOMPARE(changed.count(), 0);
    m_now += 31'000;
    QCOMPARE(model.advanceTo(m_now), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 7);
    QCOMPARE(model.statusAt(7), Token::Status::Expiring);
    QCOMPARE(model.data(model.index(7, TokenTableModel::Status)).toString(), QStringLiteral("Expiring"));
    m_now = kNow + 6 * 60'000;
    QCOMPARE(model.advanceTo(m_now), 1);
    QCOMPARE(model.statusAt(7), Token::Status::Expired);
    m_now = kNow + 3600'000 - 5 * 60'000;
    QCOMPARE(model.advanceTo(m_now), 999); // the others reach their band together
}

void TestTokenTableModel::countdownCells()
{
    m_now = kNow;
    TokenTableModel model;
    model.setClock([this] { return m_now; });
    TokenList rows;
    for (int i = 0; i < 50; ++i)
        rows.append(tokenFor(i, kNow + (i < 40 ? 600'000 : 2 * 3600'000 + 30'000)));
    model.setRows(rows);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // The first tick touches every asked row, one cell each.
    QCOMPARE(model.refreshCountdown({ 3, 4, 5, 9, 10, 30, 45 }), 7);
    QCOMPARE(changed.count(), 7);
    for (const QList<QVariant> &args : changed) {
        QCOMPARE(args.at(0).toModelIndex(), args.at(1).toModelIndex());
        QCOMPARE(args.at(0).toModelIndex().column(), int(TokenTableModel::ExpiresIn));
    }
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 3);
    QCOMPARE(changed.at(6).at(0).toModelIndex().row(), 45);
    // A second later, "10m 00s" became "9m 59s", but "2h 00m" still reads the same.
    changed.clear();
    m_now += 1000;
    QCOMPARE(model.refreshCountdown({ 3, 4, 5, 9, 10, 30, 45 }), 6);
    QCOMPARE(changed.count(), 6);
    QCOMPARE(changed.last().at(0).toModelIndex().row(), 30);
    // A minute on, the hour-long one changes too.
    changed.clear();
    m_now += 60'000;
    QCOMPARE(model.refreshCountdown({ 45 }), 1);
    QCOMPARE(model.refreshCountdown({ 45 }), 0);
}

void TestTokenTableModel::texts()
{
    QCOMPARE(TokenTableModel::countdownText(12 * 60'000 + 5'000), QStringLiteral("in 12m 05s"));
    QCOMPARE(TokenTableModel::countdownText(2 * 3600'000 + 3 * 60'000), QStringLiteral("in 2h 03m"));
    QCOMPARE(TokenTableModel::countdownText(-4 * 60'000), QStringLiteral("4m 00s ago"));
    QCOMPARE(TokenTableModel::spokenCountdown(12 * 60'000 + 5'000), QStringLiteral("expires in 12 minutes"));
    QCOMPARE(TokenTableModel::shortClientId(QStringLiteral("1000.ABCDEFGHIJKLMNOPQRSTUV")),
             QStringLiteral("1000.ABCD…STUV"));

    m_now = kNow;
    TokenTableModel model;
    model.setClock([this] { return m_now; });
    Token token = tokenFor(0, kNow + 90'000);
    model.setRows({ token });
    const QModelIndex expires = model.index(0, TokenTableModel::ExpiresIn);
    QCOMPARE(expires.data().toString(), QStringLiteral("in 1m 30s"));
    QCOMPARE(expires.data(Qt::AccessibleTextRole).toString(), QStringLiteral("expires in 1 minute"));
    QCOMPARE(expires.data(TokenTableModel::SortRole).toLongLong(), kNow + 90'000); // absolute: stable sort
    // Secrets never appear in any cell.
    for (int column = 0; column < TokenTableModel::ColumnCount; ++column) {
        for (int role : { int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole) }) {
            const QString text = model.index(0, column).data(role).toString();
            QVERIFY(!text.contains(token.accessToken));
            QVERIFY(!text.contains(token.refreshToken));
            QVERIFY(!text.contains(token.clientSecret));
        }
    }
    QVERIFY(!model.index(0, TokenTableModel::Status).data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(model.headerData(TokenTableModel::User, Qt::Horizontal, Qt::AccessibleTextRole).toString(),
             QStringLiteral("User"));
}

void TestTokenTableModel::proxyFiltersAndSorts()
{
    m_now = kNow;
    TokenTableModel model;
    model.setClock([this] { return m_now; });
    TokenFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TokenList rows;
    for (int i = 0; i < 20; ++i)
        rows.append(tokenFor(i, i < 5 ? kNow - 1000 : kNow + 3600'000));
    rows[10].state = Token::RefreshOutcome::NeedsReauthorization;
    model.setRows(rows);
    proxy.setStatusFilter(int(Token::Status::Expired));
    QCOMPARE(proxy.rowCount(), 5);
    proxy.setStatusFilter(int(Token::Status::NeedsReauthorization));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setStatusFilter(std::nullopt);
    proxy.setDataCenterFilter(QStringLiteral("eu"));
    QCOMPARE(proxy.rowCount(), 10);
    proxy.setDataCenterFilter(QString());
    proxy.setSearchText(QStringLiteral("USER13@"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setSearchText(QString());
    proxy.sort(TokenTableModel::ExpiresIn, Qt::AscendingOrder);
    const QModelIndex first = proxy.mapToSource(proxy.index(0, 0));
    QVERIFY(model.tokenAt(first.row()).expiryTime < kNow);
    // Time passing changes no order: the countdown's sort value is the absolute expiry.
    QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);
    m_now += 60'000;
    QList<int> all;
    for (int row = 0; row < 20; ++row)
        all.append(row);
    model.refreshCountdown(all);
    QCOMPARE(layout.count(), 0);
}

void TestTokenTableModel::tokenChooserViewsTheRows()
{
    TokenTableModel tokens;
    tokens.setClock([this] { return m_now; });
    TokenChoiceModel choices(&tokens);
    QAbstractItemModelTester tester(&choices, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TokenList rows;
    for (int i = 0; i < 3; ++i)
        rows.append(tokenFor(i, kNow + 3600'000));
    rows[2].userName.clear();
    rows[2].dataCenter.clear();
    tokens.setRows(rows);
    QCOMPARE(choices.rowCount(), 3);
    const int column = TokenChoiceModel::choiceColumn();
    QCOMPARE(choices.index(0, column).data().toString(), QStringLiteral("user0@example.com — US"));
    QCOMPARE(choices.index(1, column).data().toString(), QStringLiteral("user1@example.com — EU"));
    QCOMPARE(choices.index(2, column).data().toString(), QStringLiteral("(no user name) — custom"));
    QCOMPARE(choices.index(1, column).data(TokenChoiceModel::TokenIdRole).toString(), QStringLiteral("2"));
    QCOMPARE(choices.index(1, column).data(TokenChoiceModel::DataCenterRole).toString(),
             QStringLiteral("eu"));
    QCOMPARE(choices.index(1, column).data(TokenChoiceModel::ApiDomainRole).toString(), rows[1].apiDomain);
    QVERIFY(choices.index(1, column).data(Qt::ToolTipRole).toString().contains(rows[1].apiDomain));
    QCOMPARE(choices.rowOfId(QStringLiteral("2")), 1);
    QCOMPARE(choices.rowOfId(QString()), -1);
    QCOMPARE(choices.rowOfUser(QStringLiteral("user1@example.com")), 1);
    QCOMPARE(choices.rowOfUser(QStringLiteral("nobody@example.com")), -1);

    // A change of the table is a change of the chooser, with no copy to rebuild.
    TokenChanges changes;
    changes.added.append(tokenFor(7, kNow + 60'000));
    changes.removed = { QStringLiteral("1") };
    tokens.applyChanges(changes);
    QCOMPARE(choices.rowCount(), 3);
    QCOMPARE(choices.rowOfId(QStringLiteral("1")), -1);
    QCOMPARE(choices.index(choices.rowOfId(QStringLiteral("8")), column).data().toString(),
             QStringLiteral("user7@example.com — EU"));
}

void TestTokenTableModel::requestEditorKeepsChosenToken()
{
    TokenTableModel tokens;
    tokens.setClock([this] { return m_now; });
    TokenList rows;
    for (int i = 0; i < 4; ++i)
        rows.append(tokenFor(i, kNow + 3600'000));
    tokens.setRows(rows);
    RequestEditor editor;
    QSignalSpy changed(&editor, &RequestEditor::tokenChanged);
    editor.setTokenModel(new TokenChoiceModel(&tokens, &editor));
    QCOMPARE(editor.tokenBox()->count(), 4);
    QCOMPARE(changed.count(), 1); // the first token, chosen when the list arrives
    QCOMPARE(editor.currentTokenId(), QStringLiteral("1"));

    editor.setCurrentToken(QStringLiteral("3"));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.last().at(0).toString(), QStringLiteral("3"));
    QCOMPARE(editor.currentToken().user, QStringLiteral("user2@example.com"));
    QCOMPARE(editor.currentToken().dataCenter, QStringLiteral("us"));

    // A reload (a reset of the model) with the token still there keeps it, and says nothing.
    std::rotate(rows.begin(), rows.begin() + 1, rows.end());
    tokens.setRows(rows);
    QCOMPARE(editor.currentTokenId(), QStringLiteral("3"));
    QCOMPARE(changed.count(), 2);

    // Rows inserted before it and its neighbours removed: still the same token, still silent.
    TokenChanges changes;
    changes.added.append(tokenFor(9, kNow + 60'000));
    changes.removed = { QStringLiteral("2") };
    tokens.applyChanges(changes);
    QCOMPARE(editor.currentTokenId(), QStringLiteral("3"));
    QCOMPARE(changed.count(), 2);

    // Its own removal chooses another one and says so.
    changes = TokenChanges();
    changes.removed = { QStringLiteral("3") };
    tokens.applyChanges(changes);
    QVERIFY(!editor.currentTokenId().isEmpty());
    QVERIFY(editor.currentTokenId() != QStringLiteral("3"));
    QCOMPARE(changed.count(), 3);
    QCOMPARE(changed.last().at(0).toString(), editor.currentTokenId());

    // No tokens left: nothing to sign with.
    tokens.setRows({});
    QCOMPARE(editor.currentTokenId(), QString());
    QCOMPARE(changed.count(), 4);
    QVERIFY(!editor.problem().isEmpty());
}

QTEST_MAIN(TestTokenTableModel)
#include "tst_tokentablemodel.moc"
