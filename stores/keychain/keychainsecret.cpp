#include "keychainsecret.h"

#include "keychainexecutor.h"
#include "zcrmversion.h"

#include <QCoreApplication>

namespace KeychainSecret {

namespace {

// Windows ignores the service name, so the key carries the application id and the service.
QString entryKey(const QString &service, const QString &key)
{
    return QStringLiteral(ZCRM_APP_ID "/") + service + QLatin1Char('/') + key;
}

StoreError failure(const QString &service, const QString &operation, const QString &message)
{
    return StoreError(StoreError::Code::Unavailable, QStringLiteral("keychain:") + service, operation,
                      message);
}

} // namespace

QString databaseService()
{
    return QStringLiteral("zcrm-explorer-db");
}

StoreResult<std::optional<QString>> read(const QString &service, const QString &key, int timeoutMs)
{
    const QString operation = QStringLiteral("readSecret");
    if (const QString problem = KeychainExecutor::environmentProblem(); !problem.isEmpty())
        return failure(service, operation, problem);
    KeychainRequest request;
    request.kind = KeychainRequest::Kind::Read;
    request.key = entryKey(service, key);
    const KeychainBatch batch = KeychainExecutor::instance().run(service, { request }, timeoutMs);
    if (!batch.failure.isEmpty())
        return failure(service, operation, batch.failure);
    if (batch.timedOut || batch.replies.isEmpty())
        return failure(
            service, operation,
            QCoreApplication::translate("KeychainSecret", "the keychain did not answer within %1 ms")
                .arg(timeoutMs));
    const KeychainReply &reply = batch.replies.first();
    switch (reply.status) {
    case KeychainReply::Status::Ok:
        return std::optional<QString>(reply.text);
    case KeychainReply::Status::NotFound:
        return std::optional<QString>();
    default:
        return failure(service, operation, reply.message);
    }
}

StoreResult<void> write(const QString &service, const QString &key, const QString &value, int timeoutMs)
{
    const QString operation = QStringLiteral("writeSecret");
    if (const QString problem = KeychainExecutor::environmentProblem(); !problem.isEmpty())
        return failure(service, operation, problem);
    KeychainRequest request;
    request.kind = KeychainRequest::Kind::Write;
    request.key = entryKey(service, key);
    request.text = value;
    const KeychainBatch batch = KeychainExecutor::instance().run(service, { request }, timeoutMs);
    if (!batch.failure.isEmpty())
        return failure(service, operation, batch.failure);
    if (batch.timedOut || batch.replies.isEmpty())
        return failure(
            service, operation,
            QCoreApplication::translate("KeychainSecret", "the keychain did not answer within %1 ms")
                .arg(timeoutMs));
    if (batch.replies.first().status != KeychainReply::Status::Ok)
        return failure(service, operation, batch.replies.first().message);
    return {};
}

} // namespace KeychainSecret
