#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

// One CRM v8 call as the caller describes it: method, path below the API domain, query, extra
// headers, body, and the stored token to sign it with. The client adds the API domain and the
// Authorization header.
class CrmRequest
{
    Q_DECLARE_TR_FUNCTIONS(CrmRequest)

public:
    using QueryItems = QList<QPair<QString, QString>>;
    using HeaderList = QList<QPair<QByteArray, QByteArray>>;

    static constexpr const char *apiPrefix = "/crm/v8/";

    CrmRequest() = default;
    // `path` as normalizedPath() takes it; a query string in it becomes query items.
    CrmRequest(const QByteArray &method, const QString &path);

    // "Leads", "/Leads", "crm/v8/Leads" and "/crm/v8/Leads" all give "/crm/v8/Leads". A path that
    // names another version (crm/v7/…) keeps it. The query part, if any, is not part of the result.
    static QString normalizedPath(const QString &path);

    const QByteArray &method() const { return m_method; }
    void setMethod(const QByteArray &method) { m_method = method.toUpper(); }

    // Always normalised, starting with "/crm/v".
    const QString &path() const { return m_path; }
    void setPath(const QString &path);

    const QueryItems &queryItems() const { return m_query; }
    void addQueryItem(const QString &key, const QString &value) { m_query.append({ key, value }); }
    // Replaces every item named `key` by one with `value`.
    void setQueryItem(const QString &key, const QString &value);
    void removeQueryItem(const QString &key);
    bool hasQueryItem(const QString &key) const;
    QString queryItemValue(const QString &key) const;

    const HeaderList &headers() const { return m_headers; }
    // Sets the header, or leaves the request alone and says why (headerProblem()).
    QString setHeader(const QByteArray &name, const QByteArray &value);
    // Empty, or why `name: value` cannot go out as one header line: a name that is not an HTTP token,
    // a value with CR, LF, NUL or another control character.
    static QString headerProblem(const QByteArray &name, const QByteArray &value);

    const QByteArray &body() const { return m_body; }
    // Sent as application/json unless a Content-Type header says otherwise.
    void setBody(const QByteArray &body) { m_body = body; }

    // The stored token's id; empty = the client's default token.
    const QString &tokenId() const { return m_tokenId; }
    void setTokenId(const QString &tokenId) { m_tokenId = tokenId; }

    // Per-request timeout in ms; 0 = the client's.
    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // Asks for CrmResponse::Parse::RecordsAsBytes: a read whose records a view parses as it shows them.
    bool recordsAsBytes() const { return m_recordsAsBytes; }
    void setRecordsAsBytes(bool asBytes) { m_recordsAsBytes = asBytes; }

    // apiDomain + path + query, every query key and value percent-encoded (also '+', '&', '=').
    QUrl url(const QUrl &apiDomain) const;

private:
    QByteArray m_method = "GET";
    QString m_path;
    QueryItems m_query;
    HeaderList m_headers;
    QByteArray m_body;
    QString m_tokenId;
    int m_timeoutMs = 0;
    bool m_recordsAsBytes = false;
};
