#pragma once

#include "sandboxschema.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>

#include <optional>

// The records of one data center's org. Seeded records are computed from (seed, module, index) when they
// are read, so 100k records cost nothing at startup; writes are kept as overrides.
// Record ids are 19-digit numbers that grow with creation order.
class SandboxRecordStore
{
public:
    struct User
    {
        QString id;
        QString email;
        QString firstName;
        QString lastName;
        QString role;
        QString profile;
        QString status; // active, disabled
        bool confirmed = true;

        QString fullName() const { return firstName + QLatin1Char(' ') + lastName; }
        QJsonObject ref() const; // {"name","id","email"} as owner lookups carry it
    };

    SandboxRecordStore(const SandboxSchema *schema, quint32 seed, int recordsPerModule, int dcIndex);

    QList<quint64> ids(int module) const; // live ids, ascending
    int count(int module) const;
    // Only the fields named in `only` (and id) when it is not empty: a page of four fields does not
    // compute forty, nor the lookups' target records.
    std::optional<QJsonObject> record(int module, quint64 id, const QStringList &only = {}) const;
    QJsonObject insert(int module, const QJsonObject &fields, const User &by, qint64 nowMs);
    std::optional<QJsonObject> update(int module, quint64 id, const QJsonObject &fields, const User &by,
                                      qint64 nowMs);
    bool remove(int module, quint64 id);

    const QList<User> &users() const { return m_users; }
    // Adds the signed-in user to the org the first time they call it (as administrator).
    const User &ensureUser(const QString &email);

    static QString isoTime(qint64 ms); // 2024-01-31T10:20:30+00:00, as Zoho writes date-times

private:
    struct ModuleData
    {
        int seeded = 0;
        int nextIndex = 0;
        QHash<quint64, QJsonObject> overrides;
        QSet<quint64> deleted;
        QList<quint64> inserted;
    };
    quint64 idFor(int module, int index) const;
    int indexOf(int module, quint64 id) const; // -1 if not an id of this module's scheme
    QJsonObject generate(int module, int index, const QStringList &only = {}) const;
    quint64 rand(int module, int index, int salt) const;

    const SandboxSchema *m_schema;
    quint32 m_seed;
    int m_dcIndex;
    QList<ModuleData> m_data;
    QList<User> m_users;
};
