#pragma once

#include "storeresult.h"

#include <QString>

#include <optional>

// One secret in the OS keychain outside any token store, such as a database server's password, so
// that it never has to live in a spec, a settings file or the environment.
namespace KeychainSecret {

// The service database passwords are kept under.
QString databaseService();

// nullopt when there is no such entry; an error when the keychain cannot be reached.
StoreResult<std::optional<QString>> read(const QString &service, const QString &key, int timeoutMs = 5000);
StoreResult<void> write(const QString &service, const QString &key, const QString &value,
                        int timeoutMs = 5000);

} // namespace KeychainSecret
