// CRM records and settings: authentication and scopes, list rules (fields, per_page, page up to 2,000,
// then page_token), get, insert/update/delete with per-record results and 207, 204 and 304, users and org.

#include "sandboxtesthttp.h"

#include <QJsonArray>
#include <QSet>
#include <QtTest>

class TestSandboxRecords : public QObject
{
    Q_OBJECT

private:
    SandboxServer *m_server = nullptr;
    QNetworkAccessManager m_nam;
    QByteArray m_token;

    QUrl api(const QString &path, const QList<QPair<QString, QString>> &params = {}) const
    {
        QUrlQuery q;
        for (const auto &p : params)
            q.addQueryItem(p.first, QString::fromLatin1(QUrl::toPercentEncoding(p.second)));
        return withPath(m_server->apiDomain(), QStringLiteral("/crm/v8/") + path, q);
    }
    HttpReply write(const QByteArray &method, const QString &path, const QJsonArray &data)
    {
        QNetworkRequest req = makeRequest(api(path), m_token);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        return send(m_nam, method, req,
                    QJsonDocument(QJsonObject { { "data", data } }).toJson(QJsonDocument::Compact));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = new SandboxServer(this);
        m_server->setRecordsPerModule(2500);
        QVERIFY(m_server->start());
        m_token =
            grantTokens(*m_server, m_nam,
                        QStringLiteral(
                            "ZohoCRM.modules.ALL,ZohoCRM.settings.ALL,ZohoCRM.users.READ,ZohoCRM.org.READ"))
                .value("access_token")
                .toString()
                .toLatin1();
        QVERIFY(!m_token.isEmpty());
    }

    void missingOrBadTokenIsInvalidToken()
    {
        const HttpReply none = get(m_nam, api(QStringLiteral("Leads"), { { "fields", "Last_Name" } }));
        QCOMPARE(none.status, 401);
        QCOMPARE(none.json.value("code").toString(), QStringLiteral("INVALID_TOKEN"));
        QCOMPARE(
            get(m_nam, api(QStringLiteral("Leads"), { { "fields", "Last_Name" } }), "1000.bad.token").status,
            401);
    }

    void scopeMismatch()
    {
        const QByteArray leadsOnly =
            grantTokens(*m_server, m_nam, QStringLiteral("ZohoCRM.modules.leads.READ"))
                .value("access_token")
                .toString()
                .toLatin1();
        QCOMPARE(get(m_nam, api(QStringLiteral("Leads"), { { "fields", "Last_Name" } }), leadsOnly).status,
                 200);
        const HttpReply contacts =
            get(m_nam, api(QStringLiteral("Contacts"), { { "fields", "Last_Name" } }), leadsOnly);
        QCOMPARE(contacts.status, 401);
        QCOMPARE(contacts.json,
                 QJsonObject({ { "code", "OAUTH_SCOPE_MISMATCH" },
                               { "details", QJsonObject() },
                               { "message", "invalid oauth scope to access this URL" },
                               { "status", "error" } }));
        QCOMPARE(get(m_nam, api(QStringLiteral("settings/modules")), leadsOnly).json.value("code").toString(),
                 QStringLiteral("OAUTH_SCOPE_MISMATCH"));
        QCOMPARE(write("POST", QStringLiteral("Leads"), { QJsonObject { { "Last_Name", "X" } } }).status,
                 201);
        QNetworkRequest req = makeRequest(api(QStringLiteral("Leads")), leadsOnly);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QCOMPARE(send(m_nam, "POST", req, R"({"data":[{"Last_Name":"X"}]})").status, 401);
    }

    void listRules()
    {
        const HttpReply noFields = get(m_nam, api(QStringLiteral("Leads")), m_token);
        QCOMPARE(noFields.status, 400);
        QCOMPARE(noFields.json.value("code").toString(), QStringLiteral("REQUIRED_PARAM_MISSING"));
        QStringList many;
        for (int i = 0; i < 51; ++i)
            many << QStringLiteral("Last_Name");
        QCOMPARE(get(m_nam, api(QStringLiteral("Leads"), { { "fields", many.join(',') } }), m_token).status,
                 400);
        QCOMPARE(get(m_nam,
                     api(QStringLiteral("Leads"), { { "fields", "Last_Name" }, { "per_page", "201" } }),
                     m_token)
                     .status,
                 400);
        const HttpReply badModule =
            get(m_nam, api(QStringLiteral("Nope"), { { "fields", "Last_Name" } }), m_token);
        QCOMPARE(badModule.status, 400);
        QCOMPARE(badModule.json.value("code").toString(), QStringLiteral("INVALID_MODULE"));
        const HttpReply page11 = get(
            m_nam, api(QStringLiteral("Leads"), { { "fields", "Last_Name" }, { "page", "11" } }), m_token);
        QCOMPARE(page11.status, 400);
        QCOMPARE(page11.json.value("status").toString(), QStringLiteral("error"));
    }

