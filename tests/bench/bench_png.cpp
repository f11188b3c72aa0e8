// PNG encoding of the default 1920x1080 figure: size and write time of Qt's
// writer (libpng) at several zlib levels against the app's own encoder with
// each row filter, to choose the export's encoder, filter and level.
#include "figure.h"
#include "pngencoder.h"
#include "scenemodel.h"

#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QImageWriter>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

constexpr int kRuns = 7;

// Runs `encode` kRuns times and prints the median time and the size.
void report(const char *name, const std::function<qint64()> &encode)
{
    std::vector<double> milliseconds;
    qint64 bytes = 0;
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        bytes = encode();
        milliseconds.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(milliseconds.begin(), milliseconds.end());
    std::printf("%-36s %8.1f KiB  median %6.1f ms\n", name, double(bytes) / 1024.0,
                milliseconds[milliseconds.size() / 2]);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QImage figure = Figure(notebookScene(), {}).toImage(QSize(1920, 1080));
    const QImage opaque = figure.convertToFormat(QImage::Format_RGB32);

    // Qt's PNG writer maps quality q to zlib level (100 - q) * 9 / 91.
    for (const int level : {0, 1, 3, 6, 9}) {
        const int quality = 100 - (level * 91 + 8) / 9;
        const QByteArray name = QStringLiteral("Qt writer, RGB32, zlib level %1").arg(level).toLatin1();
        report(name.constData(), [&] {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            QImageWriter writer(&buffer, "png");
            writer.setQuality(quality);
            writer.write(opaque);
            return buffer.size();
        });
    }

    const std::pair<const char *, png::Filter> filters[] = {{"none", png::Filter::None},
                                                            {"sub", png::Filter::Sub},
                                                            {"up", png::Filter::Up},
                                                            {"average", png::Filter::Average},
                                                            {"paeth", png::Filter::Paeth}};
    for (const auto &[filterName, filter] : filters) {
        for (const int level : {1, 3, 6}) {
            const QByteArray name = QStringLiteral("encoder, RGB, %1, zlib level %2")
                                        .arg(QLatin1String(filterName))
                                        .arg(level)
                                        .toLatin1();
            report(name.constData(), [&] {
                png::EncodeOptions options;
                options.filter = filter;
                options.zlibLevel = level;
                return png::encode(figure, options).size();
            });
        }
    }
    return 0;
}
