#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

// A file dialog opened window-modal with open() (never exec(): no nested event loop); `chosen`
// runs with the file once the user picks one.
namespace ExplorerFileDialog {

void ask(QWidget *parent, const QString &objectName, const QString &title, bool save,
         const QStringList &filters, const QString &suggestedFile,
         std::function<void(const QString &)> chosen);

} // namespace ExplorerFileDialog
