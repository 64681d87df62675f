#include "authorizationcallback.h"

#include <QUrlQuery>

AuthorizationCallback AuthorizationCallback::fromUrl(const QUrl &url)
{
    const QUrlQuery query(url);
    AuthorizationCallback callback;
    auto take = [&](const char *name, QString *value, bool *present = nullptr) {
        const QString key = QString::fromLatin1(name);
        const QStringList values = query.allQueryItemValues(key, QUrl::FullyDecoded);
        if (values.size() > 1)
            callback.ambiguous = true;
        if (present)
            *present = !values.isEmpty();
        if (!values.isEmpty())
            *value = values.first();
    };
    take("code", &callback.code);
    take("state", &callback.state, &callback.hasState);
    take("location", &callback.location);
    take("accounts-server", &callback.accountsServerText);
    take("error", &callback.error);
    take("error_description", &callback.errorDescription);
    if (!callback.accountsServerText.isEmpty())
        callback.accountsServer = QUrl(callback.accountsServerText, QUrl::StrictMode);
    return callback;
}
