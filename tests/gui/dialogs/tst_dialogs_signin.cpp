#include "datacenterfields.h"
#include "dialogtesthelpers.h"
#include "sandboxprocess.h"
#include "sandboxserver.h"
#include "signindialog.h"
#include "storeregistry.h"
#include "tokenfacade.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QHostAddress>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace DialogTestHelpers;

// The sign-in dialog against a real sandbox (in this process, auto-approving) and a real SQLite store:
// the test's browser follows the authorization URL's redirect to the dialog's loopback listener.
class TestSignInDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void everyControlHasAnAccessibleName();
    void keyboardReachesEveryInputAndEscapeCloses();
    void offersAllDataCentersCustomAndSandbox();
    void preselectsTheDefaultScopesAndPort();
    void validationSaysWhatIsMissing();
    void signInSavesTheRowInTheStore();
    void wrongSecretShowsTheInvalidClientSentence();
    void cancelWhileWaitingEndsIt();
    void wrongStateIsANoteAndTheSignInKeepsWaiting();
    void trySandboxStartsTheSandboxAndSignsIn();

private:
    std::unique_ptr<SignInDialog> makeDialog(SandboxProcess *sandbox = nullptr);
    void fillForSandboxServer(SignInDialog &dialog, const QString &secret = QString());
    TokenList storedRows();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<TokenFacade> m_facade;
    std::unique_ptr<LoopbackBrowser> m_browser;
    QString m_spec;
};

void TestSignInDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_sandbox = std::make_unique<SandboxServer>();
    m_sandbox->setRecordsPerModule(5);
    m_sandbox->setAutoApprove(true);
    QVERIFY(m_sandbox->start(0));
    m_browser = std::make_unique<LoopbackBrowser>();
    m_facade = std::make_unique<TokenFacade>();
    m_facade->setBrowserOpener(m_browser->opener());
    m_spec = QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("tokens.db"));
    QSignalSpy opened(m_facade.get(), &TokenFacade::storeOpened);
    m_facade->open(m_spec);
    QVERIFY(opened.wait(10000));
}

void TestSignInDialog::cleanup()
{
    m_facade.reset();
    m_browser.reset();
    m_sandbox.reset();
    m_dir.reset();
}

std::unique_ptr<SignInDialog> TestSignInDialog::makeDialog(SandboxProcess *sandbox)
{
    auto dialog = std::make_unique<SignInDialog>(m_facade.get(), sandbox);
    dialog->setCallbackTimeout(20000);
    return dialog;
}

void TestSignInDialog::fillForSandboxServer(SignInDialog &dialog, const QString &secret)
{
    OAuthSignIn::Options options;
    options.environment = *ZohoEnvironment::custom(m_sandbox->accountsUrl(), m_sandbox->apiDomain());
    options.clientId = m_sandbox->clientId();
    options.clientSecret = secret.isEmpty() ? m_sandbox->clientSecret() : secret;
    options.redirectUri = QStringLiteral("http://localhost:0/callback");
    dialog.setOptions(options);
}

TokenList TestSignInDialog::storedRows()
{
    auto store = StoreRegistry::instance().create(m_spec);
    if (!store)
        return {};
    auto rows = store.value()->getTokens();
    return rows ? rows.value() : TokenList();
}

void TestSignInDialog::everyControlHasAnAccessibleName()
{
    auto dialog = makeDialog();
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    QCOMPARE(dialog->objectName(), QStringLiteral("signInDialog"));
    QStringList missing = unnamedFocusableWidgets(dialog.get());
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));

    // The custom rows, and the progress page.
    auto *where = dialog->findChild<QComboBox *>(QStringLiteral("dataCenterCombo"));
    where->setCurrentIndex(where->findData(QStringLiteral("custom")));
    QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("accountsUrlEdit"))->isVisibleTo(dialog.get()));
    missing = unnamedFocusableWidgets(dialog.get());
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));

    m_browser->setFollowing(false);
    fillForSandboxServer(*dialog);
    dialog->startSignIn();
    QVERIFY(dialog->isWaiting());
    QTRY_VERIFY(!dialog->authorizationUrl().isEmpty());
    missing = unnamedFocusableWidgets(dialog.get());
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    dialog->cancelSignIn();
}

