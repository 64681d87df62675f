#include "secretfield.h"

#include "icons.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

SecretField::SecretField(const QString &what, QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_reveal(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_reveal);

    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setAccessibleName(what);
    // No autocompletion or drag out of a secret.
    m_edit->setDragEnabled(false);
    m_edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);

    m_reveal->setCheckable(true);
    m_reveal->setText(tr("Show"));
    m_reveal->setIcon(Icons::icon(QStringLiteral("show")));
    m_reveal->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_reveal->setFocusPolicy(Qt::StrongFocus);
    m_reveal->setAccessibleName(tr("Show %1").arg(what));
    m_reveal->setAccessibleDescription(tr("Shows or hides the %1 as plain text").arg(what));
    m_reveal->setToolTip(tr("Show or hide the %1").arg(what));
    setFocusProxy(m_edit);

    connect(m_reveal, &QToolButton::toggled, this, [this](bool on) {
        m_edit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        m_reveal->setText(on ? tr("Hide") : tr("Show"));
    });
    connect(m_edit, &QLineEdit::textChanged, this, &SecretField::textChanged);
}

QString SecretField::text() const
{
    return m_edit->text();
}

void SecretField::setText(const QString &text)
{
    m_edit->setText(text);
}

void SecretField::clear()
{
    m_edit->clear();
}

void SecretField::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
}

void SecretField::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

bool SecretField::isRevealed() const
{
    return m_reveal->isChecked();
}

void SecretField::setRevealed(bool revealed)
{
    m_reveal->setChecked(revealed);
}
