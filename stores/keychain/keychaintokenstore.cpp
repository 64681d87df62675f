#include "keychaintokenstore.h"

#include "atomicfilewriter.h"
#include "displaytext.h"
#include "filestamp.h"
#include "keychainlogging.h"
#include "keychainsecret.h"
#include "keychaintokencodec.h"
#include "leasefile.h"
#include "processlock.h"
#include "storeregistry.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>
#include <QSet>
#include <QStandardPaths>
#include <QUrl>

#include <atomic>

namespace {

constexpr int kMaxServiceLength = 100;

QString keychainName()
{
#if defined(Q_OS_WIN)
    return QCoreApplication::translate("KeychainTokenStore", "Windows Credential Manager");
#elif defined(Q_OS_DARWIN)
    return QCoreApplication::translate("KeychainTokenStore", "macOS Keychain");
#else
    return QCoreApplication::translate("KeychainTokenStore", "Secret Service");
#endif
}

// File names for a service: readable where the name allows, a hash where it is long.
QString fileStem(const QString &service)
{
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(service));
    if (encoded.size() <= 120 && encoded != QLatin1String(".") && encoded != QLatin1String(".."))
        return encoded;
    return QStringLiteral("service-")
        + QString::fromLatin1(QCryptographicHash::hash(service.toUtf8(), QCryptographicHash::Sha256).toHex());
}

struct FileContent
{
    bool exists = false;
    QByteArray bytes;
    QString error;
};

FileContent readFile(const QString &path)
{
    FileContent content;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (file.exists())
            content.error = QCoreApplication::translate("KeychainTokenStore", "cannot read %1: %2")
                                .arg(path, file.errorString());
        return content;
    }
    content.exists = true;
    content.bytes = file.readAll();
    return content;
}

// Written whole or not at all, flushed (the index names every token); a new file is owner-only.
QString writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    const AtomicFileWriter::Result written =
        AtomicFileWriter::write(path, bytes, AtomicFileWriter::Durability::Flushed);
    return written.ok ? QString() : written.message;
}

void appendUnique(QStringList &list, const QStringList &more)
{
    for (const QString &item : more) {
        if (!list.contains(item))
            list.append(item);
    }
}

} // namespace

QString KeychainTokenStore::defaultService()
{
    return QStringLiteral("zcrm-explorer");
}

QString KeychainTokenStore::defaultStateFolder()
{
    // The generic folder, not the application's: the CLI and the desktop app must find the same index.
    QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (folder.isEmpty())
        folder = QDir::homePath() + QStringLiteral("/.local/share");
    return folder + QStringLiteral("/zcrm-explorer/keychain");
}

KeychainTokenStore::KeychainTokenStore(const QString &service, const QString &stateFolder)
    : TokenStore(QStringLiteral("keychain:") + service)
    , m_service(service)
    , m_folder(stateFolder.isEmpty() ? defaultStateFolder() : stateFolder)
{
    const QString stem = m_folder + QLatin1Char('/') + fileStem(service);
    m_indexPath = stem + QStringLiteral(".index.json");
    m_lockPath = stem + QStringLiteral(".lock");
    m_leases = std::make_unique<LeaseFile>(stem + QStringLiteral(".leases.json"), description());
    m_index.service = service;
    bool ok = false;
    const int timeout = qEnvironmentVariableIntValue("ZCRM_KEYCHAIN_TIMEOUT_MS", &ok);
    if (ok && timeout > 0)
        m_jobTimeoutMs = timeout;
}

KeychainTokenStore::~KeychainTokenStore() = default;

const QString &KeychainTokenStore::leasePath() const
{
    return m_leases->path();
}

// ---- the six operations -------------------------------------------------------------------------

StoreResult<std::optional<Token>> KeychainTokenStore::findToken(const Token &partial)
{
    QMutexLocker guard(&m_mutex);
    if (auto fresh = ensureFreshRows(QStringLiteral("findToken")); !fresh)
        return fresh.error();
    return m_table.findCompleted(partial);
}

StoreResult<std::optional<Token>> KeychainTokenStore::findTokenById(const QString &id)
{
    QMutexLocker guard(&m_mutex);
    if (auto fresh = ensureFreshRows(QStringLiteral("findTokenById")); !fresh)
        return fresh.error();
    return m_table.findById(id);
}

