#pragma once

#include "exitcode.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

class StoreError;
class TokenStore;

// What every command gets: its output streams and the store spec the user chose.
class CliContext
{
public:
    CliContext(QTextStream &out, QTextStream &err, QString storeSpec);

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // --store, else $ZCRM_STORE, else the user's default store.
    const QString &storeSpec() const { return m_storeSpec; }

    // Opens `spec` (the chosen store when empty). On failure prints the error and returns null;
    // openFailure() is then the exit code (2 for a spec that cannot be used, else 4).
    std::unique_ptr<TokenStore> openStore(const QString &spec = QString());
    int openFailure() const { return m_openFailure; }

    // An empty ID or option value picks a token: an unset "$ID" in a script must never select the row
    // without a user name. Returns the usage exit code after one line on stderr, or -1 when all are set.
    int refuseEmptySelectors(const QString &command, const QStringList &positional,
                             const class QCommandLineParser &parser, const QStringList &options);

    // One clear line on stderr, then the exit code to return. Control characters that reached the
    // message are escaped: it stays one line and cannot drive the terminal.
    int fail(ExitCode code, const QString &message);
    // NotFound becomes exit 3, InvalidInput (the caller's token, id or spec) exit 2, anything else 4.
    int failStore(const StoreError &error);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    QString m_storeSpec;
    int m_openFailure = toInt(ExitCode::Store);
};
