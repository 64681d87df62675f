#pragma once

// Real HTTP over loopback for the sandbox tests, with a local event loop.

#include "sandboxserver.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

struct HttpReply
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    QUrlQuery locationQuery() const { return QUrlQuery(QUrl::fromEncoded(header("Location")).query()); }
};

inline QNetworkRequest makeRequest(const QUrl &url, const QByteArray &token = {})
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Zoho-oauthtoken " + token);
    return request;
}

inline HttpReply waitFor(QNetworkReply *reply, int timeoutMs = 10000)
{
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpReply r;
    r.elapsedMs = timer.elapsed();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.json = QJsonDocument::fromJson(r.body).object();
    r.error = reply->error();
    r.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return r;
}

inline HttpReply send(QNetworkAccessManager &nam, const QByteArray &method, const QNetworkRequest &request,
                      const QByteArray &body = {})
{
    QNetworkRequest req = request;
    if (!body.isEmpty() && req.header(QNetworkRequest::ContentTypeHeader).isNull())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
    return waitFor(nam.sendCustomRequest(req, method, body));
}

inline HttpReply get(QNetworkAccessManager &nam, const QUrl &url, const QByteArray &token = {})
{
    return waitFor(nam.get(makeRequest(url, token)));
}

inline QUrl withPath(QUrl base, const QString &path, const QUrlQuery &query = {})
{
    base.setPath(path);
    base.setQuery(query);
    return base;
}

inline QByteArray formBody(const QList<QPair<QString, QString>> &items)
{
    QByteArray out;
    for (const auto &i : items) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(i.first) + '=' + QUrl::toPercentEncoding(i.second);
    }
    return out;
}

// An offline token pair for the default client through a Self Client style grant code.
inline QJsonObject grantTokens(SandboxServer &server, QNetworkAccessManager &nam, const QString &scopes,
                               const QString &dc = QStringLiteral("us"), const QString &email = {})
{
    const QString code = server.createGrantCode(scopes, email, dc);
    return send(nam, "POST", makeRequest(withPath(server.accountsUrl(dc), QStringLiteral("/oauth/v2/token"))),
                formBody({ { "grant_type", "authorization_code" },
                           { "client_id", server.clientId() },
                           { "client_secret", server.clientSecret() },
                           { "code", code } }))
        .json;
}
