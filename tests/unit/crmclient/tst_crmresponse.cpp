#include "crmresponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// Bodies as Zoho sends them (Zoho CRM v8 "Status codes"; zoho/crm-oas v8.0/record.json API_Exception,
// Success_Response, Response_Wrapper).
class TestCrmResponse : public QObject
{
    Q_OBJECT

private slots:
    void invalidTokenEnvelope();
    void scopeMismatchEnvelope();
    void envelopeWithDetails();
    void perRecordErrorsAllFailed();
    void partialSuccess207();
    void allRecordsSucceeded();
    void emptyBodies_data();
    void emptyBodies();
    void emptyBodyWithErrorStatus();
    void errorEnvelopeWithStatus200();
    void malformedJson();
    void nonJsonServerError();
    void nonEnvelopeErrorBody();
    void listRecordsAndPagingInfo();
    void recordsKeyOfOtherLists();
    void rawRecordsKeepsServerBytes();
    void rawRecordsSkipsTrickyStrings();
    void headersAndStatusLine();
    void recordWithStatusFieldIsNotAnError();
    void readSkipsRecordStatuses();
    void failedReadStillReadsRecords();
    void recordStatusForMethods();
    void releaseBodyKeepsJsonAndSize();
    void recordsAsBytes();
    void recordsAsBytesFallsBackToWholeParse();
};

void TestCrmResponse::invalidTokenEnvelope()
{
    const auto response = CrmResponse::fromHttp(
        401, "Unauthorized", {},
        R"({"code":"INVALID_TOKEN","details":{},"message":"invalid oauth token","status":"error"})");
    QVERIFY(!response.ok());
    QCOMPARE(response.error().kind(), CrmError::Kind::Api);
    QCOMPARE(response.error().httpStatus(), 401);
    QCOMPARE(response.error().code(), QStringLiteral("INVALID_TOKEN"));
    QCOMPARE(response.error().message(), QStringLiteral("invalid oauth token"));
    QVERIFY(response.error().details().isEmpty());
    QCOMPARE(response.error().recordIndex(), -1);
    QCOMPARE(response.error().toString(), QStringLiteral("HTTP 401 INVALID_TOKEN: invalid oauth token"));
}

void TestCrmResponse::scopeMismatchEnvelope()
{
    const auto response = CrmResponse::fromHttp(401, "Unauthorized", {},
                                                R"({"code":"OAUTH_SCOPE_MISMATCH","details":{},)"
                                                R"("message":"invalid oauth scope to access this URL",)"
                                                R"("status":"error"})");
    QCOMPARE(response.error().code(), QStringLiteral("OAUTH_SCOPE_MISMATCH"));
    QCOMPARE(response.error().message(), QStringLiteral("invalid oauth scope to access this URL"));
}

void TestCrmResponse::envelopeWithDetails()
{
    const auto response =
        CrmResponse::fromHttp(400, "Bad Request", {},
                              R"({"code":"REQUIRED_PARAM_MISSING","details":{"param":"fields"},)"
                              R"("message":"One of the expected parameter is missing","status":"error"})");
    QCOMPARE(response.error().code(), QStringLiteral("REQUIRED_PARAM_MISSING"));
    QCOMPARE(response.error().details().value(QLatin1String("param")).toString(), QStringLiteral("fields"));
    QVERIFY(response.error().toString().contains(QLatin1String(R"({"param":"fields"})")));
}

void TestCrmResponse::perRecordErrorsAllFailed()
{
    const auto response = CrmResponse::fromHttp(
        400, "Bad Request", {},
        R"({"data":[{"code":"MANDATORY_NOT_FOUND","details":{"api_name":"Last_Name","json_path":"$.data[0].Last_Name"},)"
        R"("message":"required field not found","status":"error"}]})");
    QVERIFY(!response.ok());
    QCOMPARE(response.error().kind(), CrmError::Kind::Api);
    QCOMPARE(response.error().code(), QStringLiteral("MANDATORY_NOT_FOUND"));
    QCOMPARE(response.error().recordIndex(), 0);
    QCOMPARE(response.error().details().value(QLatin1String("api_name")).toString(),
             QStringLiteral("Last_Name"));
    QCOMPARE(response.recordErrors().size(), 1);
    QCOMPARE(response.recordSuccessCount(), 0);
    QVERIFY(!response.isPartialSuccess());
}

