#include "crmtestsupport.h"

#include "crmclient.h"
#include "crmpager.h"
#include "crmreply.h"

#include <QEventLoop>
#include <QTimer>

CrmResponse CrmTestSupport::call(CrmClient &client, const CrmRequest &request, int waitMs)
{
    CrmReply *reply = client.send(request);
    QEventLoop loop;
    QObject::connect(reply, &CrmReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(waitMs, &loop, &QEventLoop::quit);
    loop.exec();
    if (!reply->isFinished()) {
        reply->abort();
        CrmResponse stuck = CrmResponse::fromError(
            CrmError(CrmError::Kind::Cancelled, QStringLiteral("the test gave up waiting")));
        delete reply;
        return stuck;
    }
    const CrmResponse response = reply->response();
    delete reply;
    return response;
}

CrmTestSupport::PagedResult CrmTestSupport::fetchAll(CrmClient &client, const CrmRequest &request, int waitMs)
{
    PagedResult result;
    CrmPager *pager = client.fetchAllPages(request);
    QObject::connect(pager, &CrmPager::pageReceived, pager, [&result](const CrmResponse &page) {
        ++result.pages;
        result.urls.append(page.url());
        const QJsonArray records = page.records();
        for (const QJsonValue &record : records)
            result.records.append(record);
    });
    QEventLoop loop;
    QObject::connect(pager, &CrmPager::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(waitMs, &loop, &QEventLoop::quit);
    loop.exec();
    if (!pager->isFinished()) {
        pager->abort();
        result.error = CrmError(CrmError::Kind::Cancelled, QStringLiteral("the test gave up waiting"));
    } else {
        result.error = pager->error();
    }
    if (result.pages != pager->pageCount())
        result.error = CrmError(CrmError::Kind::Cancelled, QStringLiteral("page count differs"));
    delete pager;
    return result;
}
