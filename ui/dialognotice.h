#pragma once

#include <QFrame>

class QLabel;

// An inline message in a dialog: what went wrong and what to do (error), a caution (warning) or a
// plain note (info). Icon, tinted background and text together, readable in light and dark themes;
// an error or warning is announced to screen readers when it appears.
class DialogNotice : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Info, Warning, Error };

    explicit DialogNotice(QWidget *parent = nullptr);

    // Shows `text` (hides the notice when it is empty).
    void show(Kind kind, const QString &text);
    void clear();
    Kind kind() const { return m_kind; }
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void restyle();

    QLabel *m_icon;
    QLabel *m_text;
    Kind m_kind = Kind::Info;
    bool m_restyling = false;
};
