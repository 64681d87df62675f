#pragma once

#include <QMetaType>
#include <QString>

// A failed store operation. It always names the store and the operation, so that a message shown
// to a user or printed by the CLI says where it happened.
class StoreError
{
public:
    enum class Code {
        NotFound, // no token with that id, or no row for the given details
        InvalidInput, // the caller's token or spec cannot be used
        Unavailable, // the backend cannot be reached: no server, no keyring, missing folder
        AccessDenied, // permissions, read-only file, wrong password
        Corrupt, // the file or table is not in a format we can read; it is left untouched
        Busy, // locked by another process beyond the wait we allow
        Backend, // any other failure reported by the backend
    };

    StoreError() = default;
    StoreError(Code code, QString store, QString operation, QString message);

    Code code() const { return m_code; }
    const QString &store() const { return m_store; }
    const QString &operation() const { return m_operation; }
    const QString &message() const { return m_message; }

    // "sqlite:/home/me/tokens.db: saveToken: database is locked"
    QString toString() const;

    static QString codeName(Code code);

private:
    Code m_code = Code::Backend;
    QString m_store;
    QString m_operation;
    QString m_message;
};

Q_DECLARE_METATYPE(StoreError)
