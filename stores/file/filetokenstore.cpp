#include "filetokenstore.h"

#include "atomicfilewriter.h"
#include "displaytext.h"
#include "filestorelogging.h"
#include "leasefile.h"
#include "pathprobe.h"
#include "processlock.h"
#include "tokenextrasfile.h"
#include "tokenmatchkey.h"
#include "tokenrules.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace {

const QString kFindToken = QStringLiteral("findToken");
const QString kFindTokenById = QStringLiteral("findTokenById");
const QString kSaveToken = QStringLiteral("saveToken");
const QString kSaveTokens = QStringLiteral("saveTokens");
const QString kDeleteToken = QStringLiteral("deleteToken");
const QString kGetTokens = QStringLiteral("getTokens");
const QString kDeleteTokens = QStringLiteral("deleteTokens");
const QString kTryAcquireLease = QStringLiteral("tryAcquireLease");
const QString kReleaseLease = QStringLiteral("releaseLease");
const QString kCheck = QStringLiteral("check");
const QString kChangeStamp = QStringLiteral("changeStamp");

// An SDK process rewrites the file in place (truncate, then write): a read that overlaps it sees a
// torn file. A file that changes while we read it, or does not parse, is read again; it is called
// corrupt when two reads in a row give the same bytes that do not parse.
constexpr int kReadAttempts = 4;
constexpr unsigned long kRereadPauseMs = 20;
// A reader waits this long at most for a writer's lock, then reads without it: every write is an
// atomic rename, so the file is whole; only the sidecar may be one write behind.
constexpr int kReadLockWaitMs = 2000;

} // namespace

FileTokenStore::FileTokenStore(const QString &path)
    : TokenStore(QStringLiteral("file:") + path)
    , m_path(path)
    , m_leases(path + QStringLiteral(".zcrm-leases.json"), description(),
               [this](const QString &id) { return m_table.findById(id).has_value(); })
{ }

FileTokenStore::~FileTokenStore() = default;

QString FileTokenStore::extrasPath() const
{
    return m_path + QStringLiteral(".zcrm.csv");
}

QString FileTokenStore::leasesPath() const
{
    return m_leases.path();
}

QString FileTokenStore::lockPath() const
{
    return m_path + QStringLiteral(".lock");
}

StoreResult<std::optional<Token>> FileTokenStore::findToken(const Token &partial)
{
    QMutexLocker locker(&m_mutex);
    auto current = ensureCurrent(kFindToken, false);
    if (!current)
        return current.error();
    return m_table.findCompleted(partial);
}

StoreResult<std::optional<Token>> FileTokenStore::findTokenById(const QString &id)
{
    QMutexLocker locker(&m_mutex);
    auto current = ensureCurrent(kFindTokenById, false);
    if (!current)
        return current.error();
    return m_table.findById(id);
}

StoreResult<Token> FileTokenStore::saveToken(const Token &token)
{
    QMutexLocker locker(&m_mutex);
    return underLock<Token>(kSaveToken, [&]() -> StoreResult<Token> {
        auto writable = requireWritable(kSaveToken, { m_path, extrasPath() });
        if (!writable)
            return writable.error();
        auto saved = m_table.save(token, now(), description()); // leaves the table alone when it fails
        if (!saved)
            return saved.error();
        encodeSavedRow(saved.value());
        auto written = writeTable(kSaveToken);
        if (!written)
            return written.error();
        return saved;
    });
}

StoreResult<TokenList> FileTokenStore::saveTokens(const TokenList &tokens)
{
    if (tokens.isEmpty())
        return TokenList();
    QMutexLocker locker(&m_mutex);
    return underLock<TokenList>(kSaveTokens, [&]() -> StoreResult<TokenList> {
        auto writable = requireWritable(kSaveTokens, { m_path, extrasPath() });
        if (!writable)
            return writable.error();
        TokenList saved;
        saved.reserve(tokens.size());
        for (const Token &token : tokens) {
            auto result = m_table.save(token, now(), description());
            if (!result) {
                forget(); // the tokens before it are in the cache only: drop them
                return result.error();
            }
            encodeSavedRow(result.value());
            saved.append(std::move(result).value());
        }
        auto written = writeTable(kSaveTokens);
        if (!written)
            return written.error();
        return saved;
    });
}

