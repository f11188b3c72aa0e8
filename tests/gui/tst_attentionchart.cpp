#include "attentionchart.h"
#include "scenemodel.h"
#include "wordpalette.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsRectItem>
#include <QLocale>
#include <QPointer>
#include <QSignalSpy>
#include <QUndoStack>
#include <QValueAxis>
#include <QtTest>

#include <cmath>
#include <limits>

namespace {

constexpr double kTolerance = 1e-6;

QList<double> weightRow(const SceneModel &model, int query)
{
    const attention::Result &result = model.result();
    QList<double> row;
    for (Eigen::Index j = 0; j < result.weights.cols(); ++j)
        row.append(result.weights(query, j));
    return row;
}

bool sameValues(const QList<double> &actual, const QList<double> &expected)
{
    if (actual.size() != expected.size())
        return false;
    for (qsizetype i = 0; i < actual.size(); ++i) {
        if (std::abs(actual[i] - expected[i]) > kTolerance)
            return false;
    }
    return true;
}

QChart *chartOf(AttentionChart &widget)
{
    auto *view = widget.findChild<QChartView *>(QStringLiteral("attentionChartView"));
    return view ? view->chart() : nullptr;
}

QBarSeries *seriesOf(AttentionChart &widget)
{
    QChart *chart = chartOf(widget);
    if (!chart || chart->series().size() != 1)
        return nullptr;
    return qobject_cast<QBarSeries *>(chart->series().constFirst());
}

// The rectangles that draw the bars, in sentence order.
QList<QGraphicsRectItem *> barItemsOf(AttentionChart &widget)
{
    QList<QGraphicsRectItem *> bars;
    QChart *chart = chartOf(widget);
    if (!chart)
        return bars;
    for (QGraphicsItem *child : chart->childItems()) {
        if (auto *rect = qgraphicsitem_cast<QGraphicsRectItem *>(child); rect && rect->zValue() == 5)
            bars.append(rect);
    }
    std::sort(bars.begin(), bars.end(), [](const QGraphicsRectItem *a, const QGraphicsRectItem *b) {
        return a->rect().x() < b->rect().x();
    });
    return bars;
}

QBarCategoryAxis *categoryAxisOf(AttentionChart &widget)
{
    QChart *chart = chartOf(widget);
    if (!chart || chart->axes(Qt::Horizontal).size() != 1)
        return nullptr;
    return qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).constFirst());
}

QValueAxis *valueAxisOf(AttentionChart &widget)
{
    QChart *chart = chartOf(widget);
    if (!chart || chart->axes(Qt::Vertical).size() != 1)
        return nullptr;
    return qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).constFirst());
}

} // namespace

class TestAttentionChart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void barValuesMatchCore();
    void labelsShowThreeDecimals();
    void previewUpdatesValuesInPlace();
    void queryChangeUpdatesTitle();
    void repeatedLabelsGetOneBarEach();
    void causalMaskZeroesHiddenKeys();
    void fittedAxisFollowsData();
    void undoRestoresBarValues();
    void rejectedSceneShowsDashes();
    void wordsResetRebuildsBars();
    void categoryLabelsShowWholeWords();
    void longCategoryLabelIsElided();
    void titleShrinksWhenNarrow();
};

void TestAttentionChart::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestAttentionChart::barValuesMatchCore()
{
    SceneModel model;
    model.resetScene(notebookScene());
    AttentionChart chart(&model);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));

    const QList<double> values = chart.barValues();
    QCOMPARE(values.size(), 5);
    QVERIFY(sameValues(values, weightRow(model, 4)));

    // Weights of the query "jumped" in the notebook scene, to 1e-6.
    const QList<double> expected = {0.240524, 0.216319, 0.171299, 0.144561, 0.227296};
    for (qsizetype j = 0; j < expected.size(); ++j)
        QVERIFY2(std::abs(values[j] - expected[j]) < kTolerance, qPrintable(QString::number(j)));

    QVERIFY(!chart.fitsAxisToData());
    QCOMPARE(chart.title(), QStringLiteral("Attention weights from “jumped”"));
}

