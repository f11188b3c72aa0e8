// Built-in example scenes: each loads and shows its effect with the real core.
#include "eigenconversion.h"
#include "examples.h"
#include "scenefile.h"

#include <QScopeGuard>
#include <QTest>
#include <QTranslator>

#include <algorithm>
#include <cmath>

namespace {

Scene loadExample(const QString &name)
{
    Scene scene;
    QString error;
    const QString path = QStringLiteral(":/examples/%1.json").arg(name);
    if (!SceneFile::read(path, &scene, &error))
        qWarning("%s", qPrintable(error));
    return scene;
}

attention::QueryResult computeQueryOf(const Scene &scene)
{
    QList<QPointF> vectors;
    for (const Word &word : scene.words)
        vectors.append(word.vector);
    return attention::computeQuery(conversion::toWordMatrix(vectors), scene.settings, scene.query);
}

double weightOfLabels(const Scene &scene, const attention::QueryResult &result, const QStringList &labels)
{
    double sum = 0.0;
    for (qsizetype i = 0; i < scene.words.size(); ++i) {
        if (labels.contains(scene.words[i].label))
            sum += result.weights(i);
    }
    return sum;
}

} // namespace

class TestExamples : public QObject
{
    Q_OBJECT

private slots:
    void exampleLoads_data();
    void exampleLoads();
    void tieWeightsExactlyEqual();
    void orthogonalWeightsUniform();
    void scalingSharpensWithoutDivision();
    void bankPrefersMoneySense();
    void longSentenceWordCount();
    void exampleScenesInMenuOrder();
    void exampleTextsMatchSceneFiles();
    void exampleTextsTranslatedToGerman();
};

void TestExamples::exampleLoads_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("defaultSettings");

    QTest::newRow("notebook") << QStringLiteral("notebook") << true;
    QTest::newRow("bank") << QStringLiteral("bank") << true;
    QTest::newRow("tie") << QStringLiteral("tie") << true;
    QTest::newRow("orthogonal") << QStringLiteral("orthogonal") << true;
    QTest::newRow("scaling") << QStringLiteral("scaling") << false;
    QTest::newRow("long-sentence") << QStringLiteral("long-sentence") << true;
}

void TestExamples::exampleLoads()
{
    QFETCH(QString, name);
    QFETCH(bool, defaultSettings);

    Scene scene;
    QString error;
    QVERIFY2(SceneFile::read(QStringLiteral(":/examples/%1.json").arg(name), &scene, &error),
             qPrintable(error));
    QVERIFY(!scene.title.isEmpty());
    QVERIFY(!scene.description.isEmpty());
    QVERIFY(!scene.description.contains(u'\n'));
    QVERIFY(scene.query >= 0);
    QVERIFY(scene.query < scene.words.size());

    const attention::QueryResult result = computeQueryOf(scene);
    QCOMPARE(result.status, attention::Status::Ok);
    QCOMPARE(result.weights.size(), scene.words.size());

    // The effect each example shows must be visible without changing settings.
    if (defaultSettings) {
        QCOMPARE(scene.settings.scaling, attention::Scaling::SqrtKeyDimension);
        QCOMPARE(scene.settings.temperature, 1.0);
        QCOMPARE(scene.settings.causal, false);
        QCOMPARE(scene.settings.queryProjection.size(), 0);
        QCOMPARE(scene.settings.keyProjection.size(), 0);
        QCOMPARE(scene.settings.valueProjection.size(), 0);
    }
}

void TestExamples::tieWeightsExactlyEqual()
{
    const Scene scene = loadExample(QStringLiteral("tie"));
    QCOMPARE(scene.words.size(), 5);
    QCOMPARE(scene.words[0], scene.words[3]);
    QVERIFY(scene.query != 0);
    QVERIFY(scene.query != 3);

    const attention::QueryResult result = computeQueryOf(scene);
    QCOMPARE(result.status, attention::Status::Ok);

    // QCOMPARE on doubles is fuzzy, but a tie must be exact.
    QVERIFY2(result.weights(0) == result.weights(3),
             qPrintable(QStringLiteral("%1 != %2")
                            .arg(result.weights(0), 0, 'g', 17)
                            .arg(result.weights(3), 0, 'g', 17)));
    QVERIFY(result.weights(0) > 0.0);
}

void TestExamples::orthogonalWeightsUniform()
{
    const Scene scene = loadExample(QStringLiteral("orthogonal"));
    QCOMPARE(scene.words.size(), 5);

    const attention::QueryResult result = computeQueryOf(scene);
    QCOMPARE(result.status, attention::Status::Ok);

    const double uniform = 1.0 / double(scene.words.size());
    for (Eigen::Index i = 0; i < result.weights.size(); ++i) {
        QVERIFY2(std::abs(result.weights(i) - uniform) <= 1e-15,
                 qPrintable(QStringLiteral("weight %1 is %2").arg(i).arg(result.weights(i), 0, 'g', 17)));
        QVERIFY(result.dotProducts(i) == result.dotProducts(0));
    }
}

