#include "scenemodel.h"
#include "stepspanel.h"
#include "stepstablemodel.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QLocale>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

#include <cmath>

namespace {

constexpr double kTolerance = 1e-12;

QString cellText(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data(Qt::DisplayRole).toString();
}

double cellValue(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data(StepsTableModel::ValueRole).toDouble();
}

QString headerText(const QAbstractItemModel *model, int column)
{
    return model->headerData(column, Qt::Horizontal).toString();
}

QString threeDecimals(double value)
{
    return QLocale::c().toString(value, 'f', 3);
}

// Words with equal vectors get equal weights, so the two "the" tie for the
// largest weight from the first one.
Scene tieScene()
{
    Scene scene;
    scene.words = {
        {QStringLiteral("the"), {1.0, 0.0}},
        {QStringLiteral("cat"), {0.0, 1.0}},
        {QStringLiteral("the"), {1.0, 0.0}},
    };
    scene.query = 0;
    return scene;
}

// Three equal vectors: every weight is 1/3, so the rounded weights add up to
// 0.999.
Scene uniformScene()
{
    Scene scene;
    scene.words = {
        {QStringLiteral("a"), {0.5, 0.5}},
        {QStringLiteral("b"), {0.5, 0.5}},
        {QStringLiteral("c"), {0.5, 0.5}},
    };
    scene.query = 1;
    return scene;
}

} // namespace

class TestStepsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void stepsMatchCore_data();
    void stepsMatchCore();
    void maskedKeysShowMasked();
    void summaryLinesForNotebook();
    void roundedSumIsNotFaked();
    void uniformEntropyIsLogN();
    void tieNamesBothWords();
    void previewChangesDataNotReset();
    void hoverHighlightsRowWord();
};

void TestStepsPanel::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestStepsPanel::stepsMatchCore_data()
{
    QTest::addColumn<attention::Scaling>("scaling");
    QTest::addColumn<QString>("scaledHeader");
    QTest::addColumn<double>("divisor");

    QTest::newRow("sqrt d_k") << attention::Scaling::SqrtKeyDimension << QStringLiteral("÷√2")
                              << std::sqrt(2.0);
    QTest::newRow("no scaling") << attention::Scaling::None << QStringLiteral("÷1") << 1.0;
}

void TestStepsPanel::stepsMatchCore()
{
    QFETCH(attention::Scaling, scaling);
    QFETCH(QString, scaledHeader);
    QFETCH(double, divisor);

    Scene scene = notebookScene();
    scene.settings.scaling = scaling;
    scene.settings.temperature = 0.5;
    SceneModel model;
    model.resetScene(scene);
    StepsPanel panel(&model);
    auto *table = panel.findChild<QTableView *>(QStringLiteral("stepsTable"));
    QVERIFY(table);
    const QAbstractItemModel *steps = table->model();
    const attention::QueryResult &core = model.queryResult();

    QCOMPARE(steps->rowCount(), 5);
    QCOMPARE(headerText(steps, StepsTableModel::ScaledColumn), scaledHeader);
    QCOMPARE(headerText(steps, StepsTableModel::ScoreColumn), QStringLiteral("÷T\n(T = 0.50)"));

    const double maxScore = core.scores.maxCoeff();
    for (int j = 0; j < 5; ++j) {
        const QByteArray row = QByteArray::number(j);
        const double dotProduct = core.dotProducts(j);
        const double score = dotProduct / divisor / 0.5;
        QCOMPARE(cellText(steps, j, StepsTableModel::WordColumn), model.words().at(j).label);
        QCOMPARE(cellValue(steps, j, StepsTableModel::DotProductColumn), dotProduct);
        QVERIFY2(std::abs(cellValue(steps, j, StepsTableModel::ScaledColumn) - dotProduct / divisor) <
                     kTolerance,
                 row);
        QVERIFY2(std::abs(cellValue(steps, j, StepsTableModel::ScoreColumn) - score) < kTolerance, row);
        QVERIFY2(std::abs(core.scores(j) - score) < kTolerance, row);
        QVERIFY2(std::abs(cellValue(steps, j, StepsTableModel::ExponentialColumn) -
                          std::exp(core.scores(j) - maxScore)) < kTolerance,
                 row);
        QCOMPARE(cellValue(steps, j, StepsTableModel::WeightColumn), core.weights(j));
        QCOMPARE(cellText(steps, j, StepsTableModel::DotProductColumn), threeDecimals(dotProduct));
        QCOMPARE(cellText(steps, j, StepsTableModel::WeightColumn), threeDecimals(core.weights(j)));
    }
}

