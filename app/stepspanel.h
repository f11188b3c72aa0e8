// The softmax of the current query worked out step by step.
#pragma once

#include <QWidget>

class QLabel;
class QTableView;
class SceneModel;
class StepsTableModel;

// A worked example as a teacher writes it on the board: a table of the steps
// from q·k to the weight for every key, then the weights' sum, the output
// Σ wⱼvⱼ, the entropy of the weights and the key that wins.
//
// Hovering a row highlights its word in the other views through
// SceneModel::setHighlightedWord().
class StepsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit StepsPanel(SceneModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    StepsTableModel *stepsModel() const { return m_stepsModel; }

    // The lines under the table, as shown.
    QString sumText() const;
    QString outputText() const;
    QString entropyText() const;
    QString largestWeightText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refresh(bool wordsReset);
    void updateSummary();

    SceneModel *m_model;
    StepsTableModel *m_stepsModel;
    QTableView *m_table;
    QLabel *m_sumLabel;
    QLabel *m_outputLabel;
    QLabel *m_entropyLabel;
    QLabel *m_largestWeightLabel;
};
