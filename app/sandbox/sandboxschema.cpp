#include "sandboxschema.h"

namespace {

SandboxSchema::Field f(const char *api, const char *type, bool mandatory = false, QStringList picklist = {},
                       const char *lookup = nullptr)
{
    SandboxSchema::Field field;
    field.apiName = QString::fromLatin1(api);
    field.label = field.apiName;
    field.label.replace(QLatin1Char('_'), QLatin1Char(' '));
    field.dataType = QString::fromLatin1(type);
    field.mandatory = mandatory;
    field.picklist = std::move(picklist);
    if (lookup)
        field.lookupModule = QString::fromLatin1(lookup);
    if (field.dataType == QLatin1String("textarea"))
        field.length = 32000;
    return field;
}

SandboxSchema::Field ro(SandboxSchema::Field field)
{
    field.readOnly = true;
    return field;
}

QList<SandboxSchema::Field> common(QList<SandboxSchema::Field> fields)
{
    QList<SandboxSchema::Field> all { ro(f("id", "bigint")), f("Owner", "ownerlookup", false, {}, "users") };
    all += fields;
    all += { ro(f("Created_By", "ownerlookup", false, {}, "users")),
             ro(f("Modified_By", "ownerlookup", false, {}, "users")), ro(f("Created_Time", "datetime")),
             ro(f("Modified_Time", "datetime")), f("Description", "textarea") };
    return all;
}

const QStringList leadSources { "Advertisement", "Cold Call",    "Employee Referral", "Partner",
                                "Trade Show",    "Web Download", "Web Research",      "Chat" };
const QStringList industries { "ASP (Application Service Provider)",
                               "Data/Telecom OEM",
                               "ERP (Enterprise Resource Planning)",
                               "Government/Military",
                               "Large Enterprise",
                               "ManagementISV",
                               "Non-management ISV",
                               "Storage Equipment",
                               "Wireless Industry" };
const QStringList ratings { "Acquired", "Active", "Market Failed", "Project Cancelled", "Shut Down" };

} // namespace

SandboxSchema::SandboxSchema()
{
    m_modules = {
        { "Leads", "Lead", "Leads", "",
          common({ f("First_Name", "text"), f("Last_Name", "text", true), f("Company", "text"),
                   f("Email", "email"), f("Phone", "phone"), f("Mobile", "phone"), f("Title", "text"),
                   f("Lead_Source", "picklist", false, leadSources),
                   f("Lead_Status", "picklist", false,
                     { "Attempted to Contact", "Contact in Future", "Contacted", "Junk Lead", "Lost Lead",
                       "Not Contacted", "Pre-Qualified", "Not Qualified" }),
                   f("Industry", "picklist", false, industries), f("Annual_Revenue", "currency"),
                   f("No_of_Employees", "integer"), f("Rating", "picklist", false, ratings),
                   f("City", "text"), f("State", "text"), f("Country", "text"), f("Website", "website"),
                   f("Email_Opt_Out", "boolean") }) },
        { "Contacts", "Contact", "Contacts", "",
          common({ f("First_Name", "text"), f("Last_Name", "text", true), f("Email", "email"),
                   f("Phone", "phone"), f("Mobile", "phone"),
                   f("Account_Name", "lookup", false, {}, "Accounts"), f("Title", "text"),
                   f("Department", "text"), f("Lead_Source", "picklist", false, leadSources),
                   f("Date_of_Birth", "date"), f("Mailing_City", "text"), f("Mailing_Country", "text"),
                   f("Email_Opt_Out", "boolean") }) },
        { "Accounts", "Account", "Accounts", "",
          common({ f("Account_Name", "text", true), f("Phone", "phone"), f("Website", "website"),
                   f("Account_Type", "picklist", false,
                     { "Analyst", "Competitor", "Customer", "Distributor", "Integrator", "Investor",
                       "Partner", "Press", "Prospect", "Reseller", "Other" }),
                   f("Industry", "picklist", false, industries), f("Annual_Revenue", "currency"),
                   f("Employees", "integer"), f("Rating", "picklist", false, ratings),
                   f("Billing_City", "text"), f("Billing_Country", "text") }) },
        { "Deals", "Deal", "Deals", "",
          common({ f("Deal_Name", "text", true), f("Account_Name", "lookup", false, {}, "Accounts"),
                   f("Contact_Name", "lookup", false, {}, "Contacts"), f("Amount", "currency"),
                   f("Stage", "picklist", true,
                     { "Qualification", "Needs Analysis", "Value Proposition", "Id. Decision Makers",
                       "Proposal/Price Quote", "Negotiation/Review", "Closed Won", "Closed Lost" }),
                   f("Probability", "integer"), f("Closing_Date", "date"),
                   f("Type", "picklist", false, { "Existing Business", "New Business" }),
                   f("Lead_Source", "picklist", false, leadSources) }) },
        { "Tasks", "Task", "Tasks", "",
          common({ f("Subject", "text", true), f("Due_Date", "date"),
                   f("Status", "picklist", false,
                     { "Not Started", "Deferred", "In Progress", "Completed", "Waiting for input" }),
                   f("Priority", "picklist", false, { "High", "Highest", "Low", "Lowest", "Normal" }) }) },
        { "Calls", "Call", "Calls", "",
          common({ f("Subject", "text", true),
                   f("Call_Type", "picklist", true, { "Outbound", "Inbound", "Missed" }),
                   f("Call_Start_Time", "datetime", true), f("Call_Duration", "text"),
                   f("Call_Purpose", "picklist", false,
                     { "Prospecting", "Administrative", "Negotiation", "Demo", "Project", "Desk" }) }) },
        { "Events", "Meeting", "Meetings", "",
          common({ f("Event_Title", "text", true), f("Start_DateTime", "datetime", true),
                   f("End_DateTime", "datetime", true), f("Venue", "text"), f("All_day", "boolean") }) },
        { "Products", "Product", "Products", "",
          common({ f("Product_Name", "text", true), f("Product_Code", "text"),
                   f("Product_Category", "picklist", false, { "Hardware", "Software", "CRM Applications" }),
                   f("Unit_Price", "currency"), f("Qty_in_Stock", "double"), f("Product_Active", "boolean"),
                   f("Manufacturer", "text") }) },
        // A custom module, as an org makes them: its api name is the org's choice.
        { "Projects", "Project", "Projects", "",
          common({ f("Name", "text", true), f("Account", "lookup", false, {}, "Accounts"),
                   f("Budget", "currency"),
                   f("Project_Stage", "picklist", false, { "Planned", "Running", "Done" }),
                   f("Due_Date", "date") }),
          true },
    };
    for (int i = 0; i < m_modules.size(); ++i)
        m_modules[i].id = QString::number(3652397000000002175ULL + quint64(i) * 2);
}

