#include "sqlitetokenstore.h"

#include "sqliteschema.h"
#include "sqlitestorelogging.h"
#include "tokenmatchkey.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QVariant>

namespace {

// The token's columns, without the lease; a function so that it is built after Token's names.
const QString &selectColumns()
{
    static const QString columns =
        SqliteSchema::columns()
            .mid(0, Token::sdkFieldNames().size() + Token::extraFieldNames().size())
            .join(QStringLiteral(", "));
    return columns;
}

QString selectWhere(const QString &condition)
{
    // rowid order is insertion order: the first stored row wins, as in the other stores.
    return QStringLiteral("SELECT %1 FROM oauthtoken WHERE %2 ORDER BY rowid LIMIT 1")
        .arg(selectColumns(), condition);
}

QVariant textOrNull(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

QVariant msOrNull(qint64 ms)
{
    return ms > 0 ? QVariant(ms) : QVariant();
}

bool isPositiveInteger(const QString &id)
{
    bool ok = false;
    return id.toLongLong(&ok) > 0 && ok;
}

// SQLite result codes (the low byte of an extended code).
enum SqliteCode {
    Busy = 5,
    Locked = 6,
    ReadOnly = 8,
    Corrupt = 11,
    CantOpen = 14,
    NotADatabase = 26,
    Perm = 3
};

} // namespace

SqliteTokenStore::SqliteTokenStore(const Options &options)
    : TokenStore(QStringLiteral("sqlite:") + options.path)
    , m_options(options)
{
    static QAtomicInteger<quint64> counter;
    m_connectionName = QStringLiteral("zcrm-sqlite-%1").arg(counter.fetchAndAddRelaxed(1));
}

SqliteTokenStore::~SqliteTokenStore()
{
    for (QSqlQuery *query : { &m_begin, &m_commit, &m_rollback, &m_byId, &m_byUser, &m_byAccess, &m_byRefresh,
                              &m_byGrant, &m_all, &m_insert, &m_update, &m_delete, &m_deleteAll, &m_nextId,
                              &m_setNextId, &m_idExists, &m_takeLease, &m_releaseLease })
        *query = QSqlQuery();
    if (m_database.isValid())
        m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

StoreResult<std::unique_ptr<TokenStore>> SqliteTokenStore::open(const Options &options)
{
    std::unique_ptr<SqliteTokenStore> store(new SqliteTokenStore(options));
    auto opened = store->openDatabase();
    if (!opened)
        return opened.error();
    return std::unique_ptr<TokenStore>(std::move(store));
}

StoreResult<void> SqliteTokenStore::openDatabase()
{
    const QString operation = QStringLiteral("open");
    const QString &path = m_options.path;
    if (path.isEmpty())
        return makeError(StoreError::Code::InvalidInput, operation,
                         QStringLiteral("no file named; use sqlite:PATH"));
    const QFileInfo info(path);
    const QDir folder = info.absoluteDir();
    if (!folder.exists()) {
        if (!m_options.createFolder || !QDir().mkpath(folder.absolutePath()))
            return makeError(StoreError::Code::Unavailable, operation,
                             QStringLiteral("folder %1 does not exist").arg(folder.absolutePath()));
        QFile::setPermissions(folder.absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    if (info.exists()) {
        if (info.isDir())
            return makeError(StoreError::Code::InvalidInput, operation,
                             QStringLiteral("%1 is a folder").arg(path));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(StoreError::Code::AccessDenied, operation,
                             QStringLiteral("cannot read the file: %1").arg(file.errorString()));
        const QByteArray header = file.read(16);
        // An empty file is an empty database to SQLite; anything else must carry its header.
        if (!header.isEmpty() && header != QByteArrayLiteral("SQLite format 3\0"))
            return makeError(StoreError::Code::Corrupt, operation,
                             QStringLiteral("not an SQLite database; the file was left as it is"));
        // The owner's write bit counts even for root, who could write anyway: a 0400 file is meant
        // to stay as it is.
        m_readOnly = !info.isWritable() || !info.permission(QFile::WriteOwner);
    } else {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner))
            return makeError(StoreError::Code::AccessDenied, operation,
                             QStringLiteral("cannot create the file: %1").arg(file.errorString()));
    }

    m_database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!m_database.isValid())
        return makeError(StoreError::Code::Unavailable, operation,
                         QStringLiteral("Qt's SQLite driver is not installed (package libqt6sql6-sqlite)"));
    m_database.setDatabaseName(path);
    QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_options.busyTimeoutMs);
    if (m_readOnly)
        connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
    m_database.setConnectOptions(connectOptions);
    if (!m_database.open())
        return sqlError(operation, m_database.lastError());

