#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

// One parsed HTTP/1.1 request, as the sandbox's own small HTTP layer hands it over.
struct SandboxHttpRequest
{
    QByteArray method; // upper case
    QString path; // percent-decoded, without query
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower case
    QByteArray body;
    QHostAddress peer;

    QByteArray header(const QByteArray &lowerName) const;
    // Form fields from an urlencoded or multipart/form-data body (empty for other bodies).
    QList<QPair<QString, QString>> formFields() const;
};
