#include "oauthcallbacklistener.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

// The loopback listener over real sockets: loopback only, size cap, state check, one callback.
class TestOAuthCallbackListener : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listensOnLoopbackWithTheRealPort();
    void alsoListensOnIpv6LoopbackForLocalhost();
    void refusesNonLoopbackRedirects_data();
    void refusesNonLoopbackRedirects();
    void reportsABusyPort();
    void otherPathsGet404();
    void wrongStateIsRefusedAndTheListenerKeepsWaiting();
    void repeatedStateIsRefused();
    void callbackWithoutCodeOrErrorIsRefused();
    void oversizedRequestIsCutOff();
    void onlyGetIsAnswered();
    void denialNeedsTheState();
    void redirectUriProblemsAreNamed_data();
    void redirectUriProblemsAreNamed();
    void htmlInTheErrorIsEscaped();

private:
    struct Answer
    {
        int status = 0;
        QByteArray raw;
    };
    static Answer send(const QHostAddress &address, quint16 port, const QByteArray &request);
    static Answer get(quint16 port, const QByteArray &target)
    {
        return send(QHostAddress::LocalHost, port, "GET " + target + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
    }
};

TestOAuthCallbackListener::Answer TestOAuthCallbackListener::send(const QHostAddress &address, quint16 port,
                                                                  const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(address, port);
    if (!socket.waitForConnected(3000))
        return {};
    socket.write(request);
    Answer answer;
    // The listener lives in this thread: spin the event loop while waiting.
    QDeadlineTimer deadline(5000);
    while (socket.state() != QAbstractSocket::UnconnectedState && !deadline.hasExpired()) {
        QTest::qWait(5);
        answer.raw += socket.readAll();
    }
    answer.raw += socket.readAll();
    const QList<QByteArray> words = answer.raw.left(answer.raw.indexOf("\r\n")).split(' ');
    answer.status = words.size() > 1 ? words.at(1).toInt() : 0;
    return answer;
}

void TestOAuthCallbackListener::listensOnLoopbackWithTheRealPort()
{
    OAuthCallbackListener listener;
    QString error;
    QVERIFY2(listener.listen(QStringLiteral("http://127.0.0.1:0/callback"), &error), qPrintable(error));
    QVERIFY(listener.isListening());
    QVERIFY(listener.port() > 0);
    QCOMPARE(listener.redirectUri(), QStringLiteral("http://127.0.0.1:%1/callback").arg(listener.port()));
    // Not reachable through another address of the machine.
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.isLoopback() || address.protocol() != QAbstractSocket::IPv4Protocol)
            continue;
        QTcpSocket outside;
        outside.connectToHost(address, listener.port());
        QVERIFY2(!outside.waitForConnected(2000), qPrintable(address.toString()));
    }
    listener.close();
    QVERIFY(!listener.isListening());
}

void TestOAuthCallbackListener::alsoListensOnIpv6LoopbackForLocalhost()
{
    QTcpServer ipv6Probe;
    if (!ipv6Probe.listen(QHostAddress::LocalHostIPv6, 0))
        QSKIP("this machine has no IPv6 loopback");
    ipv6Probe.close();
    OAuthCallbackListener listener;
    QVERIFY(listener.listen(QStringLiteral("http://localhost:0/callback")));
    listener.setExpectedState(QStringLiteral("s"));
    QSignalSpy received(&listener, &OAuthCallbackListener::callbackReceived);
    const Answer answer = send(QHostAddress::LocalHostIPv6, listener.port(),
                               "GET /callback?code=c&state=s HTTP/1.1\r\nHost: localhost\r\n\r\n");
    QCOMPARE(answer.status, 200);
    QCOMPARE(received.size(), 1);
}

void TestOAuthCallbackListener::refusesNonLoopbackRedirects_data()
{
    QTest::addColumn<QString>("uri");
    QTest::newRow("public host") << "http://example.com:8765/callback";
    QTest::newRow("any address") << "http://0.0.0.0:8765/callback";
    QTest::newRow("https") << "https://localhost:8765/callback";
    QTest::newRow("no port") << "http://localhost/callback";
    QTest::newRow("garbage") << "::::";
}

