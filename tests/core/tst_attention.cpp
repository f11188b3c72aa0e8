// Reference values, invariants and corner cases of the attention module.
#include "attention/attention.h"

#include <QTest>

#include <Eigen/Dense>

#include <cmath>
#include <limits>
#include <numeric>
#include <vector>

using attention::Scaling;
using attention::Settings;
using attention::Status;
using Eigen::Index;
using Eigen::MatrixXd;
using Eigen::VectorXd;

Q_DECLARE_METATYPE(Eigen::MatrixXd)
Q_DECLARE_METATYPE(attention::Settings)
Q_DECLARE_METATYPE(attention::Status)

namespace {

// The notebook's sentence: cat, sleeping, couch, suddenly, jumped.
MatrixXd notebookWords()
{
    MatrixXd words(5, 2);
    words << 1.0, 0.0, //
        0.8, 0.3,      //
        0.4, 0.6,      //
        0.1, 0.9,      //
        0.9, 0.1;
    return words;
}

MatrixXd rotation(double radians)
{
    MatrixXd r(2, 2);
    r << std::cos(radians), -std::sin(radians), //
        std::sin(radians), std::cos(radians);
    return r;
}

// Tolerance for a row of n weights that should sum to 1: a few ulps per term.
double sumTolerance(Index n)
{
    return 4.0 * static_cast<double>(std::max<Index>(n, 1)) * std::numeric_limits<double>::epsilon();
}

void verifyRowsSumToOne(const attention::RowMatrix &weights)
{
    for (Index i = 0; i < weights.rows(); ++i) {
        const double sum = weights.row(i).sum();
        QVERIFY2(std::abs(sum - 1.0) <= sumTolerance(weights.cols()),
                 qPrintable(QStringLiteral("row %1 sums to %2").arg(i).arg(sum, 0, 'g', 17)));
    }
}

void verifyAllFinite(const attention::Result &result)
{
    QVERIFY(result.dotProducts.allFinite());
    QVERIFY(result.scores.allFinite());
    QVERIFY(result.weights.allFinite());
    QVERIFY(result.outputs.allFinite());
}

} // namespace

class TestAttention : public QObject
{
    Q_OBJECT

private slots:
    void notebookReferenceValues();
    void notebookAllQueriesMatchSingleQuery();

    void softmaxKnownValues_data();
    void softmaxKnownValues();
    void softmaxLargeInputsStayFinite();

    void scalingAndTemperature_data();
    void scalingAndTemperature();

    void causalMaskHidesLaterKeys();
    void causalMaskWithSingleQuery();

    void projectionsKnownValues();
    void valueProjectionNeverChangesWeights();
    void permutingWordsPermutesWeights();
    void rowsSumToOneForRandomInput();

    void degenerateInput_data();
    void degenerateInput();
    void invalidInputRejected_data();
    void invalidInputRejected();
    void coordinatesAtLimitStayFinite();
    void higherDimensionWords();
    void resultStorageIsReused();
    void entropyKnownValues();
};

void TestAttention::notebookReferenceValues()
{
    const attention::QueryResult result = attention::computeQuery(notebookWords(), Settings{}, 4);
    QCOMPARE(result.status, Status::Ok);
    QCOMPARE(result.keyDimension, Index(2));

    const double expected[] = {0.240524, 0.216319, 0.171299, 0.144561, 0.227296};
    for (Index j = 0; j < 5; ++j)
        QVERIFY2(std::abs(result.weights(j) - expected[j]) < 1e-6,
                 qPrintable(QStringLiteral("weight %1 is %2").arg(j).arg(result.weights(j), 0, 'f', 8)));

    QVERIFY(std::abs(result.output(0) - 0.701122) < 1e-6);
    QVERIFY(std::abs(result.output(1) - 0.320510) < 1e-6);

    // jumped·cat = 0.9, divided by √2.
    QCOMPARE(result.dotProducts(0), 0.9);
    QVERIFY(std::abs(result.scores(0) - 0.9 / std::sqrt(2.0)) < 1e-15);
    QCOMPARE(result.visibleKeys, Index(5));
}

