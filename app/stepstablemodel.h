// One row per key of the worked softmax for the current query.
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>

class SceneModel;

// The steps of softmax(q·k/(√d_k·T)) for the model's query, one row per key
// in sentence order: q·k, ÷√d_k, ÷T, exp(· − max) and ÷Σ = weight. Masked keys
// keep their q·k and scores, as the core does, but show "masked" for the
// exponential and 0 for the weight.
//
// refresh() rewrites the values in place with dataChanged(); only a change in
// the number of words resets the model.
class StepsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        WordColumn,
        DotProductColumn,
        ScaledColumn,
        ScoreColumn,
        ExponentialColumn,
        WeightColumn,
        ColumnCount
    };
    // The unrounded number behind a cell, as a double; invalid for the word
    // column, for masked exponentials and when there is no valid query.
    static constexpr int ValueRole = Qt::UserRole;

    explicit StepsTableModel(SceneModel *model, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Reads the model again; `wordsReset` forces a model reset.
    void refresh(bool wordsReset);

    // True when the model has a query and a valid result, so the rows carry
    // numbers.
    bool hasSteps() const { return m_valid; }

private:
    struct Step
    {
        QString label;
        double dotProduct = 0;
        double scaled = 0;      // q·k / √d_k, or q·k without scaling
        double score = 0;       // the core's score, scaled / T
        double exponential = 0; // exp(score − max visible score)
        double weight = 0;
        bool masked = false;
    };

    QVariant displayText(const Step &step, int column) const;
    QVariant value(const Step &step, int column) const;

    SceneModel *m_model;
    QList<Step> m_steps;
    bool m_valid = false;
    QString m_scaledHeader;
    QString m_scoreHeader;
};
