#include "attentionchart.h"

#include "logging.h"
#include "scenemodel.h"
#include "wordpalette.h"

#include <QAccessible>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFontMetricsF>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLocale>
#include <QSet>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

// Each QBarSet::replace() lays out every bar again, so above this many changed
// values the list is replaced at once (remove and append: two layouts).
constexpr int kBulkReplaceThreshold = 16;

// Share of a category's width that its bar covers.
constexpr qreal kBarWidth = 0.7;

// The fitted axis ends this far above the largest weight, rounded up to a
// multiple of kFittedAxisStep, so the tallest bar keeps room for its label.
constexpr double kFittedAxisHeadroom = 1.15;
constexpr double kFittedAxisStep = 0.05;

constexpr qreal kLabelGap = 2.0;
// Space between the plot area and the word labels under it, in pixels.
constexpr qreal kCategoryLabelGap = 6.0;
// Smallest share of its normal size that a title is shrunk to before Qt
// Charts elides it.
constexpr qreal kMinTitleScale = 0.6;
constexpr qreal kLabelWidthShare = 0.95;
constexpr qreal kMinLabelScale = 0.6;

// Category axis labels must be unique, but a sentence may repeat a word.
// Appending zero-width spaces leaves the displayed text unchanged.
QStringList uniqueCategories(const QList<Word> &words)
{
    QStringList categories;
    QSet<QString> used;
    for (const Word &word : words) {
        // Qt Charts renders axis labels as rich text, so "<a&b>" would
        // vanish unless escaped.
        QString category = word.label.toHtmlEscaped();
        while (used.contains(category))
            category.append(QChar(0x200B));
        used.insert(category);
        categories.append(category);
    }
    return categories;
}

} // namespace

AttentionChart::AttentionChart(SceneModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_chart(new QChart)
    , m_series(new QBarSeries)
    , m_categoryAxis(new QBarCategoryAxis)
    , m_valueAxis(new QValueAxis)
{
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->hide();
    m_chart->setLocalizeNumbers(true);
    m_chart->setLocale(locale());

    m_series->setBarWidth(kBarWidth);
    m_chart->addSeries(m_series);

    m_categoryAxis->setObjectName(QStringLiteral("attentionCategoryAxis"));
    // Lines between the categories show no weight, and each one is an item
    // that a changing bar next to it repaints.
    m_categoryAxis->setGridLineVisible(false);
    m_chart->addAxis(m_categoryAxis, Qt::AlignBottom);
    m_series->attachAxis(m_categoryAxis);

    m_valueAxis->setObjectName(QStringLiteral("attentionValueAxis"));
    m_valueAxis->setRange(0.0, 1.0);
    m_valueAxis->setTickCount(6);
    m_valueAxis->setLabelFormat(QStringLiteral("%.2f"));
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);
    m_series->attachAxis(m_valueAxis);
    updateAxisTitles();

    m_view = new QChartView(m_chart, this);
    m_view->setObjectName(QStringLiteral("attentionChartView"));
    m_view->setFocusPolicy(Qt::NoFocus);
    // No antialiasing: the chart has only axis-parallel bars and lines,
    // which stay sharper without it and paint faster while dragging. Text is
    // still antialiased.

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    connect(m_model, &SceneModel::wordsReset, this, &AttentionChart::rebuildBars);
    connect(m_model, &SceneModel::queryChanged, this, &AttentionChart::updateTitle);
    connect(m_model, &SceneModel::resultChanged, this, &AttentionChart::updateValues);
    connect(m_model, &SceneModel::highlightedWordChanged, this, &AttentionChart::applyPens);
    connect(m_chart, &QChart::plotAreaChanged, this, [this] {
        positionBars();
        layoutCategoryLabels();
    });
    connect(m_chart, &QGraphicsWidget::geometryChanged, this, &AttentionChart::fitTitle);

    rebuildBars();
    applyTheme();
    updateTitle();
}

AttentionChart::~AttentionChart() = default;

QString AttentionChart::title() const
{
    return m_chart->title();
}

QList<double> AttentionChart::barValues() const
{
    return m_values;
}

QStringList AttentionChart::barLabels() const
{
    QStringList texts;
    texts.reserve(m_labels.size());
    for (const QGraphicsSimpleTextItem *label : m_labels)
        texts.append(label->text());
    return texts;
}

QStringList AttentionChart::categoryLabels() const
{
    QStringList texts;
    texts.reserve(m_categoryLabels.size());
    for (const QGraphicsSimpleTextItem *label : m_categoryLabels)
        texts.append(label->text());
    return texts;
}

