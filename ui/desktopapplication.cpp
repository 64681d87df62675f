#include "desktopapplication.h"

#include "appsettings.h"
#include "apptranslations.h"
#include "dialogcoordinator.h"
#include "icons.h"
#include "logcapture.h"
#include "mainwindow.h"
#include "sandboxprocess.h"
#include "singleinstance.h"
#include "themecontroller.h"
#include "trayicon.h"
#include "uilogging.h"
#include "zcrmversion.h"

#include <QApplication>
#include <QCloseEvent>
#include <QCommandLineParser>
#include <QDesktopServices>
#include <QSettings>
#include <QTimer>

DesktopApplication::DesktopApplication(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    QSettings *settings = m_options.settings;
    if (!settings) {
        m_ownSettings = std::make_unique<QSettings>();
        settings = m_ownSettings.get();
    }
    m_settings = new AppSettings(settings, this);
    m_theme = new ThemeController(this);
    m_theme->apply(m_settings->theme());
    m_log = new LogCapture(this);
    if (m_options.installLogCapture)
        m_log->install();

    TokenFacade::Options facadeOptions = m_options.facade;
    facadeOptions.service.refreshLeadMs = qint64(m_settings->refreshLeadSeconds()) * 1000;
    facadeOptions.scheduleRefreshes = facadeOptions.scheduleRefreshes || m_options.keepTokensFresh;
    m_facade = new TokenFacade(this);
    m_facade->setOptions(facadeOptions);
    if (m_options.networkFactory)
        m_facade->setNetworkFactory(m_options.networkFactory);
    m_facade->setBrowserOpener(m_options.browserOpener ? m_options.browserOpener : [](const QUrl &url) {
        return QDesktopServices::openUrl(url);
    });
    m_sandbox = new SandboxProcess(this);
    m_window = std::make_unique<MainWindow>(m_facade, m_settings, m_theme, m_log);
    m_dialogs = new DialogCoordinator(m_window.get(), m_facade, m_settings, m_theme, m_sandbox, this);
    if (m_options.keepTokensFresh) {
        m_tray = new TrayIcon(m_facade, this);
        connect(m_tray, &TrayIcon::openRequested, this, &DesktopApplication::bringToFront);
        connect(m_tray, &TrayIcon::quitRequested, this, &DesktopApplication::quit);
        connect(m_tray, &TrayIcon::activeChanged, this, &DesktopApplication::trayActiveChanged);
        connect(m_tray, &TrayIcon::signInAgainRequested, this, [this](const QString &id) {
            bringToFront();
            m_window->selectToken(id);
            m_dialogs->openSignInAgain(id);
        });
        // Closing the window hides it while the tray holds the application.
        m_window->installEventFilter(this);
    }
    connect(m_settings, &AppSettings::changed, this, [this](const QString &key) {
        if (key.startsWith(QLatin1String("tokens/")))
            m_window->setExpiringLeadMs(qint64(m_settings->refreshLeadSeconds()) * 1000);
    });
}

DesktopApplication::~DesktopApplication()
{
    if (m_facade->isOpen() || !m_facade->spec().isEmpty())
        m_settings->setLastStore(m_facade->spec());
    m_window.reset();
}

void DesktopApplication::start()
{
    if (m_tray)
        m_tray->start();
    if (!m_options.minimized)
        m_window->show();
    else if (!m_tray || !m_tray->isActive())
        m_window->showMinimized(); // no tray to start in: never a window that cannot be reached
    qCInfo(lcUi) << "started" << (m_options.minimized ? "minimized" : "") << "tray"
                 << (m_tray && m_tray->isActive() ? "active" : "absent");
    // The store is read after the window shows: a slow keychain or server never delays the window.
    QTimer::singleShot(0, this, &DesktopApplication::openFirstStore);
}

void DesktopApplication::trayActiveChanged(bool active)
{
    // Only with a tray may the last window close without quitting (KeePassXC's rule).
    QApplication::setQuitOnLastWindowClosed(!active);
    if (active && m_options.minimized && m_window->isMinimized())
        m_window->hide(); // the tray came up after a minimized start
}

