#include "sqlitetokenstore.h"

#include "sqliteschema.h"
#include "sqlitestorelogging.h"
#include "tokenmatchkey.h"

#include <QAtomicInteger>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <sqlite3.h>

namespace {

// The columns a token is read from and written to, in table order: the SDK's ten, then ours
// (readToken() and bindToken() follow this order).
const QString &tokenColumns()
{
    static const QString columns =
        (Token::sdkFieldNames() + Token::extraFieldNames()).join(QStringLiteral(", "));
    return columns;
}
constexpr int kTokenColumnCount = 18;

QString selectWhere(const QString &condition)
{
    // rowid order is insertion order: the first stored row wins, as in the other stores.
    return QStringLiteral("SELECT %1 FROM oauthtoken WHERE %2 ORDER BY rowid LIMIT 1")
        .arg(tokenColumns(), condition);
}

bool isPositiveInteger(const QString &id)
{
    bool ok = false;
    return id.toLongLong(&ok) > 0 && ok;
}

qint64 msFromText(const QString &text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok && value > 0 ? value : 0;
}

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
    // Statements first: SQLite keeps a connection with live statements open.
    for (SqliteStatement *statement :
         { &m_begin,     &m_commit,       &m_rollback,  &m_byId,       &m_byUser,      &m_byAccess,
           &m_byRefresh, &m_byGrant,      &m_all,       &m_count,      &m_insert,      &m_update,
           &m_delete,    &m_deleteAll,    &m_nextId,    &m_setNextId,  &m_raiseNextId, &m_idExists,
           &m_takeLease, &m_releaseLease, &m_beginRead, &m_dataVersion })
        statement->finalize();
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

