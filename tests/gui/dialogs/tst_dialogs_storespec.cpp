#include "appsettings.h"
#include "dialogtesthelpers.h"
#include "keychainsecret.h"
#include "secretfield.h"
#include "storechooserdialog.h"
#include "storeregistry.h"
#include "storespeceditor.h"
#include "testenvironment.h"
#include "tokenfacade.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace DialogTestHelpers;

// The store spec editor builds and parses a spec for every backend the registry knows; the store
// chooser keeps a database password in the keychain only and can make the spec the default.
class TestStoreSpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offersEveryBackendOfTheRegistry();
    void buildsSpecs_data();
    void buildsSpecs();
    void parsesSpecsBack_data();
    void parsesSpecsBack();
    void passwordInASpecMovesToThePasswordField();
    void unknownSpecIsRefused();
    void invalidFieldsAreNamed();
    void everyControlHasAnAccessibleNameForEveryScheme();
    void browsePicksAFile();
    void chooserPreselectsTheCurrentSpecAndMakesItTheDefault();
    void chooserKeyboardAndEscape();
    void chooserKeepsTheDatabasePasswordInTheKeychainOnly();
};

void TestStoreSpec::offersEveryBackendOfTheRegistry()
{
    StoreSpecEditor editor;
    const QStringList offered = editor.offeredSchemes();
    for (const auto &scheme : StoreRegistry::instance().schemes()) {
        if (scheme.name == QLatin1String("postgres"))
            QVERIFY(!offered.contains(scheme.name)); // an alias of postgresql
        else
            QVERIFY2(offered.contains(scheme.name), qPrintable(scheme.name));
    }
    // The keychain comes first; every offered kind says what it is.
    QCOMPARE(offered.first(), QStringLiteral("keychain"));
    auto *summary = editor.findChild<QLabel *>(QStringLiteral("schemeSummary"));
    for (const QString &name : offered) {
        editor.setScheme(name);
        QVERIFY2(!summary->text().isEmpty(), qPrintable(name));
    }
}

void TestStoreSpec::buildsSpecs_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QStringList>("fields"); // objectName=value
    QTest::addColumn<QString>("spec");
    QTest::newRow("sqlite") << "sqlite" << QStringList { "pathEdit=/tmp/x/tokens.db" }
                            << "sqlite:/tmp/x/tokens.db";
    QTest::newRow("file") << "file" << QStringList { "pathEdit=/tmp/sdk_tokens.txt" }
                          << "file:/tmp/sdk_tokens.txt";
    QTest::newRow("no path, no spec") << "sqlite" << QStringList {} << "";
    QTest::newRow("keychain default") << "keychain" << QStringList {} << "keychain:";
    QTest::newRow("keychain service") << "keychain" << QStringList { "serviceEdit=team" } << "keychain:team";
    QTest::newRow("memory") << "memory" << QStringList {} << "memory:";
    QTest::newRow("mysql defaults") << "mysql" << QStringList {}
                                    << "mysql://root@localhost:3306/zohooauth?table=oauthtoken";
    QTest::newRow("mysql") << "mysql"
                           << QStringList { "hostEdit=db.example.com", "portSpin=3307", "userEdit=crm",
                                            "databaseEdit=tokens", "tableEdit=zoho_tokens" }
                           << "mysql://crm@db.example.com:3307/tokens?table=zoho_tokens";
    QTest::newRow("mariadb") << "mariadb" << QStringList { "hostEdit=127.0.0.1" }
                             << "mariadb://root@127.0.0.1:3306/zohooauth?table=oauthtoken";
    QTest::newRow("postgresql defaults") << "postgresql" << QStringList {}
                                         << "postgresql://postgres@localhost:5432/zohooauth?table=oauthtoken";
    QTest::newRow("postgresql") << "postgresql" << QStringList { "userEdit=app", "databaseEdit=crm" }
                                << "postgresql://app@localhost:5432/crm?table=oauthtoken";
}

