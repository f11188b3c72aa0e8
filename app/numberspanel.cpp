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
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

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
    const attention::Result &result = m_model->result();
    const int wordCount = m_model->wordCount();
    const int query = m_model->queryIndex();
    const bool valid = result.status == attention::Status::Ok && query >= 0 && query < wordCount &&
        result.weights.rows() == wordCount && result.weights.cols() == wordCount &&
        result.outputs.rows() == wordCount;
    if (!valid) {
        m_summary->setText(tr("Σ weights = %1   output = %2").arg(tr("—"), tr("—")));
        return;
    }

    const QLocale locale = this->locale();
    const double sum = result.weights.row(query).sum();

    // The output has d_v components, 2 unless a value projection changes it.
    QStringList components;
    for (Eigen::Index c = 0; c < result.outputs.cols(); ++c)
        components.append(formatNumber(locale, result.outputs(query, c)));
    const QString output = tr("(%1)").arg(
        components.join(tr(", ",
                           "separator of vector components; use \"; \" where the decimal separator "
                           "is a comma")));

    m_summary->setText(tr("Σ weights = %1   output = %2").arg(formatNumber(locale, sum), output));
}
