#include "stepspanel.h"

#include "scenemodel.h"
#include "stepstablemodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace {

constexpr int kDecimals = 3;

// Weights this close to the largest one count as tied with it. Equal scores
// give equal weights in the core, within rounding far below this.
constexpr double kTieTolerance = 1e-12;

QLabel *makeLineLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

StepsPanel::StepsPanel(SceneModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_stepsModel(new StepsTableModel(model, this))
    , m_table(new QTableView(this))
    , m_sumLabel(makeLineLabel(QStringLiteral("sumLabel"), this))
    , m_outputLabel(makeLineLabel(QStringLiteral("outputLabel"), this))
    , m_entropyLabel(makeLineLabel(QStringLiteral("entropyLabel"), this))
    , m_largestWeightLabel(makeLineLabel(QStringLiteral("largestWeightLabel"), this))
{
    setObjectName(QStringLiteral("stepsPanel"));
    setAccessibleName(tr("Worked softmax steps"));

    m_table->setObjectName(QStringLiteral("stepsTable"));
    m_table->setAccessibleName(tr("Softmax steps for each key"));
    m_table->setModel(m_stepsModel);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setMouseTracking(true);
    m_table->verticalHeader()->hide();
    // Stretch shares the dock's width without measuring every row on every
    // frame of a drag, as ResizeToContents would.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->viewport()->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_sumLabel);
    layout->addWidget(m_outputLabel);
    layout->addWidget(m_entropyLabel);
    layout->addWidget(m_largestWeightLabel);

    connect(m_table, &QTableView::entered, this,
            [this](const QModelIndex &index) { m_model->setHighlightedWord(index.row()); });
    connect(m_model, &SceneModel::wordsReset, this, [this] { refresh(true); });
    connect(m_model, &SceneModel::resultChanged, this, [this] { refresh(false); });
    connect(m_model, &SceneModel::settingsChanged, this, [this] { refresh(false); });

    updateSummary();
}

QString StepsPanel::sumText() const
{
    return m_sumLabel->text();
}

QString StepsPanel::outputText() const
{
    return m_outputLabel->text();
}

QString StepsPanel::entropyText() const
{
    return m_entropyLabel->text();
}

QString StepsPanel::largestWeightText() const
{
    return m_largestWeightLabel->text();
}

bool StepsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Leave)
        m_model->setHighlightedWord(-1);
    return QWidget::eventFilter(watched, event);
}

void StepsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        refresh(false);
    QWidget::changeEvent(event);
}

void StepsPanel::refresh(bool wordsReset)
{
    m_stepsModel->refresh(wordsReset);
    updateSummary();
}

void StepsPanel::updateSummary()
{
    if (!m_stepsModel->hasSteps()) {
        const QString none = tr("No query, or the scene's numbers are out of range.");
        m_sumLabel->setText(none);
        m_outputLabel->clear();
        m_entropyLabel->clear();
        m_largestWeightLabel->clear();
        return;
    }

    const attention::QueryResult &result = m_model->queryResult();
    const QList<Word> &words = m_model->words();
    const QLocale locale;

    // The shown weights are rounded one by one, so their sum can miss 1.000.
    // The label then shows the rounded sum and the exact one, not a fake 1.000.
    const double scale = std::pow(10.0, kDecimals);
    double shownSum = 0.0;
    for (Eigen::Index j = 0; j < result.weights.size(); ++j)
        shownSum += std::round(result.weights(j) * scale) / scale;
    const double exactSum = result.weights.sum();
    if (std::abs(shownSum - 1.0) < 0.5 / scale) {
        m_sumLabel->setText(tr("Σ = %1").arg(locale.toString(1.0, 'f', kDecimals)));
    } else {
        m_sumLabel->setText(
            tr("Σ = %1: the shown weights are rounded to %2 decimals, the exact ones sum to %3.")
                .arg(locale.toString(shownSum, 'f', kDecimals))
                .arg(kDecimals)
                .arg(locale.toString(exactSum, 'f', 6)));
    }

    QStringList components;
    for (Eigen::Index i = 0; i < result.output.size(); ++i)
        components.append(locale.toString(result.output(i), 'f', kDecimals));
    m_outputLabel->setText(tr("Σ wⱼvⱼ = (%1)")
                               .arg(components.join(tr(", ",
                                                       "separator of vector components; use \"; \" where "
                                                       "the decimal separator is a comma"))));

    const double entropy = attention::entropy(result.weights);
    const double uniformEntropy = result.visibleKeys > 0 ? std::log(double(result.visibleKeys)) : 0.0;
    m_entropyLabel->setText(
        tr("Entropy: %1 nats (uniform would be %2)")
            .arg(locale.toString(entropy, 'f', kDecimals), locale.toString(uniformEntropy, 'f', kDecimals)));

    double maxWeight = 0.0;
    for (Eigen::Index j = 0; j < result.visibleKeys; ++j)
        maxWeight = std::max(maxWeight, result.weights(j));
    QStringList winners;
    for (Eigen::Index j = 0; j < result.visibleKeys; ++j) {
        if (maxWeight - result.weights(j) <= kTieTolerance)
            winners.append(
                tr("“%1”").arg(fontMetrics().elidedText(words.at(int(j)).label, Qt::ElideRight, 160)));
    }
    const QString weightText = locale.toString(maxWeight, 'f', kDecimals);
    if (winners.size() == 1) {
        m_largestWeightLabel->setText(tr("Largest weight: %1 (%2)").arg(winners.constFirst(), weightText));
    } else if (winners.size() > 1) {
        const QString last = winners.takeLast();
        const QString names = tr("%1 and %2").arg(winners.join(tr(", ")), last);
        m_largestWeightLabel->setText(tr("Tie between %1 (%2 each)").arg(names, weightText));
    } else {
        m_largestWeightLabel->clear();
    }
}
