#include "sandboxprocess.h"

#include "facadelogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

SandboxProcess::SandboxProcess(QObject *parent)
    : QObject(parent)
    , m_process(new QProcess(this))
{
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->setStandardErrorFile(QProcess::nullDevice());
    connect(m_process, &QProcess::readyReadStandardOutput, this, &SandboxProcess::readOutput);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            Q_EMIT failed(tr("The sandbox could not be started: %1").arg(m_process->errorString()));
    });
    connect(m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus) {
        if (!m_ready && !m_stopping)
            Q_EMIT failed(tr("The sandbox stopped before it was ready (exit code %1).").arg(exitCode));
        m_ready = false;
        m_stopping = false;
    });
}

SandboxProcess::~SandboxProcess()
{
    if (m_process->state() == QProcess::NotRunning) {
        delete m_process;
        return;
    }
    // Killed, and reaped once it is gone: destroying a running QProcess would wait for it here.
    disconnect(m_process, nullptr, this, nullptr);
    m_process->setParent(nullptr);
    QObject::connect(m_process, &QProcess::finished, m_process, &QObject::deleteLater);
    m_process->kill();
}

QString SandboxProcess::locateExecutable()
{
    const QString name = QStringLiteral("zcrm-sandbox");
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate :
         { here.filePath(name), here.filePath(QStringLiteral("../sandbox/") + name),
           here.filePath(QStringLiteral("../../app/sandbox/") + name) }) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return QStandardPaths::findExecutable(name);
}

void SandboxProcess::start()
{
    if (isRunning())
        return;
    const QString executable = m_executable.isEmpty() ? locateExecutable() : m_executable;
    if (executable.isEmpty()) {
        Q_EMIT failed(tr("The sandbox program (zcrm-sandbox) is not installed."));
        return;
    }
    m_ready = false;
    m_buffer.clear();
    QStringList arguments { QStringLiteral("--port"), QStringLiteral("0") };
    arguments += m_arguments;
    qCInfo(lcFacade).noquote() << "starting the sandbox:" << executable;
    m_process->start(executable, arguments);
}

void SandboxProcess::stop()
{
    if (m_process->state() == QProcess::NotRunning)
        return;
    m_ready = false;
    m_stopping = true; // its end is ours, not a failure to report
    // The sandbox holds no data worth a goodbye: kill() ends it at once, without waiting here.
    m_process->kill();
}

void SandboxProcess::readOutput()
{
    m_buffer += m_process->readAllStandardOutput();
    qsizetype newline;
    while ((newline = m_buffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_buffer.left(newline).trimmed();
        m_buffer.remove(0, newline + 1);
        if (m_ready || !line.startsWith("SANDBOX "))
            continue;
        const QJsonObject info = QJsonDocument::fromJson(line.mid(8)).object();
        const QJsonObject us =
            info.value(QLatin1String("dcs")).toObject().value(QLatin1String("us")).toObject();
        m_endpoints.accountsUrl = QUrl(us.value(QLatin1String("accounts")).toString());
        m_endpoints.apiDomain = QUrl(us.value(QLatin1String("api")).toString());
        m_endpoints.clientId = info.value(QLatin1String("client_id")).toString();
        m_endpoints.clientSecret = info.value(QLatin1String("client_secret")).toString();
        m_endpoints.user = info.value(QLatin1String("user")).toString();
        if (!m_endpoints.accountsUrl.isValid() || m_endpoints.clientId.isEmpty()) {
            Q_EMIT failed(tr("The sandbox did not say where it listens."));
            stop();
            return;
        }
        m_ready = true;
        Q_EMIT ready(m_endpoints);
    }
}