void TestAttentionChart::labelsShowThreeDecimals()
{
    SceneModel model;
    model.resetScene(notebookScene());
    AttentionChart chart(&model);
    chart.show();

    const QStringList labels = chart.barLabels();
    QCOMPARE(labels.size(), 5);
    QCOMPARE(labels[0], QStringLiteral("0.241"));
    QCOMPARE(labels[1], QStringLiteral("0.216"));
    QCOMPARE(labels[2], QStringLiteral("0.171"));
    QCOMPARE(labels[3], QStringLiteral("0.145"));
    QVERIFY(labels[4].startsWith(QStringLiteral("0.227")));
    QVERIFY(labels[4].contains(QStringLiteral("(query)")));
}

void TestAttentionChart::previewUpdatesValuesInPlace()
{
    SceneModel model;
    model.resetScene(notebookScene());
    AttentionChart chart(&model);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));

    QBarSeries *series = seriesOf(chart);
    QVERIFY(series);
    QList<QPointer<QBarSet>> setsBefore;
    for (QBarSet *set : series->barSets())
        setsBefore.append(set);
    auto *categoryAxis = categoryAxisOf(chart);
    QVERIFY(categoryAxis);
    const QStringList categoriesBefore = categoryAxis->categories();
    QSignalSpy addedSpy(series, &QAbstractBarSeries::barsetsAdded);
    QSignalSpy removedSpy(series, &QAbstractBarSeries::barsetsRemoved);
    const QList<double> before = chart.barValues();

    model.previewWordVector(0, {0.2, 0.9});

    QTRY_VERIFY(!sameValues(chart.barValues(), before));
    QVERIFY(sameValues(chart.barValues(), weightRow(model, 4)));

    QCOMPARE(addedSpy.count(), 0);
    QCOMPARE(removedSpy.count(), 0);
    QCOMPARE(seriesOf(chart), series);
    const QList<QBarSet *> setsAfter = series->barSets();
    QCOMPARE(setsAfter.size(), setsBefore.size());
    for (qsizetype s = 0; s < setsBefore.size(); ++s) {
        QVERIFY(!setsBefore[s].isNull());
        QCOMPARE(setsAfter[s], setsBefore[s].data());
    }
    QCOMPARE(categoryAxis->categories(), categoriesBefore);

    // The series carries the new values, and each drawn bar's top sits at its
    // value on the axis, in the word's colour.
    const QList<double> values = chart.barValues();
    QCOMPARE(setsAfter.size(), 1);
    const QList<QGraphicsRectItem *> bars = barItemsOf(chart);
    QCOMPARE(bars.size(), values.size());
    QChart *qchart = chartOf(chart);
    for (int j = 0; j < values.size(); ++j) {
        QVERIFY2(std::abs(setsAfter[0]->at(j) - values[j]) < kTolerance, qPrintable(QString::number(j)));
        const qreal expectedTop = qchart->mapToPosition(QPointF(j, values[j]), series).y();
        QVERIFY2(std::abs(bars[j]->rect().top() - expectedTop) < 0.01,
                 qPrintable(QStringLiteral("bar %1 top %2, expected %3")
                                .arg(j)
                                .arg(bars[j]->rect().top())
                                .arg(expectedTop)));
        QCOMPARE(bars[j]->brush().color(), wordpalette::wordColor(j));
    }
}

void TestAttentionChart::queryChangeUpdatesTitle()
{
    SceneModel model;
    model.resetScene(notebookScene());
    AttentionChart chart(&model);
    chart.show();

    model.setQuery(0);

    QTRY_VERIFY(chart.title().contains(QStringLiteral("“cat”")));
    QTRY_VERIFY(sameValues(chart.barValues(), weightRow(model, 0)));
    QVERIFY(chart.barLabels().at(0).contains(QStringLiteral("(query)")));
    QVERIFY(!chart.barLabels().at(4).contains(QStringLiteral("(query)")));
}