void TestAttention::notebookAllQueriesMatchSingleQuery()
{
    Settings settings;
    settings.temperature = 0.7;
    settings.causal = true;
    settings.valueProjection = rotation(0.3);
    const MatrixXd words = notebookWords();

    const attention::Result all = attention::computeAll(words, settings);
    QCOMPARE(all.status, Status::Ok);
    QCOMPARE(all.weights.rows(), Index(5));
    QCOMPARE(all.outputs.cols(), Index(2));
    verifyRowsSumToOne(all.weights);

    for (Index i = 0; i < words.rows(); ++i) {
        const attention::QueryResult one = attention::computeQuery(words, settings, i);
        QCOMPARE(one.status, Status::Ok);
        QVERIFY((one.dotProducts.transpose() - all.dotProducts.row(i)).cwiseAbs().maxCoeff() < 1e-14);
        QVERIFY((one.scores.transpose() - all.scores.row(i)).cwiseAbs().maxCoeff() < 1e-14);
        QVERIFY((one.weights.transpose() - all.weights.row(i)).cwiseAbs().maxCoeff() < 1e-14);
        QVERIFY((one.output.transpose() - all.outputs.row(i)).cwiseAbs().maxCoeff() < 1e-14);
    }
}

void TestAttention::softmaxKnownValues_data()
{
    QTest::addColumn<MatrixXd>("input");
    QTest::addColumn<MatrixXd>("expected");
    QTest::addColumn<double>("tolerance");

    MatrixXd in(3, 1), out(3, 1);
    in << 0.0, 0.0, 0.0;
    out << 1.0 / 3, 1.0 / 3, 1.0 / 3;
    QTest::newRow("equal scores split evenly") << in << out << 1e-15;

    in << 0.0, std::log(2.0), std::log(5.0);
    out << 0.125, 0.25, 0.625;
    QTest::newRow("log ratios 1:2:5") << in << out << 1e-15;

    // 1000 + ln 3 is stored with an error of up to half an ulp of 1000
    // (5.7e-14), which the weights inherit.
    in << 1000.0, 1000.0 + std::log(3.0), 1000.0;
    out << 0.2, 0.6, 0.2;
    QTest::newRow("shift by 1000 cancels") << in << out << 1e-13;

    MatrixXd single(1, 1), one(1, 1);
    single << -42.0;
    one << 1.0;
    QTest::newRow("single entry") << single << one << 0.0;
}

void TestAttention::softmaxKnownValues()
{
    QFETCH(MatrixXd, input);
    QFETCH(MatrixXd, expected);
    QFETCH(double, tolerance);

    const VectorXd weights = attention::softmax(input.col(0));
    QCOMPARE(weights.size(), expected.rows());
    for (Index i = 0; i < weights.size(); ++i)
        QVERIFY2(std::abs(weights(i) - expected(i, 0)) <= tolerance,
                 qPrintable(QStringLiteral("entry %1 is %2").arg(i).arg(weights(i), 0, 'g', 17)));
}

void TestAttention::softmaxLargeInputsStayFinite()
{
    VectorXd scores(3);
    scores << 1e300, -1e300, 1e300;
    const VectorXd weights = attention::softmax(scores);
    QVERIFY(weights.allFinite());
    QCOMPARE(weights(0), 0.5);
    QCOMPARE(weights(1), 0.0);
    QCOMPARE(weights(2), 0.5);

    QCOMPARE(attention::softmax(VectorXd()).size(), Index(0));
}

void TestAttention::scalingAndTemperature_data()
{
    QTest::addColumn<int>("scaling");
    QTest::addColumn<double>("temperature");
    QTest::addColumn<double>("divisor");

    QTest::newRow("sqrt dk, T 1") << int(Scaling::SqrtKeyDimension) << 1.0 << std::sqrt(2.0);
    QTest::newRow("none, T 1") << int(Scaling::None) << 1.0 << 1.0;
    QTest::newRow("sqrt dk, T 0.5") << int(Scaling::SqrtKeyDimension) << 0.5 << std::sqrt(2.0) * 0.5;
    QTest::newRow("none, T 20") << int(Scaling::None) << 20.0 << 20.0;
    QTest::newRow("none, T min") << int(Scaling::None) << attention::kMinTemperature
                                 << attention::kMinTemperature;
}

