// A bare Qt 6 window that quits as soon as it is exposed: the baseline of the cold-start figure.
#include <QApplication>
#include <QMainWindow>
#include <QTimer>
#include <QWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1100, 680);
    window.show();
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        if (window.windowHandle() && window.windowHandle()->isExposed())
            app.quit();
    });
    poll.start(1);
    return app.exec();
}
