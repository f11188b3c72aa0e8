// A PNG encoder for exported figures, with the row filter and zlib level
// chosen by the caller.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class QImage;

namespace png {

// PNG row filters (PNG specification, section 9.2). Each row of the image is
// stored as the difference from a prediction: none, the pixel to the left,
// the pixel above, their average, or the Paeth predictor.
enum class Filter { None = 0, Sub = 1, Up = 2, Average = 3, Paeth = 4 };

struct TextChunk
{
    QByteArray keyword; // 1 to 79 Latin-1 characters
    QString text;       // stored as zlib-compressed UTF-8 in an iTXt chunk
};

struct EncodeOptions
{
    int zlibLevel = 3; // 0 (store) to 9 (smallest)
    Filter filter = Filter::Up;
    bool keepAlpha = false; // RGBA (colour type 6) instead of RGB (colour type 2)
    int dotsPerMeter = 0;   // pHYs chunk; 0 writes none
    QList<TextChunk> texts;
};

// Encodes `image` as an 8-bit RGB or RGBA PNG with every row filtered by
// `options.filter`. Returns an empty array when the image is null or when
// compressing fails.
//
// Qt's PNG writer leaves libpng 1.6 at its default for 8-bit colour, which
// tries all five filters on every row and keeps the best. For the default
// 1920×1080 figure that takes about 24 ms even without compression. One
// fixed filter compresses the flat backgrounds and thin lines of a figure
// nearly as well, as tests/bench/bench_png.cpp measures.
QByteArray encode(const QImage &image, const EncodeOptions &options);

} // namespace png
