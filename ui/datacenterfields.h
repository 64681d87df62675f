#pragma once

#include "datacenter.h"
#include "zohoenvironment.h"

#include <QObject>
#include <QUrl>

#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QWidget;

// The "where do you sign in" rows shared by the sign-in and grant token dialogs: a data center
// combo (the eight by name, then "Custom accounts URL…", optionally "Sandbox (offline demo)"), the
// environment, and the accounts URL and API domain lines shown for a custom or sandbox choice.
// Adds its rows to the dialog's own form, so that labels line up with the rest of it.
class DataCenterFields : public QObject
{
    Q_OBJECT
public:
    enum class Choice { DataCenter, Custom, Sandbox };

    DataCenterFields(bool offerSandbox, QWidget *parent);

    void addRows(QFormLayout *form);

    Choice choice() const;
    QString dataCenterCode() const; // empty unless choice() is DataCenter
    ApiEnvironment environment() const;
    void selectDataCenter(const QString &code);
    void selectCustom(const QUrl &accountsUrl, const QUrl &apiDomain);
    void selectSandbox();
    void setEnvironment(ApiEnvironment environment);
    // Fills the custom lines (the sandbox's endpoints); read-only ones cannot be edited.
    void setCustomUrls(const QUrl &accountsUrl, const QUrl &apiDomain, bool readOnly);

    // The environment to sign in to, or why there is none (`field` receives the line to fix).
    std::optional<ZohoEnvironment> zohoEnvironment(QString *error, QWidget **field = nullptr) const;
    // Selects what `environment` names (a data center, or custom URLs).
    void setZohoEnvironment(const ZohoEnvironment &environment);

    QComboBox *dataCenterCombo() const { return m_dataCenter; }
    QComboBox *environmentCombo() const { return m_environment; }
    QLineEdit *accountsUrlEdit() const { return m_accountsUrl; }
    QLineEdit *apiDomainEdit() const { return m_apiDomain; }

Q_SIGNALS:
    void choiceChanged(DataCenterFields::Choice choice);

private:
    void updateRows();

    QComboBox *m_dataCenter;
    QComboBox *m_environment;
    QLineEdit *m_accountsUrl;
    QLineEdit *m_apiDomain;
    QFormLayout *m_form = nullptr;
    int m_customIndex = 0;
    int m_sandboxIndex = -1;
};
