#pragma once

#include "explorersession.h"
#include "pagenavigator.h"

#include <QWidget>

#include <memory>

class CollectionsPanel;
class HistoryPanel;
class OrgBrowser;
class QAction;
class QCheckBox;
class QPushButton;
class QTabWidget;
class RequestEditor;
class ResponseView;
class TokenFacade;
class TokenTableModel;

// The main window's API explorer page: the request editor and the response view, beside the org's
// modules and fields, the history and the saved requests. All of its work goes through an
// ExplorerSession (made at first use, on its own thread) signed by the token facade's tokens.
class ExplorerPage : public QWidget
{
    Q_OBJECT
public:
    ExplorerPage(TokenFacade *facade, TokenTableModel *tokens, QWidget *parent = nullptr);
    ~ExplorerPage() override;

    // Before the page is first used; the default keeps explorer.db in the application data folder.
    void setSessionOptions(const ExplorerSession::Options &options);
    static QString defaultDatabasePath();
    ExplorerSession *session();

    RequestEditor *editor() const { return m_editor; }
    ResponseView *response() const { return m_response; }
    OrgBrowser *browser() const { return m_browser; }
    HistoryPanel *historyPanel() const { return m_history; }
    CollectionsPanel *collectionsPanel() const { return m_collections; }
    QTabWidget *sideTabs() const { return m_side; }
    const PageNavigator &navigator() const { return m_navigator; }
    QAction *sendAction() const { return m_sendAction; }
    bool isBusy() const { return m_ticket != 0 || m_fetchTicket != 0; }

    void send();
    void cancel();
    void nextPage();
    void previousPage();
    // Fetches every page into `path` (CSV for .csv, else JSON); asks for the file when empty.
    void fetchAll(const QString &path = QString());
    void cancelFetch();
    void openRequest(const ExplorerRequest &request);
    // Builds GET {module} with its fields (at most 50, as CRM takes) and sends it.
    void listModule(const QString &module);
    QString curlLine(const QString &accessToken = QString()) const;
    QString zcrmLine() const;

Q_SIGNALS:
    // A request was answered and shown (tests and the gallery wait on it).
    void resultShown();
    void fetchFinished();
    void statusMessage(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void sendRequest(const ExplorerRequest &request, bool fresh);
    void showResult(const ExplorerSession::Result &result);
    void updatePaging();
    void loadModules(bool refresh);
    void loadFields(const QString &module, bool refresh, bool forBrowser);
    void reloadHistory();
    void reloadCollections();
    void copyCurl();
    void copyZcrm();

    TokenFacade *m_facade;
    TokenTableModel *m_tokens;
    ExplorerSession::Options m_options;
    std::unique_ptr<ExplorerSession> m_session;
    RequestEditor *m_editor;
    ResponseView *m_response;
    OrgBrowser *m_browser;
    HistoryPanel *m_history;
    CollectionsPanel *m_collections;
    QTabWidget *m_side;
    QPushButton *m_copyCurl;
    QPushButton *m_copyZcrm;
    QCheckBox *m_withToken;
    QAction *m_sendAction;
    PageNavigator m_navigator;
    quint64 m_ticket = 0;
    quint64 m_fetchTicket = 0;
    QStringList m_moduleNames;
};
