#pragma once

#include "storeresult.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QThread>

#include <functional>
#include <memory>

// The connections of one store, one per thread: a QtSql connection belongs to the thread that opened
// it. The thread that opened the store (usually the one worker thread that uses it) reaches its
// connection without a lock; any other thread gets its own on its first call, under a mutex. The
// connections go with this object.
template<typename Connection> class SqliteThreadConnections
{
public:
    using Open = std::function<StoreResult<std::unique_ptr<Connection>>()>;

    // The connection of the calling thread, which opened the store.
    void setOpening(std::unique_ptr<Connection> connection)
    {
        m_openingThread = QThread::currentThread();
        m_opening = std::move(connection);
    }
    Connection *opening() const { return m_opening.get(); }

    // The calling thread's connection, made with `open` on its first call.
    StoreResult<Connection *> forCurrentThread(const Open &open)
    {
        QThread *thread = QThread::currentThread();
        if (thread == m_openingThread)
            return m_opening.get();
        QMutexLocker lock(&m_mutex);
        if (auto found = m_others.value(thread))
            return found.get();
        auto opened = open();
        if (!opened)
            return opened.error();
        std::shared_ptr<Connection> added(std::move(opened).value());
        m_others.insert(thread, added);
        return added.get();
    }

private:
    QThread *m_openingThread = nullptr;
    std::unique_ptr<Connection> m_opening;
    QMutex m_mutex;
    QHash<QThread *, std::shared_ptr<Connection>> m_others;
};