void TestCrmResponse::partialSuccess207()
{
    const auto response = CrmResponse::fromHttp(
        207, "Multi-Status", {},
        R"({"data":[)"
        R"({"code":"SUCCESS","details":{"Modified_Time":"2024-08-01T10:00:00+05:30","id":"4150868000000224005"},)"
        R"("message":"record updated","status":"success"},)"
        R"({"code":"INVALID_DATA","details":{"expected_data_type":"email","api_name":"Email"},)"
        R"("message":"invalid data","status":"error"}]})");
    QVERIFY(response.ok()); // the call went through; one record did not
    QVERIFY(response.isPartialSuccess());
    QCOMPARE(response.recordSuccessCount(), 1);
    QCOMPARE(response.recordErrors().size(), 1);
    const CrmError &failed = response.recordErrors().first();
    QCOMPARE(failed.recordIndex(), 1);
    QCOMPARE(failed.code(), QStringLiteral("INVALID_DATA"));
    QCOMPARE(failed.httpStatus(), 207);
    QCOMPARE(failed.details().value(QLatin1String("api_name")).toString(), QStringLiteral("Email"));
}

void TestCrmResponse::allRecordsSucceeded()
{
    const auto response = CrmResponse::fromHttp(
        201, "Created", {},
        R"({"data":[{"code":"SUCCESS","details":{"id":"1"},"message":"record added","status":"success"},)"
        R"({"code":"SUCCESS","details":{"id":"2"},"message":"record added","status":"success"}]})");
    QVERIFY(response.ok());
    QCOMPARE(response.recordSuccessCount(), 2);
    QVERIFY(response.recordErrors().isEmpty());
}

void TestCrmResponse::emptyBodies_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("204 No Content") << 204;
    QTest::newRow("304 Not Modified") << 304;
}

void TestCrmResponse::emptyBodies()
{
    QFETCH(int, status);
    const auto response = CrmResponse::fromHttp(
        status, "", { { "Content-Type", "application/json;charset=utf-8" } }, QByteArray());
    QVERIFY2(response.ok(), qPrintable(response.error().toString()));
    QVERIFY(!response.hasBody());
    QVERIFY(response.json().isEmpty());
    QVERIFY(response.records().isEmpty());
    QVERIFY(!response.moreRecords());
}

void TestCrmResponse::emptyBodyWithErrorStatus()
{
    const auto response = CrmResponse::fromHttp(404, "Not Found", {}, QByteArray());
    QCOMPARE(response.error().kind(), CrmError::Kind::Api);
    QCOMPARE(response.error().httpStatus(), 404);
    QCOMPARE(response.error().message(), QStringLiteral("Not Found"));
}

void TestCrmResponse::errorEnvelopeWithStatus200()
{
    const auto response = CrmResponse::fromHttp(
        200, "OK", {},
        R"({"code":"NO_PERMISSION","details":{},"message":"permission denied","status":"error"})");
    QVERIFY(!response.ok());
    QCOMPARE(response.error().kind(), CrmError::Kind::Api);
    QCOMPARE(response.error().code(), QStringLiteral("NO_PERMISSION"));
}

void TestCrmResponse::malformedJson()
{
    const auto response = CrmResponse::fromHttp(200, "OK", {}, R"({"data":[{"id":"1","Last_Name":"Bur)");
    QVERIFY(!response.ok());
    QCOMPARE(response.error().kind(), CrmError::Kind::MalformedResponse);
    QCOMPARE(response.error().httpStatus(), 200);
    QVERIFY2(response.error().message().contains(QLatin1String("not valid JSON")),
             qPrintable(response.error().message()));
}