    void pagingPast2000WithPageTokenReturnsEveryRecordOnce()
    {
        QSet<QString> seen;
        int calls = 0;
        QString token;
        for (int page = 1;; ++page) {
            QList<QPair<QString, QString>> params { { "fields", "Last_Name,Email" }, { "per_page", "200" } };
            if (token.isEmpty())
                params.append({ QStringLiteral("page"), QString::number(page) });
            else
                params.append({ QStringLiteral("page_token"), token });
            const HttpReply r = get(m_nam, api(QStringLiteral("Leads"), params), m_token);
            QCOMPARE(r.status, 200);
            ++calls;
            const QJsonObject info = r.json.value("info").toObject();
            const QJsonArray data = r.json.value("data").toArray();
            QCOMPARE(info.value("count").toInt(), data.size());
            for (const QJsonValue &v : data) {
                const QString id = v.toObject().value("id").toString();
                QCOMPARE(id.size(), 19);
                QVERIFY2(!seen.contains(id), "a record came twice");
                seen.insert(id);
                QVERIFY(v.toObject().contains("Email"));
                QVERIFY(!v.toObject().contains("Phone"));
            }
            if (!info.value("more_records").toBool()) {
                QVERIFY(info.value("next_page_token").isNull());
                break;
            }
            QVERIFY(!info.value("page_token_expiry").toString().isEmpty());
            if (page * 200 >= 2000 || !token.isEmpty())
                token = info.value("next_page_token").toString();
            QVERIFY(calls < 20);
        }
        QCOMPARE(seen.size(), m_server->recordCount(QStringLiteral("Leads")));
        QCOMPARE(calls, 13);
    }

    void sortByModifiedTimeDesc()
    {
        const HttpReply r =
            get(m_nam,
                api(QStringLiteral("Deals"),
                    { { "fields", "Modified_Time" }, { "sort_by", "Modified_Time" }, { "per_page", "50" } }),
                m_token);
        QCOMPARE(r.json.value("info").toObject().value("sort_order").toString(), QStringLiteral("desc"));
        const QJsonArray data = r.json.value("data").toArray();
        for (int i = 1; i < data.size(); ++i)
            QVERIFY(data.at(i - 1).toObject().value("Modified_Time").toString()
                    >= data.at(i).toObject().value("Modified_Time").toString());
    }

    void insertUpdateDeleteWithPerRecordResults()
    {
        const HttpReply inserted =
            write("POST", QStringLiteral("Contacts"),
                  { QJsonObject { { "Last_Name", "Okafor" }, { "Email", "ok@example.com" } },
                    QJsonObject { { "First_Name", "No last name" } },
                    QJsonObject { { "Last_Name", "Bad" }, { "Email", "not-an-email" } } });
        QCOMPARE(inserted.status, 207);
        const QJsonArray results = inserted.json.value("data").toArray();
        QCOMPARE(results.size(), 3);
        QCOMPARE(results.at(0).toObject().value("code").toString(), QStringLiteral("SUCCESS"));
        QCOMPARE(results.at(0).toObject().value("message").toString(), QStringLiteral("record added"));
        QCOMPARE(results.at(1).toObject().value("code").toString(), QStringLiteral("MANDATORY_NOT_FOUND"));
        QCOMPARE(results.at(1).toObject().value("details").toObject().value("api_name").toString(),
                 QStringLiteral("Last_Name"));
        QCOMPARE(results.at(2).toObject().value("code").toString(), QStringLiteral("INVALID_DATA"));
        const QString id = results.at(0).toObject().value("details").toObject().value("id").toString();
        QCOMPARE(id.size(), 19);

        const HttpReply one = get(m_nam, api(QStringLiteral("Contacts/") + id), m_token);
        QCOMPARE(one.json.value("data").toArray().at(0).toObject().value("Email").toString(),
                 QStringLiteral("ok@example.com"));

        const HttpReply updated =
            write("PUT", QStringLiteral("Contacts"), { QJsonObject { { "id", id }, { "Title", "CTO" } } });
        QCOMPARE(updated.status, 200);
        QCOMPARE(updated.json.value("data").toArray().at(0).toObject().value("message").toString(),
                 QStringLiteral("record updated"));
        QCOMPARE(get(m_nam, api(QStringLiteral("Contacts/") + id), m_token)
                     .json.value("data")
                     .toArray()
                     .at(0)
                     .toObject()
                     .value("Title")
                     .toString(),
                 QStringLiteral("CTO"));
        QCOMPARE(
            write("PUT", QStringLiteral("Contacts/") + id, { QJsonObject { { "Title", "CEO" } } }).status,
            200);

        const HttpReply allBad =
            write("POST", QStringLiteral("Contacts"), { QJsonObject { { "Email", "x@y.z" } } });
        QCOMPARE(allBad.status, 400);

        const int before = m_server->recordCount(QStringLiteral("Contacts"));
        const HttpReply deleted =
            send(m_nam, "DELETE",
                 makeRequest(api(QStringLiteral("Contacts"),
                                 { { "ids", id + QStringLiteral(",1234567890123456789") } }),
                             m_token));
        QCOMPARE(deleted.status, 207);
        QCOMPARE(m_server->recordCount(QStringLiteral("Contacts")), before - 1);
        const HttpReply gone = get(m_nam, api(QStringLiteral("Contacts/") + id), m_token);
        QCOMPARE(gone.status, 204);
        QVERIFY(gone.body.isEmpty());
    }

