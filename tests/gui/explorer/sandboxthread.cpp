#include "sandboxthread.h"

#include "remotepeerthread.h"
#include "sandboxserver.h"

#include <QNetworkAccessManager>
#include <QSemaphore>

namespace {
QSemaphore s_ready;
}

SandboxThread::SandboxThread(int recordsPerModule, QObject *parent)
    : QThread(parent)
    , m_records(recordsPerModule)
{ }

SandboxThread::~SandboxThread()
{
    quit();
    wait();
}

bool SandboxThread::startAndWait()
{
    start();
    s_ready.acquire();
    return m_ok;
}

void SandboxThread::run()
{
    RemotePeerThread::yieldToTheApplication();
    SandboxServer server;
    QObject anchor;
    server.setRecordsPerModule(m_records);
    m_ok = server.start(0);
    if (m_ok) {
        QNetworkAccessManager network;
        m_token = SandboxTokens::mint(server, network);
        m_ok = m_token.error.isEmpty();
        m_stored = SandboxTokens::toStoredToken(server, m_token, QString());
    }
    m_server = &server;
    m_anchor = &anchor;
    s_ready.release();
    exec();
    m_server = nullptr;
    m_anchor = nullptr;
}

void SandboxThread::onServer(const std::function<void(SandboxServer &)> &work)
{
    QMetaObject::invokeMethod(
        m_anchor, [this, work] { work(*m_server); }, Qt::BlockingQueuedConnection);
}
