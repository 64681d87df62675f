#include "sandboxserver.h"

#include "sandboxaccounts.h"
#include "sandboxcrm.h"
#include "sandboxhttplistener.h"
#include "sandboxlogging.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>

class SandboxServerPrivate
{
public:
    explicit SandboxServerPrivate(SandboxServer *owner)
        : q(owner)
        , crm(&accounts, SandboxServer::dataCenters())
    {
        accounts.clock = [this] { return clock(); };
        accounts.accountsUrl = [this](const QString &dc) { return url(dc, false); };
        accounts.apiDomain = [this](const QString &dc) { return url(dc, true); };
        crm.clock = [this] { return clock(); };
    }

    QUrl url(const QString &dc, bool api) const
    {
        const int i = int(SandboxServer::dataCenters().indexOf(dc));
        if (i < 0 || listeners.size() != SandboxServer::dataCenters().size() * 2)
            return {};
        QUrl u;
        u.setScheme(QStringLiteral("http"));
        u.setHost(QStringLiteral("127.0.0.1"));
        u.setPort(listeners.at(i * 2 + (api ? 1 : 0))->port());
        return u;
    }

    SandboxHttpResponse dispatch(const SandboxHttpRequest &request, const QString &dc, bool api,
                                 SandboxHttpListener *listener)
    {
        if (request.path.startsWith(QLatin1String("/__sandbox/")))
            return control(request);
        const bool faultable = (api || faults.includeAccounts)
            && (faults.pathContains.isEmpty() || request.path.contains(faults.pathContains));
        SandboxHttpResponse response;
        auto *rng = QRandomGenerator::global();
        const auto hit = [&](double rate) {
            return rate > 0 && (rate >= 1.0 || rng->generateDouble() < rate);
        };
        if (faultable && hit(faults.dropRate)) {
            response.drop = true;
        } else if (faultable && hit(faults.throttleRate)) {
            response = tooMany();
        } else if (faultable && faults.errorStatus > 0 && hit(faults.errorRate)) {
            response = SandboxHttpResponse::crmError(faults.errorStatus, QStringLiteral("INTERNAL_ERROR"),
                                                     QStringLiteral("Internal server error occurred."));
        } else if (api && listener->inFlight() > concurrencyLimit) {
            response = tooMany();
        } else {
            if (api) {
                response = crm.handle(request, dc);
            } else {
                response = accounts.handle(request, dc);
                if (request.path == QLatin1String("/oauth/v2/token"))
                    Q_EMIT q->tokenRequestServed(accounts.lastGrantType, accounts.lastSuccess);
            }
            if (faultable && hit(faults.malformedRate)) {
                response.status = 200;
                response.setHeader("Content-Type", "application/json;charset=UTF-8");
                response.body = R"({"data":[{"id":"3652397000000000001","Last_Name":"Tru)";
            }
        }
        if (api && response.status == 429 && response.header("X-RATELIMIT-LIMIT").isEmpty())
            response.setHeader("X-RATELIMIT-LIMIT", QByteArray::number(concurrencyLimit));
        if (faultable)
            response.delayMs = faults.latencyMs;
        return response;
    }

    static SandboxHttpResponse tooMany()
    {
        return SandboxHttpResponse::crmError(
            429, QStringLiteral("TOO_MANY_REQUESTS"),
            QStringLiteral("The concurrency limit of the user for the app is exceeded"));
    }

    // Loopback-only control endpoint, so a test in another process can switch faults and inspect counters.
    SandboxHttpResponse control(const SandboxHttpRequest &request)
    {
        if (!request.peer.isLoopback())
            return SandboxHttpResponse::json(403, { { "error", "loopback only" } });
        const QString what = request.path.mid(11);
        if (what == QLatin1String("faults")) {
            if (request.method == "DELETE") {
                faults = SandboxFaults();
            } else if (request.method == "POST") {
                QString spec = request.query.queryItemValue(QStringLiteral("spec"), QUrl::FullyDecoded);
                if (spec.isEmpty()) {
                    for (const auto &f : request.formFields()) {
                        if (f.first == QLatin1String("spec"))
                            spec = f.second;
                    }
                }
                if (spec.isEmpty())
                    spec = QString::fromUtf8(request.body).trimmed();
                SandboxFaults next;
                QString error;
                if (!next.apply(spec, &error))
                    return SandboxHttpResponse::json(400, { { "error", error } });
                faults = next;
                qCInfo(lcSandbox) << "faults set to" << faults.toString();
            }
            return SandboxHttpResponse::json(200, { { "faults", faults.toString() } });
        }
        if (what == QLatin1String("info"))
            return SandboxHttpResponse::json(200, QJsonDocument::fromJson(q->describeJson()).object());
        if (what == QLatin1String("counters")) {
            return SandboxHttpResponse::json(200,
                                             { { "token_requests", accounts.tokenRequests },
                                               { "code_exchanges", accounts.codeExchanges },
                                               { "refreshes", accounts.refreshes },
                                               { "api_requests", crm.requests } });
        }
        if (what == QLatin1String("expire") && request.method == "POST") {
            const QString token = request.query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
            if (token.isEmpty())
                accounts.expireAllAccessTokens();
            else if (!accounts.expireAccessToken(token))
                return SandboxHttpResponse::json(404, { { "error", "no such access token" } });
            return SandboxHttpResponse::json(200, { { "status", "success" } });
        }
        if (what == QLatin1String("auto-approve") && request.method == "POST") {
            accounts.autoApprove = request.query.queryItemValue(QStringLiteral("on")) != QLatin1String("0");
            return SandboxHttpResponse::json(200, { { "auto_approve", accounts.autoApprove } });
        }
        return SandboxHttpResponse::json(404, { { "error", "unknown control endpoint" } });
    }

    qint64 clock() const { return clockFn ? clockFn() : QDateTime::currentMSecsSinceEpoch(); }

    SandboxServer *q;
    SandboxAccounts accounts;
    SandboxCrm crm;
    SandboxFaults faults;
    SandboxServer::Clock clockFn;
    int concurrencyLimit = 10;
    QList<SandboxHttpListener *> listeners; // accounts, api per DC in dataCenters() order
};

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<SandboxServerPrivate>(this))
{ }

