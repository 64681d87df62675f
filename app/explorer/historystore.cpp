#include "historystore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrlQuery>

HistoryStore::HistoryStore(QString connectionName)
    : m_connection(std::move(connectionName))
{ }

namespace {

// SQLite takes a null QString as NULL; the columns are NOT NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString queryText(const ExplorerRequest &request)
{
    QUrlQuery query;
    query.setQueryItems(request.query);
    return text(query.toString(QUrl::FullyDecoded));
}

void setError(QString *error, const QSqlQuery &query)
{
    if (error)
        *error = query.lastError().text();
}

} // namespace

std::optional<qint64> HistoryStore::add(const Entry &entry, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(
        QStringLiteral("INSERT INTO history (sent_at, method, path, query, request, status, elapsed_ms, "
                       "outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(entry.sentAt);
    query.addBindValue(text(entry.request.method));
    query.addBindValue(text(entry.request.path));
    query.addBindValue(queryText(entry.request));
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(entry.request.toJson()).toJson(QJsonDocument::Compact)));
    query.addBindValue(entry.httpStatus);
    query.addBindValue(entry.elapsedMs);
    query.addBindValue(text(entry.outcome));
    if (!query.exec()) {
        setError(error, query);
        return std::nullopt;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    QSqlQuery trim(QSqlDatabase::database(m_connection, false));
    trim.prepare(QStringLiteral("DELETE FROM history WHERE id <= ?"));
    trim.addBindValue(id - keepAtMost);
    trim.exec();
    return id;
}

QList<HistoryStore::Entry> HistoryStore::search(const QString &text, int limit, QString *error) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    if (text.trimmed().isEmpty()) {
        query.prepare(QStringLiteral("SELECT id, sent_at, request, status, elapsed_ms, outcome FROM history "
                                     "ORDER BY id DESC LIMIT ?"));
    } else {
        // LIKE with its wildcards escaped: a search for "50%" means those characters.
        QString pattern = text.trimmed();
        pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        query.prepare(QStringLiteral(
            "SELECT id, sent_at, request, status, elapsed_ms, outcome FROM history WHERE "
            "(method || ' ' || path || ' ' || query || ' ' || request || ' ' || outcome) LIKE ? ESCAPE '\\' "
            "ORDER BY id DESC LIMIT ?"));
        query.addBindValue(pattern);
    }
    query.addBindValue(limit);
    QList<Entry> entries;
    if (!query.exec()) {
        setError(error, query);
        return entries;
    }
    while (query.next()) {
        Entry entry;
        entry.id = query.value(0).toLongLong();
        entry.sentAt = query.value(1).toLongLong();
        entry.request =
            ExplorerRequest::fromJson(QJsonDocument::fromJson(query.value(2).toByteArray()).object());
        entry.httpStatus = query.value(3).toInt();
        entry.elapsedMs = query.value(4).toLongLong();
        entry.outcome = query.value(5).toString();
        entries.append(entry);
    }
    return entries;
}

bool HistoryStore::clear(QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("DELETE FROM history"))) {
        setError(error, query);
        return false;
    }
    return true;
}
