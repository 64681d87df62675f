#pragma once

#include "encodedlines.h"
#include "filestamp.h"
#include "leasefile.h"
#include "sdktokenfile.h"
#include "tokenstore.h"
#include "tokentable.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

#include <functional>

// `file:PATH`: the Zoho SDK FileStore CSV (sdk_tokens.txt), which the Python and Java SDKs read and
// write too. The semantics are those of MemoryTokenStore: a TokenTable holds the parsed file.
//
// Files (PATH is the SDK file):
// - PATH: exactly the SDK's CSV; its header text (Python/Java/legacy) and line endings are kept;
//   a new file is written as the Python SDK writes it.
// - PATH.zcrm.csv: our fields the SDK has no column for (TokenExtrasFile), written only when needed.
// - PATH.zcrm-leases.json: refresh leases, {"leases": {"ID": {"owner": "…", "until": ms}}}.
// - PATH.lock: locked (ProcessLock) across every read-modify-write, so that processes of ours lose
//   no update; the empty file stays.
//
// Every write replaces a file atomically and durably (AtomicFileWriter); a new file is created
// 0600. Lookups are answered from the cache while the file is unchanged (one stat per call,
// FileStamp); a file that changed is re-read under the lock. A file that does not parse is reported as
// Corrupt with its line and is never written. The SDKs take no lock: an SDK process writing at the same
// moment as we do can still lose its or our update, as two SDK processes can.
class FileTokenStore : public TokenStore
{
public:
    // `path` is absolute. Nothing is read or written before the first operation.
    explicit FileTokenStore(const QString &path);
    ~FileTokenStore() override;

    StoreResult<std::optional<Token>> findToken(const Token &partial) override;
    StoreResult<std::optional<Token>> findTokenById(const QString &id) override;
    StoreResult<Token> saveToken(const Token &token) override;
    // One rewrite for the whole batch; nothing is written when one token fails.
    StoreResult<TokenList> saveTokens(const TokenList &tokens) override;
    StoreResult<void> deleteToken(const QString &id) override;
    StoreResult<TokenList> getTokens() override;
    StoreResult<void> deleteTokens() override;
    StoreResult<bool> tryAcquireLease(const QString &tokenId, const QString &owner,
                                      qint64 durationMs) override;
    StoreResult<void> releaseLease(const QString &tokenId, const QString &owner) override;
    StoreResult<StoreCheck> check() override;
    // The FileStamps of PATH and the sidecar (two stats; leases are not a change). A stamp too
    // recent to prove anything (FileStamp::isSettledAt) differs from every later one.
    StoreResult<QByteArray> changeStamp() override;

    const QString &path() const { return m_path; }
    QString extrasPath() const;
    QString leasesPath() const;
    QString lockPath() const;

    // How long an operation waits for another process's lock before failing with Busy.
    void setLockTimeout(int milliseconds) { m_lockTimeoutMs = milliseconds; }

private:
    // Runs `work` holding the lock, with the cache brought up to date under it.
    template<typename T>
    StoreResult<T> underLock(const QString &operation, const std::function<StoreResult<T>()> &work);
    // Brings the cache up to date with the file: a stat when nothing changed; a re-read (under the
    // lock unless `lockHeld`) when something did.
    StoreResult<void> ensureCurrent(const QString &operation, bool lockHeld);
    StoreResult<void> load(const QString &operation);
    // Whether the file still holds what we last read or wrote (for a stamp too recent to trust).
    bool contentUnchanged();
    StoreResult<void> requireFolder(const QString &operation) const;
    StoreResult<void> requireWritable(const QString &operation, const QStringList &paths) const;
    // Writes the table to PATH and the sidecar; on failure the cache is dropped, so that the next
    // operation re-reads what is really on disk.
    StoreResult<void> writeTable(const QString &operation);
    StoreError corrupt(const QString &operation, const QString &file, int line, const QString &problem) const;
    // Keeps the encoded lines in step with the table after `row` was saved.
    void encodeSavedRow(const Token &row);
    void encodeAllRows();
    void forget();

    QMutex m_mutex;
    const QString m_path;
    const LeaseFile m_leases; // drops the leases of tokens no longer in m_table
    int m_lockTimeoutMs = 10'000;

    // The cache: the file as last read or written.
    TokenTable m_table;
    SdkTokenFile::Format m_format;
    QByteArray m_bytes; // the file as last read; after a write of ours, m_sdkLines holds it
    bool m_bytesAreEncoded = false;
    QByteArray m_readBuffer; // reused, so that comparing 3 MB allocates nothing
    FileStamp m_stamp;
    bool m_loaded = false;
    bool m_settled = false;
    // The SDK file and the sidecar as we next write them, in the table's row order; invalid after
    // a read until the first write encodes every row.
    EncodedLines m_sdkLines;
    EncodedLines m_extrasLines;
};
