#include "tokenmatchkey.h"

#include <QTest>

class TokenMatchKeyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rulesInTheSdkOrder_data();
    void rulesInTheSdkOrder();
    void userNameIsNarrowedByClientAndApiDomain();
};

void TokenMatchKeyTest::rulesInTheSdkOrder_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("access");
    QTest::addColumn<QString>("refresh");
    QTest::addColumn<QString>("grant");
    QTest::addColumn<QString>("client");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<int>("field");
    using F = TokenMatchKey::Field;
    QTest::newRow("user wins over everything") << "u"
                                               << "a"
                                               << "r"
                                               << "g"
                                               << "c"
                                               << "s" << int(F::UserName);
    QTest::newRow("access without client") << ""
                                           << "a"
                                           << "r"
                                           << ""
                                           << ""
                                           << "" << int(F::AccessToken);
    QTest::newRow("access with client id falls through") << ""
                                                         << "a"
                                                         << ""
                                                         << ""
                                                         << "c"
                                                         << "" << int(F::None);
    QTest::newRow("grant before refresh") << ""
                                          << ""
                                          << "r"
                                          << "g"
                                          << "c"
                                          << "s" << int(F::GrantToken);
    QTest::newRow("refresh with client") << ""
                                         << ""
                                         << "r"
                                         << ""
                                         << "c"
                                         << "s" << int(F::RefreshToken);
    QTest::newRow("refresh without secret: SDK precedence bug not kept") << ""
                                                                         << ""
                                                                         << "r"
                                                                         << ""
                                                                         << "c"
                                                                         << "" << int(F::None);
    QTest::newRow("access with client and secret but no refresh") << ""
                                                                  << "a"
                                                                  << ""
                                                                  << ""
                                                                  << "c"
                                                                  << "s" << int(F::None);
    QTest::newRow("nothing") << ""
                             << ""
                             << ""
                             << ""
                             << ""
                             << "" << int(F::None);
}

void TokenMatchKeyTest::rulesInTheSdkOrder()
{
    QFETCH(QString, user);
    QFETCH(QString, access);
    QFETCH(QString, refresh);
    QFETCH(QString, grant);
    QFETCH(QString, client);
    QFETCH(QString, secret);
    QFETCH(int, field);
    Token partial;
    partial.userName = user;
    partial.accessToken = access;
    partial.refreshToken = refresh;
    partial.grantToken = grant;
    partial.clientId = client;
    partial.clientSecret = secret;
    const TokenMatchKey key = TokenMatchKey::forToken(partial);
    QCOMPARE(int(key.field()), field);
    QCOMPARE(key.isNone(), field == int(TokenMatchKey::Field::None));
    QVERIFY(!key.matches(Token())); // an empty row never matches
}

void TokenMatchKeyTest::userNameIsNarrowedByClientAndApiDomain()
{
    Token row;
    row.userName = QStringLiteral("ann@example.com");
    row.clientId = QStringLiteral("1000.A");
    row.apiDomain = QStringLiteral("https://www.zohoapis.com");

    Token partial;
    partial.userName = row.userName;
    QVERIFY(TokenMatchKey::forToken(partial).matches(row));
    partial.apiDomain = QStringLiteral("https://www.zohoapis.eu");
    QVERIFY(!TokenMatchKey::forToken(partial).matches(row));
    partial.apiDomain = row.apiDomain;
    partial.clientId = QStringLiteral("1000.B");
    QVERIFY(!TokenMatchKey::forToken(partial).matches(row));
    // A row written by the SDK carries no API domain: it still matches, so it gets updated.
    Token sdkRow;
    sdkRow.userName = row.userName;
    partial.clientId = row.clientId;
    QVERIFY(TokenMatchKey::forToken(partial).matches(sdkRow));
    QCOMPARE(TokenMatchKey::forToken(partial).column(), QStringLiteral("user_name"));
}

QTEST_GUILESS_MAIN(TokenMatchKeyTest)
#include "tst_tokenmatchkey.moc"
