#include "sdksamplestore.h"

#include <QJsonArray>
#include <QJsonDocument>

QString SdkSampleStore::script()
{
    return qEnvironmentVariable("ZCRM_TEST_DATA") + QStringLiteral("/sqlite/sdk_sample_store.py");
}

QString SdkSampleStore::missingReason()
{
    QProcess probe;
    probe.start(QStringLiteral("python3"), { QStringLiteral("-c"), QStringLiteral("import sqlite3") });
    if (!probe.waitForFinished(30000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
        return QStringLiteral("python3 with its sqlite3 module is needed to play the SDK's sample store");
    return {};
}

QJsonValue SdkSampleStore::run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral("python3"), QStringList { script() } + arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        m_error =
            QStringLiteral("%1 failed: %2")
                .arg(arguments.join(QLatin1Char(' ')), QString::fromUtf8(process.readAllStandardError()));
        return QJsonValue(QJsonValue::Undefined);
    }
    QJsonParseError parseError;
    // Wrapped, so that a bare string or null is a document too.
    const QByteArray output = "[" + process.readAllStandardOutput().trimmed() + "]";
    const QJsonDocument document = QJsonDocument::fromJson(output, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        m_error = parseError.errorString();
        return QJsonValue(QJsonValue::Undefined);
    }
    return document.array().at(0);
}

bool SdkSampleStore::lock(const QString &path)
{
    m_locker = std::make_unique<QProcess>();
    m_locker->start(QStringLiteral("python3"), { script(), QStringLiteral("lock"), path });
    if (!m_locker->waitForReadyRead(30000))
        return false;
    return m_locker->readLine().trimmed() == QByteArray("\"locked\"");
}

void SdkSampleStore::release()
{
    if (!m_locker)
        return;
    m_locker->closeWriteChannel();
    m_locker->waitForFinished(30000);
    m_locker.reset();
}