void TestSignInDialog::keyboardReachesEveryInputAndEscapeCloses()
{
    auto dialog = makeDialog();
    auto *where = dialog->findChild<QComboBox *>(QStringLiteral("dataCenterCombo"));
    where->setCurrentIndex(where->findData(QStringLiteral("custom")));
    const QList<QWidget *> visited = walkTabOrder(dialog.get());
    QVERIFY2(!visited.isEmpty(), "the dialog never became active");
    for (QWidget *widget : tabFocusableWidgets(dialog.get()))
        QVERIFY2(visited.contains(widget),
                 qPrintable(describe(widget) + QStringLiteral(" is not reached by Tab")));
    // The order follows the form: data center first, the secret before the scopes, Sign In near the end.
    QCOMPARE(visited.first(), static_cast<QWidget *>(where));
    QVERIFY(visited.indexOf(dialog->findChild<QWidget *>(QStringLiteral("clientSecretEdit")))
            < visited.indexOf(dialog->findChild<QWidget *>(QStringLiteral("scopeList"))));

    QSignalSpy rejected(dialog.get(), &QDialog::rejected);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QCOMPARE(rejected.count(), 1);
    QVERIFY(!dialog->isVisible());
}

void TestSignInDialog::offersAllDataCentersCustomAndSandbox()
{
    auto dialog = makeDialog();
    auto *where = dialog->findChild<QComboBox *>(QStringLiteral("dataCenterCombo"));
    QCOMPARE(where->count(), 10);
    QCOMPARE(where->itemText(0), QStringLiteral("United States (zoho.com)"));
    QCOMPARE(where->itemText(1), QStringLiteral("Europe (zoho.eu)"));
    QCOMPARE(where->itemText(6), QStringLiteral("Canada (zohocloud.ca)"));
    QCOMPARE(where->itemText(8), QStringLiteral("Custom accounts URL…"));
    QCOMPARE(where->itemText(9), QStringLiteral("Sandbox (offline demo)"));
    auto *environment = dialog->findChild<QComboBox *>(QStringLiteral("environmentCombo"));
    QCOMPARE(environment->count(), 3);

    // A data center with an environment makes that environment's URLs.
    where->setCurrentIndex(1);
    environment->setCurrentIndex(1);
    dialog->findChild<QLineEdit *>(QStringLiteral("clientIdEdit"))->setText(QStringLiteral("1000.ABC"));
    const OAuthSignIn::Options options = dialog->options();
    QCOMPARE(options.environment.dataCenterCode(), QStringLiteral("eu"));
    QCOMPARE(options.environment.environment(), ApiEnvironment::Sandbox);
    QCOMPARE(options.environment.accountsUrl(), QUrl(QStringLiteral("https://accounts.zoho.eu")));
    QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("accountsUrlEdit"))->isVisibleTo(dialog.get()));
}

void TestSignInDialog::preselectsTheDefaultScopesAndPort()
{
    auto dialog = makeDialog();
    QStringList checked;
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("scopeList"));
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            checked.append(list->item(i)->text());
    }
    QCOMPARE(checked, OAuthSignIn::defaultScopes());
    for (const char *known :
         { "ZohoCRM.modules.leads.READ", "ZohoCRM.settings.fields.READ", "ZohoCRM.users.ALL",
           "ZohoCRM.bulk.ALL", "ZohoCRM.notifications.ALL", "AaaServer.profile.READ" })
        QVERIFY2(!list->findItems(QString::fromLatin1(known), Qt::MatchExactly).isEmpty(), known);
    QCOMPARE(dialog->findChild<QSpinBox *>(QStringLiteral("redirectPortSpin"))->value(), 8765);
    QCOMPARE(dialog->options().redirectUri, OAuthSignIn::defaultRedirectUri());

    dialog->findChild<QLineEdit *>(QStringLiteral("otherScopesEdit"))
        ->setText(QStringLiteral("ZohoCRM.modules.custom.READ, ZohoCRM.Files.CREATE"));
    QVERIFY(dialog->options().scopes.contains(QStringLiteral("ZohoCRM.Files.CREATE")));
    QCOMPARE(dialog->options().scopes.size(), OAuthSignIn::defaultScopes().size() + 2);
}