void TestStoreSpec::buildsSpecs()
{
    QFETCH(QString, scheme);
    QFETCH(QStringList, fields);
    QFETCH(QString, spec);
    StoreSpecEditor editor;
    const QString initial = editor.spec();
    QSignalSpy changed(&editor, &StoreSpecEditor::specChanged);
    editor.setScheme(scheme);
    QCOMPARE(editor.scheme(), scheme);
    for (const QString &field : fields) {
        const QString name = field.section(QLatin1Char('='), 0, 0),
                      value = field.section(QLatin1Char('='), 1);
        if (auto *spin = editor.findChild<QSpinBox *>(name))
            spin->setValue(value.toInt());
        else
            editor.findChild<QLineEdit *>(name)->setText(value);
    }
    QCOMPARE(editor.spec(), spec);
    QCOMPARE(editor.findChild<QLineEdit *>(QStringLiteral("specView"))->text(), spec);
    if (!spec.isEmpty()) {
        QCOMPARE(changed.isEmpty() ? initial : changed.last().first().toString(), spec);
        // What the editor makes, the registry takes.
        QCOMPARE(StoreRegistry::schemeOf(spec), scheme);
        QVERIFY(StoreRegistry::instance().hasScheme(StoreRegistry::schemeOf(spec)));
    }
    const QStringList servers { QStringLiteral("mysql"), QStringLiteral("mariadb"),
                                QStringLiteral("postgresql") };
    QCOMPARE(editor.takesPassword(), servers.contains(scheme));
}

void TestStoreSpec::parsesSpecsBack_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("rebuilt");
    QTest::newRow("sqlite") << "sqlite:/home/me/zohooauth.db"
                            << "sqlite"
                            << "sqlite:/home/me/zohooauth.db";
    QTest::newRow("file") << "file:/srv/sdk_tokens.txt"
                          << "file"
                          << "file:/srv/sdk_tokens.txt";
    QTest::newRow("keychain") << "keychain:"
                              << "keychain"
                              << "keychain:";
    QTest::newRow("keychain service") << "keychain:work"
                                      << "keychain"
                                      << "keychain:work";
    QTest::newRow("memory") << "memory:"
                            << "memory"
                            << "memory:";
    QTest::newRow("mysql all") << "mysql://crm@db:3307/tokens?table=t1"
                               << "mysql"
                               << "mysql://crm@db:3307/tokens?table=t1";
    QTest::newRow("mysql short") << "mysql:"
                                 << "mysql"
                                 << "mysql://root@localhost:3306/zohooauth?table=oauthtoken";
    QTest::newRow("mysql host only") << "mysql://db.local"
                                     << "mysql"
                                     << "mysql://root@db.local:3306/zohooauth?table=oauthtoken";
    QTest::newRow("mariadb") << "mariadb://u@h/d"
                             << "mariadb"
                             << "mariadb://u@h:3306/d?table=oauthtoken";
    QTest::newRow("postgresql") << "postgresql://app@pg:6543/crm"
                                << "postgresql"
                                << "postgresql://app@pg:6543/crm?table=oauthtoken";
    QTest::newRow("postgres alias") << "postgres://app@pg/crm"
                                    << "postgresql"
                                    << "postgresql://app@pg:5432/crm?table=oauthtoken";
}

void TestStoreSpec::parsesSpecsBack()
{
    QFETCH(QString, spec);
    QFETCH(QString, scheme);
    QFETCH(QString, rebuilt);
    StoreSpecEditor editor;
    QVERIFY(editor.setSpec(spec));
    QCOMPARE(editor.scheme(), scheme);
    QCOMPARE(editor.spec(), rebuilt);
    QCOMPARE(editor.findChild<QLineEdit *>(QStringLiteral("specView"))->text(), rebuilt);
    // And a second time through, nothing changes.
    StoreSpecEditor again;
    QVERIFY(again.setSpec(rebuilt));
    QCOMPARE(again.spec(), rebuilt);
}

