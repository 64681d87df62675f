#pragma once

#include "confirm.h"
#include "tokenchanges.h"

#include <QMainWindow>

class AppSettings;
class ExplorerPage;
class LogCapture;
class MessageBanner;
class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class StoreError;
class ThemeController;
class TokenCountdown;
class TokenDetailPane;
class TokenFacade;
class TokenFilterProxy;
class TokenTableModel;
class WelcomePage;

// The window: the welcome page while the store is empty, else the token table with its filters and
// the detail pane; a banner for what went wrong, the store in the status bar, the log in a dock.
// It only shows and asks: every store, keychain and network call goes through the token facade,
// and dialogs are opened by the DialogCoordinator from the signals below.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(TokenFacade *facade, AppSettings *settings, ThemeController *theme, LogCapture *log,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    TokenTableModel *tokenModel() const { return m_model; }
    TokenFilterProxy *tokenProxy() const { return m_proxy; }
    QTableView *tokenTable() const { return m_table; }
    TokenDetailPane *detailPane() const { return m_detail; }
    WelcomePage *welcomePage() const { return m_welcome; }
    MessageBanner *banner() const { return m_banner; }
    QLabel *storeLabel() const { return m_storeLabel; }
    TokenCountdown *countdown() const { return m_countdown; }
    // The pages: Tokens (the welcome page while the store is empty) and the API explorer.
    QTabWidget *mainTabs() const { return m_mainTabs; }
    ExplorerPage *explorerPage() const { return m_explorer; }
    QAction *action(const QString &objectName) const;

    // The selected token ids (source rows), in view order.
    QStringList selectedTokenIds() const;
    void selectToken(const QString &id);
    void setExpiringLeadMs(qint64 leadMs);
    void showStatusMessage(const QString &text);
    // What Revoke… asks (the gallery shows it as it is).
    static Confirm::Question revokeQuestion(const QString &userName);

Q_SIGNALS:
    void signInRequested();
    void sandboxRequested();
    void grantTokenRequested();
    void switchStoreRequested();
    void importRequested();
    void exportRequested(const QStringList &selectedIds);
    void settingsRequested();
    void aboutRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void createActions();
    void createMenus();
    QWidget *createTokensPage();
    void restoreLayout();
    void saveLayout();

    void storeOpening(const QString &spec);
    void storeOpened(const QString &description, const TokenList &rows);
    void storeFailed(const QString &spec, const StoreError &error);
    void tokensChanged(const TokenChanges &changes);
    void updatePage();
    void updateActions();
    void updateDetail();
    void updateCount();

    void refreshSelected();
    void revokeSelected();
    void deleteSelected();
    void copyAccessToken();
    void copyRefreshToken();
    std::optional<Token> currentToken() const;

    TokenFacade *m_facade;
    AppSettings *m_settings;
    ThemeController *m_theme;
    TokenTableModel *m_model;
    TokenFilterProxy *m_proxy;
    QStackedWidget *m_pages;
    WelcomePage *m_welcome;
    QTabWidget *m_mainTabs;
    ExplorerPage *m_explorer;
    QWidget *m_tokensPage;
    MessageBanner *m_banner;
    QTableView *m_table;
    TokenDetailPane *m_detail;
    QSplitter *m_splitter;
    QLineEdit *m_search;
    QComboBox *m_statusFilter;
    QComboBox *m_dataCenterFilter;
    QLabel *m_storeLabel;
    QLabel *m_countLabel;
    QDockWidget *m_logDock;
    TokenCountdown *m_countdown;
    QHash<QString, QAction *> m_actions;
    bool m_storeReady = false;
    bool m_layoutRestored = false;
};
