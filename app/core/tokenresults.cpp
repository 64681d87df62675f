#include "tokenresults.h"

#include <QCoreApplication>

namespace TokenResults {

AccessTokenResult success(const Token &token)
{
    AccessTokenResult result;
    result.tokenId = token.id;
    result.accessToken = token.accessToken;
    result.apiDomain = token.apiDomain;
    result.expiryTime = token.expiryTime;
    return result;
}

AccessTokenResult failure(AccessTokenResult::Failure kind, const QString &message, const QString &tokenId)
{
    AccessTokenResult result;
    result.failure = kind;
    result.message = message;
    result.tokenId = tokenId;
    return result;
}

AccessTokenResult forOAuthError(const OAuthError &error, const QString &tokenId)
{
    if (error.kind() == OAuthError::Kind::InvalidCode)
        return failure(AccessTokenResult::Failure::NeedsReauthorization,
                       QCoreApplication::translate("TokenService", "token %1 needs a new sign-in: %2")
                           .arg(tokenId, error.message()),
                       tokenId);
    return failure(
        error.isNetwork() ? AccessTokenResult::Failure::Network : AccessTokenResult::Failure::OAuth,
        QCoreApplication::translate("TokenService", "token %1: %2").arg(tokenId, error.message()), tokenId);
}

AccessTokenResult forStoreError(const StoreError &error, const QString &tokenId)
{
    if (error.code() == StoreError::Code::NotFound)
        return failure(AccessTokenResult::Failure::NotFound, error.toString(), tokenId);
    return failure(AccessTokenResult::Failure::Store, error.toString(), tokenId);
}

} // namespace TokenResults
