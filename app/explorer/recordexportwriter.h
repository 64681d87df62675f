#pragma once

#include <QJsonArray>
#include <QSaveFile>
#include <QString>
#include <QStringList>

// Writes records page by page to a CSV or JSON file as they are fetched, keeping none of them: a
// QSaveFile writes to a temporary file beside the target and renames it into place only at
// commit(), so the target is either a complete file of what was fetched or not there at all, never
// a torn one. CSV columns are the `columns` given (the request's fields), else the keys of the
// first record, in order; objects (lookups) and arrays go into a cell as compact JSON.
class RecordExportWriter
{
public:
    enum class Format { Csv, Json };

    RecordExportWriter(const QString &path, Format format, QStringList columns = {});
    ~RecordExportWriter(); // without commit(): nothing is left behind

    static Format formatForPath(const QString &path); // .csv, else JSON

    bool open();
    // The records of one page; `rawJsonArray` (the page's data array as sent, when available) is
    // written as is for JSON, which keeps the server's bytes and saves re-serialising.
    bool writePage(const QJsonArray &records, const QByteArray &rawJsonArray = QByteArray());
    // Closes the JSON array and renames the file into place.
    bool commit();
    void discard();

    qint64 recordCount() const { return m_records; }
    const QString &errorString() const { return m_error; }
    const QStringList &columns() const { return m_columns; }
    const QString &path() const { return m_path; }

    static QByteArray csvField(const QString &text);

private:
    bool write(const QByteArray &bytes);

    QString m_path;
    Format m_format;
    QStringList m_columns;
    QSaveFile m_file;
    QString m_error;
    qint64 m_records = 0;
    bool m_headerWritten = false;
    bool m_open = false;
};
