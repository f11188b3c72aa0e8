// The full matrix of attention weights, one row per query and one column per key.
#pragma once

#include <QColor>
#include <QRect>
#include <QString>
#include <QWidget>

class SceneModel;

// Paints model->result().weights as a grid of coloured cells: rows follow the
// queries and columns the keys, both in sentence order. The current query's
// row is outlined, and keys hidden by the causal mask are hatched grey, so
// they never read as a weight of 0.
//
// Clicking a cell or a row label makes that row's word the query. Hovering a
// cell shows its weight in a tooltip and highlights the key word in the other
// views through SceneModel::setHighlightedWord().
//
// The widget keeps no copy of the numbers: every paint reads the model, so
// resultChanged() only schedules a repaint.
class HeatmapView : public QWidget
{
    Q_OBJECT

public:
    explicit HeatmapView(SceneModel *model, QWidget *parent = nullptr);

    // The cell's rectangle in widget pixels; empty for an index out of range.
    QRect cellRect(int row, int column) const;
    // The row of the cell or row label under `pos`, or -1.
    int rowAt(QPoint pos) const;
    // The column of the cell or column label under `pos`, or -1.
    int columnAt(QPoint pos) const;
    // The weight painted in the cell: 0 for a masked key, NaN when the index
    // is out of range or the scene has no valid result.
    double cellValue(int row, int column) const;
    // The tooltip of the cell, such as "query B → key A: 0.330".
    QString cellToolTip(int row, int column) const;

    // Returns the colour of `weight` (clamped to 0..1) on a reversed viridis
    // ramp: light yellow for 0, dark purple for 1. Viridis is perceptually
    // uniform and stays ordered under the common colour-vision deficiencies.
    static QColor colorForWeight(double weight);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    // Pixel geometry of the grid and its labels for the current size, font
    // and word count.
    struct Layout
    {
        QRect grid;         // the cells
        QRect rowLabels;    // left of the grid
        QRect columnLabels; // above the grid
        QRect legend;       // the colour bar, right of the grid
        double cellWidth = 0;
        double cellHeight = 0;
        bool rotateColumnLabels = false;
        int count = 0;
    };

    Layout computeLayout() const;
    bool hasValidResult() const;
    void paintLabels(QPainter &painter, const Layout &layout) const;
    void paintCells(QPainter &painter, const Layout &layout) const;
    void paintLegend(QPainter &painter, const Layout &layout) const;
    void setHoveredWord(int index);

    SceneModel *m_model;
    int m_hoveredWord = -1; // the word this view asked the model to highlight
};
