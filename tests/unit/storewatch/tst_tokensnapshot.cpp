// TokenSnapshot answers exactly what changed between two looks at a store; TokenChanges::merge
// folds two such answers into one.
#include "tokenchanges.h"
#include "tokensnapshot.h"

#include <QTest>

namespace {

Token row(const QString &id, const QString &access = QStringLiteral("a"))
{
    Token token;
    token.id = id;
    token.userName = QStringLiteral("user%1@example.com").arg(id);
    token.refreshToken = QStringLiteral("1000.refresh.") + id;
    token.accessToken = access;
    return token;
}

QStringList ids(const TokenList &rows)
{
    QStringList list;
    for (const Token &token : rows)
        list.append(token.id);
    return list;
}

} // namespace

class TokenSnapshotTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstReplaceAllAddsEveryRow();
    void replaceAllReportsAddedChangedRemoved();
    void replaceAllWithTheSameRowsReportsNothing();
    void upsertAddsOrChangesOrNothing();
    void removeLeavesNoTraceInRows();
    void manyRemovesKeepOrderAndIndex();
    void duplicateAndEmptyIdsAreIgnored();
    void mergeFoldsTwoLooks();
    void changesTravelThroughQVariant();
};

void TokenSnapshotTest::firstReplaceAllAddsEveryRow()
{
    TokenSnapshot snapshot;
    const TokenChanges changes = snapshot.replaceAll({ row("1"), row("2"), row("3") });
    QCOMPARE(ids(changes.added), (QStringList { "1", "2", "3" }));
    QVERIFY(changes.changed.isEmpty());
    QVERIFY(changes.removed.isEmpty());
    QCOMPARE(snapshot.size(), 3);
    QCOMPARE(ids(snapshot.rows()), (QStringList { "1", "2", "3" }));
}

void TokenSnapshotTest::replaceAllReportsAddedChangedRemoved()
{
    TokenSnapshot snapshot;
    snapshot.replaceAll({ row("1"), row("2"), row("3"), row("4") });
    const TokenChanges changes = snapshot.replaceAll({ row("1"), row("3", "new"), row("5") });
    QCOMPARE(ids(changes.added), QStringList { "5" });
    QCOMPARE(ids(changes.changed), QStringList { "3" });
    QCOMPARE(changes.changed.constFirst().accessToken, QStringLiteral("new"));
    QCOMPARE(changes.removed, (QStringList { "2", "4" })); // in the old order
    QCOMPARE(changes.size(), 4);
    QCOMPARE(ids(snapshot.rows()), (QStringList { "1", "3", "5" }));
    QCOMPARE(snapshot.find("3")->accessToken, QStringLiteral("new"));
    QVERIFY(!snapshot.find("2"));
}

void TokenSnapshotTest::replaceAllWithTheSameRowsReportsNothing()
{
    TokenSnapshot snapshot;
    TokenList rows;
    for (int i = 1; i <= 1000; ++i)
        rows.append(row(QString::number(i)));
    snapshot.replaceAll(rows);
    QVERIFY(snapshot.replaceAll(rows).isEmpty());
    // Any field counts, ours too.
    rows[500].lastError = QStringLiteral("invalid_code");
    const TokenChanges changes = snapshot.replaceAll(rows);
    QCOMPARE(ids(changes.changed), QStringList { "501" });
    QVERIFY(changes.added.isEmpty() && changes.removed.isEmpty());
}

void TokenSnapshotTest::upsertAddsOrChangesOrNothing()
{
    TokenSnapshot snapshot;
    snapshot.replaceAll({ row("1") });
    TokenChanges added = snapshot.upsert(row("2"));
    QCOMPARE(ids(added.added), QStringList { "2" });
    QVERIFY(snapshot.upsert(row("2")).isEmpty());
    TokenChanges changed = snapshot.upsert(row("1", "refreshed"));
    QCOMPARE(ids(changed.changed), QStringList { "1" });
    QVERIFY(changed.added.isEmpty());
    QCOMPARE(ids(snapshot.rows()), (QStringList { "1", "2" }));
    // What the watcher was told is not reported again by the next full read.
    QVERIFY(snapshot.replaceAll({ row("1", "refreshed"), row("2") }).isEmpty());
    QVERIFY(snapshot.upsert(Token()).isEmpty()); // no id: nothing to key it by
}

