// COQL: where with and/or/parentheses and the common operators, order by, limit and offset, checked
// against the seed as the list API returns it; syntax and limit errors.

#include "sandboxtesthttp.h"

#include <QJsonArray>
#include <QtTest>

#include <algorithm>
#include <functional>

class TestSandboxCoql : public QObject
{
    Q_OBJECT

private:
    SandboxServer *m_server = nullptr;
    QNetworkAccessManager m_nam;
    QByteArray m_token;
    QList<QJsonObject> m_leads; // the whole seed, from the list API

    HttpReply coql(const QString &query, const QByteArray &token = {})
    {
        QNetworkRequest req = makeRequest(withPath(m_server->apiDomain(), QStringLiteral("/crm/v8/coql")),
                                          token.isEmpty() ? m_token : token);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        return send(m_nam, "POST", req, QJsonDocument(QJsonObject { { "select_query", query } }).toJson());
    }
    QStringList ids(const HttpReply &r) const
    {
        QStringList out;
        for (const QJsonValue &v : r.json.value("data").toArray())
            out << v.toObject().value("id").toString();
        return out;
    }
    QStringList expected(const std::function<bool(const QJsonObject &)> &pred) const
    {
        QStringList out;
        for (const QJsonObject &l : m_leads) {
            if (pred(l))
                out << l.value("id").toString();
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = new SandboxServer(this);
        m_server->setRecordsPerModule(600);
        QVERIFY(m_server->start());
        m_token = grantTokens(*m_server, m_nam, QStringLiteral("ZohoCRM.modules.ALL,ZohoCRM.coql.READ"))
                      .value("access_token")
                      .toString()
                      .toLatin1();
        for (int page = 1; page <= 3; ++page) {
            QUrlQuery q;
            q.addQueryItem(
                QStringLiteral("fields"),
                QStringLiteral("Last_Name,First_Name,Annual_Revenue,Lead_Source,Description,City"));
            q.addQueryItem(QStringLiteral("page"), QString::number(page));
            const HttpReply r =
                get(m_nam, withPath(m_server->apiDomain(), QStringLiteral("/crm/v8/Leads"), q), m_token);
            for (const QJsonValue &v : r.json.value("data").toArray())
                m_leads << v.toObject();
        }
        QCOMPARE(m_leads.size(), 600);
    }

    void whereAndOrParentheses()
    {
        const HttpReply r =
            coql(QStringLiteral("select Last_Name, Annual_Revenue from Leads where (Last_Name = 'Burns' or "
                                "Last_Name = 'Chen') and Annual_Revenue >= 50000 limit 2000"));
        QCOMPARE(r.status, 200);
        const QStringList want = expected([](const QJsonObject &l) {
            const QString n = l.value("Last_Name").toString();
            return (n == QLatin1String("Burns") || n == QLatin1String("Chen"))
                && l.value("Annual_Revenue").toDouble() >= 50000;
        });
        QVERIFY(!want.isEmpty());
        QCOMPARE(ids(r), want);
        QCOMPARE(r.json.value("info").toObject().value("count").toInt(), want.size());
        const QJsonObject row = r.json.value("data").toArray().at(0).toObject();
        QCOMPARE(row.keys(), QStringList({ "Annual_Revenue", "Last_Name", "id" }));
    }

    void operators()
    {
        QCOMPARE(
            ids(coql(QStringLiteral("select Last_Name from Leads where Last_Name like 'Ch%' limit 2000"))),
            expected([](const QJsonObject &l) {
                return l.value("Last_Name").toString().startsWith(QLatin1String("Ch"));
            }));
        QCOMPARE(ids(coql(QStringLiteral(
                     "select Last_Name from Leads where Lead_Source in ('Partner', 'Chat') limit 2000"))),
                 expected([](const QJsonObject &l) {
                     return QStringList({ "Partner", "Chat" }).contains(l.value("Lead_Source").toString());
                 }));
        QCOMPARE(ids(coql(QStringLiteral(
                     "select Last_Name from Leads where Lead_Source not in ('Partner', 'Chat') limit 2000"))),
                 expected([](const QJsonObject &l) {
                     return !QStringList({ "Partner", "Chat" }).contains(l.value("Lead_Source").toString());
                 }));
        QCOMPARE(
            ids(coql(QStringLiteral("select Last_Name from Leads where Description is null limit 2000"))),
            expected([](const QJsonObject &l) { return l.value("Description").isNull(); }));
        QCOMPARE(
            ids(coql(QStringLiteral("select Last_Name from Leads where Description is not null limit 2000"))),
            expected([](const QJsonObject &l) { return !l.value("Description").isNull(); }));
        QCOMPARE(ids(coql(QStringLiteral(
                     "select Last_Name from Leads where Annual_Revenue between 1000 and 20000 limit 2000"))),
                 expected([](const QJsonObject &l) {
                     const double v = l.value("Annual_Revenue").toDouble();
                     return v >= 1000 && v <= 20000;
                 }));
        QCOMPARE(
            ids(coql(QStringLiteral(
                "select Last_Name from Leads where City != 'Berlin' and Annual_Revenue < 30000 limit 2000"))),
            expected([](const QJsonObject &l) {
                return l.value("City").toString() != QLatin1String("Berlin")
                    && l.value("Annual_Revenue").toDouble() < 30000;
            }));
    }

    void orderByAndLimitOffset()
    {
        QList<QJsonObject> sorted = m_leads;
        std::stable_sort(sorted.begin(), sorted.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a.value("Annual_Revenue").toDouble() > b.value("Annual_Revenue").toDouble();
        });
        QStringList all;
        for (const QJsonObject &l : sorted)
            all << l.value("id").toString();
        QCOMPARE(ids(coql(QStringLiteral(
                     "select Annual_Revenue from Leads order by Annual_Revenue desc limit 10"))),
                 all.mid(0, 10));
        QCOMPARE(ids(coql(QStringLiteral(
                     "select Annual_Revenue from Leads order by Annual_Revenue desc limit 20, 5"))),
                 all.mid(20, 5));
        const HttpReply r = coql(QStringLiteral(
            "select Annual_Revenue from Leads order by Annual_Revenue desc limit 5 offset 30"));
        QCOMPARE(ids(r), all.mid(30, 5));
        QCOMPARE(r.json.value("info").toObject().value("more_records").toBool(), true);
        // default limit is 200
        QCOMPARE(coql(QStringLiteral("select Last_Name from Leads")).json.value("data").toArray().size(),
                 200);
    }

