#include "sandboxaccounts.h"

#include "sandboxlogging.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace {

constexpr qint64 ThrottleWindowMs = 10 * 60 * 1000;
constexpr int ThrottleMaxRefreshes = 10;
constexpr int MaxAccessTokensPerRefreshToken = 15;
constexpr int MaxRefreshTokensPerUserAndClient = 20;

QStringList splitScopes(const QString &scope)
{
    return scope.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
}

// Every parameter source the token endpoint accepts: query string, form body, Basic auth.
QHash<QString, QString> tokenParams(const SandboxHttpRequest &request)
{
    QHash<QString, QString> p;
    for (const auto &item : request.query.queryItems(QUrl::FullyDecoded))
        p.insert(item.first, item.second);
    for (const auto &item : request.formFields())
        p.insert(item.first, item.second);
    const QByteArray auth = request.header("authorization");
    if (auth.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(auth.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        if (colon > 0) {
            p.insert(QStringLiteral("client_id"),
                     QString::fromUtf8(QByteArray::fromPercentEncoding(decoded.left(colon))));
            p.insert(QStringLiteral("client_secret"),
                     QString::fromUtf8(QByteArray::fromPercentEncoding(decoded.mid(colon + 1))));
        }
    }
    return p;
}

QString hidden(const QString &name, const QString &value)
{
    return QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">")
        .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
}

SandboxHttpResponse errorPage(const QString &title, const QString &text)
{
    return SandboxHttpResponse::html(
        400,
        QStringLiteral(
            "<!DOCTYPE html><html><head><title>%1</title></head><body><h1>%1</h1><p>%2</p></body></html>")
            .arg(title.toHtmlEscaped(), text.toHtmlEscaped()));
}

QByteArray withQuery(const QString &uri, const QList<QPair<QString, QString>> &items)
{
    QByteArray out = uri.toUtf8();
    out += uri.contains(QLatin1Char('?')) ? '&' : '?';
    bool first = true;
    for (const auto &item : items) {
        if (!first)
            out += '&';
        first = false;
        out += QUrl::toPercentEncoding(item.first) + '=' + QUrl::toPercentEncoding(item.second);
    }
    return out;
}

} // namespace

SandboxAccounts::SandboxAccounts()
{
    Client c;
    c.id = QStringLiteral("1000.SANDBOXCLIENT0000000000000000");
    c.secret = QStringLiteral("5a4d8b0c1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c");
    c.redirectUris = { QStringLiteral("https://oauth.pstmn.io/v1/browser-callback"),
                       QStringLiteral("https://oauth.pstmn.io/v1/callback") };
    c.anyLoopbackPort = true;
    m_clients.append(c);
}

void SandboxAccounts::registerClient(const Client &client)
{
    for (Client &c : m_clients) {
        if (c.id == client.id) {
            c = client;
            return;
        }
    }
    m_clients.append(client);
}

QString SandboxAccounts::userDataCenter(const QString &email) const
{
    return userDataCenters.value(email.toLower(), QStringLiteral("us"));
}

