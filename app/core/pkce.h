#pragma once

#include <QString>

// Proof Key for Code Exchange (RFC 7636) with the S256 method: the verifier stays with us, the
// challenge goes in the authorization URL, the verifier in the token request.
class Pkce
{
public:
    static Pkce generate(); // a fresh 43-character verifier and its challenge

    // BASE64URL(SHA256(ASCII(verifier))) without padding.
    static QString s256Challenge(const QString &verifier);
    static QString method() { return QStringLiteral("S256"); }

    const QString &verifier() const { return m_verifier; }
    const QString &challenge() const { return m_challenge; }

private:
    QString m_verifier;
    QString m_challenge;
};