    // Another process may create the file between our look and our create: then it is an existing file.
    QFile created(path);
    const bool isNew = !info.exists()
        && created.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner);
    if (!isNew) {
        const QFileInfo existing(path);
        if (!existing.exists())
            return makeError(StoreError::Code::AccessDenied, operation,
                             QStringLiteral("cannot create the file: %1").arg(created.errorString()));
        if (existing.isDir())
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
        m_readOnly = !existing.isWritable() || !existing.permission(QFile::WriteOwner);
    }
    created.close();

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
        return errorFor(operation, m_database.lastError());
    const QVariant handle = m_database.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0
        || !*static_cast<sqlite3 *const *>(handle.constData()))
        return makeError(StoreError::Code::Unavailable, operation,
                         QStringLiteral("Qt's SQLite driver gave no handle"));
    m_handle = *static_cast<sqlite3 *const *>(handle.constData());

    // Reads first: nothing is written to a file that turns out not to be a token store.
    const SqliteSchema::Plan plan = SqliteSchema::plan(m_database);
    if (!plan.error.isEmpty()) {
        const QSqlError last = m_database.lastError();
        if (last.isValid() && last.type() != QSqlError::NoError)
            return errorFor(operation + QStringLiteral(" (schema)"), last);
        return makeError(StoreError::Code::Corrupt, operation,
                         plan.error + QStringLiteral("; the file was left as it is"));
    }

    for (auto [statement, sql] :
         { std::pair { &m_begin, "BEGIN IMMEDIATE" }, std::pair { &m_commit, "COMMIT" },
           std::pair { &m_rollback, "ROLLBACK" } }) {
        auto prepared = prepare(*statement, QString::fromLatin1(sql));
        if (!prepared)
            return prepared;
    }

    if (!m_readOnly) {
        auto wal = switchToWal();
        if (!wal)
            return wal;
        QSqlQuery(m_database).exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    }
    // Lookups read pages through a memory map and keep them cached, instead of a read() per page.
    QSqlQuery tuning(m_database);
    tuning.exec(QStringLiteral("PRAGMA mmap_size = 268435456"));
    tuning.exec(QStringLiteral("PRAGMA cache_size = -32768"));

    if (!plan.statements.isEmpty()) {
        if (m_readOnly)
            return makeError(StoreError::Code::AccessDenied, operation,
                             QStringLiteral("the file is read-only and needs a schema upgrade"));
        auto begun = begin(operation + QStringLiteral(" (schema upgrade)"));
        if (!begun)
            return begun;
        // Another process may have upgraded it while we waited for the write lock.
        const SqliteSchema::Plan again = SqliteSchema::plan(m_database);
        for (const QString &statement : again.statements) {
            QSqlQuery step(m_database);
            if (!step.exec(statement)) {
                const StoreError error = errorFor(operation, step.lastError());
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
    return prepareTokenStatements();
}

StoreResult<void> SqliteTokenStore::switchToWal()
{
    // Switching needs the only connection to the file, and SQLite answers "busy" at once instead of
    // waiting: so wait here, until it is switched (by us or by the other process) or time is up.
    const QString operation = QStringLiteral("open (journal mode)");
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        QSqlQuery pragma(m_database);
        if (pragma.exec(QStringLiteral("PRAGMA journal_mode")) && pragma.next()
            && pragma.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0)
            return {};
        pragma.finish();
        if (pragma.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && pragma.next()) {
            if (pragma.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
                qCWarning(lcSqliteStore)
                    << description() << "stays in journal mode" << pragma.value(0).toString();
            return {};
        }
        const StoreError error = errorFor(operation, pragma.lastError());
        if (error.code() != StoreError::Code::Busy || waited.elapsed() > m_options.busyTimeoutMs)
            return error;
        QThread::msleep(5);
    }
}

StoreResult<void> SqliteTokenStore::prepare(SqliteStatement &statement, const QString &sql)
{
    const int code = statement.prepare(m_handle, sql);
    if (code != SQLITE_OK)
        return errorFor(QStringLiteral("open"), code);
    return {};
}

StoreResult<void> SqliteTokenStore::prepareTokenStatements()
{
    QStringList placeholders;
    QStringList assignments;
    for (const QString &column : Token::sdkFieldNames() + Token::extraFieldNames()) {
        placeholders.append(QStringLiteral("?"));
        if (column != QLatin1String("id"))
            assignments.append(column + QStringLiteral(" = ?"));
    }
    const std::pair<SqliteStatement *, QString> statements[] = {
        { &m_byId, selectWhere(QStringLiteral("id = ?1")) },
        { &m_byUser,
          selectWhere(
              QStringLiteral("user_name = ?1 AND (?2 IS NULL OR client_id IS NULL OR client_id = '' OR "
                             "client_id = ?2) AND (?3 IS NULL OR api_domain IS NULL OR "
                             "api_domain = '' OR api_domain = ?3)")) },
        { &m_byAccess, selectWhere(QStringLiteral("access_token = ?1")) },
        { &m_byRefresh, selectWhere(QStringLiteral("refresh_token = ?1")) },
        { &m_byGrant, selectWhere(QStringLiteral("grant_token = ?1")) },
        { &m_all, QStringLiteral("SELECT %1 FROM oauthtoken ORDER BY rowid").arg(tokenColumns()) },
        { &m_count, QStringLiteral("SELECT COUNT(*) FROM oauthtoken") },
        { &m_insert,
          QStringLiteral("INSERT INTO oauthtoken (%1) VALUES (%2)")
              .arg(tokenColumns(), placeholders.join(QStringLiteral(", "))) },
        { &m_update,
          QStringLiteral("UPDATE oauthtoken SET %1 WHERE id = ?%2")
              .arg(assignments.join(QStringLiteral(", ")))
              .arg(kTokenColumnCount) },
        { &m_delete, QStringLiteral("DELETE FROM oauthtoken WHERE id = ?1") },
        { &m_deleteAll, QStringLiteral("DELETE FROM oauthtoken") },
        { &m_nextId, QStringLiteral("SELECT value FROM zcrm_meta WHERE key = 'next_id'") },
        { &m_setNextId,
          QStringLiteral("INSERT OR REPLACE INTO zcrm_meta (key, value) VALUES ('next_id', ?1)") },
        { &m_raiseNextId,
          QStringLiteral("UPDATE zcrm_meta SET value = MAX(value, ?1) WHERE key = 'next_id'") },
        { &m_idExists, QStringLiteral("SELECT 1 FROM oauthtoken WHERE id = ?1") },
        { &m_takeLease,
          QStringLiteral("UPDATE oauthtoken SET lease_owner = ?1, lease_until = ?2 WHERE id = ?3 AND "
                         "(lease_owner IS NULL OR lease_until IS NULL OR lease_until <= ?4 OR "
                         "lease_owner = ?1)") },
        { &m_releaseLease,
          QStringLiteral("UPDATE oauthtoken SET lease_owner = NULL, lease_until = NULL "
                         "WHERE id = ?1 AND lease_owner = ?2") },
        { &m_beginRead, QStringLiteral("BEGIN") },
        { &m_dataVersion, QStringLiteral("PRAGMA data_version") },
    };
    for (const auto &[statement, sql] : statements) {
        auto prepared = prepare(*statement, sql);
        if (!prepared)
            return prepared;
    }
    return {};
}

StoreError SqliteTokenStore::errorFor(const QString &operation, int code) const
{
    StoreError::Code kind = StoreError::Code::Backend;
    QString text = QString::fromUtf8(m_handle ? sqlite3_errmsg(m_handle) : sqlite3_errstr(code));
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        kind = StoreError::Code::Busy;
        text = QStringLiteral("the database is locked by another process beyond %1 ms; try again")
                   .arg(m_options.busyTimeoutMs);
        break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
        kind = StoreError::Code::AccessDenied;
        text = QStringLiteral("the file is read-only (%1)").arg(text);
        break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        kind = StoreError::Code::Corrupt;
        text = QStringLiteral("the database is damaged (%1); the file was left as it is").arg(text);
        break;
    case SQLITE_CANTOPEN:
        kind = StoreError::Code::Unavailable;
        break;
    default:
        break;
    }
    return makeError(kind, operation, text);
}

StoreError SqliteTokenStore::errorFor(const QString &operation, const QSqlError &error) const
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (ok && code != SQLITE_OK)
        return errorFor(operation, code);
    return makeError(StoreError::Code::Backend, operation, error.text());
}

