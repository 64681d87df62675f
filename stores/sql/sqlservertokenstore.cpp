#include "sqlservertokenstore.h"

#include "displaytext.h"
#include "sqlserverconnection.h"
#include "sqlstorelogging.h"
#include "tokenmatchkey.h"
#include "tokenrules.h"

#include <QCoreApplication>
#include <QMutexLocker>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <utility>

namespace {

const QString kLeaseOwner = QStringLiteral("lease_owner");
const QString kLeaseUntil = QStringLiteral("lease_until");
const QString kSchemaLock = QStringLiteral("zcrm_schema");
// A row that check() inserts and rolls back to prove the table is writable; fits the SDK's varchar(10).
const QString kProbeId = QStringLiteral("zcrm-probe");

const QStringList &tokenColumns()
{
    static const QStringList columns = Token::sdkFieldNames() + Token::extraFieldNames();
    return columns;
}

QVariant columnValue(const Token &token, const QString &column)
{
    if (column == QLatin1String("created_at"))
        return SqlServerConnection::numberValue(token.createdAt);
    if (column == QLatin1String("updated_at"))
        return SqlServerConnection::numberValue(token.updatedAt);
    return SqlServerConnection::textValue(token.field(column));
}

// Reads the columns of selectColumns(), in order.
Token tokenFromRow(const QSqlQuery &query)
{
    Token token;
    const QStringList &columns = tokenColumns();
    for (int i = 0; i < columns.size(); ++i) {
        const QVariant value = query.value(i);
        token.setField(columns.at(i), value.isNull() ? QString() : value.toString());
    }
    return token;
}

qint64 numericId(const QString &id)
{
    bool ok = false;
    const qint64 value = id.toLongLong(&ok);
    return ok && value > 0 ? value : 0;
}

// A non-null empty string: QtSql binds a null QString as SQL NULL.
QVariant exactText(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

} // namespace

SqlServerTokenStore::SqlServerTokenStore(SqlServerSpec spec, QString password)
    : TokenStore(spec.description())
    , m_spec(std::move(spec))
    , m_dialect(m_spec.kind())
    , m_password(std::move(password))
{ }

SqlServerTokenStore::~SqlServerTokenStore()
{
    QMutexLocker lock(&m_connectionsMutex);
    m_connections.clear();
}

QString SqlServerTokenStore::table() const
{
    return m_dialect.quote(m_spec.table());
}

QString SqlServerTokenStore::selectColumns() const
{
    return tokenColumns().join(QStringLiteral(", "));
}

QString SqlServerTokenStore::scrub(QString text) const
{
    // The drivers do not echo passwords; this makes sure no message ever can.
    if (m_password.size() >= 4)
        text.replace(m_password, QStringLiteral("****"));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.simplified();
}

StoreError SqlServerTokenStore::sqlError(const SqlServerConnection &db, const QString &operation,
                                         const QString &what) const
{
    const QSqlError &error = db.lastError();
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    return makeError(m_dialect.codeFor(error), operation, scrub(what + QStringLiteral(": ") + text));
}

StoreError SqlServerTokenStore::connectError(const SqlServerConnection &db, const QString &operation) const
{
    return sqlError(db, operation,
                    QCoreApplication::translate("SqlServerTokenStore",
                                                "cannot connect to %1 at %2:%3 as %4 (database %5)")
                        .arg(m_spec.serverName(), m_spec.host())
                        .arg(m_spec.port())
                        .arg(m_spec.user(), m_spec.database()));
}

template<typename T>
StoreResult<T> SqlServerTokenStore::run(const QString &operation,
                                        const std::function<StoreResult<T>(SqlServerConnection &)> &body)
{
    for (int attempt = 0;; ++attempt) {
        auto connected = connection(operation);
        if (!connected)
            return connected.error();
        SqlServerConnection &db = *connected.value();
        db.clearFailure();
        StoreResult<T> result = body(db);
        db.rollback(); // nothing when the body committed
        if (result.ok() || attempt > 0 || !db.failedSinceClear())
            return result;
        const QSqlError error = db.lastError();
        if (m_dialect.isMissingTable(error)) {
            qCWarning(lcSqlStore) << description() << "table disappeared; creating it again";
            m_schemaReady.storeRelaxed(0);
            continue;
        }
        if (m_dialect.isConnectionLost(error) || !db.ping()) {
            qCWarning(lcSqlStore) << description() << operation << "lost its connection; reconnecting once";
            dropConnection();
            continue;
        }
        return result;
    }
}

StoreResult<SqlServerConnection *> SqlServerTokenStore::connection(const QString &operation)
{
    std::shared_ptr<SqlServerConnection> db;
    {
        QMutexLocker lock(&m_connectionsMutex);
        db = m_connections.value(QThread::currentThread());
        if (!db) {
            db = std::make_shared<SqlServerConnection>(m_spec, m_password, m_dialect);
            m_connections.insert(QThread::currentThread(), db);
        }
    }
    if (!db->isOpen() && !db->open())
        return connectError(*db, operation);
    if (!m_schemaReady.loadAcquire()) {
        auto ready = ensureSchema(*db, operation);
        if (!ready)
            return ready.error();
    }
    return db.get();
}

void SqlServerTokenStore::dropConnection()
{
    QMutexLocker lock(&m_connectionsMutex);
    if (auto db = m_connections.value(QThread::currentThread()))
        db->close();
}

StoreResult<void> SqlServerTokenStore::ensureSchema(SqlServerConnection &db, const QString &operation)
{
    const bool transactional = m_dialect.schemaChangesAreTransactional();
    if (transactional && !db.begin())
        return sqlError(db, operation,
                        QCoreApplication::translate("SqlServerTokenStore", "cannot start a transaction"));
    QSqlQuery *lock = db.exec(m_dialect.lockSchemaChanges(), { kSchemaLock });
    if (!lock) {
        db.rollback();
        return sqlError(db, operation,
                        QCoreApplication::translate("SqlServerTokenStore", "cannot lock the schema"));
    }
    const bool locked = transactional || (lock->next() && lock->value(0).toInt() == 1);
    lock->finish();
    if (!locked)
        return makeError(StoreError::Code::Busy, operation,
                         QCoreApplication::translate("SqlServerTokenStore",
                                                     "another process kept the schema locked for 30 s"));

    StoreResult<void> result = migrateSchema(db, operation);
    if (transactional) {
        if (result && !db.commit())
            result = sqlError(db, operation,
                              QCoreApplication::translate("SqlServerTokenStore", "cannot commit the schema"));
        db.rollback();
    } else if (QSqlQuery *unlock = db.exec(m_dialect.unlockSchemaChanges(), { kSchemaLock })) {
        unlock->finish();
    }
    if (result)
        m_schemaReady.storeRelease(1);
    return result;
}

StoreResult<void> SqlServerTokenStore::migrateSchema(SqlServerConnection &db, const QString &operation)
{
    auto columnsOf = [&](const QString &name) -> StoreResult<QSet<QString>> {
        QSqlQuery *query = db.exec(m_dialect.columnsOfTable(), { name });
        if (!query)
            return sqlError(
                db, operation,
                QCoreApplication::translate("SqlServerTokenStore", "cannot read the columns of %1")
                    .arg(name));
        QSet<QString> names;
        while (query->next())
            names.insert(query->value(0).toString().toLower());
        query->finish();
        return names;
    };

    auto schemaColumns = columnsOf(SqlDialect::schemaTableName());
    if (!schemaColumns)
        return schemaColumns.error();
    if (schemaColumns.value().isEmpty() && !db.execDirect(m_dialect.createSchemaTable()))
        return sqlError(db, operation,
                        QCoreApplication::translate("SqlServerTokenStore", "cannot create %1")
                            .arg(SqlDialect::schemaTableName()));
    if (!db.execDirect(m_dialect.createIdSequenceTable()))
        return sqlError(db, operation,
                        QCoreApplication::translate("SqlServerTokenStore", "cannot create %1")
                            .arg(SqlDialect::idSequenceTableName()));

    auto columns = columnsOf(m_spec.table());
    if (!columns)
        return columns.error();
    if (columns.value().isEmpty()) {
        qCDebug(lcSqlStore) << "creating token table" << m_spec.table() << "in" << m_spec.database();
        if (!db.execDirect(m_dialect.createTokenTable(m_spec.table())))
            return sqlError(db, operation,
                            QCoreApplication::translate("SqlServerTokenStore", "cannot create table %1")
                                .arg(m_spec.table()));
    } else {
        QStringList missingSdk;
        for (const QString &name : Token::sdkFieldNames()) {
            if (!columns.value().contains(name))
                missingSdk.append(name);
        }
        if (!missingSdk.isEmpty()) {
            return makeError(StoreError::Code::Corrupt, operation,
                             QCoreApplication::translate(
                                 "SqlServerTokenStore",
                                 "table %1 exists but is not a token table: it has no column %2; it "
                                 "was left as it is")
                                 .arg(m_spec.table(), missingSdk.join(QStringLiteral(", "))));
        }
        QStringList missing;
        for (const QString &name : Token::extraFieldNames() + QStringList { kLeaseOwner, kLeaseUntil }) {
            if (!columns.value().contains(name))
                missing.append(name);
        }
        if (!missing.isEmpty()) {
            qCInfo(lcSqlStore).noquote()
                << "migrating token table" << m_spec.table() << "of database" << m_spec.database()
                << "by adding columns" << missing.join(QStringLiteral(", "));
        }
        for (const QString &name : std::as_const(missing)) {
            if (!db.execDirect(m_dialect.addColumn(m_spec.table(), name)))
                return sqlError(
                    db, operation,
                    QCoreApplication::translate("SqlServerTokenStore", "cannot add column %1 to %2")
                        .arg(name, m_spec.table()));
        }
    }

    QSqlQuery *indexQuery = db.exec(m_dialect.indexesOfTable(), { m_spec.table() });
    if (!indexQuery)
        return sqlError(db, operation,
                        QCoreApplication::translate("SqlServerTokenStore", "cannot read the indexes of %1")
                            .arg(m_spec.table()));
    QSet<QString> indexes;
    while (indexQuery->next())
        indexes.insert(indexQuery->value(0).toString());
    indexQuery->finish();
    for (const char *column : { "user_name", "refresh_token", "access_token", "grant_token" }) {
        const QString name = QString::fromLatin1(column);
        if (indexes.contains(SqlDialect::indexName(m_spec.table(), name)))
            continue;
        if (!db.execDirect(m_dialect.createIndex(m_spec.table(), name)))
            return sqlError(db, operation,
                            QCoreApplication::translate("SqlServerTokenStore", "cannot index %1.%2")
                                .arg(m_spec.table(), name));
    }
    if (auto counted = ensureChangeCounter(db, operation); !counted)
        return counted;

    const QString schemaTable = m_dialect.quote(SqlDialect::schemaTableName());
    QSqlQuery *version = db.exec(
        QStringLiteral("SELECT version FROM %1 WHERE table_name = ?").arg(schemaTable), { m_spec.table() });
    if (!version)
        return sqlError(db, operation,
                        QCoreApplication::translate("SqlServerTokenStore", "cannot read the schema version"));
    const bool known = version->next();
    const int stored = known ? version->value(0).toInt() : 0;
    version->finish();
    QSqlQuery *written = nullptr;
    if (!known) {
        written =
            db.exec(QStringLiteral("INSERT INTO %1 (table_name, version) VALUES (?, ?)").arg(schemaTable),
                    { m_spec.table(), kSchemaVersion });
    } else if (stored < kSchemaVersion) {
        written = db.exec(QStringLiteral("UPDATE %1 SET version = ? WHERE table_name = ?").arg(schemaTable),
                          { kSchemaVersion, m_spec.table() });
    } else {
        if (stored > kSchemaVersion) {
            qCWarning(lcSqlStore) << m_spec.table() << "has schema version" << stored << "newer than"
                                  << kSchemaVersion;
        }
        return {};
    }
    if (!written)
        return sqlError(
            db, operation,
            QCoreApplication::translate("SqlServerTokenStore", "cannot record the schema version"));
    written->finish();
    return {};
}

StoreResult<void> SqlServerTokenStore::ensureChangeCounter(SqlServerConnection &db, const QString &operation)
{
    if (!db.execDirect(m_dialect.createChangeTable()))
        return sqlError(db, operation,
                        QCoreApplication::translate("SqlServerTokenStore", "cannot create %1")
                            .arg(SqlDialect::changeTableName()));
    QSqlQuery *seed = db.exec(m_dialect.seedChangeRow(), { m_spec.table() });
    if (!seed)
        return sqlError(
            db, operation,
            QCoreApplication::translate("SqlServerTokenStore", "cannot create the change counter of %1")
                .arg(m_spec.table()));
    seed->finish();
    QSqlQuery *existing = db.exec(m_dialect.triggersOfTable(), { m_spec.table() });
    if (!existing)
        return sqlError(db, operation,
                        QCoreApplication::translate("SqlServerTokenStore", "cannot read the triggers of %1")
                            .arg(m_spec.table()));
    QSet<QString> names;
    while (existing->next())
        names.insert(existing->value(0).toString());
    existing->finish();

    // PostgreSQL runs schema changes in a transaction, which a refused statement would abort.
    const bool savepoint = m_dialect.schemaChangesAreTransactional();
    QString refusal;
    for (const auto &trigger : m_dialect.changeTriggers(m_spec.table())) {
        if (names.contains(trigger.first))
            continue;
        if (savepoint && !db.execDirect(QStringLiteral("SAVEPOINT zcrm_change_trigger")))
            return sqlError(db, operation,
                            QCoreApplication::translate("SqlServerTokenStore", "cannot create a savepoint"));
        for (const QString &statement : trigger.second) {
            if (!db.execDirect(statement)) {
                const QSqlError &error = db.lastError();
                refusal = scrub(error.databaseText().isEmpty() ? error.driverText() : error.databaseText());
                break;
            }
        }
        if (savepoint)
            db.execDirect(refusal.isEmpty() ? QStringLiteral("RELEASE SAVEPOINT zcrm_change_trigger")
                                            : QStringLiteral("ROLLBACK TO SAVEPOINT zcrm_change_trigger"));
        if (!refusal.isEmpty())
            break;
        qCDebug(lcSqlStore) << "created trigger" << trigger.first << "on" << m_spec.table();
    }
    if (!refusal.isEmpty() && !m_countsOwnChanges.loadRelaxed()) {
        qCWarning(lcSqlStore).noquote() << description()
                                        << "cannot create the triggers that count changes (" + refusal
                + "); only this application's writes move the change counter: a watcher sees a Zoho "
                  "SDK's writes only when it reads the rows for another reason";
    }
    {
        QMutexLocker lock(&m_triggerRefusalMutex);
        m_triggerRefusal = refusal;
    }
    m_countsOwnChanges.storeRelaxed(refusal.isEmpty() ? 0 : 1);
    return {};
}

StoreResult<void> SqlServerTokenStore::countOwnChange(SqlServerConnection &db, const QString &operation)
{
    if (!m_countsOwnChanges.loadRelaxed())
        return {}; // the triggers count it
    QSqlQuery *bump = db.exec(m_dialect.bumpChangeRow(), { m_spec.table() });
    if (!bump)
        return sqlError(db, operation,
                        QCoreApplication::translate("SqlServerTokenStore", "cannot count the change"));
    bump->finish();
    return {};
}

StoreResult<QByteArray> SqlServerTokenStore::changeStamp()
{
    const QString operation = QStringLiteral("changeStamp");
    return run<QByteArray>(operation, [&](SqlServerConnection &db) -> StoreResult<QByteArray> {
        QSqlQuery *query = db.exec(m_dialect.readChangeRow(), { m_spec.table() });
        if (!query)
            return sqlError(
                db, operation,
                QCoreApplication::translate("SqlServerTokenStore", "cannot read the change counter"));
        const bool found = query->next();
        const QByteArray version = found ? query->value(0).toByteArray() : QByteArray();
        query->finish();
        if (!found) {
            // Someone removed the row: make it again at the next call, and have the caller re-read.
            m_schemaReady.storeRelaxed(0);
            static QAtomicInteger<quint64> missing;
            return QByteArrayLiteral("missing:") + QByteArray::number(++missing);
        }
        return (m_countsOwnChanges.loadRelaxed() ? QByteArrayLiteral("own:") : QByteArrayLiteral("v:"))
            + version;
    });
}

StoreResult<std::optional<Token>>
SqlServerTokenStore::selectMatch(SqlServerConnection &db, const TokenMatchKey &key, const QString &operation)
{
    if (key.isNone())
        return std::optional<Token>();
    QString sql =
        QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?").arg(selectColumns(), table(), key.column());
    QVariantList values { key.value() };
    if (key.field() == TokenMatchKey::Field::UserName) {
        // A row without client or domain matches any (TokenMatchKey's "same or unknown").
        if (!key.clientId().isEmpty()) {
            sql += QStringLiteral(" AND (client_id IS NULL OR client_id = '' OR client_id = ?)");
            values.append(key.clientId());
        }
        if (!key.apiDomain().isEmpty()) {
            sql += QStringLiteral(" AND (api_domain IS NULL OR api_domain = '' OR api_domain = ?)");
            values.append(key.apiDomain());
        }
    }
    sql += QLatin1Char(' ') + m_dialect.orderById();
    QSqlQuery *query = db.exec(sql, values);
    if (!query)
        return sqlError(db, operation,
                        QCoreApplication::translate("SqlServerTokenStore", "cannot look the token up"));
    std::optional<Token> found;
    while (query->next()) {
        // The server's comparison may ignore trailing spaces or case (MySQL collations): the
        // SDK rule decides, byte for byte.
        Token row = tokenFromRow(*query);
        if (key.matches(row)) {
            found = std::move(row);
            break;
        }
    }
    query->finish();
    return found;
}

StoreResult<std::optional<Token>> SqlServerTokenStore::selectById(SqlServerConnection &db, const QString &id,
                                                                  const QString &operation)
{
    QSqlQuery *query =
        db.exec(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(selectColumns(), table()), { id });
    if (!query)
        return sqlError(db, operation,
                        QCoreApplication::translate("SqlServerTokenStore", "cannot read token %1").arg(id));
    std::optional<Token> found;
    while (query->next()) {
        Token row = tokenFromRow(*query);
        if (row.id == id) {
            found = std::move(row);
            break;
        }
    }
    query->finish();
    return found;
}

StoreResult<std::optional<Token>> SqlServerTokenStore::findToken(const Token &partial)
{
    const TokenMatchKey key = TokenMatchKey::forToken(partial);
    if (key.isNone())
        return std::optional<Token>();
    const QString operation = QStringLiteral("findToken");
    return run<std::optional<Token>>(operation,
                                     [&](SqlServerConnection &db) -> StoreResult<std::optional<Token>> {
                                         auto row = selectMatch(db, key, operation);
                                         if (!row || !row.value())
                                             return row;
                                         return std::optional<Token>(partial.completedFrom(*row.value()));
                                     });
}

StoreResult<std::optional<Token>> SqlServerTokenStore::findTokenById(const QString &id)
{
    const QString operation = QStringLiteral("findTokenById");
    if (id.isEmpty())
        return std::optional<Token>();
    return run<std::optional<Token>>(operation,
                                     [&](SqlServerConnection &db) { return selectById(db, id, operation); });
}

StoreResult<Token> SqlServerTokenStore::saveToken(const Token &token)
{
    const QString operation = QStringLiteral("saveToken");
    return run<Token>(operation, [&](SqlServerConnection &db) -> StoreResult<Token> {
        if (auto locked = beginLocked(db, operation); !locked)
            return locked.error();
        qint64 largestId = -1;
        auto saved = saveLocked(db, token, operation, &largestId);
        if (!saved)
            return saved;
        if (auto counted = countOwnChange(db, operation); !counted)
            return counted.error();
        if (!db.commit())
            return sqlError(db, operation,
                            QCoreApplication::translate("SqlServerTokenStore", "cannot commit"));
        return saved;
    });
}

StoreResult<TokenList> SqlServerTokenStore::saveTokens(const TokenList &tokens)
{
    const QString operation = QStringLiteral("saveTokens");
    return run<TokenList>(operation, [&](SqlServerConnection &db) -> StoreResult<TokenList> {
        if (auto locked = beginLocked(db, operation); !locked)
            return locked.error();
        TokenList saved;
        saved.reserve(tokens.size());
        qint64 largestId = -1; // read once: nobody else inserts while we hold the lock
        for (const Token &token : tokens) {
            auto one = saveLocked(db, token, operation, &largestId);
            if (!one)
                return one.error(); // run() rolls the whole batch back
            saved.append(std::move(one).value());
        }
        if (auto counted = countOwnChange(db, operation); !counted)
            return counted.error();
        if (!db.commit())
            return sqlError(db, operation,
                            QCoreApplication::translate("SqlServerTokenStore", "cannot commit"));
        return saved;
    });
}

StoreResult<Token> SqlServerTokenStore::saveLocked(SqlServerConnection &db, Token token,
                                                   const QString &operation, qint64 *largestId)
{
    if (const QString problem = TokenRules::tokenProblem(token, false); !problem.isEmpty())
        return makeError(StoreError::Code::InvalidInput, operation, problem);
    std::optional<Token> existing;
    if (!token.id.isEmpty()) {
        auto byId = selectById(db, token.id, operation);
        if (!byId)
            return byId.error();
        existing = std::move(byId).value();
        if (!existing) {
            if (const QString problem = TokenRules::idProblem(token.id); !problem.isEmpty())
                return makeError(StoreError::Code::InvalidInput, operation, problem);
        }
    } else {
        auto matched = selectMatch(db, TokenMatchKey::forToken(token), operation);
        if (!matched)
            return matched.error();
        existing = std::move(matched).value();
    }

    const qint64 nowMs = now();
    const QStringList &columns = tokenColumns();
    if (existing) {
        token.mergeMissingFrom(*existing);
        token.updatedAt = nowMs;
        QStringList assignments;
        QVariantList values;
        for (const QString &column : columns.mid(1)) {
            assignments.append(column + QStringLiteral(" = ?"));
            values.append(columnValue(token, column));
        }
        values.append(token.id);
        QSqlQuery *update = db.exec(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                                        .arg(table(), assignments.join(QStringLiteral(", "))),
                                    values);
        if (!update)
            return sqlError(
                db, operation,
                QCoreApplication::translate("SqlServerTokenStore", "cannot update token %1").arg(token.id));
        update->finish();
        return token;
    }

    if (token.refreshToken.isEmpty() && token.grantToken.isEmpty() && token.accessToken.isEmpty()) {
        return makeError(
            StoreError::Code::NotFound, operation,
            QCoreApplication::translate("SqlServerTokenStore",
                                        "Given user authentication details not found, and the token has no "
                                        "refresh, grant or access token to store"));
    }
    // Under the table lock, so no other writer of ours can take the same number.
    if (*largestId < 0) {
        auto largest = largestIdInUse(db, operation);
        if (!largest)
            return largest.error();
        *largestId = largest.value();
    }
    if (token.id.isEmpty()) {
        // The SDK's own DBStore inserts without our lock and without our sequence.
        for (qint64 after = *largestId;; ++after) {
            token.id = TokenRules::nextIdAfter(after);
            if (token.id.isEmpty())
                return makeError(
                    StoreError::Code::InvalidInput, operation,
                    QCoreApplication::translate("SqlServerTokenStore",
                                                "no token id is left after %1; save it with a free --id")
                        .arg(after));
            auto taken = selectById(db, token.id, operation);
            if (!taken)
                return taken.error();
            if (!taken.value())
                break;
        }
    }
    if (token.createdAt <= 0)
        token.createdAt = nowMs;
    token.updatedAt = nowMs;
    QStringList placeholders;
    QVariantList values;
    for (const QString &column : columns) {
        placeholders.append(QStringLiteral("?"));
        values.append(column == QLatin1String("id") ? QVariant(token.id) : columnValue(token, column));
    }
    QSqlQuery *insert = db.exec(
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(table(), columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", "))),
        values);
    if (!insert)
        return sqlError(
            db, operation,
            QCoreApplication::translate("SqlServerTokenStore", "cannot insert token %1").arg(token.id));
    insert->finish();
    *largestId = std::max(*largestId, numericId(token.id));
    // The sequence holds the next id: after the largest qint64 there is none, and it stays put.
    QSqlQuery *sequence =
        db.exec(m_dialect.storeNextId(),
                { m_spec.table(), *largestId < TokenRules::kMaxId ? *largestId + 1 : *largestId });
    if (!sequence)
        return sqlError(db, operation,
                        QCoreApplication::translate("SqlServerTokenStore", "cannot record the next id"));
    sequence->finish();
    return token;
}