void TestExamples::scalingSharpensWithoutDivision()
{
    Scene scene = loadExample(QStringLiteral("scaling"));
    QCOMPARE(scene.settings.scaling, attention::Scaling::SqrtKeyDimension);
    const attention::QueryResult scaled = computeQueryOf(scene);
    QCOMPARE(scaled.status, attention::Status::Ok);

    scene.settings.scaling = attention::Scaling::None;
    const attention::QueryResult unscaled = computeQueryOf(scene);
    QCOMPARE(unscaled.status, attention::Status::Ok);

    const double scaledTop = scaled.weights.maxCoeff();
    const double unscaledTop = unscaled.weights.maxCoeff();
    QVERIFY2(unscaledTop > scaledTop + 0.1,
             qPrintable(QStringLiteral("%1 with scaling, %2 without").arg(scaledTop).arg(unscaledTop)));

    // The description quotes both numbers, so they must match the scene.
    QVERIFY2(scene.description.contains(QString::number(scaledTop, 'f', 2)), qPrintable(scene.description));
    QVERIFY2(scene.description.contains(QString::number(unscaledTop, 'f', 2)), qPrintable(scene.description));

    for (const Word &word : scene.words)
        QVERIFY(std::hypot(word.vector.x(), word.vector.y()) < 4.0);
    QVERIFY(std::hypot(scene.words[scene.query].vector.x(), scene.words[scene.query].vector.y()) > 2.5);
}

void TestExamples::bankPrefersMoneySense()
{
    Scene scene = loadExample(QStringLiteral("bank"));
    QCOMPARE(scene.words[scene.query].label, QStringLiteral("bank"));
    const QStringList money = {QStringLiteral("money"), QStringLiteral("loan")};
    const QStringList river = {QStringLiteral("river"), QStringLiteral("water")};

    const attention::QueryResult result = computeQueryOf(scene);
    QCOMPARE(result.status, attention::Status::Ok);
    const double moneyWeight = weightOfLabels(scene, result, money);
    const double riverWeight = weightOfLabels(scene, result, river);
    QVERIFY2(moneyWeight > riverWeight + 0.15,
             qPrintable(QStringLiteral("money %1, river %2").arg(moneyWeight).arg(riverWeight)));

    // The description quotes both group weights.
    QVERIFY2(scene.description.contains(QString::number(moneyWeight, 'f', 2)), qPrintable(scene.description));
    QVERIFY2(scene.description.contains(QString::number(riverWeight, 'f', 2)), qPrintable(scene.description));

    // The description promises that dragging bank toward the river words
    // flips the preference; mirroring bank across the diagonal does that.
    const QPointF bank = scene.words[scene.query].vector;
    scene.words[scene.query].vector = QPointF(bank.y(), bank.x());
    const attention::QueryResult dragged = computeQueryOf(scene);
    QCOMPARE(dragged.status, attention::Status::Ok);
    QVERIFY(weightOfLabels(scene, dragged, river) > weightOfLabels(scene, dragged, money));
}

void TestExamples::longSentenceWordCount()
{
    const Scene scene = loadExample(QStringLiteral("long-sentence"));
    QVERIFY(scene.words.size() >= 10);
    QVERIFY(scene.words.size() <= 14);
}

void TestExamples::exampleScenesInMenuOrder()
{
    const QList<ExampleScene> examples = exampleScenes();
    const QStringList expectedPaths = {
        QStringLiteral(":/examples/notebook.json"), QStringLiteral(":/examples/bank.json"),
        QStringLiteral(":/examples/tie.json"),      QStringLiteral(":/examples/orthogonal.json"),
        QStringLiteral(":/examples/scaling.json"),  QStringLiteral(":/examples/long-sentence.json"),
    };
    QCOMPARE(examples.size(), expectedPaths.size());

    for (qsizetype i = 0; i < examples.size(); ++i) {
        QCOMPARE(examples[i].path, expectedPaths[i]);
        QVERIFY(!examples[i].title.isEmpty());
        QVERIFY(!examples[i].description.isEmpty());
    }
    QCOMPARE(examples.first().title, notebookScene().title);
}

void TestExamples::exampleTextsMatchSceneFiles()
{
    // The menu's texts are the translation keys, so they must stay equal to
    // the files' titles and descriptions.
    for (const ExampleScene &example : exampleScenes()) {
        Scene scene;
        QString error;
        QVERIFY2(SceneFile::read(example.path, &scene, &error), qPrintable(error));
        QCOMPARE(example.title, scene.title);
        QCOMPARE(example.description, scene.description);
    }
}

void TestExamples::exampleTextsTranslatedToGerman()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/translations/attention-explorer_de.qm")));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const auto cleanup = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });

    const QList<ExampleScene> examples = exampleScenes();
    QCOMPARE(examples.size(), 6);
    for (const ExampleScene &example : examples) {
        const QString title = translatedExampleText(example.title);
        const QString description = translatedExampleText(example.description);
        QVERIFY2(!title.isEmpty() && title != example.title,
                 qPrintable(example.path + QStringLiteral(": title")));
        QVERIFY2(!description.isEmpty() && description != example.description,
                 qPrintable(example.path + QStringLiteral(": description")));
    }
    QCOMPARE(translatedExampleText(QStringLiteral("Bank: river or money?")),
             QStringLiteral("Bank: Flussufer oder Geld?"));
    // A scene of the user's own keeps its title.
    QCOMPARE(translatedExampleText(QStringLiteral("My own scene")), QStringLiteral("My own scene"));
}

QTEST_MAIN(TestExamples)
#include "tst_examples.moc"
