#include "orgschema.h"

#include <QJsonArray>

namespace OrgSchema {

QList<Module> modulesFromJson(const QJsonObject &settingsModules)
{
    QList<Module> out;
    for (const QJsonValue &value : settingsModules.value(QLatin1String("modules")).toArray()) {
        const QJsonObject object = value.toObject();
        Module module;
        module.apiName = object.value(QLatin1String("api_name")).toString();
        module.singularLabel = object.value(QLatin1String("singular_label")).toString();
        module.pluralLabel = object.value(QLatin1String("plural_label")).toString();
        module.creatable = object.value(QLatin1String("creatable")).toBool();
        module.editable = object.value(QLatin1String("editable")).toBool();
        module.apiSupported = object.value(QLatin1String("api_supported")).toBool(true);
        module.custom = object.value(QLatin1String("generated_type")).toString() == QLatin1String("custom");
        if (!module.apiName.isEmpty())
            out.append(module);
    }
    return out;
}

QList<Field> fieldsFromJson(const QJsonObject &settingsFields)
{
    QList<Field> out;
    for (const QJsonValue &value : settingsFields.value(QLatin1String("fields")).toArray()) {
        const QJsonObject object = value.toObject();
        Field field;
        field.apiName = object.value(QLatin1String("api_name")).toString();
        field.label = object.value(QLatin1String("field_label")).toString();
        if (field.label.isEmpty())
            field.label = object.value(QLatin1String("display_label")).toString();
        field.dataType = object.value(QLatin1String("data_type")).toString();
        field.readOnly = object.value(QLatin1String("read_only")).toBool()
            || object.value(QLatin1String("field_read_only")).toBool();
        field.mandatory = object.value(QLatin1String("system_mandatory")).toBool();
        for (const QJsonValue &p : object.value(QLatin1String("pick_list_values")).toArray()) {
            const QJsonObject pick = p.toObject();
            const QString shown = pick.value(QLatin1String("display_value")).toString();
            field.picklistValues.append(shown.isEmpty() ? pick.value(QLatin1String("actual_value")).toString()
                                                        : shown);
        }
        field.lookupModule = object.value(QLatin1String("lookup"))
                                 .toObject()
                                 .value(QLatin1String("module"))
                                 .toObject()
                                 .value(QLatin1String("api_name"))
                                 .toString();
        if (!field.apiName.isEmpty())
            out.append(field);
    }
    return out;
}

QStringList apiNames(const QList<Module> &modules)
{
    QStringList names;
    for (const Module &module : modules)
        names.append(module.apiName);
    return names;
}

QStringList apiNames(const QList<Field> &fields)
{
    QStringList names;
    for (const Field &field : fields)
        names.append(field.apiName);
    return names;
}

} // namespace OrgSchema