StoreResult<void> FileTokenStore::deleteToken(const QString &id)
{
    QMutexLocker locker(&m_mutex);
    return underLock<void>(kDeleteToken, [&]() -> StoreResult<void> {
        if (!m_table.findById(id))
            return makeError(StoreError::Code::NotFound, kDeleteToken,
                             QCoreApplication::translate("FileTokenStore", "no token with id %1")
                                 .arg(DisplayText::quoted(id)));
        auto writable = requireWritable(kDeleteToken, { m_path, extrasPath(), leasesPath() });
        if (!writable)
            return writable.error();
        // Read first: a leases file we cannot read stops the deletion before anything is written.
        auto leases = m_leases.read(kDeleteToken);
        if (!leases)
            return leases.error();
        m_table.remove(id);
        m_sdkLines.remove(id);
        m_extrasLines.remove(id);
        auto written = writeTable(kDeleteToken);
        if (!written)
            return written.error();
        // A new token may get this id again; it must not inherit the lease.
        if (leases.value().remove(id) > 0)
            return m_leases.write(kDeleteToken, leases.value(), now());
        return {};
    });
}

StoreResult<TokenList> FileTokenStore::getTokens()
{
    QMutexLocker locker(&m_mutex);
    auto current = ensureCurrent(kGetTokens, false);
    if (!current)
        return current.error();
    return m_table.rows();
}

StoreResult<void> FileTokenStore::deleteTokens()
{
    QMutexLocker locker(&m_mutex);
    return underLock<void>(kDeleteTokens, [&]() -> StoreResult<void> {
        auto writable = requireWritable(kDeleteTokens, { m_path, extrasPath(), leasesPath() });
        if (!writable)
            return writable.error();
        m_table.clear();
        m_sdkLines.invalidate();
        m_extrasLines.invalidate();
        auto written = writeTable(kDeleteTokens); // the header stays, as the SDK leaves it
        if (!written)
            return written.error();
        if (m_leases.exists())
            return m_leases.write(kDeleteTokens, {}, now());
        return {};
    });
}

StoreResult<bool> FileTokenStore::tryAcquireLease(const QString &tokenId, const QString &owner,
                                                  qint64 durationMs)
{
    QMutexLocker locker(&m_mutex);
    return underLock<bool>(kTryAcquireLease, [&]() -> StoreResult<bool> {
        if (!m_table.findById(tokenId))
            return makeError(StoreError::Code::NotFound, kTryAcquireLease,
                             QCoreApplication::translate("FileTokenStore", "no token with id %1")
                                 .arg(DisplayText::quoted(tokenId)));
        auto leases = m_leases.read(kTryAcquireLease);
        if (!leases)
            return leases.error();
        const qint64 nowMs = now();
        if (!LeaseFile::isFree(leases.value(), tokenId, owner, nowMs))
            return false;
        auto writable = requireWritable(kTryAcquireLease, { leasesPath() });
        if (!writable)
            return writable.error();
        leases.value().insert(tokenId, LeaseFile::Lease { owner, nowMs + durationMs });
        auto written = m_leases.write(kTryAcquireLease, leases.value(), nowMs);
        if (!written)
            return written.error();
        return true;
    });
}

StoreResult<void> FileTokenStore::releaseLease(const QString &tokenId, const QString &owner)
{
    QMutexLocker locker(&m_mutex);
    return underLock<void>(kReleaseLease, [&]() -> StoreResult<void> {
        return m_leases.release(kReleaseLease, tokenId, owner, now());
    });
}

StoreResult<StoreCheck> FileTokenStore::check()
{
    QMutexLocker locker(&m_mutex);
    auto current = ensureCurrent(kCheck, false);
    if (!current)
        return current.error();
    StoreCheck result;
    result.reachable = true;
    const auto writable = requireWritable(kCheck, { m_path, extrasPath() });
    result.writable = writable.ok();
    result.rowCount = m_table.size();
    result.schemaVersion = QStringLiteral("sdk");
    result.details = m_format.describe();
    if (!m_stamp.exists())
        result.details += QCoreApplication::translate("FileTokenStore", ", not created yet");
    if (QFileInfo::exists(extrasPath()))
        result.details += QCoreApplication::translate("FileTokenStore", ", our fields in ") + extrasPath();
    if (!writable)
        result.details +=
            QCoreApplication::translate("FileTokenStore", ", not writable: ") + writable.error().message();
    return result;
}

