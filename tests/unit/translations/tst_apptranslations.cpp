// AppTranslations: the language setting picks the locale (empty: the system's), and installing a
// language loads the catalogue that qt_add_translations compiled into zcrm_ui, and Qt's own.

#include "apptranslations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QTest>
#include <QTranslator>

class TestAppTranslations : public QObject
{
    Q_OBJECT
private slots:
    void settingPicksTheLocale()
    {
        QCOMPARE(AppTranslations::localeFor(QString()), QLocale::system());
        QCOMPARE(AppTranslations::localeFor(QStringLiteral("system")), QLocale::system());
        QCOMPARE(AppTranslations::localeFor(QStringLiteral("de")).language(), QLocale::German);
        QCOMPARE(AppTranslations::localeFor(QStringLiteral("ja")).language(), QLocale::Japanese);
    }

    void everyShippedLanguageIsCompiledIn_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("ja") << QStringLiteral("ja");
    }

    void everyShippedLanguageIsCompiledIn()
    {
        QFETCH(QString, language);
        const QString qm = AppTranslations::resourceFolder() + QStringLiteral("/zcrm_%1.qm").arg(language);
        QVERIFY2(QFile::exists(qm), qPrintable(qm));
        QTranslator translator;
        QVERIFY(translator.load(qm));
        QCOMPARE(translator.language().left(2), language);
    }

    void installLoadsTheLanguagesCatalogues()
    {
        const QStringList loaded =
            AppTranslations::install(QCoreApplication::instance(), QLocale(QLocale::German));
        QVERIFY2(loaded.contains(QStringLiteral(":/i18n/zcrm_de.qm")),
                 qPrintable(loaded.join(QLatin1Char(' '))));
        // Qt's own German, where the Qt installation has its translations.
        if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath)
                          + QStringLiteral("/qtbase_de.qm")))
            QVERIFY2(loaded.size() == 2, qPrintable(loaded.join(QLatin1Char(' '))));
        QCOMPARE(QLocale().language(), QLocale::German);
    }

    void englishLoadsItsPluralFormsAlone()
    {
        const QStringList loaded = AppTranslations::install(QCoreApplication::instance(),
                                                            QLocale(QLocale::English, QLocale::UnitedStates));
        QStringList ours;
        for (const QString &path : loaded) {
            if (path.contains(QLatin1String("zcrm_")))
                ours.append(path);
        }
        QCOMPARE(ours, QStringList { QStringLiteral(":/i18n/zcrm_en.qm") });
        // "%n tokens" reads as English does without a translation of its own.
        QCOMPARE(QCoreApplication::translate("MainWindow", "%n tokens", nullptr, 1),
                 QStringLiteral("1 token"));
        QCOMPARE(QCoreApplication::translate("MainWindow", "%n tokens", nullptr, 3),
                 QStringLiteral("3 tokens"));
    }

    void aMissingFileIsRefused()
    {
        QVERIFY(
            !AppTranslations::installFile(QCoreApplication::instance(), QStringLiteral(":/i18n/zcrm_xx.qm")));
    }
};

QTEST_GUILESS_MAIN(TestAppTranslations)
#include "tst_apptranslations.moc"
