#pragma once

#include "tokenstore.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

class QSqlError;

// `sqlite:PATH`: the SDK samples' `oauthtoken` table in an SQLite file. It opens a `zohooauth.db` that
// the SDK's Kaizen sample wrote (adding our columns after the SDK's ten), and that sample reads the
// rows we write. Prepared statements only, each prepared once; WAL; a busy timeout; BEGIN IMMEDIATE
// for every write; the file created 0600. One connection per store; use a store from one thread.
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
    StoreResult<void> prepareStatements();
    StoreError sqlError(const QString &operation, const QSqlError &error) const;
    StoreError queryError(const QString &operation, const QSqlQuery &query) const;

    StoreResult<void> begin(const QString &operation);
    StoreResult<void> commit(const QString &operation);
    void rollback();
    bool runControl(QSqlQuery &prepared, const QString &sql, QSqlError *error);

    // Within a transaction: the row the token refers to (by id, else by the SDK's rules).
    StoreResult<std::optional<Token>> findRow(QSqlQuery &query, const QString &operation);
    StoreResult<std::optional<Token>> rowFor(const Token &token, const QString &operation);
    StoreResult<Token> saveInTransaction(Token token);
    StoreResult<QString> allocateId();
    void bindRow(QSqlQuery &query, const Token &token);
    static Token tokenFromQuery(const QSqlQuery &query);

    Options m_options;
    QString m_connectionName;
    QSqlDatabase m_database;
    bool m_readOnly = false;

    QSqlQuery m_begin, m_commit, m_rollback;
    QSqlQuery m_byId, m_byUser, m_byAccess, m_byRefresh, m_byGrant, m_all;
    QSqlQuery m_insert, m_update, m_delete, m_deleteAll;
    QSqlQuery m_nextId, m_setNextId, m_raiseNextId, m_idExists;
    QSqlQuery m_takeLease, m_releaseLease;
};

void registerSqliteStore(class StoreRegistry &registry);
