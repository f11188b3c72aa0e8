// Scene files: round trips, defaults and every rejected input.
#include "scenefile.h"
#include "scenemodel.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

class TestSceneFile : public QObject
{
    Q_OBJECT

private slots:
    void notebookExampleLoads();
    void csvFilePointsToImport();
    void roundTripKeepsEverything();
    void defaultsApply();
    void malformedRejected_data();
    void malformedRejected();
    void largestSceneRoundTrips();
    void oversizedFileRejected();
    void failedSaveKeepsOldFile();
};

void TestSceneFile::notebookExampleLoads()
{
    Scene scene;
    QString error;
    QVERIFY2(SceneFile::read(QStringLiteral(":/examples/notebook.json"), &scene, &error), qPrintable(error));
    const Scene expected = notebookScene();
    QCOMPARE(scene.words, expected.words);
    QCOMPARE(scene.query, 4);
    QCOMPARE(scene.title, expected.title);
}

void TestSceneFile::roundTripKeepsEverything()
{
    Scene scene;
    scene.title = QStringLiteral("Straße, 猫 und 🐈");
    scene.words = {{QStringLiteral("the"), {0.1, -0.2}},
                   {QStringLiteral("猫"), {1e6, -1e6}},
                   {QStringLiteral("the"), {0.30000000000000004, 1.0 / 3.0}},
                   {QString(), {0.0, 0.0}}};
    scene.query = 2;
    scene.settings.scaling = attention::Scaling::None;
    scene.settings.temperature = 0.25;
    scene.settings.causal = true;
    scene.settings.keyProjection = Eigen::MatrixXd::Identity(2, 2) * -2.5;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("Szene – ünïcode.json"));
    QString error;
    QVERIFY2(SceneFile::write(path, scene, &error), qPrintable(error));

    Scene loaded;
    QVERIFY2(SceneFile::read(path, &loaded, &error), qPrintable(error));
    QCOMPARE(loaded.title, scene.title);
    QCOMPARE(loaded.words, scene.words); // exact, bit for bit
    QCOMPARE(loaded.query, 2);
    QCOMPARE(loaded.settings.scaling, attention::Scaling::None);
    QCOMPARE(loaded.settings.temperature, 0.25);
    QCOMPARE(loaded.settings.causal, true);
    QCOMPARE(loaded.settings.keyProjection, scene.settings.keyProjection);
    QCOMPARE(loaded.settings.queryProjection, Eigen::MatrixXd::Identity(2, 2).eval());
}

void TestSceneFile::defaultsApply()
{
    Scene scene;
    QString error;
    QVERIFY2(
        SceneFile::parse(R"({"words": [{"label": "a", "vector": [1, 2]}, {"label": "b", "vector": [3, 4]}],
                                  "unknown": {"ignored": true}})",
                         &scene, &error),
        qPrintable(error));
    QCOMPARE(scene.words.size(), 2);
    QCOMPARE(scene.query, 1);
    QVERIFY(scene.title.isEmpty());
    QCOMPARE(scene.settings.scaling, attention::Scaling::SqrtKeyDimension);
    QCOMPARE(scene.settings.temperature, 1.0);
    QCOMPARE(scene.settings.causal, false);

    QVERIFY(SceneFile::parse(R"({"words": []})", &scene, &error));
    QCOMPARE(scene.words.size(), 0);
    QCOMPARE(scene.query, -1);
}

