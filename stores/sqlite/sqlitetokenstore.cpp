#include "sqlitetokenstore.h"

#include "displaytext.h"
#include "filestamp.h"
#include "pathprobe.h"
#include "sqliteconnection.h"
#include "sqliterowscache.h"
#include "sqliteschema.h"
#include "sqlitestorelogging.h"
#include "sqlitethreadconnections.h"
#include "sqlitetokenstatements.h"
#include "tokenmatchkey.h"
#include "tokenrules.h"
#include "tokentable.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>

namespace {

const QByteArray kSqliteHeader("SQLite format 3\0", 16);
// The database header (https://www.sqlite.org/fileformat.html, "The Database Header").
constexpr int kSqliteHeaderSize = 100;
constexpr int kReservedBytesOffset = 20;

constexpr QFile::Permissions kGroupOrOther = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
    | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

} // namespace

using namespace SqliteTokenStatements;

struct SqliteTokenStore::Statements
{
    SqliteStatement *of[StatementCount] = {};
};

struct SqliteTokenStore::Connection
{
    std::unique_ptr<SqliteConnection> sql;
    Statements statements;
    SqliteRowsCache cache;

    SqliteStatement *operator[](StatementKind kind) const { return statements.of[kind]; }
};

SqliteTokenStore::SqliteTokenStore(const Options &options)
    : TokenStore(QStringLiteral("sqlite:") + options.path)
    , m_options(options)
    , m_connections(std::make_unique<SqliteThreadConnections<Connection>>())
{ }

SqliteTokenStore::~SqliteTokenStore() = default;

QStringList SqliteTokenStore::statementTexts()
{
    QStringList texts;
    for (int kind = 0; kind < StatementCount; ++kind)
        texts.append(statementText(StatementKind(kind)));
    return texts;
}

StoreResult<std::unique_ptr<TokenStore>> SqliteTokenStore::open(const Options &options)
{
    std::unique_ptr<SqliteTokenStore> store(new SqliteTokenStore(options));
    auto opened = store->openFile();
    if (!opened)
        return opened.error();
    return std::unique_ptr<TokenStore>(std::move(store));
}

