#pragma once

#include "storeerror.h"
#include "tokenchanges.h"
#include "tokensnapshot.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

class TokenStore;

// Sees changes that others make to a store (the CLI, a Zoho SDK, another instance, another machine on
// a shared database) within its interval, without reading every row while nothing changed: it polls
// TokenStore::changeStamp() (a stat, a PRAGMA, one counter row) and re-reads and diffs the rows only
// when the stamp moved. A store that cannot tell (an empty stamp) is re-read every `fullReadInterval`.
//
// Lives in the thread that uses the store (the facade's worker); every call and signal stays there.
class StoreWatcher : public QObject
{
    Q_OBJECT
public:
    explicit StoreWatcher(TokenStore *store, QObject *parent = nullptr);
    ~StoreWatcher() override;

    void setInterval(int milliseconds); // default 500
    void setFullReadInterval(int milliseconds); // default 5000; 0: never for a store without stamps

    // Reads the stamp, then every row (in that order, so that a change between the two is seen at the
    // next poll), emits `loaded` with them, and starts polling. When that read fails, it emits `failed`
    // and keeps polling; the rows then come with the recovery, as `changed` (every row added).
    void start();
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    // A poll now, as the timer would; changes are emitted before it returns.
    void poll();

    // What this process wrote itself, so that the next diff does not report it again. Answers the
    // change, for the caller to report.
    TokenChanges noteSaved(const Token &row);
    TokenChanges noteRemoved(const QString &id);
    TokenChanges noteReplaced(const TokenList &rows);

    const TokenSnapshot &snapshot() const { return m_snapshot; }
    // How many times the watcher read every row (start included): what polling costs.
    int fullReadCount() const { return m_fullReads; }
    bool isFailing() const { return m_failing; }

Q_SIGNALS:
    void loaded(const TokenList &rows);
    void changed(const TokenChanges &changes);
    // Polling failed (a locked file, a server that went away); `recovered` follows the next success.
    void failed(const StoreError &error);
    void recovered();

private:
    // Reads every row; `stamp` (taken before) becomes the known one only when that succeeds.
    // `initial`: start()'s read, answered by `loaded`; otherwise the difference goes to `changed`.
    bool reread(const QByteArray &stamp, bool initial);
    void fail(const StoreError &error);

    TokenStore *m_store;
    TokenSnapshot m_snapshot;
    QTimer m_timer;
    QByteArray m_stamp;
    qint64 m_lastFullReadMs = 0;
    int m_fullReadIntervalMs = 5000;
    bool m_failing = false;
    bool m_read = false; // the rows were read once since start()
    int m_fullReads = 0;
};
