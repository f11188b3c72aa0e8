// Figures in every format, drawn off screen, and the scene they carry.
#include "figure.h"
#include "scenefile.h"
#include "scenemodel.h"

#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

// Counts the pixels in `area` that differ clearly from `background`.
int inkPixels(const QImage &image, const QRect &area, QColor background)
{
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            const int difference = std::abs(pixel.red() - background.red()) +
                std::abs(pixel.green() - background.green()) + std::abs(pixel.blue() - background.blue());
            if (difference > 60 && pixel.alpha() > 0)
                ++count;
        }
    }
    return count;
}

// Counts pixels close to `color`, to find a word's arrow or bar.
int pixelsNear(const QImage &image, const QRect &area, QColor color)
{
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (std::abs(pixel.red() - color.red()) + std::abs(pixel.green() - color.green()) +
                    std::abs(pixel.blue() - color.blue()) <
                30)
                ++count;
        }
    }
    return count;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Scene sceneWithAwkwardLabels()
{
    Scene scene = notebookScene();
    scene.words[0].label = QStringLiteral("<cat & \"dog\">");
    scene.words[1].label = QStringLiteral("Straße 猫");
    scene.title = QStringLiteral("Tags <b> & co");
    return scene;
}

} // namespace

class TestFigure : public QObject
{
    Q_OBJECT

private slots:
    void pngHasExactSizeAndInkInBothPanels_data();
    void pngHasExactSizeAndInkInBothPanels();
    void pngCarriesScene();
    void darkThemeHasDarkBackground();
    void transparentPngHasClearBackground();
    void canvasAndChartViews();
    void svgIsWellFormedWithLabelsAsText();
    void svgCarriesScene();
    void pdfHasHeaderAndOnePage();
    void tikzWritten();
    void unsupportedExtensionRejected();
    void failedWriteKeepsOldFile();
    void figureWithoutSceneRejectedOnOpen();
};

void TestFigure::pngHasExactSizeAndInkInBothPanels_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1920x1080") << QSize(1920, 1080);
    QTest::newRow("800x450") << QSize(800, 450);
    QTest::newRow("2400x1350 (2x)") << QSize(2400, 1350);
    QTest::newRow("odd 1001x777") << QSize(1001, 777);
}

void TestFigure::pngHasExactSizeAndInkInBothPanels()
{
    QFETCH(QSize, size);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("figure.png"));
    QString error;
    QVERIFY2(Figure(notebookScene(), {}).write(path, size, &error), qPrintable(error));

    QImageReader reader(path);
    QCOMPARE(reader.format(), QByteArray("png"));
    const QImage image = reader.read();
    QCOMPARE(image.size(), size);

    // Left half: the canvas; right half: the chart. Both have drawing on them.
    const QColor white(Qt::white);
    const QRect left(0, size.height() / 8, size.width() / 2, size.height() * 3 / 4);
    const QRect right(size.width() / 2, size.height() / 8, size.width() / 2, size.height() * 3 / 4);
    QVERIFY2(inkPixels(image, left, white) > size.width() * size.height() / 400, "canvas panel is blank");
    QVERIFY2(inkPixels(image, right, white) > size.width() * size.height() / 400, "chart panel is blank");

    // The query's colour appears in both panels: its arrow (drawn at full
    // strength) and its bar.
    const QColor queryColor(0xCC, 0x79, 0xA7);
    QVERIFY(pixelsNear(image, left, queryColor) > 0);
    QVERIFY(pixelsNear(image, right, queryColor) > 0);

    // 96 dpi at 1200 px wide, so a 1920 px image is 153.6 dpi.
    const double scale = std::min(size.width() / 1200.0, size.height() / 675.0);
    QVERIFY(std::abs(image.dotsPerMeterX() - 96.0 * scale / 0.0254) <= 1.0);
}

