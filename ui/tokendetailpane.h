#pragma once

#include "token.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QFormLayout;
class QLabel;
class QStackedWidget;
class QToolButton;
class ThemeController;

// Every field of the selected token: secrets masked until the user asks (Show), granted scopes,
// where it refreshes, its countdown, its last error and what to do about it.
class TokenDetailPane : public QWidget
{
    Q_OBJECT
public:
    using Clock = std::function<qint64()>;

    TokenDetailPane(const ThemeController *theme, QWidget *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setExpiringLeadMs(qint64 leadMs) { m_leadMs = leadMs; }
    // An empty id: nothing selected.
    void showToken(const Token &token);
    // Nothing to show; `why` replaces "Select a token…" when there is nothing to select.
    void clearToken(const QString &why = QString());
    const QString &tokenId() const { return m_token.id; }
    // Updates the countdown and status (each second, while visible).
    void tick();

Q_SIGNALS:
    void copyAccessTokenRequested();
    void copyRefreshTokenRequested();

private:
    struct SecretRow
    {
        QLabel *value = nullptr;
        QToolButton *show = nullptr;
        QString field;
    };

    QLabel *addRow(const QString &label, const QString &accessibleName);
    // what: the secret as it reads inside a sentence ("access token"), for the buttons' accessible names.
    void addSecretRow(const QString &label, const QString &what, const QString &field, bool copyable);
    void updateSecrets();
    void updateTime();

    const ThemeController *m_theme;
    Clock m_clock;
    qint64 m_leadMs = 5 * 60 * 1000;
    Token m_token;
    QStackedWidget *m_pages;
    QLabel *m_empty = nullptr;
    QFormLayout *m_form;
    QLabel *m_user;
    QLabel *m_status;
    QLabel *m_statusIcon;
    QLabel *m_expires;
    QLabel *m_dataCenter;
    QLabel *m_refreshesAt;
    QLabel *m_apiDomain;
    QLabel *m_clientId;
    QLabel *m_redirect;
    QLabel *m_scopes;
    QLabel *m_created;
    QLabel *m_updated;
    QLabel *m_error;
    QLabel *m_advice;
    QLabel *m_id;
    QList<SecretRow> m_secrets;
    QHash<QString, bool> m_revealed; // by field, for the token shown
};
