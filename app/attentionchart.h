// Bar chart of the attention weights from the query word to every word.
#pragma once

#include <QFont>
#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QChart;
class QChartView;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QValueAxis;
QT_END_NAMESPACE

class SceneModel;

// Shows one bar per word, in sentence order and in the word's colour, with
// the height softmax(q·k/√d_k)_j of the current query's row. Keys hidden by
// the causal mask get an empty outline instead of a bar.
//
// The series, the categories and the axes are built when the word list is
// reset. Every other change replaces the bar values in place, so a drag never
// rebuilds the chart. All Qt Charts code of the app lives in this class.
//
// Qt Charts 6.4 has one colour per bar set, and laying out S sets of N bars
// after each QBarSet::replace() costs O(S·N), so per-word colour sets make a
// frame O(N²). Instead one set carries the values (it places the axes and
// categories and is drawn transparent), and one rectangle item per word
// paints the bar in the word's colour: a frame is O(N).
class AttentionChart : public QWidget
{
    Q_OBJECT

public:
    explicit AttentionChart(SceneModel *model, QWidget *parent = nullptr);
    ~AttentionChart() override;

    QString title() const;
    // The weight of every word in sentence order; 0 for masked keys.
    QList<double> barValues() const;
    // The text printed over every bar, in sentence order.
    QStringList barLabels() const;
    // The word under every bar as shown, elided where the slot is too narrow.
    QStringList categoryLabels() const;

    bool fitsAxisToData() const { return m_fitAxisToData; }
    // Sets whether the value axis spans 0..1 (false) or 0..just above the
    // largest weight (true), which makes small differences visible.
    void setFitAxisToData(bool fit);

    // Leaves the chart's background unpainted, for transparent figures.
    void setTransparentBackground(bool transparent);

signals:
    void fitAxisToDataChanged(bool fit);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildBars();
    void updateTitle();
    void updateValues();
    void updateAxisRange(double maxWeight);
    void updateAxisTitles();
    void positionBars();
    // Sizes and places the word labels under the bars. Runs when the words,
    // the plot area or the font change, not for new bar values.
    void layoutCategoryLabels();
    // Shrinks the title's font to the chart's width, down to 60 % of its size.
    void fitTitle();
    void applyPens();
    // Picks the Qt Charts theme that matches the widget palette's lightness.
    void applyTheme();
    void writeSetValues(const QList<double> &values);

    SceneModel *m_model;
    bool m_fitAxisToData = false;

    QChart *m_chart;
    QChartView *m_view;
    QBarSeries *m_series;
    QBarCategoryAxis *m_categoryAxis;
    QValueAxis *m_valueAxis;
    QBarSet *m_weightSet = nullptr;

    // One per word, in sentence order: the visible bar and its value label.
    QList<QGraphicsRectItem *> m_bars;
    QList<double> m_values;
    QList<bool> m_masked;
    QList<QGraphicsSimpleTextItem *> m_labels;
    QList<QGraphicsSimpleTextItem *> m_categoryLabels;
    QFont m_titleFont;      // the title's font before fitTitle() shrinks it
    QFont m_categoryFont;   // the word labels' font before they are scaled to fit
    int m_styledQuery = -1; // the query that applyPens() last styled
    bool m_transparent = false;
};
