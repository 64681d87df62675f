#pragma once

#include "accesstokenprovider.h"

#include <functional>

// An AccessTokenProvider that hands each request to a function (which takes it to another
// thread's token source). The function must answer through the event loop, never synchronously.
class ForwardingTokenProvider : public AccessTokenProvider
{
    Q_OBJECT
public:
    using Forward =
        std::function<void(const QString &tokenId, bool forceRefresh, const QString &rejected, Callback)>;

    explicit ForwardingTokenProvider(Forward forward, QObject *parent = nullptr);

    void requestAccessToken(const QString &tokenId, bool forceRefresh, const QString &rejectedAccessToken,
                            Callback callback) override;

private:
    Forward m_forward;
};
