#include "sandboxrecordstore.h"

#include <QDateTime>
#include <QJsonArray>

namespace {

constexpr quint64 IdBase = 3652397000000000000ULL;
constexpr qint64 SeedEpochMs = 1672531200000LL; // 2023-01-01T00:00:00Z

const char *const FirstNames[] = { "Ada",   "Brian", "Carla",   "Dmitri", "Elena", "Farid", "Grace",
                                   "Hiro",  "Ines",  "Jonas",   "Kavya",  "Liam",  "Maria", "Nadia",
                                   "Oscar", "Priya", "Quentin", "Rosa",   "Sven",  "Tara",  "Umar",
                                   "Vera",  "Wei",   "Ximena",  "Yusuf",  "Zoe" };
const char *const LastNames[] = { "Anderson", "Burns",     "Chen",    "Dubois", "Eriksen",  "Fischer",
                                  "Garcia",   "Haddad",    "Ivanova", "Jensen", "Kowalski", "Lopez",
                                  "Martin",   "Nakamura",  "Okafor",  "Patel",  "Quinn",    "Rossi",
                                  "Schmidt",  "Tanaka",    "Usman",   "Varga",  "Weber",    "Xu",
                                  "Yilmaz",   "Zimmermann" };
const char *const Companies[] = { "Acme",     "Globex", "Initech",   "Umbrella", "Hooli",
                                  "Vandelay", "Stark",  "Wayne",     "Tyrell",   "Cyberdyne",
                                  "Soylent",  "Wonka",  "Gringotts", "Aperture", "Massive" };
const char *const Suffixes[] = { "Inc", "Ltd", "GmbH", "LLC", "SA", "Corp" };
const char *const Cities[] = { "Chennai", "Austin", "Berlin", "Sydney", "Tokyo", "Toronto",
                               "Riyadh",  "Paris",  "Madrid", "Osaka",  "Pune",  "Lyon" };
const char *const Countries[] = { "India",  "United States", "Germany", "Australia", "Japan",
                                  "Canada", "Saudi Arabia",  "France",  "Spain" };
const char *const Words[] = { "follow-up",  "demo",   "renewal", "pricing", "contract",
                              "onboarding", "review", "kickoff", "support", "upgrade" };

template<typename T, size_t N> QString pick(const T (&list)[N], quint64 r)
{
    return QString::fromLatin1(list[r % N]);
}

quint64 splitmix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

} // namespace

QJsonObject SandboxRecordStore::User::ref() const
{
    return { { "name", fullName() }, { "id", id }, { "email", email } };
}

QString SandboxRecordStore::isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss+00:00"));
}

SandboxRecordStore::SandboxRecordStore(const SandboxSchema *schema, quint32 seed, int recordsPerModule,
                                       int dcIndex)
    : m_schema(schema)
    , m_seed(seed)
    , m_dcIndex(dcIndex)
{
    for (int i = 0; i < schema->modules().size(); ++i) {
        ModuleData data;
        data.seeded = recordsPerModule;
        data.nextIndex = recordsPerModule;
        m_data.append(data);
    }
    const QString base = QString::number(IdBase + quint64(dcIndex) * 100000000000000ULL + 99000000000ULL);
    m_users = {
        { QString::number(base.toULongLong() + 1), "amelia.admin@sandbox.test", "Amelia", "Admin", "CEO",
          "Administrator", "active", true },
        { QString::number(base.toULongLong() + 2), "sam.sales@sandbox.test", "Sam", "Sales", "Manager",
          "Standard", "active", true },
        { QString::number(base.toULongLong() + 3), "rita.rep@sandbox.test", "Rita", "Rep", "Sales Rep",
          "Standard", "active", true },
        { QString::number(base.toULongLong() + 4), "nico.new@sandbox.test", "Nico", "New", "Sales Rep",
          "Standard", "active", false },
        { QString::number(base.toULongLong() + 5), "dora.gone@sandbox.test", "Dora", "Gone", "Sales Rep",
          "Standard", "disabled", true },
    };
}

const SandboxRecordStore::User &SandboxRecordStore::ensureUser(const QString &email)
{
    for (const User &u : m_users) {
        if (u.email.compare(email, Qt::CaseInsensitive) == 0)
            return u;
    }
    User u;
    u.id = QString::number(m_users.first().id.toULongLong() + 100 + quint64(m_users.size()));
    u.email = email;
    const QString local = email.section(QLatin1Char('@'), 0, 0);
    u.firstName = local.section(QLatin1Char('.'), 0, 0);
    u.lastName =
        local.contains(QLatin1Char('.')) ? local.section(QLatin1Char('.'), 1) : QStringLiteral("User");
    if (!u.firstName.isEmpty())
        u.firstName[0] = u.firstName[0].toUpper();
    if (!u.lastName.isEmpty())
        u.lastName[0] = u.lastName[0].toUpper();
    u.role = QStringLiteral("CEO");
    u.profile = QStringLiteral("Administrator");
    u.status = QStringLiteral("active");
    m_users.append(u);
    return m_users.last();
}

