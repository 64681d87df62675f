#include "storespeceditor.h"

#include "dialoghelpers.h"
#include "secretfield.h"
#include "storeregistry.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QToolButton>
#include <QUrl>
#include <QUrlQuery>

namespace {

const QString kDefaultDatabase = QStringLiteral("zohooauth");
const QString kDefaultTable = QStringLiteral("oauthtoken");

// The order a person meets the stores in; unknown schemes follow.
const QStringList kPreferredOrder = { QStringLiteral("keychain"), QStringLiteral("sqlite"),
                                      QStringLiteral("file"),     QStringLiteral("mysql"),
                                      QStringLiteral("mariadb"),  QStringLiteral("postgresql"),
                                      QStringLiteral("memory") };

// Another name for a scheme that is offered anyway.
QString canonicalScheme(const QString &scheme)
{
    if (scheme == QLatin1String("postgres"))
        return QStringLiteral("postgresql");
    return scheme;
}

bool isPlainIdentifier(const QString &name)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,39}$"));
    return identifier.match(name).hasMatch();
}

} // namespace

StoreSpecEditor::StoreSpecEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("storeSpecEditor"));
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_scheme = new QComboBox(this);
    m_scheme->setObjectName(QStringLiteral("schemeCombo"));
    m_scheme->setAccessibleName(tr("Kind of store"));
    m_scheme->setAccessibleDescription(tr("Where the tokens are kept"));
    m_form->addRow(tr("&Kind of store:"), m_scheme);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("schemeSummary"));
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->addRow(QString(), m_summary);

    auto row = [this](QList<int> &rows) { rows.append(m_form->rowCount() - 1); };

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("pathEdit"));
    m_path->setAccessibleName(tr("File"));
    m_path->setAccessibleDescription(tr("The path of the store's file"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_browse->setAccessibleName(tr("Browse for the file"));
    auto *pathLine = new QHBoxLayout;
    pathLine->addWidget(m_path, 1);
    pathLine->addWidget(m_browse);
    auto *pathLabel = new QLabel(tr("&File:"), this);
    pathLabel->setBuddy(m_path);
    m_form->addRow(pathLabel, pathLine);
    row(m_pathRows);

    m_service = new QLineEdit(this);
    m_service->setObjectName(QStringLiteral("serviceEdit"));
    m_service->setPlaceholderText(tr("Default (zcrm-explorer)"));
    m_service->setAccessibleName(tr("Keychain service"));
    m_service->setAccessibleDescription(
        tr("The service name the tokens are filed under; empty for the default"));
    m_form->addRow(tr("&Service:"), m_service);
    row(m_keychainRows);

    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setPlaceholderText(QStringLiteral("localhost"));
    m_host->setAccessibleName(tr("Server host"));
    m_form->addRow(tr("&Host:"), m_host);
    row(m_serverRows);
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(3306);
    m_port->setAccessibleName(tr("Server port"));
    auto *portLine = new QHBoxLayout;
    portLine->addWidget(m_port);
    portLine->addStretch(1);
    auto *portLabel = new QLabel(tr("P&ort:"), this);
    portLabel->setBuddy(m_port);
    m_form->addRow(portLabel, portLine);
    row(m_serverRows);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_user->setAccessibleName(tr("User name"));
    m_form->addRow(tr("&User:"), m_user);
    row(m_serverRows);
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_database->setPlaceholderText(kDefaultDatabase);
    m_database->setAccessibleName(tr("Database"));
    m_form->addRow(tr("&Database:"), m_database);
    row(m_serverRows);
    m_table = new QLineEdit(this);
    m_table->setObjectName(QStringLiteral("tableEdit"));
    m_table->setPlaceholderText(kDefaultTable);
    m_table->setAccessibleName(tr("Table"));
    m_table->setAccessibleDescription(tr("The token table; letters, digits and underscores"));
    m_form->addRow(tr("&Table:"), m_table);
    row(m_serverRows);

    m_password = new SecretField(tr("database password"), this);
    m_password->setObjectName(QStringLiteral("passwordField"));
    m_password->lineEdit()->setObjectName(QStringLiteral("passwordEdit"));
    m_password->lineEdit()->setAccessibleName(tr("Database password"));
    m_password->lineEdit()->setAccessibleDescription(
        tr("Kept in the OS keychain, never in the settings or the spec; empty to keep the saved one"));
    m_password->setPlaceholderText(tr("Unchanged"));
    m_form->addRow(tr("Pass&word:"), m_password);
    row(m_passwordRows);
    m_passwordNote =
        new QLabel(tr("The password is kept in the OS keychain, never in the settings or the spec."), this);
    m_passwordNote->setWordWrap(true);
    m_passwordNote->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->addRow(QString(), m_passwordNote);
    row(m_passwordRows);

    m_other = new QLineEdit(this);
    m_other->setObjectName(QStringLiteral("otherSpecEdit"));
    m_other->setAccessibleName(tr("Store details"));
    m_other->setAccessibleDescription(tr("What follows the scheme in the store spec"));
    m_form->addRow(tr("D&etails:"), m_other);
    row(m_otherRows);

    m_specView = new QLineEdit(this);
    m_specView->setObjectName(QStringLiteral("specView"));
    m_specView->setReadOnly(true);
    m_specView->setAccessibleName(tr("Store spec"));
    m_specView->setAccessibleDescription(tr("The store spec these fields make; it never holds a password"));
    m_form->addRow(tr("Store s&pec:"), m_specView);

    fillSchemes();
    connect(m_scheme, &QComboBox::currentIndexChanged, this, &StoreSpecEditor::schemeChanged);
    for (QLineEdit *edit : { m_path, m_service, m_host, m_user, m_database, m_table, m_other })
        connect(edit, &QLineEdit::textChanged, this, &StoreSpecEditor::updateSpec);
    connect(m_port, &QSpinBox::valueChanged, this, &StoreSpecEditor::updateSpec);
    connect(m_browse, &QPushButton::clicked, this, &StoreSpecEditor::browse);

    DialogHelpers::setTabOrder({ m_scheme, m_path, m_browse, m_service, m_host, m_port, m_user, m_database,
                                 m_table, m_password->lineEdit(), m_password->revealButton(), m_other,
                                 m_specView });
    setFocusProxy(m_scheme);
    schemeChanged();
}

void StoreSpecEditor::fillSchemes()
{
    const QString current = scheme();
    QSignalBlocker blocker(m_scheme);
    m_scheme->clear();
    QStringList names;
    for (const auto &known : StoreRegistry::instance().schemes()) {
        if (known.name != canonicalScheme(known.name) || m_excluded.contains(known.name))
            continue;
        names.append(known.name);
    }
    std::stable_sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        const qsizetype ia = kPreferredOrder.indexOf(a), ib = kPreferredOrder.indexOf(b);
        return (ia < 0 ? kPreferredOrder.size() : ia) < (ib < 0 ? kPreferredOrder.size() : ib);
    });
    for (const QString &name : names) {
        QString label = name;
        if (name == QLatin1String("keychain"))
            label = tr("OS keychain");
        else if (name == QLatin1String("sqlite"))
            label = tr("SQLite database file");
        else if (name == QLatin1String("file"))
            label = tr("Zoho SDK token file (CSV)");
        else if (name == QLatin1String("mysql"))
            label = tr("MySQL server");
        else if (name == QLatin1String("mariadb"))
            label = tr("MariaDB server");
        else if (name == QLatin1String("postgresql"))
            label = tr("PostgreSQL server");
        else if (name == QLatin1String("memory"))
            label = tr("In memory only");
        m_scheme->addItem(label, name);
    }
    const int index = m_scheme->findData(current);
    m_scheme->setCurrentIndex(index >= 0 ? index : 0);
}

