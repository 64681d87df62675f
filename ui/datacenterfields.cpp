#include "datacenterfields.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace {

// The data centers by a name a person knows, with the domain that tells them apart.
QString dataCenterLabel(const DataCenter &dc)
{
    QString domain = dc.accountsUrl().host();
    if (domain.startsWith(QLatin1String("accounts.")))
        domain.remove(0, 9);
    const char *name = "";
    if (dc.code() == QLatin1String("us"))
        name = QT_TRANSLATE_NOOP("DataCenterFields", "United States");
    else if (dc.code() == QLatin1String("eu"))
        name = QT_TRANSLATE_NOOP("DataCenterFields", "Europe");
    else if (dc.code() == QLatin1String("in"))
        name = QT_TRANSLATE_NOOP("DataCenterFields", "India");
    else if (dc.code() == QLatin1String("au"))
        name = QT_TRANSLATE_NOOP("DataCenterFields", "Australia");
    else if (dc.code() == QLatin1String("cn"))
        name = QT_TRANSLATE_NOOP("DataCenterFields", "China");
    else if (dc.code() == QLatin1String("jp"))
        name = QT_TRANSLATE_NOOP("DataCenterFields", "Japan");
    else if (dc.code() == QLatin1String("ca"))
        name = QT_TRANSLATE_NOOP("DataCenterFields", "Canada");
    else if (dc.code() == QLatin1String("sa"))
        name = QT_TRANSLATE_NOOP("DataCenterFields", "Saudi Arabia");
    const QString translated = *name ? DataCenterFields::tr(name) : dc.name();
    return DataCenterFields::tr("%1 (%2)").arg(translated, domain);
}

QUrl urlFromInput(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    return QUrl(trimmed, QUrl::StrictMode);
}

} // namespace

DataCenterFields::DataCenterFields(bool offerSandbox, QWidget *parent)
    : QObject(parent)
    , m_dataCenter(new QComboBox(parent))
    , m_environment(new QComboBox(parent))
    , m_accountsUrl(new QLineEdit(parent))
    , m_apiDomain(new QLineEdit(parent))
{
    m_dataCenter->setObjectName(QStringLiteral("dataCenterCombo"));
    for (const DataCenter &dc : DataCenter::all())
        m_dataCenter->addItem(dataCenterLabel(dc), dc.code());
    m_customIndex = m_dataCenter->count();
    m_dataCenter->addItem(tr("Custom accounts URL…"), QStringLiteral("custom"));
    if (offerSandbox) {
        m_sandboxIndex = m_dataCenter->count();
        m_dataCenter->addItem(tr("Sandbox (offline demo)"), QStringLiteral("sandbox"));
    }
    m_dataCenter->setAccessibleName(tr("Data center"));
    m_dataCenter->setAccessibleDescription(
        tr("Where your Zoho account lives; a token only works in the data center that issued it"));

    m_environment->setObjectName(QStringLiteral("environmentCombo"));
    m_environment->addItem(tr("Production"), int(ApiEnvironment::Production));
    m_environment->addItem(tr("Sandbox"), int(ApiEnvironment::Sandbox));
    m_environment->addItem(tr("Developer"), int(ApiEnvironment::Developer));
    m_environment->setAccessibleName(tr("Environment"));
    m_environment->setAccessibleDescription(tr("The CRM environment of the organization: production, "
                                               "its sandbox, or a developer edition"));

    m_accountsUrl->setObjectName(QStringLiteral("accountsUrlEdit"));
    m_accountsUrl->setPlaceholderText(tr("https://accounts.example.com"));
    m_accountsUrl->setAccessibleName(tr("Accounts URL"));
    m_accountsUrl->setAccessibleDescription(tr("The accounts server that signs you in"));
    m_apiDomain->setObjectName(QStringLiteral("apiDomainEdit"));
    m_apiDomain->setPlaceholderText(tr("Optional: as the server answers"));
    m_apiDomain->setAccessibleName(tr("API domain"));
    m_apiDomain->setAccessibleDescription(tr("Where the CRM API answers; empty to use the one the "
                                             "accounts server names"));

    connect(m_dataCenter, &QComboBox::currentIndexChanged, this, [this] {
        updateRows();
        Q_EMIT choiceChanged(choice());
    });
}

void DataCenterFields::addRows(QFormLayout *form)
{
    m_form = form;
    form->addRow(tr("&Data center:"), m_dataCenter);
    form->addRow(tr("&Environment:"), m_environment);
    form->addRow(tr("Acco&unts URL:"), m_accountsUrl);
    form->addRow(tr("API do&main:"), m_apiDomain);
    updateRows();
}

