#pragma once

#include "accesstokenprovider.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

// Why a CRM call did not give a usable answer: no access token, no HTTP answer (network, timeout),
// an answer that is not what CRM sends (malformed), or CRM's own error (HTTP >= 400 or its envelope
// {"code":…,"details":…,"message":…,"status":"error"}, also in the per-record data[] form).
class CrmError
{
    Q_DECLARE_TR_FUNCTIONS(CrmError)

public:
    enum class Kind {
        None,
        Token, // the AccessTokenProvider gave no token; tokenFailure() says why
        Network, // no HTTP answer: refused, reset, dropped, TLS, DNS
        Timeout, // no complete answer within the client's timeout
        MalformedResponse, // a body that should be JSON and is not, or paging info that makes no sense
        Api, // CRM answered with an error: HTTP >= 400 or an error envelope
        Cancelled, // the caller aborted
    };

    CrmError() = default;
    CrmError(Kind kind, QString message);

    // The envelope's code/message/details when `object` is an error envelope (status "error" and a
    // string code), else an error of kind None. `recordIndex` is the position in data[], -1 at top level.
    static CrmError fromEnvelope(const QJsonObject &object, int httpStatus, int recordIndex = -1);
    static bool isEnvelope(const QJsonObject &object);
    static CrmError fromToken(const AccessTokenResult &result);

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    // Set when kind() is Token.
    AccessTokenResult::Failure tokenFailure() const { return m_tokenFailure; }
    // The HTTP status of the answer, 0 when there was none.
    int httpStatus() const { return m_httpStatus; }
    // CRM's code, e.g. INVALID_TOKEN, OAUTH_SCOPE_MISMATCH, INVALID_DATA; empty when CRM sent none.
    const QString &code() const { return m_code; }
    const QString &message() const { return m_message; }
    const QJsonObject &details() const { return m_details; }
    // Position of the failed record in the request's data[], -1 for a request-level error.
    int recordIndex() const { return m_recordIndex; }

    void setHttpStatus(int status) { m_httpStatus = status; }
    void setCode(const QString &code) { m_code = code; }
    void setDetails(const QJsonObject &details) { m_details = details; }
    void setRecordIndex(int index) { m_recordIndex = index; }

    // One line for a person, e.g. "HTTP 401 INVALID_TOKEN: invalid oauth token". Never holds a secret.
    QString toString() const;
    static QString kindName(Kind kind);

private:
    Kind m_kind = Kind::None;
    AccessTokenResult::Failure m_tokenFailure = AccessTokenResult::Failure::None;
    int m_httpStatus = 0;
    QString m_code;
    QString m_message;
    QJsonObject m_details;
    int m_recordIndex = -1;
};

Q_DECLARE_METATYPE(CrmError)