void AttentionChart::setFitAxisToData(bool fit)
{
    if (fit == m_fitAxisToData)
        return;
    m_fitAxisToData = fit;
    updateAxisTitles();
    updateValues();
    emit fitAxisToDataChanged(fit);
}

void AttentionChart::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
        updateTitle();
        updateAxisTitles();
        updateValues();
        break;
    case QEvent::LocaleChange:
        m_chart->setLocale(locale());
        updateValues();
        break;
    case QEvent::PaletteChange:
    case QEvent::FontChange:
        applyTheme();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

void AttentionChart::rebuildBars()
{
    const QList<Word> &words = m_model->words();
    const auto wordCount = int(words.size());
    qCDebug(lcChart) << "rebuilding the bars for" << wordCount << "words";

    m_series->clear();
    qDeleteAll(m_bars);
    m_bars.clear();
    qDeleteAll(m_labels);
    m_labels.clear();
    qDeleteAll(m_categoryLabels);
    m_categoryLabels.clear();

    const QList<double> zeros(wordCount, 0.0);
    m_weightSet = new QBarSet(QStringLiteral("weights"));
    m_weightSet->setColor(Qt::transparent);
    m_weightSet->setBorderColor(Qt::transparent);
    m_weightSet->append(zeros);
    m_series->append(m_weightSet);

    // setCategories() with an empty list keeps the old ones, so clear first.
    m_categoryAxis->clear();
    m_categoryAxis->setCategories(uniqueCategories(words));

    for (int i = 0; i < wordCount; ++i) {
        auto *bar = new QGraphicsRectItem(m_chart);
        bar->setZValue(5);
        m_bars.append(bar);

        auto *label = new QGraphicsSimpleTextItem(m_chart);
        label->setFont(font());
        label->setZValue(10);
        m_labels.append(label);

        auto *category = new QGraphicsSimpleTextItem(m_chart);
        category->setFont(m_categoryFont);
        category->setZValue(10);
        m_categoryLabels.append(category);
    }

    m_values = zeros;
    m_masked = QList<bool>(wordCount, false);
    applyPens();
    updateValues();
    layoutCategoryLabels();
}

void AttentionChart::updateTitle()
{
    setAccessibleName(tr("Bar chart of the attention weights"));
    const int query = m_model->queryIndex();
    if (query < 0 || query >= m_model->wordCount()) {
        m_chart->setTitle(tr("Attention weights"));
        fitTitle();
        return;
    }
    m_chart->setTitle(
        tr("Attention weights from “%1”").arg(m_model->words().at(query).label.toHtmlEscaped()));
    fitTitle();
}

void AttentionChart::updateValues()
{
    const attention::QueryResult &result = m_model->queryResult();
    const int wordCount = m_model->wordCount();
    const int query = m_model->queryIndex();
    const bool valid = result.status == attention::Status::Ok && result.weights.size() == wordCount &&
        query >= 0 && query < wordCount && m_values.size() == wordCount;

    double maxWeight = 0.0;
    bool maskChanged = false;
    for (int j = 0; j < m_values.size(); ++j) {
        const bool masked = valid && result.isMasked(j);
        const double weight = valid && !masked ? result.weights(j) : 0.0;
        m_values[j] = std::isfinite(weight) ? weight : 0.0;
        maskChanged = maskChanged || m_masked[j] != masked;
        m_masked[j] = masked;
        maxWeight = std::max(maxWeight, m_values[j]);
    }
    updateAxisRange(maxWeight);
    writeSetValues(m_values);

    // Pens change with the query and the mask only, not during a drag.
    if (maskChanged || query != m_styledQuery)
        applyPens();

    const QLocale locale = this->locale();
    for (int j = 0; j < m_labels.size(); ++j) {
        QString text;
        if (!valid)
            text = tr("—");
        else if (m_masked[j])
            text = tr("masked");
        else
            text = locale.toString(m_values[j], 'f', 3);
        if (valid && j == query)
            text = tr("%1\n(query)").arg(text);
        m_labels[j]->setText(text);
    }
    positionBars();

    // The bars as text for screen readers, only while one listens.
    if (QAccessible::isActive()) {
        QStringList parts;
        for (int j = 0; j < m_labels.size(); ++j)
            parts.append(tr("%1: %2").arg(m_model->words().at(j).label, m_labels[j]->text().simplified()));
        setAccessibleDescription(parts.join(QStringLiteral("; ")));
    }
}

void AttentionChart::updateAxisRange(double maxWeight)
{
    double top = 1.0;
    if (m_fitAxisToData && maxWeight > 0.0) {
        top = std::ceil(maxWeight * kFittedAxisHeadroom / kFittedAxisStep) * kFittedAxisStep;
        top = std::min(top, 1.0);
    }
    if (m_valueAxis->max() != top || m_valueAxis->min() != 0.0)
        m_valueAxis->setRange(0.0, top);
}

