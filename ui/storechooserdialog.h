#pragma once

#include <QDialog>

class AppSettings;
class DialogNotice;
class QCheckBox;
class QDialogButtonBox;
class QPushButton;
class StoreSpecEditor;
class TokenFacade;

// "Switch store…": any backend the registry knows, through a StoreSpecEditor. A database password
// goes to the OS keychain through the facade (never into the settings or the spec); "Make this my
// default store" saves the spec as the default. Emits storeChosen() with the spec and closes.
//
// With `purpose` PickDefault (the settings dialog's "Choose…") it only picks a spec: no default
// checkbox, and the button says Choose. Never blocks: show() or open() it.
class StoreChooserDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Purpose { SwitchStore, PickDefault };

    // `facade` may be null: then no password can be kept and its field is hidden.
    StoreChooserDialog(TokenFacade *facade, AppSettings *settings, QWidget *parent = nullptr);

    void setPurpose(Purpose purpose);
    // Preselects the store in use (sqlite:/file:/keychain:/mysql://… back into the fields).
    void setSpec(const QString &spec);
    QString spec() const;
    StoreSpecEditor *editor() const { return m_editor; }
    bool makesDefault() const;
    void setMakesDefault(bool makeDefault);
    QString message() const;

    // As the Open button: validates, keeps the password, saves the default, emits storeChosen.
    void choose();

Q_SIGNALS:
    void storeChosen(const QString &spec);

private:
    void finish(const QString &spec);

    TokenFacade *m_facade;
    AppSettings *m_settings;
    Purpose m_purpose = Purpose::SwitchStore;
    StoreSpecEditor *m_editor;
    QCheckBox *m_makeDefault;
    DialogNotice *m_notice;
    QDialogButtonBox *m_buttons;
    QPushButton *m_choose;
    bool m_saving = false;
};
