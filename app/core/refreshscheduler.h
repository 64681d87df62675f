#pragma once

#include "accesstokenprovider.h"
#include "refreshschedulerstate.h"
#include "tokenchanges.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <set>
#include <utility>

class TokenService;

// Keeps every token of one store fresh (DESIGN "Desktop", issue "Keep every token fresh"): one QTimer
// armed for the next token that is due (expiry - its lead, later when its backoff or Zoho's limits say
// so), no loop over the store. Due tokens go to the TokenService, which takes the store's lease, so that
// the CLI, the SDKs and other machines never refresh the same token twice; one refresh per token at a
// time, at most `maxConcurrent` at once. The policy (lead and jitter, mint ledger, backoff) is the
// service's own objects, not a copy.
//
// It learns the tokens from the store's watcher (setTokens, applyChanges) and re-plans on every change.
// Suspend and clock changes: at each wake it compares how far the wall clock moved with how far the
// monotonic clock moved (which stops while the machine sleeps); a difference is a resume or a jump, and
// everything is re-planned. The timer never sleeps longer than `maxSleepMs`, so a resume is seen soon.
//
// Both clocks are injected (the wall clock is the service's): tests run hours in milliseconds by moving
// them and calling wake(), as the timer would. Lives on the service's thread.
class RefreshScheduler : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<qint64()>;

    struct Options
    {
        int maxConcurrent = 4;
        qint64 maxSleepMs = 60 * 1000;
        qint64 jumpToleranceMs = 5 * 1000; // wall - monotonic drift per wake that counts as a jump
        qint64 retryMs = 5 * 1000; // a token still due after an attempt waits at least this
    };

    explicit RefreshScheduler(TokenService *service, QObject *parent = nullptr);
    ~RefreshScheduler() override;

    void setOptions(const Options &options);
    const Options &options() const { return m_options; }
    // ms from any fixed point, not moved by clock changes, stopped while suspended (the default:
    // QElapsedTimer, CLOCK_MONOTONIC on Linux).
    void setMonotonicClock(Clock clock);

    // Every token of the store (a store opened), then what changed.
    void setTokens(const TokenList &tokens);
    void applyChanges(const TokenChanges &changes);
    void clear();

    void pause();
    void resume();
    bool isPaused() const { return m_paused; }
    // Every refreshable token now (a person asked), through the same queue, cap and limits.
    void refreshAll();

    // What the timer does when it fires: checks the clocks, starts what is due, re-arms.
    void wake();
    // When the timer is armed to fire (wall ms), or RefreshPolicy::kNever when it is not armed.
    qint64 nextWakeAt() const { return m_timer.isActive() ? m_nextWakeAt : kNever; }
    // The earliest planned refresh (wall ms), kNever when none.
    qint64 nextDueAt() const;
    int inFlight() const { return m_inFlight; }
    int plannedCount() const { return int(m_queue.size()); }
    const QTimer &timer() const { return m_timer; }
    RefreshSchedulerState state() const;
    qint64 refreshCount() const { return m_refreshes; }
    qint64 failureCount() const { return m_failures; }
    int jumpCount() const { return m_jumps; }
    // How many times the timer started the service on a due token (a token re-planned counts again).
    qint64 attemptCount() const { return m_attempts; }

Q_SIGNALS:
    void refreshed(const QString &tokenId, qint64 expiryTime);
    void refreshFailed(const QString &tokenId, const QString &message);
    void signInNeeded(const QString &tokenId, const QString &message);
    // The wall clock moved `deltaMs` more than the monotonic clock since the last wake: a resume from
    // suspend (positive) or a clock change.
    void clockJumped(qint64 deltaMs);
    // Coalesced: at most once per event-loop pass.
    void stateChanged(const RefreshSchedulerState &state);

private:
    static constexpr qint64 kNever = std::numeric_limits<qint64>::max();
    struct Entry
    {
        Token token; // secrets replaced by a marker: the policy only needs to know they exist
        QString ledgerKey;
        qint64 dueAt = kNever;
        bool inFlight = false;
        bool forceNext = false; // refreshAll: replace the access token even if it is fresh
        bool failing = false;
        QString lastMessage;
    };
    using QueueKey = std::pair<qint64, QString>;

    qint64 wallNow() const;
    void upsert(const Token &token);
    void erase(const QString &id);
    // Puts `entry` in the queue at its due time, or out of it when it cannot be refreshed.
    void plan(const QString &id, Entry &entry, qint64 now);
    void unqueue(const QString &id, Entry &entry);
    void replanAll(qint64 now);
    void startDue(qint64 now);
    void start(const QString &id, Entry &entry);
    void finished(const QString &id, const AccessTokenResult &result);
    void arm(qint64 now);
    bool checkClocks(qint64 wall);
    void stateDirty();

    QPointer<TokenService> m_service;
    Options m_options;
    Clock m_monotonic;
    QElapsedTimer m_elapsed;
    QTimer m_timer;
    QTimer m_stateTimer;
    QHash<QString, Entry> m_entries;
    std::set<QueueKey> m_queue;
    qint64 m_nextWakeAt = kNever;
    qint64 m_lastWall = 0;
    qint64 m_lastMonotonic = 0;
    bool m_clocksRead = false;
    bool m_paused = false;
    bool m_running = false;
    int m_inFlight = 0;
    qint64 m_refreshes = 0;
    qint64 m_failures = 0;
    qint64 m_attempts = 0;
    int m_jumps = 0;
    quint64 m_generation = 0; // answers of a cleared plan are dropped
};
