#include "recordexportwriter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

RecordExportWriter::RecordExportWriter(const QString &path, Format format, QStringList columns)
    : m_path(path)
    , m_format(format)
    , m_columns(std::move(columns))
    , m_file(path)
{ }

RecordExportWriter::~RecordExportWriter()
{
    discard();
}

RecordExportWriter::Format RecordExportWriter::formatForPath(const QString &path)
{
    return path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? Format::Csv : Format::Json;
}

bool RecordExportWriter::open()
{
    if (!m_file.open(QIODevice::WriteOnly)) {
        m_error = m_file.errorString();
        return false;
    }
    m_open = true;
    return m_format == Format::Csv || write("[");
}

bool RecordExportWriter::write(const QByteArray &bytes)
{
    if (m_file.write(bytes) != bytes.size()) {
        m_error = m_file.errorString();
        return false;
    }
    return true;
}

QByteArray RecordExportWriter::csvField(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (!bytes.contains(',') && !bytes.contains('"') && !bytes.contains('\n') && !bytes.contains('\r'))
        return bytes;
    bytes.replace('"', "\"\"");
    return '"' + bytes + '"';
}

namespace {

QString cellText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::Bool:
        return QLatin1String(value.toBool() ? "true" : "false");
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QString();
}

} // namespace

bool RecordExportWriter::writePage(const QJsonArray &records, const QByteArray &rawJsonArray)
{
    if (!m_open)
        return false;
    if (records.isEmpty())
        return true;
    if (m_format == Format::Json) {
        QByteArray inner = rawJsonArray.trimmed();
        if (inner.size() >= 2 && inner.startsWith('[') && inner.endsWith(']')) {
            inner = inner.mid(1, inner.size() - 2).trimmed();
        } else {
            inner = QJsonDocument(records).toJson(QJsonDocument::Compact);
            inner = inner.mid(1, inner.size() - 2);
        }
        if (inner.isEmpty())
            return true;
        if (m_records > 0 && !write(","))
            return false;
        m_records += records.size();
        return write(inner);
    }
    QByteArray out;
    if (!m_headerWritten) {
        if (m_columns.isEmpty())
            m_columns = records.first().toObject().keys();
        QByteArrayList header;
        for (const QString &column : std::as_const(m_columns))
            header.append(csvField(column));
        out += header.join(',') + "\r\n";
        m_headerWritten = true;
    }
    for (const QJsonValue &value : records) {
        const QJsonObject record = value.toObject();
        bool first = true;
        for (const QString &column : std::as_const(m_columns)) {
            if (!first)
                out += ',';
            first = false;
            out += csvField(cellText(record.value(column)));
        }
        out += "\r\n";
    }
    m_records += records.size();
    return write(out);
}

bool RecordExportWriter::commit()
{
    if (!m_open)
        return false;
    if (m_format == Format::Json && !write("]\n")) {
        discard();
        return false;
    }
    m_open = false;
    if (!m_file.commit()) {
        m_error = m_file.errorString();
        return false;
    }
    return true;
}

void RecordExportWriter::discard()
{
    if (m_open) {
        m_file.cancelWriting();
        m_file.commit(); // removes the temporary file after cancelWriting
        m_open = false;
    }
}
