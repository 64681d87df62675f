#pragma once

#include <QLockFile>
#include <QObject>
#include <QString>

#include <memory>

class QLocalServer;

// One desktop application per user and store (issue "Keep every token fresh"): the first instance holds
// a lock file and listens on a local socket named after the user and a digest of the store spec; a second
// start connects, asks the first to come to the front, and exits. A stale lock (a crashed first instance)
// is taken over. Only the same user can connect (QLocalServer::UserAccessOption).
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    // `storeSpec` empty: the default store.
    explicit SingleInstance(const QString &storeSpec, QObject *parent = nullptr);
    ~SingleInstance() override;

    // The first instance answers true and listens; a second one tells the first and answers false.
    bool claim();
    bool isPrimary() const { return m_server != nullptr; }
    const QString &serverName() const { return m_name; }

    static QString serverNameFor(const QString &storeSpec);

Q_SIGNALS:
    // Another start of the same user and store asked this one to show itself.
    void activationRequested();

private:
    bool tellPrimary();

    QString m_name;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
};
