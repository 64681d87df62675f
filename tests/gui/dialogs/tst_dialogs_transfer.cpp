#include "dialognotice.h"
#include "dialogtesthelpers.h"
#include "storeregistry.h"
#include "storespeceditor.h"
#include "testtokens.h"
#include "tokenfacade.h"
#include "transferdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace DialogTestHelpers;

// Import and export through the dialog between real SQLite and Zoho SDK file stores: the secrets
// stay out unless asked for, the files are created 0600, and an import brings the rows back.
class TestTransferDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void everyControlHasAnAccessibleName();
    void keyboardReachesEveryInputAndEscapeCloses();
    void secretsStayOutByDefaultAndTheFileIsPrivate();
    void secretsWhenAskedWithAWarning();
    void onlyTheSelectedTokens();
    void sqliteExportIsPrivateToo();
    void importBringsTheRowsBack();
    void cancelStopsTheCopy();
    void failureIsShownInTheDialog();

private:
    void seed(int count);
    TransferReport run(TransferDialog &dialog);
    static TokenList rowsOf(const QString &spec);
    static bool isPrivate(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TokenFacade> m_facade;
    QString m_spec;
    TokenList m_rows; // as seeded, with their ids
};

void TestTransferDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_spec = QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("open.db"));
    m_facade = std::make_unique<TokenFacade>();
    QSignalSpy opened(m_facade.get(), &TokenFacade::storeOpened);
    m_facade->open(m_spec);
    QVERIFY(opened.wait(10000));
    m_rows.clear();
}

void TestTransferDialog::cleanup()
{
    m_facade.reset();
    m_dir.reset();
}

void TestTransferDialog::seed(int count)
{
    auto store = StoreRegistry::instance().create(m_spec);
    QVERIFY(store);
    TokenList tokens;
    for (int i = 0; i < count; ++i)
        tokens.append(TestTokens::signedIn(QStringLiteral("user%1@example.com").arg(i)));
    auto saved = store.value()->saveTokens(tokens);
    QVERIFY(saved);
    m_rows = saved.value();
}

TransferReport TestTransferDialog::run(TransferDialog &dialog)
{
    QSignalSpy finished(&dialog, &TransferDialog::finished);
    dialog.show();
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
    if (!finished.wait(30000))
        return {};
    return finished.first().first().value<TransferReport>();
}

TokenList TestTransferDialog::rowsOf(const QString &spec)
{
    auto store = StoreRegistry::instance().create(spec);
    if (!store)
        return {};
    auto rows = store.value()->getTokens();
    return rows ? rows.value() : TokenList();
}

bool TestTransferDialog::isPrivate(const QString &path)
{
    const QFile::Permissions permissions = QFileInfo(path).permissions();
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
        | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    return (permissions & QFile::ReadOwner) && (permissions & QFile::WriteOwner) && !(permissions & others);
}

void TestTransferDialog::everyControlHasAnAccessibleName()
{
    for (auto mode : { TransferDialog::Mode::Export, TransferDialog::Mode::Import }) {
        TransferDialog dialog(mode, m_facade.get(), { QStringLiteral("a"), QStringLiteral("b") });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.objectName(),
                 mode == TransferDialog::Mode::Export ? QStringLiteral("exportDialog")
                                                      : QStringLiteral("importDialog"));
        for (const QString &scheme : dialog.editor()->offeredSchemes()) {
            dialog.editor()->setScheme(scheme);
            const QStringList missing = unnamedFocusableWidgets(&dialog);
            QVERIFY2(missing.isEmpty(),
                     qPrintable(scheme + QStringLiteral(": ") + missing.join(QStringLiteral(", "))));
        }
        // An export target in memory would be gone at once.
        QVERIFY(!dialog.editor()->offeredSchemes().contains(QStringLiteral("memory")));
    }
}

