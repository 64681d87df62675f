#pragma once

#include "storeresult.h"
#include "token.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

// What `zcrm stores check` reports about a store.
struct StoreCheck
{
    bool reachable = false;
    bool writable = false;
    qint64 rowCount = 0;
    QString schemaVersion; // e.g. "3"; "sdk" for a format with no version of its own
    QString details; // backend specific, one line
};

// The Zoho SDK's TokenStore, with its six operations and their matching and upsert rules
// (`auth/store/token_store.py`, `file_store.py` and `db_store.py` of zoho/zohocrm-python-sdk-8.0), plus a
// refresh lease so that processes sharing a store refresh a token once.
//
// Differences from the SDK, both readable by the SDKs:
// - ids are unique positive integers (never the SDK's lexicographic max(id)+1);
// - a user name lookup is narrowed by client id and API domain where both sides carry them, so the
//   same e-mail in two data centers or orgs is two rows.
//
// A store object is used from one thread at a time (a QtSql connection belongs to its thread).
// Writing a custom store: implement the six operations and the two lease calls, and register a
// spec scheme with StoreRegistry.
class TokenStore
{
public:
    using Clock = std::function<qint64()>; // ms since the epoch

    explicit TokenStore(QString description);
    virtual ~TokenStore();
    TokenStore(const TokenStore &) = delete;
    TokenStore &operator=(const TokenStore &) = delete;

    // The spec the store was made from, without secrets, e.g. "sqlite:/home/me/tokens.db".
    const QString &description() const { return m_description; }

    // The SDK's find_token: the stored row that `partial` matches (see TokenMatchKey), merged into
    // `partial` (only empty fields are filled), or nullopt.
    virtual StoreResult<std::optional<Token>> findToken(const Token &partial) = 0;
    virtual StoreResult<std::optional<Token>> findTokenById(const QString &id) = 0;
    // Upsert: updates the row with the token's id, or the row its details match, else inserts
    // and assigns a new id. Returns the token as stored, with its id.
    virtual StoreResult<Token> saveToken(const Token &token) = 0;
    // saveToken for each token in order, as one unit where the backend can (one transaction, one
    // file rewrite). Stops at the first failure; what was saved before it stays saved unless the
    // backend rolls the whole batch back. The default calls saveToken in a loop.
    virtual StoreResult<TokenList> saveTokens(const TokenList &tokens);
    // NotFound when there is no such id.
    virtual StoreResult<void> deleteToken(const QString &id) = 0;
    virtual StoreResult<TokenList> getTokens() = 0;
    virtual StoreResult<void> deleteTokens() = 0;

    // Takes the refresh lease of a token for `durationMs`: true when it was free, expired, or
    // already held by `owner`; false when someone else holds it. Leases survive in the store, so
    // they work across processes and machines; a lease whose holder died runs out.
    virtual StoreResult<bool> tryAcquireLease(const QString &tokenId, const QString &owner,
                                              qint64 durationMs) = 0;
    // Gives the lease back early; a lease held by someone else is left alone.
    virtual StoreResult<void> releaseLease(const QString &tokenId, const QString &owner) = 0;

    // Reachability, writability, row count and schema version. The default reads every row.
    virtual StoreResult<StoreCheck> check();

    // A cheap stamp of the stored rows: two equal, non-empty stamps mean that nobody (this object,
    // another process, a Zoho SDK, another machine) added, changed or removed a row in between. One
    // cheap look (a stat, a PRAGMA, one counter row), never a read of every row. Empty: the backend
    // cannot tell, and a watcher must re-read the rows. The default answers empty.
    virtual StoreResult<QByteArray> changeStamp();

    void setClock(Clock clock);
    qint64 now() const;

protected:
    StoreError makeError(StoreError::Code code, const QString &operation, const QString &message) const;

private:
    QString m_description;
    Clock m_clock;
};
