#include "logview.h"

#include "logcapture.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

LogView::LogView(LogCapture *capture, QWidget *parent)
    : QWidget(parent)
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("logView"));
    setAccessibleName(tr("Log"));
    m_text->setReadOnly(true);
    m_text->setMaximumBlockCount(5000);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setAccessibleName(tr("Log lines"));
    m_text->setAccessibleDescription(tr("What the application did, newest last; never a secret"));
    m_text->setPlaceholderText(tr("Nothing logged yet."));
    auto *copy = new QPushButton(tr("&Copy all"), this);
    copy->setAccessibleName(tr("Copy the whole log"));
    auto *clear = new QPushButton(tr("C&lear"), this);
    clear->setAccessibleName(tr("Clear the log view"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(copy);
    buttons->addWidget(clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_text);
    layout->addLayout(buttons);
    if (capture) {
        for (const QString &line : capture->lines())
            m_text->appendPlainText(line);
        connect(capture, &LogCapture::lineAdded, m_text, &QPlainTextEdit::appendPlainText);
    }
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_text->toPlainText()); });
    connect(clear, &QPushButton::clicked, m_text, &QPlainTextEdit::clear);
}
