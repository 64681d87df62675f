#pragma once

#include <QMutex>
#include <QObject>
#include <QStringList>

// The application's log lines for the log view: every Qt message of the zcrm.* categories, kept in
// a bounded buffer, with anything shaped like a secret (Zoho tokens, client secrets, an
// Authorization header) replaced before it is kept, so that no line shown or copied holds one.
// install() makes it the process's message handler; messages from any thread arrive as lineAdded on
// this object's thread.
class LogCapture : public QObject
{
    Q_OBJECT
public:
    explicit LogCapture(QObject *parent = nullptr);
    ~LogCapture() override;

    void install();
    QStringList lines() const;
    void setCapacity(int lines) { m_capacity = lines; }

    // The text with secrets replaced by "…redacted…".
    static QString redact(const QString &text);

    void add(QtMsgType type, const char *category, const QString &message);

Q_SIGNALS:
    void lineAdded(const QString &line);

private:
    mutable QMutex m_mutex;
    QStringList m_lines;
    int m_capacity = 5000;
    bool m_installed = false;
};
