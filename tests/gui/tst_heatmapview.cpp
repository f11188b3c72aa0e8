#include "heatmapview.h"
#include "scenemodel.h"

#include <QApplication>
#include <QHelpEvent>
#include <QImage>
#include <QLocale>
#include <QToolTip>
#include <QUndoStack>
#include <QtTest>

#include <cmath>

namespace {

constexpr double kTolerance = 1e-12;

Eigen::MatrixXd wordMatrix(const QList<Word> &words)
{
    Eigen::MatrixXd matrix(words.size(), 2);
    for (qsizetype i = 0; i < words.size(); ++i) {
        matrix(i, 0) = words[i].vector.x();
        matrix(i, 1) = words[i].vector.y();
    }
    return matrix;
}

// Three words whose queries are turned by 90°, so weights(i, j) differs from
// weights(j, i) and a transposed view would show other numbers.
Scene rotatedQueryScene()
{
    Scene scene;
    scene.words = {
        {QStringLiteral("A"), {1.0, 0.0}},
        {QStringLiteral("B"), {0.0, 1.0}},
        {QStringLiteral("C"), {1.0, 1.0}},
    };
    scene.query = 0;
    scene.settings.queryProjection = Eigen::MatrixXd(2, 2);
    scene.settings.queryProjection << 0.0, -1.0, 1.0, 0.0;
    return scene;
}

bool nearlyEqual(QRgb a, QRgb b, int tolerance)
{
    return std::abs(qRed(a) - qRed(b)) <= tolerance && std::abs(qGreen(a) - qGreen(b)) <= tolerance &&
        std::abs(qBlue(a) - qBlue(b)) <= tolerance;
}

} // namespace

class TestHeatmapView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cellValuesMatchCoreNotTransposed();
    void causalMaskPaintsHiddenCells();
    void cellColorFollowsRamp();
    void clickMakesRowQuery();
    void hoverHighlightsKeyWord();
    void toolTipNamesQueryAndKey();
    void previewUpdatesCells();
    void emptySceneHasNoCells();
};

void TestHeatmapView::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestHeatmapView::cellValuesMatchCoreNotTransposed()
{
    SceneModel model;
    const Scene scene = rotatedQueryScene();
    model.resetScene(scene);
    HeatmapView view(&model);

    const attention::Result expected = attention::computeAll(wordMatrix(scene.words), scene.settings);
    QCOMPARE(expected.status, attention::Status::Ok);
    QVERIFY(std::abs(expected.weights(0, 1) - expected.weights(1, 0)) > 1e-3);

    for (int i = 0; i < 3; ++i) {
        for (int j = 0; j < 3; ++j) {
            const QString where = QStringLiteral("row %1, column %2").arg(i).arg(j);
            QVERIFY2(std::abs(view.cellValue(i, j) - expected.weights(i, j)) < kTolerance, qPrintable(where));
        }
    }
    QVERIFY(std::isnan(view.cellValue(3, 0)));
    QVERIFY(std::isnan(view.cellValue(0, -1)));
}

void TestHeatmapView::causalMaskPaintsHiddenCells()
{
    Scene scene = notebookScene();
    scene.settings.causal = true;
    SceneModel model;
    model.resetScene(scene);
    HeatmapView view(&model);
    view.resize(420, 320);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    for (int i = 0; i < 5; ++i) {
        for (int j = i + 1; j < 5; ++j)
            QCOMPARE(view.cellValue(i, j), 0.0);
    }
    QVERIFY(view.cellValue(1, 0) > 0.0);

    const QImage image = view.grab().toImage();
    const QRgb zeroColor = HeatmapView::colorForWeight(0.0).rgb();
    const QPoint maskedPoint = view.cellRect(0, 1).center();
    QVERIFY(!nearlyEqual(image.pixel(maskedPoint), zeroColor, 8));

    const QString toolTip = view.cellToolTip(0, 1);
    QCOMPARE(toolTip, QStringLiteral("query cat → key sleeping: masked"));
}