    // Reads first: nothing is written to a file that turns out not to be a token store.
    const SqliteSchema::Plan plan = SqliteSchema::plan(m_database);
    if (!plan.error.isEmpty()) {
        const QSqlError last = m_database.lastError();
        if (last.isValid() && last.type() != QSqlError::NoError)
            return sqlError(operation, last);
        return makeError(StoreError::Code::Corrupt, operation,
                         plan.error + QStringLiteral("; the file was left as it is"));
    }

    QSqlQuery pragma(m_database);
    if (!m_readOnly) {
        if (!pragma.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !pragma.next())
            return queryError(operation, pragma);
        if (pragma.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            qCWarning(lcSqliteStore) << description() << "stays in journal mode"
                                     << pragma.value(0).toString();
        pragma.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    }

    if (!plan.statements.isEmpty()) {
        if (m_readOnly)
            return makeError(StoreError::Code::AccessDenied, operation,
                             QStringLiteral("the file is read-only and needs a schema upgrade"));
        auto begun = begin(operation);
        if (!begun)
            return begun;
        // Another process may have upgraded it while we waited for the write lock.
        const SqliteSchema::Plan again = SqliteSchema::plan(m_database);
        for (const QString &statement : again.statements) {
            QSqlQuery step(m_database);
            if (!step.exec(statement)) {
                const StoreError error = queryError(operation, step);
                rollback();
                return error;
            }
        }
        auto committed = commit(operation);
        if (!committed)
            return committed;
        if (plan.fromVersion == 0
            && !plan.statements.first().startsWith(QLatin1String("CREATE TABLE oauthtoken")))
            qCInfo(lcSqliteStore) << description() << "upgraded from the Zoho SDK table to schema"
                                  << SqliteSchema::kCurrentVersion;
    }
    return prepareStatements();
}

StoreResult<void> SqliteTokenStore::prepareStatements()
{
    const QString columns = SqliteSchema::columns().join(QStringLiteral(", "));
    QStringList placeholders;
    QStringList assignments;
    for (const QString &column : SqliteSchema::columns()) {
        placeholders.append(QStringLiteral("?"));
        if (column != QLatin1String("id") && !column.startsWith(QLatin1String("lease_")))
            assignments.append(column + QStringLiteral(" = ?"));
    }
    const struct
    {
        QSqlQuery *query;
        QString sql;
    } statements[] = {
        { &m_begin, QStringLiteral("BEGIN IMMEDIATE") },
        { &m_commit, QStringLiteral("COMMIT") },
        { &m_rollback, QStringLiteral("ROLLBACK") },
        { &m_byId, selectWhere(QStringLiteral("id = ?")) },
        { &m_byUser,
          selectWhere(QStringLiteral(
              "user_name = ? AND (COALESCE(?, '') = '' OR client_id IS NULL OR client_id = '' OR client_id = "
              "?) "
              "AND (COALESCE(?, '') = '' OR api_domain IS NULL OR api_domain = '' OR api_domain = ?)")) },
        { &m_byAccess, selectWhere(QStringLiteral("access_token = ?")) },
        { &m_byRefresh, selectWhere(QStringLiteral("refresh_token = ?")) },
        { &m_byGrant, selectWhere(QStringLiteral("grant_token = ?")) },
        { &m_all, QStringLiteral("SELECT %1 FROM oauthtoken ORDER BY rowid").arg(selectColumns()) },
        { &m_insert,
          QStringLiteral("INSERT INTO oauthtoken (%1) VALUES (%2)")
              .arg(columns, placeholders.join(QStringLiteral(", "))) },
        { &m_update,
          QStringLiteral("UPDATE oauthtoken SET %1 WHERE id = ?")
              .arg(assignments.join(QStringLiteral(", "))) },
        { &m_delete, QStringLiteral("DELETE FROM oauthtoken WHERE id = ?") },
        { &m_deleteAll, QStringLiteral("DELETE FROM oauthtoken") },
        { &m_nextId, QStringLiteral("SELECT value FROM zcrm_meta WHERE key = 'next_id'") },
        { &m_setNextId,
          QStringLiteral("INSERT OR REPLACE INTO zcrm_meta (key, value) VALUES ('next_id', ?)") },
        { &m_raiseNextId,
          QStringLiteral("UPDATE zcrm_meta SET value = MAX(value, ?) WHERE key = 'next_id'") },
        { &m_idExists, QStringLiteral("SELECT 1 FROM oauthtoken WHERE id = ?") },
        { &m_takeLease,
          QStringLiteral("UPDATE oauthtoken SET lease_owner = ?, lease_until = ? WHERE id = ? AND "
                         "(lease_owner IS NULL OR lease_until IS NULL OR lease_until <= ? OR "
                         "lease_owner = ?)") },
        { &m_releaseLease,
          QStringLiteral("UPDATE oauthtoken SET lease_owner = NULL, lease_until = NULL "
                         "WHERE id = ? AND lease_owner = ?") },
    };
    for (const auto &statement : statements) {
        *statement.query = QSqlQuery(m_database);
        if (!statement.query->prepare(statement.sql))
            return queryError(QStringLiteral("open"), *statement.query);
    }
    return {};
}

StoreError SqliteTokenStore::sqlError(const QString &operation, const QSqlError &error) const
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    StoreError::Code kind = StoreError::Code::Backend;
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.text();
    switch (code) {
    case Busy:
    case Locked:
        kind = StoreError::Code::Busy;
        text = QStringLiteral("the database is locked by another process beyond %1 ms; try again")
                   .arg(m_options.busyTimeoutMs);
        break;
    case ReadOnly:
    case Perm:
        kind = StoreError::Code::AccessDenied;
        text = QStringLiteral("the file is read-only (%1)").arg(text);
        break;
    case Corrupt:
    case NotADatabase:
        kind = StoreError::Code::Corrupt;
        text = QStringLiteral("the database is damaged (%1); the file was left as it is").arg(text);
        break;
    case CantOpen:
        kind = StoreError::Code::Unavailable;
        break;
    default:
        break;
    }
    return makeError(kind, operation, text);
}

