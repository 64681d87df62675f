#include "csvcodec.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace {

const QByteArray kUtf8Bom("\xEF\xBB\xBF");

bool isValidUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString ignored = decoder(bytes);
    return !decoder.hasError();
}

// The line of the first byte that is not UTF-8, for the error message.
int lineOfInvalidUtf8(QByteArrayView bytes)
{
    int line = 1;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        if (!isValidUtf8(bytes.sliced(start, end - start)))
            return line;
        ++line;
        start = end + 1;
    }
    return line;
}

} // namespace

CsvCodec::Parsed CsvCodec::parse(const QByteArray &bytes)
{
    Parsed parsed;
    QByteArrayView view(bytes);
    if (view.startsWith(kUtf8Bom)) {
        parsed.byteOrderMark = true;
        view = view.sliced(kUtf8Bom.size());
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(view);
    if (decoder.hasError()) {
        parsed.errorLine = lineOfInvalidUtf8(view);
        parsed.error = QCoreApplication::translate("CsvCodec", "not UTF-8 text");
        return parsed;
    }

    const QChar *data = text.constData();
    const qsizetype size = text.size();
    qsizetype pos = 0;
    int line = 1;
    const auto isEnd = [](QChar c) { return c == u'\r' || c == u'\n'; };
    // Consumes one record terminator at `pos` (CRLF, LF or CR) and returns it.
    const auto takeLineEnd = [&]() -> QByteArray {
        if (data[pos] == u'\r' && pos + 1 < size && data[pos + 1] == u'\n') {
            pos += 2;
            ++line;
            return QByteArrayLiteral("\r\n");
        }
        ++pos;
        ++line;
        return QByteArrayLiteral("\n");
    };

    while (pos < size) {
        if (isEnd(data[pos])) { // a blank line
            takeLineEnd();
            continue;
        }
        Record record;
        record.line = line;
        for (;;) {
            QString field;
            if (pos < size && data[pos] == u'"') {
                const int quoteLine = line;
                ++pos;
                qsizetype segment = pos;
                bool closed = false;
                while (pos < size) {
                    const QChar c = data[pos];
                    if (c == u'"') {
                        field.append(QStringView(data + segment, pos - segment));
                        if (pos + 1 < size && data[pos + 1] == u'"') {
                            field.append(u'"');
                            pos += 2;
                            segment = pos;
                            continue;
                        }
                        ++pos;
                        closed = true;
                        break;
                    }
                    if (c == u'\n' || (c == u'\r' && !(pos + 1 < size && data[pos + 1] == u'\n')))
                        ++line;
                    ++pos;
                }
                if (!closed) {
                    parsed.errorLine = quoteLine;
                    parsed.error = QCoreApplication::translate("CsvCodec", "a quoted field is never closed");
                    return parsed;
                }
                if (pos < size && data[pos] != u',' && !isEnd(data[pos])) {
                    parsed.errorLine = line;
                    parsed.error =
                        QCoreApplication::translate("CsvCodec",
                                                    "text after a closing quote (a quote inside a quoted "
                                                    "field must be doubled)");
                    return parsed;
                }
            } else {
                const qsizetype start = pos;
                while (pos < size && data[pos] != u',' && !isEnd(data[pos]))
                    ++pos;
                field = QString(data + start, pos - start);
            }
            record.fields.append(field);
            if (pos < size && data[pos] == u',') {
                ++pos;
                continue;
            }
            break;
        }
        if (pos < size) {
            const QByteArray ending = takeLineEnd();
            if (parsed.lineEnding.isEmpty())
                parsed.lineEnding = ending;
        }
        parsed.records.append(std::move(record));
    }
    return parsed;
}

bool CsvCodec::needsQuotes(QStringView field)
{
    for (QChar c : field) {
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n')
            return true;
    }
    return false;
}

void CsvCodec::appendField(QString &out, QStringView field)
{
    if (!needsQuotes(field)) {
        out.append(field);
        return;
    }
    out.append(u'"');
    qsizetype segment = 0;
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field[i] == u'"') {
            out.append(field.sliced(segment, i + 1 - segment));
            out.append(u'"');
            segment = i + 1;
        }
    }
    out.append(field.sliced(segment));
    out.append(u'"');
}

void CsvCodec::appendRecord(QString &out, const QStringList &fields, QStringView lineEnding)
{
    if (fields.size() == 1 && fields.first().isEmpty()) {
        out.append(QLatin1String("\"\""));
    } else {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                out.append(u',');
            appendField(out, fields.at(i));
        }
    }
    out.append(lineEnding);
}
