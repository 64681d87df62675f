#include "crmreply.h"

#include "crmclient.h"
#include "crmlogging.h"

#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <utility>

namespace {

const QByteArray kAuthorization = QByteArrayLiteral("Authorization");

bool isTransportError(QNetworkReply::NetworkError error)
{
    // 1-199: connection and proxy errors; ProtocolFailure: a broken HTTP answer. The content and server
    // ranges (201-299, 401-499) only mirror HTTP statuses, which CrmResponse classifies itself.
    return (error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied)
        || error == QNetworkReply::ProtocolFailure;
}

} // namespace

CrmReply::CrmReply(CrmClient *client, const CrmRequest &request, int timeoutMs)
    : QObject(client)
    , m_client(client)
    , m_request(request)
    , m_timeoutMs(timeoutMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &CrmReply::onTimeout);
}

CrmReply::~CrmReply()
{
    if (m_networkReply) {
        m_networkReply->disconnect(this);
        m_networkReply->abort();
        m_networkReply->deleteLater();
    }
}

void CrmReply::start()
{
    if (m_phase != Phase::Idle)
        return;
    m_elapsed.start();
    requestToken(false);
}

void CrmReply::requestToken(bool forceRefresh)
{
    AccessTokenProvider *provider = m_client->tokenProvider();
    if (!provider) {
        AccessTokenResult result;
        result.failure = AccessTokenResult::Failure::Store;
        result.message = CrmReply::tr("the CRM client has no access token provider");
        finish(CrmResponse::fromError(CrmError::fromToken(result)));
        return;
    }
    m_phase = Phase::WaitingForToken;
    const quint64 generation = ++m_tokenGeneration;
    m_timer.start(m_timeoutMs);
    QPointer<CrmReply> self(this);
    provider->requestAccessToken(m_request.tokenId(), forceRefresh, forceRefresh ? m_accessToken : QString(),
                                 [self, generation](const AccessTokenResult &result) {
                                     if (self && self->m_tokenGeneration == generation
                                         && self->m_phase == Phase::WaitingForToken)
                                         self->onToken(result);
                                 });
}

void CrmReply::onToken(const AccessTokenResult &result)
{
    m_timer.stop();
    if (!result.ok()) {
        AccessTokenResult failed = result;
        if (m_refreshed) // keep the story: CRM refused the token, and getting a new one failed
            failed.message = CrmReply::tr("CRM rejected the access token and refreshing it failed: %1")
                                 .arg(result.message);
        finish(CrmResponse::fromError(CrmError::fromToken(failed)));
        return;
    }
    if (result.apiDomain.isEmpty()) {
        AccessTokenResult missing = result;
        missing.failure = AccessTokenResult::Failure::Store;
        missing.message = CrmReply::tr("token %1 has no API domain").arg(result.tokenId);
        finish(CrmResponse::fromError(CrmError::fromToken(missing)));
        return;
    }
    m_accessToken = result.accessToken;
    m_apiDomain = result.apiDomain;
    sendHttp();
}

void CrmReply::sendHttp()
{
    QNetworkAccessManager *network = m_client->network();
    if (!network) {
        finish(CrmResponse::fromError(
            CrmError(CrmError::Kind::Network, CrmReply::tr("the CRM client has no network access manager"))));
        return;
    }
    ++m_attempts;
    m_phase = Phase::WaitingForAnswer;
    m_timedOut = false;

    QNetworkRequest request(m_request.url(QUrl(m_apiDomain)));
    // A redirect is reported, not followed: the token must not travel to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    bool hasContentType = false;
    for (const auto &header : m_request.headers()) {
        if (header.first.compare(kAuthorization, Qt::CaseInsensitive) == 0)
            continue;
        if (header.first.compare("Content-Type", Qt::CaseInsensitive) == 0)
            hasContentType = true;
        request.setRawHeader(header.first, header.second);
    }
    if (!m_request.body().isEmpty() && !hasContentType)
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(kAuthorization, "Zoho-oauthtoken " + m_accessToken.toUtf8());

    qCDebug(lcCrm) << "sending" << m_request.method() << m_request.path() << "attempt" << m_attempts;
    m_networkReply = network->sendCustomRequest(request, m_request.method(), m_request.body());
    m_body = QByteArray();
    // The body is taken as it comes into one buffer sized by Content-Length: the reply's own buffer
    // stays small, and a 50 MB answer is not held twice (its chunks and their concatenation).
    connect(m_networkReply, &QNetworkReply::readyRead, this, &CrmReply::onHttpReadyRead);
    connect(m_networkReply, &QNetworkReply::finished, this, &CrmReply::onHttpFinished);
    m_timer.start(m_timeoutMs);
}

