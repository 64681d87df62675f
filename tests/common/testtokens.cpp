#include "testtokens.h"

#include <QCryptographicHash>
#include <QFile>

namespace TestTokens {

Token signedIn(const QString &user, const QString &refreshToken)
{
    Token token;
    token.userName = user;
    token.clientId = QStringLiteral("1000.CLIENT");
    token.clientSecret = QStringLiteral("secret-") + user;
    token.refreshToken = refreshToken.isEmpty() ? QStringLiteral("1000.refresh.") + user : refreshToken;
    token.accessToken = QStringLiteral("1000.access.") + user;
    token.expiryTime = 1795871772151;
    token.redirectUrl = QStringLiteral("http://localhost:8400/callback");
    token.apiDomain = QStringLiteral("https://www.zohoapis.com");
    return token;
}

QByteArray fileChecksum(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

} // namespace TestTokens
