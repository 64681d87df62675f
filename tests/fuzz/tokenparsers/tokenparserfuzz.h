#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <random>

// Random input for the readers of hostile bytes: the SDK token CSV (SdkTokenFile), the keychain's token
// JSON (KeychainTokenCodec) and the token endpoint's answer (TokenResponse). Each check returns an
// empty string, or the property that broke:
// - nothing a reader accepts breaks TokenRules, so a store never writes it back in a form it refuses;
// - what is accepted survives a write and a read unchanged;
// - an absurd lifetime never becomes an expiry time.
// Shared by the bounded CTest run (tst_tokenparserfuzz) and the long one (zcrm-fuzz-tokenparsers).
class TokenParserFuzz
{
public:
    struct Input
    {
        QString name; // the corpus file it came from
        QByteArray bytes;
    };

    // Every file of tests/data/file (CSV) and tests/data/json (JSON) under `dataDir`.
    static QList<Input> corpus(const QString &dataDir);

    static QString checkCsv(const QByteArray &bytes);
    static QString checkKeychainJson(const QByteArray &bytes);
    static QString checkTokenResponse(const QByteArray &bytes);
    // All three: each reader gets every input.
    static QString checkAll(const QByteArray &bytes);

    // One random edit of `bytes`: flips, inserted CSV and JSON syntax, cut or repeated runs, huge numbers.
    static QByteArray mutate(const QByteArray &bytes, std::mt19937_64 &random);
};
