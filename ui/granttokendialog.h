#pragma once

#include "token.h"
#include "tokenfacade.h"
#include "tokenoperation.h"

#include <QDialog>

class DataCenterFields;
class DialogNotice;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class SecretField;

// "Add Self Client grant token…": a grant code generated in the Zoho API console's Self Client,
// exchanged for a refresh token through the token facade (no browser, no redirect URI). Shows the
// exchange's progress, Zoho's errors as sentences, and on success emits signedIn() and closes.
//
// Never blocks: show() or open() it; the caller may set Qt::WA_DeleteOnClose.
class GrantTokenDialog : public QDialog
{
    Q_OBJECT
public:
    explicit GrantTokenDialog(TokenFacade *facade, QWidget *parent = nullptr);
    ~GrantTokenDialog() override;

    // Fills the form (data center or custom URLs, client id and secret; the grant code stays empty).
    void setOptions(const OAuthSignIn::Options &options);
    void setGrantCode(const QString &code);
    // As the Add button: validates, then exchanges the code.
    void startExchange();
    void cancelExchange();
    bool isWorking() const { return m_working; }
    QString message() const;

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    void signedIn(const Token &token);

private:
    void finished(const TokenFacade::SignInOutcome &outcome);
    void setWorking(bool working);

    TokenFacade *m_facade;
    TokenOperation m_operation;
    quint64 m_generation = 0;
    bool m_working = false;

    DataCenterFields *m_where;
    QLineEdit *m_clientId;
    SecretField *m_clientSecret;
    SecretField *m_grantCode;
    QWidget *m_form;
    QProgressBar *m_busy;
    QLabel *m_busyLabel;
    DialogNotice *m_notice;
    QDialogButtonBox *m_buttons;
    QPushButton *m_add;
    QPushButton *m_cancel;
};