void TestOAuthCallbackListener::refusesNonLoopbackRedirects()
{
    QFETCH(QString, uri);
    OAuthCallbackListener listener;
    QString error;
    QVERIFY(!listener.listen(uri, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!listener.isListening());
}

void TestOAuthCallbackListener::reportsABusyPort()
{
    QTcpServer busy;
    QVERIFY(busy.listen(QHostAddress::LocalHost, 0));
    OAuthCallbackListener listener;
    QString error;
    QVERIFY(!listener.listen(QStringLiteral("http://127.0.0.1:%1/callback").arg(busy.serverPort()), &error));
    QVERIFY2(error.contains(QString::number(busy.serverPort())), qPrintable(error));
}

void TestOAuthCallbackListener::otherPathsGet404()
{
    OAuthCallbackListener listener;
    QVERIFY(listener.listen(QStringLiteral("http://127.0.0.1:0/callback")));
    listener.setExpectedState(QStringLiteral("s"));
    QSignalSpy received(&listener, &OAuthCallbackListener::callbackReceived);
    QSignalSpy rejected(&listener, &OAuthCallbackListener::callbackRejected);
    QCOMPARE(get(listener.port(), "/favicon.ico").status, 404);
    QCOMPARE(get(listener.port(), "/callback/x?code=c&state=s").status, 404);
    QCOMPARE(received.size(), 0);
    QCOMPARE(rejected.size(), 0);
    QVERIFY(listener.isListening());
}

void TestOAuthCallbackListener::wrongStateIsRefusedAndTheListenerKeepsWaiting()
{
    OAuthCallbackListener listener;
    QVERIFY(listener.listen(QStringLiteral("http://localhost:0/callback")));
    listener.setExpectedState(QStringLiteral("right"));
    QSignalSpy received(&listener, &OAuthCallbackListener::callbackReceived);
    QSignalSpy rejected(&listener, &OAuthCallbackListener::callbackRejected);

    Answer answer = get(listener.port(), "/callback?code=forged&state=wrong");
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.raw.contains("state does not match"));
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(received.size(), 0);
    QCOMPARE(get(listener.port(), "/callback?code=forged").status, 400); // no state at all
    QCOMPARE(rejected.size(), 2);
    QVERIFY(listener.isListening());

    answer = get(
        listener.port(),
        "/callback?code=1000.good&location=eu&state=right&accounts-server=https%3A%2F%2Faccounts.zoho.eu");
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.raw.contains("text/html"));
    QVERIFY(answer.raw.contains("Connection: close"));
    QCOMPARE(received.size(), 1);
    const auto callback = received.first().first().value<AuthorizationCallback>();
    QCOMPARE(callback.code, QStringLiteral("1000.good"));
    QCOMPARE(callback.accountsServer, QUrl(QStringLiteral("https://accounts.zoho.eu")));

    // Closed after the first valid callback.
    QVERIFY(!listener.isListening());
    QTcpSocket late;
    late.connectToHost(QHostAddress::LocalHost, listener.port());
    QVERIFY(!late.waitForConnected(1000) || (late.waitForDisconnected(1000), true));
    QCOMPARE(received.size(), 1);
}

void TestOAuthCallbackListener::repeatedStateIsRefused()
{
    OAuthCallbackListener listener;
    QVERIFY(listener.listen(QStringLiteral("http://127.0.0.1:0/callback")));
    listener.setExpectedState(QStringLiteral("s"));
    QSignalSpy rejected(&listener, &OAuthCallbackListener::callbackRejected);
    QCOMPARE(get(listener.port(), "/callback?code=c&state=s&state=t").status, 400);
    QCOMPARE(rejected.size(), 1);
    QVERIFY(listener.isListening());
}

void TestOAuthCallbackListener::callbackWithoutCodeOrErrorIsRefused()
{
    OAuthCallbackListener listener;
    QVERIFY(listener.listen(QStringLiteral("http://127.0.0.1:0/callback")));
    listener.setExpectedState(QStringLiteral("s"));
    QSignalSpy rejected(&listener, &OAuthCallbackListener::callbackRejected);
    QCOMPARE(get(listener.port(), "/callback?state=s").status, 400);
    QCOMPARE(rejected.size(), 1);
    QVERIFY(rejected.first().first().toString().contains(QLatin1String("neither")));
}

void TestOAuthCallbackListener::oversizedRequestIsCutOff()
{
    OAuthCallbackListener listener;
    QVERIFY(listener.listen(QStringLiteral("http://127.0.0.1:0/callback")));
    listener.setExpectedState(QStringLiteral("s"));
    QSignalSpy received(&listener, &OAuthCallbackListener::callbackReceived);
    const QByteArray huge = "GET /callback?code=c&state=s HTTP/1.1\r\nX-Filler: "
        + QByteArray(OAuthCallbackListener::kMaxRequestBytes + 100, 'a') + "\r\n\r\n";
    const Answer answer = send(QHostAddress::LocalHost, listener.port(), huge);
    QVERIFY(answer.status == 431 || answer.raw.isEmpty()); // the reset may beat the answer
    QCOMPARE(received.size(), 0);
    QVERIFY(listener.isListening());
}

