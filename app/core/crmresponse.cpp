#include "crmresponse.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

namespace {

QString statusText(int status, const QByteArray &reasonPhrase)
{
    const QString reason = QString::fromLatin1(reasonPhrase).trimmed();
    return reason.isEmpty() ? CrmResponse::tr("HTTP status %1").arg(status) : reason;
}

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Index just past the JSON value starting at `pos` (the body was already validated by the parser).
qsizetype skipValue(const QByteArray &json, qsizetype pos)
{
    const qsizetype size = json.size();
    const char first = json.at(pos);
    if (first == '"') {
        for (++pos; pos < size; ++pos) {
            if (json.at(pos) == '\\')
                ++pos;
            else if (json.at(pos) == '"')
                return pos + 1;
        }
        return size;
    }
    if (first == '{' || first == '[') {
        int depth = 0;
        for (; pos < size; ++pos) {
            const char c = json.at(pos);
            if (c == '"') {
                pos = skipValue(json, pos) - 1;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0)
                    return pos + 1;
            }
        }
        return size;
    }
    while (pos < size && json.at(pos) != ',' && json.at(pos) != '}' && json.at(pos) != ']'
           && !isJsonSpace(json.at(pos)))
        ++pos;
    return pos;
}

qsizetype skipSpace(const QByteArray &json, qsizetype pos)
{
    while (pos < json.size() && isJsonSpace(json.at(pos)))
        ++pos;
    return pos;
}

// Where the value of top-level member `key` of a JSON object is, [begin, end); false when it is not
// there. Structural only: the bytes are checked by a parser elsewhere.
bool memberSpan(const QByteArray &json, const QByteArray &key, qsizetype *begin, qsizetype *end)
{
    qsizetype pos = skipSpace(json, 0);
    if (pos >= json.size() || json.at(pos) != '{')
        return false;
    const QByteArray quotedKey = '"' + key + '"';
    ++pos;
    while (true) {
        pos = skipSpace(json, pos);
        if (pos >= json.size() || json.at(pos) != '"')
            return false;
        const qsizetype keyEnd = skipValue(json, pos);
        const bool match = QByteArrayView(json).sliced(pos, keyEnd - pos) == quotedKey;
        pos = skipSpace(json, keyEnd);
        if (pos >= json.size() || json.at(pos) != ':')
            return false;
        pos = skipSpace(json, pos + 1);
        if (pos >= json.size())
            return false;
        const qsizetype valueEnd = skipValue(json, pos);
        if (match) {
            *begin = pos;
            *end = valueEnd;
            return true;
        }
        pos = skipSpace(json, valueEnd);
        if (pos >= json.size() || json.at(pos) != ',')
            return false;
        ++pos;
    }
}

// The raw bytes of the value of top-level member `key` of a valid JSON object.
QByteArray rawMember(const QByteArray &json, const QByteArray &key)
{
    qsizetype begin = 0;
    qsizetype end = 0;
    return memberSpan(json, key, &begin, &end) ? json.mid(begin, end - begin) : QByteArray();
}

// True when json[begin, end) is one valid JSON value. Parsed and dropped at once: a record's
// QJsonValue is some 1.5 kB, 176,000 of them are 260 MB, one at a time is nothing.
bool isValidValue(const QByteArray &json, qsizetype begin, qsizetype end)
{
    QJsonParseError error;
    CrmResponse::parseValue(json, begin, end, &error);
    return error.error == QJsonParseError::NoError;
}

} // namespace

CrmResponse CrmResponse::fromHttp(int httpStatus, const QByteArray &reasonPhrase, const HeaderList &headers,
                                  const QByteArray &body, RecordStatus recordStatus, Parse parse)
{
    CrmResponse response;
    response.m_httpStatus = httpStatus;
    response.m_reasonPhrase = reasonPhrase;
    response.m_headers = headers;
    response.m_body = body;
    response.m_bodySize = body.size();
    response.classify(recordStatus, parse);
    return response;
}

QJsonValue CrmResponse::parseValue(const QByteArray &json, qsizetype begin, qsizetype end,
                                   QJsonParseError *error)
{
    const char first = json.at(begin);
    if (first == '{' || first == '[') {
        // No copy of the bytes: the parser copies what it keeps.
        const QJsonDocument document =
            QJsonDocument::fromJson(QByteArray::fromRawData(json.constData() + begin, end - begin), error);
        return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    }
    // A scalar: QJsonDocument takes only an object or an array.
    return QJsonDocument::fromJson('[' + json.mid(begin, end - begin) + ']', error).array().at(0);
}

CrmResponse::RecordStatus CrmResponse::recordStatusFor(const QByteArray &method)
{
    return method == "GET" || method == "HEAD" ? RecordStatus::Skip : RecordStatus::Read;
}

CrmResponse CrmResponse::fromError(const CrmError &error)
{
    CrmResponse response;
    response.m_error = error;
    response.m_httpStatus = error.httpStatus();
    return response;
}

