#include "forwardingtokenprovider.h"

ForwardingTokenProvider::ForwardingTokenProvider(Forward forward, QObject *parent)
    : AccessTokenProvider(parent)
    , m_forward(std::move(forward))
{ }

void ForwardingTokenProvider::requestAccessToken(const QString &tokenId, bool forceRefresh,
                                                 const QString &rejectedAccessToken, Callback callback)
{
    m_forward(tokenId, forceRefresh, rejectedAccessToken, std::move(callback));
}