StoreResult<void> SqliteTokenStore::openFile()
{
    const QString operation = QStringLiteral("open");
    const QString &path = m_options.path;
    if (path.isEmpty())
        return makeError(StoreError::Code::InvalidInput, operation,
                         QCoreApplication::translate("SqliteTokenStore", "no file named; use sqlite:PATH"));
    // PathProbe, not QFileInfo: a folder we may not search, a link loop or a parent that is a file
    // must be named as such, not taken for a missing file to create.
    auto refuse = [&](const PathProbe &probe, const QString &problem) {
        return makeError(
            probe.permissionDenied() ? StoreError::Code::AccessDenied : StoreError::Code::Unavailable,
            operation,
            problem + QCoreApplication::translate("SqliteTokenStore", "; nothing was read or written"));
    };
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    const PathProbe folderProbe = PathProbe::of(folder);
    if (folderProbe.kind() == PathProbe::Kind::Missing && m_options.createFolder) {
        // Only the user's default store makes its folder; a mistyped path must not grow folders.
        if (!QDir().mkpath(folder))
            return makeError(
                StoreError::Code::AccessDenied, operation,
                QCoreApplication::translate("SqliteTokenStore", "cannot create folder %1").arg(folder));
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    } else if (const QString problem = folderProbe.problemForFolder(); !problem.isEmpty()) {
        return refuse(folderProbe, problem);
    }
    const PathProbe fileProbe = PathProbe::of(path);
    if (fileProbe.kind() == PathProbe::Kind::Folder)
        return makeError(StoreError::Code::InvalidInput, operation,
                         QCoreApplication::translate("SqliteTokenStore", "%1 is a folder").arg(path));
    // A device or a pipe would hang the read below, or get a journal written beside it.
    if (const QString problem = fileProbe.problemForFile(); !problem.isEmpty())
        return refuse(fileProbe, problem);
    // SQLite opens these beside the file; one that is a folder or a pipe is an I/O error deep inside.
    for (const char *suffix : { "-wal", "-shm", "-journal" }) {
        const PathProbe beside = PathProbe::of(path + QLatin1String(suffix));
        if (const QString problem = beside.problemForFile(); !problem.isEmpty())
            return refuse(beside, problem);
    }

    // Created here, 0600, before SQLite sees it (SQLite gives -wal and -shm the file's mode). Another
    // process may create it between the look and the create: then it is an existing file.
    QFile created(path);
    const bool isNew = fileProbe.kind() == PathProbe::Kind::Missing
        && created.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner);
    created.close();
    if (!isNew) {
        const PathProbe existing = PathProbe::of(path);
        if (existing.kind() == PathProbe::Kind::Missing) {
            if (info.isSymLink())
                return makeError(StoreError::Code::Unavailable, operation,
                                 QCoreApplication::translate(
                                     "SqliteTokenStore",
                                     "%1 is a symbolic link to %2, which does not exist; nothing was "
                                     "created")
                                     .arg(path, info.symLinkTarget()));
            const QString why = PathProbe::folderWriteProblem(folder);
            return makeError(
                StoreError::Code::AccessDenied, operation,
                why.isEmpty() ? QCoreApplication::translate("SqliteTokenStore", "cannot create the file: %1")
                                    .arg(created.errorString())
                              : why);
        }
        if (const QString problem = existing.problemForFile(); !problem.isEmpty())
            return refuse(existing, problem);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(StoreError::Code::AccessDenied, operation,
                             QCoreApplication::translate("SqliteTokenStore", "cannot read the file: %1")
                                 .arg(file.errorString()));
        // An empty file is an empty database to SQLite; anything else must start with its header.
        const QByteArray header = file.read(kSqliteHeaderSize);
        if (!header.isEmpty() && (header.size() < kSqliteHeaderSize || !header.startsWith(kSqliteHeader)))
            return makeError(StoreError::Code::Corrupt, operation,
                             QCoreApplication::translate(
                                 "SqliteTokenStore", "not an SQLite database; the file was left as it is"));
        // Byte 20: space each page reserves for an extension (encryption, checksums). SQLite reads such
        // a file without the extension and writes it back without what the extension keeps there.
        if (!header.isEmpty() && header.at(kReservedBytesOffset) != 0)
            return makeError(StoreError::Code::Corrupt, operation,
                             QCoreApplication::translate(
                                 "SqliteTokenStore",
                                 "its pages reserve %1 bytes for an SQLite extension (encryption or "
                                 "checksums) this store does not have; the file was left as it is")
                                 .arg(uchar(header.at(kReservedBytesOffset))));
        // The owner's write bit counts even for root, who could write anyway: a 0400 file is meant to
        // stay as it is.
        const QFileInfo readable(path);
        m_readOnly = !readable.isWritable() || !readable.permission(QFile::WriteOwner);
    }

    auto connected = connect(operation);
    if (!connected)
        return connected.error();
    SqliteConnection &sql = *connected.value()->sql;

    // Reads first: nothing is written to a file that turns out not to be a token store.
    const SqliteSchema::Plan plan = SqliteSchema::plan(sql.database());
    if (!plan.error.isEmpty()) {
        if (plan.errorCode != SqliteCode::Ok)
            return errorFor(operation, plan.errorCode, plan.error);
        return makeError(
            StoreError::Code::Corrupt, operation,
            plan.error + QCoreApplication::translate("SqliteTokenStore", "; the file was left as it is"));
    }
    if (!plan.statements.isEmpty() && m_readOnly)
        return makeError(StoreError::Code::AccessDenied, operation,
                         QCoreApplication::translate(
                             "SqliteTokenStore",
                             "the file is read-only and its table needs our columns first; the file was "
                             "left as it is"));
    if (!m_readOnly) {
        auto wal = switchToWal(sql);
        if (!wal)
            return wal;
    }
    if (!plan.statements.isEmpty()) {
        auto upgraded = upgradeSchema(sql);
        if (!upgraded)
            return upgraded;
        if (plan.fromVersion == 0 && !plan.createsTable)
            qCInfo(lcSqliteStore).noquote()
                << description() << "now has our columns after the Zoho SDK's ten";
    }
    // Someone else's file (the SDK sample's, say) keeps its permissions; the user is told.
    if (QFileInfo(path).permissions() & kGroupOrOther)
        qCWarning(lcSqliteStore).noquote() << description() << "can be read by other users (not 0600)";

    for (int kind = 0; kind < StatementCount; ++kind) {
        SqliteStatement *statement = sql.prepare(statementText(StatementKind(kind)));
        if (!statement)
            return errorFor(operation, sql);
        connected.value()->statements.of[kind] = statement;
    }
    m_connections->setOpening(std::move(connected).value());
    const SqliteConnection &opened = *m_connections->opening()->sql;
    qCDebug(lcSqliteStore)
        << description() << "opened;"
        << (opened.usesDriverHandle()
                ? QCoreApplication::translate("SqliteTokenStore", "statements on SQLite's handle")
                : QCoreApplication::translate("SqliteTokenStore", "statements through QSqlQuery: ")
                    + opened.whyNoDriverHandle());
    return {};
}