void TestStoreSpec::passwordInASpecMovesToThePasswordField()
{
    StoreSpecEditor editor;
    QVERIFY(editor.setSpec(QStringLiteral("mysql://crm:hunter2@db/tokens")));
    QCOMPARE(editor.password(), QStringLiteral("hunter2"));
    QVERIFY(!editor.spec().contains(QLatin1String("hunter2")));
    QVERIFY(!editor.findChild<QLineEdit *>(QStringLiteral("specView"))
                 ->text()
                 .contains(QLatin1String("hunter2")));
    QCOMPARE(editor.passwordField()->lineEdit()->echoMode(), QLineEdit::Password);
}

void TestStoreSpec::unknownSpecIsRefused()
{
    StoreSpecEditor editor;
    editor.setSpec(QStringLiteral("sqlite:/a.db"));
    QVERIFY(!editor.setSpec(QStringLiteral("nosuch:thing")));
    QVERIFY(!editor.setSpec(QStringLiteral("no scheme at all")));
    QCOMPARE(editor.spec(), QStringLiteral("sqlite:/a.db"));
}

void TestStoreSpec::invalidFieldsAreNamed()
{
    StoreSpecEditor editor;
    editor.setScheme(QStringLiteral("sqlite"));
    QVERIFY(editor.validationError().contains(QStringLiteral("Choose the file")));
    QCOMPARE(editor.invalidField(), editor.pathEdit());
    editor.setSpec(QStringLiteral("mysql://crm@db/tokens"));
    QVERIFY(editor.validationError().isEmpty());
    editor.tableEdit()->setText(QStringLiteral("1bad table"));
    QVERIFY(editor.validationError().contains(QStringLiteral("table name")));
    QCOMPARE(editor.invalidField(), editor.tableEdit());
    editor.tableEdit()->clear();
    editor.userEdit()->setText(QStringLiteral("crm:pw"));
    QVERIFY(editor.validationError().contains(QStringLiteral("password has its own field")));
}

void TestStoreSpec::everyControlHasAnAccessibleNameForEveryScheme()
{
    StoreSpecEditor editor;
    editor.setAccessibleName(QStringLiteral("Store"));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    for (const QString &scheme : editor.offeredSchemes()) {
        editor.setScheme(scheme);
        const QStringList missing = unnamedFocusableWidgets(&editor);
        QVERIFY2(missing.isEmpty(),
                 qPrintable(scheme + QStringLiteral(": ") + missing.join(QStringLiteral(", "))));
    }
}

void TestStoreSpec::browsePicksAFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("picked.db"));
    StoreSpecEditor editor;
    editor.setScheme(QStringLiteral("sqlite"));
    editor.show();
    QTest::mouseClick(editor.browseButton(), Qt::LeftButton);
    QFileDialog *files = editor.fileDialog();
    QVERIFY(files);
    QVERIFY(files->isVisible());
    QCOMPARE(files->acceptMode(), QFileDialog::AcceptSave);
    QSignalSpy selected(files, &QFileDialog::fileSelected);
    files->selectFile(path);
    static_cast<QDialog *>(files)->accept();
    QCOMPARE(selected.count(), 1);
    QCOMPARE(editor.spec(), QStringLiteral("sqlite:") + path);
    QVERIFY(!editor.fileDialog());
}