SandboxServer::~SandboxServer()
{
    stop();
}

QStringList SandboxServer::dataCenters()
{
    return { QStringLiteral("us"), QStringLiteral("eu"), QStringLiteral("in"), QStringLiteral("au"),
             QStringLiteral("cn"), QStringLiteral("jp"), QStringLiteral("ca"), QStringLiteral("sa") };
}

void SandboxServer::setRecordsPerModule(int count)
{
    d->crm.recordsPerModule = qMax(0, count);
}
void SandboxServer::setSeed(quint32 seed)
{
    d->crm.seed = seed;
}
void SandboxServer::setClock(Clock clock)
{
    d->clockFn = std::move(clock);
}
void SandboxServer::setAutoApprove(bool autoApprove)
{
    d->accounts.autoApprove = autoApprove;
}
void SandboxServer::setTokenLifetime(int seconds)
{
    d->accounts.tokenLifetimeS = qMax(1, seconds);
}
void SandboxServer::setCodeLifetime(int seconds)
{
    d->accounts.codeLifetimeS = qMax(1, seconds);
}
void SandboxServer::setConcurrencyLimit(int requests)
{
    d->concurrencyLimit = qMax(1, requests);
}
void SandboxServer::setThrottleHttpStatus(int status)
{
    d->accounts.throttleHttpStatus = status;
}
void SandboxServer::setSignedInUser(const QString &email)
{
    d->accounts.signedInUser = email;
}
QString SandboxServer::signedInUser() const
{
    return d->accounts.signedInUser;
}

void SandboxServer::setUserDataCenter(const QString &email, const QString &dc)
{
    if (!dataCenters().contains(dc)) {
        qCWarning(lcSandbox) << "unknown data center" << dc;
        return;
    }
    d->accounts.userDataCenters.insert(email.toLower(), dc);
}

QString SandboxServer::clientId() const
{
    return d->accounts.defaultClient().id;
}
QString SandboxServer::clientSecret() const
{
    return d->accounts.defaultClient().secret;
}

void SandboxServer::registerClient(const QString &clientId, const QString &clientSecret,
                                   const QStringList &redirectUris)
{
    d->accounts.registerClient({ clientId, clientSecret, redirectUris, false });
}

bool SandboxServer::start(quint16 basePort)
{
    if (isRunning())
        return true;
    const QStringList dcs = dataCenters();
    for (int i = 0; i < dcs.size(); ++i) {
        for (int api = 0; api < 2; ++api) {
            const QString dc = dcs.at(i);
            auto *listener = new SandboxHttpListener(this);
            listener->setHandler([this, dc, api, listener](const SandboxHttpRequest &r) {
                return d->dispatch(r, dc, api == 1, listener);
            });
            const quint16 port = basePort == 0 ? 0 : quint16(basePort + i * 2 + api);
            if (!listener->listen(port)) {
                qCWarning(lcSandbox) << "cannot listen on 127.0.0.1 port" << port << listener->errorString();
                delete listener;
                stop();
                return false;
            }
            d->listeners.append(listener);
        }
    }
    qCInfo(lcSandbox) << "sandbox listening; us accounts" << accountsUrl().toString() << "api"
                      << apiDomain().toString();
    return true;
}

