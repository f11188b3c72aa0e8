// The numbers behind the chart: a table of the query's row and its sums.
#pragma once

#include <QWidget>

class LiveLabel;
class QAction;
class QToolBar;
class QTableView;
class SceneModel;
class WeightsTableModel;

// Shows a WeightsTableModel for the current query and, below it, the sum of
// the weights and the output vector Σ_j w_j·v_j.
class NumbersPanel : public QWidget
{
    Q_OBJECT

public:
    explicit NumbersPanel(SceneModel *model, QWidget *parent = nullptr);

    WeightsTableModel *tableModel() const { return m_tableModel; }
    QTableView *table() const { return m_table; }
    QString summaryText() const;
    // Returns the height that shows every row of the table without
    // scrolling, with the toolbar and the summary line.
    int heightForAllRows() const;
    // Scrolls the table so that the query's row is in sight.
    void showQueryRow();

    // Shows `actions` (add, delete, reorder, …) in a small toolbar above the
    // table and in its context menu.
    void setWordActions(const QList<QAction *> &actions);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateSummary();
    // Fits every column to its contents, the word column up to
    // kMaxWordColumnChars characters.
    void fitColumns();

    static constexpr int kMaxWordColumnChars = 18;
    void selectCurrentWord(int index);

    SceneModel *m_model;
    WeightsTableModel *m_tableModel;
    QTableView *m_table;
    LiveLabel *m_summary;
    QToolBar *m_toolBar;
};