void TestSignInDialog::validationSaysWhatIsMissing()
{
    auto dialog = makeDialog();
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    dialog->startSignIn();
    QVERIFY(!dialog->isWaiting());
    QVERIFY2(dialog->message().contains(QStringLiteral("client ID")), qPrintable(dialog->message()));

    dialog->findChild<QLineEdit *>(QStringLiteral("clientIdEdit"))->setText(QStringLiteral("1000.ABC"));
    dialog->startSignIn();
    QVERIFY2(dialog->message().contains(QStringLiteral("client secret")), qPrintable(dialog->message()));

    dialog->findChild<QLineEdit *>(QStringLiteral("clientSecretEdit"))->setText(QStringLiteral("s3cret"));
    dialog->findChild<QLineEdit *>(QStringLiteral("otherScopesEdit"))->setText(QStringLiteral("not a scope"));
    dialog->startSignIn();
    QVERIFY2(dialog->message().contains(QStringLiteral("is not a scope")), qPrintable(dialog->message()));

    auto *where = dialog->findChild<QComboBox *>(QStringLiteral("dataCenterCombo"));
    where->setCurrentIndex(where->findData(QStringLiteral("custom")));
    dialog->findChild<QLineEdit *>(QStringLiteral("otherScopesEdit"))->clear();
    dialog->findChild<QLineEdit *>(QStringLiteral("accountsUrlEdit"))->setText(QStringLiteral("ftp://x"));
    dialog->startSignIn();
    QVERIFY2(dialog->message().contains(QStringLiteral("accounts URL")), qPrintable(dialog->message()));
    QVERIFY(!dialog->isWaiting());
}

void TestSignInDialog::signInSavesTheRowInTheStore()
{
    auto dialog = makeDialog();
    fillForSandboxServer(*dialog);
    QSignalSpy signedIn(dialog.get(), &SignInDialog::signedIn);
    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    dialog->show();
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
    QVERIFY(dialog->isWaiting());
    QCOMPARE(dialog->findChild<QStackedWidget *>()->currentWidget()->objectName(),
             QStringLiteral("progressPage"));
    QVERIFY(signedIn.wait(20000));
    QCOMPARE(accepted.count(), 1);
    QVERIFY(!dialog->isVisible());

    const Token token = signedIn.first().first().value<Token>();
    QVERIFY(!token.id.isEmpty());
    QCOMPARE(token.userName, m_sandbox->signedInUser());
    QVERIFY(token.refreshToken.isEmpty()); // the GUI never gets the secrets
    const QUrl authorization = m_browser->opened().value(0);
    QVERIFY(!QUrlQuery(authorization).hasQueryItem(QStringLiteral("client_secret")));
    QVERIFY(!authorization.toString().contains(m_sandbox->clientSecret()));

    const TokenList rows = storedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().id, token.id);
    QCOMPARE(rows.first().userName, m_sandbox->signedInUser());
    QVERIFY(m_sandbox->isRefreshTokenValid(rows.first().refreshToken));
}

void TestSignInDialog::wrongSecretShowsTheInvalidClientSentence()
{
    auto dialog = makeDialog();
    fillForSandboxServer(*dialog, QStringLiteral("not-the-secret"));
    QSignalSpy signedIn(dialog.get(), &SignInDialog::signedIn);
    dialog->show();
    dialog->startSignIn();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isWaiting(), 20000);
    QCOMPARE(signedIn.count(), 0);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QStackedWidget *>()->currentWidget()->objectName(),
             QStringLiteral("formPage"));
    QVERIFY2(
        dialog->message().startsWith(QStringLiteral("The client ID or client secret is wrong, or this client "
                                                    "is not enabled for the chosen data center.")),
        qPrintable(dialog->message()));
    QVERIFY(storedRows().isEmpty());
}

