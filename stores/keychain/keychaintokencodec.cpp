#include "keychaintokencodec.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QString kVersionKey = QStringLiteral("zcrm_token_format");
constexpr int kFormatVersion = 1;

const QStringList &allFieldNames()
{
    static const QStringList names = Token::sdkFieldNames() + Token::extraFieldNames();
    return names;
}

bool isContinuationByte(char byte)
{
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

} // namespace

QByteArray KeychainTokenCodec::encode(const Token &token)
{
    // Field names as in the SDK's table, values as text, so `secret-tool` shows something readable.
    QJsonObject object { { kVersionKey, kFormatVersion } };
    for (const QString &name : allFieldNames()) {
        const QString value = token.field(name);
        if (!value.isEmpty())
            object.insert(name, value);
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<Token> KeychainTokenCodec::decode(const QByteArray &blob)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(blob, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    if (object.value(kVersionKey).toInt() != kFormatVersion)
        return std::nullopt;
    Token token;
    for (const QString &name : allFieldNames()) {
        const QJsonValue value = object.value(name);
        if (value.isString())
            token.setField(name, value.toString());
    }
    return token;
}

QList<QByteArray> KeychainTokenCodec::split(const QByteArray &blob, int maxPartBytes)
{
    QList<QByteArray> parts;
    qsizetype start = 0;
    while (start < blob.size()) {
        qsizetype end = std::min<qsizetype>(start + maxPartBytes, blob.size());
        // Never cut a multi-byte character (at most 3 continuation bytes follow a lead byte).
        while (end < blob.size() && end > start + 1 && isContinuationByte(blob.at(end)))
            --end;
        parts.append(blob.mid(start, end - start));
        start = end;
    }
    if (parts.isEmpty())
        parts.append(QByteArray());
    return parts;
}
