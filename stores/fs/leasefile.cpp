#include "leasefile.h"

#include "atomicfilewriter.h"
#include "tokenrules.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace {

const QString kLeasesKey = QStringLiteral("leases");
const QString kOwnerKey = QStringLiteral("owner");
const QString kUntilKey = QStringLiteral("until");

} // namespace

LeaseFile::LeaseFile(QString path, QString store, std::function<bool(const QString &id)> tokenExists)
    : m_path(std::move(path))
    , m_store(std::move(store))
    , m_tokenExists(std::move(tokenExists))
{ }

bool LeaseFile::exists() const
{
    return QFileInfo::exists(m_path);
}

StoreResult<LeaseFile::Leases> LeaseFile::read(const QString &operation) const
{
    QFile file(m_path);
    if (!file.exists())
        return Leases();
    if (!file.open(QIODevice::ReadOnly))
        return StoreError(
            StoreError::Code::AccessDenied, m_store, operation,
            QCoreApplication::translate("LeaseFile", "cannot read %1: %2").arg(m_path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()
        || !document.object().value(kLeasesKey).isObject())
        return StoreError(
            StoreError::Code::Corrupt, m_store, operation,
            QCoreApplication::translate(
                "LeaseFile",
                "%1 is not a leases file (%2); it was left as it is (delete it to clear the leases)")
                .arg(m_path,
                     error.error != QJsonParseError::NoError
                         ? error.errorString()
                         : QCoreApplication::translate("LeaseFile", "no \"leases\" object")));
    Leases leases;
    const QJsonObject entries = document.object().value(kLeasesKey).toObject();
    for (auto it = entries.constBegin(); it != entries.constEnd(); ++it) {
        const QJsonObject entry = it.value().toObject();
        // A hand-edited 1e300 or -1 is no lease: converting it to qint64 would be undefined.
        const double until = entry.value(kUntilKey).toDouble();
        const bool usable = std::isfinite(until) && until > 0 && until <= double(TokenRules::kMaxTimeMs);
        leases.insert(it.key(), Lease { entry.value(kOwnerKey).toString(), usable ? qint64(until) : 0 });
    }
    return leases;
}

bool LeaseFile::isFree(const Leases &leases, const QString &tokenId, const QString &owner, qint64 nowMs)
{
    const auto held = leases.constFind(tokenId);
    return held == leases.cend() || held->owner == owner || held->until <= nowMs;
}

StoreResult<void> LeaseFile::write(const QString &operation, const Leases &leases, qint64 nowMs) const
{
    QJsonObject entries;
    for (auto it = leases.constBegin(); it != leases.constEnd(); ++it) {
        if (it->until > nowMs && (!m_tokenExists || m_tokenExists(it.key())))
            entries.insert(it.key(),
                           QJsonObject { { kOwnerKey, it->owner }, { kUntilKey, double(it->until) } });
    }
    const QByteArray bytes =
        QJsonDocument(QJsonObject { { kLeasesKey, entries } }).toJson(QJsonDocument::Indented);
    const AtomicFileWriter::Result written =
        AtomicFileWriter::write(m_path, bytes, AtomicFileWriter::Durability::Unflushed);
    if (!written.ok)
        return StoreError(written.permissionDenied ? StoreError::Code::AccessDenied
                                                   : StoreError::Code::Backend,
                          m_store, operation, written.message);
    return {};
}

StoreResult<bool> LeaseFile::tryAcquire(const QString &operation, const QString &tokenId,
                                        const QString &owner, qint64 nowMs, qint64 durationMs) const
{
    auto leases = read(operation);
    if (!leases)
        return leases.error();
    if (!isFree(leases.value(), tokenId, owner, nowMs))
        return false;
    leases.value().insert(tokenId, Lease { owner, nowMs + durationMs });
    if (auto written = write(operation, leases.value(), nowMs); !written)
        return written.error();
    return true;
}

StoreResult<void> LeaseFile::release(const QString &operation, const QString &tokenId, const QString &owner,
                                     qint64 nowMs) const
{
    auto leases = read(operation);
    if (!leases)
        return leases.error();
    const auto held = leases.value().constFind(tokenId);
    if (held == leases.value().cend() || held->owner != owner)
        return {};
    leases.value().remove(tokenId);
    return write(operation, leases.value(), nowMs);
}

StoreResult<void> LeaseFile::remove(const QString &operation, const QStringList &tokenIds, qint64 nowMs) const
{
    if (!exists())
        return {};
    auto leases = read(operation);
    if (!leases)
        return leases.error();
    bool changed = false;
    for (const QString &id : tokenIds)
        changed = leases.value().remove(id) > 0 || changed;
    if (!changed)
        return {};
    return write(operation, leases.value(), nowMs);
}
