#include "token.h"

#include "tokenrules.h"

#include <QJsonArray>

namespace {

// Compile-time constants: usable from any static initializer, unlike QString globals.
constexpr QLatin1String kId("id");
constexpr QLatin1String kUserName("user_name");
constexpr QLatin1String kClientId("client_id");
constexpr QLatin1String kClientSecret("client_secret");
constexpr QLatin1String kRefreshToken("refresh_token");
constexpr QLatin1String kAccessToken("access_token");
constexpr QLatin1String kGrantToken("grant_token");
constexpr QLatin1String kExpiryTime("expiry_time");
constexpr QLatin1String kRedirectUrl("redirect_url");
constexpr QLatin1String kApiDomain("api_domain");
constexpr QLatin1String kAccountsServer("accounts_server");
constexpr QLatin1String kScopes("scopes");
constexpr QLatin1String kDataCenter("data_center");
constexpr QLatin1String kEnvironment("environment");
constexpr QLatin1String kCreatedAt("created_at");
constexpr QLatin1String kUpdatedAt("updated_at");
constexpr QLatin1String kState("state");
constexpr QLatin1String kLastError("last_error");

QString msText(qint64 ms)
{
    return ms > 0 ? QString::number(ms) : QString();
}

// TokenRules' time: what it refuses reads as 0 (unknown), never as a time no store would write.
qint64 msFromText(const QString &text)
{
    qint64 value = 0;
    TokenRules::parseTime(text.trimmed(), "time", &value);
    return value;
}

void fillIfEmpty(QString &mine, const QString &stored)
{
    if (mine.isEmpty())
        mine = stored;
}

} // namespace

const QStringList &Token::sdkFieldNames()
{
    static const QStringList names { kId,          kUserName,   kClientId,   kClientSecret, kRefreshToken,
                                     kAccessToken, kGrantToken, kExpiryTime, kRedirectUrl,  kApiDomain };
    return names;
}

const QStringList &Token::extraFieldNames()
{
    static const QStringList names { kAccountsServer, kScopes,    kDataCenter, kEnvironment,
                                     kCreatedAt,      kUpdatedAt, kState,      kLastError };
    return names;
}

QString Token::field(const QString &name) const
{
    if (name == kId)
        return id;
    if (name == kUserName)
        return userName;
    if (name == kClientId)
        return clientId;
    if (name == kClientSecret)
        return clientSecret;
    if (name == kRefreshToken)
        return refreshToken;
    if (name == kAccessToken)
        return accessToken;
    if (name == kGrantToken)
        return grantToken;
    if (name == kExpiryTime)
        return msText(expiryTime);
    if (name == kRedirectUrl || name == QLatin1String("redirect_uri"))
        return redirectUrl;
    if (name == kApiDomain)
        return apiDomain;
    if (name == kAccountsServer)
        return accountsServer;
    if (name == kScopes)
        return scopes.join(QLatin1Char(','));
    if (name == kDataCenter)
        return dataCenter;
    if (name == kEnvironment)
        return environment;
    if (name == kCreatedAt)
        return msText(createdAt);
    if (name == kUpdatedAt)
        return msText(updatedAt);
    if (name == kState)
        return stateName(state);
    if (name == kLastError)
        return lastError;
    return {};
}

void Token::setField(const QString &name, const QString &value)
{
    if (name == kId)
        id = value;
    else if (name == kUserName)
        userName = value;
    else if (name == kClientId)
        clientId = value;
    else if (name == kClientSecret)
        clientSecret = value;
    else if (name == kRefreshToken)
        refreshToken = value;
    else if (name == kAccessToken)
        accessToken = value;
    else if (name == kGrantToken)
        grantToken = value;
    else if (name == kExpiryTime)
        expiryTime = msFromText(value);
    else if (name == kRedirectUrl || name == QLatin1String("redirect_uri"))
        redirectUrl = value;
    else if (name == kApiDomain)
        apiDomain = value;
    else if (name == kAccountsServer)
        accountsServer = value;
    else if (name == kScopes)
        scopes = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    else if (name == kDataCenter)
        dataCenter = value;
    else if (name == kEnvironment)
        environment = value;
    else if (name == kCreatedAt)
        createdAt = msFromText(value);
    else if (name == kUpdatedAt)
        updatedAt = msFromText(value);
    else if (name == kState)
        state = stateFromName(value);
    else if (name == kLastError)
        lastError = value;
}