void TestOAuthCallbackListener::onlyGetIsAnswered()
{
    OAuthCallbackListener listener;
    QVERIFY(listener.listen(QStringLiteral("http://127.0.0.1:0/callback")));
    listener.setExpectedState(QStringLiteral("s"));
    QSignalSpy received(&listener, &OAuthCallbackListener::callbackReceived);
    const Answer answer = send(QHostAddress::LocalHost, listener.port(),
                               "POST /callback?code=c&state=s HTTP/1.1\r\nContent-Length: 0\r\n\r\n");
    QCOMPARE(answer.status, 405);
    QCOMPARE(received.size(), 0);
    QCOMPARE(send(QHostAddress::LocalHost, listener.port(), "garbage\r\n\r\n").status, 400);
}

void TestOAuthCallbackListener::denialNeedsTheState()
{
    OAuthCallbackListener listener;
    QVERIFY(listener.listen(QStringLiteral("http://127.0.0.1:0/callback")));
    listener.setExpectedState(QStringLiteral("s"));
    QSignalSpy received(&listener, &OAuthCallbackListener::callbackReceived);
    QSignalSpy rejected(&listener, &OAuthCallbackListener::callbackRejected);
    // Any web page could send these: a denial with a foreign state or none is refused, and the wait goes on.
    QCOMPARE(get(listener.port(), "/callback?error=access_denied&state=other").status, 400);
    QCOMPARE(get(listener.port(), "/callback?error=access_denied").status, 400);
    QCOMPARE(rejected.size(), 2);
    QCOMPARE(received.size(), 0);
    QVERIFY(listener.isListening());
    // The real one carries the state (RFC 6749 returns it with an error) and ends the sign-in.
    const Answer answer = get(listener.port(), "/callback?error=access_denied&state=s");
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.raw.contains("Access denied"));
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().first().value<AuthorizationCallback>().error, QStringLiteral("access_denied"));
}

void TestOAuthCallbackListener::redirectUriProblemsAreNamed_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("named");
    QTest::newRow("port above 65535")
        << QStringLiteral("http://localhost:99999/callback") << QStringLiteral("port \"99999\"");
    QTest::newRow("huge port") << QStringLiteral("http://127.0.0.1:123456789012/cb")
                               << QStringLiteral("port");
    QTest::newRow("https") << QStringLiteral("https://localhost:8765/callback") << QStringLiteral("http://");
    QTest::newRow("no port") << QStringLiteral("http://localhost/callback")
                             << QStringLiteral("must name a port");
    QTest::newRow("remote") << QStringLiteral("http://example.com:8765/callback")
                            << QStringLiteral("localhost");
    QTest::newRow("escape") << QStringLiteral("http://local\x1bhost:1/") << QStringLiteral("\\x1b");
}

void TestOAuthCallbackListener::redirectUriProblemsAreNamed()
{
    QFETCH(QString, uri);
    QFETCH(QString, named);
    const QString problem = OAuthCallbackListener::redirectUriProblem(uri);
    QVERIFY2(problem.contains(named), qPrintable(problem));
    QVERIFY(!problem.contains(QLatin1Char('\x1b')));
    QString error;
    OAuthCallbackListener listener;
    QVERIFY(!listener.listen(uri, &error));
    QCOMPARE(error, problem);
    QVERIFY(OAuthCallbackListener::redirectUriProblem(QStringLiteral("http://localhost:8765/callback"))
                .isEmpty());
}

void TestOAuthCallbackListener::htmlInTheErrorIsEscaped()
{
    OAuthCallbackListener listener;
    QVERIFY(listener.listen(QStringLiteral("http://127.0.0.1:0/callback")));
    listener.setExpectedState(QStringLiteral("s"));
    const Answer answer = get(listener.port(), "/callback?error=%3Cscript%3Ealert(1)%3C%2Fscript%3E&state=s");
    QCOMPARE(answer.status, 200);
    QVERIFY(!answer.raw.contains("<script>"));
    QVERIFY(answer.raw.contains("&lt;script&gt;"));
}

QTEST_GUILESS_MAIN(TestOAuthCallbackListener)
#include "tst_oauthcallbacklistener.moc"
