#include "numberspanel.h"

#include "scenemodel.h"
#include "weightstablemodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStringList>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace {

constexpr int kDecimals = 3;

QString formatNumber(const QLocale &locale, double value)
{
    if (!std::isfinite(value))
        return NumbersPanel::tr("—");
    return locale.toString(value, 'f', kDecimals);
}

} // namespace

NumbersPanel::NumbersPanel(SceneModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_tableModel(new WeightsTableModel(model, this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
{
    m_tableModel->setObjectName(QStringLiteral("weightsTableModel"));

    m_table->setObjectName(QStringLiteral("numbersTable"));
    m_table->setModel(m_tableModel);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // ResizeToContents would measure every row on every frame of a drag, so
    // the number columns are fitted once per word list and the word column
    // takes the remaining width.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(WeightsTableModel::WordColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setStretchLastSection(false);
    connect(m_tableModel, &QAbstractItemModel::modelReset, m_table, &QTableView::resizeColumnsToContents);
    m_table->resizeColumnsToContents();

    m_summary->setObjectName(QStringLiteral("numbersSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addWidget(m_summary);

    connect(m_model, &SceneModel::resultChanged, this, &NumbersPanel::updateSummary);
    connect(m_model, &SceneModel::wordsReset, this, &NumbersPanel::updateSummary);

    updateSummary();
}

QString NumbersPanel::summaryText() const
{
    return m_summary->text();
}

void NumbersPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        updateSummary();
    QWidget::changeEvent(event);
}

void NumbersPanel::updateSummary()
{
    const attention::QueryResult &result = m_model->queryResult();
    const int wordCount = m_model->wordCount();
    const int query = m_model->queryIndex();
    const bool valid = result.status == attention::Status::Ok && query >= 0 && query < wordCount &&
        result.weights.size() == wordCount;
    if (!valid) {
        m_summary->setText(tr("Σ weights = %1   output = %2").arg(tr("—"), tr("—")));
        return;
    }

    const QLocale locale = this->locale();
    const double sum = result.weights.sum();

    // The output has d_v components, 2 unless a value projection changes it.
    QStringList components;
    for (const double component : result.output)
        components.append(formatNumber(locale, component));
    const QString output = tr("(%1)").arg(
        components.join(tr(", ",
                           "separator of vector components; use \"; \" where the decimal separator "
                           "is a comma")));

    m_summary->setText(tr("Σ weights = %1   output = %2").arg(formatNumber(locale, sum), output));
}
