#pragma once

#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

class QWidget;

// What the dialog tests share: accessibility and keyboard checks, and a browser that follows the
// sandbox's redirects to our loopback listener.
namespace DialogTestHelpers {

// Focusable, visible widgets under `root` whose accessible name (read through QAccessible) is empty,
// described by class and object name. The inner parts of composite widgets are skipped.
QStringList unnamedFocusableWidgets(QWidget *root);

// The visible, enabled widgets under `root` that take focus by Tab.
QList<QWidget *> tabFocusableWidgets(QWidget *root);

// Shows `window`, waits until it is active, then presses Tab until focus comes back around (at most
// `limit` times); returns the widgets focus visited, in order.
QList<QWidget *> walkTabOrder(QWidget *window, int limit = 80);

// "QLineEdit#clientIdEdit"
QString describe(const QWidget *widget);

} // namespace DialogTestHelpers

// The user's browser, for the facade's opener: GETs the authorization URL and follows redirects, so
// that an auto-approving sandbox lands on our callback listener. Can stay idle (a user who waits).
class LoopbackBrowser : public QObject
{
    Q_OBJECT
public:
    explicit LoopbackBrowser(QObject *parent = nullptr);

    std::function<bool(const QUrl &)> opener();
    void setFollowing(bool follow) { m_follow = follow; }
    const QList<QUrl> &opened() const { return m_opened; }
    int finishedCount() const { return m_finished; }

private:
    QNetworkAccessManager m_network;
    QList<QUrl> m_opened;
    bool m_follow = true;
    int m_finished = 0;
};