void TestAttention::scalingAndTemperature()
{
    QFETCH(int, scaling);
    QFETCH(double, temperature);
    QFETCH(double, divisor);

    Settings settings;
    settings.scaling = static_cast<Scaling>(scaling);
    settings.temperature = temperature;
    const MatrixXd words = notebookWords();
    const attention::QueryResult result = attention::computeQuery(words, settings, 4);
    QCOMPARE(result.status, Status::Ok);

    // Hand computation: s_j = (x_4·x_j) / divisor, w = exp(s) / Σ exp(s).
    VectorXd expectedScores(5);
    for (Index j = 0; j < 5; ++j)
        expectedScores(j) = words.row(4).dot(words.row(j)) / divisor;
    VectorXd expectedWeights = (expectedScores.array() - expectedScores.maxCoeff()).exp();
    expectedWeights /= expectedWeights.sum();

    QVERIFY((result.scores - expectedScores).cwiseAbs().maxCoeff() < 1e-12);
    QVERIFY((result.weights - expectedWeights).cwiseAbs().maxCoeff() < 1e-12);
    QVERIFY(result.weights.allFinite());
}

void TestAttention::causalMaskHidesLaterKeys()
{
    Settings settings;
    settings.causal = true;
    const attention::Result result = attention::computeAll(notebookWords(), settings);
    QCOMPARE(result.status, Status::Ok);
    verifyRowsSumToOne(result.weights);

    for (Index i = 0; i < 5; ++i) {
        for (Index j = 0; j < 5; ++j) {
            QCOMPARE(result.isMasked(i, j), j > i);
            if (j > i)
                QCOMPARE(result.weights(i, j), 0.0);
            else
                QVERIFY(result.weights(i, j) > 0.0);
        }
    }

    // The first word sees only itself.
    QCOMPARE(result.weights(0, 0), 1.0);
    QCOMPARE(result.outputs(0, 0), 1.0);
    QCOMPARE(result.outputs(0, 1), 0.0);

    // Query "sleeping" (1) sees cat and itself: scores 0.8/√2 and 0.73/√2.
    const double a = std::exp(0.8 / std::sqrt(2.0));
    const double b = std::exp(0.73 / std::sqrt(2.0));
    QVERIFY(std::abs(result.weights(1, 0) - a / (a + b)) < 1e-15);
    QVERIFY(std::abs(result.weights(1, 1) - b / (a + b)) < 1e-15);
}

void TestAttention::causalMaskWithSingleQuery()
{
    Settings settings;
    settings.causal = true;
    const attention::QueryResult result = attention::computeQuery(notebookWords(), settings, 2);
    QCOMPARE(result.visibleKeys, Index(3));
    QCOMPARE(result.weights(3), 0.0);
    QCOMPARE(result.weights(4), 0.0);
    QVERIFY(std::abs(result.weights.sum() - 1.0) < 1e-15);

    // The last query sees everything, so the mask changes nothing there.
    const attention::QueryResult last = attention::computeQuery(notebookWords(), settings, 4);
    const attention::QueryResult unmasked = attention::computeQuery(notebookWords(), Settings{}, 4);
    QVERIFY((last.weights - unmasked.weights).cwiseAbs().maxCoeff() == 0.0);
}

