#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>

#include <utility>

// Plays the user's browser against the sandbox's accounts pages and our callback listener, over
// real HTTP: opens the authorization URL, submits the consent form, follows the redirect.
// Calls block in a local event loop, so the sandbox and the listener (same thread) keep running.
class TestBrowser
{
public:
    struct Page
    {
        int status = 0;
        QByteArray body;
        QUrl location; // the Location header of a redirect
        QString error; // transport error, empty when an HTTP answer came
    };

    Page get(const QUrl &url);
    Page postForm(const QUrl &url, const QList<std::pair<QString, QString>> &fields);

    // Opens the authorization URL and answers the consent page (or lets auto-approve redirect);
    // returns where the accounts server sends the browser (the callback URL), not yet visited.
    QUrl consent(const QUrl &authorizationUrl, bool approve = true, QString *error = nullptr);
    // consent(), then visits the callback URL as a browser would; returns the listener's page.
    Page signIn(const QUrl &authorizationUrl, bool approve = true);

    // The hidden fields of the form with this id in a page.
    static QList<std::pair<QString, QString>> hiddenFields(const QByteArray &html, const QString &formId);
    // The same URL with one query item replaced (for forging callbacks).
    static QUrl withQueryItem(const QUrl &url, const QString &name, const QString &value);

private:
    Page wait(class QNetworkReply *reply);

    QNetworkAccessManager m_network;
};
