#include "crmerror.h"

#include <QJsonDocument>
#include <QJsonValue>

#include <utility>

CrmError::CrmError(Kind kind, QString message)
    : m_kind(kind)
    , m_message(std::move(message))
{ }

bool CrmError::isEnvelope(const QJsonObject &object)
{
    return object.value(QLatin1String("status")).toString() == QLatin1String("error")
        && object.value(QLatin1String("code")).isString();
}

CrmError CrmError::fromEnvelope(const QJsonObject &object, int httpStatus, int recordIndex)
{
    if (!isEnvelope(object))
        return CrmError();
    CrmError error(Kind::Api, object.value(QLatin1String("message")).toString());
    error.m_httpStatus = httpStatus;
    error.m_code = object.value(QLatin1String("code")).toString();
    error.m_details = object.value(QLatin1String("details")).toObject();
    error.m_recordIndex = recordIndex;
    return error;
}

CrmError CrmError::fromToken(const AccessTokenResult &result)
{
    CrmError error(Kind::Token, result.message);
    error.m_tokenFailure = result.failure;
    if (error.m_message.isEmpty())
        error.m_message = CrmError::tr("no access token for token %1").arg(result.tokenId);
    return error;
}

QString CrmError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Token:
        return QStringLiteral("token");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::MalformedResponse:
        return QStringLiteral("malformed response");
    case Kind::Api:
        return QStringLiteral("API");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

QString CrmError::toString() const
{
    if (m_kind == Kind::None)
        return QString();
    QString text;
    if (m_httpStatus > 0)
        text = QStringLiteral("HTTP %1").arg(m_httpStatus);
    else
        text = kindName(m_kind) + QStringLiteral(" error");
    if (m_recordIndex >= 0)
        text += CrmError::tr(", record %1").arg(m_recordIndex);
    if (!m_code.isEmpty())
        text += QLatin1Char(' ') + m_code;
    if (!m_message.isEmpty())
        text += QStringLiteral(": ") + m_message;
    if (!m_details.isEmpty())
        text += QLatin1Char(' ') + QString::fromUtf8(QJsonDocument(m_details).toJson(QJsonDocument::Compact));
    return text;
}
