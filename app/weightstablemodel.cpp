#include "weightstablemodel.h"

#include "scenemodel.h"
#include "wordpalette.h"

#include <QFont>
#include <QLocale>

#include <cmath>

namespace {

constexpr int kDecimals = 3;

QString formatNumber(double value)
{
    if (!std::isfinite(value))
        return WeightsTableModel::tr("—");
    return QLocale().toString(value, 'f', kDecimals);
}

} // namespace

WeightsTableModel::WeightsTableModel(SceneModel *model, QObject *parent)
    : QAbstractTableModel(parent)
    , m_model(model)
    , m_boldRow(model->queryIndex())
    , m_scoreHeader(scoreHeader())
{
    connect(m_model, &SceneModel::wordsReset, this, &WeightsTableModel::resetRows);
    connect(m_model, &SceneModel::resultChanged, this, &WeightsTableModel::refreshNumbers);
    connect(m_model, &SceneModel::queryChanged, this, &WeightsTableModel::refreshQueryRows);
}

int WeightsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_model->wordCount();
}

int WeightsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WeightsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};

    const int row = index.row();
    const int column = index.column();
    const Word &word = m_model->words().at(row);

    switch (role) {
    case Qt::DisplayRole:
        if (column == WordColumn)
            return word.label;
        if (column == ScoreColumn && hasQueryRow() && m_model->queryResult().isMasked(row))
            return tr("masked");
        {
            const QVariant value = rawValue(row, column);
            return value.isValid() ? formatNumber(value.toDouble()) : tr("—");
        }
    case Qt::EditRole:
    case Qt::UserRole:
        if (column == WordColumn)
            return word.label;
        return rawValue(row, column);
    case Qt::DecorationRole:
        if (column == WordColumn)
            return wordpalette::wordColor(paletteSlot(m_model->words(), row));
        return {};
    case Qt::FontRole:
        if (row == m_model->queryIndex()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == WordColumn)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (row == m_model->queryIndex())
            return tr("“%1” is the query").arg(word.label);
        if (hasQueryRow() && m_model->queryResult().isMasked(row))
            return tr("The causal mask hides “%1” because it comes after the query").arg(word.label);
        return {};
    default:
        return {};
    }
}

QVariant WeightsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section + 1;
        return {};
    }

    if (role == Qt::DisplayRole) {
        switch (section) {
        case WordColumn:
            return tr("Word");
        case XColumn:
            return tr("x");
        case YColumn:
            return tr("y");
        case DotProductColumn:
            return tr("q·k");
        case ScoreColumn:
            return m_scoreHeader;
        case WeightColumn:
            return tr("weight");
        default:
            return {};
        }
    }

    if (role == Qt::ToolTipRole) {
        switch (section) {
        case WordColumn:
            return tr("The word as it appears in the sentence; the query is shown in bold");
        case XColumn:
            return tr("First coordinate of the word vector");
        case YColumn:
            return tr("Second coordinate of the word vector");
        case DotProductColumn:
            return tr("Dot product of the query vector q with this word's key vector k");
        case ScoreColumn:
            return tr("The dot product divided by the square root of the key dimension and by the "
                      "temperature: the input of the softmax");
        case WeightColumn:
            return tr("Softmax of the scores: how much this word contributes to the output; the "
                      "weights sum to 1");
        default:
            return {};
        }
    }
    return {};
}

Qt::ItemFlags WeightsTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    const int column = index.column();
    if (column == WordColumn || column == XColumn || column == YColumn)
        return flags | Qt::ItemIsEditable;
    return flags;
}

bool WeightsTableModel::parseCoordinate(const QString &text, double *value)
{
    bool ok = false;
    const QString trimmed = text.trimmed();
    double parsed = QLocale().toDouble(trimmed, &ok);
    if (!ok)
        parsed = QLocale::c().toDouble(trimmed, &ok);
    if (!ok || !std::isfinite(parsed) || std::abs(parsed) > attention::kCoordinateLimit)
        return false;
    *value = parsed;
    return true;
}

