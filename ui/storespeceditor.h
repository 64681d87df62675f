#pragma once

#include <QStringList>
#include <QWidget>

class QComboBox;
class QFileDialog;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class SecretField;

// Builds a store spec from fields, for any backend StoreRegistry knows: a file path with Browse…
// (SQLite, the Zoho SDK token file), the keychain's service, a database server's host, port, user,
// database and table (and a password that never becomes part of the spec), memory, or the spec of a
// backend it has no form for. Shows the resulting spec live. Parses a spec back into the fields.
class StoreSpecEditor : public QWidget
{
    Q_OBJECT
public:
    // What Browse… is for: reading an existing file, or writing one (created when missing).
    enum class PathPurpose { Read, Write };

    explicit StoreSpecEditor(QWidget *parent = nullptr);

    // The spec the fields make; empty when they make none. Never holds a password.
    QString spec() const;
    // Fills the fields from `spec` (sqlite:PATH, file:PATH, keychain:[SERVICE], mysql://…, memory:).
    // A password in a database spec moves to the password field. False when the spec's scheme is
    // unknown here (the fields are then left as they were).
    bool setSpec(const QString &spec);

    QString scheme() const; // "sqlite", "mysql", …
    void setScheme(const QString &scheme);
    // The schemes offered, in order (without aliases such as postgres for postgresql).
    QStringList offeredSchemes() const;
    // Leaves schemes out (e.g. memory: for an export target); call before setSpec.
    void setExcludedSchemes(const QStringList &schemes);

    void setPathPurpose(PathPurpose purpose) { m_purpose = purpose; }
    // Whether the password field is offered for database servers (hidden when nobody can store it).
    void setPasswordAllowed(bool allowed);

    // For database servers: whether the store takes a password, and what was typed (may be empty).
    bool takesPassword() const;
    QString password() const;

    // Why the fields make no usable spec (a sentence for a person), empty when they do.
    QString validationError() const;
    // The field validationError() is about, to focus.
    QWidget *invalidField() const;

    // The Browse… dialog while it is open (tests drive it); null otherwise.
    QFileDialog *fileDialog() const;

    // Widgets, for tests and for the dialogs' tab order.
    QComboBox *schemeCombo() const { return m_scheme; }
    QLineEdit *pathEdit() const { return m_path; }
    QPushButton *browseButton() const { return m_browse; }
    QLineEdit *serviceEdit() const { return m_service; }
    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portSpin() const { return m_port; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *tableEdit() const { return m_table; }
    SecretField *passwordField() const { return m_password; }
    QLineEdit *otherEdit() const { return m_other; }
    QLineEdit *specView() const { return m_specView; }

Q_SIGNALS:
    void specChanged(const QString &spec);

private:
    enum class Form { None, Path, Keychain, Server, Other };
    Form formOf(const QString &scheme) const;
    void fillSchemes();
    void schemeChanged();
    void updateRows();
    void updateSpec();
    void browse();
    QString serverSpec() const;
    bool isServer(const QString &scheme) const;
    int defaultPort(const QString &scheme) const;
    QString defaultUser(const QString &scheme) const;

    QFormLayout *m_form;
    QComboBox *m_scheme;
    QLabel *m_summary;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QLineEdit *m_service;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_user;
    QLineEdit *m_database;
    QLineEdit *m_table;
    SecretField *m_password;
    QLabel *m_passwordNote;
    QLineEdit *m_other;
    QLineEdit *m_specView;
    QFileDialog *m_fileDialog = nullptr;
    QStringList m_excluded;
    PathPurpose m_purpose = PathPurpose::Write;
    bool m_passwordAllowed = true;
    bool m_filling = false;
    QString m_lastScheme;
    QList<int> m_pathRows, m_keychainRows, m_serverRows, m_passwordRows, m_otherRows;
};