template<typename T>
StoreResult<T> FileTokenStore::underLock(const QString &operation,
                                         const std::function<StoreResult<T>()> &work)
{
    auto folder = requireFolder(operation);
    if (!folder)
        return folder.error();
    ProcessLock lock(lockPath());
    if (auto failure = lock.lockFor(description(), operation, m_lockTimeoutMs))
        return *failure;
    auto current = ensureCurrent(operation, true);
    if (!current)
        return current.error();
    return work();
}

StoreResult<void> FileTokenStore::ensureCurrent(const QString &operation, bool lockHeld)
{
    const qint64 checkedAt = FileStamp::wallClockNs();
    const FileStamp stamp = FileStamp::ofPath(m_path);
    if (m_loaded && stamp == m_stamp) {
        if (m_settled)
            return {};
        // Too recent for the stamp to prove anything: compare the bytes.
        if (contentUnchanged()) {
            m_settled = m_stamp.isSettledAt(checkedAt);
            return {};
        }
    }
    auto folder = requireFolder(operation);
    if (!folder) {
        forget();
        return folder;
    }
    if (!stamp.exists()) {
        // Nothing saved yet: an empty store, which the first write creates with the Python layout.
        m_table.clear();
        m_sdkLines.invalidate();
        m_extrasLines.invalidate();
        m_format = SdkTokenFile::Format();
        m_bytes.clear();
        m_bytesAreEncoded = false;
        m_stamp = stamp;
        m_loaded = true;
        m_settled = true;
        return {};
    }
    if (lockHeld)
        return load(operation);

    // The lock keeps the file and the sidecar in step while we read them.
    ProcessLock lock(lockPath());
    const ProcessLock::Outcome outcome = lock.lock(std::min(m_lockTimeoutMs, kReadLockWaitMs));
    if (outcome == ProcessLock::Outcome::TimedOut)
        qCWarning(lcFileStore) << "reading" << m_path << "without the lock: another process holds"
                               << lockPath();
    else if (outcome != ProcessLock::Outcome::Locked) // a read-only folder
        qCDebug(lcFileStore) << "reading" << m_path << "without the lock" << lockPath();
    return load(operation);
}

StoreResult<void> FileTokenStore::load(const QString &operation)
{
    QByteArray previousAttempt;
    for (int attempt = 1;; ++attempt) {
        const qint64 checkedAt = FileStamp::wallClockNs();
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly)) {
            forget();
            if (!QFileInfo::exists(m_path))
                return ensureCurrent(operation, true); // removed meanwhile: an empty store
            const bool denied = !QFileInfo(m_path).isReadable();
            return makeError(denied ? StoreError::Code::AccessDenied : StoreError::Code::Backend, operation,
                             QCoreApplication::translate("FileTokenStore", "cannot read %1: %2")
                                 .arg(m_path, file.errorString()));
        }
        const FileStamp before = FileStamp::ofFile(file);
        const QByteArray bytes = file.readAll();
        const bool steady = FileStamp::ofFile(file) == before;
        file.close();
        SdkTokenFile::Contents contents = SdkTokenFile::parse(bytes);
        if ((!steady || (!contents.ok() && (attempt == 1 || bytes != previousAttempt)))
            && attempt < kReadAttempts) {
            previousAttempt = bytes;
            QThread::msleep(kRereadPauseMs);
            continue;
        }
        if (!contents.ok()) {
            forget();
            return corrupt(operation, m_path, contents.errorLine, contents.error);
        }

        QFile extrasFile(extrasPath());
        if (extrasFile.exists()) {
            if (!extrasFile.open(QIODevice::ReadOnly)) {
                forget();
                return makeError(StoreError::Code::AccessDenied, operation,
                                 QCoreApplication::translate("FileTokenStore", "cannot read %1: %2")
                                     .arg(extrasPath(), extrasFile.errorString()));
            }
            const TokenExtrasFile::Problem problem =
                TokenExtrasFile::apply(extrasFile.readAll(), contents.tokens, contents.format.isLegacy());
            if (!problem.message.isEmpty()) {
                forget();
                return corrupt(operation, extrasPath(), problem.line, problem.message);
            }
        }

        m_sdkLines.invalidate();
        m_extrasLines.invalidate();
        const QString problem = m_table.setRows(std::move(contents.tokens));
        if (!problem.isEmpty()) {
            forget();
            return corrupt(operation, m_path, 0, problem);
        }
        m_format = contents.format;
        m_bytes = bytes;
        m_bytesAreEncoded = false;
        m_stamp = before;
        m_loaded = true;
        m_settled = before.isSettledAt(checkedAt);
        qCDebug(lcFileStore) << "read" << m_table.size() << "tokens from" << m_path;
        return {};
    }
}