bool DesktopApplication::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window.get() && event->type() == QEvent::Close && !m_quitting && m_tray
        && m_tray->isActive() && !qApp->isSavingSession()) {
        event->ignore();
        // Hidden after the close event returns (as qBittorrent does); the refresher keeps running.
        QMetaObject::invokeMethod(m_window.get(), &QWidget::hide, Qt::QueuedConnection);
        if (!m_settings->trayNoticeShown()) {
            m_settings->setTrayNoticeShown(true);
            m_tray->notify(tr("ZCRM Explorer is still running"),
                           tr("It keeps your tokens fresh from the tray. Choose Quit in the tray's menu to "
                              "end it."),
                           QSystemTrayIcon::Information);
        }
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void DesktopApplication::bringToFront()
{
    if (m_window->isMinimized())
        m_window->showNormal();
    else
        m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void DesktopApplication::quit()
{
    m_quitting = true;
    m_window->close();
    if (m_options.quit)
        m_options.quit();
    else
        QCoreApplication::quit();
}

void DesktopApplication::openFirstStore()
{
    QString spec = m_options.storeSpec;
    if (spec.isEmpty())
        spec = qEnvironmentVariable("ZCRM_STORE");
    if (spec.isEmpty())
        spec = m_settings->defaultStore();
    if (!spec.isEmpty()) {
        m_facade->open(spec);
        return;
    }
    m_window->showStatusMessage(tr("Looking for the OS keychain…"));
    m_facade->probeDefaultStore(this, [this](const QString &found) { m_facade->open(found); });
}

namespace {

// --help and --version answer without a display: in a terminal over ssh, in a package's checks.
bool asksForTextOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray word(argv[i]);
        if (word == "--help" || word == "-h" || word == "--help-all" || word == "--version" || word == "-v")
            return true;
    }
    return false;
}

} // namespace

DesktopApplication::Options DesktopApplication::parseArguments(QCoreApplication &app)
{
    QCoreApplication::setApplicationName(QStringLiteral("zcrm-explorer"));
    QCoreApplication::setOrganizationName(QStringLiteral("zcrm-explorer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ZCRM_VERSION_STRING));

    // The language: the user's choice, else the system's; Qt's own strings too. Before the parser, so
    // that --help speaks it.
    QSettings userSettings;
    AppTranslations::install(&app, AppTranslations::localeFor(AppSettings(&userSettings).language()));

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Keeps your Zoho CRM OAuth tokens and explores the CRM API."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption store(QStringLiteral("store"), tr("The token store to open."),
                                   QStringLiteral("SPEC"));
    parser.addOption(store);
    const QCommandLineOption minimized(QStringLiteral("minimized"),
                                       tr("Start in the system tray (minimized without one)."));
    parser.addOption(minimized);
    parser.process(app);
    Options options;
    options.storeSpec = parser.value(store);
    options.minimized = parser.isSet(minimized);
    return options;
}

int DesktopApplication::run(int argc, char *argv[])
{
    if (asksForTextOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        parseArguments(app); // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("ZCRM Explorer"));
    QApplication::setDesktopFileName(QStringLiteral(ZCRM_APP_ID));
    QApplication::setWindowIcon(Icons::icon(QStringLiteral("app")));

    Options options = parseArguments(app);
    options.keepTokensFresh = true;

    // One instance per user and store: a second start brings the first to the front and ends.
    QString instanceSpec = options.storeSpec;
    if (instanceSpec.isEmpty())
        instanceSpec = qEnvironmentVariable("ZCRM_STORE");
    if (instanceSpec.isEmpty()) {
        QSettings userSettings;
        instanceSpec = AppSettings(&userSettings).defaultStore();
    }
    SingleInstance instance(instanceSpec);
    if (!instance.claim())
        return 0;

    DesktopApplication desktop(options);
    QObject::connect(&instance, &SingleInstance::activationRequested, &desktop,
                     &DesktopApplication::bringToFront);
    desktop.start();
    return app.exec();
}