const SandboxAccounts::Client *SandboxAccounts::client(const QString &id) const
{
    for (const Client &c : m_clients) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

bool SandboxAccounts::redirectAllowed(const Client &c, const QString &uri) const
{
    if (c.redirectUris.contains(uri))
        return true;
    static const QRegularExpression loopback(
        QStringLiteral("^http://(localhost|127\\.0\\.0\\.1):[0-9]{1,5}/callback$"));
    return c.anyLoopbackPort && loopback.match(uri).hasMatch();
}

QString SandboxAccounts::newToken(const char *prefix)
{
    auto hex = [] {
        QByteArray bytes(16, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 4);
        return QString::fromLatin1(bytes.toHex());
    };
    return QString::fromLatin1(prefix) + QLatin1Char('.') + hex() + QLatin1Char('.') + hex();
}

SandboxHttpResponse SandboxAccounts::tokenError(const QString &error) const
{
    // Zoho answers token errors with HTTP 200 and an `error` body.
    return SandboxHttpResponse::json(200, QJsonObject { { "error", error } });
}

SandboxHttpResponse SandboxAccounts::handle(const SandboxHttpRequest &request, const QString &dc)
{
    const QString &path = request.path;
    if (path == QLatin1String("/oauth/v2/auth") && request.method == "GET")
        return authorize(request, request.query, dc);
    if (path == QLatin1String("/oauth/v2/auth/approve") && request.method == "POST")
        return decide(request, true, dc);
    if (path == QLatin1String("/oauth/v2/auth/deny") && request.method == "POST")
        return decide(request, false, dc);
    if (path == QLatin1String("/oauth/v2/token") && request.method == "POST")
        return token(request, dc);
    if (path == QLatin1String("/oauth/v2/token/revoke") && request.method == "POST")
        return revokeRequest(request, false);
    if (path == QLatin1String("/oauth/v2/revoke/token") && request.method == "POST")
        return revokeRequest(request, true);
    if (path == QLatin1String("/oauth/user/info") && request.method == "GET")
        return userInfo(request, dc);
    if (path == QLatin1String("/oauth/serverinfo") && request.method == "GET") {
        QJsonObject locations;
        for (const char *d : { "us", "eu", "in", "au", "cn", "jp", "ca", "sa" })
            locations.insert(QLatin1String(d), accountsUrl(QLatin1String(d)).toString());
        return SandboxHttpResponse::json(200, { { "result", "success" }, { "locations", locations } });
    }
    return SandboxHttpResponse::html(404, QStringLiteral("<html><body><h1>404 Not Found</h1></body></html>"));
}

SandboxHttpResponse SandboxAccounts::authorize(const SandboxHttpRequest &request, const QUrlQuery &params,
                                               const QString &dc)
{
    Q_UNUSED(request)
    const auto v = [&](const char *name) {
        return params.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    const Client *c = client(v("client_id"));
    if (!c)
        return errorPage(QStringLiteral("Invalid Client"),
                         QStringLiteral("The client_id is not registered."));
    const QString redirectUri = v("redirect_uri");
    if (!redirectAllowed(*c, redirectUri))
        return errorPage(QStringLiteral("Invalid Redirect Uri"),
                         QStringLiteral("Redirect URI passed does not match with the one configured."));
    if (v("response_type") != QLatin1String("code"))
        return SandboxHttpResponse::redirect(
            withQuery(redirectUri, { { "error", "unsupported_response_type" } }));
    if (splitScopes(v("scope")).isEmpty())
        return SandboxHttpResponse::redirect(withQuery(redirectUri, { { "error", "invalid_scope" } }));
    const QString method = v("code_challenge_method");
    if (!method.isEmpty() && method != QLatin1String("S256") && method != QLatin1String("plain"))
        return SandboxHttpResponse::redirect(withQuery(redirectUri, { { "error", "invalid_request" } }));

    if (autoApprove) {
        SandboxHttpRequest approve;
        approve.method = "POST";
        approve.headers.append(
            qMakePair(QByteArray("content-type"), QByteArray("application/x-www-form-urlencoded")));
        approve.body = params.toString(QUrl::FullyEncoded).toUtf8();
        return decide(approve, true, dc);
    }
    QString fields;
    for (const auto &item : params.queryItems(QUrl::FullyDecoded))
        fields += hidden(item.first, item.second);
    const QString html =
        QStringLiteral(
            "<!DOCTYPE html><html><head><title>Zoho Accounts (sandbox)</title></head><body>"
            "<h1>Allow access?</h1><p>The application <b>%1</b> asks to access your Zoho account <b>%2</b> "
            "with these scopes:</p><ul>%3</ul>"
            "<form id=\"approve\" method=\"post\" action=\"/oauth/v2/auth/approve\">%4"
            "<button type=\"submit\" name=\"approvedScopes\" value=\"yes\">Accept</button></form>"
            "<form id=\"deny\" method=\"post\" action=\"/oauth/v2/auth/deny\">%4"
            "<button type=\"submit\">Reject</button></form></body></html>")
            .arg(c->id.toHtmlEscaped(), signedInUser.toHtmlEscaped(),
                 QStringLiteral("<li>")
                     + splitScopes(v("scope")).join(QStringLiteral("</li><li>")).toHtmlEscaped()
                     + QStringLiteral("</li>"),
                 fields);
    return SandboxHttpResponse::html(200, html);
}

SandboxHttpResponse SandboxAccounts::decide(const SandboxHttpRequest &request, bool approve,
                                            const QString &dc)
{
    Q_UNUSED(dc)
    QUrlQuery params;
    for (const auto &item : request.formFields())
        params.addQueryItem(item.first, item.second);
    const auto v = [&](const char *name) {
        return params.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    const Client *c = client(v("client_id"));
    if (!c)
        return errorPage(QStringLiteral("Invalid Client"),
                         QStringLiteral("The client_id is not registered."));
    const QString redirectUri = v("redirect_uri");
    if (!redirectAllowed(*c, redirectUri))
        return errorPage(QStringLiteral("Invalid Redirect Uri"),
                         QStringLiteral("Redirect URI passed does not match with the one configured."));
    QList<QPair<QString, QString>> items;
    const bool hasState = params.hasQueryItem(QStringLiteral("state"));
    if (!approve) {
        items.append({ QStringLiteral("error"), QStringLiteral("access_denied") });
        if (hasState)
            items.append({ QStringLiteral("state"), v("state") });
        return SandboxHttpResponse::redirect(withQuery(redirectUri, items));
    }
    const QString userDc = userDataCenter(signedInUser);
    Code code;
    code.code = newToken("1000");
    code.clientId = c->id;
    code.redirectUri = redirectUri;
    code.scopes = splitScopes(v("scope"));
    code.email = signedInUser;
    code.dc = userDc;
    const QString consentKey = c->id + QLatin1Char('|') + signedInUser.toLower();
    // Zoho issues a refresh token only on first offline consent, or again with prompt=consent.
    code.offline = v("access_type").compare(QLatin1String("offline"), Qt::CaseInsensitive) == 0
        && (!m_consented.contains(consentKey)
            || v("prompt").compare(QLatin1String("consent"), Qt::CaseInsensitive) == 0);
    if (code.offline)
        m_consented.insert(consentKey, true);
    code.challenge = v("code_challenge");
    code.challengeMethod =
        v("code_challenge_method").isEmpty() ? QStringLiteral("plain") : v("code_challenge_method");
    code.expiresAtMs = clock() + qint64(codeLifetimeS) * 1000;
    m_codes.insert(code.code, code);
    items.append({ QStringLiteral("code"), code.code });
    items.append({ QStringLiteral("location"), userDc });
    items.append({ QStringLiteral("accounts-server"), accountsUrl(userDc).toString() });
    if (hasState)
        items.append({ QStringLiteral("state"), v("state") });
    qCDebug(lcSandbox) << "consent given; code for" << signedInUser << "in" << userDc;
    return SandboxHttpResponse::redirect(withQuery(redirectUri, items));
}

QString SandboxAccounts::createGrantCode(const QString &clientId, const QStringList &scopes,
                                         const QString &email, const QString &dc, bool offline)
{
    Code code;
    code.code = newToken("1000");
    code.clientId = clientId;
    code.scopes = scopes;
    code.email = email.isEmpty() ? signedInUser : email;
    code.dc = dc;
    code.offline = offline;
    code.expiresAtMs = clock() + qint64(codeLifetimeS) * 1000;
    m_codes.insert(code.code, code);
    return code.code;
}

QString SandboxAccounts::mintAccessToken(const QString &refreshToken, const QString &clientId,
                                         const QString &email, const QString &dc, const QStringList &scopes)
{
    AccessToken at;
    at.token = newToken("1000");
    at.refreshToken = refreshToken;
    at.clientId = clientId;
    at.email = email;
    at.dc = dc;
    at.scopes = scopes;
    at.expiresAtMs = clock() + qint64(tokenLifetimeS) * 1000;
    m_access.insert(at.token, at);
    if (!refreshToken.isEmpty()) {
        RefreshToken &rt = m_refresh[refreshToken];
        rt.accessTokens.append(at.token);
        // The 16th live access token invalidates the oldest.
        while (rt.accessTokens.size() > MaxAccessTokensPerRefreshToken)
            m_access.remove(rt.accessTokens.takeFirst());
    }
    return at.token;
}

void SandboxAccounts::dropRefreshToken(const QString &token)
{
    const auto it = m_refresh.find(token);
    if (it == m_refresh.end())
        return;
    for (const QString &at : it->accessTokens)
        m_access.remove(at);
    m_refresh.erase(it);
    m_refreshOrder.removeAll(token);
}

SandboxHttpResponse SandboxAccounts::token(const SandboxHttpRequest &request, const QString &dc)
{
    ++tokenRequests;
    const QHash<QString, QString> p = tokenParams(request);
    const QString grantType = p.value(QStringLiteral("grant_type"));
    lastGrantType = grantType;
    lastSuccess = false;
    const Client *c = client(p.value(QStringLiteral("client_id")));
    if (!c || c->secret != p.value(QStringLiteral("client_secret")))
        return tokenError(QStringLiteral("invalid_client"));
    const qint64 now = clock();

    if (grantType == QLatin1String("authorization_code")) {
        const auto it = m_codes.find(p.value(QStringLiteral("code")));
        if (it == m_codes.end())
            return tokenError(QStringLiteral("invalid_code"));
        const Code code = it.value();
        if (code.expiresAtMs <= now || code.dc != dc || code.clientId != c->id) {
            if (code.expiresAtMs <= now)
                m_codes.erase(it);
            return tokenError(QStringLiteral("invalid_code"));
        }
        if (!code.redirectUri.isEmpty() && p.value(QStringLiteral("redirect_uri")) != code.redirectUri)
            return tokenError(QStringLiteral("invalid_redirect_uri"));
        // One-time: whatever follows, this code is spent.
        m_codes.erase(it);
        if (!code.challenge.isEmpty()) {
            const QString verifier = p.value(QStringLiteral("code_verifier"));
            QString computed = verifier;
            if (code.challengeMethod == QLatin1String("S256"))
                computed = QString::fromLatin1(
                    QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
            if (verifier.isEmpty() || computed != code.challenge)
                return tokenError(QStringLiteral("invalid_code_verifier"));
        }
        QJsonObject answer;
        QString refresh;
        if (code.offline) {
            refresh = newToken("1000");
            RefreshToken rt;
            rt.token = refresh;
            rt.clientId = c->id;
            rt.email = code.email;
            rt.dc = code.dc;
            rt.scopes = code.scopes;
            rt.createdMs = now;
            m_refresh.insert(refresh, rt);
            m_refreshOrder.append(refresh);
            // The 21st refresh token of a user and client deletes the oldest, with its access tokens.
            QStringList same;
            for (const QString &t : std::as_const(m_refreshOrder)) {
                const RefreshToken &r = m_refresh.value(t);
                if (r.clientId == c->id && r.email.compare(code.email, Qt::CaseInsensitive) == 0)
                    same.append(t);
            }
            while (same.size() > MaxRefreshTokensPerUserAndClient)
                dropRefreshToken(same.takeFirst());
        }
        const QString access = mintAccessToken(refresh, c->id, code.email, code.dc, code.scopes);
        answer.insert(QStringLiteral("access_token"), access);
        if (!refresh.isEmpty())
            answer.insert(QStringLiteral("refresh_token"), refresh);
        answer.insert(QStringLiteral("scope"), code.scopes.join(QLatin1Char(' ')));
        answer.insert(QStringLiteral("api_domain"), apiDomain(code.dc).toString());
        answer.insert(QStringLiteral("token_type"), QStringLiteral("Bearer"));
        answer.insert(QStringLiteral("expires_in"), tokenLifetimeS);
        ++codeExchanges;
        lastSuccess = true;
        return SandboxHttpResponse::json(200, answer);
    }

    if (grantType == QLatin1String("refresh_token")) {
        const auto it = m_refresh.find(p.value(QStringLiteral("refresh_token")));
        if (it == m_refresh.end() || it->dc != dc || it->clientId != c->id)
            return tokenError(QStringLiteral("invalid_code"));
        QList<qint64> &times = it->refreshTimesMs;
        while (!times.isEmpty() && times.first() <= now - ThrottleWindowMs)
            times.removeFirst();
        if (times.size() >= ThrottleMaxRefreshes) {
            return SandboxHttpResponse::json(
                throttleHttpStatus,
                QJsonObject {
                    { "error_description",
                      "You have made too many requests continuously. Please try again after some time." },
                    { "error", "Access Denied" },
                    { "status", "failure" } });
        }
        times.append(now);
        ++it->refreshes;
        const RefreshToken rt = it.value();
        const QString access = mintAccessToken(rt.token, rt.clientId, rt.email, rt.dc, rt.scopes);
        ++refreshes;
        lastSuccess = true;
        // No refresh_token in a refresh answer: the client keeps its own.
        return SandboxHttpResponse::json(200,
                                         QJsonObject { { "access_token", access },
                                                       { "scope", rt.scopes.join(QLatin1Char(' ')) },
                                                       { "api_domain", apiDomain(rt.dc).toString() },
                                                       { "token_type", "Bearer" },
                                                       { "expires_in", tokenLifetimeS } });
    }
    return tokenError(QStringLiteral("unsupported_grant_type"));
}

bool SandboxAccounts::revoke(const QString &token)
{
    if (m_refresh.contains(token)) {
        dropRefreshToken(token);
        return true;
    }
    const auto it = m_access.find(token);
    if (it == m_access.end())
        return false;
    if (!it->refreshToken.isEmpty() && m_refresh.contains(it->refreshToken))
        m_refresh[it->refreshToken].accessTokens.removeAll(token);
    m_access.erase(it);
    return true;
}

SandboxHttpResponse SandboxAccounts::revokeRequest(const SandboxHttpRequest &request, bool basicForm)
{
    const QHash<QString, QString> p = tokenParams(request);
    if (basicForm) {
        const Client *c = client(p.value(QStringLiteral("client_id")));
        if (!c || c->secret != p.value(QStringLiteral("client_secret")))
            return tokenError(QStringLiteral("invalid_client"));
    }
    if (!revoke(p.value(QStringLiteral("token"))))
        return SandboxHttpResponse::json(
            400, QJsonObject { { "status", "failure" }, { "error", "invalid_token" } });
    return SandboxHttpResponse::json(200, QJsonObject { { "status", "success" } });
}

SandboxHttpResponse SandboxAccounts::userInfo(const SandboxHttpRequest &request, const QString &dc)
{
    QByteArray auth = request.header("authorization");
    const qsizetype space = auth.indexOf(' ');
    const QString token = QString::fromLatin1(auth.mid(space + 1).trimmed());
    const AccessToken *at = findAccessToken(token);
    if (!at || !isAccessTokenLive(*at) || at->dc != dc)
        return SandboxHttpResponse::json(401, QJsonObject { { "error", "invalid_token" } });
    const QString local = at->email.section(QLatin1Char('@'), 0, 0);
    return SandboxHttpResponse::json(
        200,
        QJsonObject { { "First_Name", local.section(QLatin1Char('.'), 0, 0) },
                      { "Last_Name", local.section(QLatin1Char('.'), 1) },
                      { "Display_Name", local },
                      { "Email", at->email },
                      { "ZUID", QString::number(qHash(at->email) % 100000000 + 700000000) } });
}

const SandboxAccounts::AccessToken *SandboxAccounts::findAccessToken(const QString &token) const
{
    const auto it = m_access.constFind(token);
    return it == m_access.constEnd() ? nullptr : &it.value();
}

bool SandboxAccounts::isAccessTokenLive(const AccessToken &token) const
{
    return token.expiresAtMs > clock();
}

bool SandboxAccounts::expireAccessToken(const QString &token)
{
    const auto it = m_access.find(token);
    if (it == m_access.end())
        return false;
    it->expiresAtMs = 0;
    return true;
}

void SandboxAccounts::expireAllAccessTokens()
{
    for (auto it = m_access.begin(); it != m_access.end(); ++it)
        it->expiresAtMs = 0;
}

bool SandboxAccounts::isRefreshTokenValid(const QString &token) const
{
    return m_refresh.contains(token);
}

int SandboxAccounts::refreshCount(const QString &refreshToken) const
{
    return m_refresh.value(refreshToken).refreshes;
}

int SandboxAccounts::liveAccessTokenCount(const QString &refreshToken) const
{
    int n = 0;
    for (const QString &t : m_refresh.value(refreshToken).accessTokens) {
        const AccessToken *at = findAccessToken(t);
        if (at && isAccessTokenLive(*at))
            ++n;
    }
    return n;
}

int SandboxAccounts::liveRefreshTokenCount(const QString &email, const QString &clientId) const
{
    int n = 0;
    for (const RefreshToken &rt : m_refresh) {
        if (rt.clientId == clientId && rt.email.compare(email, Qt::CaseInsensitive) == 0)
            ++n;
    }
    return n;
}