bool CrmResponse::parseLeavingRecords()
{
    qsizetype begin = 0;
    qsizetype end = 0;
    if (!memberSpan(m_body, QByteArrayLiteral("data"), &begin, &end) || m_body.at(begin) != '[')
        return false;
    QList<QPair<qsizetype, qsizetype>> spans;
    qsizetype pos = skipSpace(m_body, begin + 1);
    if (pos < end && m_body.at(pos) != ']') {
        while (true) {
            const qsizetype itemEnd = skipValue(m_body, pos);
            if (itemEnd > end || !isValidValue(m_body, pos, itemEnd))
                return false;
            spans.append({ pos, itemEnd });
            pos = skipSpace(m_body, itemEnd);
            if (pos >= end)
                return false;
            if (m_body.at(pos) == ']')
                break;
            if (m_body.at(pos) != ',')
                return false;
            pos = skipSpace(m_body, pos + 1);
        }
    }
    if (pos != end - 1)
        return false;
    // The rest of the body, with an empty data[] in the records' place.
    QByteArray rest;
    rest.reserve(m_body.size() - (end - begin) + 2);
    rest.append(QByteArrayView(m_body).first(begin)).append("[]").append(QByteArrayView(m_body).sliced(end));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(rest, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    m_json = document.object();
    m_recordSpans = std::move(spans);
    m_recordsAsBytes = true;
    return true;
}

void CrmResponse::classify(RecordStatus recordStatus, Parse parse)
{
    const bool failedStatus = m_httpStatus >= 400;
    // Not trimmed(): that copies a big body ending in a newline.
    if (skipSpace(m_body, 0) == m_body.size()) {
        if (failedStatus) {
            m_error = CrmError(CrmError::Kind::Api, statusText(m_httpStatus, m_reasonPhrase));
            m_error.setHttpStatus(m_httpStatus);
        }
        return;
    }

    // Anything that does not split cleanly (not an object, no data[], invalid JSON) is parsed whole,
    // which also names what is wrong with it.
    const bool split = parse == Parse::RecordsAsBytes && !failedStatus && parseLeavingRecords();
    QJsonParseError parseError;
    const QJsonDocument document = split ? QJsonDocument() : QJsonDocument::fromJson(m_body, &parseError);
    if (!split && (parseError.error != QJsonParseError::NoError || !document.isObject())) {
        const QString problem = parseError.error != QJsonParseError::NoError
            ? CrmResponse::tr("the body is not valid JSON (%1 at byte %2 of %3)")
                  .arg(parseError.errorString())
                  .arg(parseError.offset)
                  .arg(m_body.size())
            : CrmResponse::tr("the body is JSON but not an object");
        if (failedStatus) {
            m_error = CrmError(CrmError::Kind::Api,
                               statusText(m_httpStatus, m_reasonPhrase) + QStringLiteral("; ") + problem);
        } else {
            m_error = CrmError(CrmError::Kind::MalformedResponse, problem);
        }
        m_error.setHttpStatus(m_httpStatus);
        return;
    }

    if (!split)
        m_json = document.object();
    const QJsonValue data = m_json.value(QLatin1String("data"));
    if (data.isArray() && (recordStatus == RecordStatus::Read || failedStatus)) {
        const QJsonArray items = data.toArray();
        for (int index = 0; index < items.size(); ++index) {
            const QJsonObject item = items.at(index).toObject();
            const QString status = item.value(QLatin1String("status")).toString();
            if (status == QLatin1String("success") && item.contains(QLatin1String("code")))
                ++m_recordSuccessCount;
            else if (CrmError::isEnvelope(item))
                m_recordErrors.append(CrmError::fromEnvelope(item, m_httpStatus, index));
        }
    }

    if (CrmError::isEnvelope(m_json)) {
        m_error = CrmError::fromEnvelope(m_json, m_httpStatus);
    } else if (failedStatus) {
        if (!m_recordErrors.isEmpty()) {
            m_error = m_recordErrors.first();
        } else {
            // Not CRM's envelope (a proxy, or Accounts' {"error":…}): keep what it says.
            QString message = m_json.value(QLatin1String("message")).toString();
            if (message.isEmpty())
                message = m_json.value(QLatin1String("error")).toString();
            m_error = CrmError(CrmError::Kind::Api,
                               message.isEmpty() ? statusText(m_httpStatus, m_reasonPhrase) : message);
            m_error.setCode(m_json.value(QLatin1String("code")).toString());
            m_error.setDetails(m_json.value(QLatin1String("details")).toObject());
            m_error.setHttpStatus(m_httpStatus);
        }
    }
}

QByteArray CrmResponse::header(const QByteArray &name) const
{
    for (const auto &header : m_headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return QByteArray();
}

QString CrmResponse::recordsKey() const
{
    if (m_json.value(QLatin1String("data")).isArray())
        return QStringLiteral("data");
    QString found;
    for (auto it = m_json.constBegin(); it != m_json.constEnd(); ++it) {
        if (it.value().isArray()) {
            if (!found.isEmpty())
                return QString(); // several arrays: which one is meant is unclear
            found = it.key();
        }
    }
    return found;
}

qsizetype CrmResponse::recordCount() const
{
    return m_recordsAsBytes ? m_recordSpans.size() : records().size();
}

QJsonArray CrmResponse::records() const
{
    if (m_recordsAsBytes)
        return QJsonDocument::fromJson(rawRecords()).array();
    const QString key = recordsKey();
    return key.isEmpty() ? QJsonArray() : m_json.value(key).toArray();
}

QByteArray CrmResponse::rawRecords() const
{
    const QString key = recordsKey();
    return key.isEmpty() ? QByteArray() : rawMember(m_body, key.toUtf8());
}

bool CrmResponse::moreRecords() const
{
    return info().value(QLatin1String("more_records")).toBool(false);
}

QString CrmResponse::nextPageToken() const
{
    return info().value(QLatin1String("next_page_token")).toString();
}

QByteArray CrmResponse::statusAndHeaders() const
{
    QByteArray text = m_httpVersion + ' ' + QByteArray::number(m_httpStatus);
    if (!m_reasonPhrase.isEmpty())
        text += ' ' + m_reasonPhrase;
    text += "\r\n";
    for (const auto &header : m_headers)
        text += header.first + ": " + header.second + "\r\n";
    text += "\r\n";
    return text;
}