void SandboxServer::stop()
{
    for (SandboxHttpListener *l : std::as_const(d->listeners)) {
        l->close();
        l->deleteLater();
    }
    d->listeners.clear();
}

bool SandboxServer::isRunning() const
{
    return !d->listeners.isEmpty();
}
QUrl SandboxServer::accountsUrl(const QString &dc) const
{
    return d->url(dc, false);
}
QUrl SandboxServer::apiDomain(const QString &dc) const
{
    return d->url(dc, true);
}

QByteArray SandboxServer::describeJson() const
{
    QJsonObject dcs;
    for (const QString &dc : dataCenters())
        dcs.insert(
            dc,
            QJsonObject { { "accounts", accountsUrl(dc).toString() }, { "api", apiDomain(dc).toString() } });
    return QJsonDocument(QJsonObject { { "client_id", clientId() },
                                       { "client_secret", clientSecret() },
                                       { "redirect_uri", "http://localhost:PORT/callback" },
                                       { "user", signedInUser() },
                                       { "dcs", dcs } })
        .toJson(QJsonDocument::Compact);
}

void SandboxServer::setFaults(const SandboxFaults &faults)
{
    d->faults = faults;
}
SandboxFaults SandboxServer::faults() const
{
    return d->faults;
}
void SandboxServer::clearFaults()
{
    d->faults = SandboxFaults();
}
void SandboxServer::setLatency(int ms)
{
    d->faults.latencyMs = qMax(0, ms);
}

void SandboxServer::setErrorRate(int status, double rate)
{
    d->faults.errorStatus = status;
    d->faults.errorRate = rate;
}

void SandboxServer::setMalformedRate(double rate)
{
    d->faults.malformedRate = rate;
}
void SandboxServer::setDropRate(double rate)
{
    d->faults.dropRate = rate;
}
void SandboxServer::setThrottleRate(double rate)
{
    d->faults.throttleRate = rate;
}

QString SandboxServer::createGrantCode(const QString &scopes, const QString &email, const QString &dc,
                                       bool offline)
{
    return d->accounts.createGrantCode(
        clientId(), scopes.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts), email,
        dc, offline);
}

bool SandboxServer::expireAccessToken(const QString &accessToken)
{
    return d->accounts.expireAccessToken(accessToken);
}
void SandboxServer::expireAllAccessTokens()
{
    d->accounts.expireAllAccessTokens();
}
bool SandboxServer::revokeToken(const QString &token)
{
    return d->accounts.revoke(token);
}

bool SandboxServer::isAccessTokenValid(const QString &accessToken) const
{
    const SandboxAccounts::AccessToken *at = d->accounts.findAccessToken(accessToken);
    return at && d->accounts.isAccessTokenLive(*at);
}

bool SandboxServer::isRefreshTokenValid(const QString &refreshToken) const
{
    return d->accounts.isRefreshTokenValid(refreshToken);
}

int SandboxServer::tokenRequestCount() const
{
    return d->accounts.tokenRequests;
}
int SandboxServer::codeExchangeCount() const
{
    return d->accounts.codeExchanges;
}
int SandboxServer::refreshCount() const
{
    return d->accounts.refreshes;
}
int SandboxServer::refreshCount(const QString &refreshToken) const
{
    return d->accounts.refreshCount(refreshToken);
}

int SandboxServer::liveAccessTokenCount(const QString &refreshToken) const
{
    return d->accounts.liveAccessTokenCount(refreshToken);
}

int SandboxServer::liveRefreshTokenCount(const QString &email) const
{
    return d->accounts.liveRefreshTokenCount(email, clientId());
}

int SandboxServer::apiRequestCount() const
{
    return d->crm.requests;
}
int SandboxServer::recordCount(const QString &module) const
{
    return d->crm.recordCount(QStringLiteral("us"), module);
}

void SandboxServer::resetCounters()
{
    d->accounts.tokenRequests = 0;
    d->accounts.codeExchanges = 0;
    d->accounts.refreshes = 0;
    d->crm.requests = 0;
}
