#pragma once

#include "oauthsignin.h"
#include "sandboxprocess.h"
#include "token.h"
#include "tokenfacade.h"
#include "tokenoperation.h"

#include <QDialog>
#include <QPointer>

class DataCenterFields;
class DialogNotice;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QToolButton;
class SecretField;

// "Sign in…": where (a data center and environment, a custom accounts URL, or the offline
// sandbox), which client, which scopes and which redirect port; then the browser flow through the
// token facade, with a page that waits (the authorization URL to copy, Cancel) and Zoho's errors as
// sentences. On success emits signedIn() with the saved row (without its secrets) and closes.
//
// Never blocks: show() or open() it; the caller may set Qt::WA_DeleteOnClose.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    SignInDialog(TokenFacade *facade, SandboxProcess *sandbox, QWidget *parent = nullptr);
    ~SignInDialog() override;

    // Fills the form (data center or custom URLs, client, secret, scopes, redirect port).
    void setOptions(const OAuthSignIn::Options &options);
    // What the form says now, unvalidated.
    OAuthSignIn::Options options() const;
    // How long to wait for the browser (default: OAuthSignIn's five minutes).
    void setCallbackTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    // Chooses "Sandbox (offline demo)" (starting the sandbox if needed).
    void selectSandbox();
    // "Try the sandbox": chooses the sandbox and signs in as soon as it is ready.
    void startSandboxSignIn();
    // As the Sign in button: validates, then starts the browser flow.
    void startSignIn();
    // As Cancel while waiting.
    void cancelSignIn();

    bool isWaiting() const { return m_waiting; }
    // The authorization URL of the running sign-in (empty before it is known).
    QString authorizationUrl() const;
    // The message shown on the form (an error, a note), empty when none.
    QString message() const;

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    void signedIn(const Token &token);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *buildForm();
    QWidget *buildProgressPage();
    std::optional<OAuthSignIn::Options> validated();
    void showForm();
    void showProgress();
    void finished(const TokenFacade::SignInOutcome &outcome, const QString &redirectUri);
    void choiceChanged();
    void useSandbox();
    void fillFromSandbox(const SandboxProcess::Endpoints &endpoints);
    void leaveSandbox();
    void updateRedirectHint();
    QStringList chosenScopes() const;
    void setScopes(const QStringList &scopes);
    QString redirectUri() const;

    TokenFacade *m_facade;
    QPointer<SandboxProcess> m_sandbox;
    TokenOperation m_operation;
    quint64 m_generation = 0;
    bool m_waiting = false;
    bool m_startWhenSandboxReady = false;
    bool m_filledFromSandbox = false;
    int m_timeoutMs = 0;

    QStackedWidget *m_pages;
    DataCenterFields *m_where = nullptr;
    QLineEdit *m_clientId;
    SecretField *m_clientSecret;
    QListWidget *m_scopes;
    QLineEdit *m_otherScopes;
    QSpinBox *m_port;
    QLabel *m_redirectHint;
    DialogNotice *m_notice;

    QProgressBar *m_busy;
    QLabel *m_waitingTitle;
    QLineEdit *m_url;
    QToolButton *m_copy;
    DialogNotice *m_progressNotice;

    QDialogButtonBox *m_buttons;
    QPushButton *m_signIn;
    QPushButton *m_cancel;
};
