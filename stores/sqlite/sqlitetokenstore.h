#pragma once

#include "sqlitestatement.h"
#include "tokenstore.h"
#include "tokentable.h"

#include <QSqlDatabase>

#include <memory>

// `sqlite:PATH`: the SDK samples' `oauthtoken` table in an SQLite file. It opens a `zohooauth.db` that
// the SDK's Kaizen sample wrote (adding our columns after the SDK's ten), and that sample reads the
// rows we write. QtSql opens the connection and upgrades the schema; the calls themselves run
// prepared statements on its SQLite handle (see SqliteStatement). WAL; a busy timeout; BEGIN
// IMMEDIATE for every write; the file created 0600. Use a store from one thread.
class SqliteTokenStore : public TokenStore
{
public:
    struct Options
    {
        QString path;
        bool createFolder = false; // only for the user's default store
        int busyTimeoutMs = 5000;
    };

    // Opens (creating when missing) and migrates the file; fails without writing a byte to a file
    // that is not an SQLite database or not a token store.
    static StoreResult<std::unique_ptr<TokenStore>> open(const Options &options);
    ~SqliteTokenStore() override;

    StoreResult<std::optional<Token>> findToken(const Token &partial) override;
    StoreResult<std::optional<Token>> findTokenById(const QString &id) override;
    StoreResult<Token> saveToken(const Token &token) override;
    StoreResult<TokenList> saveTokens(const TokenList &tokens) override;
    StoreResult<void> deleteToken(const QString &id) override;
    StoreResult<TokenList> getTokens() override;
    StoreResult<void> deleteTokens() override;
    StoreResult<bool> tryAcquireLease(const QString &tokenId, const QString &owner,
                                      qint64 durationMs) override;
    StoreResult<void> releaseLease(const QString &tokenId, const QString &owner) override;
    StoreResult<StoreCheck> check() override;

private:
    explicit SqliteTokenStore(const Options &options);

    StoreResult<void> openDatabase();
    StoreResult<void> switchToWal();
    StoreResult<void> prepare(SqliteStatement &statement, const QString &sql);
    StoreResult<void> prepareTokenStatements();
    StoreError errorFor(const QString &operation, int code) const;
    StoreError errorFor(const QString &operation, const class QSqlError &error) const;

    StoreResult<void> begin(const QString &operation);
    StoreResult<void> commit(const QString &operation);
    void rollback();
    // Runs a statement that returns no row; resets it.
    StoreResult<void> run(SqliteStatement &statement, const QString &operation);

    // The row the token refers to (by id, else by the SDK's rules).
    StoreResult<std::optional<Token>> findRow(SqliteStatement &statement, const QString &operation);
    StoreResult<std::optional<Token>> rowFor(const Token &token, const QString &operation);
    StoreResult<Token> saveInTransaction(Token token);
    StoreResult<QString> allocateId();
    StoreResult<bool> idExists(const QString &id, const QString &operation);
    static void bindToken(SqliteStatement &statement, const Token &token, int first);
    static Token readToken(const SqliteStatement &statement);

    Options m_options;
    QString m_connectionName;
    QSqlDatabase m_database;
    struct sqlite3 *m_handle = nullptr;
    bool m_readOnly = false;

    SqliteStatement m_begin, m_commit, m_rollback;
    SqliteStatement m_byId, m_byUser, m_byAccess, m_byRefresh, m_byGrant, m_all, m_count;
    SqliteStatement m_insert, m_update, m_delete, m_deleteAll;
    SqliteStatement m_nextId, m_setNextId, m_raiseNextId, m_idExists;
    SqliteStatement m_takeLease, m_releaseLease;
    SqliteStatement m_beginRead, m_dataVersion;

    // Every row, as the last getTokens() read them and our own writes changed them since. Lookups
    // answer from it while no other connection has committed (PRAGMA data_version is unchanged):
    // a hash lookup instead of two B-tree searches and a row decode.
    bool cacheIsCurrent();
    void dropCache() { m_cacheValid = false; }
    TokenTable m_cache;
    bool m_cacheValid = false;
    qint64 m_cacheVersion = -1;
};

void registerSqliteStore(class StoreRegistry &registry);
