#include "pngencoder.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QtTest>

namespace {

// An opaque image with gradients, noise and flat areas, so that every
// filter's prediction differs from the pixel in some places.
QImage testImage(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    quint32 noise = 12345;
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            noise = noise * 1103515245u + 12345u;
            const int red = (x * 7) % 256;
            const int green = (y * 13) % 256;
            const int blue = x < width / 2 ? 200 : int((noise >> 16) & 0xFF);
            image.setPixel(x, y, qRgb(red, green, blue));
        }
    }
    return image;
}

QImage decode(const QByteArray &bytes)
{
    QImage image;
    image.loadFromData(bytes, "png");
    return image;
}

} // namespace

class TestPngEncoder : public QObject
{
    Q_OBJECT

private slots:
    void filtersRoundTrip_data();
    void filtersRoundTrip();
    void alphaRoundTrip();
    void headerAndResolution();
    void textChunkReadBack();
    void nullImageGivesEmpty();
};

void TestPngEncoder::filtersRoundTrip_data()
{
    QTest::addColumn<png::Filter>("filter");
    QTest::addColumn<int>("level");
    QTest::newRow("none, level 0") << png::Filter::None << 0;
    QTest::newRow("sub, level 1") << png::Filter::Sub << 1;
    QTest::newRow("up, level 3") << png::Filter::Up << 3;
    QTest::newRow("average, level 6") << png::Filter::Average << 6;
    QTest::newRow("paeth, level 9") << png::Filter::Paeth << 9;
}

void TestPngEncoder::filtersRoundTrip()
{
    QFETCH(png::Filter, filter);
    QFETCH(int, level);
    const QImage image = testImage(97, 61);
    png::EncodeOptions options;
    options.filter = filter;
    options.zlibLevel = level;

    const QByteArray bytes = png::encode(image, options);
    QVERIFY(bytes.startsWith("\x89PNG\r\n\x1a\n"));
    const QImage decoded = decode(bytes);

    QVERIFY(!decoded.isNull());
    QCOMPARE(decoded.size(), image.size());
    QVERIFY(!decoded.hasAlphaChannel());
    QCOMPARE(decoded.convertToFormat(QImage::Format_RGB32), image);
}

void TestPngEncoder::alphaRoundTrip()
{
    QImage image(40, 30, QImage::Format_ARGB32);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, qRgba(x * 6, y * 8, 90, (x * 17 + y * 5) % 256));
    }
    png::EncodeOptions options;
    options.keepAlpha = true;
    options.filter = png::Filter::Paeth;

    const QImage decoded = decode(png::encode(image, options));

    QVERIFY(decoded.hasAlphaChannel());
    QCOMPARE(decoded.convertToFormat(QImage::Format_ARGB32), image);

    // Figures are drawn premultiplied; the file contains each pixel as
    // qUnpremultiply() gives it. Qt's bulk conversion may round differently.
    const QImage premultiplied = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    const QImage decodedStraight =
        decode(png::encode(premultiplied, options)).convertToFormat(QImage::Format_ARGB32);
    QCOMPARE(decodedStraight.size(), image.size());
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            QVERIFY2(decodedStraight.pixel(x, y) == qUnpremultiply(premultiplied.pixel(x, y)),
                     qPrintable(QStringLiteral("pixel (%1, %2)").arg(x).arg(y)));
        }
    }
}

void TestPngEncoder::headerAndResolution()
{
    png::EncodeOptions options;
    options.dotsPerMeter = 6047;

    const QImage decoded = decode(png::encode(testImage(16, 9), options));

    QCOMPARE(decoded.size(), QSize(16, 9));
    QCOMPARE(decoded.dotsPerMeterX(), 6047);
    QCOMPARE(decoded.dotsPerMeterY(), 6047);
}

void TestPngEncoder::textChunkReadBack()
{
    const QString scene = QStringLiteral("{\"words\": [\"Größe\", \"猫\", \"a\\nb\"]}");
    png::EncodeOptions options;
    options.texts.append({"AttentionExplorerScene", scene});
    options.texts.append({"Title", QStringLiteral("Weights")});
    QByteArray bytes = png::encode(testImage(8, 8), options);

    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, "png");

    QCOMPARE(reader.text(QStringLiteral("AttentionExplorerScene")), scene);
    QCOMPARE(reader.text(QStringLiteral("Title")), QStringLiteral("Weights"));
    QVERIFY(!reader.read().isNull());
}

void TestPngEncoder::nullImageGivesEmpty()
{
    QVERIFY(png::encode(QImage(), {}).isEmpty());
}

QTEST_GUILESS_MAIN(TestPngEncoder)
#include "tst_pngencoder.moc"
