#include "dialogtesthelpers.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTest>
#include <QWidget>

// zcrm_ui is a static library: its icons (resources/zcrm-explorer.qrc) reach a program only when
// something references them, as the desktop's main does.
static int initUiResources()
{
    Q_INIT_RESOURCE(zcrm_explorer);
    return 0;
}
static const int uiResources = initUiResources();

namespace DialogTestHelpers {

QString describe(const QWidget *widget)
{
    return QStringLiteral("%1#%2").arg(QString::fromLatin1(widget->metaObject()->className()),
                                       widget->objectName());
}

namespace {

bool isInnerPart(const QWidget *widget)
{
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox *>(parent) || qobject_cast<const QComboBox *>(parent))
            return true;
    }
    return false;
}

} // namespace

QStringList unnamedFocusableWidgets(QWidget *root)
{
    QStringList missing;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!(widget->focusPolicy() & Qt::TabFocus) || !widget->isVisibleTo(root) || isInnerPart(widget))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            missing.append(describe(widget));
    }
    QAccessibleInterface *self = QAccessible::queryAccessibleInterface(root);
    if (!self || self->text(QAccessible::Name).trimmed().isEmpty())
        missing.append(describe(root) + QStringLiteral(" (the window)"));
    return missing;
}

QList<QWidget *> tabFocusableWidgets(QWidget *root)
{
    QList<QWidget *> result;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if ((widget->focusPolicy() & Qt::TabFocus) && widget->isVisibleTo(root) && widget->isEnabled()
            && !isInnerPart(widget) && widget->window() == root->window())
            result.append(widget);
    }
    return result;
}

QList<QWidget *> walkTabOrder(QWidget *window, int limit)
{
    QList<QWidget *> visited;
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window))
        return visited;
    QWidget *start = QApplication::focusWidget();
    if (!start)
        return visited;
    visited.append(start);
    for (int i = 0; i < limit; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        if (!now || now == start)
            break;
        if (!visited.contains(now))
            visited.append(now);
    }
    return visited;
}

} // namespace DialogTestHelpers

LoopbackBrowser::LoopbackBrowser(QObject *parent)
    : QObject(parent)
{ }

std::function<bool(const QUrl &)> LoopbackBrowser::opener()
{
    return [this](const QUrl &url) {
        m_opened.append(url);
        if (!m_follow)
            return true;
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply *reply = m_network.get(request);
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            ++m_finished;
            reply->deleteLater();
        });
        return true;
    };
}
