#include "sqlserverconnection.h"

#include "sqlstorelogging.h"

#include <QAtomicInteger>
#include <QCoreApplication>

namespace {

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("zcrm-sql-%1").arg(++counter);
}

} // namespace

SqlServerConnection::SqlServerConnection(const SqlServerSpec &spec, const QString &password,
                                         const SqlDialect &dialect)
    : m_spec(spec)
    , m_dialect(dialect)
    , m_password(password)
    , m_name(uniqueConnectionName())
{ }

SqlServerConnection::~SqlServerConnection()
{
    close();
    m_database = QSqlDatabase();
    if (QSqlDatabase::contains(m_name))
        QSqlDatabase::removeDatabase(m_name);
}

bool SqlServerConnection::open()
{
    if (isOpen())
        return true;
    if (!QSqlDatabase::isDriverAvailable(m_spec.driverName())) {
        const QString package = m_spec.kind() == SqlServerSpec::Kind::MySql
            ? QStringLiteral("libqt6sql6-mysql")
            : QStringLiteral("libqt6sql6-psql");
        return fail(QSqlError(
            QCoreApplication::translate("SqlServerConnection", "Qt's %1 driver is not installed (package %2)")
                .arg(m_spec.driverName(), package),
            QString(), QSqlError::ConnectionError));
    }
    if (!m_database.isValid()) {
        m_database = QSqlDatabase::addDatabase(m_spec.driverName(), m_name);
        m_database.setHostName(m_spec.host());
        m_database.setPort(m_spec.port());
        m_database.setUserName(m_spec.user());
        m_database.setPassword(m_password);
        m_database.setDatabaseName(m_spec.database());
        m_database.setConnectOptions(m_dialect.connectOptions());
    }
    if (!m_database.open())
        return fail(m_database.lastError());
    for (const QString &statement : m_dialect.sessionSetup()) {
        if (!execDirect(statement)) {
            const QSqlError error = m_lastError;
            close();
            return fail(error);
        }
    }
    QSqlQuery version(m_database);
    if (version.exec(m_dialect.serverVersion()) && version.next())
        m_serverVersion = version.value(0).toString();
    qCDebug(lcSqlStore) << "connected" << m_name << "to" << m_spec.description() << m_serverVersion;
    return true;
}

void SqlServerConnection::close()
{
    // Statements first: a prepared statement outliving its connection would be a dangling handle.
    m_statements.clear();
    m_inTransaction = false;
    if (m_database.isValid())
        m_database.close();
}

bool SqlServerConnection::isOpen() const
{
    return m_database.isValid() && m_database.isOpen();
}

QSqlQuery *SqlServerConnection::exec(const QString &sql, const QVariantList &values)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(m_database);
        query->setForwardOnly(true);
        if (!query->prepare(sql)) {
            fail(query->lastError());
            return nullptr;
        }
        it = m_statements.emplace(sql, std::move(query)).first;
    }
    QSqlQuery *query = it->second.get();
    for (int i = 0; i < values.size(); ++i)
        query->bindValue(i, values.at(i));
    if (!query->exec()) {
        fail(query->lastError());
        query->finish();
        // A statement whose connection failed may be unusable even after a reconnect.
        m_statements.erase(it);
        return nullptr;
    }
    return query;
}

bool SqlServerConnection::execDirect(const QString &sql)
{
    QSqlQuery query(m_database);
    if (!query.exec(sql))
        return fail(query.lastError());
    return true;
}

bool SqlServerConnection::begin()
{
    if (!m_database.transaction())
        return fail(m_database.lastError());
    m_inTransaction = true;
    return true;
}

bool SqlServerConnection::commit()
{
    m_inTransaction = false;
    if (!m_database.commit())
        return fail(m_database.lastError());
    return true;
}

void SqlServerConnection::rollback()
{
    if (!m_inTransaction)
        return;
    m_inTransaction = false;
    if (isOpen())
        m_database.rollback(); // a rollback on a broken connection changes nothing: the server already did it
}

bool SqlServerConnection::ping()
{
    if (!isOpen())
        return false;
    QSqlQuery query(m_database);
    return query.exec(QStringLiteral("SELECT 1")) && query.next();
}

QVariant SqlServerConnection::textValue(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant SqlServerConnection::numberValue(qint64 number)
{
    return number > 0 ? QVariant(number) : QVariant(QMetaType::fromType<qlonglong>());
}

bool SqlServerConnection::fail(const QSqlError &error)
{
    m_lastError = error;
    m_failed = true;
    return false;
}
