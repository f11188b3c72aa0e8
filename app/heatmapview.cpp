#include "heatmapview.h"

#include "logging.h"
#include "scenemodel.h"

#include <QHelpEvent>
#include <QLinearGradient>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace {

constexpr int kMargin = 6;
constexpr int kLabelPadding = 4;
constexpr int kMaxLabelPixels = 120;
constexpr int kLegendBarWidth = 12;
constexpr int kLegendGap = 10;
// Narrower cells show their weight in the tooltip only, because "0.000" does
// not fit in them at the usual font sizes.
constexpr double kMinCellWidthForText = 34.0;

// Viridis, the default colour map of matplotlib since 2.0, sampled at 0, 1/8,
// …, 1. NOTE: the values are quoted from memory, not from the matplotlib source.
constexpr std::array<QRgb, 9> kViridis = {0x440154, 0x472d7b, 0x3b528b, 0x2c728e, 0x21918c,
                                          0x28ae80, 0x5ec962, 0xaddc30, 0xfde725};

// Returns the WCAG relative luminance of an sRGB colour.
double relativeLuminance(const QColor &color)
{
    const auto linear = [](double channel) {
        return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF()) + 0.0722 * linear(color.blueF());
}

// Returns black or white, whichever contrasts more with `background`. The
// two contrast ratios are equal at a luminance of about 0.179.
QColor textColorOn(const QColor &background)
{
    return relativeLuminance(background) > 0.179 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace

HeatmapView::HeatmapView(SceneModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("heatmapView"));
    setAccessibleName(tr("Attention weights of every query"));
    setAccessibleDescription(
        tr("Rows are queries, columns are keys. Click a row to make its word the query."));
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);

    connect(m_model, &SceneModel::wordsReset, this, [this] {
        updateGeometry();
        update();
    });
    connect(m_model, &SceneModel::resultChanged, this, qOverload<>(&QWidget::update));
    connect(m_model, &SceneModel::highlightedWordChanged, this, qOverload<>(&QWidget::update));
}

QColor HeatmapView::colorForWeight(double weight)
{
    if (!std::isfinite(weight))
        weight = 0.0;

    // Reversed, so weight 0 takes the light end of the ramp.
    const double position = (1.0 - std::clamp(weight, 0.0, 1.0)) * double(kViridis.size() - 1);
    const auto lower = std::min(std::size_t(position), kViridis.size() - 2);
    const double fraction = position - double(lower);
    const QColor a = QColor::fromRgb(kViridis[lower]);
    const QColor b = QColor::fromRgb(kViridis[lower + 1]);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * fraction),
                            float(a.greenF() + (b.greenF() - a.greenF()) * fraction),
                            float(a.blueF() + (b.blueF() - a.blueF()) * fraction));
}

QSize HeatmapView::sizeHint() const
{
    return {360, 300};
}

QSize HeatmapView::minimumSizeHint() const
{
    return {200, 160};
}

bool HeatmapView::hasValidResult() const
{
    const attention::Result &result = m_model->result();
    const Eigen::Index count = m_model->wordCount();
    return result.status == attention::Status::Ok && result.weights.rows() == count &&
        result.weights.cols() == count;
}