void TestAttention::projectionsKnownValues()
{
    // Two words, W_Q swaps the axes, W_K doubles x, W_V projects onto x.
    MatrixXd words(2, 2);
    words << 1.0, 0.0, //
        0.0, 1.0;
    Settings settings;
    settings.scaling = Scaling::None;
    settings.queryProjection.resize(2, 2);
    settings.queryProjection << 0.0, 1.0, //
        1.0, 0.0;
    settings.keyProjection.resize(2, 2);
    settings.keyProjection << 2.0, 0.0, //
        0.0, 1.0;
    settings.valueProjection.resize(2, 2);
    settings.valueProjection << 1.0, 0.0, //
        0.0, 0.0;

    // q_0 = (0, 1), q_1 = (1, 0); k_0 = (2, 0), k_1 = (0, 1); v_0 = (1, 0), v_1 = (0, 0).
    const attention::Result result = attention::computeAll(words, settings);
    QCOMPARE(result.status, Status::Ok);
    QCOMPARE(result.dotProducts(0, 0), 0.0);
    QCOMPARE(result.dotProducts(0, 1), 1.0);
    QCOMPARE(result.dotProducts(1, 0), 2.0);
    QCOMPARE(result.dotProducts(1, 1), 0.0);

    const double e = std::exp(1.0);
    QVERIFY(std::abs(result.weights(0, 0) - 1.0 / (1.0 + e)) < 1e-15);
    QVERIFY(std::abs(result.weights(0, 1) - e / (1.0 + e)) < 1e-15);
    const double e2 = std::exp(2.0);
    QVERIFY(std::abs(result.weights(1, 0) - e2 / (1.0 + e2)) < 1e-15);

    // Only v_0 has a non-zero component, so the output is (w_i0, 0).
    QVERIFY(std::abs(result.outputs(0, 0) - result.weights(0, 0)) < 1e-15);
    QCOMPARE(result.outputs(0, 1), 0.0);
    QVERIFY(std::abs(result.outputs(1, 0) - result.weights(1, 0)) < 1e-15);

    // A 1×2 W_Q and W_K give d_k = 1, so the √d_k scaling divides by 1.
    Settings narrow;
    narrow.queryProjection = MatrixXd::Ones(1, 2);
    narrow.keyProjection = MatrixXd::Ones(1, 2);
    const attention::QueryResult oneDimensional = attention::computeQuery(words, narrow, 0);
    QCOMPARE(oneDimensional.status, Status::Ok);
    QCOMPARE(oneDimensional.keyDimension, Index(1));
    QCOMPARE(oneDimensional.scores(0), 1.0);
    QCOMPARE(oneDimensional.weights(0), 0.5);
}

void TestAttention::valueProjectionNeverChangesWeights()
{
    const MatrixXd words = notebookWords();
    Settings plain;
    Settings projected;
    projected.valueProjection = rotation(1.1) * 3.0;

    const attention::Result a = attention::computeAll(words, plain);
    const attention::Result b = attention::computeAll(words, projected);
    QVERIFY((a.weights - b.weights).cwiseAbs().maxCoeff() == 0.0);

    // The output moves with W_V: O_b = O_a · W_Vᵀ.
    const MatrixXd expected = a.outputs * projected.valueProjection.transpose();
    QVERIFY((b.outputs - expected).cwiseAbs().maxCoeff() < 1e-14);
    QVERIFY((a.outputs - b.outputs).cwiseAbs().maxCoeff() > 0.1);
}

void TestAttention::permutingWordsPermutesWeights()
{
    const MatrixXd words = notebookWords();
    const std::vector<Index> order = {3, 0, 4, 1, 2};
    MatrixXd permuted(5, 2);
    for (Index i = 0; i < 5; ++i)
        permuted.row(i) = words.row(order[i]);

    const attention::Result a = attention::computeAll(words, Settings{});
    const attention::Result b = attention::computeAll(permuted, Settings{});
    for (Index i = 0; i < 5; ++i) {
        for (Index j = 0; j < 5; ++j)
            QVERIFY(std::abs(b.weights(i, j) - a.weights(order[i], order[j])) < 1e-15);
        QVERIFY((b.outputs.row(i) - a.outputs.row(order[i])).cwiseAbs().maxCoeff() < 1e-15);
    }
}

void TestAttention::rowsSumToOneForRandomInput()
{
    std::srand(20261204);
    for (const Index n : {1, 2, 7, 100, 1000}) {
        const MatrixXd words = MatrixXd::Random(n, 2) * 50.0;
        Settings settings;
        settings.temperature = 0.05;
        settings.queryProjection = MatrixXd::Random(2, 2);
        const attention::Result result = attention::computeAll(words, settings);
        QCOMPARE(result.status, Status::Ok);
        verifyAllFinite(result);
        verifyRowsSumToOne(result.weights);
        QVERIFY(result.weights.minCoeff() >= 0.0);
    }
}

