#pragma once

#include "keychainexecutor.h"
#include "keychainindex.h"
#include "tokenstore.h"
#include "tokentable.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>

#include <memory>

class LeaseFile;
class ProcessLock;
class StoreRegistry;

// `keychain:[SERVICE]`: tokens in the OS keychain through QtKeychain (Secret Service on Linux,
// Keychain on macOS, Credential Manager on Windows), with the SDK's rules of MemoryTokenStore (the
// rows are a TokenTable).
//
// - Each token is one compact JSON blob in the entry "<app id>/SERVICE/token/ID/rREV", split into
//   ".../chunk1", ".../chunk2"… beyond 2,000 bytes. The job's service name is SERVICE.
// - A keychain cannot list its entries, so an index (ids, revisions, keys; never a secret) is kept in
//   `stateFolder`, with a copy in the keychain to rebuild a lost file. A lock file beside it serialises
//   every change across processes, which re-read the index under the lock; lease records live there
//   too (LeaseFile). No secret is ever written outside the keychain, and there is no plaintext fallback.
// - Rows are cached: a read checks the small index file and asks the keychain only for what changed
//   (all entries queued back to back on a cold start).
// - Calls block until the keychain answers, at most the job timeout without progress (5 s, or
//   $ZCRM_KEYCHAIN_TIMEOUT_MS): call the store from a worker thread, never from the GUI thread (see
//   KeychainExecutor). A missing session bus or Secret Service, or a locked keyring (which answers
//   reads with "not found", so the first use of a store confirms that with a probe write), is an
//   Unavailable error, found before anything is written.
// - Thread-safe; one object per store spec is enough for a process.
class KeychainTokenStore : public TokenStore
{
public:
    static QString defaultService(); // "zcrm-explorer"
    // <generic data folder>/zcrm-explorer/keychain
    static QString defaultStateFolder();

    explicit KeychainTokenStore(const QString &service, const QString &stateFolder = QString());
    ~KeychainTokenStore() override;

    const QString &service() const { return m_service; }
    const QString &indexPath() const { return m_indexPath; }
    const QString &leasePath() const;
    void setJobTimeout(int milliseconds) { m_jobTimeoutMs = milliseconds; }

    StoreResult<std::optional<Token>> findToken(const Token &partial) override;
    StoreResult<std::optional<Token>> findTokenById(const QString &id) override;
    StoreResult<Token> saveToken(const Token &token) override;
    StoreResult<void> deleteToken(const QString &id) override;
    StoreResult<TokenList> getTokens() override;
    StoreResult<void> deleteTokens() override;
    StoreResult<bool> tryAcquireLease(const QString &tokenId, const QString &owner,
                                      qint64 durationMs) override;
    StoreResult<void> releaseLease(const QString &tokenId, const QString &owner) override;
    StoreResult<StoreCheck> check() override;
    // The FileStamp of the index file (one stat): every change of a row writes a new index, and
    // leases live in their own file. A stamp too recent to prove anything differs from every later one.
    StoreResult<QByteArray> changeStamp() override;

private:
    using LockResult = StoreResult<std::unique_ptr<ProcessLock>>;

    StoreResult<void> ensureKeychain(const QString &operation);
    StoreResult<void> probeWritable(const QString &operation);
    StoreResult<void> ensureFreshRows(const QString &operation);
    LockResult acquireLock(const QString &operation);
    StoreResult<void> loadIndexLocked(const QString &operation);
    StoreResult<void> loadRowsLocked(const QString &operation);
    StoreResult<void> writeIndexLocked(const KeychainIndex &index, const QString &operation);
    void collectGarbageLocked(const QString &operation);

    KeychainBatch runJobs(const QList<KeychainRequest> &requests);
    // The error of a batch that failed as a whole (no thread, timeout), if it did.
    std::optional<StoreError> batchFailure(const QString &operation, const KeychainBatch &batch,
                                           const QString &doing) const;
    StoreError replyError(const QString &operation, const KeychainReply &reply, const QString &doing) const;

    QMutex m_mutex;
    QString m_service;
    QString m_folder;
    QString m_indexPath;
    QString m_lockPath;
    std::unique_ptr<LeaseFile> m_leases; // under the lock of m_lockPath
    int m_jobTimeoutMs = 5000;
    int m_lockTimeoutMs = 10000;

    bool m_keychainChecked = false;
    bool m_mirrorAbsent = false; // the keychain had no index copy when last asked
    KeychainIndex m_index; // as last read or written
    QByteArray m_indexBytes; // the file m_index came from; empty when there was none
    TokenTable m_table; // the rows of m_index when m_tableValid; otherwise a cache of older rows
    QHash<QString, qint64> m_rowRevision; // id -> revision of the row in m_table
    bool m_tableValid = false;
};

// Registers `keychain:[SERVICE]` (called by registerBuiltinStores).
void registerKeychainStore(StoreRegistry &registry);