void CrmReply::onHttpReadyRead()
{
    QNetworkReply *reply = m_networkReply;
    if (!reply || reply != sender())
        return;
    if (m_body.isEmpty()) {
        // A hostile or wrong length must not reserve gigabytes: beyond the cap the buffer grows.
        constexpr qint64 maxReserve = 256 * 1024 * 1024;
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (length > 0)
            m_body.reserve(qsizetype(qMin(length, maxReserve)));
    }
    m_body.append(reply->readAll());
}

void CrmReply::onHttpFinished()
{
    QNetworkReply *reply = m_networkReply;
    if (!reply || reply != sender())
        return;
    m_networkReply = nullptr;
    reply->deleteLater();
    m_timer.stop();
    QByteArray body = std::exchange(m_body, QByteArray());

    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QNetworkReply::NetworkError networkError = reply->error();
    const QUrl url = reply->url();
    if (m_aborted) {
        finish(
            CrmResponse::fromError(CrmError(CrmError::Kind::Cancelled, CrmReply::tr("request cancelled"))));
        return;
    }
    if (m_timedOut) {
        CrmError error(CrmError::Kind::Timeout,
                       CrmReply::tr("no complete answer from %1 within %2 ms")
                           .arg(url.host() + QLatin1Char(':') + QString::number(url.port()))
                           .arg(m_timeoutMs));
        finish(CrmResponse::fromError(error));
        return;
    }
    if (!statusAttribute.isValid() || isTransportError(networkError)) {
        CrmError error(CrmError::Kind::Network,
                       statusAttribute.isValid()
                           ? CrmReply::tr("the answer was cut off: %1").arg(reply->errorString())
                           : reply->errorString());
        error.setHttpStatus(statusAttribute.toInt());
        finish(CrmResponse::fromError(error));
        return;
    }

    body.append(reply->readAll());
    CrmResponse response = CrmResponse::fromHttp(
        statusAttribute.toInt(), reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray(),
        reply->rawHeaderPairs(), std::exchange(body, QByteArray()),
        CrmResponse::recordStatusFor(m_request.method()),
        m_request.recordsAsBytes() ? CrmResponse::Parse::RecordsAsBytes : CrmResponse::Parse::Full);
    response.setUrl(url);
    if (reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool())
        response.setHttpVersion("HTTP/2");
    qCDebug(lcCrm) << m_request.method() << m_request.path() << "->" << response.httpStatus() << "in"
                   << m_elapsed.elapsed() << "ms";

    if (isRetryableAuthFailure(response) && !m_refreshed) {
        qCDebug(lcCrm) << "CRM answered" << response.error().code() << "for" << m_request.path()
                       << "; asking for a fresh access token and retrying once";
        m_refreshed = true;
        requestToken(true);
        return;
    }
    finish(std::move(response));
}

bool CrmReply::isRetryableAuthFailure(const CrmResponse &response) const
{
    // Zoho CRM v8 "Status codes" (zoho.com/crm/developer/docs/api/v8/status-codes.html): refresh on
    // INVALID_TOKEN / AUTHENTICATION_FAILURE, never on OAUTH_SCOPE_MISMATCH (that needs consent to more
    // scopes, a new token would be refused the same way).
    const QString &code = response.error().code();
    return response.httpStatus() == 401
        && (code == QLatin1String("INVALID_TOKEN") || code == QLatin1String("AUTHENTICATION_FAILURE"));
}

void CrmReply::onTimeout()
{
    if (m_phase == Phase::WaitingForToken) {
        ++m_tokenGeneration;
        finish(CrmResponse::fromError(CrmError(CrmError::Kind::Timeout,
                                               CrmReply::tr("no access token for token %1 within %2 ms")
                                                   .arg(m_request.tokenId())
                                                   .arg(m_timeoutMs))));
        return;
    }
    if (m_phase == Phase::WaitingForAnswer && m_networkReply) {
        m_timedOut = true;
        m_networkReply->abort(); // emits finished(), handled in onHttpFinished()
    }
}

void CrmReply::abort()
{
    if (m_finished)
        return;
    m_aborted = true;
    ++m_tokenGeneration;
    if (m_networkReply) {
        m_networkReply->abort();
        return;
    }
    finish(CrmResponse::fromError(CrmError(CrmError::Kind::Cancelled, CrmReply::tr("request cancelled"))));
}

void CrmReply::finish(CrmResponse response)
{
    if (m_finished)
        return;
    m_timer.stop();
    m_phase = Phase::Done;
    m_finished = true;
    response.setAttempts(m_attempts);
    response.setTokenRefreshed(m_refreshed);
    response.setElapsedMs(m_elapsed.isValid() ? m_elapsed.elapsed() : 0);
    m_response = std::move(response);
    if (!m_response.ok())
        qCDebug(lcCrm) << m_request.method() << m_request.path()
                       << "failed:" << m_response.error().toString();
    emit finished();
}
