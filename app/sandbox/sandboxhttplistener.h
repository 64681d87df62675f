#pragma once

#include "sandboxhttprequest.h"
#include "sandboxhttpresponse.h"

#include <QHash>
#include <QObject>

#include <functional>

class QTcpServer;
class QTcpSocket;

// A small HTTP/1.1 server on one loopback port. The sandbox needs to delay answers, drop connections and
// count requests in flight, which QtHttpServer's responder API does not offer the same way across Qt 6
// versions; this layer does, on QTcpServer alone. Keep-alive, Expect: 100-continue, Content-Length and
// chunked bodies are supported; one request at a time per connection.
class SandboxHttpListener : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<SandboxHttpResponse(const SandboxHttpRequest &)>;

    explicit SandboxHttpListener(QObject *parent = nullptr);
    ~SandboxHttpListener() override;

    void setHandler(Handler handler) { m_handler = std::move(handler); }

    bool listen(quint16 port); // 127.0.0.1 only
    void close();
    quint16 port() const;
    QString errorString() const;
    int inFlight() const { return m_inFlight; } // requests read and not yet answered, this one included

private:
    struct Connection
    {
        QByteArray buffer;
        bool busy = false; // a response is pending (delayed)
        bool continueSent = false;
    };
    void onNewConnection();
    void processBuffer(QTcpSocket *socket);
    void send(QTcpSocket *socket, const SandboxHttpResponse &response, bool keepAlive);

    Handler m_handler;
    QTcpServer *m_server = nullptr;
    int m_inFlight = 0;
    QHash<QTcpSocket *, Connection> m_connections;
};