QStringList StoreSpecEditor::offeredSchemes() const
{
    QStringList names;
    for (int i = 0; i < m_scheme->count(); ++i)
        names.append(m_scheme->itemData(i).toString());
    return names;
}

void StoreSpecEditor::setExcludedSchemes(const QStringList &schemes)
{
    m_excluded = schemes;
    fillSchemes();
    schemeChanged();
}

StoreSpecEditor::Form StoreSpecEditor::formOf(const QString &scheme) const
{
    if (scheme.isEmpty())
        return Form::None;
    if (scheme == QLatin1String("sqlite") || scheme == QLatin1String("file"))
        return Form::Path;
    if (scheme == QLatin1String("keychain"))
        return Form::Keychain;
    if (isServer(scheme))
        return Form::Server;
    if (scheme == QLatin1String("memory"))
        return Form::None;
    return Form::Other;
}

bool StoreSpecEditor::isServer(const QString &scheme) const
{
    return scheme == QLatin1String("mysql") || scheme == QLatin1String("mariadb")
        || scheme == QLatin1String("postgresql") || scheme == QLatin1String("postgres");
}

int StoreSpecEditor::defaultPort(const QString &scheme) const
{
    return canonicalScheme(scheme) == QLatin1String("postgresql") ? 5432 : 3306;
}

