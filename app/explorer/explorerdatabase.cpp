#include "explorerdatabase.h"

#include "explorerlogging.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QAtomicInteger<quint64> s_connections;

const char *const kSchema[] = {
    "PRAGMA journal_mode=WAL",
    "PRAGMA busy_timeout=5000",
    "CREATE TABLE IF NOT EXISTS history (id INTEGER PRIMARY KEY AUTOINCREMENT, sent_at INTEGER NOT NULL, "
    "method TEXT NOT NULL, path TEXT NOT NULL, query TEXT NOT NULL, request TEXT NOT NULL, "
    "status INTEGER NOT NULL, elapsed_ms INTEGER NOT NULL, outcome TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS history_sent ON history(sent_at)",
    "CREATE TABLE IF NOT EXISTS saved_request (id INTEGER PRIMARY KEY AUTOINCREMENT, collection TEXT NOT "
    "NULL, "
    "name TEXT NOT NULL, request TEXT NOT NULL, UNIQUE(collection, name))",
};

} // namespace

ExplorerDatabase::~ExplorerDatabase()
{
    close();
}

bool ExplorerDatabase::open(const QString &path)
{
    close();
    m_path = path;
    const QString folder = QFileInfo(path).absolutePath();
    if (!QFileInfo::exists(folder)) {
        if (!QDir().mkpath(folder)) {
            m_error = QStringLiteral("cannot create folder %1").arg(folder);
            return false;
        }
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    // 0600 before SQLite sees it: -wal and -shm get the file's mode.
    if (!QFileInfo::exists(path)) {
        QFile created(path);
        if (!created.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner)) {
            m_error = created.errorString();
            return false;
        }
    }
    const QString name = QStringLiteral("zcrm-explorer-%1").arg(++s_connections);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            m_error = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return false;
        }
        QSqlQuery query(db);
        for (const char *statement : kSchema) {
            if (!query.exec(QString::fromLatin1(statement))) {
                m_error = query.lastError().text();
                qCWarning(lcExplorer) << "explorer database schema:" << m_error;
                query = QSqlQuery();
                db.close();
                db = QSqlDatabase();
                QSqlDatabase::removeDatabase(name);
                return false;
            }
        }
    }
    m_connection = name;
    return true;
}

void ExplorerDatabase::close()
{
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}