void TestAttentionChart::repeatedLabelsGetOneBarEach()
{
    Scene scene;
    scene.words = {{QStringLiteral("the"), {1.0, 0.0}},
                   {QStringLiteral("cat"), {0.0, 1.0}},
                   {QStringLiteral("the"), {0.5, 0.5}},
                   {QStringLiteral("the"), {-0.5, 0.5}}};
    scene.query = 1;
    SceneModel model;
    model.resetScene(scene);
    AttentionChart chart(&model);
    chart.show();

    QCOMPARE(chart.barValues().size(), 4);
    QVERIFY(sameValues(chart.barValues(), weightRow(model, 1)));

    auto *categoryAxis = categoryAxisOf(chart);
    QVERIFY(categoryAxis);
    const QStringList categories = categoryAxis->categories();
    QCOMPARE(categories.size(), 4);
    QCOMPARE(QSet<QString>(categories.begin(), categories.end()).size(), 4);
    for (qsizetype j = 0; j < categories.size(); ++j) {
        QString visible = categories[j];
        visible.remove(QChar(0x200B));
        QCOMPARE(visible, scene.words[j].label);
    }
}

void TestAttentionChart::causalMaskZeroesHiddenKeys()
{
    Scene scene = notebookScene();
    scene.settings.causal = true;
    scene.query = 2;
    SceneModel model;
    model.resetScene(scene);
    AttentionChart chart(&model);
    chart.show();

    const QList<double> values = chart.barValues();
    QCOMPARE(values.size(), 5);
    QCOMPARE(values[3], 0.0);
    QCOMPARE(values[4], 0.0);
    QVERIFY(values[0] > 0.0);
    QVERIFY(std::abs(values[0] + values[1] + values[2] - 1.0) < kTolerance);
    QVERIFY(sameValues(values, weightRow(model, 2)));

    const QStringList labels = chart.barLabels();
    QCOMPARE(labels[3], QStringLiteral("masked"));
    QCOMPARE(labels[4], QStringLiteral("masked"));
    QVERIFY(labels[2].contains(QStringLiteral("(query)")));
}

void TestAttentionChart::fittedAxisFollowsData()
{
    SceneModel model;
    model.resetScene(notebookScene());
    AttentionChart chart(&model);
    chart.show();
    QSignalSpy fitSpy(&chart, &AttentionChart::fitAxisToDataChanged);

    auto *valueAxis = valueAxisOf(chart);
    QVERIFY(valueAxis);
    QCOMPARE(valueAxis->max(), 1.0);
    QVERIFY(!valueAxis->titleText().contains(QStringLiteral("fitted")));

    chart.setFitAxisToData(true);

    QVERIFY(chart.fitsAxisToData());
    QCOMPARE(fitSpy.count(), 1);
    QVERIFY(valueAxis->titleText().contains(QStringLiteral("fitted")));
    const QList<double> values = chart.barValues();
    const double maxWeight = *std::max_element(values.begin(), values.end());
    QVERIFY(valueAxis->max() > maxWeight);
    QVERIFY(valueAxis->max() < 0.5);
    QCOMPARE(valueAxis->min(), 0.0);

    chart.setFitAxisToData(false);
    QCOMPARE(valueAxis->max(), 1.0);
    QCOMPARE(fitSpy.count(), 2);
}

void TestAttentionChart::undoRestoresBarValues()
{
    SceneModel model;
    model.resetScene(notebookScene());
    AttentionChart chart(&model);
    chart.show();
    const QList<double> original = chart.barValues();

    const QPointF from = model.words().at(1).vector;
    model.moveWord(1, from, {-0.7, 0.4});
    QTRY_VERIFY(!sameValues(chart.barValues(), original));
    QVERIFY(sameValues(chart.barValues(), weightRow(model, 4)));

    model.undoStack()->undo();
    QTRY_VERIFY(sameValues(chart.barValues(), original));
}

