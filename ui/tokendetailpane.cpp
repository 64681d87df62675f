#include "tokendetailpane.h"

#include "icons.h"
#include "themecontroller.h"
#include "tokenservice.h"
#include "tokenstatuslook.h"
#include "tokentablemodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QString timeText(qint64 ms)
{
    if (ms <= 0)
        return QCoreApplication::translate("TokenDetailPane", "unknown");
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::LongFormat);
}

QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    // Selectable labels take the keyboard focus, so a screen reader user can reach every value.
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFocusPolicy(Qt::StrongFocus);
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    return label;
}

} // namespace

TokenDetailPane::TokenDetailPane(const ThemeController *theme, QWidget *parent)
    : QWidget(parent)
    , m_theme(theme)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("tokenDetailPane"));
    setAccessibleName(tr("Token details"));
    auto *empty = new QLabel(tr("Select a token to see its details."), m_pages);
    m_empty = empty;
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setAccessibleName(tr("No token selected"));
    m_pages->addWidget(empty);

    auto *scroll = new QScrollArea(m_pages);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Token fields"));
    auto *content = new QWidget(scroll);
    m_form = new QFormLayout(content);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);

    m_user = valueLabel(content);
    QFont bold = m_user->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_user->setFont(bold);
    m_user->setAccessibleName(tr("User"));
    m_form->addRow(m_user);

    auto *statusLine = new QWidget(content);
    auto *statusLayout = new QHBoxLayout(statusLine);
    statusLayout->setContentsMargins(0, 0, 0, 0);
    m_statusIcon = new QLabel(statusLine);
    m_status = valueLabel(statusLine);
    m_status->setAccessibleName(tr("Status"));
    statusLayout->addWidget(m_statusIcon);
    statusLayout->addWidget(m_status, 1);
    m_form->addRow(tr("Status:"), statusLine);
    m_expires = addRow(tr("Expires:"), tr("Access token expiry"));
    m_dataCenter = addRow(tr("Data center:"), tr("Data center and environment"));
    m_refreshesAt = addRow(tr("Refreshes at:"), tr("Accounts server that refreshes this token"));
    m_apiDomain = addRow(tr("API domain:"), tr("API domain"));
    m_clientId = addRow(tr("Client ID:"), tr("Client ID"));
    addSecretRow(tr("Client secret:"), tr("client secret"), QStringLiteral("client_secret"), false);
    addSecretRow(tr("Access token:"), tr("access token"), QStringLiteral("access_token"), true);
    addSecretRow(tr("Refresh token:"), tr("refresh token"), QStringLiteral("refresh_token"), true);
    addSecretRow(tr("Grant token:"), tr("grant token"), QStringLiteral("grant_token"), false);
    m_redirect = addRow(tr("Redirect URL:"), tr("Redirect URL"));
    m_scopes = addRow(tr("Scopes:"), tr("Granted scopes"));
    m_created = addRow(tr("Created:"), tr("Created"));
    m_updated = addRow(tr("Last saved:"), tr("Last saved"));
    m_id = addRow(tr("Store ID:"), tr("Store ID"));
    m_error = addRow(tr("Last error:"), tr("Last error"));
    m_advice = addRow(tr("What to do:"), tr("What to do"));

    scroll->setWidget(content);
    m_pages->addWidget(scroll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    if (m_theme)
        connect(m_theme, &ThemeController::changed, this, &TokenDetailPane::tick);
}

QLabel *TokenDetailPane::addRow(const QString &label, const QString &accessibleName)
{
    QLabel *value = valueLabel(m_form->parentWidget());
    value->setAccessibleName(accessibleName);
    m_form->addRow(label, value);
    // A value of several lines (an expiry, the scopes, what to do) has its label beside its first line.
    if (auto *name = qobject_cast<QLabel *>(m_form->labelForField(value)))
        name->setAlignment(Qt::AlignRight | Qt::AlignTop);
    return value;
}