void TestSceneFile::malformedRejected_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("whitespace") << QByteArray(" \n ") << QStringLiteral("empty");
    QTest::newRow("not JSON") << QByteArray("words: cat") << QStringLiteral("line 1");
    QTest::newRow("truncated") << QByteArray("{\"words\": [\n{\"label\": \"a\", \"vec")
                               << QStringLiteral("line 2");
    QTest::newRow("array at top") << QByteArray("[]") << QStringLiteral("object");
    QTest::newRow("words missing") << QByteArray(R"({"title": "x"})") << QStringLiteral("words");
    QTest::newRow("words an object") << QByteArray(R"({"words": {"cat": [1, 0]}})")
                                     << QStringLiteral("words");
    QTest::newRow("word not object") << QByteArray(R"({"words": [[1, 0]]})") << QStringLiteral("words[0]");
    QTest::newRow("label missing") << QByteArray(R"({"words": [{"vector": [1, 0]}]})")
                                   << QStringLiteral("words[0].label");
    QTest::newRow("label a number") << QByteArray(R"({"words": [{"label": 3, "vector": [1, 0]}]})")
                                    << QStringLiteral("words[0].label");
    QTest::newRow("one component") << QByteArray(R"({"words": [{"label": "a", "vector": [1]}]})")
                                   << QStringLiteral("words[0].vector");
    QTest::newRow("three components") << QByteArray(R"({"words": [{"label": "a", "vector": [1, 2, 3]}]})")
                                      << QStringLiteral("words[0].vector");
    QTest::newRow("string component")
        << QByteArray(R"({"words": [{"label": "a", "vector": [0, 0]}, {"label": "b", "vector": [1, "2"]}]})")
        << QStringLiteral("words[1].vector[1]");
    QTest::newRow("overflowing number")
        << QByteArray(R"({"words": [{"label": "a", "vector": [1e999, 0]}]})") << QStringLiteral("line 1");
    QTest::newRow("beyond limit") << QByteArray(R"({"words": [{"label": "a", "vector": [0, 1000001]}]})")
                                  << QStringLiteral("words[0].vector[1]");
    QTest::newRow("query too large") << QByteArray(
                                            R"({"words": [{"label": "a", "vector": [0, 0]}], "query": 1})")
                                     << QStringLiteral("query");
    QTest::newRow("query negative") << QByteArray(
                                           R"({"words": [{"label": "a", "vector": [0, 0]}], "query": -1})")
                                    << QStringLiteral("query");
    QTest::newRow("query fractional")
        << QByteArray(R"({"words": [{"label": "a", "vector": [0, 0]}], "query": 0.5})")
        << QStringLiteral("query");
    QTest::newRow("query a label") << QByteArray(
                                          R"({"words": [{"label": "a", "vector": [0, 0]}], "query": "a"})")
                                   << QStringLiteral("query");
    QTest::newRow("version 2") << QByteArray(R"({"version": 2, "words": []})") << QStringLiteral("version");
    QTest::newRow("title a number") << QByteArray(R"({"title": 5, "words": []})") << QStringLiteral("title");
    QTest::newRow("temperature zero") << QByteArray(R"({"words": [], "attention": {"temperature": 0}})")
                                      << QStringLiteral("attention.temperature");
    QTest::newRow("temperature negative") << QByteArray(R"({"words": [], "attention": {"temperature": -1}})")
                                          << QStringLiteral("attention.temperature");
    QTest::newRow("scaling unknown") << QByteArray(R"({"words": [], "attention": {"scaling": "sqrt"}})")
                                     << QStringLiteral("attention.scaling");
    QTest::newRow("causal a string") << QByteArray(R"({"words": [], "attention": {"causal": "yes"}})")
                                     << QStringLiteral("attention.causal");
    QTest::newRow("matrix 3 rows")
        << QByteArray(R"({"words": [], "attention": {"w_key": [[1, 0], [0, 1], [0, 0]]}})")
        << QStringLiteral("attention.w_key");
    QTest::newRow("label too long") << QByteArray(R"({"words": [{"label": ")" + QByteArray(201, 'x') +
                                                  R"(", "vector": [0, 0]}]})")
                                    << QStringLiteral("words[0].label");
    QTest::newRow("matrix entry text")
        << QByteArray(R"({"words": [], "attention": {"w_value": [[1, 0], [0, "one"]]}})")
        << QStringLiteral("attention.w_value[1][1]");
}

void TestSceneFile::malformedRejected()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);

    Scene scene = notebookScene();
    QString error;
    QVERIFY(!SceneFile::parse(json, &scene, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));

    // A rejected file leaves the target untouched.
    QCOMPARE(scene.words, notebookScene().words);
    QCOMPARE(scene.query, 4);
}

void TestSceneFile::largestSceneRoundTrips()
{
    // The most the limits allow, with labels that JSON must escape, still
    // writes a file that reads back.
    Scene scene;
    const QString label = QString(SceneFile::kMaxLabelLength, QChar(0x0001));
    for (int i = 0; i < SceneFile::kMaxWords; ++i)
        scene.words.append({label, {-0.12345678901234567, 1e6 - i * 0.1}});
    scene.query = 0;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("largest.json"));
    QString error;
    QVERIFY2(SceneFile::write(path, scene, &error), qPrintable(error));
    QVERIFY(QFileInfo(path).size() <= SceneFile::kMaxFileSize);
    Scene loaded;
    QVERIFY2(SceneFile::read(path, &loaded, &error), qPrintable(error));
    QCOMPARE(loaded.words.size(), SceneFile::kMaxWords);
    QCOMPARE(loaded.words, scene.words);
}

void TestSceneFile::oversizedFileRejected()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(SceneFile::kMaxFileSize + 1, ' '));
    file.close();

    Scene scene;
    QString error;
    QVERIFY(!SceneFile::read(path, &scene, &error));
    QVERIFY2(error.contains(QStringLiteral("huge.json")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("limit")), qPrintable(error));

    QVERIFY(!SceneFile::read(dir.filePath(QStringLiteral("missing.json")), &scene, &error));
    QVERIFY2(error.contains(QStringLiteral("missing.json")), qPrintable(error));
}

void TestSceneFile::failedSaveKeepsOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("scene.json"));
    QString error;
    QVERIFY(SceneFile::write(path, notebookScene(), &error));
    QFile original(path);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray before = original.readAll();
    original.close();

    // A file size limit below the new file's size makes the write fail with
    // EFBIG halfway, as a full disk would. Unlike permissions, the limit binds
    // root too. SIGXFSZ is ignored because it would otherwise end the process.
    Scene changed = notebookScene();
    for (int i = 0; i < 200; ++i)
        changed.words.append({QStringLiteral("filler"), {double(i), 0.0}});
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit originalLimit{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &originalLimit), 0);
    rlimit small = originalLimit;
    small.rlim_cur = 4096;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    const bool saved = SceneFile::write(path, changed, &error);
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &originalLimit), 0);

    QVERIFY(!saved);
    QVERIFY2(error.contains(QStringLiteral("scene.json")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("unchanged")), qPrintable(error));

    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(original.readAll(), before);
}

void TestSceneFile::csvFilePointsToImport()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("words.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("label,x,y\ncat,1,0\n");
    file.close();

    Scene scene;
    QString error;
    QVERIFY(!SceneFile::read(path, &scene, &error));
    QVERIFY2(error.contains(QStringLiteral("words.csv")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("Import Words from CSV")), qPrintable(error));
}

QTEST_MAIN(TestSceneFile)
#include "tst_scenefile.moc"
