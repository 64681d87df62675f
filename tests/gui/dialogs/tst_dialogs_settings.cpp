#include "aboutdialog.h"
#include "appsettings.h"
#include "confirm.h"
#include "dialogtesthelpers.h"
#include "secretfield.h"
#include "settingsdialog.h"
#include "storechooserdialog.h"
#include "storespeceditor.h"
#include "zcrmversion.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace DialogTestHelpers;

// Settings round trip through a QSettings on a temporary INI file (and never a secret in it), the
// About dialog, and the confirmation helper.
class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void everyControlHasAnAccessibleName();
    void keyboardReachesEveryInputAndEscapeCloses();
    void showsTheSavedSettings();
    void roundTripThroughTheIniFile();
    void themeAppliesAtOnceAndCancelRevertsIt();
    void refreshLeadOfLessThanFiveSecondsIsRefused();
    void chooseOpensTheStoreEditor();
    void noSecretInTheIniFile();
    void aboutShowsTheVersions();
    void confirmationRunsOnlyOnAccept();
    void confirmationWithACheckBox();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_ini;
    std::unique_ptr<AppSettings> m_settings;
    QString m_path;
};

void TestSettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("zcrm-explorer.ini"));
    m_ini = std::make_unique<QSettings>(m_path, QSettings::IniFormat);
    m_settings = std::make_unique<AppSettings>(m_ini.get());
}

void TestSettingsDialog::cleanup()
{
    m_settings.reset();
    m_ini.reset();
    m_dir.reset();
}

void TestSettingsDialog::everyControlHasAnAccessibleName()
{
    SettingsDialog dialog(m_settings.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.objectName(), QStringLiteral("settingsDialog"));
    const QStringList missing = unnamedFocusableWidgets(&dialog);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
}

void TestSettingsDialog::keyboardReachesEveryInputAndEscapeCloses()
{
    SettingsDialog dialog(m_settings.get());
    dialog.setRefreshLeadSeconds(90); // something to apply, so that Apply is enabled and reachable
    const QList<QWidget *> visited = walkTabOrder(&dialog);
    QVERIFY2(!visited.isEmpty(), "the dialog never became active");
    for (QWidget *widget : tabFocusableWidgets(&dialog))
        QVERIFY2(visited.contains(widget),
                 qPrintable(describe(widget) + QStringLiteral(" is not reached by Tab")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(m_settings->refreshLeadSeconds(), 300); // Escape saved nothing
}

void TestSettingsDialog::showsTheSavedSettings()
{
    SettingsDialog dialog(m_settings.get());
    QCOMPARE(dialog.refreshLeadSeconds(), 300);
    QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("leadMinutesSpin"))->value(), 5);
    QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("leadSecondsSpin"))->value(), 0);
    QVERIFY(dialog.defaultStore().isEmpty());
    QCOMPARE(dialog.language(), QString());
    QCOMPARE(dialog.theme(), AppSettings::Theme::System);
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    QCOMPARE(language->count(), 4);
    QCOMPARE(language->itemText(2), QStringLiteral("Deutsch"));
    QCOMPARE(language->itemText(3), QStringLiteral("日本語"));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("languageNote"))
                ->text()
                .contains(QStringLiteral("restart")));
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("themeCombo"))->count(), 3);
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("applyButton"))->isEnabled());
}