void TestFigure::pngCarriesScene()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("figure.png"));
    Scene scene = sceneWithAwkwardLabels();
    scene.query = 1;
    scene.settings.temperature = 0.5;
    QString error;
    QVERIFY2(Figure(scene, {}).write(path, QSize(600, 400), &error), qPrintable(error));

    Scene loaded;
    QVERIFY2(SceneFile::read(path, &loaded, &error), qPrintable(error));
    QCOMPARE(loaded.words, scene.words);
    QCOMPARE(loaded.query, 1);
    QCOMPARE(loaded.title, scene.title);
    QCOMPARE(loaded.settings.temperature, 0.5);
}

void TestFigure::darkThemeHasDarkBackground()
{
    FigureOptions options;
    options.theme = FigureOptions::Theme::Dark;
    const QImage image = Figure(notebookScene(), options).toImage(QSize(600, 340));
    QVERIFY(image.pixelColor(2, 2).lightness() < 60);
    QVERIFY(image.pixelColor(image.width() - 3, image.height() - 3).lightness() < 60);
}

void TestFigure::transparentPngHasClearBackground()
{
    FigureOptions options;
    options.transparent = true;
    const QImage image = Figure(notebookScene(), options).toImage(QSize(600, 340));
    QCOMPARE(image.pixelColor(1, 1).alpha(), 0);
    QVERIFY(image.hasAlphaChannel());
    QVERIFY(inkPixels(image, image.rect(), Qt::white) > 1000);

    // Dark and transparent: ink is light, for a dark slide behind it.
    options.theme = FigureOptions::Theme::Dark;
    const QImage dark = Figure(notebookScene(), options).toImage(QSize(600, 340));
    int lightInk = 0, darkInk = 0;
    for (int y = 0; y < dark.height(); ++y) {
        for (int x = 0; x < dark.width(); ++x) {
            const QColor pixel = dark.pixelColor(x, y);
            if (pixel.alpha() < 200 || pixel.saturation() > 40)
                continue;
            if (pixel.lightness() > 180)
                ++lightInk;
            else if (pixel.lightness() < 60)
                ++darkInk;
        }
    }
    QVERIFY2(lightInk > darkInk, qPrintable(QStringLiteral("light %1, dark %2").arg(lightInk).arg(darkInk)));
}

void TestFigure::canvasAndChartViews()
{
    FigureOptions canvasOnly;
    canvasOnly.view = FigureOptions::View::Canvas;
    const QImage canvas = Figure(notebookScene(), canvasOnly).toImage(QSize(600, 600));
    FigureOptions chartOnly;
    chartOnly.view = FigureOptions::View::Chart;
    const QImage chart = Figure(notebookScene(), chartOnly).toImage(QSize(600, 600));

    // The canvas view has the dashed output arrow's black; the chart has the
    // query bar's colour as a large block.
    QVERIFY(inkPixels(canvas, canvas.rect(), Qt::white) > 1000);
    QVERIFY(inkPixels(chart, chart.rect(), Qt::white) > 1000);
    const QColor queryColor(0xCC, 0x79, 0xA7);
    QVERIFY(pixelsNear(chart, chart.rect(), queryColor) > pixelsNear(canvas, canvas.rect(), queryColor));
    QVERIFY(canvas != chart);
}

