#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <limits>

// What the refresh scheduler sums up for a person (the tray's icon, tooltip and menu): how many tokens
// are fresh, expiring (within their lead, or being refreshed), failing (a refresh failed, backing off),
// or need a new sign-in, and whether refreshing is paused.
struct RefreshSchedulerState
{
    struct SignInNeeded
    {
        QString tokenId;
        QString userName;
        QString message;
    };

    int tokens = 0;
    int fresh = 0;
    int expiring = 0;
    int failing = 0;
    QList<SignInNeeded> needSignIn;
    int inFlight = 0;
    bool paused = false;
    bool running = false; // a store is open and its tokens are planned
    qint64 nextDueAt = std::numeric_limits<qint64>::max(); // ms since the epoch
    qint64 refreshes = 0; // since start
    qint64 failures = 0;

    static void registerMetaType();
};

Q_DECLARE_METATYPE(RefreshSchedulerState)
