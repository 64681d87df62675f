#include "securerandom.h"

#include <QByteArray>
#include <QRandomGenerator>

namespace SecureRandom {

QString urlSafeString(int byteCount)
{
    QByteArray bytes(byteCount, Qt::Uninitialized);
    // QRandomGenerator::system() reads the operating system's cryptographic source.
    QRandomGenerator *generator = QRandomGenerator::system();
    for (char &byte : bytes)
        byte = static_cast<char>(generator->bounded(256));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace SecureRandom
