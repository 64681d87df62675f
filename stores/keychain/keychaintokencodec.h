#pragma once

#include "token.h"

#include <QByteArray>
#include <QList>

#include <optional>

// A token as one compact JSON blob (UTF-8), split into parts that each fit one keychain entry.
class KeychainTokenCodec
{
public:
    // At most this many bytes per entry: older QtKeychain releases on Windows store at most 2,560.
    static constexpr int kMaxPartBytes = 2000;

    static QByteArray encode(const Token &token);
    // nullopt when `blob` is not a token written by encode().
    static std::optional<Token> decode(const QByteArray &blob);

    // Splits at UTF-8 character boundaries, so that every part is valid text on its own.
    static QList<QByteArray> split(const QByteArray &blob, int maxPartBytes = kMaxPartBytes);
};
