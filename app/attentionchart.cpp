#include "attentionchart.h"

#include "logging.h"
#include "scenemodel.h"
#include "wordpalette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGraphicsSimpleTextItem>
#include <QLocale>
#include <QSet>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

// Above this many words a set's values are replaced as one list (remove and
// append), which notifies the chart twice per set instead of once per changed
// value. NOTE: 150 is an estimate. With Qt 6.4 on the offscreen platform a
// frame took 29 ms at 149 words (per value) and 15 ms at 151 words (one list).
constexpr int kBulkReplaceThreshold = 150;

// The fitted axis ends this far above the largest weight, rounded up to a
// multiple of kFittedAxisStep, so the tallest bar keeps room for its label.
constexpr double kFittedAxisHeadroom = 1.15;
constexpr double kFittedAxisStep = 0.05;

constexpr qreal kLabelGap = 2.0;
constexpr qreal kLabelWidthShare = 0.95;
constexpr qreal kMinLabelScale = 0.6;

// Category axis labels must be unique, but a sentence may repeat a word.
// Appending zero-width spaces leaves the displayed text unchanged.
QStringList uniqueCategories(const QList<Word> &words)
{
    QStringList categories;
    QSet<QString> used;
    for (const Word &word : words) {
        QString category = word.label;
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
    , m_series(new QStackedBarSeries)
    , m_categoryAxis(new QBarCategoryAxis)
    , m_valueAxis(new QValueAxis)
{
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->hide();
    m_chart->setLocalizeNumbers(true);
    m_chart->setLocale(locale());

    m_series->setBarWidth(0.7);
    m_chart->addSeries(m_series);

    m_categoryAxis->setObjectName(QStringLiteral("attentionCategoryAxis"));
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
    m_view->setRenderHint(QPainter::Antialiasing);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    connect(m_model, &SceneModel::wordsReset, this, &AttentionChart::rebuildBars);
    connect(m_model, &SceneModel::queryChanged, this, &AttentionChart::updateTitle);
    connect(m_model, &SceneModel::resultChanged, this, &AttentionChart::updateValues);
    connect(m_chart, &QChart::plotAreaChanged, this, &AttentionChart::positionLabels);

    rebuildBars();
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
        applyPens();
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
    m_colorSets.clear();
    m_colorSetOfWord.clear();
    qDeleteAll(m_labels);
    m_labels.clear();

    const QList<double> zeros(wordCount, 0.0);
    QList<QColor> setColors;
    for (int i = 0; i < wordCount; ++i) {
        const QColor color = wordpalette::wordColor(i);
        auto slot = int(setColors.indexOf(color));
        if (slot < 0) {
            slot = int(setColors.size());
            setColors.append(color);
            auto *set = new QBarSet(color.name());
            set->setColor(color);
            set->append(zeros);
            m_colorSets.append(set);
        }
        m_colorSetOfWord.append(slot);
    }

    m_querySet = new QBarSet(QStringLiteral("query"));
    m_querySet->append(zeros);
    m_queryOfQuerySet = -1;

    m_maskedSet = new QBarSet(QStringLiteral("masked"));
    m_maskedSet->setColor(Qt::transparent);
    m_maskedSet->append(zeros);

    QList<QBarSet *> sets = m_colorSets;
    sets.append(m_querySet);
    sets.append(m_maskedSet);
    m_series->append(sets);

    m_categoryAxis->setCategories(uniqueCategories(words));

    for (int i = 0; i < wordCount; ++i) {
        auto *label = new QGraphicsSimpleTextItem(m_chart);
        label->setFont(m_categoryAxis->labelsFont());
        label->setZValue(10);
        m_labels.append(label);
    }
    applyPens();

    m_values = zeros;
    m_masked = QList<bool>(wordCount, false);
    updateValues();
}

void AttentionChart::updateTitle()
{
    const int query = m_model->queryIndex();
    if (query < 0 || query >= m_model->wordCount()) {
        m_chart->setTitle(tr("Attention weights"));
        return;
    }
    m_chart->setTitle(tr("Attention weights from “%1”").arg(m_model->words().at(query).label));
}

void AttentionChart::updateValues()
{
    const attention::Result &result = m_model->result();
    const int wordCount = m_model->wordCount();
    const int query = m_model->queryIndex();
    const bool valid = result.status == attention::Status::Ok && result.weights.rows() == wordCount &&
        result.weights.cols() == wordCount && query >= 0 && query < wordCount && m_values.size() == wordCount;

    double maxWeight = 0.0;
    for (int j = 0; j < m_values.size(); ++j) {
        const bool masked = valid && result.isMasked(query, j);
        const double weight = valid && !masked ? result.weights(query, j) : 0.0;
        m_values[j] = std::isfinite(weight) ? weight : 0.0;
        m_masked[j] = masked;
        maxWeight = std::max(maxWeight, m_values[j]);
    }
    updateAxisRange(maxWeight);

    if (m_querySet && query != m_queryOfQuerySet && query >= 0 && query < wordCount) {
        m_querySet->setColor(wordpalette::wordColor(query));
        m_queryOfQuerySet = query;
        applyPens();
    }

    const double outlineHeight = m_valueAxis->max();
    QList<QList<double>> colorValues(m_colorSets.size(), QList<double>(m_values.size(), 0.0));
    QList<double> queryValues(m_values.size(), 0.0);
    QList<double> maskedValues(m_values.size(), 0.0);
    for (int j = 0; j < m_values.size(); ++j) {
        if (m_masked[j])
            maskedValues[j] = outlineHeight;
        else if (j == query)
            queryValues[j] = m_values[j];
        else
            colorValues[m_colorSetOfWord[j]][j] = m_values[j];
    }
    for (int s = 0; s < m_colorSets.size(); ++s)
        writeSetValues(m_colorSets[s], colorValues[s]);
    if (m_querySet)
        writeSetValues(m_querySet, queryValues);
    if (m_maskedSet)
        writeSetValues(m_maskedSet, maskedValues);

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
    positionLabels();
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

void AttentionChart::positionLabels()
{
    const QRectF plotArea = m_chart->plotArea();
    const qreal slotWidth = m_labels.isEmpty() ? 0.0 : plotArea.width() / qreal(m_labels.size());

    for (int j = 0; j < m_labels.size(); ++j) {
        QGraphicsSimpleTextItem *label = m_labels[j];
        const double barTop = m_masked.value(j) ? m_valueAxis->max() : m_values.value(j);
        const QPointF top = m_chart->mapToPosition(QPointF(j, barTop), m_series);

        // A label wider than its category would run into its neighbours, so
        // it shrinks to fit, and one that would become unreadable is hidden
        // (the numbers panel still shows the value).
        const QRectF bounds = label->boundingRect();
        const qreal fit = bounds.width() > 0.0 ? kLabelWidthShare * slotWidth / bounds.width() : 1.0;
        const qreal scale = std::min<qreal>(1.0, fit);
        label->setScale(scale);
        label->setVisible(scale >= kMinLabelScale);
        const qreal width = bounds.width() * scale;
        const qreal height = bounds.height() * scale;

        // A label that would rise into the title goes just inside its bar.
        qreal y = top.y() - height - kLabelGap;
        if (y < plotArea.top())
            y = top.y() + kLabelGap;
        label->setPos(top.x() - width / 2.0, y);
    }
}

void AttentionChart::applyPens()
{
    const QPalette palette = this->palette();
    for (QBarSet *set : std::as_const(m_colorSets))
        set->setPen(QPen(set->color().darker(130), 1.0));
    if (m_querySet)
        m_querySet->setPen(QPen(palette.color(QPalette::WindowText), 2.5));
    if (m_maskedSet)
        m_maskedSet->setPen(QPen(palette.color(QPalette::Mid), 1.5, Qt::DashLine));
    for (QGraphicsSimpleTextItem *label : std::as_const(m_labels))
        label->setBrush(palette.color(QPalette::WindowText));
}

void AttentionChart::writeSetValues(QBarSet *set, const QList<double> &values)
{
    const auto count = int(values.size());
    if (count > kBulkReplaceThreshold) {
        bool changed = false;
        for (int j = 0; j < count && !changed; ++j)
            changed = set->at(j) != values[j];
        if (!changed)
            return;
        set->remove(0, set->count());
        set->append(values);
        return;
    }

    for (int j = 0; j < count; ++j) {
        if (set->at(j) != values[j])
            set->replace(j, values[j]);
    }
}
