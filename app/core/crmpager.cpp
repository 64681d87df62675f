#include "crmpager.h"

#include "crmclient.h"
#include "crmlogging.h"
#include "crmreply.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QString kPage = QStringLiteral("page");
const QString kPerPage = QStringLiteral("per_page");
const QString kPageToken = QStringLiteral("page_token");
const QString kSelectQuery = QStringLiteral("select_query");

} // namespace

CrmPager::CrmPager(CrmClient *client, const CrmRequest &request)
    : QObject(client)
    , m_client(client)
    , m_request(request)
    , m_next(request)
{ }

CrmPager::~CrmPager()
{
    if (m_reply)
        delete m_reply.data();
}

void CrmPager::start()
{
    if (m_pageCount > 0 || m_reply || m_finished)
        return;
    if (isCoql(m_next)) {
        if (startCoql())
            requestPage();
        return;
    }
    if (m_next.hasQueryItem(kPerPage)) {
        // A bad value goes to CRM as given; CRM's answer says what is wrong with it.
        bool ok = false;
        const int perPage = m_next.queryItemValue(kPerPage).toInt(&ok);
        if (ok && perPage > 0)
            m_perPage = perPage;
    } else {
        m_next.setQueryItem(kPerPage, QString::number(m_perPage));
    }
    if (m_next.hasQueryItem(kPageToken)) {
        m_usingPageToken = true;
        m_next.removeQueryItem(kPage);
    } else {
        bool ok = false;
        m_page = m_next.hasQueryItem(kPage) ? m_next.queryItemValue(kPage).toInt(&ok) : 1;
        if (!ok)
            m_page = 1;
        m_next.setQueryItem(kPage, QString::number(m_page));
    }
    requestPage();
}

bool CrmPager::isCoql(const CrmRequest &request)
{
    return request.method() == "POST" && request.path().endsWith(QLatin1String("/coql"));
}

bool CrmPager::startCoql()
{
    const QJsonObject body = QJsonDocument::fromJson(m_next.body()).object();
    m_coql = CoqlPaging::fromQuery(body.value(kSelectQuery).toString());
    if (!m_coql) {
        // CRM's own answer says what is wrong with the query: send it once as it is.
        return true;
    }
    if (!m_coql->hasLimit())
        m_coql->setLimit(CoqlPaging::maxLimit);
    m_perPage = m_coql->limit();
    QJsonObject paged = body;
    paged.insert(kSelectQuery, m_coql->query());
    m_next.setBody(QJsonDocument(paged).toJson(QJsonDocument::Compact));
    return true;
}

void CrmPager::nextCoqlPage()
{
    const std::optional<CoqlPaging> next = m_coql->next();
    if (!next) {
        CrmError limit(
            CrmError::Kind::Api,
            QStringLiteral("COQL reaches only the first %1 rows; %2 were fetched. Narrow the WHERE "
                           "clause (e.g. by id or Created_Time) to fetch the rest")
                .arg(CoqlPaging::maxRows)
                .arg(m_recordCount));
        limit.setCode(QStringLiteral("LIMIT_EXCEEDED"));
        fail(limit);
        return;
    }
    m_coql = next;
    QJsonObject body = QJsonDocument::fromJson(m_next.body()).object();
    body.insert(kSelectQuery, m_coql->query());
    m_next.setBody(QJsonDocument(body).toJson(QJsonDocument::Compact));
    requestPage();
}

void CrmPager::requestPage()
{
    m_reply = m_client->send(m_next);
    connect(m_reply, &CrmReply::finished, this, &CrmPager::onPageFinished);
}

void CrmPager::onPageFinished()
{
    CrmReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    m_lastResponse = reply->response();
    if (!m_lastResponse.ok()) {
        fail(m_lastResponse.error());
        return;
    }

    const qint64 recordsOnPage = m_lastResponse.records().size();
    ++m_pageCount;
    m_recordCount += recordsOnPage;
    emit pageReceived(m_lastResponse);
    if (m_finished) // aborted from a slot
        return;

    if (!m_lastResponse.moreRecords()) {
        finish();
        return;
    }
    if (recordsOnPage == 0) {
        fail(CrmError(CrmError::Kind::MalformedResponse,
                      CrmPager::tr("page %1 has no records but says more_records is true").arg(m_pageCount)));
        return;
    }
    if (m_coql) {
        nextCoqlPage();
        return;
    }
    // Page numbers while the next page stays within the first 2,000 records, then page tokens.
    if (!m_usingPageToken && static_cast<qint64>(m_page + 1) * m_perPage <= pageNumberRecordLimit) {
        ++m_page;
        m_next.setQueryItem(kPage, QString::number(m_page));
    } else {
        const QString token = m_lastResponse.nextPageToken();
        if (token.isEmpty()) {
            fail(CrmError(CrmError::Kind::MalformedResponse,
                          CrmPager::tr("more_records is true after %1 records, but info.next_page_token is "
                                       "missing (page numbers only reach the first %2 records)")
                              .arg(m_recordCount)
                              .arg(pageNumberRecordLimit)));
            return;
        }
        if (token == m_lastPageToken) {
            fail(CrmError(CrmError::Kind::MalformedResponse,
                          CrmPager::tr("info.next_page_token repeats after %1 records").arg(m_recordCount)));
            return;
        }
        m_usingPageToken = true;
        m_lastPageToken = token;
        m_next.removeQueryItem(kPage);
        m_next.setQueryItem(kPageToken, token);
    }
    requestPage();
}

void CrmPager::abort()
{
    if (m_finished)
        return;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    fail(CrmError(CrmError::Kind::Cancelled, CrmPager::tr("paging cancelled")));
}

void CrmPager::fail(const CrmError &error)
{
    m_error = error;
    qCDebug(lcCrm) << "paging" << m_request.path() << "stopped after" << m_recordCount
                   << "records:" << error.toString();
    finish();
}

void CrmPager::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished();
}
