#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>

class CrmResponse;

// The records of a big list answer kept as the server's bytes (CrmResponse::Parse::RecordsAsBytes):
// the body once and where each record is in it, each parsed when a view asks for it. Immutable, so
// one is shared by the tree model and a search on another thread.
class JsonRecords
{
public:
    using Spans = QList<QPair<qsizetype, qsizetype>>;

    JsonRecords(QString key, QByteArray body, Spans spans);

    // Null unless the response left its records as bytes.
    static std::shared_ptr<const JsonRecords> fromResponse(const CrmResponse &response);

    // The member of the top-level object they are ("data").
    const QString &key() const { return m_key; }
    qsizetype size() const { return m_spans.size(); }
    // Record `index`, parsed now (a record is some microseconds).
    QJsonValue at(qsizetype index) const;
    // The records array as sent, "[" and "]" around them.
    QByteArray raw() const;

private:
    QString m_key;
    QByteArray m_body;
    Spans m_spans;
};
