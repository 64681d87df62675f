#pragma once

#include "appsettings.h"
#include "loginautostart.h"

#include <QDialog>
#include <QPointer>

class DialogNotice;
class QCheckBox;
class QComboBox;
class QLabel;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
class StoreChooserDialog;
class TokenFacade;

// "Settings": the refresh lead (minutes and seconds, at least 5 s), the default store (a line and
// Choose…, which opens the store chooser's editor), the language (after a restart) and the theme
// (previewed at once through themeChosen, reverted by Cancel), start at login (in the tray; the dialog says
// why closing the window quits when there is no tray). OK, Cancel and Apply.
//
// Never blocks: show() or open() it. Nothing it saves is a secret.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(AppSettings *settings, QWidget *parent = nullptr);

    // Lets Choose… keep a database password in the OS keychain (else that field is hidden).
    void setTokenFacade(TokenFacade *facade) { m_facade = facade; }
    // Where "start at login" writes (tests: a folder of their own); reloads the check box.
    void setLoginAutostart(const LoginAutostart &autostart);
    // Whether a system tray exists (default: asked of Qt); the tray line explains what its absence means.
    void setTrayAvailable(bool available);
    bool startAtLogin() const;
    void setStartAtLogin(bool start);

    // Fields back from the settings.
    void load();
    // Fields into the settings (what Apply and OK do); false when a field is invalid.
    bool apply();
    bool isModified() const;

    int refreshLeadSeconds() const;
    void setRefreshLeadSeconds(int seconds);
    QString defaultStore() const;
    void setDefaultStore(const QString &spec);
    QString language() const; // "", "en", "de", "ja"
    void setLanguage(const QString &code);
    AppSettings::Theme theme() const;
    void setTheme(AppSettings::Theme theme);

    // Opens the store chooser (as Choose… does); the dialog while it is open.
    void chooseStore();
    StoreChooserDialog *storeChooser() const { return m_chooser; }

public Q_SLOTS:
    void accept() override;
    void reject() override;

Q_SIGNALS:
    // The theme to show: at once when chosen, and the saved one again on Cancel.
    void themeChosen(AppSettings::Theme theme);

private:
    void updateState();
    QString validationError() const;

    AppSettings *m_settings;
    TokenFacade *m_facade = nullptr;
    AppSettings::Theme m_shownTheme = AppSettings::Theme::System;
    QPointer<StoreChooserDialog> m_chooser;

    QSpinBox *m_minutes;
    QSpinBox *m_seconds;
    QLineEdit *m_store;
    QPushButton *m_choose;
    QComboBox *m_language;
    QComboBox *m_theme;
    QCheckBox *m_startAtLogin;
    QLabel *m_trayHint;
    LoginAutostart m_autostart;
    DialogNotice *m_notice;
    QDialogButtonBox *m_buttons;
};