StoreResult<void> SqliteTokenStore::run(SqliteStatement &statement, const QString &operation)
{
    const int code = statement.step();
    statement.reset();
    if (code != SQLITE_DONE && code != SQLITE_ROW)
        return errorFor(operation, code);
    return {};
}

StoreResult<void> SqliteTokenStore::begin(const QString &operation)
{
    if (m_readOnly)
        return makeError(StoreError::Code::AccessDenied, operation, QStringLiteral("the file is read-only"));
    return run(m_begin, operation);
}

StoreResult<void> SqliteTokenStore::commit(const QString &operation)
{
    auto committed = run(m_commit, operation);
    if (!committed)
        rollback();
    return committed;
}

void SqliteTokenStore::rollback()
{
    if (!sqlite3_get_autocommit(m_handle))
        run(m_rollback, QStringLiteral("rollback"));
}

Token SqliteTokenStore::readToken(const SqliteStatement &statement)
{
    // Column order: tokenColumns().
    Token token;
    token.id = statement.text(0);
    token.userName = statement.text(1);
    token.clientId = statement.text(2);
    token.clientSecret = statement.text(3);
    token.refreshToken = statement.text(4);
    token.accessToken = statement.text(5);
    token.grantToken = statement.text(6);
    token.expiryTime = msFromText(statement.text(7)); // the SDK writes a decimal string
    token.redirectUrl = statement.text(8);
    token.apiDomain = statement.text(9);
    token.accountsServer = statement.text(10);
    if (!statement.isNull(11))
        token.scopes = statement.text(11).split(QLatin1Char(','), Qt::SkipEmptyParts);
    token.dataCenter = statement.text(12);
    token.environment = statement.text(13);
    token.createdAt = statement.int64(14);
    token.updatedAt = statement.int64(15);
    if (!statement.isNull(16))
        token.state = Token::stateFromName(statement.text(16));
    token.lastError = statement.text(17);
    return token;
}

void SqliteTokenStore::bindToken(SqliteStatement &statement, const Token &token, int first)
{
    // Column order: tokenColumns(); `first` is 1 for an insert, 0 for an update (no id column, whose
    // value goes last).
    int index = 1;
    if (first == 1)
        statement.bindText(index++, token.id);
    statement.bindText(index++, token.userName);
    statement.bindText(index++, token.clientId);
    statement.bindText(index++, token.clientSecret);
    statement.bindText(index++, token.refreshToken);
    statement.bindText(index++, token.accessToken);
    statement.bindText(index++, token.grantToken);
    statement.bindText(index++, token.expiryTime > 0 ? QString::number(token.expiryTime) : QString());
    statement.bindText(index++, token.redirectUrl);
    statement.bindText(index++, token.apiDomain);
    statement.bindText(index++, token.accountsServer);
    statement.bindText(index++, token.scopes.join(QLatin1Char(',')));
    statement.bindText(index++, token.dataCenter);
    statement.bindText(index++, token.environment);
    statement.bindInt64(index++, token.createdAt);
    statement.bindInt64(index++, token.updatedAt);
    statement.bindText(index++, Token::stateName(token.state));
    statement.bindText(index++, token.lastError);
    if (first == 0)
        statement.bindText(index++, token.id);
}

StoreResult<std::optional<Token>> SqliteTokenStore::findRow(SqliteStatement &statement,
                                                            const QString &operation)
{
    const int code = statement.step();
    std::optional<Token> row;
    if (code == SQLITE_ROW)
        row = readToken(statement);
    statement.reset();
    if (code != SQLITE_ROW && code != SQLITE_DONE)
        return errorFor(operation, code);
    return row;
}

