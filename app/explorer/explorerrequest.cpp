#include "explorerrequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace {

const QString kSelectQuery = QStringLiteral("select_query");

QString trimmedPath(const QString &path)
{
    QString clean = CrmRequest::normalizedPath(path);
    const QString prefix = QString::fromLatin1(CrmRequest::apiPrefix);
    if (clean.startsWith(prefix))
        clean.remove(0, prefix.size());
    else if (clean.startsWith(QLatin1Char('/')))
        clean.remove(0, 1);
    return clean;
}

} // namespace

ExplorerRequest ExplorerRequest::fromPathLine(const QString &method, const QString &pathLine)
{
    ExplorerRequest request;
    request.method = method.toUpper();
    const auto question = pathLine.indexOf(QLatin1Char('?'));
    request.path = trimmedPath(question < 0 ? pathLine : pathLine.left(question));
    if (question >= 0) {
        const QUrlQuery items(pathLine.mid(question + 1));
        for (const auto &item : items.queryItems(QUrl::FullyDecoded))
            request.query.append(item);
    }
    return request;
}

bool ExplorerRequest::isCoql() const
{
    return method == QLatin1String("POST") && trimmedPath(path) == QLatin1String("coql");
}

QString ExplorerRequest::coqlQuery() const
{
    if (!isCoql())
        return QString();
    return QJsonDocument::fromJson(body).object().value(kSelectQuery).toString();
}

void ExplorerRequest::setCoqlQuery(const QString &text)
{
    QJsonObject object = QJsonDocument::fromJson(body).object();
    object.insert(kSelectQuery, text);
    body = QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString ExplorerRequest::queryValue(const QString &key) const
{
    for (const auto &item : query)
        if (item.first == key)
            return item.second;
    return QString();
}

void ExplorerRequest::setQueryValue(const QString &key, const QString &value)
{
    bool set = false;
    for (auto it = query.begin(); it != query.end();) {
        if (it->first != key) {
            ++it;
            continue;
        }
        if (!set && !value.isEmpty()) {
            it->second = value;
            set = true;
            ++it;
        } else {
            it = query.erase(it);
        }
    }
    if (!set && !value.isEmpty())
        query.append({ key, value });
}

CrmRequest ExplorerRequest::toCrmRequest() const
{
    CrmRequest request(method.toLatin1(), path);
    for (const auto &item : query)
        request.addQueryItem(item.first, item.second);
    request.setBody(body);
    request.setTokenId(tokenId);
    request.setTimeoutMs(timeoutSeconds > 0 ? timeoutSeconds * 1000 : 0);
    return request;
}

QJsonObject ExplorerRequest::toJson() const
{
    QJsonArray items;
    for (const auto &item : query)
        items.append(QJsonArray { item.first, item.second });
    QJsonObject object { { "method", method }, { "path", path }, { "query", items } };
    if (!body.isEmpty())
        object.insert(QStringLiteral("body"), QString::fromUtf8(body));
    if (!tokenId.isEmpty())
        object.insert(QStringLiteral("token_id"), tokenId);
    if (!userName.isEmpty())
        object.insert(QStringLiteral("user"), userName);
    if (!dataCenter.isEmpty())
        object.insert(QStringLiteral("data_center"), dataCenter);
    object.insert(QStringLiteral("timeout_s"), timeoutSeconds);
    if (!name.isEmpty())
        object.insert(QStringLiteral("name"), name);
    return object;
}

ExplorerRequest ExplorerRequest::fromJson(const QJsonObject &object)
{
    ExplorerRequest request;
    request.method = object.value(QLatin1String("method")).toString(QStringLiteral("GET")).toUpper();
    request.path = trimmedPath(object.value(QLatin1String("path")).toString());
    for (const QJsonValue &item : object.value(QLatin1String("query")).toArray()) {
        const QJsonArray pair = item.toArray();
        if (pair.size() == 2)
            request.query.append({ pair.at(0).toString(), pair.at(1).toString() });
    }
    request.body = object.value(QLatin1String("body")).toString().toUtf8();
    request.tokenId = object.value(QLatin1String("token_id")).toString();
    request.userName = object.value(QLatin1String("user")).toString();
    request.dataCenter = object.value(QLatin1String("data_center")).toString();
    request.timeoutSeconds = object.value(QLatin1String("timeout_s")).toInt(30);
    request.name = object.value(QLatin1String("name")).toString();
    return request;
}

bool ExplorerRequest::operator==(const ExplorerRequest &other) const
{
    return toJson() == other.toJson();
}
