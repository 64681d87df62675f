#include "tcpproxy.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

TcpProxy::TcpProxy(quint16 targetPort)
    : m_targetPort(targetPort)
{
    m_thread.start();
    moveToThread(&m_thread);
}

TcpProxy::~TcpProxy()
{
    // Everything of the relay goes in its own thread, before that thread ends.
    QMetaObject::invokeMethod(
        this,
        [this] {
            stopHere();
            qDeleteAll(children());
            m_server = nullptr;
            moveToThread(nullptr);
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

quint16 TcpProxy::start(quint16 port)
{
    quint16 bound = 0;
    QMetaObject::invokeMethod(
        this, [&] { listenHere(port, &bound); }, Qt::BlockingQueuedConnection);
    return bound;
}

void TcpProxy::stop()
{
    QMetaObject::invokeMethod(
        this, [this] { stopHere(); }, Qt::BlockingQueuedConnection);
}

void TcpProxy::listenHere(quint16 port, quint16 *bound)
{
    if (!m_server) {
        m_server = new QTcpServer(this);
        connect(m_server, &QTcpServer::newConnection, this, &TcpProxy::accept);
    }
    if (m_server->isListening() || m_server->listen(QHostAddress::LocalHost, port))
        *bound = m_server->serverPort();
}

void TcpProxy::stopHere()
{
    if (m_server)
        m_server->close();
    // Every relayed pair is a child of this object.
    for (QTcpSocket *socket : findChildren<QTcpSocket *>()) {
        socket->abort();
        socket->deleteLater();
    }
}

void TcpProxy::accept()
{
    while (QTcpSocket *client = m_server->nextPendingConnection()) {
        client->setParent(this);
        auto *upstream = new QTcpSocket(this);
        // Bytes from one side go to the other; either side closing closes both.
        connect(client, &QTcpSocket::readyRead, upstream,
                [client, upstream] { upstream->write(client->readAll()); });
        connect(upstream, &QTcpSocket::readyRead, client,
                [client, upstream] { client->write(upstream->readAll()); });
        connect(upstream, &QTcpSocket::connected, client, [client, upstream] {
            if (client->bytesAvailable() > 0)
                upstream->write(client->readAll());
        });
        connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
        connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        connect(upstream, &QTcpSocket::errorOccurred, client, [client] { client->abort(); });
        upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
    }
}