QString StoreSpecEditor::defaultUser(const QString &scheme) const
{
    return canonicalScheme(scheme) == QLatin1String("postgresql") ? QStringLiteral("postgres")
                                                                  : QStringLiteral("root");
}

QString StoreSpecEditor::scheme() const
{
    return m_scheme->currentData().toString();
}

void StoreSpecEditor::setScheme(const QString &scheme)
{
    const int index = m_scheme->findData(canonicalScheme(scheme));
    if (index >= 0)
        m_scheme->setCurrentIndex(index);
}

void StoreSpecEditor::setPasswordAllowed(bool allowed)
{
    m_passwordAllowed = allowed;
    updateRows();
}

void StoreSpecEditor::schemeChanged()
{
    const QString name = scheme();
    // A port left at a server's default follows to this server's.
    if (!m_filling && isServer(name) && (m_port->value() == 3306 || m_port->value() == 5432))
        m_port->setValue(defaultPort(name));
    m_lastScheme = name;
    m_user->setPlaceholderText(defaultUser(name));

    QString summary;
    if (name == QLatin1String("keychain"))
        summary = tr("The Secret Service, macOS Keychain or Windows Credential Manager: your login protects "
                     "the secrets.");
    else if (name == QLatin1String("sqlite"))
        summary = tr("One file on this computer, in the layout the Zoho SDK samples use (their zohooauth.db "
                     "opens as it is). Created readable by you only.");
    else if (name == QLatin1String("file"))
        summary = tr("The Zoho SDK's token file (sdk_tokens.txt), shared with the Python and Java SDKs. "
                     "Created readable by you only.");
    else if (name == QLatin1String("mysql") || name == QLatin1String("mariadb"))
        summary = tr("The Zoho SDK DBStore table on a MySQL or MariaDB server; empty fields take the SDK's "
                     "defaults (root@localhost:3306, database zohooauth, table oauthtoken).");
    else if (name == QLatin1String("postgresql"))
        summary = tr("The same table on a PostgreSQL server; empty fields take the defaults "
                     "(postgres@localhost:5432, database zohooauth, table oauthtoken).");
    else if (name == QLatin1String("memory"))
        summary = tr("Kept in this program only, and gone when it quits: for trying things out.");
    else {
        for (const auto &known : StoreRegistry::instance().schemes()) {
            if (known.name == name)
                summary = tr("%1 (written as %2)").arg(known.summary, known.usage);
        }
    }
    m_summary->setText(summary);
    m_summary->setVisible(!summary.isEmpty());
    m_path->setPlaceholderText(name == QLatin1String("file")
                                   ? tr("e.g. %1").arg(QDir::toNativeSeparators(
                                       QDir::home().filePath(QStringLiteral("sdk_tokens.txt"))))
                                   : tr("e.g. %1").arg(QDir::toNativeSeparators(
                                       QDir::home().filePath(QStringLiteral("tokens.db")))));
    updateRows();
    updateSpec();
}

void StoreSpecEditor::updateRows()
{
    const Form form = formOf(scheme());
    for (int row : std::as_const(m_pathRows))
        m_form->setRowVisible(row, form == Form::Path);
    for (int row : std::as_const(m_keychainRows))
        m_form->setRowVisible(row, form == Form::Keychain);
    for (int row : std::as_const(m_serverRows))
        m_form->setRowVisible(row, form == Form::Server);
    for (int row : std::as_const(m_passwordRows))
        m_form->setRowVisible(row, form == Form::Server && m_passwordAllowed);
    for (int row : std::as_const(m_otherRows))
        m_form->setRowVisible(row, form == Form::Other);
    DialogHelpers::growToFitLater(this);
}

