#include "testbrowser.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

namespace {

QString htmlUnescape(QString text)
{
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

QNetworkRequest manualRequest(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("zcrm-test-browser"));
    return request;
}

} // namespace

TestBrowser::Page TestBrowser::wait(QNetworkReply *reply)
{
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, reply, &QNetworkReply::abort);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timeout.start(15000);
    if (!reply->isFinished())
        loop.exec();
    Page page;
    page.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    page.body = reply->readAll();
    const QByteArray location = reply->rawHeader("Location");
    if (!location.isEmpty())
        page.location = reply->url().resolved(QUrl::fromEncoded(location));
    if (page.status == 0)
        page.error = reply->errorString();
    reply->deleteLater();
    return page;
}

TestBrowser::Page TestBrowser::get(const QUrl &url)
{
    return wait(m_network.get(manualRequest(url)));
}

TestBrowser::Page TestBrowser::postForm(const QUrl &url, const QList<std::pair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    QNetworkRequest request = manualRequest(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QStringLiteral("application/x-www-form-urlencoded"));
    return wait(m_network.post(request, body));
}

QList<std::pair<QString, QString>> TestBrowser::hiddenFields(const QByteArray &html, const QString &formId)
{
    const QString text = QString::fromUtf8(html);
    const qsizetype start = text.indexOf(QStringLiteral("<form id=\"%1\"").arg(formId));
    if (start < 0)
        return {};
    const qsizetype end = text.indexOf(QLatin1String("</form>"), start);
    const QString form = text.mid(start, end - start);
    static const QRegularExpression input(
        QStringLiteral("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">"));
    QList<std::pair<QString, QString>> fields;
    auto it = input.globalMatch(form);
    while (it.hasNext()) {
        const auto match = it.next();
        fields.append({ htmlUnescape(match.captured(1)), htmlUnescape(match.captured(2)) });
    }
    return fields;
}

QUrl TestBrowser::consent(const QUrl &authorizationUrl, bool approve, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return QUrl();
    };
    const Page page = get(authorizationUrl);
    if (page.status == 302)
        return page.location; // auto-approve
    if (page.status != 200)
        return fail(QStringLiteral("authorization page answered %1: %2")
                        .arg(page.status)
                        .arg(QString::fromUtf8(page.body)));
    const QString formId = approve ? QStringLiteral("approve") : QStringLiteral("deny");
    const QString html = QString::fromUtf8(page.body);
    static const QRegularExpression action(
        QStringLiteral("<form id=\"(\\w+)\" method=\"post\" action=\"([^\"]+)\">"));
    QUrl target;
    auto it = action.globalMatch(html);
    while (it.hasNext()) {
        const auto match = it.next();
        if (match.captured(1) == formId)
            target = authorizationUrl.resolved(QUrl(htmlUnescape(match.captured(2))));
    }
    if (target.isEmpty())
        return fail(QStringLiteral("the consent page has no %1 form").arg(formId));
    const Page decided = postForm(target, hiddenFields(page.body, formId));
    if (decided.status != 302 || decided.location.isEmpty())
        return fail(QStringLiteral("the consent form answered %1").arg(decided.status));
    return decided.location;
}

TestBrowser::Page TestBrowser::signIn(const QUrl &authorizationUrl, bool approve)
{
    QString error;
    const QUrl callback = consent(authorizationUrl, approve, &error);
    if (callback.isEmpty()) {
        Page page;
        page.error = error;
        return page;
    }
    return get(callback);
}

QUrl TestBrowser::withQueryItem(const QUrl &url, const QString &name, const QString &value)
{
    QUrlQuery query(url);
    query.removeAllQueryItems(name);
    query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    QUrl result = url;
    result.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return result;
}