StoreResult<TokenList> KeychainTokenStore::getTokens()
{
    QMutexLocker guard(&m_mutex);
    if (auto fresh = ensureFreshRows(QStringLiteral("getTokens")); !fresh)
        return fresh.error();
    return m_table.rows();
}

StoreResult<Token> KeychainTokenStore::saveToken(const Token &token)
{
    QMutexLocker guard(&m_mutex);
    const QString operation = QStringLiteral("saveToken");
    if (auto usable = ensureKeychain(operation); !usable)
        return usable.error();
    LockResult lock = acquireLock(operation);
    if (!lock)
        return lock.error();
    if (auto loaded = loadRowsLocked(operation); !loaded)
        return loaded.error();

    // The rules are TokenTable's; it works on a copy until the keychain has the new row.
    TokenTable table = m_table;
    auto saved = table.save(token, now(), description());
    if (!saved)
        return saved.error();
    const Token &row = saved.value();

    const QList<QByteArray> parts = KeychainTokenCodec::split(KeychainTokenCodec::encode(row));
    KeychainIndex next = m_index;
    const qint64 revision = next.generation + 1;
    const KeychainIndex::Entry entry { row.id, revision, int(parts.size()) };
    const QStringList newKeys = KeychainIndex::keysOf(m_service, entry);

    // 1. Announce the new keys, so that an interrupted save leaves nothing unknown in the keychain.
    next.generation = revision;
    appendUnique(next.garbage, newKeys);
    if (auto written = writeIndexLocked(next, operation); !written)
        return written.error();

    // 2. Write every part.
    QList<KeychainRequest> writes;
    for (int i = 0; i < parts.size(); ++i)
        writes.append({ KeychainRequest::Kind::Write, newKeys.at(i), QString::fromUtf8(parts.at(i)) });
    const KeychainBatch batch = runJobs(writes);
    const QString doing = QCoreApplication::translate("KeychainTokenStore", "writing token %1").arg(row.id);
    if (auto failure = batchFailure(operation, batch, doing))
        return *failure;
    for (const KeychainReply &reply : batch.replies) {
        if (reply.status != KeychainReply::Status::Ok)
            return replyError(operation, reply, doing);
    }

    // 3. Switch the index to them; the old version's keys become garbage.
    const int position = next.indexOf(row.id);
    if (position >= 0) {
        appendUnique(next.garbage, KeychainIndex::keysOf(m_service, next.entries.at(position)));
        next.entries[position] = entry;
    } else {
        next.entries.append(entry);
    }
    for (const QString &key : newKeys)
        next.garbage.removeAll(key);
    if (auto written = writeIndexLocked(next, operation); !written)
        return written.error();
    m_table = std::move(table);
    m_rowRevision.insert(row.id, revision);
    m_tableValid = true;

    collectGarbageLocked(operation);
    return m_table.findById(row.id).value_or(row);
}

StoreResult<void> KeychainTokenStore::deleteToken(const QString &id)
{
    QMutexLocker guard(&m_mutex);
    const QString operation = QStringLiteral("deleteToken");
    if (auto usable = ensureKeychain(operation); !usable)
        return usable.error();
    LockResult lock = acquireLock(operation);
    if (!lock)
        return lock.error();
    // The index alone decides, so that a token whose keychain entry is damaged can still be deleted.
    if (auto loaded = loadIndexLocked(operation); !loaded)
        return loaded.error();
    const int position = m_index.indexOf(id);
    if (position < 0)
        return makeError(StoreError::Code::NotFound, operation,
                         QCoreApplication::translate("KeychainTokenStore", "no token with id %1")
                             .arg(DisplayText::quoted(id)));

    KeychainIndex next = m_index;
    appendUnique(next.garbage, KeychainIndex::keysOf(m_service, next.entries.at(position)));
    next.entries.removeAt(position);
    next.generation += 1;
    if (auto written = writeIndexLocked(next, operation); !written)
        return written.error();
    m_table.remove(id);
    m_rowRevision.remove(id);
    if (auto leases = m_leases->remove(operation, { id }, now()); !leases)
        qCWarning(lcKeychainStore) << leases.error().toString();
    collectGarbageLocked(operation);
    return {};
}

