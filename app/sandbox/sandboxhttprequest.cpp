#include "sandboxhttprequest.h"

#include <QUrl>

QByteArray SandboxHttpRequest::header(const QByteArray &lowerName) const
{
    for (const auto &h : headers) {
        if (h.first == lowerName)
            return h.second;
    }
    return {};
}

static QList<QPair<QString, QString>> parseMultipart(const QByteArray &body, const QByteArray &boundary)
{
    QList<QPair<QString, QString>> fields;
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = body.indexOf(delimiter);
    while (pos >= 0) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            break;
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", pos);
        if (headersEnd < 0)
            break;
        const QByteArray partHeaders = body.mid(pos, headersEnd - pos);
        const qsizetype next = body.indexOf("\r\n" + delimiter, headersEnd + 4);
        if (next < 0)
            break;
        const QByteArray value = body.mid(headersEnd + 4, next - headersEnd - 4);
        const qsizetype namePos = partHeaders.indexOf("name=\"");
        if (namePos >= 0) {
            const qsizetype nameEnd = partHeaders.indexOf('"', namePos + 6);
            const QByteArray name = partHeaders.mid(namePos + 6, nameEnd - namePos - 6);
            fields.append({ QString::fromUtf8(name), QString::fromUtf8(value) });
        }
        pos = next + 2;
    }
    return fields;
}

QList<QPair<QString, QString>> SandboxHttpRequest::formFields() const
{
    const QByteArray type = header("content-type");
    if (type.startsWith("multipart/form-data")) {
        const qsizetype b = type.indexOf("boundary=");
        if (b < 0)
            return {};
        QByteArray boundary = type.mid(b + 9);
        const qsizetype semi = boundary.indexOf(';');
        if (semi >= 0)
            boundary.truncate(semi);
        if (boundary.startsWith('"') && boundary.endsWith('"') && boundary.size() >= 2)
            boundary = boundary.mid(1, boundary.size() - 2);
        return parseMultipart(body, boundary);
    }
    if (type.startsWith("application/x-www-form-urlencoded") || (type.isEmpty() && body.contains('='))) {
        QByteArray plus = body;
        plus.replace('+', ' ');
        const QUrlQuery form(QString::fromUtf8(plus));
        return form.queryItems(QUrl::FullyDecoded);
    }
    return {};
}
