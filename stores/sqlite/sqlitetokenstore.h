#pragma once

#include "tokenstore.h"

#include <QAtomicInteger>

#include <memory>

class SqliteConnection;
template<typename Connection> class SqliteThreadConnections;
class SqliteStatement;
class TokenMatchKey;

// `sqlite:PATH`: the SDK samples' `oauthtoken` table in an SQLite file. It opens a `zohooauth.db`
// that the SDK's Kaizen sample wrote (adding our columns after the SDK's ten), and that sample
// reads the rows we write. The semantics are MemoryTokenStore's (TokenTable's), row for row.
//
// The file is created 0600; WAL; a busy timeout; BEGIN IMMEDIATE for every write; every statement
// prepared once per connection with bound values. Each thread that uses the store gets its own
// named QtSql connection (a connection belongs to the thread that opened it). After a getTokens(),
// a connection answers lookups from the rows it read for as long as no other connection commits.
class SqliteTokenStore : public TokenStore
{
public:
    struct Options
    {
        QString path;
        bool createFolder = false; // only for the user's default store
        int busyTimeoutMs = 5000;
        bool allowDriverHandle = true; // see SqliteDriverHandle; off: QSqlQuery only
    };

    // Opens (creating when missing) and upgrades the file. A file that is not an SQLite database or
    // not a token store is left exactly as it was, as is every file when opening fails.
    static StoreResult<std::unique_ptr<TokenStore>> open(const Options &options);
    ~SqliteTokenStore() override;

    StoreResult<std::optional<Token>> findToken(const Token &partial) override;
    StoreResult<std::optional<Token>> findTokenById(const QString &id) override;
    StoreResult<Token> saveToken(const Token &token) override;
    StoreResult<TokenList> saveTokens(const TokenList &tokens) override; // one transaction
    StoreResult<void> deleteToken(const QString &id) override;
    StoreResult<TokenList> getTokens() override;
    StoreResult<void> deleteTokens() override;
    StoreResult<bool> tryAcquireLease(const QString &tokenId, const QString &owner,
                                      qint64 durationMs) override;
    StoreResult<void> releaseLease(const QString &tokenId, const QString &owner) override;
    StoreResult<StoreCheck> check() override;
    // PRAGMA data_version of the calling thread's connection (moves when another connection
    // commits), this object's count of its own commits (which data_version does not show; leases
    // not counted) and the file's device and inode (a file replaced under the open connection).
    // Compare stamps taken on one thread.
    StoreResult<QByteArray> changeStamp() override;

    // The statements the store runs, for tests that ask SQLite how it executes them.
    static QStringList statementTexts();

private:
    struct Statements;
    struct Connection;

    explicit SqliteTokenStore(const Options &options);

    StoreResult<void> openFile();
    StoreResult<std::unique_ptr<Connection>> connect(const QString &operation);
    StoreResult<void> switchToWal(SqliteConnection &connection);
    StoreResult<void> upgradeSchema(SqliteConnection &connection);
    // The calling thread's connection, opened on its first call.
    StoreResult<Connection *> connection(const QString &operation);

    StoreError errorFor(const QString &operation, int code, const QString &text) const;
    StoreError errorFor(const QString &operation, const SqliteConnection &connection) const;
    StoreResult<void> run(SqliteStatement *statement, const QString &operation);
    StoreResult<void> begin(Connection &connection, const QString &operation);
    StoreResult<void> commit(Connection &connection, const QString &operation);

    // The row a token refers to: by id, else by its match key (lowest numeric id, then first stored).
    StoreResult<std::optional<Token>> findRow(SqliteStatement *statement, const QString &operation);
    StoreResult<std::optional<Token>> rowFor(Connection &connection, const Token &token,
                                             const QString &operation);
    StoreResult<std::optional<Token>> rowFor(Connection &connection, const TokenMatchKey &key,
                                             const QString &operation);
    // One write transaction for every token: saveToken is a batch of one.
    StoreResult<TokenList> saveAll(const TokenList &tokens, const QString &operation);
    StoreResult<Token> saveInTransaction(Connection &connection, Token token, qint64 nowMs);
    StoreResult<QString> nextId(Connection &connection, const QString &operation);
    StoreResult<bool> idExists(Connection &connection, const QString &id, const QString &operation);
    // Whether the connection's rows cache still holds what the file holds (see Connection::cache).
    bool cacheIsCurrent(Connection &connection);
    // Ends a write transaction without its changes (nor the cache's, if it had any).
    void rollback(Connection &connection);

    Options m_options;
    bool m_readOnly = false;
    std::unique_ptr<SqliteThreadConnections<Connection>> m_connections;
    // Commits of rows by any connection of this object (for changeStamp).
    QAtomicInteger<quint64> m_ownCommits { 0 };
};

class StoreRegistry;
void registerSqliteStore(StoreRegistry &registry);
