// zcrm-render-icon SVG PNG SIZE...: renders the application's one SVG icon into square PNGs at build time,
// for the hicolor theme (PNG/NN.png for each NN given), so that no PNG is kept beside the SVG it copies.

#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QTextStream err(stderr);
    if (argc < 4) {
        err << "usage: zcrm-render-icon SVG OUTPUT_FOLDER SIZE..." << Qt::endl;
        return 2;
    }
    QSvgRenderer renderer(QString::fromLocal8Bit(argv[1]));
    if (!renderer.isValid()) {
        err << "zcrm-render-icon: cannot read " << argv[1] << Qt::endl;
        return 1;
    }
    const QDir folder(QString::fromLocal8Bit(argv[2]));
    if (!folder.mkpath(QStringLiteral("."))) {
        err << "zcrm-render-icon: cannot create " << argv[2] << Qt::endl;
        return 1;
    }
    for (int i = 3; i < argc; ++i) {
        const int size = QByteArray(argv[i]).toInt();
        if (size <= 0 || size > 4096) {
            err << "zcrm-render-icon: not a size: " << argv[i] << Qt::endl;
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        renderer.render(&painter, QRectF(0, 0, size, size));
        painter.end();
        const QString path = folder.filePath(QStringLiteral("%1.png").arg(size));
        if (!image.save(path)) {
            err << "zcrm-render-icon: cannot write " << path << Qt::endl;
            return 1;
        }
    }
    return 0;
}