void TestSignInDialog::cancelWhileWaitingEndsIt()
{
    m_browser->setFollowing(false); // the user never approves
    auto dialog = makeDialog();
    fillForSandboxServer(*dialog);
    QSignalSpy signedIn(dialog.get(), &SignInDialog::signedIn);
    dialog->show();
    dialog->startSignIn();
    QTRY_VERIFY(!dialog->authorizationUrl().isEmpty());
    const QUrl redirect(QUrlQuery(QUrl(dialog->authorizationUrl()))
                            .queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    QVERIFY(redirect.port() > 0);
    QVERIFY(!QUrlQuery(QUrl(dialog->authorizationUrl())).hasQueryItem(QStringLiteral("client_secret")));

    // Cancel is the button's role while waiting; the dialog stays, back on the form.
    auto *cancel = dialog->findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!dialog->isWaiting());
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->message().contains(QStringLiteral("cancelled")));

    // The listener is gone: the redirect port can be bound again.
    QTRY_VERIFY([&] {
        QTcpServer probe;
        return probe.listen(QHostAddress::LocalHost, quint16(redirect.port()));
    }());
    QTest::qWait(200);
    QCOMPARE(signedIn.count(), 0);
    QVERIFY(storedRows().isEmpty());

    // Escape while waiting cancels too; a second Escape closes.
    dialog->startSignIn();
    QVERIFY(dialog->isWaiting());
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QVERIFY(!dialog->isWaiting());
    QVERIFY(dialog->isVisible());
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());
}

void TestSignInDialog::wrongStateIsANoteAndTheSignInKeepsWaiting()
{
    m_browser->setFollowing(false);
    auto dialog = makeDialog();
    fillForSandboxServer(*dialog);
    dialog->show();
    dialog->startSignIn();
    QTRY_VERIFY(!dialog->authorizationUrl().isEmpty());
    const QUrl authorization(dialog->authorizationUrl());
    QUrl forged(QUrlQuery(authorization).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    forged.setQuery(QStringLiteral("code=1000.forged&state=not-the-state"));
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(forged));
    QTRY_VERIFY(reply->isFinished());
    reply->deleteLater();

    auto *note = dialog->findChild<QWidget *>(QStringLiteral("progressNotice"));
    QTRY_VERIFY(note->isVisible());
    QVERIFY(dialog->isWaiting());

    // The real approval still completes it.
    QSignalSpy signedIn(dialog.get(), &SignInDialog::signedIn);
    m_browser->setFollowing(true);
    m_browser->opener()(authorization);
    QVERIFY(signedIn.wait(20000));
    QCOMPARE(storedRows().size(), 1);
}

void TestSignInDialog::trySandboxStartsTheSandboxAndSignsIn()
{
    const QString executable =
        qEnvironmentVariable("ZCRM_BINARY_DIR") + QStringLiteral("/app/sandbox/zcrm-sandbox");
    if (!QFileInfo(executable).isExecutable())
        QFAIL(qPrintable(QStringLiteral("no sandbox program at %1").arg(executable)));
    SandboxProcess sandbox;
    sandbox.setExecutable(executable);
    sandbox.setArguments(
        { QStringLiteral("--auto-approve"), QStringLiteral("--records"), QStringLiteral("5") });
    auto dialog = makeDialog(&sandbox);
    dialog->findChild<QSpinBox *>(QStringLiteral("redirectPortSpin"))->setValue(0);
    QSignalSpy signedIn(dialog.get(), &SignInDialog::signedIn);
    dialog->show();
    dialog->startSandboxSignIn();
    QVERIFY(sandbox.isRunning());
    QVERIFY(signedIn.wait(30000));

    // The fields came from the sandbox and could not be edited.
    auto *accounts = dialog->findChild<QLineEdit *>(QStringLiteral("accountsUrlEdit"));
    QCOMPARE(QUrl(accounts->text()), sandbox.endpoints().accountsUrl);
    QVERIFY(accounts->isReadOnly());
    QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("clientIdEdit"))->isReadOnly());
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("clientSecretEdit"))->echoMode(),
             QLineEdit::Password);
    const TokenList rows = storedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().clientId, sandbox.endpoints().clientId);

    // Leaving the sandbox choice gives the fields back, empty.
    auto *where = dialog->findChild<QComboBox *>(QStringLiteral("dataCenterCombo"));
    where->setCurrentIndex(0);
    QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("clientIdEdit"))->isReadOnly());
    QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("clientIdEdit"))->text().isEmpty());
}

QTEST_MAIN(TestSignInDialog)
#include "tst_dialogs_signin.moc"
