// StoreWatcher's rules, on an in-memory store behind a counting wrapper: one full read at start,
// none while the stamp stands still, one per change, the caller's own writes not reported twice,
// stamp-less stores read every fullReadInterval, failures reported once and recoveries after them.
#include "countingtokenstore.h"
#include "memorytokenstore.h"
#include "storewatcher.h"
#include "testtokens.h"

#include <QSignalSpy>
#include <QTest>

class StoreWatcherPollingTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void startLoadsOnceAndPollsReadNothingWhileUnchanged();
    void aChangeIsReadOnceAndReportedAsADiff();
    void ownWritesNotedAreNotReportedAgain();
    void storeWithoutStampsIsReadEveryFullReadInterval();
    void failureIsReportedOnceThenRecovered();
    void failedStartReportsTheRowsOnRecovery();
    void timerPolls();

private:
    std::unique_ptr<CountingTokenStore> m_store;
};

void StoreWatcherPollingTest::init()
{
    m_store = std::make_unique<CountingTokenStore>(std::make_unique<MemoryTokenStore>());
    for (int i = 1; i <= 3; ++i)
        QVERIFY(m_store->saveToken(TestTokens::signedIn(QStringLiteral("u%1@example.com").arg(i))));
}

void StoreWatcherPollingTest::startLoadsOnceAndPollsReadNothingWhileUnchanged()
{
    StoreWatcher watcher(m_store.get());
    QSignalSpy loaded(&watcher, &StoreWatcher::loaded);
    QSignalSpy changed(&watcher, &StoreWatcher::changed);
    watcher.start();
    QVERIFY(watcher.isRunning());
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(loaded.at(0).at(0).value<TokenList>().size(), 3);
    QCOMPARE(watcher.snapshot().size(), 3);
    for (int i = 0; i < 50; ++i)
        watcher.poll();
    QCOMPARE(m_store->getTokensCalls(), 1);
    QCOMPARE(watcher.fullReadCount(), 1);
    QCOMPARE(m_store->changeStampCalls(), 51);
    QCOMPARE(changed.count(), 0);
    // A lease is not a change.
    QVERIFY(m_store->tryAcquireLease(QStringLiteral("1"), QStringLiteral("me"), 60000));
    watcher.poll();
    QCOMPARE(m_store->getTokensCalls(), 1);
    watcher.stop();
    QVERIFY(!watcher.isRunning());
}

void StoreWatcherPollingTest::aChangeIsReadOnceAndReportedAsADiff()
{
    StoreWatcher watcher(m_store.get());
    QSignalSpy changed(&watcher, &StoreWatcher::changed);
    watcher.start();
    Token refreshed = *m_store->findTokenById(QStringLiteral("2")).value();
    refreshed.accessToken = QStringLiteral("1000.new.access");
    QVERIFY(m_store->saveToken(refreshed));
    QVERIFY(m_store->deleteToken(QStringLiteral("1")));
    QVERIFY(m_store->saveToken(TestTokens::signedIn(QStringLiteral("u4@example.com"))));
    watcher.poll();
    watcher.poll();
    QCOMPARE(m_store->getTokensCalls(), 2);
    QCOMPARE(changed.count(), 1);
    const auto changes = changed.at(0).at(0).value<TokenChanges>();
    QCOMPARE(changes.added.size(), 1);
    QCOMPARE(changes.added.constFirst().userName, QStringLiteral("u4@example.com"));
    QCOMPARE(changes.changed.size(), 1);
    QCOMPARE(changes.changed.constFirst().accessToken, QStringLiteral("1000.new.access"));
    QCOMPARE(changes.removed, QStringList { QStringLiteral("1") });
}