bool FileTokenStore::contentUnchanged()
{
    const QByteArray &expected = m_bytesAreEncoded ? m_sdkLines.bytes() : m_bytes;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly) || FileStamp::ofFile(file) != m_stamp)
        return false;
    if (m_readBuffer.size() < expected.size() + 1)
        m_readBuffer.resize(expected.size() + 1);
    const qint64 read = file.read(m_readBuffer.data(), expected.size() + 1);
    return read == expected.size()
        && std::memcmp(m_readBuffer.constData(), expected.constData(), size_t(read)) == 0
        && FileStamp::ofFile(file) == m_stamp;
}

StoreResult<void> FileTokenStore::requireFolder(const QString &operation) const
{
    // PathProbe, not QFileInfo: a folder we may not search or a link loop must not look like an empty
    // store, nor get the link replaced by a new file.
    auto refuse = [&](const PathProbe &probe, const QString &problem) {
        return makeError(
            probe.permissionDenied() ? StoreError::Code::AccessDenied : StoreError::Code::Unavailable,
            operation,
            problem + QCoreApplication::translate("FileTokenStore", "; nothing was read or written"));
    };
    const PathProbe folder = PathProbe::of(QFileInfo(m_path).absolutePath());
    if (const QString problem = folder.problemForFolder(); !problem.isEmpty())
        return refuse(folder, problem);
    // A device or a pipe would hang a read, and a rename would replace it with a token file.
    for (const QString &path : { m_path, extrasPath(), leasesPath() }) {
        const PathProbe file = PathProbe::of(path);
        if (const QString problem = file.problemForFile(); !problem.isEmpty())
            return refuse(file, problem);
    }
    return {};
}

StoreResult<void> FileTokenStore::requireWritable(const QString &operation, const QStringList &paths) const
{
    // Checked before writing, because a rename would replace even a read-only file; the owner's
    // write bit counts even for root, who may write anything.
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.exists() && (!info.isWritable() || !info.permissions().testFlag(QFileDevice::WriteOwner)))
            return makeError(
                StoreError::Code::AccessDenied, operation,
                QCoreApplication::translate("FileTokenStore", "%1 is read-only; nothing was written")
                    .arg(path));
        // Every write is a new file beside the target (a link's target), renamed over it.
        QString target = path;
        if (info.isSymLink())
            target = info.canonicalFilePath().isEmpty() ? info.symLinkTarget() : info.canonicalFilePath();
        if (const QString problem = PathProbe::folderWriteProblem(QFileInfo(target).absolutePath());
            !problem.isEmpty())
            return makeError(StoreError::Code::AccessDenied, operation,
                             problem
                                 + QCoreApplication::translate("FileTokenStore", "; nothing was written"));
    }
    return {};
}