StoreResult<void> KeychainTokenStore::deleteTokens()
{
    QMutexLocker guard(&m_mutex);
    const QString operation = QStringLiteral("deleteTokens");
    if (auto usable = ensureKeychain(operation); !usable)
        return usable.error();
    if (!QFileInfo::exists(m_indexPath) && m_mirrorAbsent) {
        m_table.clear();
        m_rowRevision.clear();
        return {}; // nothing was ever stored: create no file
    }
    LockResult lock = acquireLock(operation);
    if (!lock)
        return lock.error();
    if (auto loaded = loadIndexLocked(operation); !loaded)
        return loaded.error();

    KeychainIndex next = m_index;
    QStringList ids;
    for (const KeychainIndex::Entry &entry : next.entries) {
        ids.append(entry.id);
        appendUnique(next.garbage, KeychainIndex::keysOf(m_service, entry));
    }
    next.entries.clear();
    next.generation += 1;
    if (auto written = writeIndexLocked(next, operation); !written)
        return written.error();
    m_table.clear();
    m_rowRevision.clear();
    m_tableValid = true;
    if (auto leases = m_leases->remove(operation, ids, now()); !leases)
        qCWarning(lcKeychainStore) << leases.error().toString();
    collectGarbageLocked(operation);
    return {};
}

// ---- leases: a record file under the same lock; no keychain involved ------------------------------

StoreResult<bool> KeychainTokenStore::tryAcquireLease(const QString &tokenId, const QString &owner,
                                                      qint64 durationMs)
{
    QMutexLocker guard(&m_mutex);
    const QString operation = QStringLiteral("tryAcquireLease");
    if (auto usable = ensureKeychain(operation); !usable)
        return usable.error();
    if (!QFileInfo::exists(m_indexPath) && m_mirrorAbsent)
        return makeError(StoreError::Code::NotFound, operation,
                         QCoreApplication::translate("KeychainTokenStore", "no token with id %1")
                             .arg(DisplayText::quoted(tokenId)));
    LockResult lock = acquireLock(operation);
    if (!lock)
        return lock.error();
    if (auto loaded = loadIndexLocked(operation); !loaded)
        return loaded.error();
    if (m_index.indexOf(tokenId) < 0)
        return makeError(StoreError::Code::NotFound, operation,
                         QCoreApplication::translate("KeychainTokenStore", "no token with id %1")
                             .arg(DisplayText::quoted(tokenId)));

    return m_leases->tryAcquire(operation, tokenId, owner, now(), durationMs);
}

StoreResult<void> KeychainTokenStore::releaseLease(const QString &tokenId, const QString &owner)
{
    QMutexLocker guard(&m_mutex);
    const QString operation = QStringLiteral("releaseLease");
    if (!m_leases->exists())
        return {};
    LockResult lock = acquireLock(operation);
    if (!lock)
        return lock.error();
    return m_leases->release(operation, tokenId, owner, now());
}

// ---- check -------------------------------------------------------------------------------------------

StoreResult<StoreCheck> KeychainTokenStore::check()
{
    QMutexLocker guard(&m_mutex);
    const QString operation = QStringLiteral("check");
    if (auto usable = ensureKeychain(operation); !usable)
        return usable.error();
    if (auto fresh = ensureFreshRows(operation); !fresh)
        return fresh.error();

    StoreCheck result;
    result.reachable = true;
    result.rowCount = m_table.size();
    result.schemaVersion = QString::number(KeychainIndex::kVersion);

    auto writable = probeWritable(operation);
    const QString problem = writable ? QString() : writable.error().message();
    result.writable = writable.ok();

    result.details =
        QCoreApplication::translate("KeychainTokenStore", "%1 through QtKeychain, service \"%2\"; index %3")
            .arg(keychainName(), m_service, QDir::toNativeSeparators(m_indexPath));
    if (!m_index.garbage.isEmpty())
        result.details +=
            QCoreApplication::translate("KeychainTokenStore", "; %1 old entries still to delete")
                .arg(m_index.garbage.size());
    if (!problem.isEmpty())
        result.details += QCoreApplication::translate("KeychainTokenStore", "; not writable: ") + problem;
    return result;
}

// ---- keychain access -------------------------------------------------------------------------------