void TokenDetailPane::addSecretRow(const QString &label, const QString &what, const QString &field,
                                   bool copyable)
{
    QWidget *parent = m_form->parentWidget();
    auto *line = new QWidget(parent);
    auto *layout = new QHBoxLayout(line);
    layout->setContentsMargins(0, 0, 0, 0);
    SecretRow row;
    row.field = field;
    row.value = valueLabel(line);
    row.value->setAccessibleName(label.chopped(1));
    row.show = new QToolButton(line);
    row.show->setIcon(Icons::icon(QStringLiteral("show")));
    row.show->setCheckable(true);
    row.show->setToolTip(tr("Show or hide the value"));
    row.show->setAccessibleName(tr("Show %1").arg(what));
    layout->addWidget(row.value, 1);
    layout->addWidget(row.show);
    connect(row.show, &QToolButton::toggled, this, [this, field](bool on) {
        m_revealed[field] = on;
        updateSecrets();
    });
    if (copyable) {
        auto *copy = new QToolButton(line);
        copy->setIcon(Icons::icon(QStringLiteral("copy")));
        copy->setToolTip(tr("Copy"));
        copy->setAccessibleName(tr("Copy %1").arg(what));
        layout->addWidget(copy);
        connect(copy, &QToolButton::clicked, this,
                field == QLatin1String("access_token") ? &TokenDetailPane::copyAccessTokenRequested
                                                       : &TokenDetailPane::copyRefreshTokenRequested);
    }
    m_form->addRow(label, line);
    m_secrets.append(row);
}

void TokenDetailPane::clearToken(const QString &why)
{
    m_empty->setText(why.isEmpty() ? tr("Select a token to see its details.") : why);
    m_token = Token();
    m_revealed.clear();
    for (const SecretRow &row : std::as_const(m_secrets)) {
        const QSignalBlocker blocker(row.show);
        row.show->setChecked(false);
        row.value->clear();
    }
    m_pages->setCurrentIndex(0);
}

void TokenDetailPane::showToken(const Token &token)
{
    if (token.id.isEmpty()) {
        clearToken();
        return;
    }
    if (token.id != m_token.id) {
        m_revealed.clear();
        for (const SecretRow &row : std::as_const(m_secrets)) {
            const QSignalBlocker blocker(row.show);
            row.show->setChecked(false);
        }
    }
    m_token = token;
    m_pages->setCurrentIndex(1);
    m_user->setText(TokenTableModel::userText(token.userName));
    const QString environment = TokenTableModel::environmentText(token.environment);
    m_dataCenter->setText(token.dataCenter.isEmpty()
                              ? tr("custom (%1)").arg(environment)
                              : tr("%1, %2").arg(token.dataCenter.toUpper(), environment));
    m_refreshesAt->setText(TokenService::accountsServerFor(token).toString());
    m_apiDomain->setText(token.apiDomain);
    m_clientId->setText(token.clientId);
    m_redirect->setText(token.redirectUrl.isEmpty() ? tr("none (Self Client)") : token.redirectUrl);
    m_scopes->setText(token.scopes.isEmpty() ? tr("not recorded") : token.scopes.join(QLatin1Char('\n')));
    m_created->setText(timeText(token.createdAt));
    m_updated->setText(timeText(token.updatedAt));
    m_id->setText(token.id);
    m_error->setText(token.lastError.isEmpty() ? tr("none") : token.lastError);
    updateSecrets();
    tick();
}

void TokenDetailPane::updateSecrets()
{
    for (const SecretRow &row : std::as_const(m_secrets)) {
        const QString value = m_token.field(row.field);
        row.show->setEnabled(!value.isEmpty());
        if (value.isEmpty())
            row.value->setText(tr("none"));
        else
            row.value->setText(m_revealed.value(row.field) ? value : Token::maskSecret(value));
    }
}

void TokenDetailPane::tick()
{
    if (m_token.id.isEmpty())
        return;
    const qint64 now = m_clock();
    const Token::Status status = m_token.status(now, m_leadMs);
    const TokenStatusLook look = TokenStatusLook::of(status);
    m_status->setText(look.text);
    if (m_theme) {
        QPalette palette = m_status->palette();
        palette.setColor(QPalette::WindowText, m_theme->colour(look.colour));
        m_status->setPalette(palette);
    }
    m_statusIcon->setPixmap(Icons::icon(look.iconName).pixmap(QSize(16, 16), devicePixelRatioF()));
    m_advice->setText(look.advice.isEmpty() ? tr("Nothing: the token is ready to use.") : look.advice);
    if (m_token.expiryTime <= 0 || m_token.accessToken.isEmpty())
        m_expires->setText(tr("no access token"));
    else
        m_expires->setText(tr("%1 (%2)").arg(TokenTableModel::countdownText(m_token.expiryTime - now),
                                             timeText(m_token.expiryTime)));
    m_expires->setAccessibleDescription(TokenTableModel::spokenCountdown(m_token.expiryTime - now));
}
