// PNG compression levels for a figure: size and write time of the default
// 1920x1080 figure at each zlib level, to choose the export's level.
#include "figure.h"
#include "scenemodel.h"

#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QImageWriter>

#include <algorithm>
#include <cstdio>
#include <vector>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QImage argb = Figure(notebookScene(), {}).toImage(QSize(1920, 1080));
    for (const auto &[name, image] : {std::pair{"ARGB32 premultiplied", argb},
                                      std::pair{"RGB32", argb.convertToFormat(QImage::Format_RGB32)},
                                      std::pair{"RGB888", argb.convertToFormat(QImage::Format_RGB888)}}) {
    std::printf("%s\n", name);

    // Qt's PNG writer maps quality q to zlib level (100 - q) * 9 / 91.
    for (const int level : {0, 1, 3, 6, 9}) {
        const int quality = 100 - (level * 91 + 8) / 9;
        std::vector<double> milliseconds;
        qint64 bytes = 0;
        for (int run = 0; run < 7; ++run) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            QImageWriter writer(&buffer, "png");
            writer.setQuality(quality);
            QElapsedTimer timer;
            timer.start();
            writer.write(image);
            milliseconds.push_back(timer.nsecsElapsed() / 1e6);
            bytes = buffer.size();
        }
        std::sort(milliseconds.begin(), milliseconds.end());
        std::printf("zlib level %d (quality %3d): %7.1f KiB  median %6.1f ms\n", level, quality, bytes / 1024.0,
                    milliseconds[milliseconds.size() / 2]);
    }
    }
    return 0;
}
