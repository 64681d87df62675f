// zcrm-gallery OUTDIR: starts the desktop application under the current display (Xvfb in the test
// command) and saves a screenshot of each window and state: the welcome page, the token table with
// tokens in every state, the detail pane, a store error, the log, and the same in the dark theme.
// ZCRM_GALLERY_LANG=de|ja|pseudo runs it in another language (see gallerylanguage.h).

#include "appsettings.h"
#include "datacenter.h"
#include "desktopapplication.h"
#include "dialogcoordinator.h"
#include "gallerylanguage.h"
#include "mainwindow.h"
#include "storeregistry.h"
#include "testtokens.h"
#include "themecontroller.h"
#include "tokenfacade.h"
#include "tokentablemodel.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QScreen>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

namespace {

TokenList sampleTokens()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto make = [&](const QString &user, const QString &dc, qint64 expiresInMs) {
        Token token =
            TestTokens::signedIn(user, QStringLiteral("1000.%1.refresh").arg(user.section('@', 0, 0)));
        token.dataCenter = dc;
        const DataCenter center = *DataCenter::byCode(dc);
        token.accountsServer = center.accountsUrl().toString();
        token.apiDomain = center.apiDomain(ApiEnvironment::Production).toString();
        token.environment = QStringLiteral("production");
        token.expiryTime = now + expiresInMs;
        token.scopes = { QStringLiteral("ZohoCRM.modules.ALL"), QStringLiteral("ZohoCRM.settings.ALL"),
                         QStringLiteral("ZohoCRM.users.READ") };
        token.createdAt = now - 86400'000;
        token.updatedAt = now - 600'000;
        return token;
    };
    TokenList tokens;
    tokens.append(make(QStringLiteral("ada@lovelace.example"), QStringLiteral("us"), 52 * 60'000));
    tokens.append(make(QStringLiteral("grace@hopper.example"), QStringLiteral("eu"), 3 * 60'000 + 12'000));
    tokens.append(make(QStringLiteral("alan@turing.example"), QStringLiteral("in"), -7 * 60'000));
    Token needsSignIn = make(QStringLiteral("edsger@dijkstra.example"), QStringLiteral("au"), -3600'000);
    needsSignIn.state = Token::RefreshOutcome::NeedsReauthorization;
    needsSignIn.lastError =
        QStringLiteral("invalid_code: the refresh token was revoked (at 2026-12-01T09:12:44Z)");
    tokens.append(needsSignIn);
    Token failing = make(QStringLiteral("barbara@liskov.example"), QStringLiteral("jp"), 90'000);
    failing.state = Token::RefreshOutcome::RefreshFailing;
    failing.lastError =
        QStringLiteral("network: connection refused by accounts.zoho.jp (at 2026-12-01T10:02:10Z)");
    tokens.append(failing);
    tokens.append(make(QStringLiteral("margaret@hamilton.example"), QStringLiteral("ca"), 41 * 60'000));
    tokens.append(make(QStringLiteral("donald@knuth.example"), QStringLiteral("us"), 18 * 60'000));
    return tokens;
}

bool save(QWidget *widget, const QString &path)
{
    const bool ok = widget->grab().save(path);
    qInfo().noquote() << (ok ? "saved" : "FAILED") << path;
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (GalleryLanguage::install(&app).isEmpty())
        return 1;
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("gallery");
    QDir().mkpath(out);
    QTemporaryDir work;
    QSettings settings(work.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);

    const QString emptySpec = QStringLiteral("sqlite:") + work.filePath(QStringLiteral("empty.db"));
    const QString fullSpec = QStringLiteral("sqlite:") + work.filePath(QStringLiteral("tokens.db"));
    {
        auto store = StoreRegistry::instance().create(fullSpec);
        if (!store || !store.value()->saveTokens(sampleTokens()))
            return 1;
    }

    DesktopApplication::Options options;
    options.storeSpec = emptySpec;
    options.settings = &settings;
    options.browserOpener = [](const QUrl &) { return true; };
    options.installLogCapture = true;
    DesktopApplication desktop(options);
    MainWindow *window = desktop.window();
    window->resize(1280, 760);
    desktop.start();

    int failures = 0;
    auto step = [&](int afterMs, std::function<void()> action) { QTimer::singleShot(afterMs, &app, action); };
    step(800, [&] { failures += !save(window, out + QStringLiteral("/welcome.png")); });
    step(900, [&] { desktop.facade()->open(fullSpec); });
    step(1800, [&] {
        window->tokenTable()->sortByColumn(TokenTableModel::ExpiresIn, Qt::AscendingOrder);
        failures += !save(window, out + QStringLiteral("/tokens.png"));
        window->selectToken(
            window->tokenModel()->tokenAt(window->tokenModel()->rowOf(QStringLiteral("5"))).id);
    });
    step(2300, [&] { failures += !save(window, out + QStringLiteral("/detail-refresh-failing.png")); });
    step(2400, [&] { window->selectToken(QStringLiteral("1")); });
    step(2800, [&] { failures += !save(window, out + QStringLiteral("/detail-valid.png")); });
    step(2900, [&] {
        desktop.theme()->apply(AppSettings::Theme::Dark);
        window->update();
    });
    step(3400, [&] { failures += !save(window, out + QStringLiteral("/tokens-dark.png")); });
    step(3500, [&] {
        window->action(QStringLiteral("showLog"))->setChecked(true);
        desktop.facade()->open(QStringLiteral("sqlite:")
                               + work.filePath(QStringLiteral("missing/folder/t.db")));
    });
    step(4300, [&] { failures += !save(window, out + QStringLiteral("/store-error-dark.png")); });
    step(4400, [&] {
        desktop.theme()->apply(AppSettings::Theme::Light);
        desktop.facade()->open(emptySpec);
        window->action(QStringLiteral("showLog"))->setChecked(false);
    });
    step(5200, [&] { failures += !save(window, out + QStringLiteral("/welcome-again.png")); });
    step(5300, [&] { app.exit(failures == 0 ? 0 : 1); });
    return app.exec();
}