StoreResult<std::unique_ptr<SqliteTokenStore::Connection>> SqliteTokenStore::connect(const QString &operation)
{
    SqliteConnection::Settings settings;
    settings.path = m_options.path;
    settings.busyTimeoutMs = m_options.busyTimeoutMs;
    settings.readOnly = m_readOnly;
    settings.allowDriverHandle = m_options.allowDriverHandle;
    auto connection = std::make_unique<Connection>();
    connection->sql = std::make_unique<SqliteConnection>(settings);
    SqliteConnection &sql = *connection->sql;
    if (sql.open() != SqliteCode::Ok)
        return errorFor(operation, sql);
    // Per connection, once: a commit in WAL mode then waits for no disk flush (a crash of the machine
    // may lose the last commits, never corrupt the file); the page cache holds a large store.
    // Checked: the first statement reads the schema, and a locked file answers "busy" after the busy
    // timeout; going on would wait that long again for every statement, beyond what the error says.
    if (!m_readOnly && sql.exec(QStringLiteral("PRAGMA synchronous = NORMAL")) != SqliteCode::Ok)
        return errorFor(operation, sql);
    if (sql.exec(QStringLiteral("PRAGMA cache_size = -32768")) != SqliteCode::Ok)
        return errorFor(operation, sql);
    return connection;
}

StoreResult<void> SqliteTokenStore::switchToWal(SqliteConnection &sql)
{
    // Switching needs the only lock on the file, and SQLite answers "busy" at once instead of
    // waiting: so wait here, until it is switched (by us or another process) or the time is up.
    const QString operation = QStringLiteral("open (journal mode)");
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        QString mode;
        if (sql.exec(QStringLiteral("PRAGMA journal_mode"), &mode) == SqliteCode::Ok
            && mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0)
            return {};
        if (sql.exec(QStringLiteral("PRAGMA journal_mode = WAL"), &mode) == SqliteCode::Ok) {
            if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
                qCWarning(lcSqliteStore)
                    << description() << "cannot use WAL here; journal mode stays" << mode;
            return {};
        }
        if (SqliteCode::primary(sql.errorCode()) != SqliteCode::Busy
            || waited.elapsed() > m_options.busyTimeoutMs)
            return errorFor(operation, sql);
        QThread::msleep(5);
    }
}

StoreResult<void> SqliteTokenStore::upgradeSchema(SqliteConnection &sql)
{
    const QString operation = QStringLiteral("open (schema upgrade)");
    if (sql.begin() != SqliteCode::Ok)
        return errorFor(operation, sql);
    // Another process may have upgraded the file while we waited for the write lock.
    const SqliteSchema::Plan plan = SqliteSchema::plan(sql.database());
    if (!plan.error.isEmpty()) {
        sql.rollback();
        return plan.errorCode != SqliteCode::Ok ? errorFor(operation, plan.errorCode, plan.error)
                                                : makeError(StoreError::Code::Corrupt, operation, plan.error);
    }
    for (const QString &statement : plan.statements) {
        if (sql.exec(statement) != SqliteCode::Ok) {
            const StoreError error = errorFor(operation, sql);
            sql.rollback();
            return error;
        }
    }
    if (sql.commit() != SqliteCode::Ok) {
        const StoreError error = errorFor(operation, sql);
        sql.rollback();
        return error;
    }
    return {};
}

