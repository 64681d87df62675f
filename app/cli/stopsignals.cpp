#include "stopsignals.h"

#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <atomic>
#include <windows.h>
#endif

namespace {

#ifdef Q_OS_UNIX
int g_pipe[2] = { -1, -1 };
struct sigaction g_oldTerm;
struct sigaction g_oldInt;

extern "C" void writeSignal(int signal)
{
    const char byte = char(signal);
    const ssize_t written = ::write(g_pipe[0], &byte, 1);
    (void)written; // a full pipe already holds a stop request
}
#endif

#ifdef Q_OS_WIN
std::atomic<StopSignals *> g_instance { nullptr };

BOOL WINAPI consoleControl(DWORD event)
{
    switch (event) {
    case CTRL_C_EVENT:
    case CTRL_BREAK_EVENT:
    case CTRL_CLOSE_EVENT:
    case CTRL_SHUTDOWN_EVENT:
        break;
    default:
        return FALSE;
    }
    StopSignals *instance = g_instance.load();
    if (!instance)
        return FALSE;
    QMetaObject::invokeMethod(
        instance, [instance, event] { Q_EMIT instance->stopRequested(int(event)); }, Qt::QueuedConnection);
    return TRUE;
}
#endif

} // namespace

StopSignals::StopSignals(QObject *parent)
    : QObject(parent)
{
#ifdef Q_OS_UNIX
    if (g_pipe[0] >= 0 || ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_pipe) != 0)
        return;
    ::fcntl(g_pipe[0], F_SETFL, O_NONBLOCK);
    struct sigaction action = {};
    action.sa_handler = writeSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, &g_oldTerm);
    ::sigaction(SIGINT, &action, &g_oldInt);
    m_notifier = new QSocketNotifier(g_pipe[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        if (::read(g_pipe[1], &byte, 1) == 1)
            Q_EMIT stopRequested(int(byte));
    });
    m_active = true;
#endif
#ifdef Q_OS_WIN
    StopSignals *none = nullptr;
    if (!g_instance.compare_exchange_strong(none, this))
        return;
    m_active = ::SetConsoleCtrlHandler(consoleControl, TRUE) != 0;
    if (!m_active)
        g_instance = nullptr;
#endif
}

StopSignals::~StopSignals()
{
#ifdef Q_OS_WIN
    if (m_active) {
        ::SetConsoleCtrlHandler(consoleControl, FALSE);
        g_instance = nullptr;
    }
#endif
#ifdef Q_OS_UNIX
    if (!m_notifier)
        return;
    ::sigaction(SIGTERM, &g_oldTerm, nullptr);
    ::sigaction(SIGINT, &g_oldInt, nullptr);
    delete m_notifier;
    ::close(g_pipe[0]);
    ::close(g_pipe[1]);
    g_pipe[0] = g_pipe[1] = -1;
#endif
}

QString StopSignals::name(int signal)
{
#ifdef Q_OS_UNIX
    if (signal == SIGTERM)
        return QStringLiteral("SIGTERM");
    if (signal == SIGINT)
        return QStringLiteral("SIGINT");
#endif
#ifdef Q_OS_WIN
    switch (signal) {
    case CTRL_C_EVENT:
        return QStringLiteral("Ctrl+C");
    case CTRL_BREAK_EVENT:
        return QStringLiteral("Ctrl+Break");
    case CTRL_CLOSE_EVENT:
        return QStringLiteral("console closed");
    case CTRL_SHUTDOWN_EVENT:
        return QStringLiteral("shutdown");
    default:
        break;
    }
#endif
    return QStringLiteral("signal %1").arg(signal);
}
