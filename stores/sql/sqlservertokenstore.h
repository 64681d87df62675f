#pragma once

#include "sqldialect.h"
#include "sqlserverspec.h"
#include "tokenstore.h"

#include <QAtomicInteger>
#include <QHash>
#include <QMutex>

#include <functional>
#include <memory>

class QThread;
class SqlServerConnection;
class TokenMatchKey;

// `mysql://…` and `postgresql://…`: the SDK DBStore's table on a MySQL/MariaDB or PostgreSQL
// server, shared by processes and machines.
//
// The table keeps the SDK's ten columns first (so the SDK's DBStore reads and writes it) and adds
// ours after them; an SDK table is migrated by adding columns, and zcrm_schema records the
// version. Values are always bound; a save runs in one transaction that holds a per-table lock,
// so concurrent saves never hand out one id twice nor insert one user twice. Leases are one
// conditional UPDATE. A lost connection (server restart) is reopened and the operation retried
// once. Each thread that uses the store gets its own connection.
class SqlServerTokenStore : public TokenStore
{
public:
    static constexpr int kSchemaVersion = 1;

    SqlServerTokenStore(SqlServerSpec spec, QString password);
    ~SqlServerTokenStore() override;

    const SqlServerSpec &spec() const { return m_spec; }

    StoreResult<std::optional<Token>> findToken(const Token &partial) override;
    StoreResult<std::optional<Token>> findTokenById(const QString &id) override;
    StoreResult<Token> saveToken(const Token &token) override;
    // One transaction: all tokens are saved, or none.
    StoreResult<TokenList> saveTokens(const TokenList &tokens) override;
    StoreResult<void> deleteToken(const QString &id) override;
    StoreResult<TokenList> getTokens() override;
    StoreResult<void> deleteTokens() override;
    StoreResult<bool> tryAcquireLease(const QString &tokenId, const QString &owner,
                                      qint64 durationMs) override;
    StoreResult<void> releaseLease(const QString &tokenId, const QString &owner) override;
    StoreResult<StoreCheck> check() override;
    // The table's row in zcrm_token_changes (one primary-key SELECT), which triggers move on every
    // insert, update of a token column (not a lease) and delete, by anyone. Where the server
    // refused the triggers, only our own writers move it (check() and a warning say so).
    StoreResult<QByteArray> changeStamp() override;

private:
    template<typename T>
    StoreResult<T> run(const QString &operation,
                       const std::function<StoreResult<T>(SqlServerConnection &)> &body);

    // The calling thread's connection, opened and with the schema in place.
    StoreResult<SqlServerConnection *> connection(const QString &operation);
    void dropConnection();
    StoreResult<void> ensureSchema(SqlServerConnection &db, const QString &operation);
    StoreResult<void> migrateSchema(SqlServerConnection &db, const QString &operation);
    // Creates the change counter's row and triggers; a refusal (privileges) is not an error: then
    // our writers move the counter themselves (countOwnChange).
    StoreResult<void> ensureChangeCounter(SqlServerConnection &db, const QString &operation);
    // Inside a write transaction: moves the counter when no trigger does.
    StoreResult<void> countOwnChange(SqlServerConnection &db, const QString &operation);

    StoreError sqlError(const SqlServerConnection &db, const QString &operation, const QString &what) const;
    StoreError connectError(const SqlServerConnection &db, const QString &operation) const;
    QString scrub(QString text) const;

    // Rows matching `key`, lowest id first (locked reads inside a save's transaction).
    StoreResult<std::optional<Token>> selectMatch(SqlServerConnection &db, const TokenMatchKey &key,
                                                  const QString &operation);
    StoreResult<std::optional<Token>> selectById(SqlServerConnection &db, const QString &id,
                                                 const QString &operation);
    // `largestId`: the largest numeric id, when the caller (a batch, under the same lock) already
    // knows it; -1 to read it from the table. Kept up to date by every insert.
    // A transaction holding this table's writer lock (see SqlDialect::lockTokenTable).
    StoreResult<void> beginLocked(SqlServerConnection &db, const QString &operation);
    StoreResult<qint64> largestIdInUse(SqlServerConnection &db, const QString &operation);
    StoreResult<Token> saveLocked(SqlServerConnection &db, Token token, const QString &operation,
                                  qint64 *largestId);

    QString table() const;
    QString selectColumns() const;

    SqlServerSpec m_spec;
    SqlDialect m_dialect;
    QString m_password;
    QMutex m_connectionsMutex;
    QHash<QThread *, std::shared_ptr<SqlServerConnection>> m_connections;
    QAtomicInteger<int> m_schemaReady { 0 };
    // The server refused the change triggers: our writers count their own changes.
    QAtomicInteger<int> m_countsOwnChanges { 0 };
    QMutex m_triggerRefusalMutex;
    QString m_triggerRefusal; // why, for check()
};