QString SandboxSchema::Field::jsonType() const
{
    if (dataType == QLatin1String("integer") || dataType == QLatin1String("double")
        || dataType == QLatin1String("currency"))
        return QStringLiteral("double");
    if (dataType == QLatin1String("boolean"))
        return QStringLiteral("boolean");
    if (dataType == QLatin1String("lookup") || dataType == QLatin1String("ownerlookup"))
        return QStringLiteral("jsonobject");
    return QStringLiteral("string");
}

bool SandboxSchema::Field::isNumeric() const
{
    return dataType == QLatin1String("integer") || dataType == QLatin1String("double")
        || dataType == QLatin1String("currency");
}

int SandboxSchema::moduleIndex(const QString &apiName) const
{
    for (int i = 0; i < m_modules.size(); ++i) {
        if (m_modules.at(i).apiName.compare(apiName, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

const SandboxSchema::Module *SandboxSchema::module(const QString &apiName) const
{
    const int i = moduleIndex(apiName);
    return i < 0 ? nullptr : &m_modules.at(i);
}

const SandboxSchema::Field *SandboxSchema::field(const Module &module, const QString &apiName) const
{
    for (const Field &fd : module.fields) {
        if (fd.apiName.compare(apiName, Qt::CaseInsensitive) == 0)
            return &fd;
    }
    return nullptr;
}

QJsonObject SandboxSchema::moduleJson(const Module &module) const
{
    return {
        { "api_name", module.apiName },
        { "module_name", module.apiName },
        { "singular_label", module.singular },
        { "plural_label", module.plural },
        { "id", module.id },
        { "api_supported", true },
        { "viewable", true },
        { "creatable", true },
        { "editable", true },
        { "deletable", true },
        { "generated_type", module.custom ? "custom" : "default" },
        { "visible", true },
        { "status", "visible" },
        { "per_page", 200 },
        { "presence_sub_menu", false },
        { "business_card_field_limit", 5 },
        { "sequence_number", moduleIndex(module.apiName) + 1 },
        { "modified_time", QJsonValue() },
        { "modified_by", QJsonValue() },
    };
}

QJsonObject SandboxSchema::fieldJson(const Module &module, const Field &field, int index) const
{
    QJsonArray picklist;
    for (int i = 0; i < field.picklist.size(); ++i) {
        picklist.append(QJsonObject {
            { "display_value", field.picklist.at(i) },
            { "actual_value", field.picklist.at(i) },
            { "sequence_number", i + 1 },
            { "id", QString::number(3652397000000100000ULL + quint64(index) * 100 + quint64(i)) } });
    }
    QJsonValue lookup = QJsonObject();
    if (field.dataType == QLatin1String("lookup"))
        lookup = QJsonObject { { "module", QJsonObject { { "api_name", field.lookupModule } } } };
    return {
        { "api_name", field.apiName },
        { "field_label", field.label },
        { "display_label", field.label },
        { "data_type", field.dataType },
        { "json_type", field.jsonType() },
        { "length", field.length },
        { "read_only", field.readOnly },
        { "system_mandatory", field.mandatory },
        { "visible", true },
        { "custom_field", false },
        { "pick_list_values", picklist },
        { "lookup", lookup },
        { "id",
          QString::number(3652397000000010000ULL + quint64(moduleIndex(module.apiName)) * 1000
                          + quint64(index)) },
        { "field_read_only", field.readOnly },
        { "sortable", true },
        { "mass_update", !field.readOnly },
    };
}

QJsonObject SandboxSchema::layoutJson(const Module &module) const
{
    QJsonArray fields;
    for (int i = 0; i < module.fields.size(); ++i)
        fields.append(fieldJson(module, module.fields.at(i), i));
    const QJsonObject section { { "api_name", module.singular + QStringLiteral(" Information") },
                                { "display_label", module.singular + QStringLiteral(" Information") },
                                { "sequence_number", 1 },
                                { "column_count", 2 },
                                { "fields", fields } };
    return { { "id", QString::number(module.id.toULongLong() + 1000) },
             { "name", "Standard" },
             { "api_name", "Standard" },
             { "display_label", "Standard" },
             { "status", "active" },
             { "visible", true },
             { "source", "crm" },
             { "sections", QJsonArray { section } } };
}
