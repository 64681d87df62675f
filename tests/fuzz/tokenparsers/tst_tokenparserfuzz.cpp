// A seeded random-input run over the token readers, bounded to a few seconds; the same targets run
// for as long as one likes in zcrm-fuzz-tokenparsers. The corpus is the test data of tests/data.
#include "tokenparserfuzz.h"

#include <QElapsedTimer>
#include <QTest>

class TokenParserFuzzTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpusHoldsTheProperties();
    void randomEditsHoldTheProperties();
};

void TokenParserFuzzTest::corpusHoldsTheProperties()
{
    const QList<TokenParserFuzz::Input> corpus =
        TokenParserFuzz::corpus(qEnvironmentVariable("ZCRM_TEST_DATA"));
    QVERIFY2(corpus.size() >= 10, "the test data is missing");
    for (const TokenParserFuzz::Input &input : corpus) {
        const QString failure = TokenParserFuzz::checkAll(input.bytes);
        QVERIFY2(failure.isEmpty(), qPrintable(input.name + QStringLiteral(": ") + failure));
    }
}

void TokenParserFuzzTest::randomEditsHoldTheProperties()
{
    const QList<TokenParserFuzz::Input> corpus =
        TokenParserFuzz::corpus(qEnvironmentVariable("ZCRM_TEST_DATA"));
    QVERIFY(!corpus.isEmpty());
    // A fixed seed: a failure here fails again, the same way (ZCRM_FUZZ_SEED picks another).
    bool ok = false;
    const quint64 seed = qEnvironmentVariable("ZCRM_FUZZ_SEED").toULongLong(&ok);
    std::mt19937_64 random(ok ? seed : 12);
    QElapsedTimer timer;
    timer.start();
    int runs = 0;
    while (timer.elapsed() < 3000 && runs < 200000) {
        QByteArray bytes = corpus.at(qsizetype(random() % quint64(corpus.size()))).bytes;
        const int rounds = 1 + int(random() % 8);
        for (int i = 0; i < rounds; ++i)
            bytes = TokenParserFuzz::mutate(bytes, random);
        const QString failure = TokenParserFuzz::checkAll(bytes);
        QVERIFY2(failure.isEmpty(),
                 qPrintable(QStringLiteral("run %1: %2; input (base64): %3")
                                .arg(runs)
                                .arg(failure, QString::fromLatin1(bytes.toBase64()))));
        ++runs;
    }
    qInfo("%d random inputs", runs);
    QVERIFY(runs > 100);
}

QTEST_GUILESS_MAIN(TokenParserFuzzTest)
#include "tst_tokenparserfuzz.moc"
