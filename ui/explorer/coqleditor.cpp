#include "coqleditor.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBlock>

namespace {

const QStringList kKeywords { "select", "from",     "where", "and",    "or",      "order by",
                              "asc",    "desc",     "limit", "offset", "is null", "is not null",
                              "like",   "not like", "in",    "not in", "between", "group by",
                              "count(", "sum(",     "max(",  "min(",   "avg(" };

} // namespace

CoqlEditor::CoqlEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_completer(new QCompleter(this))
    , m_words(new QStringListModel(this))
{
    setObjectName(QStringLiteral("coqlEditor"));
    setAccessibleName(tr("COQL query"));
    setAccessibleDescription(tr("select … from Module where … limit … offset …; Ctrl+Space completes"));
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setPlaceholderText(tr("select Last_Name, Email from Leads where Lead_Source = 'Web Download' limit 200"));
    setTabChangesFocus(true);
    m_completer->setModel(m_words);
    m_completer->setWidget(this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    m_completer->popup()->setAccessibleName(tr("COQL completions"));
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &CoqlEditor::insertCompletion);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        const QString mentioned = module();
        if (!mentioned.isEmpty() && mentioned != m_lastMentioned && m_modules.contains(mentioned)) {
            m_lastMentioned = mentioned;
            if (!m_fields.contains(mentioned))
                Q_EMIT moduleMentioned(mentioned);
        }
    });
}

void CoqlEditor::setModules(const QStringList &modules)
{
    m_modules = modules;
}

void CoqlEditor::setFields(const QString &module, const QStringList &fields)
{
    m_fields.insert(module, fields);
}

QString CoqlEditor::module() const
{
    static const QRegularExpression from(QStringLiteral("\\bfrom\\s+([A-Za-z0-9_]+)"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = from.match(toPlainText());
    return match.hasMatch() ? match.captured(1) : QString();
}

QString CoqlEditor::wordUnderCursor() const
{
    QTextCursor cursor = textCursor();
    const QString before = cursor.block().text().left(cursor.positionInBlock());
    static const QRegularExpression word(QStringLiteral("([A-Za-z0-9_]*)$"));
    return word.match(before).captured(1);
}

QStringList CoqlEditor::suggestions() const
{
    QTextCursor cursor = textCursor();
    cursor.setPosition(cursor.position());
    const QString before = toPlainText().left(cursor.position());
    static const QRegularExpression afterFrom(QStringLiteral("\\bfrom\\s+[A-Za-z0-9_]*$"),
                                              QRegularExpression::CaseInsensitiveOption);
    if (afterFrom.match(before).hasMatch())
        return m_modules;
    QStringList words = m_fields.value(module());
    words += kKeywords;
    if (module().isEmpty())
        words += m_modules;
    return words;
}

void CoqlEditor::updateCompleter(bool popup)
{
    const QString prefix = wordUnderCursor();
    m_words->setStringList(suggestions());
    m_completer->setCompletionPrefix(prefix);
    if (!popup || (prefix.isEmpty() && !popup)) {
        m_completer->popup()->hide();
        return;
    }
    QRect rect = cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0)
                  + m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    m_completer->complete(rect);
}

void CoqlEditor::insertCompletion(const QString &completion)
{
    QTextCursor cursor = textCursor();
    const int prefix = int(m_completer->completionPrefix().size());
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, prefix);
    cursor.insertText(completion);
    setTextCursor(cursor);
}

void CoqlEditor::keyPressEvent(QKeyEvent *event)
{
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore(); // the completer takes them
            return;
        default:
            break;
        }
    }
    const bool shortcut = event->key() == Qt::Key_Space && (event->modifiers() & Qt::ControlModifier);
    if (!shortcut)
        QPlainTextEdit::keyPressEvent(event);
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier) && !shortcut)
        return;
    const QString prefix = wordUnderCursor();
    updateCompleter(shortcut || prefix.size() >= 2);
}
