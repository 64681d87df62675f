#pragma once

#include "accesstokenprovider.h"
#include "crmrequest.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QString>

class CrmPager;
class CrmReply;

// Asynchronous client of the Zoho CRM v8 REST API. Sends `{api_domain}/crm/v8/{path}` with
// `Authorization: Zoho-oauthtoken …`, the access token and API domain coming from the
// AccessTokenProvider. A 401 INVALID_TOKEN (or AUTHENTICATION_FAILURE) asks the provider once for a
// fresh token and retries once; every request has a timeout. Both the network access manager and
// the token provider are injected and must outlive the client; one manager for all calls keeps
// the connection alive between pages. Lives in, and must be used from, one thread.
class CrmClient : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultTimeoutMs = 30000;

    CrmClient(QNetworkAccessManager *network, AccessTokenProvider *tokens, QObject *parent = nullptr);
    ~CrmClient() override;

    // Per HTTP attempt, and for the wait for a token; a request may set its own.
    void setTimeoutMs(int ms);
    int timeoutMs() const { return m_timeoutMs; }

    // The stored token used when a request names none.
    void setDefaultTokenId(const QString &tokenId) { m_defaultTokenId = tokenId; }
    const QString &defaultTokenId() const { return m_defaultTokenId; }

    // Starts the call on the next turn of the event loop. The reply is a child of the client: delete it
    // (deleteLater) once finished() came, or abort() it; it emits finished() exactly once.
    CrmReply *send(const CrmRequest &request);

    // Fetches every page of a list (GET records, search, deleted, users …): `page`/`per_page` (200
    // unless the request sets it) up to the first 2,000 records, then `page_token` from
    // info.next_page_token, until info.more_records is false. Pages come one after the other, in
    // order, through CrmPager::pageReceived(). Same ownership rule as send().
    CrmPager *fetchAllPages(const CrmRequest &request);

    QNetworkAccessManager *network() const { return m_network; }
    AccessTokenProvider *tokenProvider() const { return m_tokens; }

private:
    QPointer<QNetworkAccessManager> m_network;
    QPointer<AccessTokenProvider> m_tokens;
    int m_timeoutMs = defaultTimeoutMs;
    QString m_defaultTokenId;
};
