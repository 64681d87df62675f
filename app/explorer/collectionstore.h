#pragma once

#include "explorerrequest.h"

#include <QJsonDocument>
#include <QList>
#include <QString>

// Saved requests, grouped in named collections, in the explorer's database; exported to and
// imported from a JSON file ({"zcrm_collections": 1, "collections": [{"name", "requests": […]}]}).
// An import adds to what is there; a request with the same collection and name is replaced.
class CollectionStore
{
public:
    struct Saved
    {
        QString collection;
        ExplorerRequest request; // request.name is its name
    };

    explicit CollectionStore(QString connectionName);

    // A request without a name is saved as "METHOD path"; without a collection, in "Saved requests".
    bool save(const Saved &saved, QString *error = nullptr);
    bool remove(const QString &collection, const QString &name, QString *error = nullptr);
    QList<Saved> all(QString *error = nullptr) const;

    static QJsonDocument toJson(const QList<Saved> &saved);
    // Empty optional and *error set when the document is not such an export.
    static std::optional<QList<Saved>> fromJson(const QByteArray &json, QString *error);

private:
    QString m_connection;
};
