#pragma once

#include "sandboxaccounts.h"
#include "sandboxhttprequest.h"
#include "sandboxhttpresponse.h"
#include "sandboxrecordstore.h"
#include "sandboxschema.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>
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
    SandboxRecordStore &store(const QString &dc);
    SandboxHttpResponse route(Call &call);
    SandboxHttpResponse listRecords(Call &call, int module);
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