void TestAttention::degenerateInput_data()
{
    QTest::addColumn<MatrixXd>("words");
    QTest::addColumn<MatrixXd>("expectedWeights");

    QTest::newRow("zero words") << MatrixXd(0, 2) << MatrixXd(0, 0);

    MatrixXd one(1, 2);
    one << 0.3, -0.7;
    QTest::newRow("single word") << one << MatrixXd::Ones(1, 1).eval();

    MatrixXd twins(2, 2);
    twins << 0.5, 0.5, //
        0.5, 0.5;
    QTest::newRow("identical words tie") << twins << MatrixXd::Constant(2, 2, 0.5).eval();

    QTest::newRow("zero vectors") << MatrixXd::Zero(4, 2).eval() << MatrixXd::Constant(4, 4, 0.25).eval();

    MatrixXd orthogonal(2, 2);
    orthogonal << 1.0, 0.0, //
        0.0, 0.0;
    const double e = std::exp(1.0 / std::sqrt(2.0));
    MatrixXd orthogonalWeights(2, 2);
    orthogonalWeights << e / (e + 1.0), 1.0 / (e + 1.0), //
        0.5, 0.5;
    QTest::newRow("zero beside unit") << orthogonal << orthogonalWeights;

    MatrixXd huge(2, 2);
    huge << attention::kCoordinateLimit, 0.0, //
        -attention::kCoordinateLimit, 0.0;
    MatrixXd hugeWeights(2, 2);
    hugeWeights << 1.0, 0.0, //
        0.0, 1.0;
    QTest::newRow("huge opposite words") << huge << hugeWeights;

    QTest::newRow("no dimensions") << MatrixXd(3, 0) << MatrixXd::Constant(3, 3, 1.0 / 3).eval();
}

void TestAttention::degenerateInput()
{
    QFETCH(MatrixXd, words);
    QFETCH(MatrixXd, expectedWeights);

    const attention::Result result = attention::computeAll(words, Settings{});
    QCOMPARE(result.status, Status::Ok);
    QCOMPARE(result.weights.rows(), expectedWeights.rows());
    QCOMPARE(result.weights.cols(), expectedWeights.cols());
    QCOMPARE(result.outputs.rows(), words.rows());
    QCOMPARE(result.outputs.cols(), words.cols());
    verifyAllFinite(result);
    verifyRowsSumToOne(result.weights);
    for (Index i = 0; i < expectedWeights.rows(); ++i)
        for (Index j = 0; j < expectedWeights.cols(); ++j)
            QVERIFY2(
                std::abs(result.weights(i, j) - expectedWeights(i, j)) < 1e-15,
                qPrintable(QStringLiteral("weight (%1, %2) is %3").arg(i).arg(j).arg(result.weights(i, j))));

    // A query outside the words yields empty vectors and no error.
    const attention::QueryResult outside = attention::computeQuery(words, Settings{}, words.rows());
    QCOMPARE(outside.status, Status::Ok);
    QCOMPARE(outside.weights.size(), Index(0));
    QCOMPARE(outside.output.size(), Index(0));
}

void TestAttention::invalidInputRejected_data()
{
    QTest::addColumn<MatrixXd>("words");
    QTest::addColumn<Settings>("settings");
    QTest::addColumn<Status>("expected");

    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    MatrixXd words = notebookWords();

    MatrixXd withNan = words;
    withNan(2, 1) = nan;
    QTest::newRow("NaN coordinate") << withNan << Settings{} << Status::NonFiniteWord;

    MatrixXd withInf = words;
    withInf(0, 0) = -inf;
    QTest::newRow("infinite coordinate") << withInf << Settings{} << Status::NonFiniteWord;

    MatrixXd beyond = words;
    beyond(1, 0) = std::nextafter(attention::kCoordinateLimit, inf);
    QTest::newRow("coordinate beyond limit") << beyond << Settings{} << Status::CoordinateOutOfRange;

    for (const double t :
         {0.0, -1.0, nan, inf, attention::kMinTemperature / 2, attention::kMaxTemperature * 2}) {
        Settings settings;
        settings.temperature = t;
        QTest::addRow("temperature %g", t) << words << settings << Status::InvalidTemperature;
    }

    Settings nanProjection;
    nanProjection.keyProjection = MatrixXd::Identity(2, 2);
    nanProjection.keyProjection(1, 1) = nan;
    QTest::newRow("NaN in W_K") << words << nanProjection << Status::NonFiniteProjection;

    Settings bigProjection;
    bigProjection.valueProjection = MatrixXd::Identity(2, 2) * 2e3;
    QTest::newRow("W_V beyond limit") << words << bigProjection << Status::ProjectionOutOfRange;

    Settings wrongColumns;
    wrongColumns.queryProjection = MatrixXd::Identity(3, 3);
    QTest::newRow("W_Q 3x3 for d 2") << words << wrongColumns << Status::ProjectionShapeMismatch;

    Settings unequalKeyDimension;
    unequalKeyDimension.queryProjection = MatrixXd::Ones(1, 2);
    QTest::newRow("d_k of W_Q and W_K differ")
        << words << unequalKeyDimension << Status::ProjectionShapeMismatch;
}

