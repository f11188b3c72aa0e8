#include "figure.h"

#include "attentionchart.h"
#include "canvasview.h"
#include "logging.h"
#include "numbersexport.h"
#include "pngencoder.h"
#include "scenefile.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStyle>
#include <QSvgGenerator>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {

// PNG rows filtered by "Up" and compressed at zlib level 3. For the default
// figure this is as fast as level 1 and a little smaller. Level 6 would be
// 18 % smaller but take almost twice as long (docs/benchmarks.md).
constexpr int kPngZlibLevel = 3;
constexpr png::Filter kPngFilter = png::Filter::Up;

constexpr qreal kMinImageScale = 0.5;
constexpr qreal kMaxImageScale = 8.0;

QPalette figurePalette(FigureOptions::Theme theme)
{
    // Fixed palettes, not the desktop's, so a figure looks the same on every
    // machine and from the command line.
    QPalette palette = QApplication::style()->standardPalette();
    if (theme == FigureOptions::Theme::Light) {
        palette.setColor(QPalette::Window, QColor(0xff, 0xff, 0xff));
        palette.setColor(QPalette::Base, QColor(0xff, 0xff, 0xff));
        palette.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
        palette.setColor(QPalette::Text, QColor(0x20, 0x20, 0x20));
        return palette;
    }
    palette.setColor(QPalette::Window, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::Mid, QColor(0x80, 0x80, 0x80));
    return palette;
}

QByteArray compactSceneJson(const Scene &scene)
{
    return QJsonDocument::fromJson(SceneFile::toJson(scene)).toJson(QJsonDocument::Compact);
}

// Inserts the scene as a <metadata> element right after the opening <svg>
// tag, and states the size in CSS pixels (QSvgGenerator writes millimetres,
// which browsers and slide software round differently). The JSON is escaped
// as XML text, so any label is safe.
QByteArray finishSvg(const QByteArray &svg, const Scene &scene, QSize size)
{
    const qsizetype svgTag = svg.indexOf("<svg");
    const qsizetype tagEnd = svgTag < 0 ? -1 : svg.indexOf('>', svgTag);
    if (tagEnd < 0)
        return svg;

    static const QRegularExpression sizeAttributes(
        QStringLiteral("width=\"[0-9.]+mm\" height=\"[0-9.]+mm\""));
    QString openingTag = QString::fromUtf8(svg.mid(svgTag, tagEnd - svgTag));
    openingTag.replace(sizeAttributes,
                       QStringLiteral("width=\"%1px\" height=\"%2px\"").arg(size.width()).arg(size.height()));

    const QByteArray json = QString::fromUtf8(compactSceneJson(scene)).toHtmlEscaped().toUtf8();
    const QByteArray metadata =
        "\n<metadata id=\"" + QByteArray(SceneFile::kEmbeddedSceneKey) + "\">" + json + "</metadata>";
    return svg.left(svgTag) + openingTag.toUtf8() + ">" + metadata + svg.mid(tagEnd + 1);
}

bool commitOrExplain(QSaveFile &file, const QString &path, QString *error)
{
    if (file.commit())
        return true;
    *error = Figure::tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}

} // namespace

Figure::Figure(const Scene &scene, const FigureOptions &options)
    : m_scene(scene)
    , m_options(options)
    , m_model(std::make_unique<SceneModel>())
    , m_widget(std::make_unique<QWidget>())
{
    m_model->resetScene(scene);

    // Laid out and drawn, but never shown as a window, even on a desktop.
    m_widget->setAttribute(Qt::WA_DontShowOnScreen);
    m_widget->setPalette(figurePalette(options.theme));
    m_widget->setAutoFillBackground(!options.transparent);
    QFont font = m_widget->font();
    font.setPointSizeF(11.0);
    m_widget->setFont(font);

    auto *layout = new QVBoxLayout(m_widget.get());
    layout->setContentsMargins(16, 12, 16, 12);
    if (!scene.title.isEmpty() && options.view == FigureOptions::View::Figure) {
        auto *title = new QLabel(scene.title);
        title->setObjectName(QStringLiteral("figureTitle"));
        title->setTextFormat(Qt::PlainText); // a title such as "a <b> c" is text, not markup
        QFont titleFont = font;
        titleFont.setPointSizeF(15.0);
        titleFont.setBold(true);
        title->setFont(titleFont);
        title->setWordWrap(true);
        title->setAlignment(Qt::AlignCenter);
        layout->addWidget(title);
    }

    auto *row = new QHBoxLayout;
    row->setSpacing(12);
    if (options.view != FigureOptions::View::Chart) {
        auto *canvas = new CanvasView(m_model.get());
        // The background cache is a pixmap at screen resolution; a figure
        // draws the grid directly so it stays sharp at any scale and vector.
        canvas->setCacheMode(QGraphicsView::CacheNone);
        canvas->setFrameShape(QFrame::NoFrame);
        canvas->setToolTip(QString());
        canvas->setTransparentBackground(options.transparent);
        row->addWidget(canvas, 1);
    }
    if (options.view != FigureOptions::View::Canvas) {
        auto *chart = new AttentionChart(m_model.get());
        chart->setTransparentBackground(options.transparent);
        row->addWidget(chart, 1);
    }
    layout->addLayout(row, 1);
}

Figure::~Figure() = default;

bool Figure::isSupportedExtension(const QString &suffix)
{
    static const QStringList supported = {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf"),
                                          QStringLiteral("tex")};
    return supported.contains(suffix.toLower());
}

