#include "oauthsignin.h"

#include "authorizationrequest.h"
#include "currentuserlookup.h"
#include "oauthlogging.h"
#include "securerandom.h"
#include "tokenendpointclient.h"
#include "tokenservice.h"

#include <QDateTime>

#include <utility>

namespace {

QString originText(const QUrl &url)
{
    QUrl copy = url;
    QString path = copy.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    copy.setPath(path);
    copy.setQuery(QString());
    copy.setFragment(QString());
    return copy.toString(QUrl::RemoveUserInfo);
}

} // namespace

QStringList OAuthSignIn::defaultScopes()
{
    return { QStringLiteral("ZohoCRM.modules.ALL"), QStringLiteral("ZohoCRM.settings.ALL"),
             QStringLiteral("ZohoCRM.users.READ"), QStringLiteral("ZohoCRM.org.READ"),
             QStringLiteral("ZohoCRM.coql.READ") };
}

OAuthSignIn::Options OAuthSignIn::optionsToReplace(const Token &token)
{
    Options options;
    const ApiEnvironment environment =
        apiEnvironmentFromName(token.environment).value_or(ApiEnvironment::Production);
    std::optional<ZohoEnvironment> where;
    if (!token.dataCenter.isEmpty())
        where = ZohoEnvironment::forDataCenter(token.dataCenter, environment);
    if (!where)
        where = ZohoEnvironment::custom(TokenService::accountsServerFor(token), QUrl(token.apiDomain),
                                        environment);
    if (where)
        options.environment = *where;
    options.clientId = token.clientId;
    options.clientSecret = token.clientSecret;
    options.scopes = token.scopes;
    options.redirectUri = token.redirectUrl;
    return options;
}

QString OAuthSignIn::defaultRedirectUri()
{
    return QStringLiteral("http://localhost:8765/callback");
}

OAuthSignIn::OAuthSignIn(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoint(new TokenEndpointClient(network, this))
    , m_userLookup(new CurrentUserLookup(network, this))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        const QString waited = QString::number(m_options.timeoutMs / 1000.0);
        if (m_stateRejected) {
            fail(OAuthError(OAuthError::Kind::StateMismatch,
                            OAuthSignIn::tr("no valid sign-in callback within %1 s; refused: %2")
                                .arg(waited, m_lastRejection)));
        } else {
            fail(OAuthError(OAuthError::Kind::CallbackTimeout,
                            OAuthSignIn::tr("no sign-in callback within %1 s%2")
                                .arg(waited,
                                     m_lastRejection.isEmpty()
                                         ? QString()
                                         : OAuthSignIn::tr("; refused: ") + m_lastRejection)));
        }
    });
    connect(&m_listener, &OAuthCallbackListener::callbackReceived, this, &OAuthSignIn::onCallback);
    connect(&m_listener, &OAuthCallbackListener::callbackRejected, this, [this](const QString &reason) {
        m_lastRejection = reason;
        if (reason.contains(QLatin1String("state")))
            m_stateRejected = true;
        Q_EMIT callbackRejected(reason);
    });
}

OAuthSignIn::~OAuthSignIn() = default;

void OAuthSignIn::setClock(Clock clock)
{
    m_endpoint->setClock(std::move(clock));
}

void OAuthSignIn::setRequestTimeout(int milliseconds)
{
    m_endpoint->setTimeout(milliseconds);
    m_userLookup->setTimeout(milliseconds);
}

bool OAuthSignIn::prepare(const Options &options)
{
    ++m_generation;
    m_running = true;
    m_options = options;
    if (m_options.scopes.isEmpty())
        m_options.scopes = defaultScopes();
    m_lastRejection.clear();
    m_stateRejected = false;
    m_authorizationUrl.clear();
    m_redirectUri.clear();
    if (!options.environment.isValid()) {
        finishLater(OAuthError(OAuthError::Kind::InvalidInput,
                               OAuthSignIn::tr("no data center or accounts URL given")));
        return false;
    }
    if (options.clientId.isEmpty() || options.clientSecret.isEmpty()) {
        finishLater(OAuthError(OAuthError::Kind::InvalidInput,
                               OAuthSignIn::tr("a client id and a client secret are needed to sign in")));
        return false;
    }
    return true;
}

void OAuthSignIn::start(const Options &options)
{
    if (!prepare(options))
        return;
    QString listenError;
    const QString redirect = options.redirectUri.isEmpty() ? defaultRedirectUri() : options.redirectUri;
    if (const QString problem = OAuthCallbackListener::redirectUriProblem(redirect); !problem.isEmpty()) {
        finishLater(OAuthError(OAuthError::Kind::InvalidInput, problem));
        return;
    }
    if (!m_listener.listen(redirect, &listenError)) {
        finishLater(OAuthError(OAuthError::Kind::ListenFailed, listenError));
        return;
    }
    m_redirectUri = m_listener.redirectUri();
    m_state = SecureRandom::urlSafeString(24);
    m_pkce = Pkce::generate();
    m_listener.setExpectedState(m_state);

    AuthorizationRequest request;
    request.clientId = m_options.clientId;
    request.redirectUri = m_redirectUri;
    request.scopes = m_options.scopes;
    request.state = m_state;
    request.codeChallenge = m_pkce.challenge();
    request.codeChallengeMethod = Pkce::method();
    m_authorizationUrl = request.url(m_options.environment.accountsUrl());
    m_timeout.start(m_options.timeoutMs);
    qCInfo(lcOAuth).noquote() << "browser sign-in started at" << m_options.environment.describe();

    const quint64 generation = m_generation;
    Q_EMIT authorizationUrlReady(m_authorizationUrl);
    if (generation != m_generation || !m_running)
        return; // cancelled from a slot
    if (m_opener && !m_opener(m_authorizationUrl))
        Q_EMIT browserOpenFailed(m_authorizationUrl);
}