StoreResult<SqliteTokenStore::Connection *> SqliteTokenStore::connection(const QString &operation)
{
    return m_connections->forCurrentThread([&]() -> StoreResult<std::unique_ptr<Connection>> {
        auto connected = connect(operation);
        if (!connected)
            return connected.error();
        for (int kind = 0; kind < StatementCount; ++kind) {
            Connection &added = *connected.value();
            added.statements.of[kind] = added.sql->prepare(statementText(StatementKind(kind)));
            if (!added.statements.of[kind])
                return errorFor(operation, *added.sql);
        }
        return connected;
    });
}

StoreError SqliteTokenStore::errorFor(const QString &operation, int code, const QString &text) const
{
    switch (code == SqliteConnection::kDriverMissing ? code : SqliteCode::primary(code)) {
    case SqliteConnection::kDriverMissing:
        return makeError(StoreError::Code::Unavailable, operation, text);
    case SqliteCode::Busy:
    case SqliteCode::Locked:
        return makeError(
            StoreError::Code::Busy, operation,
            QCoreApplication::translate("SqliteTokenStore",
                                        "the database is locked by another process beyond %1 ms; try again")
                .arg(m_options.busyTimeoutMs));
    case SqliteCode::ReadOnly:
    case SqliteCode::Perm:
        return makeError(
            StoreError::Code::AccessDenied, operation,
            QCoreApplication::translate("SqliteTokenStore", "the file is read-only (%1)").arg(text));
    case SqliteCode::Corrupt:
    case SqliteCode::NotADatabase:
        return makeError(StoreError::Code::Corrupt, operation,
                         QCoreApplication::translate(
                             "SqliteTokenStore", "the database is damaged (%1); the file was left as it is")
                             .arg(text));
    case SqliteCode::CantOpen:
        return makeError(
            StoreError::Code::Unavailable, operation,
            QCoreApplication::translate("SqliteTokenStore", "cannot open the file (%1)").arg(text));
    default:
        return makeError(
            StoreError::Code::Backend, operation,
            QCoreApplication::translate("SqliteTokenStore", "SQLite error %1: %2").arg(code).arg(text));
    }
}

StoreError SqliteTokenStore::errorFor(const QString &operation, const SqliteConnection &connection) const
{
    return errorFor(operation, connection.errorCode(), connection.errorText());
}

StoreResult<void> SqliteTokenStore::run(SqliteStatement *statement, const QString &operation)
{
    const int code = statement->step();
    statement->reset();
    if (code != SqliteCode::Done && code != SqliteCode::Row)
        return errorFor(operation, code, statement->errorText());
    return {};
}

StoreResult<void> SqliteTokenStore::begin(Connection &connection, const QString &operation)
{
    if (m_readOnly)
        return makeError(
            StoreError::Code::AccessDenied, operation,
            QCoreApplication::translate("SqliteTokenStore", "the file is read-only (no write permission)"));
    if (connection.sql->begin() != SqliteCode::Ok)
        return errorFor(operation, *connection.sql);
    return {};
}

StoreResult<void> SqliteTokenStore::commit(Connection &connection, const QString &operation)
{
    if (connection.sql->commit() != SqliteCode::Ok) {
        const StoreError error = errorFor(operation, *connection.sql);
        connection.sql->rollback();
        connection.cache.commitFailed();
        return error;
    }
    connection.cache.committed();
    return {};
}

StoreResult<std::optional<Token>> SqliteTokenStore::findRow(SqliteStatement *statement,
                                                            const QString &operation)
{
    const int code = statement->step();
    std::optional<Token> row;
    if (code == SqliteCode::Row)
        row = readToken(*statement);
    statement->reset();
    if (code != SqliteCode::Row && code != SqliteCode::Done)
        return errorFor(operation, code, statement->errorText());
    return row;
}

StoreResult<std::optional<Token>> SqliteTokenStore::rowFor(Connection &connection, const Token &token,
                                                           const QString &operation)
{
    if (token.id.isEmpty())
        return rowFor(connection, TokenMatchKey::forToken(token), operation);
    SqliteStatement *byId = connection[ById];
    byId->bindText(1, token.id);
    return findRow(byId, operation);
}

