#include "sandboxhttpresponse.h"

#include <QJsonDocument>
#include <QString>

void SandboxHttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({ name, value });
}

QByteArray SandboxHttpResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

SandboxHttpResponse SandboxHttpResponse::json(int status, const QJsonObject &object)
{
    SandboxHttpResponse r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    r.setHeader("Content-Type", "application/json;charset=UTF-8");
    return r;
}

SandboxHttpResponse SandboxHttpResponse::html(int status, const QString &html)
{
    SandboxHttpResponse r;
    r.status = status;
    r.body = html.toUtf8();
    r.setHeader("Content-Type", "text/html;charset=UTF-8");
    return r;
}

SandboxHttpResponse SandboxHttpResponse::redirect(const QByteArray &location)
{
    SandboxHttpResponse r;
    r.status = 302;
    r.setHeader("Location", location);
    r.setHeader("Content-Type", "text/html;charset=UTF-8");
    r.body = "<html><body>Redirecting to <a href=\"" + QString::fromUtf8(location).toHtmlEscaped().toUtf8()
        + "\">the application</a></body></html>";
    return r;
}

SandboxHttpResponse SandboxHttpResponse::empty(int status)
{
    SandboxHttpResponse r;
    r.status = status;
    // A real Zoho 204 carries this content type with an empty body.
    r.setHeader("Content-Type", "application/json;charset=utf-8");
    return r;
}

SandboxHttpResponse SandboxHttpResponse::crmError(int status, const QString &code, const QString &message,
                                                  const QJsonObject &details)
{
    return json(
        status,
        QJsonObject {
            { "code", code }, { "details", details }, { "message", message }, { "status", "error" } });
}

QByteArray SandboxHttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 207:
        return "Multi-Status";
    case 302:
        return "Found";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Request Entity Too Large";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}
