#include "transferdialog.h"

#include "dialoghelpers.h"
#include "dialognotice.h"
#include "errormessages.h"
#include "icons.h"
#include "secretfield.h"
#include "storespeceditor.h"
#include "tokenfacade.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

TransferDialog::TransferDialog(Mode mode, TokenFacade *facade, const QStringList &selectedIds,
                               QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_facade(facade)
    , m_selectedIds(selectedIds)
{
    const bool exporting = mode == Mode::Export;
    setObjectName(exporting ? QStringLiteral("exportDialog") : QStringLiteral("importDialog"));
    setWindowTitle(exporting ? tr("Export Tokens") : tr("Import Tokens"));
    setAccessibleName(exporting ? tr("Export tokens") : tr("Import tokens"));
    setAccessibleDescription(exporting ? tr("Writes tokens of the open store to another store")
                                       : tr("Copies the tokens of another store into the open store"));
    setWindowIcon(Icons::icon(exporting ? QStringLiteral("export") : QStringLiteral("import")));

    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(exporting ? tr("Write tokens of the open store to another store, for example the "
                                  "token file a Zoho SDK reads. A token already there is updated, "
                                  "nothing else in it changes.")
                             : tr("Copy every token of another store into the open store, for "
                                  "example from the token file of a Zoho SDK. A token that is "
                                  "already here is updated, not duplicated."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *target = new QGroupBox(exporting ? tr("Export to") : tr("Import from"), this);
    auto *targetLayout = new QVBoxLayout(target);
    m_editor = new StoreSpecEditor(target);
    m_editor->setPathPurpose(exporting ? StoreSpecEditor::PathPurpose::Write
                                       : StoreSpecEditor::PathPurpose::Read);
    m_editor->setExcludedSchemes({ QStringLiteral("memory") });
    m_editor->setScheme(QStringLiteral("file"));
    targetLayout->addWidget(m_editor);
    layout->addWidget(target);

    if (exporting) {
        if (!m_selectedIds.isEmpty()) {
            m_onlySelected =
                new QCheckBox(tr("O&nly the selected tokens (%n)", nullptr, int(m_selectedIds.size())), this);
            m_onlySelected->setObjectName(QStringLiteral("onlySelectedCheck"));
            m_onlySelected->setAccessibleName(tr("Only the selected tokens"));
            m_onlySelected->setChecked(true);
            layout->addWidget(m_onlySelected);
        }
        m_withSecrets = new QCheckBox(tr("&Include secrets (client secrets and tokens)"), this);
        m_withSecrets->setObjectName(QStringLiteral("includeSecretsCheck"));
        m_withSecrets->setAccessibleName(tr("Include secrets"));
        m_withSecrets->setAccessibleDescription(tr("Writes client secrets, refresh and access tokens too"));
        layout->addWidget(m_withSecrets);
        m_secretsNote = new DialogNotice(this);
        m_secretsNote->setObjectName(QStringLiteral("secretsNote"));
        layout->addWidget(m_secretsNote);
        connect(m_withSecrets, &QCheckBox::toggled, this, &TransferDialog::updateSecretsNote);
        updateSecretsNote();
    }

    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setAccessibleName(exporting ? tr("Export progress") : tr("Import progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_progress);
    m_progressLabel->hide();
    m_progress->hide();

    m_result = new DialogNotice(this);
    m_result->setObjectName(QStringLiteral("resultNotice"));
    layout->addWidget(m_result);
    layout->addStretch(1);

    m_buttons = new QDialogButtonBox(this);
    m_start = m_buttons->addButton(exporting ? tr("&Export") : tr("&Import"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(QStringLiteral("startButton"));
    m_start->setIcon(Icons::icon(exporting ? QStringLiteral("export") : QStringLiteral("import")));
    m_start->setDefault(true);
    m_close = m_buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("closeButton"));
    connect(m_start, &QPushButton::clicked, this, &TransferDialog::start);
    connect(m_close, &QPushButton::clicked, this, &TransferDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_editor, &StoreSpecEditor::specChanged, this, [this] {
        if (!m_running && m_result->kind() == DialogNotice::Kind::Error)
            m_result->clear();
    });

    QWidget *last = m_editor;
    for (QWidget *next : { static_cast<QWidget *>(m_onlySelected), static_cast<QWidget *>(m_withSecrets),
                           static_cast<QWidget *>(m_start), static_cast<QWidget *>(m_close) }) {
        if (!next)
            continue;
        setTabOrder(last, next);
        last = next;
    }
    setMinimumWidth(DialogHelpers::textWidth(this, 80));
    m_editor->setFocus();
}

TransferDialog::~TransferDialog()
{
    if (m_running)
        m_operation.cancel();
}

void TransferDialog::updateSecretsNote()
{
    if (!m_withSecrets)
        return;
    if (m_withSecrets->isChecked())
        m_secretsNote->show(DialogNotice::Kind::Warning,
                            tr("The file will then hold working tokens and client secrets: anyone who can "
                               "read it can use your Zoho CRM. A file or SQLite store is created readable by "
                               "you only; keep it that way, and delete it when it is no longer needed."));
    else
        m_secretsNote->show(DialogNotice::Kind::Info,
                            tr("Without secrets the copy names users, clients and data centers, but no token "
                               "in it can be used."));
}

void TransferDialog::setSpec(const QString &spec)
{
    m_editor->setSpec(spec);
}

bool TransferDialog::onlySelected() const
{
    return m_onlySelected && m_onlySelected->isChecked();
}

void TransferDialog::setOnlySelected(bool only)
{
    if (m_onlySelected)
        m_onlySelected->setChecked(only);
}

bool TransferDialog::includesSecrets() const
{
    return m_withSecrets && m_withSecrets->isChecked();
}

void TransferDialog::setIncludesSecrets(bool include)
{
    if (m_withSecrets)
        m_withSecrets->setChecked(include);
}

QString TransferDialog::message() const
{
    return m_result->text();
}

void TransferDialog::start()
{
    if (m_running)
        return;
    const QString error = m_editor->validationError();
    if (!error.isEmpty()) {
        m_result->show(DialogNotice::Kind::Error, error);
        if (QWidget *field = m_editor->invalidField())
            field->setFocus();
        return;
    }
    const QString spec = m_editor->spec();
    if (m_facade->isOpen() && spec == m_facade->spec()) {
        m_result->show(DialogNotice::Kind::Error, tr("That is the store in use; choose another one."));
        return;
    }
    m_result->clear();
    setRunning(true);
    const QString password = m_editor->password();
    if (m_editor->takesPassword() && !password.isEmpty()) {
        m_progressLabel->setText(tr("Keeping the password in the OS keychain…"));
        const quint64 generation = ++m_generation;
        m_facade->storeDatabasePassword(
            spec, password, this, [this, spec, generation](const StoreResult<void> &result) {
                if (generation != m_generation)
                    return;
                if (!result) {
                    setRunning(false);
                    m_result->show(DialogNotice::Kind::Error,
                                   tr("The password could not be kept in the OS "
                                      "keychain. %1")
                                       .arg(ErrorMessages::store(result.error())));
                    return;
                }
                m_editor->passwordField()->clear();
                run(spec);
            });
        return;
    }
    run(spec);
}

void TransferDialog::run(const QString &spec)
{
    const bool exporting = m_mode == Mode::Export;
    m_progressLabel->setText(exporting ? tr("Exporting…") : tr("Importing…"));
    m_progress->setRange(0, 0);
    const quint64 generation = ++m_generation;
    auto progress = [this, generation](const TransferProgress &p) {
        if (generation != m_generation)
            return;
        m_progress->setRange(0, qMax(1, p.total));
        m_progress->setValue(p.done);
        m_progressLabel->setText(tr("%1 of %n tokens copied…", nullptr, p.total).arg(p.done));
    };
    auto reply = [this, generation](const TransferReport &report) {
        if (generation == m_generation)
            done(report);
    };
    if (exporting)
        m_operation = m_facade->exportTo(spec, onlySelected() ? m_selectedIds : QStringList(),
                                         includesSecrets(), this, progress, reply);
    else
        m_operation = m_facade->importFrom(spec, this, progress, reply);
}

void TransferDialog::cancel()
{
    if (!m_running)
        return;
    if (!m_operation.isValid()) {
        // Still keeping the password: nothing was copied yet.
        ++m_generation;
        setRunning(false);
        m_result->show(DialogNotice::Kind::Warning, tr("Cancelled before any token was copied."));
        return;
    }
    m_operation.cancel();
    m_progressLabel->setText(tr("Stopping after the current batch…"));
    m_close->setEnabled(false);
}

void TransferDialog::done(const TransferReport &report)
{
    m_report = report;
    m_operation = TokenOperation();
    setRunning(false);
    const bool exporting = m_mode == Mode::Export;
    if (report.error) {
        m_result->show(
            DialogNotice::Kind::Error,
            tr("%1 %2").arg(
                exporting
                    ? tr("The export failed after %1 of %n tokens.", nullptr, report.total).arg(report.copied)
                    : tr("The import failed after %1 of %n tokens.", nullptr, report.total)
                          .arg(report.copied),
                ErrorMessages::store(*report.error)));
    } else if (report.cancelled) {
        m_result->show(
            DialogNotice::Kind::Warning,
            tr("Cancelled: %1 of %n tokens were copied; the others were not.", nullptr, report.total)
                .arg(report.copied));
    } else if (exporting) {
        m_result->show(
            DialogNotice::Kind::Info,
            report.withSecrets
                ? tr("Exported %1 of %n tokens, with their secrets.", nullptr, report.total)
                      .arg(report.copied)
                : tr("Exported %1 of %n tokens, without secrets.", nullptr, report.total).arg(report.copied));
    } else {
        m_result->show(DialogNotice::Kind::Info,
                       tr("Imported %1 of %n tokens.", nullptr, report.total).arg(report.copied));
    }
    m_close->setFocus();
    Q_EMIT finished(report);
}

void TransferDialog::setRunning(bool running)
{
    m_running = running;
    m_editor->setEnabled(!running);
    if (m_onlySelected)
        m_onlySelected->setEnabled(!running);
    if (m_withSecrets)
        m_withSecrets->setEnabled(!running);
    m_start->setEnabled(!running);
    m_progress->setVisible(running || m_progress->value() > 0);
    m_progressLabel->setVisible(running);
    m_close->setEnabled(true);
    m_close->setText(running ? tr("&Cancel") : tr("Close"));
    m_close->setAccessibleDescription(running ? tr("Stops the copy after the current batch") : QString());
    if (running) {
        m_progress->setRange(0, 0);
        m_close->setFocus();
    }
}

void TransferDialog::reject()
{
    if (m_running) {
        cancel();
        return;
    }
    QDialog::reject();
}
