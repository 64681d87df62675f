#include "currentuserlookup.h"

#include "oauthlogging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

#include <memory>
#include <utility>

CurrentUserLookup::CurrentUserLookup(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{ }

QString CurrentUserLookup::emailFromAnswer(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonArray users = document.object().value(QLatin1String("users")).toArray();
    if (users.isEmpty())
        return {};
    return users.first().toObject().value(QLatin1String("email")).toString().trimmed();
}

void CurrentUserLookup::lookup(const QUrl &apiDomain, const QString &accessToken, Callback callback)
{
    QUrl url = apiDomain;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/crm/v8/users"));
    url.setQuery(QStringLiteral("type=CurrentUser"));

    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Zoho-oauthtoken " + accessToken.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_network->get(request);

    auto timedOut = std::make_shared<bool>(false);
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    timer->start(m_timeoutMs);
    connect(reply, &QNetworkReply::finished, this, [reply, timedOut, url, callback = std::move(callback)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->read(1024 * 1024);
        QString error;
        QString email;
        if (*timedOut)
            error = CurrentUserLookup::tr("no answer from %1 in time").arg(url.host());
        else if (status <= 0)
            error = CurrentUserLookup::tr("cannot reach %1: %2").arg(url.host(), reply->errorString());
        else if (status != 200)
            error = CurrentUserLookup::tr(
                        "%1 answered HTTP %2 to users?type=CurrentUser (is the ZohoCRM.users.READ "
                        "scope granted?)")
                        .arg(url.host())
                        .arg(status);
        else if ((email = emailFromAnswer(body)).isEmpty())
            error = CurrentUserLookup::tr("the answer of users?type=CurrentUser names no e-mail");
        if (!error.isEmpty())
            qCWarning(lcOAuth).noquote() << "current user lookup failed:" << error;
        callback(email, error);
    });
}
