// The API explorer's gallery: screenshots of its states against the sandbox (on its own thread),
// written to build-test/gallery/: a list answer as a tree, the raw view, the field browser, an error
// answer, a COQL query, fetch all while it runs and when it is done. Run by the test command under Xvfb; look
// at them.

#include "appsettings.h"
#include "desktopapplication.h"
#include "explorerpage.h"
#include "gallerylanguage.h"
#include "jsontreemodel.h"
#include "mainwindow.h"
#include "moduletablemodel.h"
#include "orgbrowser.h"
#include "requesteditor.h"
#include "responseview.h"
#include "sandboxthread.h"
#include "tokenfacade.h"
#include "tokentablemodel.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <deque>
#include <functional>

namespace {

bool save(QWidget *widget, const QString &path)
{
    const bool ok = widget->grab().save(path);
    qInfo().noquote() << (ok ? "saved" : "FAILED") << path;
    return ok;
}

// Steps that each wait for a condition, then act; polled on a timer, never a nested loop.
class Steps : public QObject
{
public:
    struct Step
    {
        std::function<bool()> ready;
        std::function<void()> act;
    };
    void add(std::function<bool()> ready, std::function<void()> act) { m_steps.push_back({ ready, act }); }
    void run(std::function<void(bool)> done)
    {
        m_done = std::move(done);
        m_clock.start();
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (m_steps.empty()) {
                m_timer.stop();
                m_done(true);
                return;
            }
            if (m_clock.elapsed() > 30000) {
                qWarning() << "gallery step" << m_index << "timed out";
                m_timer.stop();
                m_done(false);
                return;
            }
            if (!m_steps.front().ready())
                return;
            m_steps.front().act();
            m_steps.pop_front();
            ++m_index;
            m_clock.restart();
        });
        m_timer.start(150);
    }

private:
    std::deque<Step> m_steps;
    std::function<void(bool)> m_done;
    QTimer m_timer;
    QElapsedTimer m_clock;
    int m_index = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (GalleryLanguage::install(&app).isEmpty())
        return 1;
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("gallery");
    QDir().mkpath(out);
    QTemporaryDir work;
    SandboxThread sandbox(3000);
    if (!sandbox.startAndWait())
        return 1;
    QSettings settings(work.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    DesktopApplication::Options options;
    options.storeSpec = QStringLiteral("sqlite:") + work.filePath(QStringLiteral("tokens.db"));
    options.settings = &settings;
    options.browserOpener = [](const QUrl &) { return true; };
    options.installLogCapture = false;
    DesktopApplication desktop(options);
    MainWindow *window = desktop.window();
    ExplorerPage *page = window->explorerPage();
    ExplorerSession::Options session;
    session.databasePath = work.filePath(QStringLiteral("explorer.db"));
    page->setSessionOptions(session);
    window->resize(1360, 820);
    desktop.start();

    int failures = 0;
    bool saved = false;
    bool answered = false;
    QObject::connect(page, &ExplorerPage::resultShown, [&] { answered = true; });
    Steps steps;
    steps.add([&] { return desktop.facade()->isOpen(); },
              [&] {
                  desktop.facade()->save(sandbox.storedToken(), &app,
                                         [&](const StoreResult<Token> &r) { saved = r.ok(); });
              });
    steps.add([&] { return saved && window->tokenModel()->rowCount() == 1; },
              [&] { window->mainTabs()->setCurrentWidget(page); });
    steps.add([&] { return page->browser()->moduleModel()->rowCount() > 0; },
              [&] {
                  answered = false;
                  page->browser()->selectModule(QStringLiteral("Leads"));
                  page->listModule(QStringLiteral("Leads"));
              });
    steps.add([&] { return answered; },
              [&] {
                  ResponseView *response = page->response();
                  JsonTreeModel *model = response->treeModel();
                  const QModelIndex first = model->index(0, 0, model->index(0, 0));
                  response->tree()->expand(first);
                  response->tree()->setCurrentIndex(model->index(2, 0, first));
              });
    steps.add([] { return true; },
              [&] { failures += !save(window, out + QStringLiteral("/explorer-tree.png")); });
    steps.add([] { return true; },
              [&] { page->response()->tabs()->setCurrentWidget(page->response()->rawView()); });
    steps.add([] { return true; },
              [&] { failures += !save(window, out + QStringLiteral("/explorer-raw.png")); });
    steps.add([] { return true; },
              [&] {
                  page->response()->tabs()->setCurrentWidget(page->response()->tree());
                  page->browser()->selectModule(QStringLiteral("Deals"));
              });
    steps.add([&] { return page->browser()->fieldTable()->model()->rowCount() > 10; },
              [&] { failures += !save(window, out + QStringLiteral("/explorer-fields.png")); });
    steps.add([] { return true; },
              [&] {
                  answered = false;
                  page->editor()->setRequest(ExplorerRequest::fromPathLine(
                      QStringLiteral("GET"), QStringLiteral("Leads?fields=Last_Name&per_page=500")));
                  page->send();
              });
    steps.add([&] { return answered; },
              [&] { failures += !save(window, out + QStringLiteral("/explorer-error.png")); });
    steps.add([] { return true; },
              [&] {
                  answered = false;
                  ExplorerRequest coql =
                      ExplorerRequest::fromPathLine(QStringLiteral("POST"), QStringLiteral("coql"));
                  coql.setCoqlQuery(
                      QStringLiteral("select Deal_Name, Stage, Amount from Deals where Amount > 1000 "
                                     "order by Amount desc limit 20"));
                  page->editor()->setRequest(coql);
                  page->send();
              });
    steps.add([&] { return answered; },
              [&] { failures += !save(window, out + QStringLiteral("/explorer-coql.png")); });
    // Fetch all: the bar as it reads while pages come (set here, as the sandbox is done in a blink),
    // then a real fetch of every Lead into a CSV file and its report.
    bool fetched = false;
    QObject::connect(page, &ExplorerPage::fetchFinished, [&] { fetched = true; });
    steps.add([] { return true; },
              [&] {
                  answered = false;
                  page->editor()->setRequest(ExplorerRequest::fromPathLine(
                      QStringLiteral("GET"), QStringLiteral("Leads?fields=Last_Name,Email,Company")));
                  page->send();
              });
    steps.add([&] { return answered; },
              [&] {
                  page->response()->setFetching(true);
                  page->response()->setFetchProgress(2400, 12);
              });
    steps.add([] { return true; },
              [&] {
                  failures += !save(window, out + QStringLiteral("/explorer-fetching.png"));
                  page->response()->setFetching(false);
                  page->fetchAll(work.filePath(QStringLiteral("Leads.csv")));
              });
    steps.add([&] { return fetched; },
              [&] { failures += !save(window, out + QStringLiteral("/explorer-fetched.png")); });
    steps.run([&](bool ok) {
        failures += !ok;
        app.exit(failures == 0 ? 0 : 1);
    });
    return app.exec();
}
