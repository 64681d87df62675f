#pragma once

#include "sandboxtokens.h"

#include <QThread>

#include <functional>

class SandboxServer;

// The in-process sandbox on a thread of its own, so that a test measuring the GUI thread's gaps
// measures the application, not the server. run() starts it, mints a token (real HTTP, on that
// thread) and serves until quit().
class SandboxThread : public QThread
{
    Q_OBJECT
public:
    explicit SandboxThread(int recordsPerModule, QObject *parent = nullptr);
    ~SandboxThread() override;

    // Starts and waits until the sandbox serves and the token is minted; false if it failed.
    bool startAndWait();
    const SandboxToken &token() const { return m_token; }
    // The stored form of token(), for a store.
    const Token &storedToken() const { return m_stored; }
    // Runs `work` on the sandbox's thread with the server, and waits for it (faults, expiry).
    void onServer(const std::function<void(SandboxServer &)> &work);

protected:
    void run() override;

private:
    int m_records;
    SandboxServer *m_server = nullptr;
    SandboxToken m_token;
    Token m_stored;
    bool m_ok = false;
    QObject *m_anchor = nullptr; // lives on the thread; invokeMethod's target
};