void TestStoreSpec::chooserPreselectsTheCurrentSpecAndMakesItTheDefault()
{
    QTemporaryDir dir;
    QSettings ini(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    AppSettings settings(&ini);
    TokenFacade facade;
    StoreChooserDialog dialog(&facade, &settings);
    QCOMPARE(dialog.objectName(), QStringLiteral("storeChooserDialog"));
    dialog.setSpec(QStringLiteral("file:/srv/sdk_tokens.txt"));
    QCOMPARE(dialog.editor()->scheme(), QStringLiteral("file"));
    QCOMPARE(dialog.editor()->pathEdit()->text(), QStringLiteral("/srv/sdk_tokens.txt"));

    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QStringList missing = unnamedFocusableWidgets(&dialog);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));

    const QString spec = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("tokens.db"));
    dialog.editor()->setSpec(spec);
    dialog.findChild<QCheckBox *>(QStringLiteral("makeDefaultCheck"))->setChecked(true);
    QSignalSpy chosen(&dialog, &StoreChooserDialog::storeChosen);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("chooseButton")), Qt::LeftButton);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.first().first().toString(), spec);
    QCOMPARE(settings.defaultStore(), spec);
    QVERIFY(!dialog.isVisible());

    // Without the checkbox the default stays.
    StoreChooserDialog second(&facade, &settings);
    second.setSpec(QStringLiteral("memory:"));
    QSignalSpy chosenAgain(&second, &StoreChooserDialog::storeChosen);
    second.choose();
    QCOMPARE(chosenAgain.count(), 1);
    QCOMPARE(settings.defaultStore(), spec);

    // An incomplete spec says why and stays open.
    StoreChooserDialog third(&facade, &settings);
    third.show();
    third.editor()->setScheme(QStringLiteral("sqlite"));
    QSignalSpy chosenNever(&third, &StoreChooserDialog::storeChosen);
    third.choose();
    QCOMPARE(chosenNever.count(), 0);
    QVERIFY(third.isVisible());
    QVERIFY(third.message().contains(QStringLiteral("Choose the file")));
}

void TestStoreSpec::chooserKeyboardAndEscape()
{
    TokenFacade facade;
    StoreChooserDialog dialog(&facade, nullptr);
    dialog.setSpec(QStringLiteral("postgresql://app@pg/crm"));
    const QList<QWidget *> visited = walkTabOrder(&dialog);
    QVERIFY2(!visited.isEmpty(), "the dialog never became active");
    for (QWidget *widget : tabFocusableWidgets(&dialog))
        QVERIFY2(visited.contains(widget),
                 qPrintable(describe(widget) + QStringLiteral(" is not reached by Tab")));
    QCOMPARE(visited.first(), static_cast<QWidget *>(dialog.editor()->schemeCombo()));
    QSignalSpy chosen(&dialog, &StoreChooserDialog::storeChosen);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(chosen.count(), 0);
}

void TestStoreSpec::chooserKeepsTheDatabasePasswordInTheKeychainOnly()
{
    ZCRM_REQUIRE_SERVICE("ZCRM_TEST_KEYRING", "an unlocked Secret Service");
    QTemporaryDir dir;
    const QString iniPath = dir.filePath(QStringLiteral("settings.ini"));
    const QString password = QStringLiteral("dialog-test-pw-7f3a");
    {
        QSettings ini(iniPath, QSettings::IniFormat);
        AppSettings settings(&ini);
        TokenFacade facade;
        StoreChooserDialog dialog(&facade, &settings);
        dialog.show();
        dialog.editor()->setSpec(QStringLiteral("mysql://dialogtest@127.0.0.1:3399/zohooauth"));
        dialog.editor()->passwordField()->setText(password);
        dialog.setMakesDefault(true);
        QSignalSpy chosen(&dialog, &StoreChooserDialog::storeChosen);
        dialog.choose();
        QVERIFY(chosen.wait(10000));
        QVERIFY(!chosen.first().first().toString().contains(password));
        QCOMPARE(settings.defaultStore(),
                 QStringLiteral("mysql://dialogtest@127.0.0.1:3399/zohooauth?table=oauthtoken"));
    }
    auto stored = KeychainSecret::read(KeychainSecret::databaseService(),
                                       QStringLiteral("mysql://dialogtest@127.0.0.1:3399"));
    QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message()));
    QCOMPARE(stored.value().value_or(QString()), password);
    QFile file(iniPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(password.toUtf8()));
}

QTEST_MAIN(TestStoreSpec)
#include "tst_dialogs_storespec.moc"
