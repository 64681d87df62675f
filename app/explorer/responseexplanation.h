#pragma once

#include "crmresponse.h"

#include <QString>
#include <QStringList>

// A CRM answer read as Zoho means it, for a person: the error envelope's code, message and details
// plainly; that a 401 INVALID_TOKEN made the client refresh the token and retry; when to try again
// after a 429 or a network fault. Never holds a secret.
namespace ResponseExplanation {

struct Text
{
    QString headline; // empty for a plain success
    QStringList details; // "field: value" lines from the envelope's details, per-record errors
    QString note; // the token was refreshed and the call retried
    QString retryHint; // when to try again; empty when retrying will not help
    bool isError = false;
};

Text explain(const CrmResponse &response, qint64 nowMs);

// "3.4 KB", "51.2 MB"
QString byteSize(qint64 bytes);

} // namespace ResponseExplanation
