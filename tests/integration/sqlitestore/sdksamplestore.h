#pragma once

#include <QJsonValue>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

// Runs tests/data/sqlite/sdk_sample_store.py, an independent stand-in for the Zoho SDK's Kaizen
// sample store on Python's sqlite3 module, and returns what it printed (JSON).
class SdkSampleStore
{
public:
    // Empty when Python 3 with its sqlite3 module is there, else why not.
    static QString missingReason();

    // The script's JSON answer; an undefined value (and `error` set) when it failed.
    QJsonValue run(const QStringList &arguments);
    const QString &error() const { return m_error; }

    // `lock PATH`: a process that holds an exclusive lock until release().
    bool lock(const QString &path);
    void release();

private:
    static QString script();

    QString m_error;
    std::unique_ptr<QProcess> m_locker;
};
