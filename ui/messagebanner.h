#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class ThemeController;

// A line across the top of a page that says what went wrong (a locked store, a server that is down)
// with a Retry, or what happened; it never takes the focus from the user's work.
class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Info, Warning, Error };

    MessageBanner(const ThemeController *theme, QWidget *parent = nullptr);

    // `retryText` empty: no Retry button.
    void showMessage(Kind kind, const QString &text, const QString &retryText = QString());
    void clear();
    QString text() const;

Q_SIGNALS:
    void retryRequested();

private:
    void restyle();

    const ThemeController *m_theme;
    Kind m_kind = Kind::Info;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_retry;
    QPushButton *m_close;
};
