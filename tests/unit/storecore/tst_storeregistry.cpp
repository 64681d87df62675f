#include "memorytokenstore.h"
#include "storeregistry.h"

#include <QTest>

class StoreRegistryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void schemesAreParsed();
    void unknownSpecIsAClearError();
    void customStoresPlugIn();
    void defaultSpecComesFromTheEnvironment();
};

void StoreRegistryTest::schemesAreParsed()
{
    QCOMPARE(StoreRegistry::schemeOf(QStringLiteral("sqlite:/tmp/x.db")), QStringLiteral("sqlite"));
    QCOMPARE(StoreRegistry::schemeOf(QStringLiteral("mysql://root@h/db")), QStringLiteral("mysql"));
    QCOMPARE(StoreRegistry::schemeOf(QStringLiteral("MEMORY:")), QStringLiteral("memory"));
    QCOMPARE(StoreRegistry::schemeOf(QStringLiteral("/tmp/x.db")), QString());
    QCOMPARE(StoreRegistry::schemeOf(QStringLiteral("a b:c")), QString());
    QCOMPARE(StoreRegistry::remainderOf(QStringLiteral("file:C:/x.csv")), QStringLiteral("C:/x.csv"));
}

void StoreRegistryTest::unknownSpecIsAClearError()
{
    auto store = StoreRegistry::instance().create(QStringLiteral("nosuch:thing"));
    QVERIFY(!store.ok());
    QCOMPARE(store.error().code(), StoreError::Code::InvalidInput);
    QVERIFY(store.error().toString().contains(QLatin1String("nosuch:thing")));
    QVERIFY(store.error().toString().contains(QLatin1String("memory:")));
}

void StoreRegistryTest::customStoresPlugIn()
{
    StoreRegistry registry;
    int made = 0;
    registry.registerScheme(QStringLiteral("mine"), QStringLiteral("mine:"), QStringLiteral("a custom store"),
                            [&made](const QString &) -> StoreResult<std::unique_ptr<TokenStore>> {
                                ++made;
                                return std::unique_ptr<TokenStore>(std::make_unique<MemoryTokenStore>());
                            });
    QVERIFY(registry.hasScheme(QStringLiteral("mine")));
    auto store = registry.create(QStringLiteral("mine:anything"));
    QVERIFY(store.ok());
    QCOMPARE(made, 1);
}

void StoreRegistryTest::defaultSpecComesFromTheEnvironment()
{
    qputenv("ZCRM_STORE", "memory:");
    QCOMPARE(StoreRegistry::defaultSpec(), QStringLiteral("memory:"));
    qunsetenv("ZCRM_STORE");
    QVERIFY(StoreRegistry::defaultSpec().startsWith(QLatin1String("sqlite:")));
    QVERIFY(StoreRegistry::defaultSpec().endsWith(QLatin1String("zcrm-explorer/tokens.db")));
}

QTEST_GUILESS_MAIN(StoreRegistryTest)
#include "tst_storeregistry.moc"
