#pragma once

#include "sqlserverspec.h"
#include "storeerror.h"

#include <QList>
#include <QSqlError>
#include <QString>
#include <QStringList>

#include <utility>

// What differs between MySQL/MariaDB and PostgreSQL: identifier quoting, column types, index kinds,
// locking, catalogue queries and the meaning of error codes. Every statement it returns has `?` for
// each value; only identifiers (validated by SqlServerSpec) are part of the text.
class SqlDialect
{
public:
    explicit SqlDialect(SqlServerSpec::Kind kind);

    SqlServerSpec::Kind kind() const { return m_kind; }

    QString quote(const QString &identifier) const;

    // The schema version table shared by every token table of the database.
    static QString schemaTableName() { return QStringLiteral("zcrm_schema"); }
    QString createSchemaTable() const;

    // The next id of each token table, so that an insert does not scan the table for its largest id.
    static QString idSequenceTableName() { return QStringLiteral("zcrm_id_sequence"); }
    QString createIdSequenceTable() const;
    // Binds (table name, next id); inserts or replaces the table's row.
    QString storeNextId() const;

    // A change counter per token table: moved by triggers on every insert, update (of a token
    // column; not of a lease) and delete, by Zoho's SDKs too, so that a watcher reads one row.
    static QString changeTableName() { return QStringLiteral("zcrm_token_changes"); }
    QString createChangeTable() const;
    // Binds the table name: its row, created when missing / moved by one / read.
    QString seedChangeRow() const;
    QString bumpChangeRow() const;
    QString readChangeRow() const;
    // Binds the table name; returns one column: the names of the table's triggers.
    QString triggersOfTable() const;
    // The triggers that move the counter, by name, each with the statements that create it, in order
    // (MySQL: one row trigger per event; PostgreSQL: a function and one statement trigger).
    QList<std::pair<QString, QStringList>> changeTriggers(const QString &table) const;

    // The full token table: the SDK's ten columns first, then ours.
    QString createTokenTable(const QString &table) const;
    // Column type for an added column of ours.
    QString columnType(const QString &column) const;
    QString addColumn(const QString &table, const QString &column) const;
    // Index on one lookup column; the name is indexName().
    QString createIndex(const QString &table, const QString &column) const;
    static QString indexName(const QString &table, const QString &column);
    // Connection connect options for QSqlDatabase::setConnectOptions().
    QString connectOptions() const;
    // One row, one column: the server's version number.
    QString serverVersion() const;
    // Statements run once on every new connection.
    QStringList sessionSetup() const;

    // Binds the table name; returns one column: column names / index names.
    QString columnsOfTable() const;
    QString indexesOfTable() const;

    // Serialises schema changes across processes; takes one bound value (a lock name) where it
    // is a statement. MySQL: a named lock held until unlockSchemaChanges(); PostgreSQL: a
    // transaction lock, so schema changes run inside a transaction there.
    QString lockSchemaChanges() const;
    QString unlockSchemaChanges() const;
    bool schemaChangesAreTransactional() const { return m_kind == SqlServerSpec::Kind::PostgreSql; }

    // Inside a write transaction: serialises writers of one token table (the id allocation and
    // the find-then-insert of a save), across processes. Binds tokenTableLockKey().
    QString lockTokenTable() const;
    QString tokenTableLockKey(const QString &table) const;

    // The numeric value of an id, NULL for an id that is not a decimal number (SDK rows may have
    // any text); never compares ids as text, unlike the SDK's max(id).
    QString numericId() const;
    // Lowest numeric id first, then other ids.
    QString orderById() const;

    StoreError::Code codeFor(const QSqlError &error) const;
    // The connection is gone (server restarted, network cut): reopening it may help.
    bool isConnectionLost(const QSqlError &error) const;
    // The token table disappeared under us (dropped by someone): recreating it may help.
    bool isMissingTable(const QSqlError &error) const;

private:
    SqlServerSpec::Kind m_kind;
};
