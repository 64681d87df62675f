// The API explorer page as a user meets it, under Xvfb, against the sandbox on its own thread:
// path, parameter, field and COQL completion; the body checked as typed; Ctrl+Return sends; the
// answer as a lazy tree (QAbstractItemModelTester) and as text; find; next and previous page; an
// error read as Zoho means it; fetch all with an export; history and replay; accessible names; and
// a GUI thread that never waits (longest event-loop gap under 50 ms) while a 50 MB answer is
// received, parsed and shown as a tree, and while every page of 10,000 records is fetched.

#include "appsettings.h"
#include "bigbodyserver.h"
#include "coqleditor.h"
#include "desktopapplication.h"
#include "explorerpage.h"
#include "gapmeter.h"
#include "historypanel.h"
#include "jsonbodyeditor.h"
#include "jsontreemodel.h"
#include "mainwindow.h"
#include "moduletablemodel.h"
#include "orgbrowser.h"
#include "requesteditor.h"
#include "responseview.h"
#include "sandboxserver.h"
#include "sandboxthread.h"
#include "tokenfacade.h"
#include "tokentablemodel.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStringListModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTestEventLoop>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

namespace {

constexpr int kRecords = 10000;

QString accessibleName(QObject *object)
{
    QAccessibleInterface *interface = QAccessible::queryAccessibleInterface(object);
    return interface ? interface->text(QAccessible::Name) : QString();
}

} // namespace

class TestExplorerPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void completion();
    void bodyCheckedAsTyped();
    void sendShowsTreeAndText();
    void pagingAndErrors();
    void historyAndReplay();
    void accessibleNames();
    void bigAnswerKeepsGuiResponsive();
    void fetchAllKeepsGuiResponsive();
    void fieldHeadersFitWhenSorted();

private:
    void send(const QString &method, const QString &pathLine);

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxThread> m_sandbox;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<DesktopApplication> m_app;
    ExplorerPage *m_page = nullptr;
    QString m_tokenId;
};

void TestExplorerPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sandbox = std::make_unique<SandboxThread>(kRecords);
    QVERIFY(m_sandbox->startAndWait());
    m_settings =
        std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    DesktopApplication::Options options;
    options.storeSpec = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("tokens.db"));
    options.settings = m_settings.get();
    options.browserOpener = [](const QUrl &) { return true; };
    options.installLogCapture = false;
    m_app = std::make_unique<DesktopApplication>(options);
    m_page = m_app->window()->explorerPage();
    ExplorerSession::Options session;
    session.databasePath = m_dir.filePath(QStringLiteral("explorer.db"));
    m_page->setSessionOptions(session);
    m_app->start();
    QVERIFY(QTest::qWaitForWindowExposed(m_app->window()));
    QTRY_VERIFY_WITH_TIMEOUT(m_app->facade()->isOpen(), 20000);
    QObject context;
    std::optional<StoreResult<Token>> saved;
    m_app->facade()->save(m_sandbox->storedToken(), &context,
                          [&](const StoreResult<Token> &r) { saved = r; });
    QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), 20000);
    QVERIFY(saved->ok());
    m_tokenId = saved->value().id;
    QTRY_COMPARE(m_app->window()->tokenModel()->rowCount(), 1);

    // Ctrl+2 shows the explorer; the token is there with its data center, the org's modules load.
    m_app->window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_app->window()));
    QTest::keyClick(m_app->window(), Qt::Key_2, Qt::ControlModifier);
    QTRY_COMPARE(m_app->window()->mainTabs()->currentWidget(), static_cast<QWidget *>(m_page));
    QTRY_COMPARE(m_page->editor()->tokenBox()->count(), 1);
    QVERIFY(m_page->editor()->tokenBox()->currentText().endsWith(QStringLiteral("US")));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->browser()->moduleModel()->rowCount() >= 9, 20000);
}

void TestExplorerPage::cleanupTestCase()
{
    m_app.reset();
    m_sandbox.reset();
}