void Token::mergeMissingFrom(const Token &stored)
{
    fillIfEmpty(id, stored.id);
    fillIfEmpty(userName, stored.userName);
    fillIfEmpty(clientId, stored.clientId);
    fillIfEmpty(clientSecret, stored.clientSecret);
    fillIfEmpty(refreshToken, stored.refreshToken);
    fillIfEmpty(accessToken, stored.accessToken);
    fillIfEmpty(grantToken, stored.grantToken);
    if (expiryTime <= 0)
        expiryTime = stored.expiryTime;
    fillIfEmpty(redirectUrl, stored.redirectUrl);
    fillIfEmpty(apiDomain, stored.apiDomain);
    fillIfEmpty(accountsServer, stored.accountsServer);
    if (scopes.isEmpty())
        scopes = stored.scopes;
    fillIfEmpty(dataCenter, stored.dataCenter);
    fillIfEmpty(environment, stored.environment);
    if (stored.createdAt > 0)
        createdAt = stored.createdAt; // a row is created once
}

Token Token::completedFrom(const Token &row) const
{
    Token completed = *this;
    completed.mergeMissingFrom(row);
    completed.id = row.id;
    return completed;
}

Token::Status Token::status(qint64 nowMs, qint64 expiringLeadMs) const
{
    if (state == RefreshOutcome::NeedsReauthorization)
        return Status::NeedsReauthorization;
    if (state == RefreshOutcome::RefreshFailing)
        return Status::RefreshFailing;
    if (accessToken.isEmpty() || expiryTime <= 0)
        return Status::NoAccessToken;
    if (expiryTime <= nowMs)
        return Status::Expired;
    if (expiryTime - nowMs <= expiringLeadMs)
        return Status::Expiring;
    return Status::Valid;
}

QString Token::statusName(Status status)
{
    switch (status) {
    case Status::Valid:
        return QStringLiteral("valid");
    case Status::Expiring:
        return QStringLiteral("expiring");
    case Status::Expired:
        return QStringLiteral("expired");
    case Status::NeedsReauthorization:
        return QStringLiteral("needs-reauthorization");
    case Status::RefreshFailing:
        return QStringLiteral("refresh-failing");
    case Status::NoAccessToken:
        return QStringLiteral("no-access-token");
    }
    return {};
}

QString Token::stateName(RefreshOutcome state)
{
    switch (state) {
    case RefreshOutcome::Active:
        return QStringLiteral("active");
    case RefreshOutcome::NeedsReauthorization:
        return QStringLiteral("needs-reauthorization");
    case RefreshOutcome::RefreshFailing:
        return QStringLiteral("refresh-failing");
    }
    return {};
}

Token::RefreshOutcome Token::stateFromName(const QString &name)
{
    if (name == QLatin1String("needs-reauthorization"))
        return RefreshOutcome::NeedsReauthorization;
    if (name == QLatin1String("refresh-failing"))
        return RefreshOutcome::RefreshFailing;
    return RefreshOutcome::Active;
}

QString Token::maskSecret(const QString &secret)
{
    if (secret.isEmpty())
        return secret;
    if (secret.size() < 12)
        return QStringLiteral("****");
    const qsizetype dot = secret.indexOf(QLatin1Char('.'));
    const QString prefix = (dot > 0 && dot <= 5) ? secret.left(dot + 1) : QString();
    return prefix + QStringLiteral("…") + secret.right(4);
}

QJsonObject Token::toJson(bool revealSecrets, qint64 nowMs) const
{
    auto secret = [revealSecrets](const QString &value) { return revealSecrets ? value : maskSecret(value); };
    QJsonObject object;
    object.insert(kId, id);
    object.insert(kUserName, userName);
    object.insert(kClientId, clientId);
    object.insert(kClientSecret, secret(clientSecret));
    object.insert(kRefreshToken, secret(refreshToken));
    object.insert(kAccessToken, secret(accessToken));
    object.insert(kGrantToken, secret(grantToken));
    object.insert(kExpiryTime, msText(expiryTime));
    object.insert(kRedirectUrl, redirectUrl);
    object.insert(kApiDomain, apiDomain);
    object.insert(kAccountsServer, accountsServer);
    object.insert(kScopes, QJsonArray::fromStringList(scopes));
    object.insert(kDataCenter, dataCenter);
    object.insert(kEnvironment, environment);
    object.insert(kCreatedAt, msText(createdAt));
    object.insert(kUpdatedAt, msText(updatedAt));
    object.insert(QStringLiteral("status"), statusName(status(nowMs)));
    object.insert(kLastError, lastError);
    return object;
}

bool Token::operator==(const Token &other) const
{
    return id == other.id && userName == other.userName && clientId == other.clientId
        && clientSecret == other.clientSecret && refreshToken == other.refreshToken
        && accessToken == other.accessToken && grantToken == other.grantToken
        && expiryTime == other.expiryTime && redirectUrl == other.redirectUrl && apiDomain == other.apiDomain
        && accountsServer == other.accountsServer && scopes == other.scopes && dataCenter == other.dataCenter
        && environment == other.environment && createdAt == other.createdAt && updatedAt == other.updatedAt
        && state == other.state && lastError == other.lastError;
}
