#include "remotepeerthread.h"

#include <QDebug>
#include <QThread>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <cstring>
#include <sys/resource.h>
#include <unistd.h>
#endif

void RemotePeerThread::yieldToTheApplication()
{
#ifdef Q_OS_LINUX
    // PRIO_PROCESS with a thread id sets that thread alone; QThread's priorities do nothing under
    // SCHED_OTHER there.
    if (setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), 10) != 0)
        qWarning() << "cannot lower the server thread's priority:" << std::strerror(errno);
#else
    QThread::currentThread()->setPriority(QThread::LowestPriority);
#endif
}