HeatmapView::Layout HeatmapView::computeLayout() const
{
    Layout layout;
    layout.count = m_model->wordCount();
    if (layout.count == 0)
        return layout;

    const QFontMetrics metrics = fontMetrics();
    int labelWidth = 0;
    for (const Word &word : m_model->words())
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(word.label));
    labelWidth = std::min(labelWidth, kMaxLabelPixels);

    const QLocale locale = this->locale();
    const int legendTextWidth = std::max(metrics.horizontalAdvance(locale.toString(0.5, 'f', 1)),
                                         metrics.horizontalAdvance(locale.toString(1.0, 'f', 1)));
    const int legendWidth = kLegendBarWidth + kLabelPadding + legendTextWidth;

    const int rowLabelWidth = std::clamp(labelWidth + 2 * kLabelPadding, metrics.height(), width() * 3 / 10);
    const int gridLeft = kMargin + rowLabelWidth;
    const int gridRight = width() - kMargin - legendWidth - kLegendGap;
    layout.cellWidth = std::max(0.0, double(gridRight - gridLeft) / layout.count);

    // Column labels turn upright when the widest one does not fit its cell.
    layout.rotateColumnLabels = labelWidth + 2 * kLabelPadding > layout.cellWidth;
    const int columnLabelHeight = layout.rotateColumnLabels
        ? std::min(labelWidth + 2 * kLabelPadding, height() * 3 / 10)
        : metrics.height() + 2 * kLabelPadding;
    const int gridTop = kMargin + columnLabelHeight;
    const int gridBottom = height() - kMargin;
    layout.cellHeight = std::max(0.0, double(gridBottom - gridTop) / layout.count);

    layout.grid = QRect(QPoint(gridLeft, gridTop), QPoint(gridRight - 1, gridBottom - 1));
    layout.rowLabels = QRect(QPoint(kMargin, gridTop), QPoint(gridLeft - 1, gridBottom - 1));
    layout.columnLabels = QRect(QPoint(gridLeft, kMargin), QPoint(gridRight - 1, gridTop - 1));
    layout.legend = QRect(gridRight + kLegendGap, gridTop, legendWidth, gridBottom - gridTop);
    return layout;
}

QRect HeatmapView::cellRect(int row, int column) const
{
    const Layout layout = computeLayout();
    if (row < 0 || row >= layout.count || column < 0 || column >= layout.count)
        return {};

    // Edges are rounded from the fractional cell size, so neighbouring cells
    // share an edge and the grid fills its rectangle exactly.
    const int left = layout.grid.left() + int(std::lround(column * layout.cellWidth));
    const int right = layout.grid.left() + int(std::lround((column + 1) * layout.cellWidth));
    const int top = layout.grid.top() + int(std::lround(row * layout.cellHeight));
    const int bottom = layout.grid.top() + int(std::lround((row + 1) * layout.cellHeight));
    return QRect(QPoint(left, top), QPoint(right - 1, bottom - 1));
}

int HeatmapView::rowAt(QPoint pos) const
{
    const Layout layout = computeLayout();
    if (layout.count == 0 || layout.cellHeight <= 0.0)
        return -1;
    if (pos.x() < layout.rowLabels.left() || pos.x() > layout.grid.right())
        return -1;
    if (pos.y() < layout.grid.top() || pos.y() > layout.grid.bottom())
        return -1;
    return std::min(int((pos.y() - layout.grid.top()) / layout.cellHeight), layout.count - 1);
}

int HeatmapView::columnAt(QPoint pos) const
{
    const Layout layout = computeLayout();
    if (layout.count == 0 || layout.cellWidth <= 0.0)
        return -1;
    if (pos.y() < layout.columnLabels.top() || pos.y() > layout.grid.bottom())
        return -1;
    if (pos.x() < layout.grid.left() || pos.x() > layout.grid.right())
        return -1;
    return std::min(int((pos.x() - layout.grid.left()) / layout.cellWidth), layout.count - 1);
}

double HeatmapView::cellValue(int row, int column) const
{
    const int count = m_model->wordCount();
    if (row < 0 || row >= count || column < 0 || column >= count || !hasValidResult())
        return std::numeric_limits<double>::quiet_NaN();

    const attention::Result &result = m_model->result();
    return result.isMasked(row, column) ? 0.0 : result.weights(row, column);
}

QString HeatmapView::cellToolTip(int row, int column) const
{
    const double value = cellValue(row, column);
    if (std::isnan(value))
        return {};

    const QList<Word> &words = m_model->words();
    const QString query = words.at(row).label;
    const QString key = words.at(column).label;
    if (m_model->result().isMasked(row, column))
        return tr("query %1 → key %2: masked").arg(query, key);
    return tr("query %1 → key %2: %3").arg(query, key, locale().toString(value, 'f', 3));
}

