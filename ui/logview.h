#pragma once

#include <QWidget>

class LogCapture;
class QPlainTextEdit;

// The application's log (LogCapture's lines, already free of secrets), newest at the bottom.
class LogView : public QWidget
{
    Q_OBJECT
public:
    explicit LogView(LogCapture *capture, QWidget *parent = nullptr);

private:
    QPlainTextEdit *m_text;
};
