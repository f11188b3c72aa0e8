#include "stepstablemodel.h"

#include "scenemodel.h"

#include <QFont>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

constexpr int kDecimals = 3;

} // namespace

StepsTableModel::StepsTableModel(SceneModel *model, QObject *parent)
    : QAbstractTableModel(parent)
    , m_model(model)
{
    refresh(true);
}

int StepsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

int StepsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StepsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_steps.size())
        return {};
    const Step &step = m_steps.at(index.row());

    switch (role) {
    case Qt::DisplayRole:
        return displayText(step, index.column());
    case ValueRole:
        return value(step, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == WordColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (index.row() == m_model->queryIndex()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant StepsTableModel::displayText(const Step &step, int column) const
{
    if (column == WordColumn)
        return step.label;
    if (!m_valid)
        return tr("—");
    if (step.masked && column == ExponentialColumn)
        return tr("masked");
    return QLocale().toString(value(step, column).toDouble(), 'f', kDecimals);
}

QVariant StepsTableModel::value(const Step &step, int column) const
{
    if (!m_valid)
        return {};
    switch (column) {
    case DotProductColumn:
        return step.dotProduct;
    case ScaledColumn:
        return step.scaled;
    case ScoreColumn:
        return step.score;
    case ExponentialColumn:
        return step.masked ? QVariant() : QVariant(step.exponential);
    case WeightColumn:
        return step.weight;
    default:
        return {};
    }
}

QVariant StepsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;

    switch (section) {
    case WordColumn:
        return tr("Word");
    case DotProductColumn:
        return tr("q·k");
    case ScaledColumn:
        return m_scaledHeader;
    case ScoreColumn:
        return m_scoreHeader;
    case ExponentialColumn:
        return tr("exp(·\n− max)");
    case WeightColumn:
        return tr("÷Σ = weight");
    default:
        return {};
    }
}

void StepsTableModel::refresh(bool wordsReset)
{
    const QList<Word> &words = m_model->words();
    const attention::QueryResult &result = m_model->queryResult();
    const attention::Settings &settings = m_model->attentionSettings();
    const int count = m_model->wordCount();
    const int query = m_model->queryIndex();
    const bool valid = result.status == attention::Status::Ok && result.weights.size() == count &&
        result.scores.size() == count && result.dotProducts.size() == count && query >= 0 && query < count;

    // The core divides by √d_k only when d_k > 0; with d_k = 0 every q·k is 0.
    const bool scaled = settings.scaling == attention::Scaling::SqrtKeyDimension && result.keyDimension > 0;
    const double divisor = scaled ? std::sqrt(double(result.keyDimension)) : 1.0;

    double maxScore = -std::numeric_limits<double>::infinity();
    if (valid) {
        for (Eigen::Index j = 0; j < result.visibleKeys; ++j)
            maxScore = std::max(maxScore, result.scores(j));
    }

    QList<Step> steps;
    steps.reserve(count);
    for (int j = 0; j < count; ++j) {
        Step step;
        step.label = words.at(j).label;
        if (valid) {
            step.masked = result.isMasked(j);
            step.dotProduct = result.dotProducts(j);
            step.scaled = step.dotProduct / divisor;
            step.score = result.scores(j);
            step.exponential = step.masked ? 0.0 : std::exp(step.score - maxScore);
            step.weight = step.masked ? 0.0 : result.weights(j);
        }
        steps.append(step);
    }

    const QLocale locale;
    const QString scaledHeader = scaled ? tr("÷√%1").arg(result.keyDimension) : tr("÷1");
    const double temperature = settings.temperature;
    const QString temperatureText =
        temperature >= 0.01 ? locale.toString(temperature, 'f', 2) : locale.toString(temperature, 'g', 3);
    const QString scoreHeader = tr("÷T\n(T = %1)").arg(temperatureText);

    if (wordsReset || steps.size() != m_steps.size()) {
        beginResetModel();
        m_steps = steps;
        m_valid = valid;
        m_scaledHeader = scaledHeader;
        m_scoreHeader = scoreHeader;
        endResetModel();
        return;
    }

    const bool headersChanged = scaledHeader != m_scaledHeader || scoreHeader != m_scoreHeader;
    m_steps = steps;
    m_valid = valid;
    m_scaledHeader = scaledHeader;
    m_scoreHeader = scoreHeader;
    if (!m_steps.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_steps.size()) - 1, ColumnCount - 1));
    if (headersChanged)
        emit headerDataChanged(Qt::Horizontal, ScaledColumn, ScoreColumn);
}