void AttentionChart::updateAxisTitles()
{
    m_categoryAxis->setTitleText(tr("Key word"));
    m_valueAxis->setTitleText(m_fitAxisToData ? tr("Weight (axis fitted to data)") : tr("Weight"));
}

void AttentionChart::positionBars()
{
    const QRectF plotArea = m_chart->plotArea();
    const qreal slotWidth = m_labels.isEmpty() ? 0.0 : plotArea.width() / qreal(m_labels.size());

    for (int j = 0; j < m_bars.size(); ++j) {
        // A masked key gets an empty outline as tall as the axis.
        const double barTop = m_masked.value(j) ? m_valueAxis->max() : m_values.value(j);
        const QPointF topLeft = m_chart->mapToPosition(QPointF(j - kBarWidth / 2, barTop), m_series);
        const QPointF bottomRight = m_chart->mapToPosition(QPointF(j + kBarWidth / 2, 0.0), m_series);
        m_bars[j]->setRect(QRectF(topLeft, bottomRight).normalized());

        // A label wider than its category would run into its neighbours, so
        // it shrinks to fit, and one that would become unreadable is hidden
        // (the numbers panel still shows the value).
        QGraphicsSimpleTextItem *label = m_labels[j];
        const QRectF bounds = label->boundingRect();
        const qreal fit = bounds.width() > 0.0 ? kLabelWidthShare * slotWidth / bounds.width() : 1.0;
        const qreal scale = std::min<qreal>(1.0, fit);
        label->setScale(scale);
        label->setVisible(scale >= kMinLabelScale);
        const qreal width = bounds.width() * scale;
        const qreal height = bounds.height() * scale;

        // A label that would rise into the title goes just inside its bar.
        const qreal centreX = (topLeft.x() + bottomRight.x()) / 2.0;
        qreal y = topLeft.y() - height - kLabelGap;
        if (y < plotArea.top())
            y = topLeft.y() + kLabelGap;
        label->setPos(centreX - width / 2.0, y);
    }
}

void AttentionChart::layoutCategoryLabels()
{
    // Qt Charts 6.4 elides a category label as soon as it is wider than its
    // slot, even when slanted. So its own labels are transparent and only
    // keep their room under the axis, and these items show the words. A
    // word is shrunk to fit first and elided only below kMinLabelScale.
    const QRectF plotArea = m_chart->plotArea();
    const QList<Word> &words = m_model->words();
    if (m_categoryLabels.size() != words.size())
        return;
    const qreal slotWidth =
        m_categoryLabels.isEmpty() ? 0.0 : plotArea.width() / qreal(m_categoryLabels.size());
    const qreal available = kLabelWidthShare * slotWidth;
    const QFontMetricsF metrics(m_categoryFont);

    for (int j = 0; j < m_categoryLabels.size(); ++j) {
        QGraphicsSimpleTextItem *label = m_categoryLabels[j];
        const QString &word = words.at(j).label;
        const qreal width = metrics.horizontalAdvance(word);
        qreal scale = 1.0;
        QString shownText = word;
        if (width > available && width > 0.0) {
            scale = std::max(kMinLabelScale, available / width);
            shownText = metrics.elidedText(word, Qt::ElideRight, available / scale);
        }
        label->setFont(m_categoryFont);
        label->setText(shownText);
        label->setScale(scale);
        label->setToolTip(shownText == word ? QString() : word);

        const qreal centreX = plotArea.left() + (j + 0.5) * slotWidth;
        label->setPos(centreX - label->boundingRect().width() * scale / 2.0,
                      plotArea.bottom() + kCategoryLabelGap);
    }
}

void AttentionChart::fitTitle()
{
    // A title wider than the chart is shrunk, down to kMinTitleScale, before
    // Qt Charts elides it: on a small projector the query word stays legible.
    // Qt Charts lays the title out in somewhat less than the chart's width
    // minus its margins (its text item and layout have margins of their
    // own), so a tenth is left spare.
    const QMarginsF margins = m_chart->margins();
    const qreal available = 0.9 * (m_chart->size().width() - margins.left() - margins.right());
    const qreal width = QFontMetricsF(m_titleFont).horizontalAdvance(m_chart->title());
    QFont font = m_titleFont;
    if (width > available && available > 0.0)
        font.setPointSizeF(m_titleFont.pointSizeF() * std::max(kMinTitleScale, available / width));
    if (font != m_chart->titleFont())
        m_chart->setTitleFont(font);
}