StoreResult<void> FileTokenStore::writeTable(const QString &operation)
{
    if (!m_sdkLines.isValid() || !m_extrasLines.isValid() || m_sdkLines.rowCount() != m_table.size())
        encodeAllRows();
    AtomicFileWriter::Result written =
        AtomicFileWriter::write(m_path, m_sdkLines.bytes(), AtomicFileWriter::Durability::Flushed);
    if (!written.ok) {
        forget();
        return makeError(
            written.permissionDenied ? StoreError::Code::AccessDenied : StoreError::Code::Backend, operation,
            written.message + QCoreApplication::translate("FileTokenStore", "; the file is left as it was"));
    }
    // Second, so that a crash between the two leaves the tokens saved; a stale sidecar row is
    // recognised by its fingerprint. Not flushed: it holds nothing a sign-in or refresh cannot
    // give again, and a second fdatasync per save would double its cost.
    if (m_extrasLines.hasContent() || QFileInfo::exists(extrasPath())) {
        written = AtomicFileWriter::write(extrasPath(), m_extrasLines.bytes(),
                                          AtomicFileWriter::Durability::Unflushed);
        if (!written.ok) {
            forget();
            return makeError(
                written.permissionDenied ? StoreError::Code::AccessDenied : StoreError::Code::Backend,
                operation,
                QCoreApplication::translate("FileTokenStore", "the SDK fields were saved, ours were not: ")
                    + written.message);
        }
    }
    m_bytes.clear();
    m_bytesAreEncoded = true;
    m_stamp = FileStamp::ofPath(m_path);
    m_loaded = true;
    m_settled = false;
    return {};
}

void FileTokenStore::encodeSavedRow(const Token &row)
{
    if (!m_sdkLines.isValid() || !m_extrasLines.isValid())
        return; // encodeAllRows() at the next write
    const bool legacy = m_format.isLegacy();
    const QByteArray sdkLine = SdkTokenFile::serializeRow(m_format, row);
    const QByteArray extrasLine = TokenExtrasFile::serializeRow(row, legacy);
    // TokenTable::save replaces a row where it is and appends a new one, as these do.
    if (!m_sdkLines.replace(row.id, sdkLine))
        m_sdkLines.append(row.id, sdkLine);
    if (!m_extrasLines.replace(row.id, extrasLine))
        m_extrasLines.append(row.id, extrasLine);
}

void FileTokenStore::encodeAllRows()
{
    const bool legacy = m_format.isLegacy();
    m_sdkLines.reset(SdkTokenFile::serializeHeader(m_format));
    m_extrasLines.reset(TokenExtrasFile::serializeHeader());
    for (const Token &row : m_table.rows()) {
        m_sdkLines.append(row.id, SdkTokenFile::serializeRow(m_format, row));
        m_extrasLines.append(row.id, TokenExtrasFile::serializeRow(row, legacy));
    }
}

StoreError FileTokenStore::corrupt(const QString &operation, const QString &file, int line,
                                   const QString &problem) const
{
    QString where = file == m_path ? QString() : file + QLatin1Char(' ');
    if (line > 0)
        where += QCoreApplication::translate("FileTokenStore", "line %1: ").arg(line);
    QString remedy = QCoreApplication::translate("FileTokenStore", "; the file was left as it is");
    if (file == extrasPath()) // ours, and only our extra fields: the tokens need not wait for it
        remedy +=
            QCoreApplication::translate("FileTokenStore", " (delete it to go on without our extra fields)");
    return makeError(StoreError::Code::Corrupt, operation, where + problem + remedy);
}

void FileTokenStore::forget()
{
    m_table.clear();
    m_sdkLines.invalidate();
    m_extrasLines.invalidate();
    m_bytes.clear();
    m_bytesAreEncoded = false;
    m_stamp = FileStamp();
    m_loaded = false;
    m_settled = false;
}

StoreResult<QByteArray> FileTokenStore::changeStamp()
{
    // No lock and no cache: two stats, whatever the cache holds.
    const qint64 checkedAt = FileStamp::wallClockNs();
    const FileStamp sdk = FileStamp::ofPath(m_path);
    const FileStamp extras = FileStamp::ofPath(extrasPath());
    if (!sdk.exists()) {
        if (auto folder = requireFolder(kChangeStamp); !folder)
            return folder.error();
    }
    QByteArray stamp = sdk.toBytes() + '/' + extras.toBytes();
    // A write within the timestamps' granularity may leave the same stamp: until it has settled,
    // each answer is unique, so that the caller reads the rows again.
    if (!sdk.isSettledAt(checkedAt) || !extras.isSettledAt(checkedAt)) {
        static QAtomicInteger<quint64> unsettled;
        stamp += "/unsettled:" + QByteArray::number(++unsettled);
    }
    return stamp;
}
