// zcrm-fuzz-tokenparsers: the targets of tst_tokenparserfuzz for as long as asked.
//   zcrm-fuzz-tokenparsers [--seconds N] [--seed S] [DATA_DIR]   (DATA_DIR: tests/data of the source tree)
// A failure prints the property and writes the input to fuzz-failure-<seed>-<run>.bin; exit 1.
#include "tokenparserfuzz.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QStringList arguments = application.arguments().mid(1);
    qint64 seconds = 60;
    quint64 seed = quint64(QDateTime::currentMSecsSinceEpoch());
    QString dataDir = QStringLiteral(ZCRM_FUZZ_DEFAULT_DATA);
    while (!arguments.isEmpty()) {
        const QString word = arguments.takeFirst();
        if (word == QLatin1String("--seconds") && !arguments.isEmpty())
            seconds = arguments.takeFirst().toLongLong();
        else if (word == QLatin1String("--seed") && !arguments.isEmpty())
            seed = arguments.takeFirst().toULongLong();
        else
            dataDir = word;
    }
    const QList<TokenParserFuzz::Input> corpus = TokenParserFuzz::corpus(dataDir);
    if (corpus.isEmpty()) {
        std::fprintf(stderr, "no corpus under %s\n", qPrintable(dataDir));
        return 2;
    }
    std::printf("seed %llu, %lld s, %lld corpus files from %s\n", static_cast<unsigned long long>(seed),
                static_cast<long long>(seconds), static_cast<long long>(corpus.size()), qPrintable(dataDir));
    std::mt19937_64 random(seed);
    QElapsedTimer timer;
    timer.start();
    qint64 runs = 0;
    while (timer.elapsed() < seconds * 1000) {
        QByteArray bytes = corpus.at(qsizetype(random() % quint64(corpus.size()))).bytes;
        const int rounds = 1 + int(random() % 16);
        for (int i = 0; i < rounds; ++i)
            bytes = TokenParserFuzz::mutate(bytes, random);
        if (const QString failure = TokenParserFuzz::checkAll(bytes); !failure.isEmpty()) {
            const QString name = QStringLiteral("fuzz-failure-%1-%2.bin").arg(seed).arg(runs);
            QFile file(name);
            if (file.open(QIODevice::WriteOnly))
                file.write(bytes);
            std::fprintf(stderr, "run %lld: %s\ninput written to %s\n", static_cast<long long>(runs),
                         qPrintable(failure), qPrintable(name));
            return 1;
        }
        if (++runs % 100000 == 0)
            std::printf("%lld inputs, %lld s\n", static_cast<long long>(runs),
                        static_cast<long long>(timer.elapsed() / 1000));
    }
    std::printf("%lld inputs, no property broke\n", static_cast<long long>(runs));
    return 0;
}