StoreError SqliteTokenStore::queryError(const QString &operation, const QSqlQuery &query) const
{
    return sqlError(operation, query.lastError());
}

StoreResult<void> SqliteTokenStore::begin(const QString &operation)
{
    if (m_readOnly)
        return makeError(StoreError::Code::AccessDenied, operation, QStringLiteral("the file is read-only"));
    QSqlError error;
    if (!runControl(m_begin, QStringLiteral("BEGIN IMMEDIATE"), &error))
        return sqlError(operation, error);
    return {};
}

StoreResult<void> SqliteTokenStore::commit(const QString &operation)
{
    QSqlError error;
    if (!runControl(m_commit, QStringLiteral("COMMIT"), &error)) {
        rollback();
        return sqlError(operation, error);
    }
    return {};
}

void SqliteTokenStore::rollback()
{
    runControl(m_rollback, QStringLiteral("ROLLBACK"), nullptr);
}

bool SqliteTokenStore::runControl(QSqlQuery &prepared, const QString &sql, QSqlError *error)
{
    // Before prepareStatements() (during the schema upgrade) there is no prepared statement yet.
    QSqlQuery adHoc(m_database);
    QSqlQuery &query = prepared.lastQuery().isEmpty() ? adHoc : prepared;
    const bool ok = &query == &adHoc ? adHoc.exec(sql) : prepared.exec();
    if (!ok && error)
        *error = query.lastError();
    query.finish();
    return ok;
}

Token SqliteTokenStore::tokenFromQuery(const QSqlQuery &query)
{
    Token token;
    const QStringList &names = SqliteSchema::columns();
    const int count = int(Token::sdkFieldNames().size() + Token::extraFieldNames().size());
    for (int i = 0; i < count; ++i) {
        const QVariant value = query.value(i);
        if (!value.isNull())
            token.setField(names.at(i), value.toString());
    }
    return token;
}

StoreResult<std::optional<Token>> SqliteTokenStore::findRow(QSqlQuery &query, const QString &operation)
{
    if (!query.exec())
        return queryError(operation, query);
    std::optional<Token> row;
    if (query.next())
        row = tokenFromQuery(query);
    query.finish();
    return row;
}

StoreResult<std::optional<Token>> SqliteTokenStore::rowFor(const Token &token, const QString &operation)
{
    if (!token.id.isEmpty()) {
        m_byId.bindValue(0, token.id);
        return findRow(m_byId, operation);
    }
    const TokenMatchKey key = TokenMatchKey::forToken(token);
    QSqlQuery *query = nullptr;
    switch (key.field()) {
    case TokenMatchKey::Field::None:
        return std::optional<Token>();
    case TokenMatchKey::Field::UserName:
        query = &m_byUser;
        query->bindValue(0, key.value());
        query->bindValue(1, key.clientId());
        query->bindValue(2, key.clientId());
        query->bindValue(3, key.apiDomain());
        query->bindValue(4, key.apiDomain());
        return findRow(*query, operation);
    case TokenMatchKey::Field::AccessToken:
        query = &m_byAccess;
        break;
    case TokenMatchKey::Field::RefreshToken:
        query = &m_byRefresh;
        break;
    case TokenMatchKey::Field::GrantToken:
        query = &m_byGrant;
        break;
    }
    query->bindValue(0, key.value());
    return findRow(*query, operation);
}