StoreResult<void> SqlServerTokenStore::beginLocked(SqlServerConnection &db, const QString &operation)
{
    if (!db.begin())
        return sqlError(db, operation,
                        QCoreApplication::translate("SqlServerTokenStore", "cannot start a transaction"));
    QSqlQuery *lock = db.exec(m_dialect.lockTokenTable(), { m_dialect.tokenTableLockKey(m_spec.table()) });
    if (!lock)
        return sqlError(
            db, operation,
            QCoreApplication::translate("SqlServerTokenStore", "cannot lock table %1").arg(m_spec.table()));
    lock->finish();
    return {};
}

StoreResult<qint64> SqlServerTokenStore::largestIdInUse(SqlServerConnection &db, const QString &operation)
{
    QSqlQuery *stored = db.exec(QStringLiteral("SELECT next_id FROM %1 WHERE table_name = ?")
                                    .arg(m_dialect.quote(SqlDialect::idSequenceTableName())),
                                { m_spec.table() });
    if (!stored)
        return sqlError(db, operation,
                        QCoreApplication::translate("SqlServerTokenStore", "cannot read the next id"));
    const bool known = stored->next();
    const qint64 next = known ? stored->value(0).toLongLong() : 0;
    stored->finish();
    if (known)
        return next - 1;
    // First insert since the table was made or taken over: the rows' largest number, once.
    QSqlQuery *maxId = db.exec(QStringLiteral("SELECT MAX(%1) FROM %2").arg(m_dialect.numericId(), table()));
    if (!maxId)
        return sqlError(db, operation,
                        QCoreApplication::translate("SqlServerTokenStore", "cannot compute the next id"));
    const qint64 largest = maxId->next() ? maxId->value(0).toLongLong() : 0;
    maxId->finish();
    return largest;
}