void TestTransferDialog::keyboardReachesEveryInputAndEscapeCloses()
{
    TransferDialog dialog(TransferDialog::Mode::Export, m_facade.get(), { QStringLiteral("a") });
    dialog.editor()->setScheme(QStringLiteral("file")); // the Zoho SDK file is the first thought
    const QList<QWidget *> visited = walkTabOrder(&dialog);
    QVERIFY2(!visited.isEmpty(), "the dialog never became active");
    for (QWidget *widget : tabFocusableWidgets(&dialog))
        QVERIFY2(visited.contains(widget),
                 qPrintable(describe(widget) + QStringLiteral(" is not reached by Tab")));
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QCOMPARE(rejected.count(), 1);
    QVERIFY(!dialog.isVisible());
}

void TestTransferDialog::secretsStayOutByDefaultAndTheFileIsPrivate()
{
    seed(3);
    const QString path = m_dir->filePath(QStringLiteral("sdk_tokens.txt"));
    TransferDialog dialog(TransferDialog::Mode::Export, m_facade.get(), {});
    QCOMPARE(dialog.editor()->scheme(), QStringLiteral("file"));
    QVERIFY(!dialog.findChild<QCheckBox *>(QStringLiteral("onlySelectedCheck"))); // nothing selected
    QVERIFY(!dialog.includesSecrets());
    dialog.editor()->pathEdit()->setText(path);
    const TransferReport report = run(dialog);
    QVERIFY(!report.withSecrets);
    // Without secrets the rows carry masks (TokenFacadeWorker::exportTo), which the SDK rules accept.
    QVERIFY2(report.ok(), qPrintable(dialog.message()));
    QCOMPARE(report.copied, 3);
    QCOMPARE(dialog.message(), QStringLiteral("Exported 3 of 3 tokens, without secrets."));
    QCOMPARE(dialog.findChild<QProgressBar *>(QStringLiteral("progressBar"))->value(), 3);
    QVERIFY(dialog.isVisible()); // the result stays on screen

    QVERIFY(isPrivate(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    for (const Token &row : std::as_const(m_rows)) {
        QVERIFY(content.contains(row.userName.toUtf8()));
        QVERIFY(!content.contains(row.refreshToken.toUtf8()));
        QVERIFY(!content.contains(row.accessToken.toUtf8()));
        QVERIFY(!content.contains(row.clientSecret.toUtf8()));
    }
}

void TestTransferDialog::secretsWhenAskedWithAWarning()
{
    seed(2);
    const QString path = m_dir->filePath(QStringLiteral("with-secrets.txt"));
    TransferDialog dialog(TransferDialog::Mode::Export, m_facade.get(), {});
    auto *note = dialog.findChild<DialogNotice *>(QStringLiteral("secretsNote"));
    QCOMPARE(note->kind(), DialogNotice::Kind::Info);
    dialog.findChild<QCheckBox *>(QStringLiteral("includeSecretsCheck"))->setChecked(true);
    QCOMPARE(note->kind(), DialogNotice::Kind::Warning);
    QVERIFY(note->text().contains(QStringLiteral("working tokens and client secrets")));
    QVERIFY(note->text().contains(QStringLiteral("readable by you only")));
    dialog.editor()->pathEdit()->setText(path);
    const TransferReport report = run(dialog);
    QVERIFY2(report.ok(), qPrintable(dialog.message()));
    QCOMPARE(report.copied, 2);
    QVERIFY(dialog.message().contains(QStringLiteral("with their secrets")));
    QVERIFY(isPrivate(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    for (const Token &row : std::as_const(m_rows))
        QVERIFY(content.contains(row.refreshToken.toUtf8()));
}

void TestTransferDialog::onlyTheSelectedTokens()
{
    seed(3);
    const QString spec = QStringLiteral("file:") + m_dir->filePath(QStringLiteral("one.txt"));
    TransferDialog dialog(TransferDialog::Mode::Export, m_facade.get(), { m_rows.at(1).id });
    auto *only = dialog.findChild<QCheckBox *>(QStringLiteral("onlySelectedCheck"));
    QVERIFY(only);
    QVERIFY(only->isChecked());
    QVERIFY(only->text().contains(QStringLiteral("(1)")));
    dialog.setSpec(spec);
    dialog.setIncludesSecrets(true);
    const TransferReport report = run(dialog);
    QVERIFY2(report.ok(), qPrintable(dialog.message()));
    QCOMPARE(report.copied, 1);
    const TokenList written = rowsOf(spec);
    QCOMPARE(written.size(), 1);
    QCOMPARE(written.first().userName, m_rows.at(1).userName);
}

void TestTransferDialog::sqliteExportIsPrivateToo()
{
    seed(2);
    const QString path = m_dir->filePath(QStringLiteral("copy.db"));
    TransferDialog dialog(TransferDialog::Mode::Export, m_facade.get(), {});
    dialog.setSpec(QStringLiteral("sqlite:") + path);
    dialog.setIncludesSecrets(true);
    QVERIFY(run(dialog).ok());
    QVERIFY(isPrivate(path));
    QCOMPARE(rowsOf(QStringLiteral("sqlite:") + path).size(), 2);
}

void TestTransferDialog::importBringsTheRowsBack()
{
    seed(3);
    const QString file = QStringLiteral("file:") + m_dir->filePath(QStringLiteral("roundtrip.txt"));
    {
        TransferDialog dialog(TransferDialog::Mode::Export, m_facade.get(), {});
        dialog.setSpec(file);
        dialog.setIncludesSecrets(true);
        QVERIFY(run(dialog).ok());
    }
    // Into an empty store, through the import dialog.
    QSignalSpy opened(m_facade.get(), &TokenFacade::storeOpened);
    const QString fresh = QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("fresh.db"));
    m_facade->open(fresh);
    QVERIFY(opened.wait(10000));
    TransferDialog dialog(TransferDialog::Mode::Import, m_facade.get(), {});
    QVERIFY(!dialog.findChild<QCheckBox *>(QStringLiteral("includeSecretsCheck")));
    QCOMPARE(dialog.editor()->scheme(), QStringLiteral("file"));
    dialog.setSpec(file);
    const TransferReport report = run(dialog);
    QVERIFY2(report.ok(), qPrintable(dialog.message()));
    QCOMPARE(report.copied, 3);
    QCOMPARE(dialog.message(), QStringLiteral("Imported 3 of 3 tokens."));
    const TokenList rows = rowsOf(fresh);
    QCOMPARE(rows.size(), 3);
    QStringList refreshTokens;
    for (const Token &row : rows)
        refreshTokens.append(row.refreshToken);
    for (const Token &row : std::as_const(m_rows))
        QVERIFY(refreshTokens.contains(row.refreshToken));
}

void TestTransferDialog::cancelStopsTheCopy()
{
    seed(3000);
    const QString spec = QStringLiteral("file:") + m_dir->filePath(QStringLiteral("big.txt"));
    TransferDialog dialog(TransferDialog::Mode::Export, m_facade.get(), {});
    dialog.setSpec(spec);
    QSignalSpy finished(&dialog, &TransferDialog::finished);
    dialog.show();
    dialog.start();
    QVERIFY(dialog.isRunning());
    QCOMPARE(dialog.findChild<QPushButton *>(QStringLiteral("closeButton"))->text(),
             QStringLiteral("&Cancel"));
    QTest::keyClick(&dialog, Qt::Key_Escape); // Escape cancels the copy, and does not close
    QVERIFY(finished.wait(30000));
    const TransferReport report = finished.first().first().value<TransferReport>();
    QVERIFY(report.cancelled);
    QVERIFY(report.copied < 3000);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.message().startsWith(QStringLiteral("Cancelled:")), qPrintable(dialog.message()));
    QVERIFY(!dialog.isRunning());
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
}

void TestTransferDialog::failureIsShownInTheDialog()
{
    TransferDialog dialog(TransferDialog::Mode::Import, m_facade.get(), {});
    dialog.setSpec(QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("no/such/folder/x.db")));
    const TransferReport report = run(dialog);
    QVERIFY(report.error);
    QVERIFY2(dialog.message().startsWith(QStringLiteral("The import failed")), qPrintable(dialog.message()));
    // A spec the editor cannot make stays in the dialog, with the reason.
    dialog.editor()->pathEdit()->clear();
    dialog.start();
    QVERIFY(!dialog.isRunning());
    QVERIFY(dialog.message().contains(QStringLiteral("Choose the file")));
}

QTEST_MAIN(TestTransferDialog)
#include "tst_dialogs_transfer.moc"
