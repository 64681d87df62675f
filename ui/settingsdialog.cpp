#include "settingsdialog.h"

#include "dialoghelpers.h"
#include "dialognotice.h"
#include "icons.h"
#include "storechooserdialog.h"
#include "storeregistry.h"
#include "trayicon.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(AppSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_autostart(LoginAutostart::forThisApplication())
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    setAccessibleName(tr("Settings"));
    setAccessibleDescription(
        tr("When tokens are refreshed, the default store, the language, the theme and the start at login"));
    setWindowIcon(Icons::icon(QStringLiteral("settings")));

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(QStringLiteral("leadMinutesSpin"));
    m_minutes->setRange(0, 59);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setAccessibleName(tr("Refresh lead, minutes"));
    m_minutes->setAccessibleDescription(tr("How long before a token expires it is refreshed: the minutes"));
    m_seconds = new QSpinBox(this);
    m_seconds->setObjectName(QStringLiteral("leadSecondsSpin"));
    m_seconds->setRange(0, 59);
    m_seconds->setSuffix(tr(" s"));
    m_seconds->setAccessibleName(tr("Refresh lead, seconds"));
    m_seconds->setAccessibleDescription(tr("How long before a token expires it is refreshed: the seconds"));
    auto *lead = new QVBoxLayout;
    lead->setSpacing(2);
    auto *leadLine = new QHBoxLayout;
    leadLine->addWidget(m_minutes);
    leadLine->addWidget(m_seconds);
    leadLine->addStretch(1);
    lead->addLayout(leadLine);
    auto *leadHint =
        new QLabel(tr("Tokens are refreshed this long before they expire (at least 5 seconds)."), this);
    leadHint->setWordWrap(true);
    leadHint->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    lead->addWidget(leadHint);
    auto *leadLabel = new QLabel(tr("&Refresh before expiry:"), this);
    leadLabel->setBuddy(m_minutes);
    form->addRow(leadLabel, lead);

    m_store = new QLineEdit(this);
    m_store->setObjectName(QStringLiteral("defaultStoreEdit"));
    m_store->setPlaceholderText(tr("Automatic"));
    m_store->setToolTip(tr("Empty: the OS keychain where one answers, else SQLite in your data folder"));
    m_store->setAccessibleName(tr("Default store"));
    m_store->setAccessibleDescription(tr("The store spec opened at start; empty for the automatic choice"));
    m_choose = new QPushButton(tr("C&hoose…"), this);
    m_choose->setObjectName(QStringLiteral("chooseStoreButton"));
    m_choose->setAccessibleName(tr("Choose the default store"));
    connect(m_choose, &QPushButton::clicked, this, &SettingsDialog::chooseStore);
    auto *storeLine = new QHBoxLayout;
    storeLine->addWidget(m_store, 1);
    storeLine->addWidget(m_choose);
    auto *storeLabel = new QLabel(tr("Default &store:"), this);
    storeLabel->setBuddy(m_store);
    form->addRow(storeLabel, storeLine);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System"), QString());
    // Each language by its own name.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->setAccessibleName(tr("Language"));
    m_language->setAccessibleDescription(tr("Applies after a restart"));
    auto *language = new QHBoxLayout;
    language->addWidget(m_language);
    auto *languageNote = new QLabel(tr("Applies after a restart."), this);
    languageNote->setObjectName(QStringLiteral("languageNote"));
    language->addWidget(languageNote, 1);
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, language);

    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->addItem(tr("System"), int(AppSettings::Theme::System));
    m_theme->addItem(tr("Light"), int(AppSettings::Theme::Light));
    m_theme->addItem(tr("Dark"), int(AppSettings::Theme::Dark));
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->setAccessibleDescription(tr("Light or dark; applies at once"));
    auto *themeLine = new QHBoxLayout;
    themeLine->addWidget(m_theme);
    themeLine->addStretch(1);
    auto *themeLabel = new QLabel(tr("&Theme:"), this);
    themeLabel->setBuddy(m_theme);
    form->addRow(themeLabel, themeLine);

    m_startAtLogin = new QCheckBox(tr("Start at &login, in the tray"), this);
    m_startAtLogin->setObjectName(QStringLiteral("startAtLoginCheck"));
    m_startAtLogin->setAccessibleName(tr("Start at login"));
    m_startAtLogin->setAccessibleDescription(
        tr("Starts ZCRM Explorer in the tray when you log in, so that your "
           "tokens stay fresh"));
    m_trayHint = new QLabel(this);
    m_trayHint->setObjectName(QStringLiteral("trayHintLabel"));
    m_trayHint->setWordWrap(true);
    m_trayHint->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *tray = new QVBoxLayout;
    tray->setSpacing(2);
    tray->addWidget(m_startAtLogin);
    tray->addWidget(m_trayHint);
    auto *trayLabel = new QLabel(tr("Tray:"), this);
    trayLabel->setBuddy(m_startAtLogin);
    form->addRow(trayLabel, tray);
    setTrayAvailable(TrayIcon::isTrayAvailable());
    layout->addLayout(form);

    m_notice = new DialogNotice(this);
    layout->addWidget(m_notice);
    layout->addStretch(1);

    m_buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    m_buttons->button(QDialogButtonBox::Apply)->setObjectName(QStringLiteral("applyButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);
    layout->addWidget(m_buttons);

    connect(m_minutes, &QSpinBox::valueChanged, this, &SettingsDialog::updateState);
    connect(m_seconds, &QSpinBox::valueChanged, this, &SettingsDialog::updateState);
    connect(m_store, &QLineEdit::textChanged, this, &SettingsDialog::updateState);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateState);
    connect(m_startAtLogin, &QCheckBox::toggled, this, &SettingsDialog::updateState);
    connect(m_theme, &QComboBox::currentIndexChanged, this, [this] {
        const AppSettings::Theme chosen = theme();
        if (chosen != m_shownTheme) {
            m_shownTheme = chosen;
            Q_EMIT themeChosen(chosen);
        }
        updateState();
    });

    DialogHelpers::setTabOrder({ m_minutes, m_seconds, m_store, m_choose, m_language, m_theme, m_startAtLogin,
                                 m_buttons->button(QDialogButtonBox::Ok),
                                 m_buttons->button(QDialogButtonBox::Cancel),
                                 m_buttons->button(QDialogButtonBox::Apply) });
    load();
    setMinimumWidth(DialogHelpers::textWidth(this, 80));
    m_minutes->setFocus();
}

