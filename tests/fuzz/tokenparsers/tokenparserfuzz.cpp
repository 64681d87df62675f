#include "tokenparserfuzz.h"

#include "keychaintokencodec.h"
#include "sdktokenfile.h"
#include "tokenresponse.h"
#include "tokenrules.h"

#include <QDir>
#include <QFile>

namespace {

constexpr qint64 kNowMs = 1'700'000'000'000;

// Fragments that reach the readers' corners: separators, quotes, line ends, sign and space in numbers,
// numbers beyond qint64 and beyond year 9999, control and multi-byte characters.
const QList<QByteArray> &fragments()
{
    static const QList<QByteArray> list {
        ",",
        "\"",
        "\"\"",
        "\r\n",
        "\n",
        "\r",
        "\xEF\xBB\xBF",
        QByteArray(1, '\0'),
        "\x1b[2J",
        "\xC3\xA9",
        "\xE6\x9D\xB1",
        "\xFF",
        " ",
        "+",
        "-",
        "0",
        "007",
        "9223372036854775807",
        "9223372036854775808",
        "1000000000000000000",
        "253402300800000",
        "999999999999999",
        "1e308",
        "NaN",
        "{",
        "}",
        "[",
        "]",
        ":",
        "\"expires_in\":",
        "\"expires_in_sec\":",
        "\"id\":\"",
        "\"expiry_time\":\"",
        "\"created_at\":\"",
        "null",
        "true",
        "-1",
        "id,user_name,client_id,client_secret,refresh_token,access_token,grant_token,expiry_time,redirect_"
        "uri,"
        "api_domain\r\n",
    };
    return list;
}

QString describe(const Token &token)
{
    return QStringLiteral("id %1, expiry %2").arg(token.id).arg(token.expiryTime);
}

} // namespace

QList<TokenParserFuzz::Input> TokenParserFuzz::corpus(const QString &dataDir)
{
    QList<Input> inputs;
    for (const char *folder : { "file", "json" }) {
        QDir dir(dataDir + QLatin1Char('/') + QLatin1String(folder));
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            if (name.endsWith(QLatin1String(".md")) || !file.open(QIODevice::ReadOnly))
                continue;
            inputs.append({ QLatin1String(folder) + QLatin1Char('/') + name, file.readAll() });
        }
    }
    return inputs;
}

QString TokenParserFuzz::checkCsv(const QByteArray &bytes)
{
    const SdkTokenFile::Contents contents = SdkTokenFile::parse(bytes);
    if (!contents.ok())
        return contents.tokens.isEmpty() ? QString() : QStringLiteral("csv: refused, yet tokens came out");
    for (const Token &token : contents.tokens) {
        // A legacy file may hold text ids; every other rule holds for every file.
        if (const QString problem = TokenRules::tokenProblem(token, !contents.format.isLegacy());
            !problem.isEmpty())
            return QStringLiteral("csv: accepted a row the rules refuse (%1): %2")
                .arg(describe(token), problem);
    }
    const QByteArray written = SdkTokenFile::serialize(contents.format, contents.tokens);
    const SdkTokenFile::Contents again = SdkTokenFile::parse(written);
    if (!again.ok())
        return QStringLiteral("csv: what was written back does not read: line %1: %2")
            .arg(again.errorLine)
            .arg(again.error);
    if (again.tokens != contents.tokens)
        return QStringLiteral("csv: %1 tokens read, written and read again differ")
            .arg(contents.tokens.size());
    if (SdkTokenFile::serialize(again.format, again.tokens) != written)
        return QStringLiteral("csv: a second write differs from the first");
    return {};
}

QString TokenParserFuzz::checkKeychainJson(const QByteArray &bytes)
{
    const std::optional<Token> token = KeychainTokenCodec::decode(bytes);
    if (!token)
        return {};
    if (const QString problem = TokenRules::tokenProblem(*token, false); !problem.isEmpty())
        return QStringLiteral("keychain json: decoded a token the rules refuse (%1): %2")
            .arg(describe(*token), problem);
    const std::optional<Token> again = KeychainTokenCodec::decode(KeychainTokenCodec::encode(*token));
    if (!again || *again != *token)
        return QStringLiteral("keychain json: a token does not survive encode and decode");
    return {};
}

QString TokenParserFuzz::checkTokenResponse(const QByteArray &bytes)
{
    const TokenResponse response = TokenResponse::parse(200, bytes, kNowMs);
    if (!response.ok())
        return response.error().message().contains(QLatin1String("1000.access"))
            ? QStringLiteral("token response: an error message holds the access token")
            : QString();
    if (response.expiresInMs <= 0 || response.expiresInMs > TokenResponse::kMaxLifetimeMs)
        return QStringLiteral("token response: accepted a lifetime of %1 ms").arg(response.expiresInMs);
    if (!TokenRules::timeProblem(response.expiryTime, "expiry_time").isEmpty()
        || response.expiryTime != kNowMs + response.expiresInMs)
        return QStringLiteral("token response: expiry %1 is not now + lifetime").arg(response.expiryTime);
    return {};
}

QString TokenParserFuzz::checkAll(const QByteArray &bytes)
{
    for (auto check : { &TokenParserFuzz::checkCsv, &TokenParserFuzz::checkKeychainJson,
                        &TokenParserFuzz::checkTokenResponse }) {
        if (QString failure = check(bytes); !failure.isEmpty())
            return failure;
    }
    return {};
}

QByteArray TokenParserFuzz::mutate(const QByteArray &bytes, std::mt19937_64 &random)
{
    QByteArray out = bytes;
    auto pick = [&random](qsizetype bound) {
        return bound <= 0 ? qsizetype(0) : qsizetype(random() % quint64(bound));
    };
    const int edits = 1 + int(random() % 4);
    for (int i = 0; i < edits; ++i) {
        const qsizetype at = pick(out.size() + 1);
        switch (random() % 6) {
        case 0: // flip a byte
            if (!out.isEmpty())
                out[pick(out.size())] = char(random() & 0xff);
            break;
        case 1:
        case 2: // insert syntax or a number from the corners
            out.insert(at, fragments().at(pick(fragments().size())));
            break;
        case 3: // cut a run
            out.remove(at, pick(16) + 1);
            break;
        case 4: // repeat a run
            out.insert(at, out.mid(pick(out.size()), pick(64) + 1));
            break;
        case 5: // replace a digit run by another number
            for (qsizetype p = at; p < out.size(); ++p) {
                if (out.at(p) >= '0' && out.at(p) <= '9') {
                    qsizetype end = p;
                    while (end < out.size() && out.at(end) >= '0' && out.at(end) <= '9')
                        ++end;
                    out.replace(p, end - p, fragments().at(13 + pick(9)));
                    break;
                }
            }
            break;
        }
    }
    return out.left(1 << 20);
}
