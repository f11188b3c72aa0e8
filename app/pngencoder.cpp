#include "pngencoder.h"

#include <QImage>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <cstring>
#include <utility>

namespace png {

namespace {

// CRC-32 of the PNG specification (polynomial 0xEDB88320), one table lookup
// per byte.
constexpr std::array<quint32, 256> makeCrcTable()
{
    std::array<quint32, 256> table{};
    for (quint32 n = 0; n < 256; ++n) {
        quint32 c = n;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[n] = c;
    }
    return table;
}

constexpr std::array<quint32, 256> kCrcTable = makeCrcTable();

quint32 updateCrc(quint32 crc, const char *data, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i)
        crc = kCrcTable[(crc ^ quint8(data[i])) & 0xFF] ^ (crc >> 8);
    return crc;
}

void appendUint32(QByteArray *out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out->append(bytes, 4);
}

// Appends one chunk: length, type, data, and the CRC over type and data.
void appendChunk(QByteArray *out, const char type[4], const char *data, qsizetype size)
{
    appendUint32(out, quint32(size));
    const qsizetype start = out->size();
    out->append(type, 4);
    out->append(data, size);
    appendUint32(out, updateCrc(0xFFFFFFFFu, out->constData() + start, size + 4) ^ 0xFFFFFFFFu);
}

void appendChunk(QByteArray *out, const char type[4], const QByteArray &data)
{
    appendChunk(out, type, data.constData(), data.size());
}

// A zlib stream as PNG wants it. qCompress() writes the same stream after a
// 4-byte length of its own, which is dropped here.
QByteArray zlibStream(const char *data, qsizetype size, int level)
{
    QByteArray compressed = qCompress(reinterpret_cast<const uchar *>(data), size, level);
    if (compressed.size() <= 4)
        return {};
    return compressed.sliced(4);
}

int paethPredictor(int left, int above, int upperLeft)
{
    const int estimate = left + above - upperLeft;
    const int toLeft = std::abs(estimate - left);
    const int toAbove = std::abs(estimate - above);
    const int toUpperLeft = std::abs(estimate - upperLeft);
    if (toLeft <= toAbove && toLeft <= toUpperLeft)
        return left;
    return toAbove <= toUpperLeft ? above : upperLeft;
}

// Writes one filtered row: the filter type byte, then `row` as differences
// from its prediction. `previous` is the unfiltered row above, or zeros for
// the first row; `pixelBytes` is 3 for RGB and 4 for RGBA.
void filterRow(Filter filter, const quint8 *row, const quint8 *previous, qsizetype rowBytes, int pixelBytes,
               quint8 *out)
{
    *out++ = quint8(filter);
    switch (filter) {
    case Filter::None:
        std::memcpy(out, row, size_t(rowBytes));
        break;
    case Filter::Sub:
        for (qsizetype i = 0; i < rowBytes; ++i)
            out[i] = quint8(row[i] - (i >= pixelBytes ? row[i - pixelBytes] : 0));
        break;
    case Filter::Up:
        for (qsizetype i = 0; i < rowBytes; ++i)
            out[i] = quint8(row[i] - previous[i]);
        break;
    case Filter::Average:
        for (qsizetype i = 0; i < rowBytes; ++i) {
            const int left = i >= pixelBytes ? row[i - pixelBytes] : 0;
            out[i] = quint8(row[i] - ((left + previous[i]) >> 1));
        }
        break;
    case Filter::Paeth:
        for (qsizetype i = 0; i < rowBytes; ++i) {
            const int left = i >= pixelBytes ? row[i - pixelBytes] : 0;
            const int upperLeft = i >= pixelBytes ? previous[i - pixelBytes] : 0;
            out[i] = quint8(row[i] - paethPredictor(left, previous[i], upperLeft));
        }
        break;
    }
}

// Writes a row of ARGB pixels as PNG's R, G, B bytes, or as R, G, B, A with
// the colour not premultiplied, as PNG stores it.
void unpackRow(const QRgb *pixels, int width, bool keepAlpha, bool premultiplied, quint8 *out)
{
    if (keepAlpha) {
        for (int x = 0; x < width; ++x) {
            const QRgb pixel = premultiplied ? qUnpremultiply(pixels[x]) : pixels[x];
            *out++ = quint8(qRed(pixel));
            *out++ = quint8(qGreen(pixel));
            *out++ = quint8(qBlue(pixel));
            *out++ = quint8(qAlpha(pixel));
        }
        return;
    }
    for (int x = 0; x < width; ++x) {
        *out++ = quint8(qRed(pixels[x]));
        *out++ = quint8(qGreen(pixels[x]));
        *out++ = quint8(qBlue(pixels[x]));
    }
}

} // namespace