void TestAttentionChart::rejectedSceneShowsDashes()
{
    Scene scene = notebookScene();
    scene.words[2].vector = {std::numeric_limits<double>::quiet_NaN(), 0.0};
    SceneModel model;
    model.resetScene(scene);
    QVERIFY(model.result().status != attention::Status::Ok);
    AttentionChart chart(&model);
    chart.show();

    QCOMPARE(chart.barValues(), QList<double>(5, 0.0));
    for (const QString &label : chart.barLabels()) {
        QCOMPARE(label, QStringLiteral("—"));
        QVERIFY(!label.contains(QStringLiteral("nan"), Qt::CaseInsensitive));
    }
}

void TestAttentionChart::wordsResetRebuildsBars()
{
    SceneModel model;
    model.resetScene(notebookScene());
    AttentionChart chart(&model);
    chart.show();
    QCOMPARE(chart.barValues().size(), 5);

    Scene scene;
    scene.words = {{QStringLiteral("a"), {1.0, 0.0}}, {QStringLiteral("b"), {0.0, 1.0}}};
    scene.query = 0;
    model.resetScene(scene);

    QCOMPARE(chart.barValues().size(), 2);
    QTRY_VERIFY(sameValues(chart.barValues(), weightRow(model, 0)));
    QVERIFY(chart.title().contains(QStringLiteral("“a”")));

    model.resetScene(Scene{});
    QVERIFY(chart.barValues().isEmpty());
    QCOMPARE(chart.title(), QStringLiteral("Attention weights"));
}

void TestAttentionChart::categoryLabelsShowWholeWords()
{
    SceneModel model;
    model.resetScene(notebookScene());
    AttentionChart chart(&model);
    chart.resize(520, 380);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));

    // Qt Charts' own labels would show "sleepi…" and "sudd…" at this width.
    const QStringList expected = {QStringLiteral("cat"), QStringLiteral("sleeping"), QStringLiteral("couch"),
                                  QStringLiteral("suddenly"), QStringLiteral("jumped")};
    QTRY_COMPARE(chart.categoryLabels(), expected);
}

void TestAttentionChart::longCategoryLabelIsElided()
{
    Scene scene = notebookScene();
    const QString longLabel = QString(200, QLatin1Char('w'));
    scene.words[1].label = longLabel;
    SceneModel model;
    model.resetScene(scene);
    AttentionChart chart(&model);
    chart.resize(520, 380);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));

    QTRY_VERIFY(chart.categoryLabels().value(1).endsWith(QChar(0x2026)));
    QVERIFY(chart.categoryLabels().at(1).size() < 40);
    QCOMPARE(chart.categoryLabels().at(0), QStringLiteral("cat"));
    QCOMPARE(chart.categoryLabels().at(2), QStringLiteral("couch"));
    // The model keeps the full label.
    QCOMPARE(model.words().at(1).label, longLabel);
}

void TestAttentionChart::titleShrinksWhenNarrow()
{
    SceneModel model;
    model.resetScene(notebookScene());
    AttentionChart chart(&model);
    chart.resize(900, 400);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QChart *qchart = chartOf(chart);
    QVERIFY(qchart);
    QCoreApplication::processEvents();
    const qreal wideSize = qchart->titleFont().pointSizeF();

    chart.resize(280, 400);
    QTRY_VERIFY(qchart->titleFont().pointSizeF() < wideSize);
    QVERIFY(qchart->titleFont().pointSizeF() >= 0.6 * wideSize - 0.01);

    chart.resize(900, 400);
    QTRY_COMPARE(qchart->titleFont().pointSizeF(), wideSize);
}

QTEST_MAIN(TestAttentionChart)
#include "tst_attentionchart.moc"