void TokenSnapshotTest::removeLeavesNoTraceInRows()
{
    TokenSnapshot snapshot;
    snapshot.replaceAll({ row("1"), row("2"), row("3") });
    QCOMPARE(snapshot.remove("2").removed, QStringList { "2" });
    QVERIFY(snapshot.remove("2").isEmpty());
    QVERIFY(snapshot.remove("99").isEmpty());
    QCOMPARE(snapshot.size(), 2);
    QCOMPARE(ids(snapshot.rows()), (QStringList { "1", "3" }));
    // Saved again after a removal: added, at the end.
    QCOMPARE(ids(snapshot.upsert(row("2")).added), QStringList { "2" });
    QCOMPARE(ids(snapshot.rows()), (QStringList { "1", "3", "2" }));
    QVERIFY(snapshot.replaceAll({ row("1"), row("3"), row("2") }).isEmpty());
    snapshot.clear();
    QCOMPARE(snapshot.size(), 0);
    QVERIFY(snapshot.rows().isEmpty());
}

void TokenSnapshotTest::manyRemovesKeepOrderAndIndex()
{
    TokenSnapshot snapshot;
    TokenList rows;
    for (int i = 1; i <= 500; ++i)
        rows.append(row(QString::number(i)));
    snapshot.replaceAll(rows);
    QStringList expected;
    for (int i = 1; i <= 500; ++i) {
        if (i % 5 == 0)
            expected.append(QString::number(i));
        else
            QCOMPARE(snapshot.remove(QString::number(i)).removed, QStringList { QString::number(i) });
    }
    // Past the point where the holes are compacted, lookups and order still hold.
    QCOMPARE(snapshot.size(), 100);
    QCOMPARE(ids(snapshot.rows()), expected);
    QCOMPARE(snapshot.find("250")->id, QStringLiteral("250"));
    QVERIFY(!snapshot.find("251"));
    QCOMPARE(ids(snapshot.upsert(row("250", "x")).changed), QStringList { "250" });
}

void TokenSnapshotTest::duplicateAndEmptyIdsAreIgnored()
{
    TokenSnapshot snapshot;
    const TokenChanges changes = snapshot.replaceAll({ row("1"), row("1", "second"), Token(), row("2") });
    QCOMPARE(ids(changes.added), (QStringList { "1", "2" }));
    QCOMPARE(snapshot.find("1")->accessToken, QStringLiteral("a"));
    QCOMPARE(snapshot.size(), 2);
}

void TokenSnapshotTest::mergeFoldsTwoLooks()
{
    TokenChanges first;
    first.added = { row("1") };
    first.changed = { row("2") };
    first.removed = { "3" };

    TokenChanges later;
    later.changed = { row("1", "x"), row("2", "y") };
    later.added = { row("3"), row("4") };
    later.removed = { "5" };
    first.merge(later);
    QCOMPARE(ids(first.added), (QStringList { "1", "4" }));
    QCOMPARE(first.added.constFirst().accessToken, QStringLiteral("x"));
    QCOMPARE(ids(first.changed), (QStringList { "2", "3" })); // 3: removed, then back
    QCOMPARE(first.changed.constFirst().accessToken, QStringLiteral("y"));
    QCOMPARE(first.removed, QStringList { "5" });

    TokenChanges gone;
    gone.removed = { "1", "2", "5" };
    first.merge(gone);
    QCOMPARE(ids(first.added), QStringList { "4" }); // 1 came and went: nothing
    QCOMPARE(ids(first.changed), QStringList { "3" });
    QCOMPARE(first.removed, (QStringList { "5", "2" }));
}

void TokenSnapshotTest::changesTravelThroughQVariant()
{
    TokenChanges::registerMetaType();
    TokenChanges changes;
    changes.added = { row("7") };
    changes.removed = { "8" };
    const QVariant variant = QVariant::fromValue(changes);
    QVERIFY(QMetaType::fromName("TokenChanges").isValid());
    const TokenChanges back = variant.value<TokenChanges>();
    QCOMPARE(ids(back.added), QStringList { "7" });
    QCOMPARE(back.removed, QStringList { "8" });
}

QTEST_GUILESS_MAIN(TokenSnapshotTest)
#include "tst_tokensnapshot.moc"
