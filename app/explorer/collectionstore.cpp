#include "collectionstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

CollectionStore::CollectionStore(QString connectionName)
    : m_connection(std::move(connectionName))
{ }

bool CollectionStore::save(const Saved &given, QString *error)
{
    Saved saved = given;
    if (saved.collection.isEmpty())
        saved.collection = QCoreApplication::translate("CollectionStore", "Saved requests");
    if (saved.request.name.isEmpty())
        saved.request.name = saved.request.method + QLatin1Char(' ') + saved.request.path;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("INSERT INTO saved_request (collection, name, request) VALUES (?, ?, ?) "
                                 "ON CONFLICT(collection, name) DO UPDATE SET request = excluded.request"));
    query.addBindValue(saved.collection);
    query.addBindValue(saved.request.name);
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(saved.request.toJson()).toJson(QJsonDocument::Compact)));
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    return true;
}

bool CollectionStore::remove(const QString &collection, const QString &name, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("DELETE FROM saved_request WHERE collection = ? AND name = ?"));
    query.addBindValue(collection);
    query.addBindValue(name);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    return true;
}

QList<CollectionStore::Saved> CollectionStore::all(QString *error) const
{
    QList<Saved> out;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT collection, request FROM saved_request ORDER BY collection, name"));
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return out;
    }
    while (query.next()) {
        Saved saved;
        saved.collection = query.value(0).toString();
        saved.request =
            ExplorerRequest::fromJson(QJsonDocument::fromJson(query.value(1).toByteArray()).object());
        out.append(saved);
    }
    return out;
}

QJsonDocument CollectionStore::toJson(const QList<Saved> &saved)
{
    QMap<QString, QJsonArray> byCollection;
    for (const Saved &s : saved) {
        QJsonObject request = s.request.toJson();
        // A collection travels to other machines and stores: the token is named by user, not by id.
        request.remove(QStringLiteral("token_id"));
        byCollection[s.collection].append(request);
    }
    QJsonArray collections;
    for (auto it = byCollection.constBegin(); it != byCollection.constEnd(); ++it)
        collections.append(QJsonObject { { "name", it.key() }, { "requests", it.value() } });
    return QJsonDocument(QJsonObject { { "zcrm_collections", 1 }, { "collections", collections } });
}

std::optional<QList<CollectionStore::Saved>> CollectionStore::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QCoreApplication::translate("CollectionStore", "not JSON: %1 at byte %2")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("zcrm_collections")).toInt() != 1) {
        *error = QCoreApplication::translate("CollectionStore", "not a ZCRM Explorer collections file");
        return std::nullopt;
    }
    QList<Saved> out;
    for (const QJsonValue &c : root.value(QLatin1String("collections")).toArray()) {
        const QJsonObject collection = c.toObject();
        const QString name = collection.value(QLatin1String("name")).toString();
        for (const QJsonValue &r : collection.value(QLatin1String("requests")).toArray()) {
            Saved saved;
            saved.collection = name;
            saved.request = ExplorerRequest::fromJson(r.toObject());
            if (saved.request.name.isEmpty())
                saved.request.name = saved.request.method + QLatin1Char(' ') + saved.request.path;
            out.append(saved);
        }
    }
    return out;
}
