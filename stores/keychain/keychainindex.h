#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The list of what a keychain store holds, since a keychain cannot list its entries. It names ids,
// revisions and keychain keys only, never a secret, and is kept as a file beside the lock file (and
// copied into the keychain, to rebuild a lost file).
//
// Each save writes the token under new keys (its revision in the key) and switches the index to them
// only once every part is written, so a failed or interrupted save leaves the previous version whole.
// Keys that are or may be in the keychain but are no longer wanted are listed as garbage and deleted
// later, so that no entry is forgotten in the keychain.
class KeychainIndex
{
public:
    static constexpr int kVersion = 1; // what `zcrm stores check` reports as schema version

    struct Entry
    {
        QString id;
        qint64 revision = 0;
        int parts = 1; // the blob is split over this many entries
    };

    QString service;
    qint64 generation = 0; // one more on every change; the revision of what that change wrote
    QList<Entry> entries; // in row order
    QStringList garbage;

    // Parses an index file. On failure returns nullopt and says what is wrong in `error`.
    static std::optional<KeychainIndex> fromJson(const QByteArray &json, QString *error);
    QByteArray toJson() const;

    int indexOf(const QString &id) const;

    // "io.github.zcrm_explorer.ZcrmExplorer/SERVICE/token/7/r12", then ".../r12/chunk1" and on. The
    // application id leads because Windows ignores the service name.
    static QString keyPrefix(const QString &service);
    static QString partKey(const QString &service, const QString &id, qint64 revision, int part);
    static QStringList keysOf(const QString &service, const Entry &entry);
    static QString mirrorKey(const QString &service);
    static QString probeKey(const QString &service);
};