bool HeatmapView::event(QEvent *event)
{
    // Texts and numbers are painted with the current language and locale.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        update();
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);

    auto *help = static_cast<QHelpEvent *>(event);
    const int row = rowAt(help->pos());
    const int column = columnAt(help->pos());
    const QString text = row >= 0 && column >= 0 ? cellToolTip(row, column) : QString();
    if (text.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    QToolTip::showText(help->globalPos(), text, this, cellRect(row, column));
    return true;
}

void HeatmapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Window));

    const Layout layout = computeLayout();
    if (layout.count == 0 || !hasValidResult()) {
        painter.setPen(palette().color(QPalette::WindowText));
        const QString text = layout.count == 0 ? tr("No words to compare.")
                                               : tr("No weights: the scene's numbers are out of range.");
        painter.drawText(rect().adjusted(kMargin, kMargin, -kMargin, -kMargin),
                         Qt::AlignCenter | Qt::TextWordWrap, text);
        return;
    }

    paintCells(painter, layout);
    paintLabels(painter, layout);
    paintLegend(painter, layout);
}

void HeatmapView::paintCells(QPainter &painter, const Layout &layout) const
{
    const attention::Result &result = m_model->result();
    const QLocale locale = this->locale();
    const QFontMetrics metrics = fontMetrics();

    // A masked key is hatched over a grey that no weight maps to.
    const QColor maskedBase = palette().color(QPalette::Mid);
    const QBrush hatch(palette().color(QPalette::Dark), Qt::BDiagPattern);

    for (int row = 0; row < layout.count; ++row) {
        for (int column = 0; column < layout.count; ++column) {
            const QRect cell = cellRect(row, column);
            if (result.isMasked(row, column)) {
                painter.fillRect(cell, maskedBase);
                painter.fillRect(cell, hatch);
                continue;
            }

            const double weight = result.weights(row, column);
            const QColor color = colorForWeight(weight);
            painter.fillRect(cell, color);
            if (layout.cellWidth < kMinCellWidthForText || layout.cellHeight < metrics.height())
                continue;
            const QString text = locale.toString(weight, 'f', 3);
            if (metrics.horizontalAdvance(text) > cell.width() - 2)
                continue;
            painter.setPen(textColorOn(color));
            painter.drawText(cell, Qt::AlignCenter, text);
        }
    }

    // Outlines are drawn twice, dark under light, so they show on every
    // colour of the ramp.
    const auto outline = [&painter](const QRect &rect, qreal width, Qt::PenStyle style) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(Qt::black, width + 2.0));
        painter.drawRect(rect);
        painter.setPen(QPen(Qt::white, width, style));
        painter.drawRect(rect);
    };

    const int highlighted = m_model->highlightedWord();
    if (highlighted >= 0 && highlighted < layout.count)
        outline(cellRect(0, highlighted).united(cellRect(layout.count - 1, highlighted)), 1.0, Qt::DashLine);

    const int query = m_model->queryIndex();
    if (query >= 0 && query < layout.count)
        outline(cellRect(query, 0).united(cellRect(query, layout.count - 1)), 2.0, Qt::SolidLine);
}