QByteArray encode(const QImage &source, const EncodeOptions &options)
{
    if (source.isNull())
        return {};

    // Rows are unpacked one at a time from 32-bit ARGB, so a figure, drawn
    // in premultiplied ARGB, is encoded without a converted copy.
    QImage image = source;
    const QImage::Format format = image.format();
    if (format != QImage::Format_ARGB32_Premultiplied && format != QImage::Format_ARGB32 &&
        format != QImage::Format_RGB32)
        image.convertTo(QImage::Format_ARGB32);
    const bool premultiplied = image.format() == QImage::Format_ARGB32_Premultiplied;
    const int pixelBytes = options.keepAlpha ? 4 : 3;
    const qsizetype rowBytes = qsizetype(image.width()) * pixelBytes;
    const qsizetype filteredRowBytes = rowBytes + 1;

    // Filter every row into one buffer, which zlib then compresses as one
    // stream, because PNG's IDAT chunks together contain a single stream.
    QByteArray filtered(filteredRowBytes * image.height(), Qt::Uninitialized);
    auto *out = reinterpret_cast<quint8 *>(filtered.data());
    QByteArray rows(2 * rowBytes, '\0'); // the current row and the one above, zeros above the first
    auto *current = reinterpret_cast<quint8 *>(rows.data());
    auto *previous = current + rowBytes;
    for (int y = 0; y < image.height(); ++y) {
        unpackRow(reinterpret_cast<const QRgb *>(image.constScanLine(y)), image.width(), options.keepAlpha,
                  premultiplied, current);
        filterRow(options.filter, current, previous, rowBytes, pixelBytes, out + y * filteredRowBytes);
        std::swap(current, previous);
    }
    const QByteArray pixels = zlibStream(filtered.constData(), filtered.size(), options.zlibLevel);
    if (pixels.isEmpty())
        return {};

    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    png.reserve(pixels.size() + 1024);

    // IHDR: width, height, bit depth 8, colour type, then compression,
    // filter method and interlace, all 0.
    QByteArray header;
    appendUint32(&header, quint32(image.width()));
    appendUint32(&header, quint32(image.height()));
    header.append(char(8));
    header.append(char(options.keepAlpha ? 6 : 2));
    header.append(3, '\0');
    appendChunk(&png, "IHDR", header);

    if (options.dotsPerMeter > 0) {
        QByteArray physical;
        appendUint32(&physical, quint32(options.dotsPerMeter));
        appendUint32(&physical, quint32(options.dotsPerMeter));
        physical.append(char(1)); // unit: metre
        appendChunk(&png, "pHYs", physical);
    }

    // iTXt: keyword, NUL, compression flag 1 and method 0, an empty language
    // tag and translated keyword (each ended by NUL), then the zlib stream.
    for (const TextChunk &text : options.texts) {
        const QByteArray utf8 = text.text.toUtf8();
        QByteArray chunk = text.keyword;
        chunk.append('\0');
        chunk.append(char(1));
        chunk.append('\0');
        chunk.append('\0');
        chunk.append('\0');
        chunk.append(zlibStream(utf8.constData(), utf8.size(), 9));
        appendChunk(&png, "iTXt", chunk);
    }

    // Decoders read IDAT chunks of any size, but libpng and others buffer
    // whole chunks, so the stream is cut into pieces of 256 KiB.
    constexpr qsizetype kIdatSize = 256 * 1024;
    for (qsizetype offset = 0; offset < pixels.size(); offset += kIdatSize)
        appendChunk(&png, "IDAT", pixels.constData() + offset, std::min(kIdatSize, pixels.size() - offset));

    appendChunk(&png, "IEND", nullptr, 0);
    return png;
}

} // namespace png