StoreResult<void> SqlServerTokenStore::deleteToken(const QString &id)
{
    const QString operation = QStringLiteral("deleteToken");
    return run<void>(operation, [&](SqlServerConnection &db) -> StoreResult<void> {
        // MySQL compares "5 " equal to "5"; an id is never padded, so such an id is simply unknown.
        if (id.isEmpty() || id != id.trimmed())
            return makeError(StoreError::Code::NotFound, operation,
                             QCoreApplication::translate("SqlServerTokenStore", "no token with id %1")
                                 .arg(DisplayText::quoted(id)));
        // Without triggers, the delete and its count are one transaction.
        const bool counting = m_countsOwnChanges.loadRelaxed();
        if (counting && !db.begin())
            return sqlError(db, operation,
                            QCoreApplication::translate("SqlServerTokenStore", "cannot start a transaction"));
        QSqlQuery *query = db.exec(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table()), { id });
        if (!query)
            return sqlError(
                db, operation,
                QCoreApplication::translate("SqlServerTokenStore", "cannot delete token %1").arg(id));
        const int affected = query->numRowsAffected();
        query->finish();
        if (affected <= 0) {
            if (counting)
                db.rollback();
            return makeError(StoreError::Code::NotFound, operation,
                             QCoreApplication::translate("SqlServerTokenStore", "no token with id %1")
                                 .arg(DisplayText::quoted(id)));
        }
        if (counting) {
            if (auto counted = countOwnChange(db, operation); !counted)
                return counted;
            if (!db.commit())
                return sqlError(db, operation,
                                QCoreApplication::translate("SqlServerTokenStore", "cannot commit"));
        }
        return {};
    });
}

