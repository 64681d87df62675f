#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

// A line for a secret (a client secret, a grant code, a database password): masked until the user
// presses its "Show" toggle, never echoed by default. The toggle has its own accessible name, so a
// screen reader says what it reveals.
class SecretField : public QWidget
{
    Q_OBJECT
public:
    // `what` names the secret for the toggle's accessible name ("client secret").
    explicit SecretField(const QString &what, QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    void clear();
    void setReadOnly(bool readOnly);
    void setPlaceholderText(const QString &text);
    bool isRevealed() const;
    void setRevealed(bool revealed);

    QLineEdit *lineEdit() const { return m_edit; }
    QToolButton *revealButton() const { return m_reveal; }

Q_SIGNALS:
    void textChanged(const QString &text);

private:
    QLineEdit *m_edit;
    QToolButton *m_reveal;
};
