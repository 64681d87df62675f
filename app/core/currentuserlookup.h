#pragma once

#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

// The signed-in user's e-mail, from GET {api_domain}/crm/v8/users?type=CurrentUser, which is how the
// SDK fills user_name (find_user). One small request of its own, so the sign-in does not depend on
// the CRM client. Needs the ZohoCRM.users.READ scope.
class CurrentUserLookup : public QObject
{
    Q_OBJECT
public:
    // `email` is empty on failure, and `error` then says why (one line, no secret).
    using Callback = std::function<void(const QString &email, const QString &error)>;

    explicit CurrentUserLookup(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    void lookup(const QUrl &apiDomain, const QString &accessToken, Callback callback);

    // The e-mail in a users answer ({"users":[{"email":…}]}); empty if there is none.
    static QString emailFromAnswer(const QByteArray &body);

private:
    QNetworkAccessManager *m_network;
    int m_timeoutMs = 30000;
};