StoreResult<TokenList> SqlServerTokenStore::getTokens()
{
    const QString operation = QStringLiteral("getTokens");
    return run<TokenList>(operation, [&](SqlServerConnection &db) -> StoreResult<TokenList> {
        QSqlQuery *query = db.exec(
            QStringLiteral("SELECT %1 FROM %2 %3").arg(selectColumns(), table(), m_dialect.orderById()));
        if (!query)
            return sqlError(db, operation,
                            QCoreApplication::translate("SqlServerTokenStore", "cannot read the tokens"));
        TokenList tokens;
        while (query->next())
            tokens.append(tokenFromRow(*query));
        query->finish();
        return tokens;
    });
}

StoreResult<void> SqlServerTokenStore::deleteTokens()
{
    const QString operation = QStringLiteral("deleteTokens");
    return run<void>(operation, [&](SqlServerConnection &db) -> StoreResult<void> {
        if (auto locked = beginLocked(db, operation); !locked)
            return locked.error();
        QSqlQuery *query = db.exec(QStringLiteral("DELETE FROM %1").arg(table()));
        if (!query)
            return sqlError(db, operation,
                            QCoreApplication::translate("SqlServerTokenStore", "cannot delete the tokens"));
        query->finish();
        if (auto counted = countOwnChange(db, operation); !counted)
            return counted;
        if (!db.commit())
            return sqlError(db, operation,
                            QCoreApplication::translate("SqlServerTokenStore", "cannot commit"));
        return {};
    });
}

