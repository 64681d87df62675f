#pragma once

#include "explorerrequest.h"

#include <QList>
#include <QString>

// Every request the explorer sent, in the explorer's database: method, path, query, body, the
// token's id and user, status, time and outcome. Never a secret: no access token, no Authorization
// header, no client secret (ExplorerRequest holds none). Prepared statements only.
class HistoryStore
{
public:
    struct Entry
    {
        qint64 id = 0;
        qint64 sentAt = 0; // ms since the epoch
        ExplorerRequest request;
        int httpStatus = 0;
        qint64 elapsedMs = 0;
        QString outcome; // "200 OK", "INVALID_MODULE", "timeout" …
    };

    static constexpr int keepAtMost = 5000;

    explicit HistoryStore(QString connectionName);

    std::optional<qint64> add(const Entry &entry, QString *error = nullptr);
    // Newest first; `text` filters on method, path, query, body and outcome (case-insensitive).
    QList<Entry> search(const QString &text, int limit = 200, QString *error = nullptr) const;
    bool clear(QString *error = nullptr);

private:
    QString m_connection;
};
