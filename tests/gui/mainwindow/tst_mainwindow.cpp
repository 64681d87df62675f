// The main window as a user and a screen reader meet it, under Xvfb: the welcome page of an empty
// store, the table filling from the facade, accessible names on every control, shortcuts on every
// action, and a GUI thread that never waits: with a store that answers slowly and a sandbox at 5 s
// latency, the longest gap between two runs of the event loop stays under 50 ms.

#include "appsettings.h"
#include "countingtokenstore.h"
#include "desktopapplication.h"
#include "gapmeter.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "sandboxprocess.h"
#include "storeregistry.h"
#include "testtokens.h"
#include "tokencountdown.h"
#include "tokendetailpane.h"
#include "tokenfacade.h"
#include "tokenfilterproxy.h"
#include "tokentablemodel.h"
#include "welcomepage.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTestEventLoop>
#include <QTimer>

namespace {

QString accessibleName(QObject *object)
{
    QAccessibleInterface *interface = QAccessible::queryAccessibleInterface(object);
    return interface ? interface->text(QAccessible::Name) : QString();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void welcomeThenTable();
    void accessibleAndKeyboard();
    void guiThreadNeverWaits();

private:
    std::unique_ptr<DesktopApplication> makeApp(const QString &spec, TokenFacade::Options facade = {});
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    StoreRegistry::instance().registerScheme(
        QStringLiteral("slow"), QStringLiteral("slow:SPEC"), QStringLiteral("a store answering after 300 ms"),
        [](const QString &spec) -> StoreResult<std::unique_ptr<TokenStore>> {
            auto inner = StoreRegistry::instance().create(StoreRegistry::remainderOf(spec));
            if (!inner)
                return inner.error();
            auto slow = std::make_unique<CountingTokenStore>(std::move(inner.value()));
            slow->setDelay(300);
            return std::unique_ptr<TokenStore>(std::move(slow));
        });
}

std::unique_ptr<DesktopApplication> TestMainWindow::makeApp(const QString &spec, TokenFacade::Options facade)
{
    m_settings =
        std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    DesktopApplication::Options options;
    options.storeSpec = spec;
    options.settings = m_settings.get();
    options.browserOpener = [](const QUrl &) { return true; };
    options.facade = facade;
    options.installLogCapture = false;
    return std::make_unique<DesktopApplication>(options);
}

void TestMainWindow::welcomeThenTable()
{
    const QString spec = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("welcome.db"));
    auto app = makeApp(spec);
    app->start();
    MainWindow *window = app->window();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    auto *pages = window->findChild<QStackedWidget *>(QStringLiteral("tokenPages"));
    QVERIFY(pages);
    QTRY_COMPARE(pages->currentWidget(), static_cast<QWidget *>(window->welcomePage()));
    QVERIFY(window->storeLabel()->text().contains(m_dir.filePath(QStringLiteral("welcome.db"))));

    QObject context;
    bool saved = false;
    app->facade()->save(TestTokens::signedIn(QStringLiteral("ann@example.com")), &context,
                        [&](const StoreResult<Token> &result) { saved = result.ok(); });
    QTRY_VERIFY(saved);
    QTRY_COMPARE(window->tokenModel()->rowCount(), 1);
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("tokensPage"));
    window->selectToken(window->tokenModel()->tokenAt(0).id);
    QCOMPARE(window->detailPane()->tokenId(), window->tokenModel()->tokenAt(0).id);
    QVERIFY(window->action(QStringLiteral("refresh"))->isEnabled());
    QVERIFY(window->action(QStringLiteral("copyAccessToken"))->isEnabled());
    // Only the visible rows' countdown is touched by a tick.
    QCOMPARE(window->countdown()->tick(), 1);

    // The store becomes unreadable: a banner with Retry, the row stays.
    app->facade()->open(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("missing/dir/x.db")));
    QTRY_VERIFY(!window->banner()->text().isEmpty());
    QVERIFY(window->banner()->text().contains(QStringLiteral("could not be opened")));
}