void TestSettingsDialog::roundTripThroughTheIniFile()
{
    const QString spec = QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("tokens.db"));
    {
        SettingsDialog dialog(m_settings.get());
        dialog.show();
        dialog.findChild<QSpinBox *>(QStringLiteral("leadMinutesSpin"))->setValue(2);
        dialog.findChild<QSpinBox *>(QStringLiteral("leadSecondsSpin"))->setValue(30);
        dialog.findChild<QLineEdit *>(QStringLiteral("defaultStoreEdit"))->setText(spec);
        dialog.setLanguage(QStringLiteral("de"));
        dialog.setTheme(AppSettings::Theme::Dark);
        QVERIFY(dialog.isModified());
        auto *apply = dialog.findChild<QPushButton *>(QStringLiteral("applyButton"));
        QVERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        QVERIFY(dialog.isVisible()); // Apply keeps the dialog
        QVERIFY(!apply->isEnabled());
        QCOMPARE(m_settings->refreshLeadSeconds(), 150);
        dialog.setLanguage(QStringLiteral("ja"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
    }
    m_settings.reset();
    m_ini->sync();
    m_ini.reset();

    QSettings ini(m_path, QSettings::IniFormat);
    AppSettings settings(&ini);
    QCOMPARE(settings.refreshLeadSeconds(), 150);
    QCOMPARE(settings.defaultStore(), spec);
    QCOMPARE(settings.language(), QStringLiteral("ja"));
    QCOMPARE(settings.theme(), AppSettings::Theme::Dark);
    SettingsDialog dialog(&settings);
    QCOMPARE(dialog.refreshLeadSeconds(), 150);
    QCOMPARE(dialog.defaultStore(), spec);
    QCOMPARE(dialog.language(), QStringLiteral("ja"));
    QCOMPARE(dialog.theme(), AppSettings::Theme::Dark);
    QVERIFY(!dialog.isModified());
}

void TestSettingsDialog::themeAppliesAtOnceAndCancelRevertsIt()
{
    m_settings->setTheme(AppSettings::Theme::Light);
    SettingsDialog dialog(m_settings.get());
    QSignalSpy chosen(&dialog, &SettingsDialog::themeChosen);
    dialog.show();
    auto *theme = dialog.findChild<QComboBox *>(QStringLiteral("themeCombo"));
    theme->setCurrentIndex(theme->findData(int(AppSettings::Theme::Dark)));
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.last().first().value<AppSettings::Theme>(), AppSettings::Theme::Dark);
    QCOMPARE(m_settings->theme(), AppSettings::Theme::Light); // not saved yet
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("cancelButton")), Qt::LeftButton);
    QCOMPARE(chosen.count(), 2);
    QCOMPARE(chosen.last().first().value<AppSettings::Theme>(), AppSettings::Theme::Light);
    QCOMPARE(m_settings->theme(), AppSettings::Theme::Light);
}

void TestSettingsDialog::refreshLeadOfLessThanFiveSecondsIsRefused()
{
    SettingsDialog dialog(m_settings.get());
    dialog.show();
    dialog.setRefreshLeadSeconds(4);
    auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("okButton"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("applyButton"))->isEnabled());
    QVERIFY(!dialog.apply());
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QCOMPARE(m_settings->refreshLeadSeconds(), 300);
    dialog.setRefreshLeadSeconds(5);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(m_settings->refreshLeadSeconds(), 5);
}

void TestSettingsDialog::chooseOpensTheStoreEditor()
{
    m_settings->setDefaultStore(QStringLiteral("keychain:work"));
    SettingsDialog dialog(m_settings.get());
    dialog.show();
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("chooseStoreButton")), Qt::LeftButton);
    StoreChooserDialog *chooser = dialog.storeChooser();
    QVERIFY(chooser);
    QTRY_VERIFY(chooser->isVisible());
    QVERIFY(!chooser->findChild<QCheckBox *>(QStringLiteral("makeDefaultCheck"))->isVisibleTo(chooser));
    QCOMPARE(chooser->editor()->scheme(), QStringLiteral("keychain"));
    QCOMPARE(chooser->editor()->serviceEdit()->text(), QStringLiteral("work"));
    // No facade: no password can be kept, so none is asked for.
    chooser->editor()->setScheme(QStringLiteral("postgresql"));
    QVERIFY(!chooser->editor()->passwordField()->isVisibleTo(chooser));
    chooser->editor()->setSpec(QStringLiteral("file:/srv/sdk_tokens.txt"));
    chooser->choose();
    QCOMPARE(dialog.defaultStore(), QStringLiteral("file:/srv/sdk_tokens.txt"));
    QCOMPARE(m_settings->defaultStore(), QStringLiteral("keychain:work")); // until OK or Apply
    QTRY_VERIFY(!dialog.storeChooser());
    QVERIFY(dialog.apply());
    QCOMPARE(m_settings->defaultStore(), QStringLiteral("file:/srv/sdk_tokens.txt"));
}

