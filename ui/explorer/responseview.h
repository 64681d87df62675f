#pragma once

#include "explorersession.h"

#include <QFutureWatcher>
#include <QWidget>

class JsonHighlighter;
class JsonTreeModel;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTimer;
class QTreeView;

// The answer half of the explorer: status, time, size, Zoho's rate-limit and credit headers; an
// error read as Zoho means it; the body as a lazy JSON tree and as highlighted text; the headers;
// find; copy a value or its JSON path; paging (previous, next, fetch all with progress and cancel).
class ResponseView : public QWidget
{
    Q_OBJECT
public:
    // Text beyond this is shown without colours: highlighting a big document would hold the GUI.
    static constexpr int highlightLimit = 256 * 1024;

    explicit ResponseView(QWidget *parent = nullptr);
    ~ResponseView() override;

    void showResult(const ExplorerSession::Result &result, qint64 nowMs);
    void showSending(const QString &what);
    void clear();

    // Paging: the position text, and which way is open.
    void setPaging(bool pageable, bool hasPrevious, bool hasNext, const QString &position);
    void setFetching(bool fetching);
    void setFetchProgress(qint64 records, int pages);
    void showFetchReport(const ExplorerSession::FetchReport &report);

    JsonTreeModel *treeModel() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    QPlainTextEdit *rawView() const { return m_raw; }
    QPlainTextEdit *headersView() const { return m_headers; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *limitsLabel() const { return m_limits; }
    QLineEdit *findEdit() const { return m_find; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *fetchCountLabel() const { return m_fetchCount; }

    // Copies the current tree node's value / JSON path to the clipboard.
    void copyValue();
    void copyPath();
    void findNext();
    void focusFind();

Q_SIGNALS:
    void previousRequested();
    void nextRequested();
    void fetchAllRequested();
    void cancelFetchRequested();
    // Find finished: found or not (tests wait on it).
    void findFinished(bool found);

private:
    void showRawIfVisible();
    void treeFindDone();
    void showFetchedCount();

    QLabel *m_status;
    QLabel *m_limits;
    QLabel *m_message;
    QTabWidget *m_tabs;
    QTreeView *m_tree;
    JsonTreeModel *m_model;
    QPlainTextEdit *m_raw;
    JsonHighlighter *m_highlighter = nullptr;
    QPlainTextEdit *m_headers;
    QLineEdit *m_find;
    QPushButton *m_findButton;
    QPushButton *m_copyValue;
    QPushButton *m_copyPath;
    QPushButton *m_previous;
    QPushButton *m_next;
    QLabel *m_position;
    QPushButton *m_fetchAll;
    QPushButton *m_cancelFetch;
    QLabel *m_fetchCount;
    QProgressBar *m_progress;
    // A page can arrive every few milliseconds; the count is shown at most five times a second, so
    // the window repaints for the reader, not for every page.
    QTimer *m_progressThrottle;
    qint64 m_fetchedRecords = -1;
    int m_fetchedPages = 0;
    QString m_pendingRaw; // set into the raw view when it is first shown
    bool m_rawPending = false;
    QFutureWatcher<std::optional<QList<int>>> m_findWatcher;
};
