// Bar chart of the attention weights from the query word to every word.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QGraphicsSimpleTextItem;
class QStackedBarSeries;
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

    bool fitsAxisToData() const { return m_fitAxisToData; }
    // Sets whether the value axis spans 0..1 (false) or 0..just above the
    // largest weight (true), which makes small differences visible.
    void setFitAxisToData(bool fit);

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
    void positionLabels();
    void applyPens();
    void writeSetValues(QBarSet *set, const QList<double> &values);

    SceneModel *m_model;
    bool m_fitAxisToData = false;

    QChart *m_chart;
    QChartView *m_view;
    QStackedBarSeries *m_series;
    QBarCategoryAxis *m_categoryAxis;
    QValueAxis *m_valueAxis;

    // Words of the same colour share one bar set, so the chart draws
    // (colours + 2) × N bars instead of N × N.
    QList<QBarSet *> m_colorSets;
    QList<int> m_colorSetOfWord;
    // The query's own bar, drawn with an outline.
    QBarSet *m_querySet = nullptr;
    // An empty outline as tall as the axis for every masked key.
    QBarSet *m_maskedSet = nullptr;

    QList<double> m_values;
    QList<bool> m_masked;
    QList<QGraphicsSimpleTextItem *> m_labels;
    int m_queryOfQuerySet = -1;
};
