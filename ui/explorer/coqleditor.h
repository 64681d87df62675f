#pragma once

#include <QHash>
#include <QPlainTextEdit>

class QCompleter;
class QStringListModel;

// A COQL query editor: completes keywords, the org's module api names, and after "from Module" that
// module's field api names (asked for with moduleMentioned when not known yet).
class CoqlEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit CoqlEditor(QWidget *parent = nullptr);

    void setModules(const QStringList &modules);
    void setFields(const QString &module, const QStringList &fields);
    // The module after FROM, or empty.
    QString module() const;
    QCompleter *completer() const { return m_completer; }
    // The words offered for the word at the cursor (tests, and what the popup shows).
    QStringList suggestions() const;

Q_SIGNALS:
    void moduleMentioned(const QString &module);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void insertCompletion(const QString &completion);
    QString wordUnderCursor() const;
    void updateCompleter(bool popup);

    QCompleter *m_completer;
    QStringListModel *m_words;
    QStringList m_modules;
    QHash<QString, QStringList> m_fields;
    QString m_lastMentioned;
};
