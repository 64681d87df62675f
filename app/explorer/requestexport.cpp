#include "requestexport.h"

#include <QStringList>

namespace RequestExport {

QString shellQuote(const QString &word)
{
    static const QString safe =
        QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@%_-+=:,./");
    bool plain = !word.isEmpty();
    for (const QChar c : word)
        plain = plain && safe.contains(c);
    if (plain)
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString toCurl(const ExplorerRequest &request, const QUrl &apiDomain, const QString &accessToken)
{
    const QUrl url = request.toCrmRequest().url(apiDomain);
    QStringList words { QStringLiteral("curl") };
    if (request.method != QLatin1String("GET"))
        words << QStringLiteral("-X") << request.method;
    words << shellQuote(url.toString(QUrl::FullyEncoded));
    const QString authorization = accessToken.isEmpty()
        ? QStringLiteral("\"Authorization: Zoho-oauthtoken $%1\"").arg(QLatin1String(tokenVariable))
        : shellQuote(QStringLiteral("Authorization: Zoho-oauthtoken ") + accessToken);
    words << QStringLiteral("-H") << authorization;
    if (!request.body.isEmpty())
        words << QStringLiteral("-H") << shellQuote(QStringLiteral("Content-Type: application/json"))
              << QStringLiteral("--data-raw") << shellQuote(QString::fromUtf8(request.body));
    return words.join(QLatin1Char(' '));
}

QString toZcrmCommand(const ExplorerRequest &request, const QString &storeSpec)
{
    QStringList words { QStringLiteral("zcrm") };
    if (!storeSpec.isEmpty())
        words << QStringLiteral("--store") << shellQuote(storeSpec);
    words << QStringLiteral("api");
    if (!request.tokenId.isEmpty())
        words << QStringLiteral("--token") << shellQuote(request.tokenId);
    else if (!request.userName.isEmpty())
        words << QStringLiteral("--user") << shellQuote(request.userName);
    words << request.method << shellQuote(request.path);
    for (const auto &item : request.query)
        words << QStringLiteral("--param") << shellQuote(item.first + QLatin1Char('=') + item.second);
    if (!request.body.isEmpty())
        words << QStringLiteral("--data") << shellQuote(QString::fromUtf8(request.body));
    if (request.timeoutSeconds > 0 && request.timeoutSeconds != 30)
        words << QStringLiteral("--timeout") << QString::number(request.timeoutSeconds);
    return words.join(QLatin1Char(' '));
}

} // namespace RequestExport
