#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

// CSV as the Zoho SDK FileStore reads and writes it: Python's csv module (dialect "excel",
// QUOTE_MINIMAL) and opencsv. UTF-8 text; a field is quoted only when it holds ',', '"', CR or LF, and
// '"' is doubled inside quotes; spaces are kept as they are and never cause quoting; records end in
// CRLF, LF or CR.
//
// Unlike Python's lenient reader, the parser refuses what cannot be written back unchanged: invalid
// UTF-8, a quote that is never closed, text after a closing quote. A '"' inside an unquoted field is
// data, as for Python.
class CsvCodec
{
public:
    struct Record
    {
        QStringList fields;
        int line = 0; // 1-based line on which the record starts
    };

    struct Parsed
    {
        QList<Record> records; // blank lines are skipped, as csv.reader and the SDK do
        QByteArray lineEnding; // terminator of the first record ("\r\n" or "\n"); empty when none
        bool byteOrderMark = false; // the text started with a UTF-8 BOM
        int errorLine = 0;
        QString error; // empty when the text parsed

        bool ok() const { return error.isEmpty(); }
    };

    static Parsed parse(const QByteArray &bytes);

    // What Python's QUOTE_MINIMAL quotes.
    static bool needsQuotes(QStringView field);
    static void appendField(QString &out, QStringView field);
    // Python quotes the empty field of a one-field record (`""`), so that the line is not blank.
    static void appendRecord(QString &out, const QStringList &fields, QStringView lineEnding);
};
