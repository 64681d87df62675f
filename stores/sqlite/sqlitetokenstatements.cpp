#include "sqlitetokenstatements.h"

#include "sqliteschema.h"
#include "sqlitestatement.h"
#include "tokenrules.h"

namespace SqliteTokenStatements {

namespace {

QString columnList()
{
    return SqliteSchema::tokenColumns().join(QStringLiteral(", "));
}

// The lookups by a match key: several rows may match, and, as in TokenTable, the lowest numeric
// id wins, then the first stored row (rowid order is insertion order). The lookup indexes hold the
// rows of a key in this order.
QString firstRowWhere(const QString &condition)
{
    return QStringLiteral("SELECT %1 FROM oauthtoken WHERE %2 ORDER BY %3, rowid LIMIT 1")
        .arg(columnList(), condition, SqliteSchema::idRank());
}

// Positions in SqliteSchema::tokenColumns().
constexpr int kIdColumn = 0;
constexpr int kUserNameColumn = 1;
constexpr int kRefreshTokenColumn = 4;
constexpr int kGrantTokenColumn = 6;

} // namespace

// A refresh changes the access token, not who the token is: leaving the user name, refresh and grant
// token out spares three index entries and their pages in the WAL.
const QList<int> &updatedColumns(bool identityToo)
{
    static const auto columns = [](bool all) {
        QList<int> list;
        for (int column = kIdColumn + 1; column < SqliteSchema::tokenColumns().size(); ++column) {
            if (all
                || (column != kUserNameColumn && column != kRefreshTokenColumn
                    && column != kGrantTokenColumn))
                list.append(column);
        }
        return list;
    };
    static const QList<int> all = columns(true);
    static const QList<int> keepingIdentity = columns(false);
    return identityToo ? all : keepingIdentity;
}

QString statementText(StatementKind kind)
{
    switch (kind) {
    case ById:
        return QStringLiteral("SELECT %1 FROM oauthtoken WHERE id = ?").arg(columnList());
    case ByUser:
        // TokenMatchKey: narrowed by client id and API domain where both the key and the row have them.
        return firstRowWhere(
            QStringLiteral("user_name = ? AND (? IS NULL OR client_id IS NULL OR client_id = '' "
                           "OR client_id = ?) AND (? IS NULL OR api_domain IS NULL OR "
                           "api_domain = '' OR api_domain = ?)"));
    case ByAccess:
        return firstRowWhere(QStringLiteral("access_token = ?"));
    case ByRefresh:
        return firstRowWhere(QStringLiteral("refresh_token = ?"));
    case ByGrant:
        return firstRowWhere(QStringLiteral("grant_token = ?"));
    case All:
        return QStringLiteral("SELECT %1 FROM oauthtoken ORDER BY rowid").arg(columnList());
    case Count:
        return QStringLiteral("SELECT COUNT(*) FROM oauthtoken");
    case Insert: {
        QStringList placeholders;
        for (int i = 0; i < SqliteSchema::tokenColumns().size(); ++i)
            placeholders.append(QStringLiteral("?"));
        return QStringLiteral("INSERT INTO oauthtoken (%1) VALUES (%2)")
            .arg(columnList(), placeholders.join(QStringLiteral(", ")));
    }
    case UpdateAll:
    case UpdateKeepingIdentity: {
        QStringList assignments;
        for (int column : updatedColumns(kind == UpdateAll))
            assignments.append(SqliteSchema::tokenColumns().at(column) + QStringLiteral(" = ?"));
        return QStringLiteral("UPDATE oauthtoken SET %1 WHERE id = ?")
            .arg(assignments.join(QStringLiteral(", ")));
    }
    case Remove:
        return QStringLiteral("DELETE FROM oauthtoken WHERE id = ?");
    case RemoveAll:
        return QStringLiteral("DELETE FROM oauthtoken");
    case MaxId:
        return QStringLiteral("SELECT MAX(%1) FROM oauthtoken WHERE %1 < %2")
            .arg(SqliteSchema::idRank())
            .arg(SqliteSchema::kNotANumber);
    case IdExists:
        return QStringLiteral("SELECT 1 FROM oauthtoken WHERE id = ?");
    case TakeLease:
        // One conditional update: two processes cannot both see the lease free.
        return QStringLiteral("UPDATE oauthtoken SET lease_owner = ?, lease_until = ? WHERE id = ? AND "
                              "(lease_owner IS NULL OR lease_until IS NULL OR lease_until <= ? OR "
                              "lease_owner = ?)");
    case ReleaseLease:
        return QStringLiteral(
            "UPDATE oauthtoken SET lease_owner = NULL, lease_until = NULL WHERE id = ? AND lease_owner = ?");
    case BeginRead:
        // Reads only (getTokens and its data version in one snapshot); a writing transaction is
        // always BEGIN IMMEDIATE.
        return QStringLiteral("BEGIN");
    case DataVersion:
        return QStringLiteral("PRAGMA data_version");
    case StatementCount:
        break;
    }
    return {};
}

namespace {

// TokenRules' time; what it refuses (another program's row) reads as unknown.
qint64 msFromText(const QString &text)
{
    qint64 value = 0;
    TokenRules::parseTime(text, "expiry_time", &value);
    return value;
}

qint64 msFromColumn(qint64 value)
{
    return TokenRules::timeProblem(value, "time").isEmpty() ? value : 0;
}

} // namespace

// Column order: SqliteSchema::tokenColumns().
Token readToken(const SqliteStatement &row)
{
    Token token;
    token.id = row.text(0);
    token.userName = row.text(1);
    token.clientId = row.text(2);
    token.clientSecret = row.text(3);
    token.refreshToken = row.text(4);
    token.accessToken = row.text(5);
    token.grantToken = row.text(6);
    token.expiryTime = msFromText(row.text(7)); // the SDK writes a decimal string
    token.redirectUrl = row.text(8);
    token.apiDomain = row.text(9);
    token.accountsServer = row.text(10);
    if (!row.isNull(11))
        token.scopes = row.text(11).split(QLatin1Char(','), Qt::SkipEmptyParts);
    token.dataCenter = row.text(12);
    token.environment = row.text(13);
    token.createdAt = msFromColumn(row.int64(14));
    token.updatedAt = msFromColumn(row.int64(15));
    if (!row.isNull(16))
        token.state = Token::stateFromName(row.text(16));
    token.lastError = row.text(17);
    return token;
}

// A token's value for one column (its position in SqliteSchema::tokenColumns()).
void bindColumn(SqliteStatement &statement, int index, const Token &token, int column)
{
    switch (column) {
    case 0:
        return statement.bindText(index, token.id);
    case 1:
        return statement.bindOptionalText(index, token.userName);
    case 2:
        return statement.bindOptionalText(index, token.clientId);
    case 3:
        return statement.bindOptionalText(index, token.clientSecret);
    case 4:
        return statement.bindOptionalText(index, token.refreshToken);
    case 5:
        return statement.bindOptionalText(index, token.accessToken);
    case 6:
        return statement.bindOptionalText(index, token.grantToken);
    case 7: // the SDK writes a decimal string
        return statement.bindOptionalText(
            index, token.expiryTime > 0 ? QString::number(token.expiryTime) : QString());
    case 8:
        return statement.bindOptionalText(index, token.redirectUrl);
    case 9:
        return statement.bindOptionalText(index, token.apiDomain);
    case 10:
        return statement.bindOptionalText(index, token.accountsServer);
    case 11:
        return statement.bindOptionalText(index, token.scopes.join(QLatin1Char(',')));
    case 12:
        return statement.bindOptionalText(index, token.dataCenter);
    case 13:
        return statement.bindOptionalText(index, token.environment);
    case 14:
        return statement.bindOptionalInt64(index, token.createdAt);
    case 15:
        return statement.bindOptionalInt64(index, token.updatedAt);
    case 16:
        return statement.bindText(index, Token::stateName(token.state));
    case 17:
        return statement.bindOptionalText(index, token.lastError);
    }
}

} // namespace SqliteTokenStatements