void SettingsDialog::load()
{
    setRefreshLeadSeconds(m_settings->refreshLeadSeconds());
    setDefaultStore(m_settings->defaultStore());
    setLanguage(m_settings->language());
    {
        const QSignalBlocker blocker(m_startAtLogin);
        m_startAtLogin->setChecked(m_autostart.isEnabled());
    }
    {
        // The saved theme is the one on screen already: no themeChosen for it.
        m_shownTheme = m_settings->theme();
        setTheme(m_shownTheme);
    }
    updateState();
}

int SettingsDialog::refreshLeadSeconds() const
{
    return m_minutes->value() * 60 + m_seconds->value();
}

void SettingsDialog::setRefreshLeadSeconds(int seconds)
{
    seconds = qBound(0, seconds, 59 * 60 + 59);
    m_minutes->setValue(seconds / 60);
    m_seconds->setValue(seconds % 60);
}

QString SettingsDialog::defaultStore() const
{
    return m_store->text().trimmed();
}

void SettingsDialog::setDefaultStore(const QString &spec)
{
    m_store->setText(spec);
    m_store->setCursorPosition(0);
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

void SettingsDialog::setLanguage(const QString &code)
{
    const int index = m_language->findData(code);
    m_language->setCurrentIndex(index >= 0 ? index : 0);
}

AppSettings::Theme SettingsDialog::theme() const
{
    return AppSettings::Theme(m_theme->currentData().toInt());
}

void SettingsDialog::setTheme(AppSettings::Theme theme)
{
    const int index = m_theme->findData(int(theme));
    m_theme->setCurrentIndex(index >= 0 ? index : 0);
}

QString SettingsDialog::validationError() const
{
    if (refreshLeadSeconds() < 5)
        return tr("Refresh at least 5 seconds before expiry, or a token may expire before its refresh is "
                  "back.");
    const QString spec = defaultStore();
    if (!spec.isEmpty()) {
        const QString scheme = StoreRegistry::schemeOf(spec);
        if (scheme.isEmpty() || !StoreRegistry::instance().hasScheme(scheme))
            return tr("“%1” is not a store this build knows. Use Choose… to pick one.").arg(spec);
        if (spec.contains(QLatin1String("://")) && QUrl(spec).password().size() > 0)
            return tr("A password never goes into the settings. Use Choose… to keep it in the OS keychain.");
    }
    return {};
}

bool SettingsDialog::isModified() const
{
    return refreshLeadSeconds() != m_settings->refreshLeadSeconds()
        || defaultStore() != m_settings->defaultStore() || language() != m_settings->language()
        || theme() != m_settings->theme() || startAtLogin() != m_autostart.isEnabled();
}

void SettingsDialog::updateState()
{
    const QString error = validationError();
    if (error.isEmpty())
        m_notice->clear();
    else
        m_notice->show(DialogNotice::Kind::Error, error);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(error.isEmpty() && isModified());
}

bool SettingsDialog::apply()
{
    if (!validationError().isEmpty()) {
        updateState();
        return false;
    }
    m_settings->setRefreshLeadSeconds(refreshLeadSeconds());
    m_settings->setDefaultStore(defaultStore());
    m_settings->setLanguage(language());
    m_settings->setTheme(theme());
    if (startAtLogin() != m_autostart.isEnabled()) {
        QString error;
        if (!m_autostart.setEnabled(startAtLogin(), &error)) {
            updateState();
            m_notice->show(DialogNotice::Kind::Error, tr("Start at login cannot be set: %1").arg(error));
            return false;
        }
    }
    updateState();
    return true;
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

void SettingsDialog::reject()
{
    if (m_shownTheme != m_settings->theme()) {
        m_shownTheme = m_settings->theme();
        Q_EMIT themeChosen(m_shownTheme);
    }
    QDialog::reject();
}

void SettingsDialog::setLoginAutostart(const LoginAutostart &autostart)
{
    m_autostart = autostart;
    const QSignalBlocker blocker(m_startAtLogin);
    m_startAtLogin->setChecked(m_autostart.isEnabled());
    updateState();
}

void SettingsDialog::setTrayAvailable(bool available)
{
    m_trayHint->setText(available
                            ? tr("Closing the window keeps ZCRM Explorer in the tray, where it keeps your "
                                 "tokens fresh; Quit is in the tray's menu.")
                            : tr("No system tray was found (GNOME, for one, has none without an extension): "
                                 "closing the window quits, and tokens are kept fresh only while it is "
                                 "open. Servers can run “zcrm refresh --watch” instead."));
}

bool SettingsDialog::startAtLogin() const
{
    return m_startAtLogin->isChecked();
}

void SettingsDialog::setStartAtLogin(bool start)
{
    m_startAtLogin->setChecked(start);
}

void SettingsDialog::chooseStore()
{
    if (m_chooser) {
        m_chooser->raise();
        m_chooser->activateWindow();
        return;
    }
    m_chooser = new StoreChooserDialog(m_facade, nullptr, this);
    m_chooser->setAttribute(Qt::WA_DeleteOnClose);
    m_chooser->setPurpose(StoreChooserDialog::Purpose::PickDefault);
    if (!defaultStore().isEmpty())
        m_chooser->setSpec(defaultStore());
    connect(m_chooser, &StoreChooserDialog::storeChosen, this, &SettingsDialog::setDefaultStore);
    m_chooser->open();
}