StoreResult<std::optional<Token>> SqliteTokenStore::rowFor(Connection &connection, const TokenMatchKey &key,
                                                           const QString &operation)
{
    SqliteStatement *statement = nullptr;
    switch (key.field()) {
    case TokenMatchKey::Field::None:
        return std::optional<Token>();
    case TokenMatchKey::Field::UserName:
        statement = connection[ByUser];
        statement->bindText(1, key.value());
        statement->bindOptionalText(2, key.clientId()); // NULL: any client
        statement->bindOptionalText(3, key.clientId());
        statement->bindOptionalText(4, key.apiDomain());
        statement->bindOptionalText(5, key.apiDomain());
        return findRow(statement, operation);
    case TokenMatchKey::Field::AccessToken:
        statement = connection[ByAccess];
        break;
    case TokenMatchKey::Field::RefreshToken:
        statement = connection[ByRefresh];
        break;
    case TokenMatchKey::Field::GrantToken:
        statement = connection[ByGrant];
        break;
    }
    statement->bindText(1, key.value());
    return findRow(statement, operation);
}

StoreResult<std::optional<Token>> SqliteTokenStore::findToken(const Token &partial)
{
    const QString operation = QStringLiteral("findToken");
    auto connected = connection(operation);
    if (!connected)
        return connected.error();
    Connection &db = *connected.value();
    if (cacheIsCurrent(db))
        return db.cache.table().findCompleted(partial);
    // find_token never goes by id: only by the match key.
    auto row = rowFor(db, TokenMatchKey::forToken(partial), operation);
    if (!row || !row.value())
        return row;
    return std::optional<Token>(partial.completedFrom(*row.value()));
}

StoreResult<std::optional<Token>> SqliteTokenStore::findTokenById(const QString &id)
{
    const QString operation = QStringLiteral("findTokenById");
    auto connected = connection(operation);
    if (!connected)
        return connected.error();
    Connection &db = *connected.value();
    if (cacheIsCurrent(db))
        return db.cache.table().findById(id);
    SqliteStatement *byId = db[ById];
    byId->bindText(1, id);
    return findRow(byId, operation);
}

StoreResult<bool> SqliteTokenStore::idExists(Connection &connection, const QString &id,
                                             const QString &operation)
{
    SqliteStatement *statement = connection[IdExists];
    statement->bindText(1, id);
    const int code = statement->step();
    statement->reset();
    if (code != SqliteCode::Row && code != SqliteCode::Done)
        return errorFor(operation, code, statement->errorText());
    return code == SqliteCode::Row;
}

StoreResult<QString> SqliteTokenStore::nextId(Connection &connection, const QString &operation)
{
    // One more than the largest numeric id, as TokenTable::nextId(), read from the index on the id's
    // number inside the write transaction, so that no other writer takes the same number. Never
    // the SDK's text max(id), which gives "10" again after "9".
    SqliteStatement *statement = connection[MaxId];
    const int code = statement->step();
    const qint64 largest = code == SqliteCode::Row && !statement->isNull(0) ? statement->int64(0) : 0;
    statement->reset();
    if (code != SqliteCode::Row && code != SqliteCode::Done)
        return errorFor(operation, code, statement->errorText());
    // The rank takes the largest qint64 for "not a number": such an id ranks last, and none follows it.
    const QString next = TokenRules::nextIdAfter(largest);
    if (next.isEmpty() || largest >= SqliteSchema::kNotANumber - 1)
        return makeError(StoreError::Code::InvalidInput, operation,
                         QCoreApplication::translate("SqliteTokenStore",
                                                     "no token id is left after %1; save it with a free --id")
                             .arg(largest));
    return next;
}

