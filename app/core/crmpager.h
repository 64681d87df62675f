#pragma once

#include "coqlpaging.h"
#include "crmerror.h"
#include "crmrequest.h"
#include "crmresponse.h"

#include <QObject>
#include <QPointer>

class CrmClient;
class CrmReply;

// Walks every page of a CRM list, made by CrmClient::fetchAllPages(). Zoho lets `page` reach only the
// first 2,000 records; past them the next page is asked for with `page_token` = info.next_page_token
// (Zoho CRM v8 "Get records", zoho.com/crm/developer/docs/api/v8/get-records.html). Pages are requested one
// at a time, on one connection, in order.
// A COQL call (POST coql, body {"select_query": …}) pages by LIMIT/OFFSET instead: the query's LIMIT
// is the page size (2,000, the most CRM gives, when it has none), its OFFSET the start, until
// more_records is false or the 100,000 rows that COQL reaches.
class CrmPager : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxPerPage = 200;
    static constexpr int pageNumberRecordLimit = 2000;

    // True for POST …/coql.
    static bool isCoql(const CrmRequest &request);

    ~CrmPager() override;

    const CrmRequest &request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    // None when the last page came (more_records false); else why paging stopped.
    const CrmError &error() const { return m_error; }
    // The last answer, e.g. the failed one when error() is set.
    const CrmResponse &lastResponse() const { return m_lastResponse; }
    int pageCount() const { return m_pageCount; }
    qint64 recordCount() const { return m_recordCount; }

    // Stops after the page in flight is dropped; finished() comes with a Cancelled error.
    void abort();

Q_SIGNALS:
    // One good page; its records are page.records(). Nothing is kept here: collect what you need.
    void pageReceived(const CrmResponse &page);
    void finished();

private:
    friend class CrmClient;
    CrmPager(CrmClient *client, const CrmRequest &request);

    void start();
    void requestPage();
    bool startCoql();
    void nextCoqlPage();
    void onPageFinished();
    void fail(const CrmError &error);
    void finish();

    CrmClient *m_client;
    CrmRequest m_request; // as asked
    CrmRequest m_next; // the page to ask for next
    QPointer<CrmReply> m_reply;
    int m_perPage = maxPerPage;
    int m_page = 1;
    bool m_usingPageToken = false;
    QString m_lastPageToken;
    int m_pageCount = 0;
    qint64 m_recordCount = 0;
    CrmError m_error;
    CrmResponse m_lastResponse;
    bool m_finished = false;
    std::optional<CoqlPaging> m_coql; // set when paging a COQL query
};
