#include "sqlitedriverhandle.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#ifdef ZCRM_SQLITE_DRIVER_HANDLE
#include <cstring>
#include <dlfcn.h>
#include <sqlite3.h>
#endif

namespace SqliteDriverHandle {

#ifdef ZCRM_SQLITE_DRIVER_HANDLE

namespace {

struct Verdict
{
    bool sameLibrary = false;
    QString why;
};

void *addressOf(decltype(&sqlite3_prepare_v3) function)
{
    void *address = nullptr;
    static_assert(sizeof(address) == sizeof(function));
    std::memcpy(&address, &function, sizeof(address));
    return address;
}

// Asks the dynamic linker which sqlite3_prepare_v3 the library holding the driver resolves to: the
// one this program calls, or another copy (built into the plugin, or another installation).
Verdict inspect(const QSqlDriver *driver)
{
    Dl_info info {};
    if (!dladdr(static_cast<const void *>(driver->metaObject()), &info) || !info.dli_fname)
        return { false,
                 QCoreApplication::translate("SqliteDriverHandle",
                                             "cannot tell which library holds Qt's SQLite driver") };
    const QString plugin = QString::fromLocal8Bit(info.dli_fname);
    void *library = dlopen(info.dli_fname, RTLD_LAZY | RTLD_NOLOAD);
    if (!library)
        return { false,
                 QCoreApplication::translate("SqliteDriverHandle", "cannot look into %1").arg(plugin) };
    void *theirs = dlsym(library, "sqlite3_prepare_v3");
    dlclose(library);
    if (theirs != addressOf(&sqlite3_prepare_v3))
        return {
            false,
            QCoreApplication::translate("SqliteDriverHandle", "%1 uses another copy of SQLite").arg(plugin)
        };
    return { true, {} };
}

} // namespace

bool isSupported()
{
    return true;
}

sqlite3 *usableHandle(const QSqlDatabase &database, QString *why)
{
    const QSqlDriver *driver = database.driver();
    const QVariant handle = driver ? driver->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        *why = QCoreApplication::translate("SqliteDriverHandle", "Qt's SQLite driver gives no SQLite handle");
        return nullptr;
    }
    // The plugin is loaded once per process, so one look is enough.
    static const Verdict verdict = inspect(driver);
    if (!verdict.sameLibrary) {
        *why = verdict.why;
        return nullptr;
    }
    return *static_cast<sqlite3 *const *>(handle.constData());
}

#else

bool isSupported()
{
    return false;
}

sqlite3 *usableHandle(const QSqlDatabase &, QString *why)
{
    *why = QCoreApplication::translate("SqliteDriverHandle", "built without SQLite's headers");
    return nullptr;
}

#endif

} // namespace SqliteDriverHandle