void OAuthSignIn::startWithGrantToken(const Options &options, const QString &grantToken)
{
    if (!prepare(options))
        return;
    if (grantToken.trimmed().isEmpty()) {
        finishLater(OAuthError(OAuthError::Kind::InvalidInput, OAuthSignIn::tr("the grant token is empty")));
        return;
    }
    m_redirectUri = options.redirectUri;
    const QUrl server = m_options.environment.accountsUrl();
    const quint64 generation = m_generation;
    m_endpoint->exchangeGrantToken(server, m_options.clientId, m_options.clientSecret, grantToken.trimmed(),
                                   m_redirectUri, [this, generation, server](const TokenResponse &response) {
                                       if (generation == m_generation && m_running)
                                           exchanged(server, QString(), response);
                                   });
}

void OAuthSignIn::cancel()
{
    if (m_running)
        fail(OAuthError(OAuthError::Kind::Cancelled, OAuthSignIn::tr("the sign-in was cancelled")));
}

void OAuthSignIn::onCallback(const AuthorizationCallback &callback)
{
    if (!m_running)
        return;
    m_timeout.stop();
    if (callback.isError()) {
        const QString detail = callback.errorDescription.isEmpty()
            ? QString()
            : QStringLiteral(" (%1)").arg(callback.errorDescription);
        if (callback.error == QLatin1String("access_denied")) {
            fail(OAuthError(OAuthError::Kind::AccessDenied,
                            OAuthSignIn::tr("access was denied on Zoho's consent page%1").arg(detail),
                            callback.error));
        } else {
            fail(OAuthError(
                OAuthError::Kind::OtherServerError,
                OAuthSignIn::tr("Zoho's authorization page answered %1%2").arg(callback.error, detail),
                callback.error));
        }
        return;
    }

    QUrl server = m_options.environment.accountsUrl();
    if (!callback.accountsServerText.isEmpty()) {
        QString reason;
        if (!m_options.environment.trustsAccountsServer(callback.accountsServer, &reason)) {
            fail(OAuthError(
                OAuthError::Kind::UntrustedAccountsServer,
                OAuthSignIn::tr("the sign-in callback names the accounts server %1; refusing to send "
                                "the code and client secret there")
                    .arg(reason)));
            return;
        }
        server = callback.accountsServer;
    }
    const quint64 generation = m_generation;
    const QString location = callback.location;
    m_endpoint->exchangeAuthorizationCode(
        server, m_options.clientId, m_options.clientSecret, callback.code, m_redirectUri, m_pkce.verifier(),
        [this, generation, server, location](const TokenResponse &response) {
            if (generation == m_generation && m_running)
                exchanged(server, location, response);
        });
}

void OAuthSignIn::exchanged(const QUrl &accountsServer, const QString &location,
                            const TokenResponse &response)
{
    if (!response.ok()) {
        fail(response.error());
        return;
    }
    const ZohoEnvironment &environment = m_options.environment;
    const auto center = DataCenter::byAccountsUrl(accountsServer);

    SignInResult result;
    Token &token = result.token;
    token.clientId = m_options.clientId;
    token.clientSecret = m_options.clientSecret;
    token.refreshToken = response.refreshToken;
    token.accessToken = response.accessToken;
    token.expiryTime = response.expiryTime;
    token.redirectUrl = m_redirectUri;
    QUrl apiDomain = environment.resolveApiDomain(QUrl(response.apiDomain));
    if (response.apiDomain.isEmpty() && center)
        apiDomain = center->apiDomain(environment.environment());
    token.apiDomain = originText(apiDomain);
    token.accountsServer = originText(accountsServer);
    token.scopes = response.scopes.isEmpty() ? m_options.scopes : response.scopes;
    if (center)
        token.dataCenter = center->code();
    else if (DataCenter::byCode(location))
        token.dataCenter = location.toLower();
    else
        token.dataCenter = environment.dataCenterCode();
    token.environment = apiEnvironmentName(environment.environment());
    token.state = Token::RefreshOutcome::Active;
    if (response.refreshToken.isEmpty())
        qCWarning(lcOAuth) << "Zoho returned no refresh token: the token cannot be refreshed";

    if (!m_options.lookUpUser) {
        finish(std::move(result));
        return;
    }
    const quint64 generation = m_generation;
    m_userLookup->lookup(QUrl(token.apiDomain), token.accessToken,
                         [this, generation, result](const QString &email, const QString &error) mutable {
                             if (generation != m_generation || !m_running)
                                 return;
                             result.token.userName = email;
                             result.userLookupError = error;
                             finish(std::move(result));
                         });
}

void OAuthSignIn::finish(SignInResult result)
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    m_timeout.stop();
    m_listener.close();
    if (result.ok())
        qCInfo(lcOAuth).noquote() << "sign-in done at" << result.token.accountsServer;
    else
        qCWarning(lcOAuth).noquote() << "sign-in failed:" << OAuthError::kindName(result.error.kind());
    Q_EMIT finished(result);
}

void OAuthSignIn::finishLater(OAuthError error)
{
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation, error] {
        if (generation == m_generation)
            fail(error);
    });
}
