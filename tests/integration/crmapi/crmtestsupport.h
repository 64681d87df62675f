#pragma once

#include "crmresponse.h"

#include <QStringList>

class CrmClient;
class CrmPager;
class CrmRequest;

namespace CrmTestSupport {

// Sends and waits in a local event loop (the in-process sandbox answers meanwhile).
CrmResponse call(CrmClient &client, const CrmRequest &request, int waitMs = 20000);

// Every page of a list, waited for; `records` gets every record in order, `urls` each page's URL.
struct PagedResult
{
    CrmError error;
    QJsonArray records;
    QList<QUrl> urls;
    int pages = 0;
};
PagedResult fetchAll(CrmClient &client, const CrmRequest &request, int waitMs = 60000);

} // namespace CrmTestSupport