StoreResult<std::optional<Token>> SqliteTokenStore::findToken(const Token &partial)
{
    Token lookup = partial;
    lookup.id.clear(); // find_token never goes by id
    auto row = rowFor(lookup, QStringLiteral("findToken"));
    if (!row || !row.value())
        return row;
    Token merged = partial;
    merged.mergeMissingFrom(*row.value());
    merged.id = row.value()->id;
    return std::optional<Token>(merged);
}

StoreResult<std::optional<Token>> SqliteTokenStore::findTokenById(const QString &id)
{
    m_byId.bindValue(0, id);
    return findRow(m_byId, QStringLiteral("findTokenById"));
}

void SqliteTokenStore::bindRow(QSqlQuery &query, const Token &token)
{
    const QStringList &names = SqliteSchema::columns();
    int position = 0;
    for (const QString &name : names) {
        if (name.startsWith(QLatin1String("lease_")))
            continue;
        if (&query == &m_update && name == QLatin1String("id"))
            continue;
        QVariant value;
        if (name == QLatin1String("created_at"))
            value = msOrNull(token.createdAt);
        else if (name == QLatin1String("updated_at"))
            value = msOrNull(token.updatedAt);
        else
            value = textOrNull(token.field(name));
        query.bindValue(position++, value);
    }
    if (&query == &m_insert) {
        query.bindValue(position++, QVariant()); // lease_owner
        query.bindValue(position++, QVariant()); // lease_until
    } else {
        query.bindValue(position++, token.id);
    }
}

StoreResult<QString> SqliteTokenStore::allocateId()
{
    const QString operation = QStringLiteral("saveToken");
    if (!m_nextId.exec())
        return queryError(operation, m_nextId);
    qint64 next = m_nextId.next() ? m_nextId.value(0).toLongLong() : 1;
    m_nextId.finish();
    // Rows written by the SDK itself may already use the next number.
    for (;;) {
        m_idExists.bindValue(0, QString::number(next));
        if (!m_idExists.exec())
            return queryError(operation, m_idExists);
        const bool taken = m_idExists.next();
        m_idExists.finish();
        if (!taken)
            break;
        ++next;
    }
    m_setNextId.bindValue(0, next + 1);
    if (!m_setNextId.exec())
        return queryError(operation, m_setNextId);
    return QString::number(next);
}

StoreResult<Token> SqliteTokenStore::saveInTransaction(Token token)
{
    const QString operation = QStringLiteral("saveToken");
    if (!token.id.isEmpty() && !isPositiveInteger(token.id)) {
        m_byId.bindValue(0, token.id);
        auto existing = findRow(m_byId, operation);
        if (!existing)
            return existing.error();
        if (!existing.value())
            return makeError(StoreError::Code::InvalidInput, operation,
                             QStringLiteral("id \"%1\" is not a positive integer").arg(token.id));
    }
    auto row = rowFor(token, operation);
    if (!row)
        return row.error();
    const qint64 nowMs = now();
    if (row.value()) {
        token.mergeMissingFrom(*row.value());
        token.id = row.value()->id;
        token.updatedAt = nowMs;
        bindRow(m_update, token);
        if (!m_update.exec())
            return queryError(operation, m_update);
        return token;
    }
    if (token.refreshToken.isEmpty() && token.grantToken.isEmpty() && token.accessToken.isEmpty())
        return makeError(
            StoreError::Code::NotFound, operation,
            QStringLiteral("Given user authentication details not found, and the token has no refresh, "
                           "grant or access token to store"));
    if (token.id.isEmpty()) {
        auto id = allocateId();
        if (!id)
            return id.error();
        token.id = id.value();
    } else {
        // A chosen id moves the sequence past it, as max(id) + 1 would.
        m_raiseNextId.bindValue(0, token.id.toLongLong() + 1);
        if (!m_raiseNextId.exec())
            return queryError(operation, m_raiseNextId);
    }
    if (token.createdAt <= 0)
        token.createdAt = nowMs;
    token.updatedAt = nowMs;
    bindRow(m_insert, token);
    if (!m_insert.exec())
        return queryError(operation, m_insert);
    return token;
}

StoreResult<Token> SqliteTokenStore::saveToken(const Token &token)
{
    auto begun = begin(QStringLiteral("saveToken"));
    if (!begun)
        return begun.error();
    auto saved = saveInTransaction(token);
    if (!saved) {
        rollback();
        return saved;
    }
    auto committed = commit(QStringLiteral("saveToken"));
    if (!committed)
        return committed.error();
    return saved;
}

