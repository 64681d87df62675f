#pragma once

#include <QObject>
#include <QProcess>
#include <QString>
#include <QUrl>

// The shipped `zcrm-sandbox` as a child process on free ports, for a new user's "Try the sandbox":
// start() runs it, ready() reports where it listens and the client it accepts (read from its
// machine-readable SANDBOX line), failed() says why not. It stops with this object.
class SandboxProcess : public QObject
{
    Q_OBJECT
public:
    struct Endpoints
    {
        QUrl accountsUrl; // the "us" data center's accounts server
        QUrl apiDomain;
        QString clientId;
        QString clientSecret;
        QString user;
    };

    explicit SandboxProcess(QObject *parent = nullptr);
    ~SandboxProcess() override;

    // Where the executable is looked for: beside this program, in the build tree's app/sandbox, on PATH.
    static QString locateExecutable();
    void setExecutable(const QString &path) { m_executable = path; }
    void setArguments(const QStringList &arguments) { m_arguments = arguments; }

    void start();
    void stop();
    bool isRunning() const { return m_process->state() != QProcess::NotRunning; }
    bool isReady() const { return m_ready; }
    const Endpoints &endpoints() const { return m_endpoints; }

Q_SIGNALS:
    void ready(const SandboxProcess::Endpoints &endpoints);
    void failed(const QString &message);

private:
    void readOutput();

    QProcess *m_process; // a child, or on its own while a killed sandbox ends (see the destructor)
    QString m_executable;
    QStringList m_arguments;
    QByteArray m_buffer;
    Endpoints m_endpoints;
    bool m_ready = false;
    bool m_stopping = false;
};