StoreResult<std::optional<Token>> SqliteTokenStore::rowFor(const Token &token, const QString &operation)
{
    if (!token.id.isEmpty()) {
        m_byId.bindText(1, token.id);
        return findRow(m_byId, operation);
    }
    const TokenMatchKey key = TokenMatchKey::forToken(token);
    SqliteStatement *statement = nullptr;
    switch (key.field()) {
    case TokenMatchKey::Field::None:
        return std::optional<Token>();
    case TokenMatchKey::Field::UserName:
        statement = &m_byUser;
        statement->bindText(2, key.clientId()); // empty binds NULL: any client
        statement->bindText(3, key.apiDomain());
        break;
    case TokenMatchKey::Field::AccessToken:
        statement = &m_byAccess;
        break;
    case TokenMatchKey::Field::RefreshToken:
        statement = &m_byRefresh;
        break;
    case TokenMatchKey::Field::GrantToken:
        statement = &m_byGrant;
        break;
    }
    statement->bindText(1, key.value());
    return findRow(*statement, operation);
}

StoreResult<std::optional<Token>> SqliteTokenStore::findToken(const Token &partial)
{
    if (cacheIsCurrent())
        return m_cache.findCompleted(partial);
    Token lookup = partial;
    lookup.id.clear(); // find_token never goes by id
    auto row = rowFor(lookup, QStringLiteral("findToken"));
    if (!row || !row.value())
        return row;
    return std::optional<Token>(partial.completedFrom(*row.value()));
}

StoreResult<std::optional<Token>> SqliteTokenStore::findTokenById(const QString &id)
{
    if (cacheIsCurrent())
        return m_cache.findById(id);
    m_byId.bindText(1, id);
    return findRow(m_byId, QStringLiteral("findTokenById"));
}

StoreResult<bool> SqliteTokenStore::idExists(const QString &id, const QString &operation)
{
    m_idExists.bindText(1, id);
    const int code = m_idExists.step();
    m_idExists.reset();
    if (code != SQLITE_ROW && code != SQLITE_DONE)
        return errorFor(operation, code);
    return code == SQLITE_ROW;
}

StoreResult<QString> SqliteTokenStore::allocateId()
{
    const QString operation = QStringLiteral("saveToken");
    const int code = m_nextId.step();
    qint64 next = code == SQLITE_ROW ? m_nextId.int64(0) : 1;
    m_nextId.reset();
    if (code != SQLITE_ROW && code != SQLITE_DONE)
        return errorFor(operation, code);
    // Rows written by the SDK itself may already use the next number.
    for (;;) {
        auto taken = idExists(QString::number(next), operation);
        if (!taken)
            return taken.error();
        if (!taken.value())
            break;
        ++next;
    }
    m_setNextId.bindInt64(1, next + 1);
    auto stored = run(m_setNextId, operation);
    if (!stored)
        return stored.error();
    return QString::number(next);
}

StoreResult<Token> SqliteTokenStore::saveInTransaction(Token token)
{
    const QString operation = QStringLiteral("saveToken");
    // Inside the write transaction the cache is checked against the latest commit.
    auto row = !cacheIsCurrent() ? rowFor(token, operation)
        : token.id.isEmpty() ? StoreResult<std::optional<Token>>(m_cache.find(TokenMatchKey::forToken(token)))
                             : StoreResult<std::optional<Token>>(m_cache.findById(token.id));
    if (!row)
        return row.error();
    const qint64 nowMs = now();
    if (row.value()) {
        token.mergeMissingFrom(*row.value());
        token.id = row.value()->id;
        token.updatedAt = nowMs;
        bindToken(m_update, token, 0);
        auto updated = run(m_update, operation);
        if (!updated)
            return updated.error();
        return token;
    }
    if (!token.id.isEmpty() && !isPositiveInteger(token.id))
        return makeError(StoreError::Code::InvalidInput, operation,
                         QStringLiteral("id \"%1\" is not a positive integer").arg(token.id));
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
        m_raiseNextId.bindInt64(1, token.id.toLongLong() + 1);
        auto raised = run(m_raiseNextId, operation);
        if (!raised)
            return raised.error();
    }
    if (token.createdAt <= 0)
        token.createdAt = nowMs;
    token.updatedAt = nowMs;
    bindToken(m_insert, token, 1);
    auto inserted = run(m_insert, operation);
    if (!inserted)
        return inserted.error();
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
    if (!committed) {
        dropCache();
        return committed.error();
    }
    if (m_cacheValid && !m_cache.save(saved.value(), saved.value().updatedAt, description()))
        dropCache();
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
    if (!committed) {
        dropCache();
        return committed.error();
    }
    for (const Token &token : saved) {
        if (m_cacheValid && !m_cache.save(token, token.updatedAt, description()))
            dropCache();
    }
    return saved;
}