void TestHeatmapView::cellColorFollowsRamp()
{
    SceneModel model;
    model.resetScene(notebookScene());
    HeatmapView view(&model);
    view.resize(420, 320);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    // The corner of a cell, away from its text and from the query's outline.
    const QImage image = view.grab().toImage();
    const QPoint corner = view.cellRect(1, 0).topLeft() + QPoint(3, 3);
    const QRgb expected = HeatmapView::colorForWeight(view.cellValue(1, 0)).rgb();
    QVERIFY(nearlyEqual(image.pixel(corner), expected, 2));

    QVERIFY(HeatmapView::colorForWeight(0.0).lightness() > HeatmapView::colorForWeight(1.0).lightness());
}

void TestHeatmapView::clickMakesRowQuery()
{
    SceneModel model;
    model.resetScene(notebookScene());
    HeatmapView view(&model);
    view.resize(420, 320);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(model.queryIndex(), 4);

    QTest::mouseClick(&view, Qt::LeftButton, {}, view.cellRect(1, 3).center());
    QCOMPARE(model.queryIndex(), 1);
    QCOMPARE(model.undoStack()->count(), 1);

    const QRect firstCell = view.cellRect(2, 0);
    const QPoint rowLabel(firstCell.left() - 10, firstCell.center().y());
    QCOMPARE(view.rowAt(rowLabel), 2);
    QTest::mouseClick(&view, Qt::LeftButton, {}, rowLabel);
    QCOMPARE(model.queryIndex(), 2);
}

void TestHeatmapView::hoverHighlightsKeyWord()
{
    SceneModel model;
    model.resetScene(notebookScene());
    HeatmapView view(&model);
    view.resize(420, 320);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    const QPoint cell = view.cellRect(4, 1).center();
    QCOMPARE(view.rowAt(cell), 4);
    QCOMPARE(view.columnAt(cell), 1);
    QTest::mouseMove(&view, cell);
    QTRY_COMPARE(model.highlightedWord(), 1);
    QCOMPARE(model.undoStack()->count(), 0);

    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(&view, &leave);
    QCOMPARE(model.highlightedWord(), -1);
}

void TestHeatmapView::toolTipNamesQueryAndKey()
{
    SceneModel model;
    model.resetScene(notebookScene());
    HeatmapView view(&model);
    view.resize(420, 320);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    const QString expected = QStringLiteral("query jumped → key cat: 0.241");
    QCOMPARE(view.cellToolTip(4, 0), expected);

    const QPoint pos = view.cellRect(4, 0).center();
    QHelpEvent help(QEvent::ToolTip, pos, view.mapToGlobal(pos));
    QApplication::sendEvent(&view, &help);
    QTRY_COMPARE(QToolTip::text(), expected);
    QToolTip::hideText();
}

void TestHeatmapView::previewUpdatesCells()
{
    SceneModel model;
    model.resetScene(notebookScene());
    HeatmapView view(&model);
    const double before = view.cellValue(4, 0);

    model.previewWordVector(0, {0.2, 0.9});

    QVERIFY(std::abs(view.cellValue(4, 0) - before) > 1e-3);
    QVERIFY(std::abs(view.cellValue(4, 0) - model.result().weights(4, 0)) < kTolerance);
}

void TestHeatmapView::emptySceneHasNoCells()
{
    SceneModel model;
    model.resetScene(Scene{});
    HeatmapView view(&model);
    view.resize(300, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    QVERIFY(view.cellRect(0, 0).isNull());
    QCOMPARE(view.rowAt(QPoint(150, 100)), -1);
    QCOMPARE(view.columnAt(QPoint(150, 100)), -1);
    QVERIFY(std::isnan(view.cellValue(0, 0)));
    QVERIFY(!view.grab().isNull());
}

QTEST_MAIN(TestHeatmapView)
#include "tst_heatmapview.moc"
