#pragma once

#include "oautherror.h"
#include "token.h"

#include <QMetaType>
#include <QString>

// The outcome of a sign-in: a token ready to be saved (it has no id yet), or why there is none.
class SignInResult
{
public:
    OAuthError error;
    Token token;
    // Set when the user's e-mail could not be looked up: the token works, but has no user_name.
    QString userLookupError;

    bool ok() const { return error.isNone(); }
};

Q_DECLARE_METATYPE(SignInResult)