void TestAttention::invalidInputRejected()
{
    QFETCH(MatrixXd, words);
    QFETCH(Settings, settings);
    QFETCH(Status, expected);

    QCOMPARE(attention::validate(words, settings), expected);

    attention::Result result = attention::computeAll(notebookWords(), Settings{});
    attention::computeAll(words, settings, result);
    QCOMPARE(result.status, expected);
    QCOMPARE(result.weights.size(), Index(0));
    QCOMPARE(result.outputs.size(), Index(0));

    const attention::QueryResult one = attention::computeQuery(words, settings, 0);
    QCOMPARE(one.status, expected);
    QCOMPARE(one.weights.size(), Index(0));

    QVERIFY(!attention::statusName(expected).empty());
    QVERIFY(attention::statusName(expected) != attention::statusName(Status::Ok));
}

void TestAttention::coordinatesAtLimitStayFinite()
{
    // Every coordinate and projection entry at its limit and the smallest
    // temperature: the largest scores the limits allow.
    const double c = attention::kCoordinateLimit;
    MatrixXd words(3, 2);
    words << c, c, //
        -c, c,     //
        c, -c;
    Settings settings;
    settings.scaling = Scaling::None;
    settings.temperature = attention::kMinTemperature;
    settings.queryProjection = MatrixXd::Constant(2, 2, attention::kProjectionLimit);
    settings.keyProjection = MatrixXd::Constant(2, 2, -attention::kProjectionLimit);
    settings.valueProjection = MatrixXd::Constant(2, 2, attention::kProjectionLimit);

    const attention::Result result = attention::computeAll(words, settings);
    QCOMPARE(result.status, Status::Ok);
    verifyAllFinite(result);
    verifyRowsSumToOne(result.weights);
}

void TestAttention::higherDimensionWords()
{
    // d = 4 with d_k = 4: the √d_k scaling divides by 2.
    MatrixXd words(2, 4);
    words << 1.0, 1.0, 1.0, 1.0, //
        0.0, 0.0, 0.0, 0.0;
    const attention::QueryResult result = attention::computeQuery(words, Settings{}, 0);
    QCOMPARE(result.keyDimension, Index(4));
    QCOMPARE(result.scores(0), 2.0);
    QCOMPARE(result.scores(1), 0.0);
    const double e2 = std::exp(2.0);
    QVERIFY(std::abs(result.weights(0) - e2 / (e2 + 1.0)) < 1e-15);
    QCOMPARE(result.output.size(), Index(4));
}

void TestAttention::resultStorageIsReused()
{
    attention::Result result;
    attention::computeAll(notebookWords(), Settings{}, result);
    const double *weightsData = result.weights.data();

    MatrixXd moved = notebookWords();
    moved(0, 0) = 0.2;
    attention::computeAll(moved, Settings{}, result);
    QCOMPARE(result.weights.data(), weightsData);
    QCOMPARE(result.dotProducts(0, 0), 0.04);
}

void TestAttention::entropyKnownValues()
{
    QCOMPARE(attention::entropy(VectorXd::Constant(1, 1.0)), 0.0);
    QVERIFY(std::abs(attention::entropy(VectorXd::Constant(4, 0.25)) - std::log(4.0)) < 1e-15);

    VectorXd withZero(3);
    withZero << 0.5, 0.5, 0.0;
    QVERIFY(std::abs(attention::entropy(withZero) - std::log(2.0)) < 1e-15);
    QCOMPARE(attention::entropy(VectorXd()), 0.0);
}

QTEST_APPLESS_MAIN(TestAttention)
#include "tst_attention.moc"
