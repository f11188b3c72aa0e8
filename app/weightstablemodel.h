// Table of the numbers behind the current query's attention row.
#pragma once

#include <QAbstractTableModel>
#include <QString>

class SceneModel;

// One row per word in sentence order with its vector, q·k, the scaled score
// and the softmax weight, all for the scene's current query.
//
// Qt::DisplayRole gives locale-formatted text with three decimals, or "—"
// when the core rejected the scene; Qt::EditRole and Qt::UserRole give the
// raw double, or an invalid QVariant when there is no finite number.
class WeightsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WordColumn, XColumn, YColumn, DotProductColumn, ScoreColumn, WeightColumn, ColumnCount };

    explicit WeightsTableModel(SceneModel *model, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // The word, x and y columns are editable: a label renames the word, a
    // number (a double, or text in the C or the current locale) sets the
    // coordinate. Each edit is one undo step on the scene model. Rejects an
    // empty label and a coordinate that is not a finite number within the
    // coordinate limit, returning false.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Parses a typed coordinate: the current locale first, then the C locale
    // so "0.5" works in German too. Returns false for anything else.
    static bool parseCoordinate(const QString &text, double *value);

    // Re-reads every header and cell text after the interface language
    // changed.
    void retranslate();

private:
    void resetRows();
    void refreshNumbers();
    void refreshQueryRows(int query);

    // Returns true when result() is Ok and sized for the current words and query.
    bool hasQueryRow() const;
    QVariant rawValue(int row, int column) const;
    QString scoreHeader() const;

    SceneModel *m_model;
    int m_boldRow = -1;
    QString m_scoreHeader;
};