void AttentionChart::setTransparentBackground(bool transparent)
{
    m_transparent = transparent;
    m_chart->setBackgroundVisible(!transparent);
    // No style sheet here: it would replace the palette, and a dark figure
    // would get the default black text.
    m_view->setBackgroundBrush(transparent ? QBrush(Qt::NoBrush) : QBrush(palette().color(QPalette::Window)));
    m_view->viewport()->setAutoFillBackground(!transparent);
    m_view->setFrameShape(transparent ? QFrame::NoFrame : m_view->frameShape());
}

void AttentionChart::applyTheme()
{
    // A theme resets fonts and colours of the chart, so the title, axes and
    // bars are styled again after it.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QChart::ChartTheme theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (m_chart->theme() != theme) {
        const bool backgroundVisible = m_chart->isBackgroundVisible();
        m_chart->setTheme(theme);
        m_chart->setBackgroundVisible(backgroundVisible);
        m_chart->setAnimationOptions(QChart::NoAnimation);
        m_chart->legend()->hide();
        if (m_weightSet) {
            m_weightSet->setColor(Qt::transparent);
            m_weightSet->setBorderColor(Qt::transparent);
        }
    }

    // Theme fonts are small for a projector or a slide: use the widget's
    // font, the title bold and larger.
    m_titleFont = font();
    m_titleFont.setBold(true);
    m_titleFont.setPointSizeF(m_titleFont.pointSizeF() * 1.15);
    m_chart->setTitleFont(m_titleFont);
    fitTitle();
    QFont axisTitleFont = font();
    axisTitleFont.setBold(true);
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_categoryAxis), static_cast<QAbstractAxis *>(m_valueAxis)}) {
        axis->setLabelsFont(font());
        axis->setTitleFont(axisTitleFont);
    }

    // The word labels are a little smaller than the rest, so that more of
    // them fit at full size. Qt Charts' own labels only keep their room.
    m_categoryFont = font();
    m_categoryFont.setPointSizeF(m_categoryFont.pointSizeF() * 0.9);
    m_categoryAxis->setLabelsFont(m_categoryFont);
    m_categoryAxis->setLabelsBrush(Qt::transparent);
    for (QGraphicsSimpleTextItem *label : std::as_const(m_labels))
        label->setFont(font());
    layoutCategoryLabels();

    // The plot sits on the view's base colour, framed by the window colour.
    m_chart->setBackgroundBrush(palette().color(QPalette::Base));
    if (!m_transparent)
        m_view->setBackgroundBrush(palette().color(QPalette::Window));
    applyPens();
}

void AttentionChart::applyPens()
{
    const QPalette palette = this->palette();
    const int query = m_model->queryIndex();
    const int highlighted = m_model->highlightedWord();
    m_styledQuery = query;
    for (int j = 0; j < m_bars.size(); ++j) {
        const QColor color = wordpalette::wordColor(paletteSlot(m_model->words(), j));
        QGraphicsRectItem *bar = m_bars[j];
        if (m_masked.value(j)) {
            bar->setBrush(Qt::NoBrush);
            bar->setPen(QPen(palette.color(QPalette::Mid), 1.5, Qt::DashLine));
        } else if (j == query) {
            bar->setBrush(color);
            bar->setPen(QPen(palette.color(QPalette::WindowText), 2.5));
        } else {
            bar->setBrush(color);
            bar->setPen(QPen(color.darker(130), 1.0));
        }

        // The word under the pointer in another view gets a thick outline in
        // the highlight colour, dashed except on the query's bar, whose
        // outline stays solid.
        if (j == highlighted) {
            const Qt::PenStyle style = j == query ? Qt::SolidLine : Qt::DashLine;
            bar->setPen(QPen(palette.color(QPalette::Highlight), 3.5, style));
        }
    }
    for (QGraphicsSimpleTextItem *label : std::as_const(m_labels))
        label->setBrush(palette.color(QPalette::WindowText));
    for (QGraphicsSimpleTextItem *label : std::as_const(m_categoryLabels))
        label->setBrush(palette.color(QPalette::WindowText));
}

void AttentionChart::writeSetValues(const QList<double> &values)
{
    if (!m_weightSet)
        return;

    QList<int> changed;
    for (int j = 0; j < values.size(); ++j) {
        if (m_weightSet->at(j) != values[j])
            changed.append(j);
    }
    if (changed.size() > kBulkReplaceThreshold) {
        m_weightSet->remove(0, m_weightSet->count());
        m_weightSet->append(values);
        return;
    }
    for (const int j : std::as_const(changed))
        m_weightSet->replace(j, values[j]);
}