void TestExplorerPage::send(const QString &method, const QString &pathLine)
{
    RequestEditor *editor = m_page->editor();
    editor->setRequest(ExplorerRequest::fromPathLine(method, pathLine));
    QSignalSpy shown(m_page, &ExplorerPage::resultShown);
    editor->pathEdit()->setFocus();
    QTest::keyClick(editor->pathEdit(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(shown.wait(20000));
}

void TestExplorerPage::completion()
{
    RequestEditor *editor = m_page->editor();
    // Paths: the catalogue's, filled with the org's modules, the custom one included.
    QTRY_VERIFY(editor->pathSuggestions().contains(QStringLiteral("Projects/search")));
    const auto *paths = qobject_cast<QStringListModel *>(editor->pathCompleter()->model());
    QVERIFY(paths && paths->stringList().contains(QStringLiteral("Leads/deleted")));
    editor->pathEdit()->setFocus();
    editor->pathEdit()->clear();
    QTest::keyClicks(editor->pathEdit(), QStringLiteral("Proj"));
    QTRY_VERIFY(editor->pathCompleter()->popup()->isVisible());
    QVERIFY(editor->pathCompleter()->completionCount() > 3);
    QTest::keyClick(editor->pathCompleter()->popup(), Qt::Key_Escape);

    // Parameters of the endpoint the path names, and field api names for fields and sort_by.
    editor->setRequest(ExplorerRequest::fromPathLine(QStringLiteral("GET"), QStringLiteral("Leads")));
    QVERIFY(editor->parameterSuggestions(0, QString()).contains(QStringLiteral("page_token")));
    QVERIFY(editor->parameterSuggestions(0, QString()).contains(QStringLiteral("sort_by")));
    QTRY_VERIFY_WITH_TIMEOUT(
        editor->parameterSuggestions(1, QStringLiteral("fields")).contains(QStringLiteral("Last_Name")),
        20000);
    QVERIFY(
        editor->parameterSuggestions(1, QStringLiteral("sort_by")).contains(QStringLiteral("Created_Time")));
    QCOMPARE(editor->parameterSuggestions(1, QStringLiteral("sort_order")), QStringList({ "asc", "desc" }));
    // Typing into the table's value cell completes the last item of the field list.
    QTableWidget *table = editor->parameterTable();
    table->item(0, 0)->setText(QStringLiteral("fields"));
    table->setCurrentCell(0, 1);
    table->editItem(table->item(0, 1));
    auto *cell = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(cell);
    QTest::keyClicks(cell, QStringLiteral("Email,Last_N"));
    QVERIFY(cell->completer());
    QTRY_COMPARE(cell->completer()->completionPrefix(), QStringLiteral("Email,Last_N"));
    QCOMPARE(cell->completer()->completionCount(), 1); // only the last item is completed …
    QCOMPARE(cell->completer()->currentCompletion(), QStringLiteral("Email,Last_Name")); // … into the list
    QTest::keyClick(cell, Qt::Key_Escape);

    // COQL: modules after FROM, then that module's fields.
    editor->setRequest(ExplorerRequest::fromPathLine(QStringLiteral("POST"), QStringLiteral("coql")));
    CoqlEditor *coql = editor->coqlEditor();
    coql->setPlainText(QStringLiteral("select Last_Name from Con"));
    coql->moveCursor(QTextCursor::End);
    QVERIFY(coql->suggestions().contains(QStringLiteral("Contacts")));
    coql->setPlainText(QStringLiteral("select  from Contacts"));
    QTextCursor cursor = coql->textCursor();
    cursor.setPosition(7);
    coql->setTextCursor(cursor);
    QTRY_VERIFY_WITH_TIMEOUT(coql->suggestions().contains(QStringLiteral("Mailing_City")), 20000);
    QVERIFY(coql->suggestions().contains(QStringLiteral("where")));
}

void TestExplorerPage::bodyCheckedAsTyped()
{
    JsonBodyEditor *body = m_page->editor()->bodyEditor();
    body->editor()->setPlainText(QStringLiteral("{\n  \"data\": [\n    {\"Last_Name\": \"Smith\",}\n  ]\n}"));
    QTRY_VERIFY(!body->isValid()); // within the 150 ms after typing
    QVERIFY2(body->problem().contains(QStringLiteral("line 3")), qPrintable(body->problem()));
    QCOMPARE(body->editor()->extraSelections().size(), 1);
    body->editor()->setPlainText(QStringLiteral("{\"data\": [{\"Last_Name\": \"Smith\"}]}"));
    QTRY_VERIFY(body->isValid());
    QVERIFY(body->editor()->extraSelections().isEmpty());
    body->editor()->clear();
}

void TestExplorerPage::sendShowsTreeAndText()
{
    ResponseView *response = m_page->response();
    QAbstractItemModelTester tester(response->treeModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    send(QStringLiteral("GET"), QStringLiteral("Leads?fields=Last_Name,Email,Lead_Source&per_page=50"));
    QVERIFY2(response->statusLabel()->text().startsWith(QStringLiteral("200")),
             qPrintable(response->statusLabel()->text()));
    QVERIFY(response->limitsLabel()->text().contains(QStringLiteral("day")));
    JsonTreeModel *model = response->treeModel();
    QCOMPARE(model->rowCount(), 2); // data, info
    const QModelIndex data = model->index(0, 0);
    QCOMPARE(data.data().toString(), QStringLiteral("data"));
    QCOMPARE(model->rowCount(data), 50); // expanded by the view at depth 0
    const QModelIndex first = model->index(0, 0, data);
    QVERIFY(!model->canFetchMore(first) || model->rowCount(first) == 0);
    response->tree()->expand(first);
    QVERIFY(model->rowCount(first) >= 3);
    QCOMPARE(model->jsonPath(model->index(0, 0, first)).left(9), QStringLiteral("$.data[0]"));

    // Copy a value and its path.
    const QModelIndex email = model->indexForRows({ 0, 0, 0 });
    response->tree()->setCurrentIndex(email);
    response->copyPath();
    QCOMPARE(QApplication::clipboard()->text(), model->jsonPath(email));
    response->copyValue();
    QCOMPARE(QApplication::clipboard()->text(), model->valueText(email));

    // Find in the tree (off the GUI thread), then in the raw text.
    QSignalSpy found(response, &ResponseView::findFinished);
    response->findEdit()->setText(QStringLiteral("more_records"));
    response->findNext();
    QVERIFY(found.wait(5000));
    QVERIFY(found.last().at(0).toBool());
    QCOMPARE(response->tree()->currentIndex().data().toString(), QStringLiteral("more_records"));
    response->tabs()->setCurrentWidget(response->rawView());
    QVERIFY(response->rawView()->toPlainText().contains(QStringLiteral("\"more_records\": true")));
    response->findNext();
    QCOMPARE(found.last().at(0).toBool(), true);
    QCOMPARE(response->rawView()->textCursor().selectedText(), QStringLiteral("more_records"));
    response->tabs()->setCurrentWidget(response->tree());
}

void TestExplorerPage::pagingAndErrors()
{
    ResponseView *response = m_page->response();
    send(QStringLiteral("GET"), QStringLiteral("Contacts?fields=Last_Name&per_page=200&page=10"));
    QVERIFY(m_page->navigator().nextRequest().has_value());
    QSignalSpy shown(m_page, &ExplorerPage::resultShown);
    m_page->nextPage(); // records 2,001–2,200: a page token
    QVERIFY(shown.wait(20000));
    QVERIFY(!m_page->navigator().current().queryValue(QStringLiteral("page_token")).isEmpty());
    QVERIFY(response->statusLabel()->text().startsWith(QStringLiteral("200")));
    QCOMPARE(m_page->navigator().firstRecord(), 2001);
    m_page->previousPage();
    QVERIFY(shown.wait(20000));
    QCOMPARE(m_page->navigator().current().queryValue(QStringLiteral("page")), QStringLiteral("10"));
    m_page->previousPage();
    QVERIFY(shown.wait(20000));
    QCOMPARE(m_page->navigator().firstRecord(), 1601);

    send(QStringLiteral("GET"), QStringLiteral("Leadz?fields=Last_Name"));
    QVERIFY(response->messageLabel()->isVisible());
    QVERIFY2(response->messageLabel()->text().contains(QStringLiteral("INVALID_MODULE")),
             qPrintable(response->messageLabel()->text()));

    // 401 INVALID_TOKEN: refreshed and retried, and said so.
    const QString at = m_sandbox->token().accessToken;
    m_sandbox->onServer([at](SandboxServer &server) { server.expireAccessToken(at); });
    send(QStringLiteral("GET"), QStringLiteral("Leads?fields=Last_Name&per_page=2"));
    QVERIFY(response->statusLabel()->text().startsWith(QStringLiteral("200")));
    QVERIFY2(response->messageLabel()->text().contains(QStringLiteral("refreshed")),
             qPrintable(response->messageLabel()->text()));
}

void TestExplorerPage::historyAndReplay()
{
    HistoryPanel *history = m_page->historyPanel();
    QTRY_VERIFY(history->list()->topLevelItemCount() >= 5);
    history->searchEdit()->setText(QStringLiteral("Leadz"));
    QTRY_COMPARE_WITH_TIMEOUT(history->list()->topLevelItemCount(), 1, 5000);
    history->list()->setCurrentItem(history->list()->topLevelItem(0));
    QSignalSpy replay(history, &HistoryPanel::replayRequested);
    emit history->list()->itemActivated(history->list()->topLevelItem(0), 0);
    QCOMPARE(replay.count(), 1);
    QCOMPARE(m_page->editor()->pathEdit()->text(), QStringLiteral("Leadz"));
    history->searchEdit()->clear();

    // The history file: no token, no Authorization header, no client secret.
    QByteArray bytes;
    for (const char *suffix : { "", "-wal" }) {
        QFile file(m_dir.filePath(QStringLiteral("explorer.db")) + QLatin1String(suffix));
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    QVERIFY(bytes.contains("Leadz"));
    QVERIFY(!bytes.contains(m_sandbox->token().accessToken.toUtf8()));
    QVERIFY(!bytes.contains(m_sandbox->token().refreshToken.toUtf8()));
    QVERIFY(!bytes.contains(m_sandbox->storedToken().clientSecret.toUtf8()));
    QVERIFY(!bytes.contains("Zoho-oauthtoken"));

    // Copy as cURL: redacted unless asked; as zcrm: the store's token by id.
    QVERIFY(m_page->curlLine().contains(QStringLiteral("$ZCRM_ACCESS_TOKEN")));
    QVERIFY(!m_page->curlLine().contains(m_sandbox->token().accessToken));
    QVERIFY(m_page->zcrmLine().startsWith(QStringLiteral("zcrm --store ")));
    QVERIFY(m_page->zcrmLine().contains(QStringLiteral("api --token ") + m_tokenId
                                        + QStringLiteral(" GET Leadz")));
}

void TestExplorerPage::accessibleNames()
{
    QStringList unnamed;
    for (QWidget *widget : m_page->findChildren<QWidget *>()) {
        if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(m_page))
            continue;
        if (accessibleName(widget).isEmpty())
            unnamed.append(
                QStringLiteral("%1 (%2)").arg(widget->objectName(), widget->metaObject()->className()));
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    for (QAction *action : { m_page->sendAction() })
        QVERIFY(!action->shortcut().isEmpty());
}

void TestExplorerPage::bigAnswerKeepsGuiResponsive()
{
    // 50 MB over real loopback HTTP, signed with a second stored token whose api_domain is that
    // server (its access token is valid for an hour, so no refresh is asked for).
    int records = 0;
    BigBodyServer big;
    QVERIFY(big.startWith(BigBodyServer::makeListBody(50 * 1000 * 1000, &records)));
    Token token = m_sandbox->storedToken();
    token.id.clear();
    token.userName = QStringLiteral("big@example.com");
    token.apiDomain = big.url().toString();
    token.expiryTime = QDateTime::currentMSecsSinceEpoch() + 3600 * 1000;
    QObject context;
    std::optional<StoreResult<Token>> saved;
    m_app->facade()->save(token, &context, [&](const StoreResult<Token> &r) { saved = r; });
    QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), 20000);
    QTRY_COMPARE(m_page->editor()->tokenBox()->count(), 2);
    m_page->editor()->setCurrentToken(saved->value().id);

    GapMeter meter;
    meter.start();
    QElapsedTimer clock;
    clock.start();
    send(QStringLiteral("GET"), QStringLiteral("Leads?fields=Last_Name"));
    const qint64 shownMs = clock.elapsed();
    QTestEventLoop::instance().enterLoopMSecs(200); // the tree paints
    const qint64 longest = meter.longest();
    JsonTreeModel *model = m_page->response()->treeModel();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->value(model->index(0, 0)).toArray().size(), records);
    qInfo() << "50 MB answer shown as a tree after" << shownMs << "ms;" << records
            << "records; longest event loop gap" << qPrintable(meter.summary());
    QVERIFY2(longest < 50, qPrintable(QStringLiteral("the GUI thread waited %1 ms").arg(longest)));
    // Every batch of the data array can be fetched, as scrolling to its end does.
    const QModelIndex data = model->index(0, 0);
    while (model->canFetchMore(data))
        model->fetchMore(data);
    QCOMPARE(model->rowCount(data), records);
    m_page->editor()->setCurrentToken(m_tokenId);
    m_page->response()->clear();
}

void TestExplorerPage::fetchAllKeepsGuiResponsive()
{
    m_page->editor()->setCurrentToken(m_tokenId);
    m_page->editor()->setRequest(ExplorerRequest::fromPathLine(
        QStringLiteral("GET"), QStringLiteral("Leads?fields=Last_Name,Email,Company,Lead_Source")));
    const QString path = m_dir.filePath(QStringLiteral("leads.csv"));
    GapMeter meter;
    meter.start();
    QSignalSpy finished(m_page, &ExplorerPage::fetchFinished);
    // What the progress bar says while it runs: the count, a few times a second, not once a page.
    QStringList shown;
    QTimer watch;
    connect(&watch, &QTimer::timeout, this, [&] {
        const QLabel *count = m_page->response()->fetchCountLabel();
        if (count->isVisible() && m_page->response()->progressBar()->isVisible()
            && (shown.isEmpty() || shown.last() != count->text()))
            shown << count->text();
    });
    watch.start(1);
    m_page->fetchAll(path);
    QVERIFY(m_page->isBusy());
    QVERIFY(finished.wait(120000));
    watch.stop();
    qInfo() << "progress shown" << shown.size() << "times:" << shown.join(QStringLiteral("; "));
    QVERIFY(shown.size() >= 2);
    QVERIFY(shown.last().contains(QStringLiteral("records on")));
    QVERIFY2(shown.size() <= meter.elapsed() / 200 + 2, qPrintable(shown.join(QStringLiteral("; "))));
    QVERIFY(!m_page->response()->progressBar()->isVisible());
    QVERIFY(!m_page->response()->fetchCountLabel()->isVisible());
    qInfo() << "fetch all of" << kRecords << "records:" << meter.elapsed() << "ms; longest gap"
            << qPrintable(meter.summary());
    QVERIFY2(meter.longest() < 50,
             qPrintable(QStringLiteral("the GUI thread waited %1 ms").arg(meter.longest())));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), kRecords + 1);
    QVERIFY(m_page->response()->messageLabel()->text().contains(QStringLiteral("complete file")));
}

void TestExplorerPage::fieldHeadersFitWhenSorted()
{
    // Whichever column is sorted, its header has room for its text in bold and the sort arrow
    // (QHeaderView's own measure), not "Read-onl…".
    OrgBrowser browser;
    OrgSchema::Field field;
    field.apiName = QStringLiteral("id");
    field.label = QStringLiteral("ID");
    field.dataType = QStringLiteral("bigint");
    field.readOnly = true;
    browser.setFields(QStringLiteral("Leads"), { field }, QString());
    browser.resize(900, 500);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    QTableView *table = browser.fieldTable();
    QHeaderView *header = table->horizontalHeader();
    for (int column = 0; column < header->count() - 1; ++column) { // the last one stretches
        table->sortByColumn(column, Qt::AscendingOrder);
        QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                 qPrintable(QStringLiteral("column %1: %2 < %3")
                                .arg(column)
                                .arg(header->sectionSize(column))
                                .arg(header->sectionSizeHint(column))));
    }
}

QTEST_MAIN(TestExplorerPage)
#include "tst_explorerpage.moc"
