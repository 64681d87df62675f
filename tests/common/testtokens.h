#pragma once

#include "token.h"

#include <QByteArray>
#include <QString>

// What several store tests need: a complete token for a user, and a file's fingerprint to prove
// that a failed operation left it byte for byte as it was.
namespace TestTokens {

// A token as a sign-in leaves it: client, secret, refresh and access token, expiry, redirect, API domain.
Token signedIn(const QString &user, const QString &refreshToken = QString());

// SHA-256 of a file's bytes, hex; empty when it cannot be read.
QByteArray fileChecksum(const QString &path);

} // namespace TestTokens
