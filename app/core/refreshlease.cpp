#include "refreshlease.h"

#include "oauthlogging.h"
#include "tokenstore.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

RefreshLease::RefreshLease(TokenStore *store, QString owner)
    : m_store(store)
    , m_owner(std::move(owner))
{ }

RefreshLease::Outcome RefreshLease::tryAcquire(const QString &tokenId, qint64 waitedMs, StoreError *error)
{
    auto acquired = m_store->tryAcquireLease(tokenId, m_owner, m_options.durationMs);
    if (!acquired) {
        if (error)
            *error = acquired.error();
        return Outcome::Failed;
    }
    if (acquired.value())
        return Outcome::Acquired;
    if (waitedMs > m_options.durationMs + 10 * m_options.pollMs)
        return Outcome::GaveUp;
    qCDebug(lcTokenService) << "token" << tokenId << "is leased by another process; waiting";
    return Outcome::HeldElsewhere;
}

void RefreshLease::release(const QString &tokenId)
{
    auto released = m_store->releaseLease(tokenId, m_owner);
    if (!released)
        qCWarning(lcTokenService).noquote()
            << "cannot release the lease of token" << tokenId << ":" << released.error().toString();
}

void RefreshLease::pollLater(QObject *context, const QString &tokenId,
                             std::function<void(const StoreResult<std::optional<Token>> &)> reread)
{
    TokenStore *store = m_store;
    QTimer::singleShot(m_options.pollMs, context, [store, tokenId, reread = std::move(reread)] {
        reread(store->findTokenById(tokenId));
    });
}