KeychainBatch KeychainTokenStore::runJobs(const QList<KeychainRequest> &requests)
{
    return KeychainExecutor::instance().run(m_service, requests, m_jobTimeoutMs);
}

std::optional<StoreError> KeychainTokenStore::batchFailure(const QString &operation,
                                                           const KeychainBatch &batch,
                                                           const QString &doing) const
{
    if (!batch.failure.isEmpty())
        return makeError(StoreError::Code::Unavailable, operation, batch.failure);
    if (batch.timedOut) {
        return makeError(
            StoreError::Code::Unavailable, operation,
            QCoreApplication::translate("KeychainTokenStore",
                                        "the %1 did not answer within %2 s while %3 (a keyring waiting to be "
                                        "unlocked, or a keychain service that hangs); the request may still "
                                        "finish in the background")
                .arg(keychainName())
                .arg(m_jobTimeoutMs / 1000.0)
                .arg(doing));
    }
    return std::nullopt;
}

StoreError KeychainTokenStore::replyError(const QString &operation, const KeychainReply &reply,
                                          const QString &doing) const
{
    switch (reply.status) {
    case KeychainReply::Status::AccessDenied:
        return makeError(
            StoreError::Code::AccessDenied, operation,
            QCoreApplication::translate("KeychainTokenStore", "keyring locked or access denied while %1: %2")
                .arg(doing, reply.message));
    case KeychainReply::Status::Unavailable:
        return makeError(StoreError::Code::Unavailable, operation,
                         QCoreApplication::translate("KeychainTokenStore", "no keychain backend while %1: %2")
                             .arg(doing, reply.message));
    case KeychainReply::Status::NotFound:
        return makeError(StoreError::Code::Corrupt, operation,
                         QCoreApplication::translate("KeychainTokenStore",
                                                     "an entry is missing from the keychain while %1: %2")
                             .arg(doing, reply.message));
    case KeychainReply::Status::Pending:
    case KeychainReply::Status::Failed:
    case KeychainReply::Status::Ok:
        break;
    }
    if (!m_keychainChecked) {
        return makeError(StoreError::Code::Unavailable, operation,
                         QCoreApplication::translate("KeychainTokenStore", "%1 not available: %2")
                             .arg(keychainName(), reply.message));
    }
    return makeError(StoreError::Code::Backend, operation,
                     QCoreApplication::translate("KeychainTokenStore", "keychain error while %1: %2")
                         .arg(doing, reply.message));
}

// Once per store object, before anything is written anywhere: is there a usable keychain? Reading
// the index copy answers that, and says whether there is a copy to rebuild a lost index file from. A
// locked keyring answers "not found" to a read, so "not found" is confirmed with a probe write.
StoreResult<void> KeychainTokenStore::ensureKeychain(const QString &operation)
{
    if (m_keychainChecked)
        return {};
    if (const QString problem = KeychainExecutor::environmentProblem(); !problem.isEmpty())
        return makeError(StoreError::Code::Unavailable, operation, problem);
    const KeychainBatch batch =
        runJobs({ { KeychainRequest::Kind::Read, KeychainIndex::mirrorKey(m_service), QString() } });
    const QString doing = QCoreApplication::translate("KeychainTokenStore", "opening the keychain");
    if (auto failure = batchFailure(operation, batch, doing))
        return *failure;
    const KeychainReply &reply = batch.replies.first();
    if (reply.status == KeychainReply::Status::NotFound) {
        if (auto writable = probeWritable(operation); !writable)
            return writable.error();
    } else if (reply.status != KeychainReply::Status::Ok) {
        return makeError(StoreError::Code::Unavailable, operation,
                         QCoreApplication::translate("KeychainTokenStore", "%1 not available: %2")
                             .arg(keychainName(), reply.message));
    }
    m_mirrorAbsent = reply.status == KeychainReply::Status::NotFound;
    m_keychainChecked = true;
    return {};
}

