#include "filetokenstore.h"
#include "storeregistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

#include <memory>

namespace {

StoreResult<std::unique_ptr<TokenStore>> createFileStore(const QString &spec)
{
    QString path = StoreRegistry::remainderOf(spec);
    if (path.startsWith(QLatin1String("//"))) // file:///home/me/sdk_tokens.txt
        path = QUrl(spec).toLocalFile();
    if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/")))
        path = QDir::homePath() + path.mid(1);
    if (path.isEmpty())
        return StoreError(StoreError::Code::InvalidInput, spec, QStringLiteral("open"),
                          QCoreApplication::translate("FileTokenStore",
                                                      "file: needs the path of the token file, e.g. "
                                                      "file:/home/me/sdk_tokens.txt"));
    // Relative to the working directory, as the SDK's default os.getcwd()/sdk_tokens.txt.
    path = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    if (QFileInfo(path).isDir())
        return StoreError(
            StoreError::Code::InvalidInput, QStringLiteral("file:") + path, QStringLiteral("open"),
            QCoreApplication::translate("FileTokenStore",
                                        "%1 is a folder; name the token file in it, e.g. %1/sdk_tokens.txt")
                .arg(path));
    return std::unique_ptr<TokenStore>(std::make_unique<FileTokenStore>(path));
}

} // namespace

void registerFileStore(StoreRegistry &registry)
{
    registry.registerScheme(
        QStringLiteral("file"), QStringLiteral("file:PATH"),
        QCoreApplication::translate("FileTokenStore",
                                    "the Zoho SDK FileStore CSV (sdk_tokens.txt), shared with the "
                                    "Python and Java SDKs"),
        createFileStore);
}