    void errors()
    {
        const HttpReply syntax = coql(QStringLiteral("select from Leads"));
        QCOMPARE(syntax.status, 400);
        QCOMPARE(syntax.json.value("code").toString(), QStringLiteral("SYNTAX_ERROR"));
        QCOMPARE(coql(QStringLiteral("select Last_Name from Leads where Last_Name = 'x' and"))
                     .json.value("code")
                     .toString(),
                 QStringLiteral("SYNTAX_ERROR"));
        const HttpReply column = coql(QStringLiteral("select Nope from Leads"));
        QCOMPARE(column.json.value("code").toString(), QStringLiteral("INVALID_QUERY"));
        QCOMPARE(coql(QStringLiteral("select Last_Name from Leads limit 2001")).json.value("code").toString(),
                 QStringLiteral("LIMIT_EXCEEDED"));
        const HttpReply none = coql(QStringLiteral("select Last_Name from Leads where Last_Name = 'Nobody'"));
        QCOMPARE(none.status, 204);
        const QByteArray noCoqlScope = grantTokens(*m_server, m_nam, QStringLiteral("ZohoCRM.modules.ALL"))
                                           .value("access_token")
                                           .toString()
                                           .toLatin1();
        QCOMPARE(
            coql(QStringLiteral("select Last_Name from Leads"), noCoqlScope).json.value("code").toString(),
            QStringLiteral("OAUTH_SCOPE_MISMATCH"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxCoql)
#include "tst_sandbox_coql.moc"
