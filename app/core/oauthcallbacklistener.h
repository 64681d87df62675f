#pragma once

#include "authorizationcallback.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

// The loopback end of the browser sign-in: a tiny HTTP listener on the redirect URI.
// - Listens on the loopback interface only: 127.0.0.1, and also ::1 when the redirect host is
//   "localhost" (browsers try both); never on a public address.
// - Reads at most kMaxRequestBytes per request and answers every request with a small HTML page.
// - A request for another path gets 404. A callback whose state does not match (or with neither
//   code nor error, or a repeated parameter) gets 400 and callbackRejected(); the listener keeps
//   waiting, so a stray or forged request cannot abort a sign-in in progress.
// - The first matching callback is emitted once and the listener stops listening at once.
// A denial (error=…) is accepted with the right state only: without it any web page could end the
// sign-in (RFC 6749 returns the state with an error too).
class OAuthCallbackListener : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxRequestBytes = 8 * 1024;
    static constexpr int kIdleConnectionMs = 15000;

    explicit OAuthCallbackListener(QObject *parent = nullptr);
    ~OAuthCallbackListener() override;

    // `redirectUri`: http://localhost:PORT/PATH, http://127.0.0.1:PORT/PATH or http://[::1]:PORT/PATH.
    // PORT 0 picks a free port, and redirectUri() then names it. False with *error when the URI is
    // not a loopback http URI or the port cannot be bound.
    bool listen(const QString &redirectUri, QString *error = nullptr);
    // Empty, or why `redirectUri` cannot be listened on (not http, not loopback, no port, a port above
    // 65535): the caller's mistake, found before any port is bound.
    static QString redirectUriProblem(const QString &redirectUri);
    bool isListening() const;
    // The redirect URI as given, with the real port when 0 was asked for.
    const QString &redirectUri() const { return m_redirectUri; }
    quint16 port() const { return m_port; }

    void setExpectedState(const QString &state) { m_expectedState = state; }

    // Stops listening and drops open connections.
    void close();

Q_SIGNALS:
    void callbackReceived(const AuthorizationCallback &callback);
    void callbackRejected(const QString &reason);

private:
    void acceptConnections(QTcpServer *server);
    void readRequest(QTcpSocket *socket);
    void handleRequest(QTcpSocket *socket, const QByteArray &requestLine);
    void respond(QTcpSocket *socket, int status, const QString &title, const QString &text);
    void stopListening();

    QList<QTcpServer *> m_servers;
    QList<QTcpSocket *> m_sockets;
    QString m_redirectUri;
    QString m_path;
    quint16 m_port = 0;
    QString m_expectedState;
    bool m_done = false;
};
