#include "oauthcallbacklistener.h"

#include "displaytext.h"
#include "oauthlogging.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace {

const char kBufferProperty[] = "zcrmRequestBuffer";

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 431:
        return "Request Header Fields Too Large";
    default:
        return "Error";
    }
}

} // namespace

OAuthCallbackListener::OAuthCallbackListener(QObject *parent)
    : QObject(parent)
{ }

OAuthCallbackListener::~OAuthCallbackListener()
{
    close();
}

QString OAuthCallbackListener::redirectUriProblem(const QString &redirectUri)
{
    const QString quoted = DisplayText::quoted(redirectUri);
    // QUrl calls a port above 65535 just "invalid": name it.
    static const QRegularExpression authorityPort(
        QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*:([0-9]+)(?:[/?#]|$)"));
    if (const QRegularExpressionMatch port = authorityPort.match(redirectUri);
        port.hasMatch() && (port.captured(1).size() > 5 || port.captured(1).toInt() > 65535))
        return QStringLiteral("the redirect URI %1 names port %2; a port is at most 65535")
            .arg(quoted, DisplayText::quoted(port.captured(1)));
    const QUrl url(redirectUri, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("http"))
        return QStringLiteral("the redirect URI %1 must be an http:// URL on this computer").arg(quoted);
    if (url.port() < 0)
        return QStringLiteral("the redirect URI %1 must name a port, e.g. http://localhost:8765/callback")
            .arg(quoted);
    const QString host = url.host();
    if (host != QLatin1String("localhost") && host != QLatin1String("127.0.0.1")
        && host != QLatin1String("::1"))
        return QStringLiteral(
                   "the redirect URI %1 must be on localhost, 127.0.0.1 or [::1]: the listener only "
                   "listens on this computer")
            .arg(quoted);
    return {};
}

bool OAuthCallbackListener::listen(const QString &redirectUri, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    close();
    m_done = false;
    if (const QString problem = redirectUriProblem(redirectUri); !problem.isEmpty())
        return fail(problem);
    const QUrl url(redirectUri, QUrl::StrictMode);
    const QString host = url.host();
    QList<QHostAddress> addresses;
    bool ipv6Optional = false;
    if (host == QLatin1String("localhost")) {
        addresses = { QHostAddress(QHostAddress::LocalHost), QHostAddress(QHostAddress::LocalHostIPv6) };
        ipv6Optional = true;
    } else if (host == QLatin1String("127.0.0.1")) {
        addresses = { QHostAddress(QHostAddress::LocalHost) };
    } else {
        addresses = { QHostAddress(QHostAddress::LocalHostIPv6) };
    }

    quint16 port = static_cast<quint16>(url.port());
    for (const QHostAddress &address : addresses) {
        auto *server = new QTcpServer(this);
        if (!server->listen(address, port)) {
            const QString why = server->errorString();
            delete server;
            if (ipv6Optional && address == QHostAddress(QHostAddress::LocalHostIPv6)) {
                qCDebug(lcOAuth) << "no IPv6 loopback listener:" << why;
                continue;
            }
            close();
            return fail(QStringLiteral("cannot listen on %1 port %2 for the redirect URI: %3")
                            .arg(address.toString())
                            .arg(port)
                            .arg(why));
        }
        port = server->serverPort();
        connect(server, &QTcpServer::newConnection, this, [this, server] { acceptConnections(server); });
        m_servers.append(server);
    }
    m_port = port;
    m_path = url.path().isEmpty() ? QStringLiteral("/") : url.path();
    m_redirectUri = redirectUri;
    if (url.port() == 0) {
        // Keep the caller's spelling; only the port changes.
        const QString portText = QStringLiteral(":0");
        const qsizetype at = redirectUri.indexOf(portText, redirectUri.indexOf(QLatin1String("//")) + 2);
        if (at >= 0)
            m_redirectUri = redirectUri.left(at) + QLatin1Char(':') + QString::number(m_port)
                + redirectUri.mid(at + portText.size());
    }
    qCInfo(lcOAuth).noquote() << "listening for the OAuth callback on" << host << "port" << m_port;
    return true;
}

bool OAuthCallbackListener::isListening() const
{
    return !m_servers.isEmpty();
}

void OAuthCallbackListener::close()
{
    stopListening();
    // Connections still waiting for a request are dropped; an answer being written is let finish.
    const QList<QTcpSocket *> sockets = m_sockets;
    for (QTcpSocket *socket : sockets) {
        if (socket->property("zcrmAnswered").toBool())
            continue;
        m_sockets.removeAll(socket);
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

void OAuthCallbackListener::stopListening()
{
    for (QTcpServer *server : std::as_const(m_servers)) {
        server->close();
        server->deleteLater();
    }
    m_servers.clear();
}

void OAuthCallbackListener::acceptConnections(QTcpServer *server)
{
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        socket->setParent(this);
        m_sockets.append(socket);
        auto *idle = new QTimer(socket);
        idle->setSingleShot(true);
        connect(idle, &QTimer::timeout, socket, &QTcpSocket::abort);
        idle->start(kIdleConnectionMs);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readRequest(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_sockets.removeAll(socket);
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            readRequest(socket);
    }
}

void OAuthCallbackListener::readRequest(QTcpSocket *socket)
{
    if (socket->property("zcrmAnswered").toBool()) {
        socket->readAll(); // drain, so that closing does not reset the connection
        return;
    }
    QByteArray buffer = socket->property(kBufferProperty).toByteArray();
    buffer += socket->read(kMaxRequestBytes + 1 - buffer.size());
    socket->setProperty(kBufferProperty, buffer);
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (buffer.size() > kMaxRequestBytes) {
            respond(socket, 431, OAuthCallbackListener::tr("Request too large"),
                    OAuthCallbackListener::tr("This request is larger than a sign-in callback can be."));
        }
        return;
    }
    handleRequest(socket, buffer.left(buffer.indexOf("\r\n")));
}

void OAuthCallbackListener::handleRequest(QTcpSocket *socket, const QByteArray &requestLine)
{
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !parts.at(2).startsWith("HTTP/")) {
        respond(socket, 400, OAuthCallbackListener::tr("Bad request"),
                QStringLiteral("This is not an HTTP request."));
        return;
    }
    if (parts.at(0) != "GET") {
        respond(socket, 405, OAuthCallbackListener::tr("Method not allowed"),
                OAuthCallbackListener::tr("The sign-in callback only answers GET."));
        return;
    }
    const QUrl target(QStringLiteral("http://localhost") + QString::fromLatin1(parts.at(1)),
                      QUrl::TolerantMode);
    if (m_done || target.path() != m_path) {
        respond(socket, 404, OAuthCallbackListener::tr("Not found"), QStringLiteral("Nothing here."));
        return;
    }
    const AuthorizationCallback callback = AuthorizationCallback::fromUrl(target);
    auto reject = [&](const QString &reason) {
        qCWarning(lcOAuth).noquote() << "refused an OAuth callback:" << reason;
        respond(socket, 400, OAuthCallbackListener::tr("Sign-in callback refused"),
                reason + QStringLiteral(" ZCRM Explorer keeps waiting for the right one."));
        Q_EMIT callbackRejected(reason);
    };
    if (callback.ambiguous) {
        reject(OAuthCallbackListener::tr("The callback repeats one of its parameters."));
        return;
    }
    if (!callback.hasCode() && !callback.isError()) {
        reject(OAuthCallbackListener::tr("The callback has neither a code nor an error."));
        return;
    }
    // An error callback needs the state too (RFC 6749, "Error Response" of the authorization code
    // grant, returns it): else any web page the user has open could end a sign-in in progress.
    const bool stateMatches = callback.hasState && callback.state == m_expectedState;
    if (!stateMatches) {
        reject(callback.hasState ? OAuthCallbackListener::tr(
                   "The callback's state does not match this sign-in (an old tab or a "
                   "forged link?).")
                                 : OAuthCallbackListener::tr("The callback has no state."));
        return;
    }

    m_done = true;
    if (callback.isError()) {
        respond(
            socket, 200, OAuthCallbackListener::tr("Access denied"),
            OAuthCallbackListener::tr("Zoho reported \"%1\". You can close this tab.").arg(callback.error));
    } else {
        respond(socket, 200, OAuthCallbackListener::tr("Authorization received"),
                QStringLiteral("ZCRM Explorer received the authorization and is finishing the sign-in. "
                               "You can close this tab."));
    }
    stopListening();
    Q_EMIT callbackReceived(callback);
}

void OAuthCallbackListener::respond(QTcpSocket *socket, int status, const QString &title, const QString &text)
{
    const QByteArray body = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                                           "<title>ZCRM Explorer: %1</title></head>\n<body><h1>%1</h1>"
                                           "<p>%2</p></body></html>\n")
                                .arg(title.toHtmlEscaped(), text.toHtmlEscaped())
                                .toUtf8();
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    head += "Content-Type: text/html; charset=utf-8\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    head += "Cache-Control: no-store\r\n";
    head += "Referrer-Policy: no-referrer\r\n";
    head += "Content-Security-Policy: default-src 'none'\r\n";
    head += "Connection: close\r\n\r\n";
    socket->setProperty("zcrmAnswered", true);
    socket->setProperty(kBufferProperty, QVariant());
    socket->write(head + body);
    // Handed to the system now: the process may end as soon as the sign-in does (a denial ends it at
    // once), and the browser must still get its page rather than an empty reply.
    socket->flush();
    socket->disconnectFromHost();
}