quint64 SandboxRecordStore::idFor(int module, int index) const
{
    return IdBase + quint64(m_dcIndex) * 100000000000000ULL + quint64(module) * 100000000000ULL
        + (quint64(index) + 1) * 1000ULL + 1;
}

int SandboxRecordStore::indexOf(int module, quint64 id) const
{
    const quint64 base = IdBase + quint64(m_dcIndex) * 100000000000000ULL + quint64(module) * 100000000000ULL;
    if (id <= base || id - base >= 100000000000ULL || (id - base) % 1000 != 1)
        return -1;
    return int((id - base) / 1000) - 1;
}

quint64 SandboxRecordStore::rand(int module, int index, int salt) const
{
    return splitmix((quint64(m_seed) << 32) ^ (quint64(module) << 56) ^ (quint64(index) << 8)
                    ^ quint64(salt));
}

QList<quint64> SandboxRecordStore::ids(int module) const
{
    const ModuleData &d = m_data.at(module);
    QList<quint64> out;
    out.reserve(d.seeded + d.inserted.size());
    for (int i = 0; i < d.seeded; ++i) {
        const quint64 id = idFor(module, i);
        if (d.deleted.isEmpty() || !d.deleted.contains(id))
            out.append(id);
    }
    for (quint64 id : d.inserted) {
        if (!d.deleted.contains(id))
            out.append(id);
    }
    return out;
}

int SandboxRecordStore::count(int module) const
{
    const ModuleData &d = m_data.at(module);
    return d.seeded + int(d.inserted.size()) - int(d.deleted.size());
}

std::optional<QJsonObject> SandboxRecordStore::record(int module, quint64 id, const QStringList &only) const
{
    if (module < 0 || module >= m_data.size())
        return std::nullopt;
    const ModuleData &d = m_data.at(module);
    if (d.deleted.contains(id))
        return std::nullopt;
    auto it = d.overrides.constFind(id);
    if (it != d.overrides.constEnd())
        return it.value();
    const int index = indexOf(module, id);
    if (index < 0 || index >= d.seeded)
        return std::nullopt;
    return generate(module, index, only);
}