void TestStepsPanel::maskedKeysShowMasked()
{
    Scene scene = notebookScene();
    scene.settings.causal = true;
    scene.query = 1;
    SceneModel model;
    model.resetScene(scene);
    StepsPanel panel(&model);
    const QAbstractItemModel *steps = panel.table()->model();

    for (int j = 0; j < 5; ++j) {
        const QByteArray row = QByteArray::number(j);
        const QString exponential = cellText(steps, j, StepsTableModel::ExponentialColumn);
        if (j <= 1) {
            QVERIFY2(exponential != QStringLiteral("masked"), row);
            QVERIFY2(cellValue(steps, j, StepsTableModel::WeightColumn) > 0.0, row);
        } else {
            QCOMPARE(exponential, QStringLiteral("masked"));
            QCOMPARE(cellText(steps, j, StepsTableModel::WeightColumn), QStringLiteral("0.000"));
        }
    }
    QCOMPARE(panel.entropyText().endsWith(QStringLiteral("(uniform would be 0.693)")), true);
}

void TestStepsPanel::summaryLinesForNotebook()
{
    SceneModel model;
    model.resetScene(notebookScene());
    StepsPanel panel(&model);
    const attention::QueryResult &core = model.queryResult();

    QCOMPARE(panel.sumText(), QStringLiteral("Σ = 1.000"));
    QCOMPARE(panel.outputText(),
             QStringLiteral("Σ wⱼvⱼ = (%1, %2)")
                 .arg(threeDecimals(core.output(0)), threeDecimals(core.output(1))));
    QCOMPARE(panel.largestWeightText(), QStringLiteral("Largest weight: “cat” (0.241)"));
    QCOMPARE(panel.entropyText(),
             QStringLiteral("Entropy: %1 nats (uniform would be %2)")
                 .arg(threeDecimals(attention::entropy(core.weights)), threeDecimals(std::log(5.0))));
}

void TestStepsPanel::roundedSumIsNotFaked()
{
    SceneModel model;
    model.resetScene(uniformScene());
    StepsPanel panel(&model);

    QCOMPARE(cellText(panel.table()->model(), 0, StepsTableModel::WeightColumn), QStringLiteral("0.333"));
    QVERIFY(panel.sumText().startsWith(QStringLiteral("Σ = 0.999")));
    QVERIFY(panel.sumText().contains(QStringLiteral("1.000000")));
}

void TestStepsPanel::uniformEntropyIsLogN()
{
    SceneModel model;
    model.resetScene(uniformScene());
    StepsPanel panel(&model);

    QCOMPARE(attention::entropy(model.queryResult().weights), std::log(3.0));
    const QString lnThree = threeDecimals(std::log(3.0));
    QCOMPARE(panel.entropyText(), QStringLiteral("Entropy: %1 nats (uniform would be %1)").arg(lnThree));
    QCOMPARE(panel.largestWeightText(), QStringLiteral("Tie between “a”, “b” and “c” (0.333 each)"));
}

void TestStepsPanel::tieNamesBothWords()
{
    SceneModel model;
    model.resetScene(tieScene());
    StepsPanel panel(&model);
    const attention::QueryResult &core = model.queryResult();
    QCOMPARE(core.weights(0), core.weights(2));

    QCOMPARE(panel.largestWeightText(),
             QStringLiteral("Tie between “the” and “the” (%1 each)").arg(threeDecimals(core.weights(0))));
}

void TestStepsPanel::previewChangesDataNotReset()
{
    SceneModel model;
    model.resetScene(notebookScene());
    StepsPanel panel(&model);
    QAbstractItemModel *steps = panel.table()->model();
    QSignalSpy resetSpy(steps, &QAbstractItemModel::modelReset);
    QSignalSpy dataSpy(steps, &QAbstractItemModel::dataChanged);
    const QString before = cellText(steps, 0, StepsTableModel::WeightColumn);

    model.previewWordVector(0, {0.2, 0.9});

    QTRY_VERIFY(dataSpy.count() > 0);
    QCOMPARE(resetSpy.count(), 0);
    QVERIFY(cellText(steps, 0, StepsTableModel::WeightColumn) != before);
    QCOMPARE(cellValue(steps, 0, StepsTableModel::WeightColumn), model.queryResult().weights(0));

    attention::Settings settings = model.attentionSettings();
    settings.temperature = 2.0;
    QVERIFY(model.setAttentionSettings(settings, [] { return QStringLiteral("temperature"); }));
    QTRY_COMPARE(headerText(steps, StepsTableModel::ScoreColumn), QStringLiteral("÷T\n(T = 2.00)"));
    QCOMPARE(resetSpy.count(), 0);

    model.addWord(QStringLiteral("mat"), {0.3, 0.3});
    QTRY_COMPARE(steps->rowCount(), 6);
    QVERIFY(resetSpy.count() > 0);
}

void TestStepsPanel::hoverHighlightsRowWord()
{
    SceneModel model;
    model.resetScene(notebookScene());
    StepsPanel panel(&model);
    panel.resize(520, 360);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTableView *table = panel.table();

    const QPoint row = table->visualRect(table->model()->index(2, 1)).center();
    QTest::mouseMove(table->viewport(), row);
    QTRY_COMPARE(model.highlightedWord(), 2);

    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(table->viewport(), &leave);
    QCOMPARE(model.highlightedWord(), -1);
}

QTEST_MAIN(TestStepsPanel)
#include "tst_stepspanel.moc"
