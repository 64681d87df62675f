#pragma once

#include "orgschema.h"

#include <QWidget>

class FieldTableModel;
class ModuleTableModel;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QLineEdit;

// The org's modules and, for the one chosen, its fields, from the settings APIs (cached per token by
// the session; Refresh asks again). Double-click (or Enter on) a module to build a list request
// with its fields.
class OrgBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit OrgBrowser(QWidget *parent = nullptr);

    void setModules(const QList<OrgSchema::Module> &modules, const QString &note);
    void setFields(const QString &module, const QList<OrgSchema::Field> &fields, const QString &note);
    void showProblem(const QString &text);
    QString currentModule() const;
    void selectModule(const QString &apiName);

    QTableView *moduleTable() const { return m_modules; }
    QTableView *fieldTable() const { return m_fields; }
    ModuleTableModel *moduleModel() const { return m_moduleModel; }
    FieldTableModel *fieldModel() const { return m_fieldModel; }

Q_SIGNALS:
    void moduleChosen(const QString &module);
    void listRequested(const QString &module);
    void refreshRequested();

private:
    ModuleTableModel *m_moduleModel;
    FieldTableModel *m_fieldModel;
    QSortFilterProxyModel *m_fieldFilter;
    QTableView *m_modules;
    QTableView *m_fields;
    QLineEdit *m_filter;
    QLabel *m_note;
    QPushButton *m_refresh;
};
