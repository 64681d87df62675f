// CsvCodec: CSV exactly as Python's csv module (the SDK FileStore's) writes and reads it.
#include "csvcodec.h"
#include "pythoncsv.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray encode(const QList<QStringList> &rows, const QString &lineEnding = QStringLiteral("\r\n"))
{
    QString text;
    for (const QStringList &row : rows)
        CsvCodec::appendRecord(text, row, lineEnding);
    return text.toUtf8();
}

QList<QStringList> fieldsOf(const CsvCodec::Parsed &parsed)
{
    QList<QStringList> rows;
    for (const CsvCodec::Record &record : parsed.records)
        rows.append(record.fields);
    return rows;
}

// Rows that exercise every quoting rule, with the values the brief names.
QList<QStringList> awkwardRows()
{
    return {
        { QStringLiteral("id"), QStringLiteral("value"), QStringLiteral("more") },
        { QStringLiteral("1"), QStringLiteral("o'brien"), QStringLiteral("say \"hi\"") },
        { QStringLiteral("2"), QStringLiteral("a,b,c"), QStringLiteral("x';-- DROP TABLE oauthtoken;--") },
        { QStringLiteral("3"), QStringLiteral("line1\nline2\r\nline3\r"), QStringLiteral("\r") },
        { QStringLiteral("4"), QStringLiteral(" leading and trailing "), QStringLiteral("\ttab") },
        { QStringLiteral("5"), QStringLiteral("Zoë Ørsted 東京 🚀"), QString() },
        { QStringLiteral("6"), QString(), QString() },
        { QStringLiteral("7"), QStringLiteral("\""), QStringLiteral("\"\"") },
        { QStringLiteral("8"), QString(8192, QLatin1Char('k')), QStringLiteral("#;\\") },
        { QString() },
    };
}

} // namespace

class CsvCodecTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotesOnlyWhatPythonQuotes_data();
    void quotesOnlyWhatPythonQuotes();
    void oneEmptyFieldIsQuoted();
    void parsesQuotedFieldsAndLineEndings();
    void skipsBlankLinesAndKeepsLineNumbers();
    void detectsLineEndingAndByteOrderMark();
    void quoteInsideUnquotedFieldIsData();
    void reportsErrorsWithTheirLine_data();
    void reportsErrorsWithTheirLine();
    void roundTripsAwkwardValues();
    void pythonWritesTheSameBytes();
    void pythonReadsTheSameFields();
};

void CsvCodecTest::quotesOnlyWhatPythonQuotes_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("written");
    QTest::newRow("plain") << QStringLiteral("1000.abc") << QStringLiteral("1000.abc");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("spaces") << QStringLiteral(" a b ") << QStringLiteral(" a b ");
    QTest::newRow("apostrophe") << QStringLiteral("o'brien") << QStringLiteral("o'brien");
    QTest::newRow("semicolon") << QStringLiteral(";--") << QStringLiteral(";--");
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("o\"brien,comma@example.com")
                           << QStringLiteral("\"o\"\"brien,comma@example.com\"");
    QTest::newRow("lf") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("cr") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
    QTest::newRow("non-ascii") << QStringLiteral("東京") << QStringLiteral("東京");
}

void CsvCodecTest::quotesOnlyWhatPythonQuotes()
{
    QFETCH(QString, field);
    QFETCH(QString, written);
    QString out;
    CsvCodec::appendField(out, field);
    QCOMPARE(out, written);
}

void CsvCodecTest::oneEmptyFieldIsQuoted()
{
    // Python writes `""` so that the record is not a blank line, which readers skip.
    QCOMPARE(encode({ { QString() } }), QByteArray("\"\"\r\n"));
    QCOMPARE(encode({ { QString(), QString() } }), QByteArray(",\r\n"));
}

void CsvCodecTest::parsesQuotedFieldsAndLineEndings()
{
    const CsvCodec::Parsed parsed =
        CsvCodec::parse("a,\"b,\"\"c\"\"\",\r\n\"multi\r\nline\",x\ny,\"\"\rlast,row");
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    const QList<QStringList> expected {
        { QStringLiteral("a"), QStringLiteral("b,\"c\""), QString() },
        { QStringLiteral("multi\r\nline"), QStringLiteral("x") },
        { QStringLiteral("y"), QString() },
        { QStringLiteral("last"), QStringLiteral("row") },
    };
    QCOMPARE(fieldsOf(parsed), expected);
    QCOMPARE(parsed.records.at(0).line, 1);
    QCOMPARE(parsed.records.at(1).line, 2);
    QCOMPARE(parsed.records.at(2).line, 4);
    QCOMPARE(parsed.records.at(3).line, 5);
}

