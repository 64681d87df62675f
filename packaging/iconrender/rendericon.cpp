// zcrm-render-icon: renders the application's one SVG icon at build time, so that no bitmap is kept beside
// the SVG it copies.
//   zcrm-render-icon SVG OUTPUT_FOLDER SIZE...   square PNGs for the hicolor theme (OUTPUT_FOLDER/NN.png)
//   zcrm-render-icon --ico FILE SVG SIZE...      a Windows icon (PNG entries, 256 at most)
//   zcrm-render-icon --icns FILE SVG SIZE...     a macOS icon (PNG entries: 16 32 64 128 256 512 1024)
// Both containers hold PNG-compressed images, which Windows (since Vista) and macOS (since 10.7) read.

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>
#include <QtEndian>

#include <utility>
#include <vector>

namespace {

QByteArray renderPng(QSvgRenderer &renderer, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

template<typename T> void appendLittle(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToLittleEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

template<typename T> void appendBig(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToBigEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

// ICONDIR, one ICONDIRENTRY per image, then the images.
QByteArray icoFile(const std::vector<std::pair<int, QByteArray>> &images)
{
    QByteArray out;
    appendLittle<quint16>(out, 0);
    appendLittle<quint16>(out, 1); // an icon, not a cursor
    appendLittle<quint16>(out, quint16(images.size()));
    quint32 offset = quint32(6 + 16 * images.size());
    for (const auto &[size, png] : images) {
        out.append(char(size >= 256 ? 0 : size)); // 0 means 256
        out.append(char(size >= 256 ? 0 : size));
        out.append(char(0)); // no palette
        out.append(char(0));
        appendLittle<quint16>(out, 1); // planes
        appendLittle<quint16>(out, 32); // bits per pixel
        appendLittle<quint32>(out, quint32(png.size()));
        appendLittle<quint32>(out, offset);
        offset += quint32(png.size());
    }
    for (const auto &image : images)
        out.append(image.second);
    return out;
}

const char *icnsType(int size)
{
    switch (size) {
    case 16:
        return "icp4";
    case 32:
        return "icp5";
    case 64:
        return "icp6";
    case 128:
        return "ic07";
    case 256:
        return "ic08";
    case 512:
        return "ic09";
    case 1024:
        return "ic10";
    default:
        return nullptr;
    }
}

// "icns", the file's length, then (type, length, PNG) per image; lengths include their 8-byte headers.
QByteArray icnsFile(const std::vector<std::pair<int, QByteArray>> &images)
{
    QByteArray body;
    for (const auto &[size, png] : images) {
        body.append(icnsType(size), 4);
        appendBig<quint32>(body, quint32(8 + png.size()));
        body.append(png);
    }
    QByteArray out("icns");
    appendBig<quint32>(out, quint32(8 + body.size()));
    return out + body;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size())
        return true;
    QTextStream(stderr) << "zcrm-render-icon: cannot write " << path << Qt::endl;
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QTextStream err(stderr);
    const QByteArray mode = argc > 1 ? QByteArray(argv[1]) : QByteArray();
    const bool container = mode == "--ico" || mode == "--icns";
    const int first = container ? 4 : 3; // the first size
    if (argc <= first) {
        err << "usage: zcrm-render-icon SVG OUTPUT_FOLDER SIZE...\n"
               "       zcrm-render-icon --ico|--icns FILE SVG SIZE..."
            << Qt::endl;
        return 2;
    }
    const QString svg = QString::fromLocal8Bit(container ? argv[3] : argv[1]);
    const QString target = QString::fromLocal8Bit(argv[2]);
    QSvgRenderer renderer(svg);
    if (!renderer.isValid()) {
        err << "zcrm-render-icon: cannot read " << svg << Qt::endl;
        return 1;
    }
    std::vector<std::pair<int, QByteArray>> images;
    for (int i = first; i < argc; ++i) {
        const int size = QByteArray(argv[i]).toInt();
        const bool fits = mode == "--ico" ? size <= 256
            : mode == "--icns"            ? icnsType(size) != nullptr
                                          : size <= 4096;
        if (size <= 0 || !fits) {
            err << "zcrm-render-icon: not a size for this output: " << argv[i] << Qt::endl;
            return 2;
        }
        images.emplace_back(size, renderPng(renderer, size));
    }
    if (!container) {
        const QDir folder(target);
        if (!folder.mkpath(QStringLiteral("."))) {
            err << "zcrm-render-icon: cannot create " << target << Qt::endl;
            return 1;
        }
        for (const auto &[size, png] : images) {
            if (!writeFile(folder.filePath(QStringLiteral("%1.png").arg(size)), png))
                return 1;
        }
        return 0;
    }
    QDir().mkpath(QFileInfo(target).absolutePath());
    return writeFile(target, mode == "--ico" ? icoFile(images) : icnsFile(images)) ? 0 : 1;
}
