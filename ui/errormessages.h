#pragma once

#include "oautherror.h"
#include "storeerror.h"

#include <QCoreApplication>
#include <QString>

// Errors as sentences a person can act on, for the dialogs: Zoho's and our OAuth errors, and store
// errors. Never names a CLI command; never holds a secret (neither error type carries one).
class ErrorMessages
{
    Q_DECLARE_TR_FUNCTIONS(ErrorMessages)
public:
    enum class Flow { Browser, GrantToken };

    // What went wrong in a sign-in and what to do. `redirectUri` is named for redirect and port errors.
    static QString signIn(const OAuthError &error, Flow flow, const QString &redirectUri = QString());
    // A store that failed (opening, reading, writing): the reason and what to check.
    static QString store(const StoreError &error);
    // A callback that did not belong to this sign-in; the sign-in keeps waiting.
    static QString rejectedCallback(const QString &reason);
};
