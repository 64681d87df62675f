#pragma once

#include "explorerrequest.h"

#include <QJsonObject>
#include <QList>

#include <optional>

// Next and previous page of a list or a COQL query, as Zoho pages them (Zoho CRM v8 "Get records" and
// "COQL"): `page` while the next page stays within the first 2,000 records, then `page_token` from
// info.next_page_token; COQL by OFFSET += LIMIT. Going back retraces the pages walked (a page token
// cannot be computed backwards); a list opened at page N can also go back by page number.
class PageNavigator
{
public:
    static constexpr int pageNumberRecordLimit = 2000;

    // A request sent fresh (not by next/previous): the trail starts again.
    void start(const ExplorerRequest &request);
    // The answer to the current page: its info object (more_records, page, per_page,
    // next_page_token) and how many records it had.
    void setAnswer(const QJsonObject &info, int records);

    bool isPageable() const;
    std::optional<ExplorerRequest> nextRequest() const;
    std::optional<ExplorerRequest> previousRequest() const;
    // Moves to the next or previous page and gives the request to send; empty at either end.
    std::optional<ExplorerRequest> goNext();
    std::optional<ExplorerRequest> goPrevious();

    // 1-based position of the first record on the current page (0 when unknown).
    qint64 firstRecord() const { return m_firstRecord; }
    int recordsOnPage() const { return m_records; }
    const ExplorerRequest &current() const { return m_trail.last(); }
    int depth() const { return int(m_trail.size()); }

private:
    int perPage() const;
    QList<ExplorerRequest> m_trail;
    QList<qint64> m_firsts; // firstRecord per trail entry
    QJsonObject m_info;
    int m_records = 0;
    qint64 m_firstRecord = 0;
    bool m_answered = false;
};