bool WeightsTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_model->wordCount())
        return false;

    const int row = index.row();
    if (index.column() == WordColumn) {
        const QString label = value.toString().trimmed();
        if (label.isEmpty())
            return false;
        m_model->renameWord(row, label);
        return true;
    }
    if (index.column() != XColumn && index.column() != YColumn)
        return false;

    double coordinate = 0.0;
    if (value.typeId() == QMetaType::Double) {
        coordinate = value.toDouble();
        if (!std::isfinite(coordinate) || std::abs(coordinate) > attention::kCoordinateLimit)
            return false;
    } else if (!parseCoordinate(value.toString(), &coordinate)) {
        return false;
    }

    QPointF vector = m_model->words().at(row).vector;
    if (index.column() == XColumn)
        vector.setX(coordinate);
    else
        vector.setY(coordinate);
    m_model->setWordVector(row, vector);
    return true;
}

void WeightsTableModel::retranslate()
{
    m_scoreHeader = scoreHeader();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void WeightsTableModel::resetRows()
{
    beginResetModel();
    m_boldRow = m_model->queryIndex();
    m_scoreHeader = scoreHeader();
    endResetModel();
}

void WeightsTableModel::refreshNumbers()
{
    const QString header = scoreHeader();
    if (header != m_scoreHeader) {
        m_scoreHeader = header;
        emit headerDataChanged(Qt::Horizontal, ScoreColumn, ScoreColumn);
    }

    if (rowCount() == 0)
        return;
    emit dataChanged(index(0, XColumn), index(rowCount() - 1, WeightColumn),
                     {Qt::DisplayRole, Qt::EditRole, Qt::UserRole, Qt::ToolTipRole});
}

void WeightsTableModel::refreshQueryRows(int query)
{
    const int previous = m_boldRow;
    m_boldRow = query;
    for (const int row : {previous, query}) {
        if (row >= 0 && row < rowCount())
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1), {Qt::FontRole, Qt::ToolTipRole});
    }
}

bool WeightsTableModel::hasQueryRow() const
{
    const attention::QueryResult &result = m_model->queryResult();
    const int wordCount = m_model->wordCount();
    const int query = m_model->queryIndex();
    return result.status == attention::Status::Ok && query >= 0 && query < wordCount &&
        result.weights.size() == wordCount && result.scores.size() == wordCount &&
        result.dotProducts.size() == wordCount;
}

QVariant WeightsTableModel::rawValue(int row, int column) const
{
    const Word &word = m_model->words().at(row);
    double value = 0.0;
    switch (column) {
    case XColumn:
        value = word.vector.x();
        break;
    case YColumn:
        value = word.vector.y();
        break;
    case DotProductColumn:
    case ScoreColumn:
    case WeightColumn: {
        if (!hasQueryRow())
            return {};
        const attention::QueryResult &result = m_model->queryResult();
        if (column == DotProductColumn)
            value = result.dotProducts(row);
        else if (column == ScoreColumn)
            value = result.scores(row);
        else
            value = result.weights(row);
        break;
    }
    default:
        return {};
    }

    if (!std::isfinite(value))
        return {};
    return value;
}

QString WeightsTableModel::scoreHeader() const
{
    // The score is q·k / (√d_k · T); the header names the divisor in use.
    const attention::Settings &settings = m_model->attentionSettings();
    const attention::QueryResult &result = m_model->queryResult();
    const bool scaled = settings.scaling == attention::Scaling::SqrtKeyDimension && result.keyDimension > 0;
    const bool tempered = settings.temperature != 1.0;
    const QString root = tr("√%1").arg(result.keyDimension);
    const QString temperature = QLocale().toString(settings.temperature, 'g', 3);

    if (scaled && tempered)
        return tr("q·k/(%1·%2)").arg(root, temperature);
    if (scaled)
        return tr("q·k/%1").arg(root);
    if (tempered)
        return tr("q·k/%1").arg(temperature);
    // Unscaled and at T = 1 the score is q·k itself; a second "q·k" header
    // would look like a mistake.
    return tr("score = q·k");
}
