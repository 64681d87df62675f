// FileStamp: when a stat() is enough to trust a cached file, and when it is not.
#include "filestamp.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class FileStampTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void missingFile();
    void renameOverIsAnotherStamp();
    void inPlaceRewriteIsAnotherStamp();
    void recentTimesAreNotSettled();
    void wholeSecondTimesWaitLonger();
};

void FileStampTest::missingFile()
{
    QTemporaryDir dir;
    const FileStamp stamp = FileStamp::ofPath(dir.filePath(QStringLiteral("none")));
    QVERIFY(!stamp.exists());
    QCOMPARE(stamp, FileStamp());
    QVERIFY(stamp.isSettledAt(FileStamp::wallClockNs()));
}

void FileStampTest::renameOverIsAnotherStamp()
{
    // Our writers replace the file by a rename: same size, maybe the same time, another inode.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("f"));
    QFile first(path);
    QVERIFY(first.open(QIODevice::WriteOnly));
    first.write("same size");
    first.close();
    const FileStamp before = FileStamp::ofPath(path);
    QFile second(dir.filePath(QStringLiteral("g")));
    QVERIFY(second.open(QIODevice::WriteOnly));
    second.write("SAME SIZE");
    second.close();
    QVERIFY(QFile::remove(path));
    QVERIFY(QFile::rename(second.fileName(), path));
    const FileStamp after = FileStamp::ofPath(path);
    QCOMPARE(after.size(), before.size());
    QVERIFY(after != before);
}

void FileStampTest::inPlaceRewriteIsAnotherStamp()
{
    // The SDKs rewrite in place; a different size always shows, and so does a later time.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("f"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("one");
    file.close();
    const FileStamp before = FileStamp::ofPath(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("three");
    file.close();
    QVERIFY(FileStamp::ofPath(path) != before);
    QCOMPARE(FileStamp::ofFile(file), FileStamp()); // closed
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(FileStamp::ofFile(file), FileStamp::ofPath(path));
}

void FileStampTest::recentTimesAreNotSettled()
{
    const qint64 now = 1'800'000'000'123'456'789;
    const FileStamp justWritten(1, 2, 10, now - 1'000'000, now - 1'000'000);
    QVERIFY(!justWritten.isSettledAt(now));
    const FileStamp older(1, 2, 10, now - 500'000'000, now - 500'000'000);
    QVERIFY(older.isSettledAt(now));
    const FileStamp metadataJustChanged(1, 2, 10, now - 500'000'000, now - 1'000'000);
    QVERIFY(!metadataJustChanged.isSettledAt(now));
}

void FileStampTest::wholeSecondTimesWaitLonger()
{
    // A file system that stores whole seconds: a write 1.5 s ago may share its second with the next.
    const qint64 now = 1'800'000'001'500'000'000;
    const FileStamp coarse(1, 2, 10, 1'800'000'000'000'000'000, 1'800'000'000'000'000'000);
    QVERIFY(!coarse.isSettledAt(now));
    QVERIFY(coarse.isSettledAt(now + 1'000'000'000));
}

QTEST_GUILESS_MAIN(FileStampTest)
#include "tst_filestamp.moc"
