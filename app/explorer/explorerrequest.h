#pragma once

#include "crmrequest.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// A request as the explorer edits, remembers and saves it: method, path, query, body, which stored
// token signs it (by id, with its user and data center for display), timeout. It holds no secret:
// the access token is looked up when the request is sent and never stored here.
class ExplorerRequest
{
public:
    using QueryItems = CrmRequest::QueryItems;

    QString method = QStringLiteral("GET");
    QString path; // below /crm/v8/, e.g. "Leads" or "settings/fields"
    QueryItems query;
    QByteArray body; // JSON, or empty
    QString tokenId;
    QString userName; // for display and for matching a token in another store
    QString dataCenter;
    int timeoutSeconds = 30;
    QString name; // a saved request's name

    // The path without /crm/v8/ and without a query string (a query string moves to query).
    static ExplorerRequest fromPathLine(const QString &method, const QString &pathLine);

    bool isCoql() const;
    // The COQL query of a coql request's body; empty otherwise.
    QString coqlQuery() const;
    void setCoqlQuery(const QString &text);
    QString queryValue(const QString &key) const;
    void setQueryValue(const QString &key, const QString &value); // empty value removes it

    CrmRequest toCrmRequest() const;

    QJsonObject toJson() const;
    static ExplorerRequest fromJson(const QJsonObject &object);

    bool operator==(const ExplorerRequest &other) const;
};
