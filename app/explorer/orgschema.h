#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// What the settings APIs say about an org: its modules (settings/modules) and a module's fields
// (settings/fields?module=…), as the explorer's browser and completion use them.
namespace OrgSchema {

struct Module
{
    QString apiName;
    QString singularLabel;
    QString pluralLabel;
    bool creatable = false;
    bool editable = false;
    bool apiSupported = true;
    bool custom = false; // generated_type "custom"
};

struct Field
{
    QString apiName;
    QString label;
    QString dataType;
    bool readOnly = false;
    bool mandatory = false;
    QStringList picklistValues;
    QString lookupModule;
};

QList<Module> modulesFromJson(const QJsonObject &settingsModules);
QList<Field> fieldsFromJson(const QJsonObject &settingsFields);
QStringList apiNames(const QList<Module> &modules);
QStringList apiNames(const QList<Field> &fields);

} // namespace OrgSchema
