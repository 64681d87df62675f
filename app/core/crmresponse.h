#pragma once

#include "crmerror.h"
#include "crmratelimit.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QUrl>

struct QJsonParseError;

// What a CRM call gave: the HTTP answer as received (status, headers, raw body), its JSON, the
// request-level error if any, per-record errors of a bulk write, and the rate-limit headers.
// 204 and 304 have an empty body by design: that is no error and json() is empty.
class CrmResponse
{
    Q_DECLARE_TR_FUNCTIONS(CrmResponse)

public:
    using HeaderList = QList<QPair<QByteArray, QByteArray>>;

    CrmResponse() = default;

    // Whether data[] is read for per-record statuses. Zoho answers them to writes (POST, PUT, PATCH,
    // DELETE); a read's data[] holds records, and looking into each of 100,000 costs time for nothing.
    enum class RecordStatus { Read, Skip };
    // How much of a body below 400 becomes json(): all of it, or all but the items of a top-level
    // "data" array, which stay bytes (recordSpans()) for a view that parses the few it shows: a 50 MB
    // list answer then costs its 50 MB, not some 260 MB of QJsonValue. Each item is still checked to
    // be valid JSON, and a body that does not split so is parsed whole.
    enum class Parse { Full, RecordsAsBytes };

    // Classifies an HTTP answer: HTTP >= 400 is an Api error (with the envelope's code when the
    // body has one, top level or the first failed record of data[]); a top-level error envelope is
    // an Api error whatever the status; a non-empty body that is not a JSON object is a
    // MalformedResponse below 400. RecordStatus::Skip leaves recordErrors() and recordSuccessCount()
    // empty below 400 (from 400 on data[] is read either way: it may hold the reason).
    static CrmResponse fromHttp(int httpStatus, const QByteArray &reasonPhrase, const HeaderList &headers,
                                const QByteArray &body, RecordStatus recordStatus = RecordStatus::Read,
                                Parse parse = Parse::Full);
    // Skip for a read (GET, HEAD), else Read.
    static RecordStatus recordStatusFor(const QByteArray &method);
    // The one JSON value json[begin, end) (a record of recordSpans()), parsed without copying an object
    // or array; `error` (if given) says whether it was valid.
    static QJsonValue parseValue(const QByteArray &json, qsizetype begin, qsizetype end,
                                 QJsonParseError *error = nullptr);
    // No HTTP answer (network, timeout, token, cancelled).
    static CrmResponse fromError(const CrmError &error);

    // True when the call gave a usable answer: no request-level error. A 207 with failed records is ok();
    // see recordErrors().
    bool ok() const { return !m_error.isError(); }
    const CrmError &error() const { return m_error; }

    // 0 when no HTTP answer came.
    int httpStatus() const { return m_httpStatus; }
    const QByteArray &reasonPhrase() const { return m_reasonPhrase; }
    // As received, in order.
    const HeaderList &headers() const { return m_headers; }
    // The first header of that name, case-insensitive; null when absent.
    QByteArray header(const QByteArray &name) const;
    // Empty after releaseBody(); bodySize() stays.
    const QByteArray &body() const { return m_body; }
    bool hasBody() const { return !m_body.isEmpty(); }
    qsizetype bodySize() const { return m_bodySize; }
    // Gives the body's bytes back (a 50 MB answer is 50 MB more while it is kept beside its JSON);
    // json(), the error and the headers stay, body() and rawRecords() are empty from then on (and so
    // are records() when recordsAsBytes()).
    void releaseBody() { m_body = QByteArray(); }

    // The body as a JSON object; empty for an empty or non-JSON body.
    const QJsonObject &json() const { return m_json; }
    // Where the records are: "data" for records, search and COQL, else the only top-level array
    // (users, modules, fields, …); empty when there is none.
    QString recordsKey() const;
    // With recordsAsBytes() the records are parsed on each call: for a view, see recordSpans().
    QJsonArray records() const;
    qsizetype recordCount() const;
    // True when Parse::RecordsAsBytes left data[] as bytes: json()'s "data" is then an empty array,
    // recordSpans() has each record as [begin, end) in body(), and recordErrors() stays empty.
    bool recordsAsBytes() const { return m_recordsAsBytes; }
    const QList<QPair<qsizetype, qsizetype>> &recordSpans() const { return m_recordSpans; }
    // The records array exactly as the server sent it ("[{…},{…}]"), without parsing or
    // re-serialising: key order and number digits stay as they were. Empty when there is none.
    QByteArray rawRecords() const;
    QJsonObject info() const { return m_json.value(QLatin1String("info")).toObject(); }
    bool moreRecords() const;
    QString nextPageToken() const;

    // The per-record error envelopes of data[] (a 207 partial success, or a 400 where all failed),
    // each with its recordIndex().
    const QList<CrmError> &recordErrors() const { return m_recordErrors; }
    // Records in data[] whose status is "success".
    int recordSuccessCount() const { return m_recordSuccessCount; }
    bool isPartialSuccess() const { return !m_recordErrors.isEmpty() && m_recordSuccessCount > 0; }

    CrmRateLimit rateLimit() const { return CrmRateLimit::fromHeaders(m_headers); }

    // Filled in by the client.
    QUrl url() const { return m_url; }
    void setUrl(const QUrl &url) { m_url = url; }
    // HTTP attempts made (2 after a refresh and retry).
    int attempts() const { return m_attempts; }
    void setAttempts(int attempts) { m_attempts = attempts; }
    // True when a 401 INVALID_TOKEN made the client ask for a fresh token.
    bool tokenRefreshed() const { return m_tokenRefreshed; }
    void setTokenRefreshed(bool refreshed) { m_tokenRefreshed = refreshed; }
    qint64 elapsedMs() const { return m_elapsedMs; }
    void setElapsedMs(qint64 ms) { m_elapsedMs = ms; }

    // "HTTP/1.1" or "HTTP/2".
    const QByteArray &httpVersion() const { return m_httpVersion; }
    void setHttpVersion(const QByteArray &version) { m_httpVersion = version; }

    // "HTTP/1.1 200 OK" then "Name: value" lines, each ending in CRLF, then an empty line (curl -i).
    QByteArray statusAndHeaders() const;

private:
    void classify(RecordStatus recordStatus, Parse parse);
    bool parseLeavingRecords();

    int m_httpStatus = 0;
    QByteArray m_reasonPhrase;
    HeaderList m_headers;
    QByteArray m_body;
    qsizetype m_bodySize = 0;
    QJsonObject m_json;
    CrmError m_error;
    QList<CrmError> m_recordErrors;
    int m_recordSuccessCount = 0;
    bool m_recordsAsBytes = false;
    QList<QPair<qsizetype, qsizetype>> m_recordSpans;
    QUrl m_url;
    QByteArray m_httpVersion = "HTTP/1.1";
    int m_attempts = 0;
    bool m_tokenRefreshed = false;
    qint64 m_elapsedMs = 0;
};

Q_DECLARE_METATYPE(CrmResponse)