StoreResult<TokenList> SqliteTokenStore::saveTokens(const TokenList &tokens)
{
    auto begun = begin(QStringLiteral("saveTokens"));
    if (!begun)
        return begun.error();
    TokenList saved;
    saved.reserve(tokens.size());
    for (const Token &token : tokens) {
        auto result = saveInTransaction(token);
        if (!result) {
            rollback(); // all or nothing
            return result.error();
        }
        saved.append(std::move(result).value());
    }
    auto committed = commit(QStringLiteral("saveTokens"));
    if (!committed)
        return committed.error();
    return saved;
}

StoreResult<void> SqliteTokenStore::deleteToken(const QString &id)
{
    const QString operation = QStringLiteral("deleteToken");
    auto begun = begin(operation);
    if (!begun)
        return begun;
    m_delete.bindValue(0, id);
    if (!m_delete.exec()) {
        const StoreError error = queryError(operation, m_delete);
        rollback();
        return error;
    }
    if (m_delete.numRowsAffected() <= 0) {
        rollback();
        return makeError(StoreError::Code::NotFound, operation,
                         QStringLiteral("no token with id %1").arg(id));
    }
    return commit(operation);
}

StoreResult<TokenList> SqliteTokenStore::getTokens()
{
    if (!m_all.exec())
        return queryError(QStringLiteral("getTokens"), m_all);
    TokenList tokens;
    while (m_all.next())
        tokens.append(tokenFromQuery(m_all));
    m_all.finish();
    return tokens;
}

StoreResult<void> SqliteTokenStore::deleteTokens()
{
    const QString operation = QStringLiteral("deleteTokens");
    auto begun = begin(operation);
    if (!begun)
        return begun;
    if (!m_deleteAll.exec()) {
        const StoreError error = queryError(operation, m_deleteAll);
        rollback();
        return error;
    }
    return commit(operation);
}

StoreResult<bool> SqliteTokenStore::tryAcquireLease(const QString &tokenId, const QString &owner,
                                                    qint64 durationMs)
{
    const QString operation = QStringLiteral("tryAcquireLease");
    auto begun = begin(operation);
    if (!begun)
        return begun.error();
    const qint64 nowMs = now();
    m_takeLease.bindValue(0, owner);
    m_takeLease.bindValue(1, nowMs + durationMs);
    m_takeLease.bindValue(2, tokenId);
    m_takeLease.bindValue(3, nowMs);
    m_takeLease.bindValue(4, owner);
    if (!m_takeLease.exec()) {
        const StoreError error = queryError(operation, m_takeLease);
        rollback();
        return error;
    }
    const bool taken = m_takeLease.numRowsAffected() > 0;
    if (!taken) {
        m_idExists.bindValue(0, tokenId);
        const bool exists = m_idExists.exec() && m_idExists.next();
        m_idExists.finish();
        if (!exists) {
            rollback();
            return makeError(StoreError::Code::NotFound, operation,
                             QStringLiteral("no token with id %1").arg(tokenId));
        }
    }
    auto committed = commit(operation);
    if (!committed)
        return committed.error();
    return taken;
}

StoreResult<void> SqliteTokenStore::releaseLease(const QString &tokenId, const QString &owner)
{
    const QString operation = QStringLiteral("releaseLease");
    auto begun = begin(operation);
    if (!begun)
        return begun;
    m_releaseLease.bindValue(0, tokenId);
    m_releaseLease.bindValue(1, owner);
    if (!m_releaseLease.exec()) {
        const StoreError error = queryError(operation, m_releaseLease);
        rollback();
        return error;
    }
    return commit(operation);
}

StoreResult<StoreCheck> SqliteTokenStore::check()
{
    const QString operation = QStringLiteral("check");
    StoreCheck result;
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM oauthtoken")) || !query.next())
        return queryError(operation, query);
    result.reachable = true;
    result.rowCount = query.value(0).toLongLong();
    query.finish();
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        result.schemaVersion = query.value(0).toString();
    query.finish();
    QString why;
    if (m_readOnly) {
        why = QStringLiteral("read-only file");
    } else if (auto begun = begin(operation); !begun) {
        why = begun.error().message();
    } else {
        rollback();
        result.writable = true;
    }
    QSqlQuery mode(m_database);
    const QString journal = mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next()
        ? mode.value(0).toString()
        : QString();
    result.details = QStringLiteral("journal mode %1%2")
                         .arg(journal, why.isEmpty() ? QString() : QStringLiteral(", not writable: ") + why);
    return result;
}