void TestMainWindow::accessibleAndKeyboard()
{
    const QString spec = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("a11y.db"));
    auto app = makeApp(spec);
    app->start();
    MainWindow *window = app->window();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QObject context;
    int saved = 0;
    for (const char *user : { "ann@example.com", "bob@example.com" })
        app->facade()->save(TestTokens::signedIn(QString::fromLatin1(user)), &context,
                            [&](const StoreResult<Token> &result) { saved += result.ok(); });
    QTRY_COMPARE(saved, 2);
    QTRY_COMPARE(window->tokenModel()->rowCount(), 2);
    window->selectToken(window->tokenModel()->tokenAt(0).id);

    // Every control a keyboard can reach has a name a screen reader says.
    QStringList unnamed;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(window))
            continue;
        if (accessibleName(widget).isEmpty())
            unnamed.append(
                QStringLiteral("%1 (%2)").arg(widget->objectName(), widget->metaObject()->className()));
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));

    // The table reads as a table: its name, its headers, its cells.
    QTableView *table = window->tokenTable();
    QAccessibleInterface *tableInterface = QAccessible::queryAccessibleInterface(table);
    QVERIFY(tableInterface);
    QCOMPARE(tableInterface->role(), QAccessible::Table);
    QCOMPARE(tableInterface->text(QAccessible::Name), QStringLiteral("Tokens"));
    QAccessibleTableInterface *cells = tableInterface->tableInterface();
    QVERIFY(cells);
    QCOMPARE(cells->rowCount(), 2);
    QCOMPARE(cells->columnCount(), int(TokenTableModel::ColumnCount));
    QCOMPARE(cells->columnDescription(TokenTableModel::Status), QStringLiteral("Status"));
    QAccessibleInterface *cell = cells->cellAt(0, TokenTableModel::User);
    QVERIFY(cell);
    QVERIFY(cell->text(QAccessible::Name).endsWith(QStringLiteral("@example.com")));
    QAccessibleInterface *expires = cells->cellAt(0, TokenTableModel::ExpiresIn);
    QVERIFY2(expires->text(QAccessible::Name).contains(QStringLiteral("expire")),
             qPrintable(expires->text(QAccessible::Name)));

    // Every action in the menus has a shortcut (About excepted) and a name.
    for (QAction *menu : window->menuBar()->actions()) {
        for (QAction *action : menu->menu()->actions()) {
            if (action->isSeparator() || action->objectName() == QLatin1String("about"))
                continue;
            QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->objectName()));
            QVERIFY(!action->text().isEmpty());
        }
    }

    // Keyboard: Ctrl+F goes to the search box; typing filters.
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(QApplication::focusWidget()
                && QApplication::focusWidget()->objectName() == QLatin1String("tokenSearch"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("bob"));
    QTRY_COMPARE(window->tokenProxy()->rowCount(), 1);
}

void TestMainWindow::guiThreadNeverWaits()
{
    // The sandbox as a child process, 5 s latency on accounts and API.
    SandboxProcess sandbox;
    sandbox.setExecutable(qEnvironmentVariable("ZCRM_BINARY_DIR")
                          + QStringLiteral("/app/sandbox/zcrm-sandbox"));
    sandbox.setArguments({ QStringLiteral("--fault"), QStringLiteral("latency=5000,accounts") });
    QSignalSpy ready(&sandbox, &SandboxProcess::ready);
    sandbox.start();
    QVERIFY(ready.wait(20000));
    const SandboxProcess::Endpoints endpoints = sandbox.endpoints();

    const QString spec = QStringLiteral("slow:sqlite:") + m_dir.filePath(QStringLiteral("slow.db"));
    GapMeter meter;
    meter.start();
    auto app = makeApp(spec);
    app->start();
    MainWindow *window = app->window();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTRY_VERIFY_WITH_TIMEOUT(app->facade()->isOpen(), 10000);

    // Lists, saves, a refresh and a sign-in under way at once.
    meter.start();
    QObject context;
    int answered = 0;
    for (int i = 0; i < 5; ++i)
        app->facade()->save(TestTokens::signedIn(QStringLiteral("user%1@example.com").arg(i)), &context,
                            [&](const StoreResult<Token> &) { ++answered; });
    app->facade()->list(&context, [&](const StoreResult<TokenList> &) { ++answered; });
    OAuthSignIn::Options options;
    options.environment = *ZohoEnvironment::custom(endpoints.accountsUrl, endpoints.apiDomain);
    options.clientId = endpoints.clientId;
    options.clientSecret = endpoints.clientSecret;
    options.redirectUri = QStringLiteral("http://localhost:0/callback");
    bool signInEnded = false;
    TokenOperation signIn =
        app->facade()->signInWithGrantToken(options, QStringLiteral("1000.not-a-real-code"), &context,
                                            [&](const TokenFacade::SignInOutcome &) { signInEnded = true; });
    QVERIFY(GapMeter::waitFor([&] { return window->tokenModel()->rowCount() == 5; }, 20000));
    qInfo() << "rows shown at" << meter.elapsed() << "ms";
    std::optional<AccessTokenResult> refreshed;
    app->facade()->refresh(window->tokenModel()->tokenAt(0).id, &context,
                           [&](const AccessTokenResult &result) { refreshed = result; });
    for (int row = 0; row < 5; ++row) {
        qInfo() << "select" << row << "at" << meter.elapsed() << "ms";
        window->selectToken(window->tokenModel()->tokenAt(row).id);
        QTestEventLoop::instance().enterLoopMSecs(100);
    }
    QVERIFY(GapMeter::waitFor([&] { return signInEnded && refreshed.has_value(); }, 60000));
    QVERIFY(GapMeter::waitFor([&] { return answered == 6; }, 5000));
    const qint64 longest = meter.longest();
    qInfo() << "longest gap between event loop runs:" << qPrintable(meter.summary());
    QVERIFY2(longest < 50, qPrintable(QStringLiteral("the GUI thread waited %1 ms").arg(longest)));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
