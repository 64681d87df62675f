#pragma once

#include "accesstokenprovider.h"
#include "crmrequest.h"
#include "crmresponse.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class CrmClient;
class QNetworkReply;

// One CRM call in flight, made by CrmClient::send(): token, HTTP request, at most one refresh and
// retry on 401 INVALID_TOKEN. finished() comes exactly once, never from inside send().
class CrmReply : public QObject
{
    Q_OBJECT

public:
    ~CrmReply() override;

    const CrmRequest &request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    // Valid once finished() came.
    const CrmResponse &response() const { return m_response; }

    // Finishes at once with a Cancelled error (no-op when finished).
    void abort();

Q_SIGNALS:
    void finished();

private:
    friend class CrmClient;
    enum class Phase { Idle, WaitingForToken, WaitingForAnswer, Done };

    CrmReply(CrmClient *client, const CrmRequest &request, int timeoutMs);

    void start();
    void requestToken(bool forceRefresh);
    void onToken(const AccessTokenResult &result);
    void sendHttp();
    void onHttpReadyRead();
    void onHttpFinished();
    void onTimeout();
    void finish(CrmResponse response);
    bool isRetryableAuthFailure(const CrmResponse &response) const;

    CrmClient *m_client;
    CrmRequest m_request;
    int m_timeoutMs;
    Phase m_phase = Phase::Idle;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    QPointer<QNetworkReply> m_networkReply;
    QByteArray m_body; // of the answer being received
    quint64 m_tokenGeneration = 0; // a late token callback of an earlier phase is ignored
    QString m_accessToken;
    QString m_apiDomain;
    int m_attempts = 0;
    bool m_refreshed = false;
    bool m_timedOut = false;
    bool m_aborted = false;
    bool m_finished = false;
    CrmResponse m_response;
};
