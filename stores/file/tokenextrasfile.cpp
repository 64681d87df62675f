#include "tokenextrasfile.h"

#include "csvcodec.h"

#include <QCoreApplication>
#include <QHash>

#include <vector>

namespace {

const QString kId = QStringLiteral("id");
const QString kFingerprint = QStringLiteral("row_fingerprint");
const QString kApiDomain = QStringLiteral("api_domain");
const QString kState = QStringLiteral("state");
const QString kLineEnding = QStringLiteral("\r\n");

QStringList columns()
{
    return QStringList { kId, kFingerprint } + Token::extraFieldNames() + QStringList { kApiDomain };
}

bool hasExtras(const Token &token, bool legacy)
{
    return !token.accountsServer.isEmpty() || !token.scopes.isEmpty() || !token.dataCenter.isEmpty()
        || !token.environment.isEmpty() || token.createdAt > 0 || token.updatedAt > 0
        || token.state != Token::RefreshOutcome::Active || !token.lastError.isEmpty()
        || (legacy && !token.apiDomain.isEmpty());
}

void fnv1a(quint64 &hash, QStringView text)
{
    for (QChar c : text) {
        hash ^= c.unicode();
        hash *= 0x100000001b3ULL;
    }
    hash ^= 0xffffU; // separator, not a UTF-16 character
    hash *= 0x100000001b3ULL;
}

} // namespace

QString TokenExtrasFile::fingerprint(const Token &token)
{
    quint64 hash = 0xcbf29ce484222325ULL;
    fnv1a(hash, token.clientId);
    fnv1a(hash, token.refreshToken);
    if (token.refreshToken.isEmpty())
        fnv1a(hash, token.accessToken);
    return QStringLiteral("%1").arg(hash, 16, 16, QLatin1Char('0'));
}

TokenExtrasFile::Problem TokenExtrasFile::apply(const QByteArray &bytes, TokenList &tokens, bool legacy)
{
    const CsvCodec::Parsed parsed = CsvCodec::parse(bytes);
    if (!parsed.ok())
        return { parsed.errorLine, parsed.error };
    if (parsed.records.isEmpty())
        return {};
    const QStringList &header = parsed.records.first().fields;
    if (header.value(0) != kId || header.value(1) != kFingerprint)
        return { parsed.records.first().line,
                 QCoreApplication::translate(
                     "TokenExtrasFile", "not a zcrm sidecar file: the first line is not the header id,%1,…")
                     .arg(kFingerprint) };
    // Columns are found by name, so that a newer version's columns are no obstacle; api_domain
    // belongs to the SDK file unless that file has no such column.
    QList<qsizetype> used;
    for (qsizetype column = 2; column < header.size(); ++column) {
        if (header.at(column) == kApiDomain ? legacy : Token::extraFieldNames().contains(header.at(column)))
            used.append(column);
    }

    QHash<QString, qsizetype> positionById;
    positionById.reserve(tokens.size());
    for (qsizetype i = 0; i < tokens.size(); ++i)
        positionById.insert(tokens.at(i).id, i);
    std::vector<int> appliedOnLine(size_t(tokens.size()), 0);
    for (qsizetype i = 1; i < parsed.records.size(); ++i) {
        const CsvCodec::Record &record = parsed.records.at(i);
        if (record.fields.size() != header.size())
            return { record.line,
                     QCoreApplication::translate("TokenExtrasFile", "%1 fields where the header has %2")
                         .arg(record.fields.size())
                         .arg(header.size()) };
        const qsizetype position = positionById.value(record.fields.first(), -1);
        if (position < 0)
            continue; // a token that is gone
        if (appliedOnLine[size_t(position)] > 0)
            return { record.line,
                     QCoreApplication::translate("TokenExtrasFile", "id %1 appears again (first on line %2)")
                         .arg(record.fields.first())
                         .arg(appliedOnLine[size_t(position)]) };
        appliedOnLine[size_t(position)] = record.line;
        Token &token = tokens[position];
        if (record.fields.at(1) != fingerprint(token))
            continue; // the SDK replaced the row: these fields describe another token
        for (qsizetype column : used) {
            if (!record.fields.at(column).isEmpty())
                token.setField(header.at(column), record.fields.at(column));
        }
    }
    return {};
}

QByteArray TokenExtrasFile::serialize(const TokenList &tokens, bool legacy)
{
    QByteArray bytes = serializeHeader();
    for (const Token &token : tokens)
        bytes.append(serializeRow(token, legacy));
    return bytes;
}

QByteArray TokenExtrasFile::serializeHeader()
{
    QString text;
    CsvCodec::appendRecord(text, columns(), kLineEnding);
    return text.toUtf8();
}

QByteArray TokenExtrasFile::serializeRow(const Token &token, bool legacy)
{
    if (!hasExtras(token, legacy))
        return {};
    static const QStringList names = columns();
    QString text;
    text.reserve(128);
    CsvCodec::appendField(text, token.id);
    text.append(u',');
    text.append(fingerprint(token));
    for (qsizetype column = 2; column < names.size(); ++column) {
        text.append(u',');
        const QString &name = names.at(column);
        // The default state and the SDK file's own api_domain need no bytes here.
        if (name == kState ? token.state != Token::RefreshOutcome::Active : (name != kApiDomain || legacy))
            CsvCodec::appendField(text, token.field(name));
    }
    text.append(kLineEnding);
    return text.toUtf8();
}
