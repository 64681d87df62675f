#include "jsonbodyeditor.h"

#include <QFontDatabase>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

JsonBodyEditor::JsonBodyEditor(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_timer(new QTimer(this))
{
    m_edit->setObjectName(QStringLiteral("bodyEditor"));
    m_edit->setAccessibleName(tr("Request body (JSON)"));
    m_edit->setAccessibleDescription(tr("Checked as you type; errors are named below with line and column"));
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setPlaceholderText(tr("{\"data\": [{\"Last_Name\": \"Smith\"}]}"));
    m_edit->setTabChangesFocus(true);
    m_status->setObjectName(QStringLiteral("bodyStatus"));
    m_status->setAccessibleName(tr("Body check"));
    m_status->setWordWrap(true);
    m_timer->setSingleShot(true);
    m_timer->setInterval(150);
    connect(m_timer, &QTimer::timeout, this, &JsonBodyEditor::validateNow);
    connect(m_edit, &QPlainTextEdit::textChanged, m_timer, qOverload<>(&QTimer::start));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_status);
    validateNow();
}

QByteArray JsonBodyEditor::body() const
{
    return m_edit->toPlainText().trimmed().toUtf8();
}

void JsonBodyEditor::setBody(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    m_edit->setPlainText(document.isNull() ? QString::fromUtf8(body)
                                           : QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
    validateNow();
}

QString JsonBodyEditor::problem() const
{
    return m_valid ? QString() : m_status->text();
}

void JsonBodyEditor::validateNow()
{
    m_timer->stop();
    const QString text = m_edit->toPlainText();
    QList<QTextEdit::ExtraSelection> marks;
    bool valid = true;
    if (text.trimmed().isEmpty()) {
        m_status->setText(tr("No body."));
    } else {
        const QByteArray utf8 = text.toUtf8();
        QJsonParseError error;
        QJsonDocument::fromJson(utf8, &error);
        valid = error.error == QJsonParseError::NoError;
        if (valid) {
            m_status->setText(tr("Valid JSON."));
        } else {
            // The parser's offset is in UTF-8 bytes; the editor counts characters.
            const int position = int(QString::fromUtf8(utf8.left(error.offset)).size());
            const QTextBlock block = m_edit->document()->findBlock(position);
            const int line = block.blockNumber() + 1;
            const int column = position - block.position() + 1;
            m_status->setText(tr("Not valid JSON: %1 at line %2, column %3.")
                                  .arg(error.errorString())
                                  .arg(line)
                                  .arg(column));
            QTextEdit::ExtraSelection mark;
            mark.cursor = QTextCursor(m_edit->document());
            mark.cursor.setPosition(qMax(0, qMin(position, int(text.size())) - 1));
            mark.cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
            mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            mark.format.setUnderlineColor(Qt::red);
            mark.format.setBackground(QColor(255, 0, 0, 60));
            marks.append(mark);
        }
    }
    m_edit->setExtraSelections(marks);
    if (valid != m_valid) {
        m_valid = valid;
        Q_EMIT validityChanged(valid);
    }
}
