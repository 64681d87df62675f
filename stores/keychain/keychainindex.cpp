#include "keychainindex.h"

#include "zcrmversion.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace {

const QString kFormat = QStringLiteral("zcrm-keychain-index");
constexpr int kMaxParts = 10000;

} // namespace

std::optional<KeychainIndex> KeychainIndex::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = QCoreApplication::translate("KeychainIndex", "not JSON (%1 at offset %2)")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat) {
        *error = QCoreApplication::translate("KeychainIndex", "not a zcrm keychain index");
        return std::nullopt;
    }
    const int version = root.value(QStringLiteral("version")).toInt();
    if (version != kVersion) {
        *error =
            QCoreApplication::translate("KeychainIndex", "index version %1, this program reads version %2")
                .arg(version)
                .arg(kVersion);
        return std::nullopt;
    }

    KeychainIndex index;
    index.service = root.value(QStringLiteral("service")).toString();
    index.generation = root.value(QStringLiteral("generation")).toInteger();
    QSet<QString> seen;
    for (const QJsonValue &value : root.value(QStringLiteral("tokens")).toArray()) {
        const QJsonObject object = value.toObject();
        Entry entry;
        entry.id = object.value(QStringLiteral("id")).toString();
        entry.revision = object.value(QStringLiteral("rev")).toInteger();
        entry.parts = object.value(QStringLiteral("parts")).toInt();
        if (entry.id.isEmpty() || entry.revision <= 0 || entry.revision > index.generation || entry.parts < 1
            || entry.parts > kMaxParts) {
            *error = QCoreApplication::translate("KeychainIndex", "token entry %1 is invalid")
                         .arg(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
            return std::nullopt;
        }
        if (seen.contains(entry.id)) {
            *error = QCoreApplication::translate("KeychainIndex", "token id %1 appears more than once")
                         .arg(entry.id);
            return std::nullopt;
        }
        seen.insert(entry.id);
        index.entries.append(entry);
    }
    for (const QJsonValue &value : root.value(QStringLiteral("garbage")).toArray()) {
        if (!value.toString().isEmpty())
            index.garbage.append(value.toString());
    }
    return index;
}

QByteArray KeychainIndex::toJson() const
{
    QJsonArray tokens;
    for (const Entry &entry : entries) {
        tokens.append(QJsonObject { { QStringLiteral("id"), entry.id },
                                    { QStringLiteral("rev"), entry.revision },
                                    { QStringLiteral("parts"), entry.parts } });
    }
    QJsonObject root { { QStringLiteral("format"), kFormat },
                       { QStringLiteral("version"), kVersion },
                       { QStringLiteral("service"), service },
                       { QStringLiteral("generation"), generation },
                       { QStringLiteral("tokens"), tokens },
                       { QStringLiteral("garbage"), QJsonArray::fromStringList(garbage) } };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

int KeychainIndex::indexOf(const QString &id) const
{
    for (int i = 0; i < entries.size(); ++i) {
        if (entries.at(i).id == id)
            return i;
    }
    return -1;
}

QString KeychainIndex::keyPrefix(const QString &service)
{
    return QStringLiteral(ZCRM_APP_ID "/") + service;
}

QString KeychainIndex::partKey(const QString &service, const QString &id, qint64 revision, int part)
{
    QString key = keyPrefix(service) + QStringLiteral("/token/") + id + QStringLiteral("/r")
        + QString::number(revision);
    if (part > 0)
        key += QStringLiteral("/chunk") + QString::number(part);
    return key;
}

QStringList KeychainIndex::keysOf(const QString &service, const Entry &entry)
{
    QStringList keys;
    for (int part = 0; part < entry.parts; ++part)
        keys.append(partKey(service, entry.id, entry.revision, part));
    return keys;
}

QString KeychainIndex::mirrorKey(const QString &service)
{
    return keyPrefix(service) + QStringLiteral("/index");
}

QString KeychainIndex::probeKey(const QString &service)
{
    return keyPrefix(service) + QStringLiteral("/probe");
}
