#include "sdktokenfile.h"

#include "csvcodec.h"
#include "displaytext.h"
#include "tokenrules.h"

#include <QCoreApplication>
#include <QHash>

namespace {

// The names each column may have in the SDKs' headers (Python 8.0, Java 8.0, SDK 2.x).
const QList<QStringList> &acceptedColumnNames()
{
    static const QList<QStringList> names {
        { QStringLiteral("id") },
        { QStringLiteral("user_name"), QStringLiteral("user_mail") },
        { QStringLiteral("client_id") },
        { QStringLiteral("client_secret") },
        { QStringLiteral("refresh_token") },
        { QStringLiteral("access_token") },
        { QStringLiteral("grant_token") },
        { QStringLiteral("expiry_time") },
        { QStringLiteral("redirect_uri"), QStringLiteral("redirect_url") },
        { QStringLiteral("api_domain") },
    };
    return names;
}

bool isSdkHeader(const QStringList &fields)
{
    if (fields.size() != 9 && fields.size() != 10)
        return false;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (!acceptedColumnNames().at(i).contains(fields.at(i).trimmed().toLower()))
            return false;
    }
    return true;
}

// The SDK's ids are decimal integers; the 2.x SDK's were text, which a legacy file may still hold.
QString idProblem(const QString &id, bool legacy)
{
    if (id.isEmpty())
        return QCoreApplication::translate("SdkTokenFile", "the id is empty");
    return legacy ? QString() : TokenRules::idProblem(id);
}

Token tokenFromFields(const QStringList &fields)
{
    Token token;
    token.id = fields.at(0);
    token.userName = fields.at(1);
    token.clientId = fields.at(2);
    token.clientSecret = fields.at(3);
    token.refreshToken = fields.at(4);
    token.accessToken = fields.at(5);
    token.grantToken = fields.at(6);
    TokenRules::parseTime(fields.at(7), "expiry_time", &token.expiryTime); // checked by parse()
    token.redirectUrl = fields.at(8);
    if (fields.size() > 9)
        token.apiDomain = fields.at(9);
    return token;
}

} // namespace

SdkTokenFile::Format::Format()
    : header(pythonHeader())
    , lineEnding("\r\n")
{ }

QString SdkTokenFile::Format::describe() const
{
    const bool java = header.size() > 8 && header.at(8).trimmed().toLower() == QLatin1String("redirect_url");
    return QCoreApplication::translate("SdkTokenFile", "%1 SDK CSV (%2, %3, %4 columns)")
        .arg(java ? QStringLiteral("Java") : QStringLiteral("Python"), header.value(8),
             lineEnding == "\n" ? QStringLiteral("LF") : QStringLiteral("CRLF"))
        .arg(header.size());
}

QStringList SdkTokenFile::pythonHeader()
{
    QStringList header = Token::sdkFieldNames();
    header[8] = QStringLiteral("redirect_uri");
    return header;
}

SdkTokenFile::Contents SdkTokenFile::parse(const QByteArray &bytes)
{
    Contents contents;
    CsvCodec::Parsed parsed = CsvCodec::parse(bytes);
    if (!parsed.ok()) {
        contents.errorLine = parsed.errorLine;
        contents.error = parsed.error;
        return contents;
    }
    contents.format.byteOrderMark = parsed.byteOrderMark;
    if (parsed.records.isEmpty())
        return contents;

    const CsvCodec::Record &header = parsed.records.first();
    if (!isSdkHeader(header.fields)) {
        contents.errorLine = header.line;
        contents.error =
            QCoreApplication::translate("SdkTokenFile",
                                        "not a Zoho SDK token file: the first line is not the header "
                                        "id,user_name,client_id,client_secret,refresh_token,access_token,"
                                        "grant_token,expiry_time,redirect_uri,api_domain");
        return contents;
    }
    contents.format.header = header.fields;
    if (!parsed.lineEnding.isEmpty())
        contents.format.lineEnding = parsed.lineEnding;
    const bool legacy = contents.format.isLegacy();
    const qsizetype columns = header.fields.size();

    QHash<QString, int> lineOfId;
    lineOfId.reserve(parsed.records.size());
    // The rules of TokenRules, which every save follows too: what we write, we read back.
    auto rowProblem = [&](const CsvCodec::Record &record) -> QString {
        if (record.fields.size() != columns)
            return QCoreApplication::translate(
                       "SdkTokenFile", "%1 fields where the header has %2 (a torn or hand-edited row)")
                .arg(record.fields.size())
                .arg(columns);
        if (QString problem = idProblem(record.fields.at(0), legacy); !problem.isEmpty())
            return problem;
        qint64 expiry = 0;
        if (QString problem = TokenRules::parseTime(record.fields.at(7), "expiry_time", &expiry);
            !problem.isEmpty())
            return problem;
        if (const int first = lineOfId.value(record.fields.at(0), 0); first > 0)
            return QCoreApplication::translate("SdkTokenFile", "id %1 appears again (first on line %2)")
                .arg(DisplayText::quoted(record.fields.at(0)))
                .arg(first);
        return {};
    };
    contents.tokens.reserve(parsed.records.size() - 1);
    for (qsizetype i = 1; i < parsed.records.size(); ++i) {
        const CsvCodec::Record &record = parsed.records.at(i);
        const QString problem = rowProblem(record);
        if (!problem.isEmpty()) {
            contents.errorLine = record.line;
            contents.error = problem;
            contents.tokens.clear();
            return contents;
        }
        lineOfId.insert(record.fields.at(0), record.line);
        contents.tokens.append(tokenFromFields(record.fields));
    }
    return contents;
}

QByteArray SdkTokenFile::serialize(const Format &format, const TokenList &tokens)
{
    QByteArray bytes = serializeHeader(format);
    for (const Token &token : tokens)
        bytes.append(serializeRow(format, token));
    return bytes;
}

QByteArray SdkTokenFile::serializeHeader(const Format &format)
{
    QString text;
    CsvCodec::appendRecord(text, format.header, QString::fromLatin1(format.lineEnding));
    QByteArray bytes = format.byteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    bytes.append(text.toUtf8());
    return bytes;
}

QByteArray SdkTokenFile::serializeRow(const Format &format, const Token &token)
{
    QString text;
    text.reserve(384);
    CsvCodec::appendField(text, token.id);
    text.append(u',');
    CsvCodec::appendField(text, token.userName);
    text.append(u',');
    CsvCodec::appendField(text, token.clientId);
    text.append(u',');
    CsvCodec::appendField(text, token.clientSecret);
    text.append(u',');
    CsvCodec::appendField(text, token.refreshToken);
    text.append(u',');
    CsvCodec::appendField(text, token.accessToken);
    text.append(u',');
    CsvCodec::appendField(text, token.grantToken);
    text.append(u',');
    if (token.expiryTime > 0)
        text.append(QString::number(token.expiryTime));
    text.append(u',');
    CsvCodec::appendField(text, token.redirectUrl);
    if (!format.isLegacy()) {
        text.append(u',');
        CsvCodec::appendField(text, token.apiDomain);
    }
    text.append(QLatin1String(format.lineEnding));
    return text.toUtf8();
}