DataCenterFields::Choice DataCenterFields::choice() const
{
    const int index = m_dataCenter->currentIndex();
    if (index == m_customIndex)
        return Choice::Custom;
    if (index >= 0 && index == m_sandboxIndex)
        return Choice::Sandbox;
    return Choice::DataCenter;
}

QString DataCenterFields::dataCenterCode() const
{
    return choice() == Choice::DataCenter ? m_dataCenter->currentData().toString() : QString();
}

ApiEnvironment DataCenterFields::environment() const
{
    if (choice() == Choice::Sandbox)
        return ApiEnvironment::Production;
    return ApiEnvironment(m_environment->currentData().toInt());
}

void DataCenterFields::selectDataCenter(const QString &code)
{
    const int index = m_dataCenter->findData(code.toLower());
    if (index >= 0 && index < m_customIndex)
        m_dataCenter->setCurrentIndex(index);
}

void DataCenterFields::selectCustom(const QUrl &accountsUrl, const QUrl &apiDomain)
{
    m_dataCenter->setCurrentIndex(m_customIndex);
    setCustomUrls(accountsUrl, apiDomain, false);
}

void DataCenterFields::selectSandbox()
{
    if (m_sandboxIndex >= 0)
        m_dataCenter->setCurrentIndex(m_sandboxIndex);
}

void DataCenterFields::setEnvironment(ApiEnvironment environment)
{
    const int index = m_environment->findData(int(environment));
    if (index >= 0)
        m_environment->setCurrentIndex(index);
}

void DataCenterFields::setCustomUrls(const QUrl &accountsUrl, const QUrl &apiDomain, bool readOnly)
{
    m_accountsUrl->setText(accountsUrl.toString());
    m_apiDomain->setText(apiDomain.toString());
    m_accountsUrl->setReadOnly(readOnly);
    m_apiDomain->setReadOnly(readOnly);
}

std::optional<ZohoEnvironment> DataCenterFields::zohoEnvironment(QString *error, QWidget **field) const
{
    auto fail = [error, field](const QString &why, QWidget *where) -> std::optional<ZohoEnvironment> {
        if (error)
            *error = why;
        if (field)
            *field = where;
        return std::nullopt;
    };
    if (choice() == Choice::DataCenter)
        return ZohoEnvironment::forDataCenter(dataCenterCode(), environment());

    const QUrl accounts = urlFromInput(m_accountsUrl->text());
    if (accounts.isEmpty()) {
        if (choice() == Choice::Sandbox)
            return fail(tr("The sandbox has not started yet."), m_dataCenter);
        return fail(tr("Enter the accounts URL, for example https://accounts.example.com."), m_accountsUrl);
    }
    const bool web =
        accounts.scheme() == QLatin1String("https") || accounts.scheme() == QLatin1String("http");
    if (!accounts.isValid() || !web || accounts.host().isEmpty())
        return fail(tr("The accounts URL must be a web address starting with https:// (or http:// for a "
                       "server on this computer)."),
                    m_accountsUrl);
    const QUrl api = urlFromInput(m_apiDomain->text());
    if (!api.isEmpty()
        && (!api.isValid() || api.host().isEmpty()
            || (api.scheme() != QLatin1String("https") && api.scheme() != QLatin1String("http"))))
        return fail(tr("The API domain must be a web address starting with https:// or http://, or empty."),
                    m_apiDomain);
    QString why;
    auto custom = ZohoEnvironment::custom(accounts, api, environment(), &why);
    if (!custom)
        return fail(tr("The accounts URL cannot be used: %1").arg(why), m_accountsUrl);
    return custom;
}

void DataCenterFields::setZohoEnvironment(const ZohoEnvironment &environment)
{
    if (!environment.isValid())
        return;
    if (environment.isCustom())
        selectCustom(environment.accountsUrl(), environment.apiDomain());
    else
        selectDataCenter(environment.dataCenterCode());
    setEnvironment(environment.environment());
}

void DataCenterFields::updateRows()
{
    const Choice current = choice();
    const bool urls = current != Choice::DataCenter;
    if (m_form) {
        m_form->setRowVisible(m_accountsUrl, urls);
        m_form->setRowVisible(m_apiDomain, urls);
    } else {
        m_accountsUrl->setVisible(urls);
        m_apiDomain->setVisible(urls);
    }
    m_environment->setEnabled(current != Choice::Sandbox);
    if (current == Choice::Custom) {
        m_accountsUrl->setReadOnly(false);
        m_apiDomain->setReadOnly(false);
    }
}
