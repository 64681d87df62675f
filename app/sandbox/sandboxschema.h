#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// The standard CRM modules and their fields, shaped as the v8 OAS describes module and field objects.
class SandboxSchema
{
public:
    struct Field
    {
        QString apiName;
        QString label;
        QString dataType; // text, email, phone, picklist, date, datetime, integer, double, currency,
                          // boolean, lookup, ownerlookup, textarea, website, bigint
        bool mandatory = false;
        bool readOnly = false;
        QStringList picklist;
        QString lookupModule;
        int length = 255;

        QString jsonType() const;
        bool isNumeric() const;
    };
    struct Module
    {
        QString apiName;
        QString singular;
        QString plural;
        QString id;
        QList<Field> fields;
        bool custom = false; // a module the org made (generated_type "custom")
    };

    SandboxSchema();

    const QList<Module> &modules() const { return m_modules; }
    int moduleIndex(const QString &apiName) const; // case-insensitive; -1 if unknown
    const Module *module(const QString &apiName) const;
    const Field *field(const Module &module, const QString &apiName) const; // case-insensitive

    QJsonObject moduleJson(const Module &module) const;
    QJsonObject fieldJson(const Module &module, const Field &field, int index) const;
    QJsonObject layoutJson(const Module &module) const;

private:
    QList<Module> m_modules;
};
