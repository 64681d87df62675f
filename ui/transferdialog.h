#pragma once

#include "tokenoperation.h"
#include "tokentransfer.h"

#include <QDialog>
#include <QStringList>

class DialogNotice;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class StoreSpecEditor;
class TokenFacade;

// "Import…" and "Export…": copies tokens between the open store and another one, given by a
// StoreSpecEditor (the Zoho SDK's token file is `file:PATH`). An export can be limited to the
// selected tokens and leaves the secrets out unless "Include secrets" is checked, with a plain
// warning. Shows the progress, can be cancelled, and shows the result in the dialog.
//
// Never blocks: show() or open() it; the caller may set Qt::WA_DeleteOnClose.
class TransferDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Import, Export };

    TransferDialog(Mode mode, TokenFacade *facade, const QStringList &selectedIds, QWidget *parent = nullptr);
    ~TransferDialog() override;

    Mode mode() const { return m_mode; }
    StoreSpecEditor *editor() const { return m_editor; }
    void setSpec(const QString &spec);
    bool onlySelected() const;
    void setOnlySelected(bool only);
    bool includesSecrets() const;
    void setIncludesSecrets(bool include);

    // As the Import/Export button, and as Cancel while it runs.
    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    // The result or error shown, empty before the end.
    QString message() const;
    const TransferReport &report() const { return m_report; }

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    // Once the copy ended (also when cancelled or failed).
    void finished(const TransferReport &report);

private:
    void run(const QString &spec);
    void done(const TransferReport &report);
    void setRunning(bool running);
    void updateSecretsNote();

    Mode m_mode;
    TokenFacade *m_facade;
    QStringList m_selectedIds;
    TokenOperation m_operation;
    TransferReport m_report;
    quint64 m_generation = 0;
    bool m_running = false;

    StoreSpecEditor *m_editor;
    QCheckBox *m_onlySelected = nullptr;
    QCheckBox *m_withSecrets = nullptr;
    DialogNotice *m_secretsNote = nullptr;
    QProgressBar *m_progress;
    QLabel *m_progressLabel;
    DialogNotice *m_result;
    QDialogButtonBox *m_buttons;
    QPushButton *m_start;
    QPushButton *m_close;
};