void TestCrmResponse::nonJsonServerError()
{
    const auto response = CrmResponse::fromHttp(502, "Bad Gateway", {}, "<html>Bad Gateway</html>");
    QCOMPARE(response.error().kind(), CrmError::Kind::Api);
    QCOMPARE(response.error().httpStatus(), 502);
    QVERIFY(response.error().message().startsWith(QLatin1String("Bad Gateway")));
}

void TestCrmResponse::nonEnvelopeErrorBody()
{
    const auto response = CrmResponse::fromHttp(400, "Bad Request", {}, R"({"error":"invalid_client"})");
    QCOMPARE(response.error().kind(), CrmError::Kind::Api);
    QCOMPARE(response.error().message(), QStringLiteral("invalid_client"));
}

void TestCrmResponse::listRecordsAndPagingInfo()
{
    const auto response =
        CrmResponse::fromHttp(200, "OK", {},
                              R"({"data":[{"Last_Name":"Burns","id":"1"},{"Last_Name":"Marks","id":"2"}],)"
                              R"("info":{"per_page":2,"next_page_token":"c8582xx9e7c","count":2,"page":1,)"
                              R"("previous_page_token":null,"page_token_expiry":"2024-08-02T10:00:00+05:30",)"
                              R"("sort_by":"id","sort_order":"desc","more_records":true}})");
    QVERIFY(response.ok());
    QCOMPARE(response.recordsKey(), QStringLiteral("data"));
    QCOMPARE(response.records().size(), 2);
    QCOMPARE(response.records().at(1).toObject().value(QLatin1String("Last_Name")).toString(),
             QStringLiteral("Marks"));
    QVERIFY(response.moreRecords());
    QCOMPARE(response.nextPageToken(), QStringLiteral("c8582xx9e7c"));
    QCOMPARE(response.info().value(QLatin1String("page")).toInt(), 1);
    QVERIFY(response.recordErrors().isEmpty());
}

void TestCrmResponse::recordsKeyOfOtherLists()
{
    const auto users = CrmResponse::fromHttp(
        200, "OK", {}, R"({"users":[{"id":"7","email":"a@b"}],"info":{"more_records":false}})");
    QCOMPARE(users.recordsKey(), QStringLiteral("users"));
    QCOMPARE(users.records().size(), 1);
    QCOMPARE(users.rawRecords(), QByteArray(R"([{"id":"7","email":"a@b"}])"));

    const auto org = CrmResponse::fromHttp(200, "OK", {}, R"({"org":[{"id":"1"}]})");
    QCOMPARE(org.recordsKey(), QStringLiteral("org"));

    const auto ambiguous = CrmResponse::fromHttp(200, "OK", {}, R"({"a":[],"b":[]})");
    QVERIFY(ambiguous.recordsKey().isEmpty());
    QVERIFY(ambiguous.rawRecords().isEmpty());
}

void TestCrmResponse::rawRecordsKeepsServerBytes()
{
    // Pretty-printed, keys out of alphabetical order, a number beyond double precision.
    const QByteArray body = "{\n  \"info\" : {\"more_records\": false},\n  \"data\" : [ {\"id\":\"1\", "
                            "\"Big\": 12345678901234567890, \"A\": 1.50} ,\n {\"id\":\"2\"} ] \n}";
    const auto response = CrmResponse::fromHttp(200, "OK", {}, body);
    QVERIFY(response.ok());
    QCOMPARE(response.rawRecords(),
             QByteArray("[ {\"id\":\"1\", \"Big\": 12345678901234567890, \"A\": 1.50} ,\n {\"id\":\"2\"} ]"));
    QCOMPARE(QJsonDocument::fromJson(response.rawRecords()).array(), response.records());
}