void TestSettingsDialog::noSecretInTheIniFile()
{
    SettingsDialog dialog(m_settings.get());
    dialog.show();
    dialog.setDefaultStore(QStringLiteral("mysql://crm:hunter2@db.example.com/tokens"));
    QVERIFY(!dialog.apply());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("okButton"))->isEnabled());
    dialog.setDefaultStore(QStringLiteral("mysql://crm@db.example.com/tokens"));
    QVERIFY(dialog.apply());
    m_ini->sync();
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains("crm@db.example.com"));
    QVERIFY(!content.contains("hunter2"));
    QVERIFY(!content.toLower().contains("password"));
}

void TestSettingsDialog::aboutShowsTheVersions()
{
    AboutDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.objectName(), QStringLiteral("aboutDialog"));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("appName"))->text(), QStringLiteral("ZCRM Explorer"));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("versionLabel"))
                ->text()
                .contains(QStringLiteral(ZCRM_VERSION_STRING)));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("qtVersionLabel"))
                ->text()
                .contains(QString::fromLatin1(qVersion())));
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("appIcon"))->pixmap().isNull());
    const QStringList missing = unnamedFocusableWidgets(&dialog);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
}

void TestSettingsDialog::confirmationRunsOnlyOnAccept()
{
    QWidget window;
    window.setAccessibleName(QStringLiteral("window"));
    window.show();
    int runs = 0;
    QPointer<QMessageBox> box = Confirm::ask(&window, QStringLiteral("Delete Token"),
                                             QStringLiteral("Delete the token of a@example.com?"),
                                             QStringLiteral("&Delete"), [&runs] { ++runs; });
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(box->windowModality(), Qt::WindowModal);
    const QStringList missing = unnamedFocusableWidgets(box);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    // A destructive question defaults to Cancel; Escape cancels.
    QCOMPARE(box->defaultButton()->objectName(), QStringLiteral("cancelButton"));
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!box);
    QCOMPARE(runs, 0);

    box = Confirm::ask(&window, QStringLiteral("Delete Token"), QStringLiteral("Delete?"),
                       QStringLiteral("&Delete"), [&runs] { ++runs; });
    QTRY_VERIFY(box->isVisible());
    box->findChild<QPushButton *>(QStringLiteral("acceptButton"))->click();
    QCOMPARE(runs, 1);
    QTRY_VERIFY(!box);
}

void TestSettingsDialog::confirmationWithACheckBox()
{
    QWidget window;
    window.show();
    Confirm::Question question;
    question.title = QStringLiteral("Revoke Token");
    question.text = QStringLiteral("Revoke the refresh token of a@example.com at Zoho?");
    question.informativeText = QStringLiteral("Programs that use it stop working.");
    question.acceptText = QStringLiteral("&Revoke");
    question.checkBoxText = QStringLiteral("&Keep the row");
    QList<bool> answers;
    QPointer<QMessageBox> box =
        Confirm::ask(&window, question, [&answers](bool keep) { answers.append(keep); });
    QTRY_VERIFY(box->isVisible());
    auto *keep = box->findChild<QCheckBox *>(QStringLiteral("confirmationCheck"));
    QVERIFY(keep);
    QCOMPARE(keep->accessibleName(), QStringLiteral("Keep the row"));
    keep->setChecked(true);
    box->findChild<QPushButton *>(QStringLiteral("acceptButton"))->click();
    QCOMPARE(answers, QList<bool> { true });
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_dialogs_settings.moc"
