// The application's window, started as zcrm-explorer starts it (DesktopApplication), quitting as soon
// as it is exposed: the cold-start figure. argv[1] is the store spec.
#include "desktopapplication.h"
#include "mainwindow.h"

#include <QApplication>
#include <QSettings>
#include <QTimer>
#include <QWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    DesktopApplication::Options options;
    options.storeSpec = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("memory:");
    QSettings settings(QStringLiteral("/dev/null"), QSettings::IniFormat);
    options.settings = &settings;
    DesktopApplication desktop(options);
    desktop.start();
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        if (desktop.window()->windowHandle() && desktop.window()->windowHandle()->isExposed())
            app.quit();
    });
    poll.start(1);
    return app.exec();
}
