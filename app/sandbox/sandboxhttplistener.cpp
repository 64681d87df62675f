#include "sandboxhttplistener.h"

#include "sandboxlogging.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

static constexpr qsizetype MaxHeaderBytes = 64 * 1024;
static constexpr qsizetype MaxBodyBytes = 64 * 1024 * 1024;

SandboxHttpListener::SandboxHttpListener(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &SandboxHttpListener::onNewConnection);
}

SandboxHttpListener::~SandboxHttpListener() = default;

bool SandboxHttpListener::listen(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

void SandboxHttpListener::close()
{
    m_server->close();
    const auto sockets = m_server->findChildren<QTcpSocket *>();
    for (QTcpSocket *s : sockets)
        s->abort();
}

quint16 SandboxHttpListener::port() const
{
    return m_server->serverPort();
}

QString SandboxHttpListener::errorString() const
{
    return m_server->errorString();
}

void SandboxHttpListener::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_connections.insert(socket, Connection());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { processBuffer(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, this, [this, socket] { m_connections.remove(socket); });
    }
}

// Decodes a chunked body; returns false while incomplete. *consumed is the bytes used from `data`.
static bool decodeChunked(const QByteArray &data, qsizetype start, QByteArray *out, qsizetype *consumed)
{
    qsizetype pos = start;
    out->clear();
    for (;;) {
        const qsizetype eol = data.indexOf("\r\n", pos);
        if (eol < 0)
            return false;
        bool ok = false;
        QByteArray sizeText = data.mid(pos, eol - pos);
        const qsizetype semi = sizeText.indexOf(';');
        if (semi >= 0)
            sizeText.truncate(semi);
        const qsizetype size = sizeText.trimmed().toLongLong(&ok, 16);
        if (!ok)
            return false;
        pos = eol + 2;
        if (size == 0) {
            const qsizetype end = data.indexOf("\r\n", pos);
            if (end < 0)
                return false;
            *consumed = end + 2;
            return true;
        }
        if (data.size() < pos + size + 2)
            return false;
        out->append(data.mid(pos, size));
        pos += size + 2;
    }
}

void SandboxHttpListener::processBuffer(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    Connection *conn = &it.value();
    conn->buffer.append(socket->readAll());
    while (!conn->busy) {
        const qsizetype headerEnd = conn->buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            if (conn->buffer.size() > MaxHeaderBytes)
                socket->abort();
            return;
        }
        const QList<QByteArray> lines = conn->buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        if (requestLine.size() < 3) {
            send(socket, SandboxHttpResponse::html(400, QStringLiteral("Bad request line")), false);
            return;
        }
        SandboxHttpRequest request;
        request.method = requestLine.at(0).toUpper();
        request.peer = socket->peerAddress();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                request.headers.append(
                    { line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed() });
        }
        const QUrl url = QUrl::fromEncoded(requestLine.at(1));
        request.path = url.path(QUrl::FullyDecoded);
        request.query = QUrlQuery(url.query(QUrl::FullyEncoded));
        const bool http10 = requestLine.at(2).trimmed() == "HTTP/1.0";
        const QByteArray connectionHeader = request.header("connection").toLower();
        const bool keepAlive = http10 ? connectionHeader == "keep-alive" : connectionHeader != "close";

        qsizetype consumed = headerEnd + 4;
        if (request.header("transfer-encoding").toLower().contains("chunked")) {
            qsizetype used = 0;
            if (!decodeChunked(conn->buffer, headerEnd + 4, &request.body, &used))
                return;
            consumed = used;
        } else {
            const qsizetype length = request.header("content-length").toLongLong();
            if (length < 0 || length > MaxBodyBytes) {
                send(socket, SandboxHttpResponse::html(413, QStringLiteral("Too large")), false);
                return;
            }
            if (length > 0 && request.header("expect").toLower() == "100-continue" && !conn->continueSent
                && conn->buffer.size() < headerEnd + 4 + length) {
                conn->continueSent = true;
                socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            }
            if (conn->buffer.size() < headerEnd + 4 + length)
                return;
            request.body = conn->buffer.mid(headerEnd + 4, length);
            consumed = headerEnd + 4 + length;
        }
        conn->buffer.remove(0, consumed);
        conn->continueSent = false;

        ++m_inFlight;
        SandboxHttpResponse response = m_handler(request);
        if (response.delayMs <= 0) {
            --m_inFlight;
            if (response.drop) {
                socket->abort();
                return;
            }
            send(socket, response, keepAlive);
            if (!keepAlive)
                return;
            continue;
        }
        conn->busy = true;
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(response.delayMs, this, [this, guard, response, keepAlive] {
            --m_inFlight;
            if (!guard)
                return;
            if (response.drop) {
                guard->abort();
                return;
            }
            send(guard, response, keepAlive);
            auto c = m_connections.find(guard.data());
            if (c != m_connections.end()) {
                c->busy = false;
                if (keepAlive && !c->buffer.isEmpty())
                    processBuffer(guard);
            }
        });
        return;
    }
}

void SandboxHttpListener::send(QTcpSocket *socket, const SandboxHttpResponse &response, bool keepAlive)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + SandboxHttpResponse::reasonPhrase(response.status) + "\r\n";
    for (const auto &h : response.headers)
        out += h.first + ": " + h.second + "\r\n";
    const bool noBody = response.status == 204 || response.status == 304;
    if (!noBody)
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    out += "\r\n";
    if (!noBody)
        out += response.body;
    socket->write(out);
    if (!keepAlive)
        socket->disconnectFromHost();
    qCDebug(lcSandbox) << "answered" << response.status << response.body.size() << "bytes";
}