void CsvCodecTest::skipsBlankLinesAndKeepsLineNumbers()
{
    // As csv.reader, which yields [] for a blank line, and the SDK, which skips it.
    const CsvCodec::Parsed parsed = CsvCodec::parse("h1,h2\r\n\r\n\r\n1,2\r\n\n3,4\n");
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.records.size(), 3);
    QCOMPARE(parsed.records.at(1).line, 4);
    QCOMPARE(parsed.records.at(2).line, 6);
}

void CsvCodecTest::detectsLineEndingAndByteOrderMark()
{
    QCOMPARE(CsvCodec::parse("a,b\r\n1,2\n").lineEnding, QByteArray("\r\n"));
    QCOMPARE(CsvCodec::parse("a,b\n1,2\r\n").lineEnding, QByteArray("\n"));
    QCOMPARE(CsvCodec::parse("a,b").lineEnding, QByteArray());
    const CsvCodec::Parsed withBom = CsvCodec::parse("\xEF\xBB\xBFid,x\r\n");
    QVERIFY(withBom.byteOrderMark);
    QCOMPARE(withBom.records.first().fields.first(), QStringLiteral("id"));
    QVERIFY(!CsvCodec::parse("id,x\r\n").byteOrderMark);
}

void CsvCodecTest::quoteInsideUnquotedFieldIsData()
{
    const CsvCodec::Parsed parsed = CsvCodec::parse("ab\"c,d\r\n");
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.records.first().fields, QStringList({ QStringLiteral("ab\"c"), QStringLiteral("d") }));
}

void CsvCodecTest::reportsErrorsWithTheirLine_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("problem");
    QTest::newRow("unterminated quote")
        << QByteArray("a,b\r\n1,2\r\n3,\"open\r\n4,5\r\n") << 3 << QStringLiteral("never closed");
    QTest::newRow("text after closing quote")
        << QByteArray("a,b\r\n\"x\"y,2\r\n") << 2 << QStringLiteral("after a closing quote");
    QTest::newRow("invalid UTF-8") << QByteArray("a,b\r\n1,2\r\n3,\xff\xfe\r\n") << 3
                                   << QStringLiteral("UTF-8");
    QTest::newRow("line count inside quotes")
        << QByteArray("a\r\n\"x\ny\nz\"w\r\n") << 4 << QStringLiteral("after a closing quote");
}

void CsvCodecTest::reportsErrorsWithTheirLine()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(QString, problem);
    const CsvCodec::Parsed parsed = CsvCodec::parse(bytes);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.errorLine, line);
    QVERIFY2(parsed.error.contains(problem), qPrintable(parsed.error));
    QVERIFY(parsed.records.isEmpty() || parsed.records.size() < 4);
}

void CsvCodecTest::roundTripsAwkwardValues()
{
    const QList<QStringList> rows = awkwardRows();
    for (const QString &lineEnding : { QStringLiteral("\r\n"), QStringLiteral("\n") }) {
        const CsvCodec::Parsed parsed = CsvCodec::parse(encode(rows, lineEnding));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(fieldsOf(parsed), rows);
    }
}

void CsvCodecTest::pythonWritesTheSameBytes()
{
    QString error;
    const auto python = PythonCsv::write(awkwardRows(), &error);
    if (!python)
        QSKIP(qPrintable(QStringLiteral("python3's csv module is not available: ") + error));
    QCOMPARE(encode(awkwardRows()), *python);
}

void CsvCodecTest::pythonReadsTheSameFields()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rows.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(encode(awkwardRows()));
    file.close();
    QString error;
    const auto rows = PythonCsv::read(path, &error);
    if (!rows)
        QSKIP(qPrintable(QStringLiteral("python3's csv module is not available: ") + error));
    QCOMPARE(*rows, awkwardRows());
}

QTEST_GUILESS_MAIN(CsvCodecTest)
#include "tst_csvcodec.moc"
