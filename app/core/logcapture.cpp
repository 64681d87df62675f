#include "logcapture.h"

#include <QDateTime>
#include <QPointer>
#include <QRegularExpression>

namespace {

QPointer<LogCapture> g_capture;
QtMessageHandler g_previous = nullptr;

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_capture)
        g_capture->add(type, context.category, message);
    if (g_previous)
        g_previous(type, context, LogCapture::redact(message));
}

QString levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return QStringLiteral("debug");
    case QtInfoMsg:
        return QStringLiteral("info");
    case QtWarningMsg:
        return QStringLiteral("warning");
    case QtCriticalMsg:
    case QtFatalMsg:
        return QStringLiteral("error");
    }
    return QString();
}

} // namespace

LogCapture::LogCapture(QObject *parent)
    : QObject(parent)
{ }

LogCapture::~LogCapture()
{
    if (m_installed && g_capture == this) {
        qInstallMessageHandler(g_previous);
        g_capture = nullptr;
    }
}

void LogCapture::install()
{
    g_capture = this;
    g_previous = qInstallMessageHandler(handleMessage);
    m_installed = true;
}

QStringList LogCapture::lines() const
{
    QMutexLocker locker(&m_mutex);
    return m_lines;
}

QString LogCapture::redact(const QString &text)
{
    // Zoho's tokens (1000.<hex>.<hex>), a bearer after Zoho-oauthtoken, and form or JSON fields that
    // carry a secret.
    static const QRegularExpression patterns[] = {
        QRegularExpression(QStringLiteral("1000\\.[0-9a-fA-F]{8,}\\.[0-9a-fA-F]{8,}")),
        QRegularExpression(QStringLiteral("(Zoho-oauthtoken|Bearer)\\s+\\S+"),
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("((?:client_secret|refresh_token|access_token|code|password)"
                                          "[\"']?\\s*[=:]\\s*[\"']?)[^\"'&\\s,}]+"),
                           QRegularExpression::CaseInsensitiveOption),
    };
    QString result = text;
    result.replace(patterns[0], QStringLiteral("…redacted…"));
    result.replace(patterns[1], QStringLiteral("\\1 …redacted…"));
    result.replace(patterns[2], QStringLiteral("\\1…redacted…"));
    return result;
}

void LogCapture::add(QtMsgType type, const char *category, const QString &message)
{
    const QString name = QString::fromLatin1(category ? category : "default");
    // Ours in full; Qt's and others' only when they warn.
    if (!name.startsWith(QLatin1String("zcrm")) && (type == QtDebugMsg || type == QtInfoMsg))
        return;
    const QString line = QStringLiteral("%1  %2  %3  %4")
                             .arg(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss.zzz")),
                                  levelName(type), name, redact(message));
    {
        QMutexLocker locker(&m_mutex);
        m_lines.append(line);
        while (m_lines.size() > m_capacity)
            m_lines.removeFirst();
    }
    QMetaObject::invokeMethod(
        this, [this, line] { Q_EMIT lineAdded(line); }, Qt::QueuedConnection);
}