void HeatmapView::paintLabels(QPainter &painter, const Layout &layout) const
{
    const QList<Word> &words = m_model->words();
    const QFontMetrics metrics = fontMetrics();
    const int query = m_model->queryIndex();
    QFont boldFont = font();
    boldFont.setBold(true);
    painter.setPen(palette().color(QPalette::WindowText));

    for (int row = 0; row < layout.count; ++row) {
        const QRect cell = cellRect(row, 0);
        const QRect box(layout.rowLabels.left(), cell.top(), layout.rowLabels.width() - kLabelPadding,
                        cell.height());
        painter.setFont(row == query ? boldFont : font());
        const QString text = metrics.elidedText(words.at(row).label, Qt::ElideRight, box.width());
        painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter, text);
    }

    painter.setFont(font());
    for (int column = 0; column < layout.count; ++column) {
        const QRect cell = cellRect(0, column);
        if (!layout.rotateColumnLabels) {
            const QRect box(cell.left(), layout.columnLabels.top(), cell.width(),
                            layout.columnLabels.height());
            const QString text = metrics.elidedText(words.at(column).label, Qt::ElideRight, box.width());
            painter.drawText(box, Qt::AlignHCenter | Qt::AlignBottom, text);
            continue;
        }

        // Upright labels read bottom to top and start just above the grid.
        const int length = layout.columnLabels.height() - kLabelPadding;
        const QString text = metrics.elidedText(words.at(column).label, Qt::ElideRight, length);
        painter.save();
        painter.translate(cell.center().x(), layout.columnLabels.bottom() - kLabelPadding / 2);
        painter.rotate(-90.0);
        painter.drawText(QRect(0, -metrics.height() / 2, length, metrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, text);
        painter.restore();
    }

    const QRect corner(layout.rowLabels.left(), layout.columnLabels.top(), layout.rowLabels.width(),
                       layout.columnLabels.height());
    QColor hint = palette().color(QPalette::WindowText);
    hint.setAlphaF(0.7f);
    painter.setPen(hint);
    painter.drawText(corner, Qt::AlignRight | Qt::AlignBottom,
                     metrics.elidedText(tr("query ↓ key →"), Qt::ElideRight, corner.width()));
}

void HeatmapView::paintLegend(QPainter &painter, const Layout &layout) const
{
    const QRect bar(layout.legend.left(), layout.legend.top(), kLegendBarWidth, layout.legend.height());
    if (bar.height() <= 0)
        return;

    QLinearGradient gradient(bar.topLeft(), bar.bottomLeft());
    constexpr int kStops = 16;
    for (int i = 0; i <= kStops; ++i) {
        const double position = double(i) / kStops;
        gradient.setColorAt(position, colorForWeight(1.0 - position));
    }
    painter.fillRect(bar, gradient);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(bar.adjusted(0, 0, -1, -1));

    // The ticks 1, 0.5 and 0 sit at the top, middle and bottom of the bar.
    const QLocale locale = this->locale();
    const QRect ticks(bar.right() + kLabelPadding, bar.top(), layout.legend.right() - bar.right(),
                      bar.height());
    painter.drawText(ticks, Qt::AlignLeft | Qt::AlignTop, locale.toString(1.0, 'f', 1));
    painter.drawText(ticks, Qt::AlignLeft | Qt::AlignVCenter, locale.toString(0.5, 'f', 1));
    painter.drawText(ticks, Qt::AlignLeft | Qt::AlignBottom, locale.toString(0.0, 'f', 1));
}

void HeatmapView::mousePressEvent(QMouseEvent *event)
{
    const int row = event->button() == Qt::LeftButton ? rowAt(event->position().toPoint()) : -1;
    if (row < 0) {
        QWidget::mousePressEvent(event);
        return;
    }
    qCDebug(lcChart) << "heatmap row" << row << "clicked";
    m_model->setQuery(row);
    event->accept();
}

void HeatmapView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const int row = rowAt(pos);
    const int column = columnAt(pos);

    // Over a cell or a column label the key is highlighted, over a row label
    // the query word.
    int word = -1;
    if (column >= 0)
        word = column;
    else if (row >= 0)
        word = row;
    setHoveredWord(word);
    setCursor(row >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QWidget::mouseMoveEvent(event);
}

void HeatmapView::leaveEvent(QEvent *event)
{
    setHoveredWord(-1);
    QWidget::leaveEvent(event);
}

void HeatmapView::setHoveredWord(int index)
{
    if (index == m_hoveredWord)
        return;
    m_hoveredWord = index;
    m_model->setHighlightedWord(index);
}
