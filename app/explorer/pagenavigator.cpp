#include "pagenavigator.h"

#include "coqlpaging.h"

namespace {

const QString kPage = QStringLiteral("page");
const QString kPerPage = QStringLiteral("per_page");
const QString kPageToken = QStringLiteral("page_token");

int positive(const QString &text, int fallback)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && value > 0 ? value : fallback;
}

} // namespace

void PageNavigator::start(const ExplorerRequest &request)
{
    m_trail = { request };
    m_info = {};
    m_records = 0;
    m_answered = false;
    if (request.isCoql()) {
        const auto paging = CoqlPaging::fromQuery(request.coqlQuery());
        m_firstRecord = paging ? paging->offset() + 1 : 1;
    } else if (request.queryValue(kPageToken).isEmpty()) {
        m_firstRecord = qint64(positive(request.queryValue(kPage), 1) - 1) * perPage() + 1;
    } else {
        m_firstRecord = 0; // somewhere past the first 2,000
    }
    m_firsts = { m_firstRecord };
}

void PageNavigator::setAnswer(const QJsonObject &info, int records)
{
    m_info = info;
    m_records = records;
    m_answered = true;
}

int PageNavigator::perPage() const
{
    const ExplorerRequest &request = m_trail.last();
    return positive(request.queryValue(kPerPage), m_info.value(QLatin1String("per_page")).toInt(200));
}

bool PageNavigator::isPageable() const
{
    if (m_trail.isEmpty())
        return false;
    const ExplorerRequest &request = m_trail.last();
    if (request.isCoql())
        return CoqlPaging::fromQuery(request.coqlQuery()).has_value();
    return request.method == QLatin1String("GET") && m_info.contains(QLatin1String("more_records"));
}

std::optional<ExplorerRequest> PageNavigator::nextRequest() const
{
    if (m_trail.isEmpty() || !m_answered || !m_info.value(QLatin1String("more_records")).toBool())
        return std::nullopt;
    ExplorerRequest next = m_trail.last();
    if (next.isCoql()) {
        auto paging = CoqlPaging::fromQuery(next.coqlQuery());
        if (!paging)
            return std::nullopt;
        const auto following = paging->next();
        if (!following)
            return std::nullopt;
        next.setCoqlQuery(following->query());
        return next;
    }
    if (next.method != QLatin1String("GET"))
        return std::nullopt;
    const int page = positive(next.queryValue(kPage), 1);
    if (next.queryValue(kPageToken).isEmpty() && qint64(page + 1) * perPage() <= pageNumberRecordLimit) {
        next.setQueryValue(kPage, QString::number(page + 1));
        return next;
    }
    const QString token = m_info.value(QLatin1String("next_page_token")).toString();
    if (token.isEmpty())
        return std::nullopt;
    next.setQueryValue(kPage, QString());
    next.setQueryValue(kPageToken, token);
    return next;
}

std::optional<ExplorerRequest> PageNavigator::previousRequest() const
{
    if (m_trail.size() > 1)
        return m_trail.at(m_trail.size() - 2);
    if (m_trail.isEmpty())
        return std::nullopt;
    ExplorerRequest previous = m_trail.last();
    if (previous.isCoql()) {
        auto paging = CoqlPaging::fromQuery(previous.coqlQuery());
        const auto before = paging ? paging->previous() : std::nullopt;
        if (!before)
            return std::nullopt;
        previous.setCoqlQuery(before->query());
        return previous;
    }
    if (!previous.queryValue(kPageToken).isEmpty())
        return std::nullopt;
    const int page = positive(previous.queryValue(kPage), 1);
    if (page <= 1)
        return std::nullopt;
    previous.setQueryValue(kPage, QString::number(page - 1));
    return previous;
}

std::optional<ExplorerRequest> PageNavigator::goNext()
{
    auto next = nextRequest();
    if (!next)
        return std::nullopt;
    const qint64 first = m_firstRecord > 0 ? m_firstRecord + m_records : 0;
    m_trail.append(*next);
    m_firsts.append(first);
    m_firstRecord = first;
    m_answered = false;
    return next;
}

std::optional<ExplorerRequest> PageNavigator::goPrevious()
{
    auto previous = previousRequest();
    if (!previous)
        return std::nullopt;
    m_answered = false;
    if (m_trail.size() > 1) {
        m_trail.removeLast();
        m_firsts.removeLast();
        m_firstRecord = m_firsts.last();
        return previous;
    }
    const qint64 step =
        previous->isCoql() ? CoqlPaging::fromQuery(previous->coqlQuery())->limit() : perPage();
    m_trail = { *previous };
    m_firstRecord = qMax<qint64>(1, m_firstRecord - step);
    m_firsts = { m_firstRecord };
    return previous;
}