    void atMost100RecordsPerWrite()
    {
        QJsonArray data;
        for (int i = 0; i < 101; ++i)
            data.append(QJsonObject { { "Last_Name", QStringLiteral("L%1").arg(i) } });
        const HttpReply r = write("POST", QStringLiteral("Leads"), data);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value("code").toString(), QStringLiteral("LIMIT_EXCEEDED"));
    }

    void ifModifiedSince()
    {
        QNetworkRequest req =
            makeRequest(api(QStringLiteral("Products"), { { "fields", "Product_Name" } }), m_token);
        req.setRawHeader("If-Modified-Since", "2030-01-01T00:00:00+00:00");
        const HttpReply notModified = waitFor(m_nam.get(req));
        QCOMPARE(notModified.status, 304);
        QVERIFY(notModified.body.isEmpty());
        const HttpReply added =
            write("POST", QStringLiteral("Products"), { QJsonObject { { "Product_Name", "New" } } });
        QCOMPARE(added.status, 201);
        req.setRawHeader("If-Modified-Since",
                         QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODate).toLatin1());
        const HttpReply modified = waitFor(m_nam.get(req));
        QCOMPARE(modified.status, 200);
        QCOMPARE(modified.json.value("data").toArray().size(), 1);
    }

    void settingsUsersOrg()
    {
        const HttpReply modules = get(m_nam, api(QStringLiteral("settings/modules")), m_token);
        QCOMPARE(modules.status, 200);
        QStringList names;
        for (const QJsonValue &m : modules.json.value("modules").toArray())
            names << m.toObject().value("api_name").toString();
        for (const char *n :
             { "Leads", "Contacts", "Accounts", "Deals", "Tasks", "Calls", "Events", "Products" })
            QVERIFY2(names.contains(QLatin1String(n)), n);
        const HttpReply fields =
            get(m_nam, api(QStringLiteral("settings/fields"), { { "module", "Leads" } }), m_token);
        QVERIFY(fields.json.value("fields").toArray().size() > 10);
        QCOMPARE(get(m_nam, api(QStringLiteral("settings/fields")), m_token).json.value("code").toString(),
                 QStringLiteral("REQUIRED_PARAM_MISSING"));
        QCOMPARE(get(m_nam, api(QStringLiteral("settings/layouts"), { { "module", "Deals" } }), m_token)
                     .json.value("layouts")
                     .toArray()
                     .size(),
                 1);
        const HttpReply me = get(m_nam, api(QStringLiteral("users"), { { "type", "CurrentUser" } }), m_token);
        QCOMPARE(me.json.value("users").toArray().size(), 1);
        QCOMPARE(me.json.value("users").toArray().at(0).toObject().value("email").toString(),
                 m_server->signedInUser());
        QVERIFY(get(m_nam, api(QStringLiteral("users"), { { "type", "AllUsers" } }), m_token)
                    .json.value("users")
                    .toArray()
                    .size()
                > 1);
        const HttpReply org = get(m_nam, api(QStringLiteral("org")), m_token);
        QCOMPARE(org.json.value("org").toArray().size(), 1);
        QVERIFY(!org.header("X-ACCESSTOKEN-RESET").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxRecords)
#include "tst_sandbox_records.moc"
