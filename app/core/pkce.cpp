#include "pkce.h"

#include "securerandom.h"

#include <QCryptographicHash>

Pkce Pkce::generate()
{
    Pkce pkce;
    // 32 bytes give the 43 characters RFC 7636 §4.1 recommends (256 bits of entropy).
    pkce.m_verifier = SecureRandom::urlSafeString(32);
    pkce.m_challenge = s256Challenge(pkce.m_verifier);
    return pkce;
}

QString Pkce::s256Challenge(const QString &verifier)
{
    const QByteArray digest = QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256);
    return QString::fromLatin1(
        digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