QString StoreSpecEditor::serverSpec() const
{
    const QString name = scheme();
    QUrl url;
    url.setScheme(name);
    url.setUserName(m_user->text().trimmed().isEmpty() ? defaultUser(name) : m_user->text().trimmed());
    url.setHost(m_host->text().trimmed().isEmpty() ? QStringLiteral("localhost") : m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setPath(QLatin1Char('/')
                + (m_database->text().trimmed().isEmpty() ? kDefaultDatabase : m_database->text().trimmed()));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("table"),
                       m_table->text().trimmed().isEmpty() ? kDefaultTable : m_table->text().trimmed());
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString StoreSpecEditor::spec() const
{
    const QString name = scheme();
    switch (formOf(name)) {
    case Form::None:
        return name.isEmpty() ? QString() : name + QLatin1Char(':');
    case Form::Path: {
        const QString path = m_path->text().trimmed();
        if (path.isEmpty())
            return {};
        return name + QLatin1Char(':') + QDir::fromNativeSeparators(path);
    }
    case Form::Keychain:
        return name + QLatin1Char(':') + m_service->text().trimmed();
    case Form::Server:
        return serverSpec();
    case Form::Other:
        return name + QLatin1Char(':') + m_other->text().trimmed();
    }
    return {};
}

bool StoreSpecEditor::setSpec(const QString &spec)
{
    const QString trimmed = spec.trimmed();
    const QString name = canonicalScheme(StoreRegistry::schemeOf(trimmed));
    if (name.isEmpty() || m_scheme->findData(name) < 0)
        return false;
    const QString rest = StoreRegistry::remainderOf(trimmed);
    m_filling = true;
    setScheme(name);
    switch (formOf(name)) {
    case Form::None:
        break;
    case Form::Path:
        m_path->setText(QDir::toNativeSeparators(rest));
        break;
    case Form::Keychain:
        m_service->setText(rest);
        break;
    case Form::Other:
        m_other->setText(rest);
        break;
    case Form::Server: {
        m_user->clear();
        m_host->clear();
        m_database->clear();
        m_table->clear();
        m_port->setValue(defaultPort(name));
        if (rest.startsWith(QLatin1String("//"))) {
            const QUrl url(trimmed, QUrl::TolerantMode);
            m_user->setText(url.userName());
            if (!url.password().isEmpty())
                m_password->setText(url.password());
            m_host->setText(url.host());
            if (url.port() > 0)
                m_port->setValue(url.port());
            QString path = url.path();
            if (path.startsWith(QLatin1Char('/')))
                path.remove(0, 1);
            m_database->setText(path);
            m_table->setText(QUrlQuery(url).queryItemValue(QStringLiteral("table"), QUrl::FullyDecoded));
        }
        break;
    }
    }
    m_filling = false;
    updateSpec();
    return true;
}

bool StoreSpecEditor::takesPassword() const
{
    return formOf(scheme()) == Form::Server;
}

QString StoreSpecEditor::password() const
{
    return takesPassword() && m_passwordAllowed ? m_password->text() : QString();
}

QString StoreSpecEditor::validationError() const
{
    const QString name = scheme();
    switch (formOf(name)) {
    case Form::None:
        return name.isEmpty() ? tr("Choose a kind of store.") : QString();
    case Form::Path:
        if (m_path->text().trimmed().isEmpty())
            return tr("Choose the file: type its path or use Browse….");
        if (QFileInfo(m_path->text().trimmed()).isDir())
            return tr("“%1” is a folder; choose a file in it.").arg(m_path->text().trimmed());
        return {};
    case Form::Keychain:
        if (m_service->text().contains(QLatin1Char('/')) || m_service->text().contains(QLatin1Char(' ')))
            return tr("A keychain service name has no spaces or slashes.");
        return {};
    case Form::Server: {
        static const QRegularExpression hostName(QStringLiteral("^[A-Za-z0-9._\\-\\[\\]:]*$"));
        if (!hostName.match(m_host->text().trimmed()).hasMatch())
            return tr("The host is a name or an address, such as db.example.com or 127.0.0.1.");
        const QString user = m_user->text().trimmed();
        if (user.contains(QLatin1Char(':')) || user.contains(QLatin1Char('@'))
            || user.contains(QLatin1Char('/')))
            return tr("The user name cannot contain “:”, “@” or “/”; the password has its own field.");
        const QString database = m_database->text().trimmed();
        if (database.contains(QLatin1Char('/')) || database.contains(QLatin1Char('?')))
            return tr("The database is one name, without “/” or “?”.");
        const QString table = m_table->text().trimmed();
        if (!table.isEmpty() && !isPlainIdentifier(table))
            return tr("The table name may have letters, digits and “_”, not start with a digit, and have at "
                      "most 40 characters.");
        return {};
    }
    case Form::Other:
        return {};
    }
    return {};
}

QWidget *StoreSpecEditor::invalidField() const
{
    switch (formOf(scheme())) {
    case Form::Path:
        return m_path;
    case Form::Keychain:
        return m_service;
    case Form::Server: {
        const QString error = validationError();
        if (error.isEmpty())
            return nullptr;
        if (!m_table->text().trimmed().isEmpty() && !isPlainIdentifier(m_table->text().trimmed()))
            return m_table;
        const QString user = m_user->text();
        if (user.contains(QLatin1Char(':')) || user.contains(QLatin1Char('@'))
            || user.contains(QLatin1Char('/')))
            return m_user;
        if (m_database->text().contains(QLatin1Char('/')) || m_database->text().contains(QLatin1Char('?')))
            return m_database;
        return m_host;
    }
    case Form::Other:
        return m_other;
    case Form::None:
        return m_scheme;
    }
    return m_scheme;
}

void StoreSpecEditor::updateSpec()
{
    if (m_filling)
        return;
    const QString current = spec();
    m_specView->setText(current);
    m_specView->setCursorPosition(0);
    Q_EMIT specChanged(current);
}

QFileDialog *StoreSpecEditor::fileDialog() const
{
    return m_fileDialog && m_fileDialog->isVisible() ? m_fileDialog : nullptr;
}

void StoreSpecEditor::browse()
{
    if (!m_fileDialog) {
        m_fileDialog = new QFileDialog(this);
        m_fileDialog->setObjectName(QStringLiteral("storeFileDialog"));
        connect(m_fileDialog, &QFileDialog::fileSelected, this,
                [this](const QString &file) { m_path->setText(QDir::toNativeSeparators(file)); });
    }
    const bool sdkFile = scheme() == QLatin1String("file");
    m_fileDialog->setWindowTitle(sdkFile ? tr("Choose the Token File") : tr("Choose the SQLite Database"));
    m_fileDialog->setNameFilters(
        sdkFile ? QStringList { tr("Token files (*.txt *.csv)"), tr("All files (*)") }
                : QStringList { tr("SQLite databases (*.db *.sqlite *.sqlite3)"), tr("All files (*)") });
    if (m_purpose == PathPurpose::Read) {
        m_fileDialog->setAcceptMode(QFileDialog::AcceptOpen);
        m_fileDialog->setFileMode(QFileDialog::ExistingFile);
        m_fileDialog->setOption(QFileDialog::DontConfirmOverwrite, false);
    } else {
        // Writing merges into an existing store; nothing is overwritten, so no "replace?" question.
        m_fileDialog->setAcceptMode(QFileDialog::AcceptSave);
        m_fileDialog->setFileMode(QFileDialog::AnyFile);
        m_fileDialog->setOption(QFileDialog::DontConfirmOverwrite, true);
    }
    const QFileInfo current(m_path->text().trimmed());
    if (!m_path->text().trimmed().isEmpty()) {
        m_fileDialog->setDirectory(current.absolutePath());
        m_fileDialog->selectFile(current.fileName());
    } else {
        m_fileDialog->setDirectory(QDir::homePath());
        m_fileDialog->selectFile(sdkFile ? QStringLiteral("sdk_tokens.txt") : QStringLiteral("tokens.db"));
    }
    m_fileDialog->open();
}