void TestFigure::svgIsWellFormedWithLabelsAsText()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("figure.svg"));
    QString error;
    QVERIFY2(Figure(sceneWithAwkwardLabels(), {}).write(path, QSize(1200, 675), &error), qPrintable(error));

    QXmlStreamReader xml(readAll(path));
    QStringList texts;
    QString width, height, viewBox;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("svg")) {
            width = xml.attributes().value(QLatin1String("width")).toString();
            height = xml.attributes().value(QLatin1String("height")).toString();
            viewBox = xml.attributes().value(QLatin1String("viewBox")).toString();
        } else if (xml.name() == QLatin1String("text")) {
            texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(width, QStringLiteral("1200px"));
    QCOMPARE(height, QStringLiteral("675px"));
    QCOMPARE(viewBox, QStringLiteral("0 0 1200 675"));

    // The chart's axis shows "<cat & "dog">" too, not only the canvas: Qt
    // Charts reads axis labels as rich text.
    const qsizetype catTexts = std::count_if(texts.cbegin(), texts.cend(), [](const QString &text) {
        return text.startsWith(QStringLiteral("<cat & "));
    });
    QVERIFY2(catTexts >= 2, qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY2(texts.contains(QStringLiteral("Tags <b> & co")), qPrintable(texts.join(QLatin1Char('|'))));

    // A run in a fallback font (猫) is a text element of its own.
    const QString allText = texts.join(QLatin1Char('\n'));
    for (const QString &label : {QStringLiteral("<cat & \"dog\">"), QStringLiteral("Straße"),
                                 QStringLiteral("猫"), QStringLiteral("couch"), QStringLiteral("0.241")})
        QVERIFY2(allText.contains(label), qPrintable(label));
}

void TestFigure::svgCarriesScene()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("figure.svg"));
    const Scene scene = sceneWithAwkwardLabels();
    QString error;
    QVERIFY2(Figure(scene, {}).write(path, QSize(800, 450), &error), qPrintable(error));
    Scene loaded;
    QVERIFY2(SceneFile::read(path, &loaded, &error), qPrintable(error));
    QCOMPARE(loaded.words, scene.words);
    QCOMPARE(loaded.title, scene.title);
}

void TestFigure::pdfHasHeaderAndOnePage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("figure.pdf"));
    QString error;
    QVERIFY2(Figure(notebookScene(), {}).write(path, QSize(1200, 675), &error), qPrintable(error));
    const QByteArray pdf = readAll(path);
    QVERIFY(pdf.startsWith("%PDF-1."));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    QCOMPARE(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page "), 1);
    // 1200 × 675 CSS pixels are 900 × 506.25 pt; Qt's page sizes are whole
    // points, so 506.
    const QByteArray mediaBox = pdf.mid(pdf.indexOf("/MediaBox"), 60);
    const qsizetype open = mediaBox.indexOf('[');
    const QList<QByteArray> numbers = mediaBox.mid(open + 1, mediaBox.indexOf(']') - open - 1).split(' ');
    QCOMPARE(numbers.size(), 4);
    QCOMPARE(numbers[2].toDouble(), 900.0);
    QVERIFY2(std::abs(numbers[3].toDouble() - 506.25) <= 0.5, mediaBox.constData());
}

void TestFigure::tikzWritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("figure.tex"));
    QString error;
    QVERIFY2(Figure(notebookScene(), {}).write(path, QSize(1, 1), &error), qPrintable(error));
    const QByteArray tex = readAll(path);
    QVERIFY(tex.contains("\\begin{tikzpicture}"));
    QVERIFY(tex.contains("jumped"));
}

void TestFigure::unsupportedExtensionRejected()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("figure.bmp"));
    QString error;
    QVERIFY(!Figure(notebookScene(), {}).write(path, QSize(100, 100), &error));
    QVERIFY2(error.contains(QStringLiteral("figure.bmp")) && error.contains(QStringLiteral(".png")),
             qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

void TestFigure::failedWriteKeepsOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing-folder/figure.png"));
    QString error;
    QVERIFY(!Figure(notebookScene(), {}).write(path, QSize(100, 100), &error));
    QVERIFY2(error.contains(QStringLiteral("figure.png")), qPrintable(error));
}

void TestFigure::figureWithoutSceneRejectedOnOpen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plain.png"));
    QImage plain(20, 20, QImage::Format_RGB32);
    plain.fill(Qt::green);
    QVERIFY(plain.save(path));
    Scene scene = notebookScene();
    QString error;
    QVERIFY(!SceneFile::read(path, &scene, &error));
    QVERIFY2(error.contains(QStringLiteral("plain.png")) &&
                 error.contains(QStringLiteral("no Attention Explorer scene")),
             qPrintable(error));
    QCOMPARE(scene.words, notebookScene().words);
}

QTEST_MAIN(TestFigure)
#include "tst_figure.moc"
