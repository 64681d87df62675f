#include "crmclient.h"

#include "accesstokenprovider.h"
#include "crmpager.h"
#include "crmreply.h"

#include <QMetaObject>
#include <QNetworkAccessManager>

CrmClient::CrmClient(QNetworkAccessManager *network, AccessTokenProvider *tokens, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_tokens(tokens)
{ }

CrmClient::~CrmClient() = default;

void CrmClient::setTimeoutMs(int ms)
{
    m_timeoutMs = ms > 0 ? ms : defaultTimeoutMs;
}

CrmReply *CrmClient::send(const CrmRequest &request)
{
    CrmRequest effective = request;
    if (effective.tokenId().isEmpty())
        effective.setTokenId(m_defaultTokenId);
    auto *reply = new CrmReply(this, effective, request.timeoutMs() > 0 ? request.timeoutMs() : m_timeoutMs);
    QMetaObject::invokeMethod(reply, &CrmReply::start, Qt::QueuedConnection);
    return reply;
}

CrmPager *CrmClient::fetchAllPages(const CrmRequest &request)
{
    auto *pager = new CrmPager(this, request);
    QMetaObject::invokeMethod(pager, &CrmPager::start, Qt::QueuedConnection);
    return pager;
}
