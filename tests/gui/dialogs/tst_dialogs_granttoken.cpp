#include "dialogtesthelpers.h"
#include "granttokendialog.h"
#include "sandboxserver.h"
#include "storeregistry.h"
#include "tokenfacade.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace DialogTestHelpers;

// The Self Client grant token dialog against the in-process sandbox and a real SQLite store.
class TestGrantTokenDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void everyControlHasAnAccessibleName();
    void keyboardReachesEveryInputAndEscapeCloses();
    void grantCodeIsMaskedUntilShown();
    void missingFieldsAreNamed();
    void grantCodeBecomesAStoredToken();
    void usedGrantCodeSaysItExpired();
    void wrongSecretShowsTheInvalidClientSentence();

private:
    void fill(GrantTokenDialog &dialog, const QString &code, const QString &secret = QString());
    TokenList storedRows();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<TokenFacade> m_facade;
    QString m_spec;
};

void TestGrantTokenDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_sandbox = std::make_unique<SandboxServer>();
    m_sandbox->setRecordsPerModule(5);
    QVERIFY(m_sandbox->start(0));
    m_facade = std::make_unique<TokenFacade>();
    m_spec = QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("tokens.db"));
    QSignalSpy opened(m_facade.get(), &TokenFacade::storeOpened);
    m_facade->open(m_spec);
    QVERIFY(opened.wait(10000));
}

void TestGrantTokenDialog::cleanup()
{
    m_facade.reset();
    m_sandbox.reset();
    m_dir.reset();
}

void TestGrantTokenDialog::fill(GrantTokenDialog &dialog, const QString &code, const QString &secret)
{
    OAuthSignIn::Options options;
    options.environment = *ZohoEnvironment::custom(m_sandbox->accountsUrl(), m_sandbox->apiDomain());
    options.clientId = m_sandbox->clientId();
    options.clientSecret = secret.isEmpty() ? m_sandbox->clientSecret() : secret;
    dialog.setOptions(options);
    dialog.setGrantCode(code);
}

TokenList TestGrantTokenDialog::storedRows()
{
    auto store = StoreRegistry::instance().create(m_spec);
    if (!store)
        return {};
    auto rows = store.value()->getTokens();
    return rows ? rows.value() : TokenList();
}

void TestGrantTokenDialog::everyControlHasAnAccessibleName()
{
    GrantTokenDialog dialog(m_facade.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.objectName(), QStringLiteral("grantTokenDialog"));
    QStringList missing = unnamedFocusableWidgets(&dialog);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    auto *where = dialog.findChild<QComboBox *>(QStringLiteral("dataCenterCombo"));
    QCOMPARE(where->count(), 9); // eight data centers and a custom URL; no sandbox process here
    where->setCurrentIndex(8);
    missing = unnamedFocusableWidgets(&dialog);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
}

void TestGrantTokenDialog::keyboardReachesEveryInputAndEscapeCloses()
{
    GrantTokenDialog dialog(m_facade.get());
    dialog.findChild<QComboBox *>(QStringLiteral("dataCenterCombo"))->setCurrentIndex(8);
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

void TestGrantTokenDialog::grantCodeIsMaskedUntilShown()
{
    GrantTokenDialog dialog(m_facade.get());
    auto *code = dialog.findChild<QLineEdit *>(QStringLiteral("grantCodeEdit"));
    auto *secret = dialog.findChild<QLineEdit *>(QStringLiteral("clientSecretEdit"));
    QCOMPARE(code->echoMode(), QLineEdit::Password);
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    auto *show = code->parentWidget()->findChild<QAbstractButton *>();
    QVERIFY(show);
    show->click();
    QCOMPARE(code->echoMode(), QLineEdit::Normal);
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    show->click();
    QCOMPARE(code->echoMode(), QLineEdit::Password);
}

void TestGrantTokenDialog::missingFieldsAreNamed()
{
    GrantTokenDialog dialog(m_facade.get());
    dialog.show();
    dialog.startExchange();
    QVERIFY(!dialog.isWorking());
    QVERIFY2(dialog.message().contains(QStringLiteral("client ID")), qPrintable(dialog.message()));
    fill(dialog, QString());
    dialog.startExchange();
    QVERIFY2(dialog.message().contains(QStringLiteral("grant code")), qPrintable(dialog.message()));
}

void TestGrantTokenDialog::grantCodeBecomesAStoredToken()
{
    GrantTokenDialog dialog(m_facade.get());
    const QString code = m_sandbox->createGrantCode(QStringLiteral("ZohoCRM.modules.ALL,ZohoCRM.users.READ"),
                                                    QStringLiteral("self@sandbox.test"));
    fill(dialog, code);
    QSignalSpy signedIn(&dialog, &GrantTokenDialog::signedIn);
    dialog.show();
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);
    QVERIFY(dialog.isWorking());
    QVERIFY(dialog.findChild<QWidget *>(QStringLiteral("busyIndicator"))->isVisible());
    QVERIFY(signedIn.wait(20000));
    QVERIFY(!dialog.isVisible());
    const Token token = signedIn.first().first().value<Token>();
    QCOMPARE(token.userName, QStringLiteral("self@sandbox.test"));
    const TokenList rows = storedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().id, token.id);
    QVERIFY(m_sandbox->isRefreshTokenValid(rows.first().refreshToken));
}

void TestGrantTokenDialog::usedGrantCodeSaysItExpired()
{
    const QString code = m_sandbox->createGrantCode(QStringLiteral("ZohoCRM.modules.ALL"));
    {
        GrantTokenDialog first(m_facade.get());
        fill(first, code);
        QSignalSpy signedIn(&first, &GrantTokenDialog::signedIn);
        first.startExchange();
        QVERIFY(signedIn.wait(20000));
    }
    GrantTokenDialog dialog(m_facade.get());
    fill(dialog, code);
    QSignalSpy signedIn(&dialog, &GrantTokenDialog::signedIn);
    dialog.show();
    dialog.startExchange();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isWorking(), 20000);
    QCOMPARE(signedIn.count(), 0);
    QVERIFY2(
        dialog.message().startsWith(QStringLiteral("The grant code has expired, was already used, or belongs "
                                                   "to another data center.")),
        qPrintable(dialog.message()));
    QCOMPARE(storedRows().size(), 1);
}

void TestGrantTokenDialog::wrongSecretShowsTheInvalidClientSentence()
{
    GrantTokenDialog dialog(m_facade.get());
    fill(dialog, m_sandbox->createGrantCode(QStringLiteral("ZohoCRM.modules.ALL")), QStringLiteral("wrong"));
    dialog.show();
    dialog.startExchange();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isWorking(), 20000);
    QVERIFY2(dialog.message().startsWith(QStringLiteral("The client ID or client secret is wrong")),
             qPrintable(dialog.message()));
    QVERIFY(storedRows().isEmpty());
}

QTEST_MAIN(TestGrantTokenDialog)
#include "tst_dialogs_granttoken.moc"