void StoreWatcherPollingTest::ownWritesNotedAreNotReportedAgain()
{
    StoreWatcher watcher(m_store.get());
    QSignalSpy changed(&watcher, &StoreWatcher::changed);
    watcher.start();
    auto saved = m_store->saveToken(TestTokens::signedIn(QStringLiteral("mine@example.com")));
    QVERIFY(saved);
    const TokenChanges mine = watcher.noteSaved(saved.value());
    QCOMPARE(mine.added.size(), 1);
    QVERIFY(m_store->deleteToken(QStringLiteral("1")));
    QCOMPARE(watcher.noteRemoved(QStringLiteral("1")).removed, QStringList { QStringLiteral("1") });
    watcher.poll(); // the stamp moved: one read, which finds nothing new
    QCOMPARE(m_store->getTokensCalls(), 2);
    QCOMPARE(changed.count(), 0);
    const TokenChanges replaced = watcher.noteReplaced({});
    QCOMPARE(replaced.removed.size(), 3);
}

void StoreWatcherPollingTest::storeWithoutStampsIsReadEveryFullReadInterval()
{
    m_store->setStampless(true);
    StoreWatcher watcher(m_store.get());
    QSignalSpy changed(&watcher, &StoreWatcher::changed);
    watcher.setFullReadInterval(200);
    watcher.start();
    watcher.poll();
    QCOMPARE(m_store->getTokensCalls(), 1); // not yet due
    QVERIFY(m_store->deleteToken(QStringLiteral("2")));
    QTest::qWait(250);
    watcher.poll();
    QCOMPARE(m_store->getTokensCalls(), 2);
    QCOMPARE(changed.count(), 1);
    watcher.setFullReadInterval(0); // never
    QTest::qWait(250);
    watcher.poll();
    QCOMPARE(m_store->getTokensCalls(), 2);
}

void StoreWatcherPollingTest::failureIsReportedOnceThenRecovered()
{
    StoreWatcher watcher(m_store.get());
    QSignalSpy failed(&watcher, &StoreWatcher::failed);
    QSignalSpy recovered(&watcher, &StoreWatcher::recovered);
    QSignalSpy changed(&watcher, &StoreWatcher::changed);
    watcher.start();
    m_store->setFailing(true);
    for (int i = 0; i < 5; ++i)
        watcher.poll();
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).value<StoreError>().code(), StoreError::Code::Unavailable);
    QVERIFY(watcher.isFailing());
    QCOMPARE(recovered.count(), 0);
    // What changed while it failed is reported with the recovery.
    QVERIFY(m_store->inner().deleteToken(QStringLiteral("1")));
    m_store->setFailing(false);
    watcher.poll();
    QCOMPARE(recovered.count(), 1);
    QVERIFY(!watcher.isFailing());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<TokenChanges>().removed, QStringList { QStringLiteral("1") });
    watcher.poll();
    QCOMPARE(recovered.count(), 1);
    QCOMPARE(failed.count(), 1);
}

void StoreWatcherPollingTest::failedStartReportsTheRowsOnRecovery()
{
    m_store->setFailing(true);
    StoreWatcher watcher(m_store.get());
    QSignalSpy failed(&watcher, &StoreWatcher::failed);
    QSignalSpy loaded(&watcher, &StoreWatcher::loaded);
    QSignalSpy changed(&watcher, &StoreWatcher::changed);
    watcher.start();
    QCOMPARE(failed.count(), 1);
    QCOMPARE(loaded.count(), 0);
    QVERIFY(watcher.isRunning()); // keeps trying
    m_store->setFailing(false);
    watcher.poll();
    // `loaded` answers start() only; the rows come with the recovery, all added.
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<TokenChanges>().added.size(), 3);
    QCOMPARE(watcher.snapshot().size(), 3);
    watcher.poll();
    QCOMPARE(changed.count(), 1);
}

void StoreWatcherPollingTest::timerPolls()
{
    StoreWatcher watcher(m_store.get());
    QSignalSpy changed(&watcher, &StoreWatcher::changed);
    watcher.setInterval(50);
    watcher.start();
    QVERIFY(m_store->deleteToken(QStringLiteral("2")));
    QVERIFY(changed.wait(2000));
    const int calls = m_store->changeStampCalls();
    QTest::qWait(300);
    QVERIFY(m_store->changeStampCalls() > calls + 2);
    QCOMPARE(m_store->getTokensCalls(), 2);
}

QTEST_GUILESS_MAIN(StoreWatcherPollingTest)
#include "tst_storewatcherpolling.moc"