StoreResult<void> SqliteTokenStore::deleteToken(const QString &id)
{
    const QString operation = QStringLiteral("deleteToken");
    auto begun = begin(operation);
    if (!begun)
        return begun;
    m_delete.bindText(1, id);
    auto removed = run(m_delete, operation);
    if (!removed) {
        rollback();
        return removed;
    }
    if (sqlite3_changes(m_handle) <= 0) {
        rollback();
        return makeError(StoreError::Code::NotFound, operation,
                         QStringLiteral("no token with id %1").arg(id));
    }
    auto committed = commit(operation);
    if (!committed || !m_cache.remove(id))
        dropCache();
    return committed;
}

StoreResult<TokenList> SqliteTokenStore::getTokens()
{
    const QString operation = QStringLiteral("getTokens");
    if (cacheIsCurrent())
        return m_cache.rows();
    // One read transaction: the version and the rows belong to the same snapshot.
    auto begun = run(m_beginRead, operation);
    if (!begun)
        return begun.error();
    qint64 version = -1;
    if (m_dataVersion.step() == SQLITE_ROW)
        version = m_dataVersion.int64(0);
    m_dataVersion.reset();
    TokenList tokens;
    int code = SQLITE_ROW;
    while ((code = m_all.step()) == SQLITE_ROW)
        tokens.append(readToken(m_all));
    m_all.reset();
    rollback(); // ends the read transaction
    if (code != SQLITE_DONE)
        return errorFor(operation, code);
    m_cacheValid = version >= 0 && m_cache.setRows(tokens).isEmpty();
    m_cacheVersion = version;
    return tokens;
}

bool SqliteTokenStore::cacheIsCurrent()
{
    if (!m_cacheValid)
        return false;
    // data_version changes when another connection commits; our own writes keep the cache current.
    const int code = m_dataVersion.step();
    const qint64 version = code == SQLITE_ROW ? m_dataVersion.int64(0) : -1;
    m_dataVersion.reset();
    if (version != m_cacheVersion)
        m_cacheValid = false;
    return m_cacheValid;
}

StoreResult<void> SqliteTokenStore::deleteTokens()
{
    const QString operation = QStringLiteral("deleteTokens");
    auto begun = begin(operation);
    if (!begun)
        return begun;
    auto removed = run(m_deleteAll, operation);
    if (!removed) {
        rollback();
        return removed;
    }
    auto committed = commit(operation);
    if (committed)
        m_cache.clear();
    else
        dropCache();
    return committed;
}

StoreResult<bool> SqliteTokenStore::tryAcquireLease(const QString &tokenId, const QString &owner,
                                                    qint64 durationMs)
{
    const QString operation = QStringLiteral("tryAcquireLease");
    auto begun = begin(operation);
    if (!begun)
        return begun.error();
    const qint64 nowMs = now();
    m_takeLease.bindText(1, owner);
    m_takeLease.bindInt64(2, nowMs + durationMs);
    m_takeLease.bindText(3, tokenId);
    m_takeLease.bindInt64(4, nowMs);
    auto updated = run(m_takeLease, operation);
    if (!updated) {
        rollback();
        return updated.error();
    }
    const bool taken = sqlite3_changes(m_handle) > 0;
    if (!taken) {
        auto exists = idExists(tokenId, operation);
        if (!exists || !exists.value()) {
            rollback();
            if (!exists)
                return exists.error();
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
    m_releaseLease.bindText(1, tokenId);
    m_releaseLease.bindText(2, owner);
    auto released = run(m_releaseLease, operation);
    if (!released) {
        rollback();
        return released;
    }
    return commit(operation);
}

StoreResult<StoreCheck> SqliteTokenStore::check()
{
    const QString operation = QStringLiteral("check");
    StoreCheck result;
    const int code = m_count.step();
    if (code == SQLITE_ROW)
        result.rowCount = m_count.int64(0);
    m_count.reset();
    if (code != SQLITE_ROW)
        return errorFor(operation, code);
    result.reachable = true;
    QSqlQuery query(m_database);
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        result.schemaVersion = query.value(0).toString();
    const QString journal = query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next()
        ? query.value(0).toString()
        : QString();
    query.finish();
    QString why;
    if (auto begun = begin(operation); !begun) {
        why = begun.error().message();
    } else {
        rollback();
        result.writable = true;
    }
    result.details = QStringLiteral("journal mode %1%2")
                         .arg(journal, why.isEmpty() ? QString() : QStringLiteral(", not writable: ") + why);
    return result;
}
