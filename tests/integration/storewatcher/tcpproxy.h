#pragma once

#include <QObject>
#include <QThread>

class QTcpServer;

// A loopback TCP relay to a database server, on its own thread, that a test can take down and bring
// back: a server that went away and came back, without stopping the server the other tests use.
class TcpProxy : public QObject
{
    Q_OBJECT
public:
    explicit TcpProxy(quint16 targetPort);
    ~TcpProxy() override;

    // Listens on `port` (0: any free one); answers the port, 0 on failure.
    quint16 start(quint16 port = 0);
    // Stops listening and cuts every relayed connection.
    void stop();

private:
    void listenHere(quint16 port, quint16 *bound);
    void stopHere();
    void accept();

    QThread m_thread;
    quint16 m_targetPort;
    QTcpServer *m_server = nullptr;
};
