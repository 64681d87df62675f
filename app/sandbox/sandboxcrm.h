#pragma once

#include "sandboxaccounts.h"
#include "sandboxhttprequest.h"
#include "sandboxhttpresponse.h"
#include "sandboxrecordstore.h"
#include "sandboxroute.h"
#include "sandboxschema.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

// CRM v8 under {api_domain}/crm/v8/: settings, users, org, records, search and COQL, with Zoho's
// authentication, scopes, limits, status codes and error envelope. Each DC is its own org.
class SandboxCrm
{
public:
    SandboxCrm(SandboxAccounts *accounts, QStringList dataCenters);
    ~SandboxCrm();

    std::function<qint64()> clock;
    quint32 seed = 20240801;
    int recordsPerModule = 3000;

    SandboxHttpResponse handle(const SandboxHttpRequest &request, const QString &dc);
    int recordCount(const QString &dc, const QString &module);
    const SandboxSchema &schema() const { return m_schema; }

    int requests = 0;

private:
    struct Call;
    struct ListQuery;
    // One row of the route table: a request whose method and path match goes to `handler`, after the
    // token's scopes are checked against `area` ("{module}": the module's, e.g. modules.leads) and
    // `operation`; no area: the handler checks (COQL names its modules in the query).
    struct Route
    {
        QByteArray method;
        SandboxRoutePattern pattern;
        QString area;
        const char *operation;
        std::function<SandboxHttpResponse(SandboxCrm &, Call &)> handler;
    };
    static const QList<Route> &routes();

    SandboxRecordStore &store(const QString &dc);
    SandboxHttpResponse route(Call &call);
    SandboxHttpResponse moduleSettings(Call &call);
    SandboxHttpResponse fieldSettings(Call &call);
    SandboxHttpResponse layoutSettings(Call &call);
    // The module the `module` parameter names (fields and layouts), or nullptr and the answer.
    const SandboxSchema::Module *moduleParam(Call &call, SandboxHttpResponse *refusal) const;
    SandboxHttpResponse listRecords(Call &call, int module);
    // listRecords in three steps: the parameters, the ids they select in order, one page of them.
    std::optional<SandboxHttpResponse> readListQuery(Call &call, int module, ListQuery &query);
    std::optional<SandboxHttpResponse> selectIds(Call &call, int module, ListQuery &query);
    SandboxHttpResponse listPage(Call &call, int module, const ListQuery &query);
    SandboxHttpResponse getRecord(Call &call, int module, const QString &id);
    SandboxHttpResponse writeRecords(Call &call, int module, const QString &pathId);
    SandboxHttpResponse deleteRecords(Call &call, int module, const QString &pathId);
    SandboxHttpResponse search(Call &call, int module);
    SandboxHttpResponse coql(Call &call);
    SandboxHttpResponse users(Call &call, const QString &id);
    SandboxHttpResponse org(Call &call);
    QJsonObject project(const QJsonObject &record, const QList<const SandboxSchema::Field *> &fields) const;
    QString pageToken(const QJsonObject &state) const;
    std::optional<QJsonObject> readPageToken(const QString &token) const;

    SandboxAccounts *m_accounts;
    QStringList m_dcs;
    SandboxSchema m_schema;
    std::vector<std::unique_ptr<SandboxRecordStore>> m_stores;
    QHash<QString, int> m_credits;
};
