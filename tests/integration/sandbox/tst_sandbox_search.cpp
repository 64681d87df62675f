// The search API: criteria with and/or and its operators, email, phone and word, 204 when nothing matches.

#include "sandboxtesthttp.h"

#include <QJsonArray>
#include <QtTest>

class TestSandboxSearch : public QObject
{
    Q_OBJECT

private:
    SandboxServer *m_server = nullptr;
    QNetworkAccessManager m_nam;
    QByteArray m_token;
    QList<QJsonObject> m_contacts;

    HttpReply search(const QList<QPair<QString, QString>> &params)
    {
        QUrlQuery q;
        for (const auto &p : params)
            q.addQueryItem(p.first, QString::fromLatin1(QUrl::toPercentEncoding(p.second)));
        return get(m_nam, withPath(m_server->apiDomain(), QStringLiteral("/crm/v8/Contacts/search"), q),
                   m_token);
    }
    static QStringList ids(const HttpReply &r)
    {
        QStringList out;
        for (const QJsonValue &v : r.json.value("data").toArray())
            out << v.toObject().value("id").toString();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = new SandboxServer(this);
        m_server->setRecordsPerModule(300);
        QVERIFY(m_server->start());
        m_token = grantTokens(*m_server, m_nam, QStringLiteral("ZohoCRM.modules.contacts.ALL"))
                      .value("access_token")
                      .toString()
                      .toLatin1();
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("fields"), QStringLiteral("Last_Name,First_Name,Email,Phone,Title"));
        q.addQueryItem(QStringLiteral("per_page"), QStringLiteral("200"));
        for (int page = 1; page <= 2; ++page) {
            q.removeAllQueryItems(QStringLiteral("page"));
            q.addQueryItem(QStringLiteral("page"), QString::number(page));
            for (const QJsonValue &v :
                 get(m_nam, withPath(m_server->apiDomain(), QStringLiteral("/crm/v8/Contacts"), q), m_token)
                     .json.value("data")
                     .toArray())
                m_contacts << v.toObject();
        }
        QCOMPARE(m_contacts.size(), 300);
    }

    void criteriaAndOr()
    {
        QStringList want;
        for (const QJsonObject &c : m_contacts) {
            if (c.value("Last_Name").toString() == QLatin1String("Burns")
                && c.value("First_Name").toString().startsWith(QLatin1String("M")))
                want << c.value("id").toString();
        }
        const HttpReply r =
            search({ { "criteria", "((Last_Name:equals:Burns)and(First_Name:starts_with:M))" } });
        if (want.isEmpty())
            QCOMPARE(r.status, 204);
        else
            QCOMPARE(ids(r), want);
        want.clear();
        for (const QJsonObject &c : m_contacts) {
            const QString n = c.value("Last_Name").toString();
            if (n == QLatin1String("Burns") || n == QLatin1String("Chen"))
                want << c.value("id").toString();
        }
        QVERIFY(!want.isEmpty());
        QCOMPARE(ids(search({ { "criteria", "((Last_Name:equals:Burns)or(Last_Name:equals:Chen))" } })),
                 want);
        QCOMPARE(ids(search({ { "criteria", "(Last_Name:in:Burns,Chen)" } })), want);
    }

    void emailPhoneWord()
    {
        const QJsonObject c = m_contacts.at(42);
        QCOMPARE(ids(search({ { "email", c.value("Email").toString() } })),
                 QStringList { c.value("id").toString() });
        QVERIFY(ids(search({ { "phone", c.value("Phone").toString() } })).contains(c.value("id").toString()));
        QVERIFY(ids(search({ { "word", c.value("Email").toString().section('@', 0, 0) } }))
                    .contains(c.value("id").toString()));
    }

    void noMatchIs204AndBadCriteriaIs400()
    {
        const HttpReply none = search({ { "criteria", "(Last_Name:equals:Nobody)" } });
        QCOMPARE(none.status, 204);
        QVERIFY(none.body.isEmpty());
        QCOMPARE(search({ { "criteria", "(Last_Name:resembles:X)" } }).status, 400);
        QCOMPARE(search({}).json.value("code").toString(), QStringLiteral("REQUIRED_PARAM_MISSING"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxSearch)
#include "tst_sandbox_search.moc"
