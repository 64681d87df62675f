#include "tokenprinter.h"

#include "displaytext.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace TokenPrinter {

namespace {

QString duration(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    if (seconds < 60)
        return QStringLiteral("%1 s").arg(seconds);
    if (seconds < 3600)
        return QStringLiteral("%1 min").arg(seconds / 60);
    if (seconds < 48 * 3600)
        return QStringLiteral("%1 h").arg(seconds / 3600);
    return QStringLiteral("%1 d").arg(seconds / 86400);
}

// A stored field is someone's input: an ESC in a user name must not retitle the terminal.
QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("-") : DisplayText::escaped(text);
}

} // namespace

QString describeExpiry(qint64 expiryMs, qint64 nowMs)
{
    if (expiryMs <= 0)
        return QStringLiteral("unknown");
    if (expiryMs >= nowMs)
        return QStringLiteral("in ") + duration(expiryMs - nowMs);
    return duration(nowMs - expiryMs) + QStringLiteral(" ago");
}

void printTable(QTextStream &out, const TokenList &tokens, qint64 nowMs)
{
    const QStringList headers { QStringLiteral("ID"),        QStringLiteral("USER"),
                                QStringLiteral("CLIENT ID"), QStringLiteral("API DOMAIN"),
                                QStringLiteral("EXPIRES"),   QStringLiteral("STATUS") };
    QList<QStringList> rows;
    for (const Token &token : tokens) {
        rows.append({ DisplayText::escaped(token.id), orDash(token.userName), orDash(token.clientId),
                      orDash(token.apiDomain), describeExpiry(token.expiryTime, nowMs),
                      Token::statusName(token.status(nowMs)) });
    }
    QList<qsizetype> widths;
    for (const QString &header : headers)
        widths.append(header.size());
    for (const QStringList &row : rows) {
        for (int column = 0; column < row.size(); ++column)
            widths[column] = std::max(widths[column], row.at(column).size());
    }
    auto printRow = [&](const QStringList &cells) {
        QString line;
        for (int column = 0; column < cells.size(); ++column) {
            line += column + 1 < cells.size() ? cells.at(column).leftJustified(widths.at(column) + 2)
                                              : cells.at(column);
        }
        out << line << '\n';
    };
    printRow(headers);
    for (const QStringList &row : rows)
        printRow(row);
    out.flush();
}

void printDetails(QTextStream &out, const Token &token, bool revealSecrets, qint64 nowMs)
{
    const QJsonObject object = token.toJson(revealSecrets, nowMs);
    QStringList names = Token::sdkFieldNames() + Token::extraFieldNames();
    // The stored state shows as the status, which also weighs the expiry.
    names.replace(names.indexOf(QStringLiteral("state")), QStringLiteral("status"));
    for (const QString &name : names) {
        const QJsonValue value = object.value(name);
        QString text;
        if (value.isArray()) {
            QStringList parts;
            for (const QJsonValue &part : value.toArray())
                parts.append(part.toString());
            text = parts.join(QLatin1Char(','));
        } else {
            text = value.toString();
        }
        if (name == QLatin1String("expiry_time") && token.expiryTime > 0) {
            text += QStringLiteral(" (%1, %2)")
                        .arg(QDateTime::fromMSecsSinceEpoch(token.expiryTime).toString(Qt::ISODate),
                             describeExpiry(token.expiryTime, nowMs));
        }
        out << name.leftJustified(16) << DisplayText::escaped(text) << '\n';
    }
    out.flush();
}

void printJson(QTextStream &out, const Token &token, bool revealSecrets, qint64 nowMs)
{
    out << QJsonDocument(token.toJson(revealSecrets, nowMs)).toJson(QJsonDocument::Indented);
    out.flush();
}

void printJsonArray(QTextStream &out, const TokenList &tokens, bool revealSecrets, qint64 nowMs)
{
    QJsonArray array;
    for (const Token &token : tokens)
        array.append(token.toJson(revealSecrets, nowMs));
    out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    out.flush();
}

} // namespace TokenPrinter
