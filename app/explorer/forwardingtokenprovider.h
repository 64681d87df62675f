#pragma once

#include "accesstokenprovider.h"

#include <QElapsedTimer>
#include <QHash>

#include <functional>

// An AccessTokenProvider that hands each request to a function (which takes it to another
// thread's token source). The function must answer through the event loop, never synchronously.
//
// A token it was given is handed out again for a few seconds (while it has more than a minute to
// live) without asking: fetching all pages asks once per page, and each ask is a round trip through
// two other threads. A forced refresh (CRM refused the token) always asks.
class ForwardingTokenProvider : public AccessTokenProvider
{
    Q_OBJECT
public:
    using Forward =
        std::function<void(const QString &tokenId, bool forceRefresh, const QString &rejected, Callback)>;
    static constexpr qint64 reuseMs = 10 * 1000;

    explicit ForwardingTokenProvider(Forward forward, QObject *parent = nullptr);

    void requestAccessToken(const QString &tokenId, bool forceRefresh, const QString &rejectedAccessToken,
                            Callback callback) override;

private:
    struct Given
    {
        AccessTokenResult result;
        QElapsedTimer age;
    };

    Forward m_forward;
    QHash<QString, Given> m_given; // by token id
};