QJsonObject SandboxRecordStore::generate(int module, int index, const QStringList &only) const
{
    const SandboxSchema::Module &mod = m_schema->modules().at(module);
    QJsonObject r;
    const quint64 base = rand(module, index, 0);
    const QString first = pick(FirstNames, base);
    const QString last = pick(LastNames, base >> 8);
    const qint64 created = SeedEpochMs + qint64(index) * 600000 + qint64(base % 300) * 1000;
    const qint64 modified = created + qint64((base >> 20) % (30 * 86400)) * 1000;
    const User &owner = m_users.at(int((base >> 12) % 3));
    for (int fi = 0; fi < mod.fields.size(); ++fi) {
        const SandboxSchema::Field &fd = mod.fields.at(fi);
        const quint64 x = rand(module, index, fi + 1);
        const QString &name = fd.apiName;
        if (!only.isEmpty() && name != QLatin1String("id") && !only.contains(name))
            continue;
        QJsonValue v;
        if (name == QLatin1String("id"))
            v = QString::number(idFor(module, index));
        else if (name == QLatin1String("Owner"))
            v = owner.ref();
        else if (name == QLatin1String("Created_By") || name == QLatin1String("Modified_By"))
            v = m_users.first().ref();
        else if (name == QLatin1String("Created_Time"))
            v = isoTime(created);
        else if (name == QLatin1String("Modified_Time"))
            v = isoTime(modified);
        else if (name == QLatin1String("First_Name"))
            v = first;
        else if (name == QLatin1String("Last_Name"))
            v = last;
        else if (name == QLatin1String("Email"))
            v = QStringLiteral("%1.%2.%3@example.com").arg(first.toLower(), last.toLower()).arg(index);
        else if (fd.dataType == QLatin1String("phone"))
            v = QStringLiteral("+1-555-%1").arg(x % 10000000, 7, 10, QLatin1Char('0'));
        else if (name == QLatin1String("Company")
                 || (name == QLatin1String("Account_Name") && fd.dataType == QLatin1String("text")))
            v = QStringLiteral("%1 %2 %3").arg(pick(Companies, x), pick(Suffixes, x >> 8)).arg(index);
        else if (fd.dataType == QLatin1String("lookup")) {
            const int target = m_schema->moduleIndex(fd.lookupModule);
            const int seeded = target >= 0 ? m_data.at(target).seeded : 0;
            if (seeded > 0 && x % 10 != 0) {
                const int ti = int(x % quint64(seeded));
                const QJsonObject other =
                    generate(target, ti,
                             { QStringLiteral("Account_Name"), QStringLiteral("First_Name"),
                               QStringLiteral("Last_Name") });
                const QString display = target == m_schema->moduleIndex(QStringLiteral("Accounts"))
                    ? other.value(QLatin1String("Account_Name")).toString()
                    : other.value(QLatin1String("First_Name")).toString() + QLatin1Char(' ')
                        + other.value(QLatin1String("Last_Name")).toString();
                v = QJsonObject { { "name", display }, { "id", other.value(QLatin1String("id")) } };
            } else {
                v = QJsonValue();
            }
        } else if (fd.dataType == QLatin1String("picklist"))
            v = fd.picklist.at(int(x % quint64(fd.picklist.size())));
        else if (fd.dataType == QLatin1String("integer"))
            v = int(x % 5000);
        else if (fd.dataType == QLatin1String("currency") || fd.dataType == QLatin1String("double"))
            v = double(x % 10000000) / 100.0;
        else if (fd.dataType == QLatin1String("boolean"))
            v = (x % 4) == 0;
        else if (fd.dataType == QLatin1String("date"))
            v = QDateTime::fromMSecsSinceEpoch(created + qint64(x % 400) * 86400000, Qt::UTC)
                    .toString(QStringLiteral("yyyy-MM-dd"));
        else if (fd.dataType == QLatin1String("datetime"))
            v = isoTime(created + qint64(x % 400) * 3600000);
        else if (fd.dataType == QLatin1String("website"))
            v = QStringLiteral("https://www.%1.example").arg(pick(Companies, x).toLower());
        else if (name == QLatin1String("City") || name.endsWith(QLatin1String("_City")))
            v = pick(Cities, x);
        else if (name == QLatin1String("Country") || name.endsWith(QLatin1String("_Country")))
            v = pick(Countries, x);
        else if (name == QLatin1String("Description"))
            v = (x % 3 == 0)
                ? QJsonValue()
                : QJsonValue(QStringLiteral("About %1 %2").arg(pick(Words, x), pick(Words, x >> 7)));
        else if (name == QLatin1String("Call_Duration"))
            v = QStringLiteral("%1:%2")
                    .arg(x % 60, 2, 10, QLatin1Char('0'))
                    .arg((x >> 6) % 60, 2, 10, QLatin1Char('0'));
        else if (fd.dataType == QLatin1String("text"))
            v = QStringLiteral("%1 %2 %3").arg(pick(Words, x), pick(Words, x >> 5)).arg(index);
        else
            v = QJsonValue();
        r.insert(name, v);
    }
    return r;
}

QJsonObject SandboxRecordStore::insert(int module, const QJsonObject &fields, const User &by, qint64 nowMs)
{
    ModuleData &d = m_data[module];
    const quint64 id = idFor(module, d.nextIndex++);
    const SandboxSchema::Module &mod = m_schema->modules().at(module);
    QJsonObject r;
    for (const SandboxSchema::Field &fd : mod.fields)
        r.insert(fd.apiName, QJsonValue());
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const SandboxSchema::Field *fd = m_schema->field(mod, it.key());
        if (fd && !fd->readOnly)
            r.insert(fd->apiName, it.value());
    }
    r.insert(QStringLiteral("id"), QString::number(id));
    if (r.value(QLatin1String("Owner")).isNull())
        r.insert(QStringLiteral("Owner"), by.ref());
    r.insert(QStringLiteral("Created_By"), by.ref());
    r.insert(QStringLiteral("Modified_By"), by.ref());
    r.insert(QStringLiteral("Created_Time"), isoTime(nowMs));
    r.insert(QStringLiteral("Modified_Time"), isoTime(nowMs));
    d.overrides.insert(id, r);
    d.inserted.append(id);
    return r;
}

std::optional<QJsonObject> SandboxRecordStore::update(int module, quint64 id, const QJsonObject &fields,
                                                      const User &by, qint64 nowMs)
{
    std::optional<QJsonObject> current = record(module, id);
    if (!current)
        return std::nullopt;
    const SandboxSchema::Module &mod = m_schema->modules().at(module);
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const SandboxSchema::Field *fd = m_schema->field(mod, it.key());
        if (fd && !fd->readOnly)
            current->insert(fd->apiName, it.value());
    }
    current->insert(QStringLiteral("Modified_By"), by.ref());
    current->insert(QStringLiteral("Modified_Time"), isoTime(nowMs));
    m_data[module].overrides.insert(id, *current);
    return current;
}

bool SandboxRecordStore::remove(int module, quint64 id)
{
    if (!record(module, id))
        return false;
    ModuleData &d = m_data[module];
    d.deleted.insert(id);
    d.overrides.remove(id);
    return true;
}