StoreResult<Token> SqliteTokenStore::saveInTransaction(Connection &connection, Token token, qint64 nowMs)
{
    const QString operation = QStringLiteral("saveToken");
    if (const QString problem = TokenRules::tokenProblem(token, false); !problem.isEmpty())
        return makeError(StoreError::Code::InvalidInput, operation, problem);
    // Checked at BEGIN IMMEDIATE; nobody else can commit before our COMMIT.
    const bool cached = connection.cache.isValid();
    auto row = !cached ? rowFor(connection, token, operation)
        : token.id.isEmpty()
        ? StoreResult<std::optional<Token>>(connection.cache.table().find(TokenMatchKey::forToken(token)))
        : StoreResult<std::optional<Token>>(connection.cache.table().findById(token.id));
    if (!row)
        return row.error();
    if (row.value()) {
        const Token &stored = *row.value();
        token.mergeMissingFrom(stored);
        token.updatedAt = nowMs;
        const bool sameIdentity = token.userName == stored.userName
            && token.refreshToken == stored.refreshToken && token.grantToken == stored.grantToken;
        SqliteStatement *update = connection[sameIdentity ? UpdateKeepingIdentity : UpdateAll];
        int index = 1;
        for (int column : updatedColumns(!sameIdentity))
            bindColumn(*update, index++, token, column);
        update->bindText(index, token.id);
        auto updated = run(update, operation);
        if (!updated)
            return updated.error();
        if (update->changes() > 1) // rolled back by saveAll
            return makeError(StoreError::Code::Corrupt, operation,
                             QCoreApplication::translate(
                                 "SqliteTokenStore",
                                 "id %1 is on %2 rows (the table has no primary key); nothing was saved")
                                 .arg(DisplayText::quoted(token.id))
                                 .arg(update->changes()));
        connection.cache.written(token, description());
        return token;
    }
    if (!token.id.isEmpty()) {
        if (const QString problem = TokenRules::idProblem(token.id); !problem.isEmpty())
            return makeError(StoreError::Code::InvalidInput, operation, problem);
    }
    if (token.refreshToken.isEmpty() && token.grantToken.isEmpty() && token.accessToken.isEmpty())
        return makeError(StoreError::Code::NotFound, operation,
                         QCoreApplication::translate(
                             "SqliteTokenStore",
                             "Given user authentication details not found, and the token has no refresh, "
                             "grant or access token to store"));
    if (token.id.isEmpty() && cached)
        token.id = connection.cache.table().nextId(); // empty after the largest qint64: the table decides
    if (token.id.isEmpty()) {
        auto id = nextId(connection, operation);
        if (!id)
            return id.error();
        token.id = id.value();
    }
    if (token.createdAt <= 0)
        token.createdAt = nowMs;
    token.updatedAt = nowMs;
    SqliteStatement *insert = connection[Insert];
    for (int column = 0; column < SqliteSchema::tokenColumns().size(); ++column)
        bindColumn(*insert, column + 1, token, column);
    auto inserted = run(insert, operation);
    if (!inserted)
        return inserted.error();
    connection.cache.written(token, description());
    return token;
}

StoreResult<Token> SqliteTokenStore::saveToken(const Token &token)
{
    auto saved = saveAll({ token }, QStringLiteral("saveToken"));
    if (!saved)
        return saved.error();
    return saved.value().constFirst();
}

StoreResult<TokenList> SqliteTokenStore::saveTokens(const TokenList &tokens)
{
    return saveAll(tokens, QStringLiteral("saveTokens"));
}

StoreResult<TokenList> SqliteTokenStore::saveAll(const TokenList &tokens, const QString &operation)
{
    auto connected = connection(operation);
    if (!connected)
        return connected.error();
    Connection &db = *connected.value();
    auto begun = begin(db, operation);
    if (!begun)
        return begun.error();
    cacheIsCurrent(db);
    // What the rules refuse is found before the first write, so that such a batch leaves the rows
    // cache as it was (an id not stored must be a valid new one, whatever came before it).
    for (const Token &token : tokens) {
        QString problem = TokenRules::tokenProblem(token, false);
        if (problem.isEmpty() && !token.id.isEmpty() && db.cache.isValid()
            && !db.cache.table().findById(token.id))
            problem = TokenRules::idProblem(token.id);
        if (!problem.isEmpty()) {
            rollback(db);
            return makeError(StoreError::Code::InvalidInput, QStringLiteral("saveToken"), problem);
        }
    }
    TokenList saved;
    saved.reserve(tokens.size());
    for (const Token &token : tokens) {
        auto result = saveInTransaction(db, token, now());
        if (!result) {
            rollback(db); // all or nothing
            return result.error();
        }
        saved.append(std::move(result).value());
    }
    auto committed = commit(db, operation);
    m_ownCommits.fetchAndAddRelaxed(1); // a failed commit may have committed
    if (!committed)
        return committed.error();
    return saved;
}

