#include "crmrequest.h"

#include "displaytext.h"

#include <QRegularExpression>

#include <algorithm>

CrmRequest::CrmRequest(const QByteArray &method, const QString &path)
{
    setMethod(method);
    setPath(path);
}

QString CrmRequest::normalizedPath(const QString &path)
{
    QString result = path.trimmed();
    const auto queryStart = result.indexOf(QLatin1Char('?'));
    if (queryStart >= 0)
        result.truncate(queryStart);
    while (result.startsWith(QLatin1Char('/')))
        result.remove(0, 1);
    static const QRegularExpression versioned(QStringLiteral("^crm/v[0-9]+(/|$)"));
    if (!versioned.match(result).hasMatch())
        result.prepend(QLatin1String(apiPrefix).mid(1));
    return QLatin1Char('/') + result;
}

void CrmRequest::setPath(const QString &path)
{
    m_path = normalizedPath(path);
    const auto queryStart = path.indexOf(QLatin1Char('?'));
    if (queryStart < 0)
        return;
    const QString query = path.mid(queryStart + 1);
    for (const QString &pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const auto equals = pair.indexOf(QLatin1Char('='));
        const QString key = equals < 0 ? pair : pair.left(equals);
        const QString value = equals < 0 ? QString() : pair.mid(equals + 1);
        addQueryItem(QUrl::fromPercentEncoding(key.toUtf8()), QUrl::fromPercentEncoding(value.toUtf8()));
    }
}

void CrmRequest::setQueryItem(const QString &key, const QString &value)
{
    removeQueryItem(key);
    addQueryItem(key, value);
}

void CrmRequest::removeQueryItem(const QString &key)
{
    m_query.erase(std::remove_if(m_query.begin(), m_query.end(),
                                 [&key](const QPair<QString, QString> &item) { return item.first == key; }),
                  m_query.end());
}

bool CrmRequest::hasQueryItem(const QString &key) const
{
    for (const auto &item : m_query) {
        if (item.first == key)
            return true;
    }
    return false;
}

QString CrmRequest::queryItemValue(const QString &key) const
{
    for (const auto &item : m_query) {
        if (item.first == key)
            return item.second;
    }
    return QString();
}

QString CrmRequest::headerProblem(const QByteArray &name, const QByteArray &value)
{
    // RFC 9110, "Field Names" and "Field Values": a name is a token; a value never holds CR, LF or NUL,
    // which would end the line and start a header of the caller's choosing.
    static const QByteArray tokenPunctuation("!#$%&'*+-.^_`|~");
    if (name.isEmpty())
        return CrmRequest::tr("the header name is empty");
    for (char c : name) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
              || tokenPunctuation.contains(c)))
            return CrmRequest::tr("the header name %1 holds a character a header name cannot have")
                .arg(DisplayText::quoted(QString::fromUtf8(name)));
    }
    for (char c : value) {
        // The value may be a secret: it is never quoted.
        if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7f)
            return CrmRequest::tr("the value of header %1 holds a control character (CR, LF, NUL or another)")
                .arg(DisplayText::quoted(QString::fromUtf8(name)));
    }
    return {};
}

QString CrmRequest::setHeader(const QByteArray &name, const QByteArray &value)
{
    if (QString problem = headerProblem(name, value); !problem.isEmpty())
        return problem;
    for (auto &header : m_headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return {};
        }
    }
    m_headers.append({ name, value });
    return {};
}

QUrl CrmRequest::url(const QUrl &apiDomain) const
{
    QString base = apiDomain.toString(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    QByteArray encoded = base.toUtf8() + QUrl::toPercentEncoding(m_path, "/");
    if (!m_query.isEmpty()) {
        encoded += '?';
        bool first = true;
        for (const auto &item : m_query) {
            if (!first)
                encoded += '&';
            first = false;
            encoded += QUrl::toPercentEncoding(item.first) + '=' + QUrl::toPercentEncoding(item.second);
        }
    }
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}