StoreResult<bool> SqlServerTokenStore::tryAcquireLease(const QString &tokenId, const QString &owner,
                                                       qint64 durationMs)
{
    const QString operation = QStringLiteral("tryAcquireLease");
    return run<bool>(operation, [&](SqlServerConnection &db) -> StoreResult<bool> {
        if (tokenId.isEmpty() || tokenId != tokenId.trimmed()) {
            return makeError(StoreError::Code::NotFound, operation,
                             QCoreApplication::translate("SqlServerTokenStore", "no token with id %1")
                                 .arg(DisplayText::quoted(tokenId)));
        }
        const qint64 nowMs = now();
        // One statement decides, so two processes can never both get the lease.
        QSqlQuery *take =
            db.exec(QStringLiteral("UPDATE %1 SET lease_owner = ?, lease_until = ? WHERE id = ? "
                                   "AND (lease_owner IS NULL OR lease_until IS NULL "
                                   "OR lease_until <= ? OR lease_owner = ?)")
                        .arg(table()),
                    { exactText(owner), nowMs + durationMs, tokenId, nowMs, exactText(owner) });
        if (!take)
            return sqlError(
                db, operation,
                QCoreApplication::translate("SqlServerTokenStore", "cannot take the lease of token %1")
                    .arg(tokenId));
        const int affected = take->numRowsAffected();
        take->finish();
        if (affected > 0)
            return true;
        QSqlQuery *exists =
            db.exec(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE id = ?").arg(table()), { tokenId });
        if (!exists)
            return sqlError(
                db, operation,
                QCoreApplication::translate("SqlServerTokenStore", "cannot read token %1").arg(tokenId));
        const bool found = exists->next() && exists->value(0).toLongLong() > 0;
        exists->finish();
        if (!found) {
            return makeError(StoreError::Code::NotFound, operation,
                             QCoreApplication::translate("SqlServerTokenStore", "no token with id %1")
                                 .arg(DisplayText::quoted(tokenId)));
        }
        return false;
    });
}

StoreResult<void> SqlServerTokenStore::releaseLease(const QString &tokenId, const QString &owner)
{
    const QString operation = QStringLiteral("releaseLease");
    return run<void>(operation, [&](SqlServerConnection &db) -> StoreResult<void> {
        QSqlQuery *query = db.exec(QStringLiteral("UPDATE %1 SET lease_owner = NULL, lease_until = NULL "
                                                  "WHERE id = ? AND lease_owner = ?")
                                       .arg(table()),
                                   { tokenId, exactText(owner) });
        if (!query)
            return sqlError(
                db, operation,
                QCoreApplication::translate("SqlServerTokenStore", "cannot release the lease of token %1")
                    .arg(tokenId));
        query->finish();
        return {};
    });
}

StoreResult<StoreCheck> SqlServerTokenStore::check()
{
    const QString operation = QStringLiteral("check");
    return run<StoreCheck>(operation, [&](SqlServerConnection &db) -> StoreResult<StoreCheck> {
        StoreCheck result;
        result.reachable = true;
        QSqlQuery *count = db.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table()));
        if (!count)
            return sqlError(db, operation,
                            QCoreApplication::translate("SqlServerTokenStore", "cannot count the tokens"));
        result.rowCount = count->next() ? count->value(0).toLongLong() : 0;
        count->finish();
        QSqlQuery *version = db.exec(QStringLiteral("SELECT version FROM %1 WHERE table_name = ?")
                                         .arg(m_dialect.quote(SqlDialect::schemaTableName())),
                                     { m_spec.table() });
        if (!version)
            return sqlError(
                db, operation,
                QCoreApplication::translate("SqlServerTokenStore", "cannot read the schema version"));
        result.schemaVersion = version->next() ? version->value(0).toString() : QStringLiteral("sdk");
        version->finish();

        // Writable: an insert that is rolled back leaves no trace but needs every right a save needs.
        result.details = QCoreApplication::translate("SqlServerTokenStore", "%1 %2, database %3, table %4")
                             .arg(m_spec.serverName(), db.serverVersion(), m_spec.database(), m_spec.table());
        {
            QMutexLocker lock(&m_triggerRefusalMutex);
            result.details += m_countsOwnChanges.loadRelaxed()
                ? QCoreApplication::translate(
                      "SqlServerTokenStore",
                      "; changes counted by our own writers only, not a Zoho SDK's (the server "
                      "refused triggers: %1)")
                      .arg(m_triggerRefusal)
                : QCoreApplication::translate("SqlServerTokenStore", "; changes counted by triggers");
        }
        if (!db.begin())
            return sqlError(db, operation,
                            QCoreApplication::translate("SqlServerTokenStore", "cannot start a transaction"));
        QSqlQuery *probe =
            db.exec(QStringLiteral("INSERT INTO %1 (id) VALUES (?)").arg(table()), { kProbeId });
        if (probe) {
            probe->finish();
            result.writable = true;
        } else {
            result.details += QCoreApplication::translate("SqlServerTokenStore", "; not writable: ")
                + sqlError(db, operation,
                           QCoreApplication::translate("SqlServerTokenStore", "a test insert failed"))
                      .message();
        }
        db.rollback();
        return result;
    });
}