// Writes, reads back and deletes an entry of its own (unique, as other processes probe too).
StoreResult<void> KeychainTokenStore::probeWritable(const QString &operation)
{
    static std::atomic<int> counter { 0 };
    const QString key = KeychainIndex::probeKey(m_service)
        + QStringLiteral("/%1-%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    const QString value = QStringLiteral("zcrm probe %1").arg(QDateTime::currentMSecsSinceEpoch());
    const KeychainBatch batch = runJobs({ { KeychainRequest::Kind::Write, key, value },
                                          { KeychainRequest::Kind::Read, key, QString() },
                                          { KeychainRequest::Kind::Delete, key, QString() } });
    const QString doing = QCoreApplication::translate("KeychainTokenStore", "writing a probe entry");
    if (auto failure = batchFailure(operation, batch, doing))
        return *failure;
    for (const KeychainReply &reply : batch.replies) {
        if (reply.status == KeychainReply::Status::Ok)
            continue;
        return makeError(
            StoreError::Code::Unavailable, operation,
            QCoreApplication::translate("KeychainTokenStore",
                                        "keyring locked or missing: the %1 cannot store a secret (%2)")
                .arg(keychainName(), reply.message));
    }
    if (batch.replies.at(1).text != value) {
        return makeError(
            StoreError::Code::Unavailable, operation,
            QCoreApplication::translate("KeychainTokenStore",
                                        "the %1 returned something else than the probe entry it stored")
                .arg(keychainName()));
    }
    return {};
}

KeychainTokenStore::LockResult KeychainTokenStore::acquireLock(const QString &operation)
{
    if (!QFileInfo::exists(m_folder)) {
        if (!QDir().mkpath(m_folder)) {
            return makeError(StoreError::Code::AccessDenied, operation,
                             QCoreApplication::translate("KeychainTokenStore", "cannot create the folder %1")
                                 .arg(m_folder));
        }
        QFile::setPermissions(m_folder,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    auto lock = std::make_unique<ProcessLock>(m_lockPath);
    if (auto failure = lock->lockFor(description(), operation, m_lockTimeoutMs))
        return *failure;
    return lock;
}

// A read without a change elsewhere costs one small file read and no keychain access.
StoreResult<void> KeychainTokenStore::ensureFreshRows(const QString &operation)
{
    if (auto usable = ensureKeychain(operation); !usable)
        return usable.error();
    const FileContent content = readFile(m_indexPath);
    if (!content.error.isEmpty())
        return makeError(StoreError::Code::AccessDenied, operation, content.error);
    if (m_tableValid && content.bytes == m_indexBytes)
        return {};
    if (!content.exists && m_mirrorAbsent) {
        // Nothing stored yet: no lock file, no folder.
        m_index = KeychainIndex();
        m_index.service = m_service;
        m_indexBytes.clear();
        m_table.clear();
        m_rowRevision.clear();
        m_tableValid = true;
        return {};
    }
    LockResult lock = acquireLock(operation);
    if (!lock)
        return lock.error();
    return loadRowsLocked(operation);
}

StoreResult<void> KeychainTokenStore::loadIndexLocked(const QString &operation)
{
    FileContent content = readFile(m_indexPath);
    if (!content.error.isEmpty())
        return makeError(StoreError::Code::AccessDenied, operation, content.error);

    if (!content.exists && (!m_mirrorAbsent || !m_indexBytes.isEmpty())) {
        // The index file is gone but the keychain may hold its copy: rebuild the file from it.
        const KeychainBatch batch =
            runJobs({ { KeychainRequest::Kind::Read, KeychainIndex::mirrorKey(m_service), QString() } });
        const QString doing = QCoreApplication::translate("KeychainTokenStore", "reading the index copy");
        if (auto failure = batchFailure(operation, batch, doing))
            return *failure;
        const KeychainReply &reply = batch.replies.first();
        if (reply.status == KeychainReply::Status::Ok) {
            QString error;
            const QByteArray copy = reply.text.toUtf8();
            if (!KeychainIndex::fromJson(copy, &error)) {
                return makeError(StoreError::Code::Corrupt, operation,
                                 QCoreApplication::translate(
                                     "KeychainTokenStore",
                                     "the index file %1 is missing and its copy in the keychain is "
                                     "not valid (%2)")
                                     .arg(m_indexPath, error));
            }
            if (const QString written = writeFileAtomically(m_indexPath, copy); !written.isEmpty())
                return makeError(StoreError::Code::AccessDenied, operation, written);
            qCWarning(lcKeychainStore).noquote()
                << "the index file" << m_indexPath << "was missing; rebuilt it from its copy in the keychain";
            content.exists = true;
            content.bytes = copy;
        } else if (reply.status == KeychainReply::Status::NotFound) {
            m_mirrorAbsent = true;
        } else {
            return replyError(operation, reply, doing);
        }
    }

    if (!content.exists) {
        if (!m_indexBytes.isEmpty() || m_index.generation != 0) {
            m_index = KeychainIndex();
            m_index.service = m_service;
            m_indexBytes.clear();
            m_tableValid = false;
        }
        return {};
    }
    m_mirrorAbsent = false;
    if (content.bytes == m_indexBytes)
        return {};
    QString error;
    auto parsed = KeychainIndex::fromJson(content.bytes, &error);
    if (!parsed) {
        return makeError(
            StoreError::Code::Corrupt, operation,
            QCoreApplication::translate("KeychainTokenStore",
                                        "the index file %1 is not valid (%2); it is left untouched")
                .arg(m_indexPath, error));
    }
    m_index = std::move(*parsed);
    m_index.service = m_service;
    m_indexBytes = content.bytes;
    m_tableValid = false;
    return {};
}

// Reads from the keychain only the rows whose revision changed since they were cached, all at once.
StoreResult<void> KeychainTokenStore::loadRowsLocked(const QString &operation)
{
    if (auto loaded = loadIndexLocked(operation); !loaded)
        return loaded.error();
    if (m_tableValid)
        return {};

    QList<KeychainRequest> reads;
    QList<int> firstRead; // per entry: position of its first part in `reads`, or -1 when cached
    for (const KeychainIndex::Entry &entry : m_index.entries) {
        if (m_rowRevision.value(entry.id, -1) == entry.revision) {
            firstRead.append(-1);
            continue;
        }
        firstRead.append(int(reads.size()));
        for (const QString &key : KeychainIndex::keysOf(m_service, entry))
            reads.append({ KeychainRequest::Kind::Read, key, QString() });
    }
    const KeychainBatch batch = runJobs(reads);
    const QString doing =
        QCoreApplication::translate("KeychainTokenStore", "reading %1 keychain entries").arg(reads.size());
    if (auto failure = batchFailure(operation, batch, doing))
        return *failure;

    TokenList rows;
    rows.reserve(m_index.entries.size());
    QHash<QString, qint64> revisions;
    for (int i = 0; i < m_index.entries.size(); ++i) {
        const KeychainIndex::Entry &entry = m_index.entries.at(i);
        revisions.insert(entry.id, entry.revision);
        if (firstRead.at(i) < 0) {
            rows.append(*m_table.findById(entry.id));
            continue;
        }
        QByteArray blob;
        for (int part = 0; part < entry.parts; ++part) {
            const KeychainReply &reply = batch.replies.at(firstRead.at(i) + part);
            if (reply.status == KeychainReply::Status::NotFound) {
                // A locked keyring also answers "not found"; only a writable one proves the entry is gone.
                if (auto writable = probeWritable(operation); !writable)
                    return writable.error();
                return makeError(StoreError::Code::Corrupt, operation,
                                 QCoreApplication::translate(
                                     "KeychainTokenStore",
                                     "token %1 is listed in %2 but its keychain entry %3 is missing "
                                     "(removed outside zcrm?); delete the token to go on")
                                     .arg(entry.id, m_indexPath, reads.at(firstRead.at(i) + part).key));
            }
            if (reply.status != KeychainReply::Status::Ok)
                return replyError(operation, reply, doing);
            blob += reply.text.toUtf8();
        }
        auto token = KeychainTokenCodec::decode(blob);
        if (!token || (!token->id.isEmpty() && token->id != entry.id)) {
            return makeError(
                StoreError::Code::Corrupt, operation,
                QCoreApplication::translate("KeychainTokenStore",
                                            "the keychain entry of token %1 (%2) is not a token written by "
                                            "zcrm; it is left untouched")
                    .arg(entry.id, KeychainIndex::partKey(m_service, entry.id, entry.revision, 0)));
        }
        token->id = entry.id;
        rows.append(*token);
    }
    if (const QString problem = m_table.setRows(rows); !problem.isEmpty())
        return makeError(StoreError::Code::Corrupt, operation, problem);
    m_rowRevision = revisions;
    m_tableValid = true;
    return {};
}

StoreResult<void> KeychainTokenStore::writeIndexLocked(const KeychainIndex &index, const QString &operation)
{
    const QByteArray bytes = index.toJson();
    if (const QString error = writeFileAtomically(m_indexPath, bytes); !error.isEmpty())
        return makeError(StoreError::Code::AccessDenied, operation, error);
    m_index = index;
    m_indexBytes = bytes;
    m_mirrorAbsent = false;
    return {};
}

// After a change: refresh the index copy in the keychain and delete the entries no longer wanted.
// A failure here loses nothing (the change is in), so it is only logged; the next change retries.
void KeychainTokenStore::collectGarbageLocked(const QString &operation)
{
    QList<KeychainRequest> requests { { KeychainRequest::Kind::Write, KeychainIndex::mirrorKey(m_service),
                                        QString::fromUtf8(m_indexBytes) } };
    for (const QString &key : m_index.garbage)
        requests.append({ KeychainRequest::Kind::Delete, key, QString() });
    const KeychainBatch batch = runJobs(requests);
    if (auto failure = batchFailure(
            operation, batch, QCoreApplication::translate("KeychainTokenStore", "deleting old entries"))) {
        qCWarning(lcKeychainStore).noquote() << failure->toString();
        return;
    }
    if (batch.replies.first().status != KeychainReply::Status::Ok) {
        qCWarning(lcKeychainStore).noquote()
            << replyError(operation, batch.replies.first(), QStringLiteral("copying the index")).toString();
    }
    KeychainIndex next = m_index;
    for (int i = 1; i < requests.size(); ++i) {
        const KeychainReply &reply = batch.replies.at(i);
        if (reply.status == KeychainReply::Status::Ok || reply.status == KeychainReply::Status::NotFound)
            next.garbage.removeAll(requests.at(i).key);
    }
    if (next.garbage.size() == m_index.garbage.size())
        return;
    if (auto written = writeIndexLocked(next, operation); !written)
        qCWarning(lcKeychainStore).noquote() << written.error().toString();
}

// ---- registration ----------------------------------------------------------------------------------

void registerKeychainStore(StoreRegistry &registry)
{
    registry.registerScheme(
        QStringLiteral("keychain"), QStringLiteral("keychain:[SERVICE]"),
        QCoreApplication::translate(
            "KeychainTokenStore",
            "the OS keychain (Secret Service, macOS Keychain, Windows Credential Manager); "
            "SERVICE defaults to %1")
            .arg(KeychainTokenStore::defaultService()),
        [](const QString &spec) -> StoreResult<std::unique_ptr<TokenStore>> {
            QString service = StoreRegistry::remainderOf(spec);
            if (service.isEmpty())
                service = KeychainTokenStore::defaultService();
            const bool printable =
                std::all_of(service.cbegin(), service.cend(), [](QChar c) { return c.isPrint(); });
            if (service.size() > kMaxServiceLength || !printable || service.trimmed() != service) {
                return StoreError(StoreError::Code::InvalidInput, spec, QStringLiteral("open"),
                                  QCoreApplication::translate(
                                      "KeychainTokenStore",
                                      "the service name must be 1 to %1 printable characters without "
                                      "leading or trailing spaces")
                                      .arg(kMaxServiceLength));
            }
            return std::unique_ptr<TokenStore>(std::make_unique<KeychainTokenStore>(service));
        });
    // The passwords of database servers (`zcrm stores password`), under a service of their own.
    registry.registerPasswordVault(
        { QCoreApplication::translate("KeychainTokenStore", "the keychain"),
          [](const QString &key) { return KeychainSecret::read(KeychainSecret::databaseService(), key); },
          [](const QString &key, const QString &password) {
              return KeychainSecret::write(KeychainSecret::databaseService(), key, password);
          } });
}

StoreResult<QByteArray> KeychainTokenStore::changeStamp()
{
    // The index names every row's revision, so its stamp is the store's; the keychain is not asked.
    const qint64 checkedAt = FileStamp::wallClockNs();
    const FileStamp index = FileStamp::ofPath(m_indexPath);
    QByteArray stamp = index.toBytes();
    if (!index.isSettledAt(checkedAt)) {
        static QAtomicInteger<quint64> unsettled;
        stamp += "/unsettled:" + QByteArray::number(++unsettled);
    }
    return stamp;
}
