#pragma once

#include <QString>

// The explorer's own SQLite file (history and saved requests, explorer.db in the application data
// folder): created 0600 in a 0700 folder, WAL, a busy timeout, its schema. One connection, owned by
// the thread that opened it (QtSql's rule); HistoryStore and CollectionStore use it by name.
class ExplorerDatabase
{
public:
    ExplorerDatabase() = default;
    ~ExplorerDatabase();
    ExplorerDatabase(const ExplorerDatabase &) = delete;
    ExplorerDatabase &operator=(const ExplorerDatabase &) = delete;

    bool open(const QString &path);
    void close();
    bool isOpen() const { return !m_connection.isEmpty(); }
    const QString &connectionName() const { return m_connection; }
    const QString &path() const { return m_path; }
    const QString &errorString() const { return m_error; }

private:
    QString m_connection;
    QString m_path;
    QString m_error;
};
