#pragma once

#include "historystore.h"

#include <QWidget>

class QLineEdit;
class QPushButton;
class QTreeWidget;

// The requests sent, newest first, searchable; Enter or double-click (or Replay) puts one back into
// the editor. The session reads and writes the history file; this only shows it.
class HistoryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPanel(QWidget *parent = nullptr);

    void setEntries(const QList<HistoryStore::Entry> &entries);
    QString searchText() const;
    QTreeWidget *list() const { return m_list; }
    QLineEdit *searchEdit() const { return m_search; }

Q_SIGNALS:
    void searchChanged(const QString &text);
    void replayRequested(const ExplorerRequest &request);
    void clearRequested();

private:
    void replayCurrent();

    QLineEdit *m_search;
    QTreeWidget *m_list;
    QPushButton *m_replay;
    QPushButton *m_clear;
    QList<HistoryStore::Entry> m_entries;
};