void TestCrmResponse::rawRecordsSkipsTrickyStrings()
{
    const QByteArray body =
        R"({"x":"he said \"data\": [1] } {","y":{"data":[9]},"data":[{"s":"]}\\"}],"z":null})";
    const auto response = CrmResponse::fromHttp(200, "OK", {}, body);
    QVERIFY(response.ok());
    QCOMPARE(response.rawRecords(), QByteArray(R"([{"s":"]}\\"}])"));
}

void TestCrmResponse::headersAndStatusLine()
{
    const auto response = CrmResponse::fromHttp(
        200, "OK", { { "Content-Type", "application/json;charset=UTF-8" }, { "X-ACCESSTOKEN-RESET", "x" } },
        "{}");
    QCOMPARE(response.header("content-type"), QByteArray("application/json;charset=UTF-8"));
    QVERIFY(response.header("Missing").isNull());
    QCOMPARE(response.statusAndHeaders(),
             QByteArray("HTTP/1.1 200 OK\r\n"
                        "Content-Type: application/json;charset=UTF-8\r\n"
                        "X-ACCESSTOKEN-RESET: x\r\n\r\n"));
}

void TestCrmResponse::recordWithStatusFieldIsNotAnError()
{
    // A record that happens to have a "status" field is data, not an envelope.
    const auto response =
        CrmResponse::fromHttp(200, "OK", {}, R"({"data":[{"id":"1","status":"error"}],"info":{}})");
    QVERIFY(response.ok());
    QVERIFY(response.recordErrors().isEmpty());
}

void TestCrmResponse::readSkipsRecordStatuses()
{
    // The same bytes as a write's 207 answer: read (a write) they are one success and one failure;
    // skipped (a GET) data[] is records, not statuses, and nobody looks into them.
    const QByteArray body =
        R"({"data":[{"code":"SUCCESS","details":{"id":"1"},"message":"record updated","status":"success"},)"
        R"({"code":"INVALID_DATA","details":{},"message":"invalid data","status":"error"}]})";
    const auto write = CrmResponse::fromHttp(200, "OK", {}, body);
    QCOMPARE(write.recordErrors().size(), 1);
    QCOMPARE(write.recordSuccessCount(), 1);
    const auto read = CrmResponse::fromHttp(200, "OK", {}, body, CrmResponse::RecordStatus::Skip);
    QVERIFY(read.ok());
    QVERIFY(read.recordErrors().isEmpty());
    QCOMPARE(read.recordSuccessCount(), 0);
    QCOMPARE(read.records().size(), 2);
}

void TestCrmResponse::failedReadStillReadsRecords()
{
    // From 400 on data[] may hold the reason, so it is read for a GET too.
    const auto response = CrmResponse::fromHttp(
        400, "Bad Request", {},
        R"({"data":[{"code":"INVALID_DATA","details":{"api_name":"id"},"message":"invalid id","status":"error"}]})",
        CrmResponse::RecordStatus::Skip);
    QVERIFY(!response.ok());
    QCOMPARE(response.error().code(), QStringLiteral("INVALID_DATA"));
    QCOMPARE(response.error().recordIndex(), 0);
    QCOMPARE(response.recordErrors().size(), 1);
}

void TestCrmResponse::recordStatusForMethods()
{
    QCOMPARE(CrmResponse::recordStatusFor("GET"), CrmResponse::RecordStatus::Skip);
    QCOMPARE(CrmResponse::recordStatusFor("HEAD"), CrmResponse::RecordStatus::Skip);
    for (const QByteArray method : { "POST", "PUT", "PATCH", "DELETE" })
        QCOMPARE(CrmResponse::recordStatusFor(method), CrmResponse::RecordStatus::Read);
}

void TestCrmResponse::releaseBodyKeepsJsonAndSize()
{
    const QByteArray body = R"({"data":[{"id":"1"}],"info":{"more_records":true}})"
                            "\n";
    auto response = CrmResponse::fromHttp(200, "OK", {}, body, CrmResponse::RecordStatus::Skip);
    QCOMPARE(response.bodySize(), body.size());
    response.releaseBody();
    QVERIFY(!response.hasBody());
    QVERIFY(response.body().isEmpty());
    QCOMPARE(response.bodySize(), body.size());
    QVERIFY(response.ok());
    QCOMPARE(response.records().size(), 1);
    QVERIFY(response.moreRecords());
}

