#pragma once

#include "accesstokenprovider.h"
#include "oautherror.h"
#include "storeerror.h"
#include "token.h"

// The AccessTokenResult answers that the token service, its revoker and the scheduler give, worded once.
namespace TokenResults {

AccessTokenResult success(const Token &token);
AccessTokenResult failure(AccessTokenResult::Failure failure, const QString &message, const QString &tokenId);
// invalid_code: needs a new sign-in; a network fault: Network; anything else Zoho said: OAuth.
AccessTokenResult forOAuthError(const OAuthError &error, const QString &tokenId);
AccessTokenResult forStoreError(const StoreError &error, const QString &tokenId);

} // namespace TokenResults
