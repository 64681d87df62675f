#include "jsonrecords.h"

#include "crmresponse.h"

JsonRecords::JsonRecords(QString key, QByteArray body, Spans spans)
    : m_key(std::move(key))
    , m_body(std::move(body))
    , m_spans(std::move(spans))
{ }

std::shared_ptr<const JsonRecords> JsonRecords::fromResponse(const CrmResponse &response)
{
    if (!response.recordsAsBytes() || response.body().isEmpty())
        return nullptr;
    return std::make_shared<const JsonRecords>(QStringLiteral("data"), response.body(),
                                               response.recordSpans());
}

QJsonValue JsonRecords::at(qsizetype index) const
{
    if (index < 0 || index >= m_spans.size())
        return QJsonValue(QJsonValue::Undefined);
    const auto [begin, end] = m_spans.at(index);
    return CrmResponse::parseValue(m_body, begin, end);
}

QByteArray JsonRecords::raw() const
{
    if (m_spans.isEmpty())
        return QByteArrayLiteral("[]");
    const qsizetype begin = m_spans.first().first;
    return '[' + m_body.mid(begin, m_spans.last().second - begin) + ']';
}