void TestCrmResponse::recordsAsBytes()
{
    const QByteArray body = R"( {"data" : [ {"id":"1","b":[1,{"c":"]}"}]} ,"two", 3 ] ,"info":{"count":3}} )";
    const auto response = CrmResponse::fromHttp(200, "OK", {}, body, CrmResponse::RecordStatus::Skip,
                                                CrmResponse::Parse::RecordsAsBytes);
    QVERIFY(response.ok());
    QVERIFY(response.recordsAsBytes());
    QCOMPARE(response.json().value(QLatin1String("data")).toArray(), QJsonArray());
    QCOMPARE(response.info().value(QLatin1String("count")).toInt(), 3);
    QCOMPARE(response.recordCount(), 3);
    QCOMPARE(response.recordSpans().size(), 3);
    const auto [begin, end] = response.recordSpans().at(0);
    QCOMPARE(body.mid(begin, end - begin), QByteArray(R"({"id":"1","b":[1,{"c":"]}"}]})"));
    QCOMPARE(response.rawRecords(), QByteArray(R"([ {"id":"1","b":[1,{"c":"]}"}]} ,"two", 3 ])"));
    QCOMPARE(response.records(),
             QJsonDocument::fromJson(body).object().value(QLatin1String("data")).toArray());
    QCOMPARE(response.recordsKey(), QStringLiteral("data"));

    const auto empty =
        CrmResponse::fromHttp(200, "OK", {}, R"({"data":[],"info":{}})", CrmResponse::RecordStatus::Skip,
                              CrmResponse::Parse::RecordsAsBytes);
    QVERIFY(empty.ok());
    QCOMPARE(empty.recordCount(), 0);
}

void TestCrmResponse::recordsAsBytesFallsBackToWholeParse()
{
    const auto parse = [](int status, const QByteArray &body) {
        return CrmResponse::fromHttp(status, "X", {}, body, CrmResponse::RecordStatus::Skip,
                                     CrmResponse::Parse::RecordsAsBytes);
    };
    // An invalid record or the rest of the body invalid: the error a whole parse names.
    for (const QByteArray &body :
         { QByteArray(R"({"data":[{"a":1},{"b":}]})"), QByteArray(R"({"data":[1,2],"x":})"),
           QByteArray(R"({"data":[1 2]})"), QByteArray(R"({"data":[1,2)") }) {
        const auto response = parse(200, body);
        QVERIFY2(!response.ok(), body.constData());
        QCOMPARE(response.error().kind(), CrmError::Kind::MalformedResponse);
        QVERIFY(!response.recordsAsBytes());
    }
    // No data[] (or not an array): parsed whole.
    const auto users = parse(200, R"({"users":[{"id":"1"}]})");
    QVERIFY(users.ok());
    QVERIFY(!users.recordsAsBytes());
    QCOMPARE(users.recordCount(), 1);
    // From 400 on: parsed whole, data[] read for the reason.
    const auto failed =
        parse(400, R"({"data":[{"code":"INVALID_DATA","details":{},"message":"m","status":"error"}]})");
    QVERIFY(!failed.recordsAsBytes());
    QCOMPARE(failed.error().code(), QStringLiteral("INVALID_DATA"));
    // A top-level envelope with status 200 is still an error.
    const auto envelope = parse(200, R"({"code":"INTERNAL_ERROR","data":[],"message":"m","status":"error"})");
    QVERIFY(!envelope.ok());
    QCOMPARE(envelope.error().code(), QStringLiteral("INTERNAL_ERROR"));
}

QTEST_GUILESS_MAIN(TestCrmResponse)
#include "tst_crmresponse.moc"
