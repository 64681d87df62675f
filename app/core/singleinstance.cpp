#include "singleinstance.h"

#include "corelogging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

namespace {

constexpr int kConnectTimeoutMs = 500; // a local socket connects at once or not at all
const QByteArray kActivate = QByteArrayLiteral("activate\n");

QString userName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name;
}

} // namespace

SingleInstance::SingleInstance(const QString &storeSpec, QObject *parent)
    : QObject(parent)
    , m_name(serverNameFor(storeSpec))
{ }

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverNameFor(const QString &storeSpec)
{
    const QByteArray key =
        (userName() + QLatin1Char('\n') + (storeSpec.isEmpty() ? QStringLiteral("default") : storeSpec))
            .toUtf8();
    const QString digest =
        QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16));
    return QStringLiteral("zcrm-explorer-%1").arg(digest);
}

bool SingleInstance::tellPrimary()
{
    // Before the event loop runs, once at start: the connect is local and answers at once.
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(kConnectTimeoutMs))
        return false;
    socket.write(kActivate);
    socket.waitForBytesWritten(kConnectTimeoutMs);
    socket.disconnectFromServer();
    return true;
}

bool SingleInstance::claim()
{
    if (m_server)
        return true;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
    m_lock = std::make_unique<QLockFile>(QDir(folder).filePath(m_name + QStringLiteral(".lock")));
    m_lock->setStaleLockTime(0); // stale only when its process is gone
    if (!m_lock->tryLock(0)) {
        if (tellPrimary()) {
            qCInfo(lcCore) << "another instance serves this store; asked it to come to the front";
            m_lock.reset();
            return false;
        }
        // The holder does not answer: a crashed instance whose lock survived.
        m_lock->removeStaleLockFile();
        if (!m_lock->tryLock(0)) {
            m_lock.reset();
            return !tellPrimary();
        }
    }
    QLocalServer::removeServer(m_name); // a socket file left by a crash
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        qCWarning(lcCore).noquote() << "cannot listen for other instances:" << m_server->errorString();
        // Still the first: the lock is ours; a second start will not find us and start too.
        return true;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (socket->readAll().contains(kActivate.trimmed()))
                    Q_EMIT activationRequested();
            });
        }
    });
    return true;
}