void Figure::render(QPainter *painter, QSize layoutSize) const
{
    m_widget->resize(layoutSize);
    m_widget->show();
    m_widget->layout()->activate();

    // Let the chart lay out its plot area and the canvas frame the scene,
    // both of which Qt does from posted events.
    m_model->flushPendingChanges();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    if (auto *canvas = m_widget->findChild<CanvasView *>())
        canvas->fitToContents();
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);

    QWidget::RenderFlags flags = QWidget::DrawChildren;
    if (!m_options.transparent)
        flags |= QWidget::DrawWindowBackground;
    m_widget->render(painter, QPoint(), QRegion(), flags);
}

QImage Figure::toImage(QSize pixels) const
{
    // Draw at the reference layout, scaled to the requested pixels, so text
    // keeps its proportion to the figure at any image size.
    const qreal scale = std::clamp(std::min(pixels.width() / qreal(kReferenceSize.width()),
                                            pixels.height() / qreal(kReferenceSize.height())),
                                   kMinImageScale, kMaxImageScale);
    const QSize layoutSize(int(std::lround(pixels.width() / scale)),
                           int(std::lround(pixels.height() / scale)));

    // A device pixel ratio below 1 is not honoured by QPainter, so a small
    // image is drawn at scale 1 and then scaled down smoothly.
    const qreal drawScale = std::max(scale, 1.0);
    const QSize drawPixels = scale < 1.0 ? layoutSize : pixels;
    QImage image(drawPixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(m_options.transparent ? QColor(Qt::transparent)
                                     : figurePalette(m_options.theme).color(QPalette::Window));
    image.setDevicePixelRatio(drawScale);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        render(&painter, layoutSize);
    }
    image.setDevicePixelRatio(1.0);
    if (image.size() != pixels)
        image = image.scaled(pixels, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);

    // 96 dpi at scale 1: a 2× image prints at the size of the 1× one.
    const int dotsPerMeter = int(std::lround(96.0 * scale / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.setText(QLatin1String(SceneFile::kEmbeddedSceneKey), QString::fromUtf8(compactSceneJson(m_scene)));
    return image;
}

QByteArray Figure::toSvg(QSize size) const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setResolution(96);
    // QSvgGenerator in Qt 6.4 writes the title into <title> without
    // escaping, so a title such as "a & b" would break the XML.
    generator.setTitle((m_scene.title.isEmpty() ? tr("Attention weights") : m_scene.title).toHtmlEscaped());
    generator.setDescription(tr("Made with Attention Explorer"));
    {
        QPainter painter(&generator);
        if (!m_options.transparent)
            painter.fillRect(QRect(QPoint(0, 0), size),
                             figurePalette(m_options.theme).color(QPalette::Window));
        render(&painter, size);
    }
    return finishSvg(buffer.data(), m_scene, size);
}

bool Figure::writePdf(const QString &path, QSize size, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    {
        // One CSS pixel is 0.75 pt, the page is exactly the figure.
        QPdfWriter writer(&file);
        writer.setResolution(96);
        writer.setPageSize(
            QPageSize(QSizeF(size) * 0.75, QPageSize::Point, QString(), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(m_scene.title.isEmpty() ? tr("Attention weights") : m_scene.title);
        writer.setCreator(QStringLiteral("Attention Explorer"));
        QPainter painter(&writer);
        if (!m_options.transparent)
            painter.fillRect(QRect(QPoint(0, 0), size),
                             figurePalette(m_options.theme).color(QPalette::Window));
        render(&painter, size);
    }
    return commitOrExplain(file, path, error);
}

bool Figure::write(const QString &path, QSize size, QString *error) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!isSupportedExtension(suffix)) {
        *error = tr("Cannot export to %1: unsupported extension “.%2”; use .png, .svg, .pdf or .tex.")
                     .arg(QDir::toNativeSeparators(path), suffix);
        return false;
    }
    if (size.width() < 1 || size.height() < 1) {
        *error = tr("Cannot export to %1: the size %2×%3 is empty.")
                     .arg(QDir::toNativeSeparators(path))
                     .arg(size.width())
                     .arg(size.height());
        return false;
    }
    qCInfo(lcFile) << "exporting" << path << size;

    if (suffix == QLatin1String("pdf"))
        return writePdf(path, size, error);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (suffix == QLatin1String("png")) {
        const QImage image = toImage(size);
        png::EncodeOptions options;
        options.zlibLevel = kPngZlibLevel;
        options.filter = kPngFilter;
        // Without transparency the alpha channel is constant, and dropping it
        // makes the file a fifth smaller and faster to compress.
        options.keepAlpha = m_options.transparent;
        options.dotsPerMeter = image.dotsPerMeterX();
        for (const QString &key : image.textKeys())
            options.texts.append({key.toLatin1(), image.text(key)});
        const QByteArray encoded = png::encode(image, options);
        if (encoded.isEmpty()) {
            *error = tr("Cannot write %1: the image of %2×%3 pixels could not be compressed; try a smaller "
                        "size.")
                         .arg(QDir::toNativeSeparators(path))
                         .arg(size.width())
                         .arg(size.height());
            file.cancelWriting();
            return false;
        }
        file.write(encoded);
    } else if (suffix == QLatin1String("svg")) {
        file.write(toSvg(size));
    } else {
        NumbersExport::TikzParts parts = NumbersExport::TikzParts::ArrowsAndChart;
        if (m_options.view == FigureOptions::View::Canvas)
            parts = NumbersExport::TikzParts::Arrows;
        else if (m_options.view == FigureOptions::View::Chart)
            parts = NumbersExport::TikzParts::Chart;
        file.write(NumbersExport::tikz(m_scene, m_scene.query, nullptr, parts).toUtf8());
    }
    return commitOrExplain(file, path, error);
}
