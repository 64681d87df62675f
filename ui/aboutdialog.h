#pragma once

#include <QDialog>

// "About ZCRM Explorer": the icon, the name, the version (ZCRM_VERSION_STRING), the Qt it runs on, a
// line on what it does and the licence. Never blocks: show() or open() it.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    static QString versionText(); // "Version 0.1.0"
    static QString qtText(); // "Qt 6.4.2"
};