StoreResult<void> SqliteTokenStore::deleteToken(const QString &id)
{
    const QString operation = QStringLiteral("deleteToken");
    auto connected = connection(operation);
    if (!connected)
        return connected.error();
    Connection &db = *connected.value();
    auto begun = begin(db, operation);
    if (!begun)
        return begun;
    SqliteStatement *remove = db[Remove];
    remove->bindText(1, id);
    auto removed = run(remove, operation);
    if (!removed || remove->changes() == 0) {
        rollback(db);
        if (!removed)
            return removed;
        return makeError(StoreError::Code::NotFound, operation,
                         QCoreApplication::translate("SqliteTokenStore", "no token with id %1")
                             .arg(DisplayText::quoted(id)));
    }
    // A table without a primary key (opened when it had no duplicate) may have got one since.
    if (remove->changes() > 1) {
        rollback(db);
        return makeError(
            StoreError::Code::Corrupt, operation,
            QCoreApplication::translate(
                "SqliteTokenStore", "id %1 is on %2 rows (the table has no primary key); nothing was deleted")
                .arg(DisplayText::quoted(id))
                .arg(remove->changes()));
    }
    auto committed = commit(db, operation);
    m_ownCommits.fetchAndAddRelaxed(1);
    if (committed)
        db.cache.removed(id);
    return committed;
}

StoreResult<TokenList> SqliteTokenStore::getTokens()
{
    const QString operation = QStringLiteral("getTokens");
    auto connected = connection(operation);
    if (!connected)
        return connected.error();
    Connection &db = *connected.value();
    if (cacheIsCurrent(db))
        return db.cache.table().rows();
    // One read transaction, so that the rows and their data version belong to one snapshot.
    db.cache.drop();
    if (auto begun = run(db[BeginRead], operation); !begun)
        return begun.error();
    SqliteStatement *version = db[DataVersion];
    int code = version->step();
    const qint64 dataVersion = code == SqliteCode::Row ? version->int64(0) : -1;
    version->reset();
    TokenList tokens;
    SqliteStatement *all = db[All];
    while ((code = all->step()) == SqliteCode::Row)
        tokens.append(readToken(*all));
    const QString error = all->errorText();
    all->reset();
    db.sql->rollback(); // ends the read transaction
    if (code != SqliteCode::Done)
        return errorFor(operation, code, error);
    db.cache.fill(tokens, dataVersion);
    return tokens;
}

bool SqliteTokenStore::cacheIsCurrent(Connection &connection)
{
    if (!connection.cache.isValid())
        return false;
    SqliteStatement *version = connection[DataVersion];
    const int code = version->step();
    const qint64 dataVersion = code == SqliteCode::Row ? version->int64(0) : -1;
    version->reset();
    return connection.cache.isCurrentAt(dataVersion);
}

void SqliteTokenStore::rollback(Connection &connection)
{
    connection.sql->rollback();
    connection.cache.rolledBack();
}

StoreResult<void> SqliteTokenStore::deleteTokens()
{
    const QString operation = QStringLiteral("deleteTokens");
    auto connected = connection(operation);
    if (!connected)
        return connected.error();
    Connection &db = *connected.value();
    auto begun = begin(db, operation);
    if (!begun)
        return begun;
    auto removed = run(db[RemoveAll], operation);
    if (!removed) {
        rollback(db);
        return removed;
    }
    auto committed = commit(db, operation);
    m_ownCommits.fetchAndAddRelaxed(1);
    if (committed)
        db.cache.cleared();
    return committed;
}

