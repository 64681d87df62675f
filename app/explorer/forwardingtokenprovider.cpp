#include "forwardingtokenprovider.h"

#include <QDateTime>
#include <QPointer>

ForwardingTokenProvider::ForwardingTokenProvider(Forward forward, QObject *parent)
    : AccessTokenProvider(parent)
    , m_forward(std::move(forward))
{ }

void ForwardingTokenProvider::requestAccessToken(const QString &tokenId, bool forceRefresh,
                                                 const QString &rejectedAccessToken, Callback callback)
{
    if (forceRefresh) {
        m_given.remove(tokenId);
    } else if (auto it = m_given.constFind(tokenId); it != m_given.constEnd()) {
        const bool fresh = it->age.elapsed() < reuseMs
            && it->result.expiryTime - QDateTime::currentMSecsSinceEpoch() > 60 * 1000;
        if (fresh) {
            // Through the event loop, as AccessTokenProvider promises.
            QMetaObject::invokeMethod(
                this, [callback = std::move(callback), result = it->result] { callback(result); },
                Qt::QueuedConnection);
            return;
        }
        m_given.erase(it);
    }
    QPointer<ForwardingTokenProvider> self(this);
    m_forward(tokenId, forceRefresh, rejectedAccessToken,
              [self, tokenId, callback = std::move(callback)](const AccessTokenResult &result) {
                  if (self && result.ok()) {
                      Given given { result, {} };
                      given.age.start();
                      self->m_given.insert(tokenId, given);
                  }
                  callback(result);
              });
}
