#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTimer;

// The request body: JSON checked as it is typed (a moment after the last key), the error named
// with its line and column and underlined where it is. An empty body is valid (none is sent).
class JsonBodyEditor : public QWidget
{
    Q_OBJECT
public:
    explicit JsonBodyEditor(QWidget *parent = nullptr);

    QByteArray body() const;
    void setBody(const QByteArray &body);
    bool isValid() const { return m_valid; }
    QString problem() const; // empty when valid
    QPlainTextEdit *editor() const { return m_edit; }
    // Validates now (tests; normally it happens 150 ms after the last change).
    void validateNow();

Q_SIGNALS:
    void validityChanged(bool valid);

private:
    QPlainTextEdit *m_edit;
    QLabel *m_status;
    QTimer *m_timer;
    bool m_valid = true;
};
