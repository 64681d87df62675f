#include "explorerfiledialog.h"

#include <QDir>
#include <QFileDialog>

namespace ExplorerFileDialog {

void ask(QWidget *parent, const QString &objectName, const QString &title, bool save,
         const QStringList &filters, const QString &suggestedFile,
         std::function<void(const QString &)> chosen)
{
    auto *dialog = new QFileDialog(parent, title);
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setNameFilters(filters);
    dialog->setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog->setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    dialog->setDirectory(QDir::homePath());
    if (!suggestedFile.isEmpty())
        dialog->selectFile(suggestedFile);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent,
                     [chosen](const QString &file) { chosen(file); });
    dialog->open();
}

} // namespace ExplorerFileDialog