StoreResult<bool> SqliteTokenStore::tryAcquireLease(const QString &tokenId, const QString &owner,
                                                    qint64 durationMs)
{
    const QString operation = QStringLiteral("tryAcquireLease");
    auto connected = connection(operation);
    if (!connected)
        return connected.error();
    Connection &db = *connected.value();
    auto begun = begin(db, operation);
    if (!begun)
        return begun.error();
    const qint64 nowMs = now();
    SqliteStatement *take = db[TakeLease];
    take->bindText(1, owner);
    take->bindInt64(2, nowMs + durationMs);
    take->bindText(3, tokenId);
    take->bindInt64(4, nowMs);
    take->bindText(5, owner);
    auto updated = run(take, operation);
    if (!updated) {
        rollback(db);
        return updated.error();
    }
    const bool taken = take->changes() > 0;
    if (!taken) {
        auto exists = idExists(db, tokenId, operation);
        if (!exists || !exists.value()) {
            rollback(db);
            if (!exists)
                return exists.error();
            return makeError(StoreError::Code::NotFound, operation,
                             QCoreApplication::translate("SqliteTokenStore", "no token with id %1")
                                 .arg(DisplayText::quoted(tokenId)));
        }
    }
    auto committed = commit(db, operation);
    if (!committed)
        return committed.error();
    return taken;
}

StoreResult<void> SqliteTokenStore::releaseLease(const QString &tokenId, const QString &owner)
{
    const QString operation = QStringLiteral("releaseLease");
    auto connected = connection(operation);
    if (!connected)
        return connected.error();
    Connection &db = *connected.value();
    auto begun = begin(db, operation);
    if (!begun)
        return begun;
    SqliteStatement *release = db[ReleaseLease];
    release->bindText(1, tokenId);
    release->bindText(2, owner);
    auto released = run(release, operation);
    if (!released) {
        rollback(db);
        return released;
    }
    return commit(db, operation);
}

StoreResult<StoreCheck> SqliteTokenStore::check()
{
    const QString operation = QStringLiteral("check");
    auto connected = connection(operation);
    if (!connected)
        return connected.error();
    Connection &db = *connected.value();
    StoreCheck result;
    SqliteStatement *count = db[Count];
    const int code = count->step();
    if (code == SqliteCode::Row)
        result.rowCount = count->int64(0);
    const QString countError = count->errorText();
    count->reset();
    if (code != SqliteCode::Row)
        return errorFor(operation, code, countError);
    result.reachable = true;

    db.sql->exec(QStringLiteral("SELECT version FROM zcrm_schema WHERE name = 'oauthtoken'"),
                 &result.schemaVersion);
    QString journal;
    db.sql->exec(QStringLiteral("PRAGMA journal_mode"), &journal);
    QStringList details { QCoreApplication::translate("SqliteTokenStore", "journal mode %1").arg(journal) };
    // Writable: a write transaction that is taken and given back, which also proves the lock is free.
    if (auto begun = begin(db, operation); !begun) {
        details.append(QCoreApplication::translate("SqliteTokenStore", "not writable: ")
                       + begun.error().message());
    } else {
        rollback(db);
        result.writable = true;
    }
    if (QFileInfo(m_options.path).permissions() & kGroupOrOther)
        details.append(
            QCoreApplication::translate("SqliteTokenStore", "other users may read the file (not 0600)"));
    if (cacheIsCurrent(db))
        details.append(QCoreApplication::translate("SqliteTokenStore", "%1 rows cached for this thread")
                           .arg(db.cache.table().size()));
    details.append(db.sql->usesDriverHandle()
                       ? QCoreApplication::translate("SqliteTokenStore", "statements on SQLite's handle")
                       : QCoreApplication::translate("SqliteTokenStore", "statements through QSqlQuery (%1)")
                             .arg(db.sql->whyNoDriverHandle()));
    result.details = details.join(QStringLiteral("; "));
    return result;
}

StoreResult<QByteArray> SqliteTokenStore::changeStamp()
{
    const QString operation = QStringLiteral("changeStamp");
    auto connected = connection(operation);
    if (!connected)
        return connected.error();
    SqliteStatement *version = (*connected.value())[DataVersion];
    const int code = version->step();
    const qint64 dataVersion = code == SqliteCode::Row ? version->int64(0) : -1;
    const QString error = version->errorText();
    version->reset();
    if (code != SqliteCode::Row)
        return errorFor(operation, code, error);
    QByteArray stamp = QByteArray::number(dataVersion) + ':' + QByteArray::number(m_ownCommits.loadRelaxed());
    // The connection keeps reading the file it opened; a file renamed over it is only seen by path.
    stamp += ':' + FileStamp::identityOf(m_options.path);
    return stamp;
}
