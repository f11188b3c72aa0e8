// The real attention-explorer binary run headless: --print, --export and
// every error path with its exit status, with no display configured.
#include "attention/attention.h"
#include "eigenconversion.h"
#include "scenemodel.h"

#include <QFile>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the app as a user would in a shell with no display: DISPLAY,
// WAYLAND_DISPLAY and QT_QPA_PLATFORM are all unset. `variables` are set on
// top of the test's own environment.
Run runApp(const QStringList &arguments, const QList<std::pair<QString, QString>> &variables = {})
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const auto &[name, value] : variables)
        environment.insert(name, value);
    for (const QString &name :
         {QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY"), QStringLiteral("QT_QPA_PLATFORM")})
        environment.remove(name);
    // A settings store of its own, so a language or theme chosen in the
    // window on this machine does not change the output under test.
    static QTemporaryDir configHome;
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome.path());
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ATTENTION_EXPLORER_BINARY), arguments);
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

int lineCount(const QByteArray &text)
{
    return int(text.trimmed().split('\n').size());
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void printTable();
    void printJsonMatchesCore();
    void printJsonHonoursSceneSettings();
    void queryLabelPicksFirstMatch();
    void emptyQueryLabelIsALabel();
    void tikzHonoursViewAndNotes();
    void germanFromLanguageUsesCommas();
    void exportEveryFormat_data();
    void exportEveryFormat();
    void exportedPngReopens();
    void helpAndVersion();
    void qtOptionsAccepted();
    void errors_data();
    void errors();
};

void TestCommandLine::printTable()
{
    const Run run = runApp({QStringLiteral("--print")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    const QString out = QString::fromUtf8(run.out);
    qsizetype position = 0;
    for (const QString &number :
         {QStringLiteral("0.241"), QStringLiteral("0.216"), QStringLiteral("0.171"), QStringLiteral("0.145"),
          QStringLiteral("0.227"), QStringLiteral("0.701"), QStringLiteral("0.321")}) {
        position = out.indexOf(number, position);
        QVERIFY2(position >= 0, qPrintable(number + QStringLiteral(" missing or out of order in\n") + out));
    }
    QVERIFY(out.contains(QStringLiteral("jumped")));
}

void TestCommandLine::printJsonMatchesCore()
{
    const Run run = runApp({QStringLiteral("--print"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError parseError;
    const QJsonObject object = QJsonDocument::fromJson(run.out, &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);

    QCOMPARE(object.value(QLatin1String("query")).toString(), QStringLiteral("jumped"));
    QCOMPARE(object.value(QLatin1String("query_index")).toInt(), 4);
    QCOMPARE(object.value(QLatin1String("labels")).toArray().size(), 5);

    const Scene scene = notebookScene();
    QList<QPointF> vectors;
    for (const Word &word : scene.words)
        vectors.append(word.vector);
    const Eigen::MatrixXd words = conversion::toWordMatrix(vectors);
    const attention::Result all = attention::computeAll(words, scene.settings);
    const attention::QueryResult row = attention::computeQuery(words, scene.settings, 4);

    const QJsonArray weights = object.value(QLatin1String("weights")).toArray();
    const QJsonArray scores = object.value(QLatin1String("scores")).toArray();
    for (int j = 0; j < 5; ++j) {
        QVERIFY(std::abs(weights[j].toDouble() - row.weights(j)) < 1e-15);
        QVERIFY(std::abs(scores[j].toDouble() - row.scores(j)) < 1e-15);
    }
    const QJsonArray output = object.value(QLatin1String("output")).toArray();
    QVERIFY(std::abs(output[0].toDouble() - 0.701122) < 1e-6);
    QVERIFY(std::abs(output[1].toDouble() - 0.320510) < 1e-6);

    const QJsonArray matrix = object.value(QLatin1String("matrix")).toArray();
    QCOMPARE(matrix.size(), 5);
    for (int i = 0; i < 5; ++i)
        for (int j = 0; j < 5; ++j)
            QVERIFY(std::abs(matrix[i].toArray()[j].toDouble() - all.weights(i, j)) < 1e-15);
}

void TestCommandLine::printJsonHonoursSceneSettings()
{
    // Causal mask and query "sleeping": later keys are null scores, 0 weights,
    // and matrix row 1 differs from column 1 (not transposed).
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("causal.json"), R"({"words": [
        {"label": "a", "vector": [1, 0]}, {"label": "b", "vector": [0.5, 0.5]}, {"label": "c", "vector": [0, 1]}],
        "query": 1, "attention": {"causal": true, "temperature": 0.5}})");
    const Run run = runApp({QStringLiteral("--print"), QStringLiteral("--json"), path});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(run.out).object();
    const QJsonArray scores = object.value(QLatin1String("scores")).toArray();
    QVERIFY(scores[0].isDouble());
    QVERIFY(scores[2].isNull());
    QCOMPARE(object.value(QLatin1String("weights")).toArray()[2].toDouble(), 0.0);
    const QJsonArray matrix = object.value(QLatin1String("matrix")).toArray();
    QCOMPARE(matrix[0].toArray()[1].toDouble(), 0.0);
    QVERIFY(matrix[1].toArray()[0].toDouble() > 0.0);
}

void TestCommandLine::queryLabelPicksFirstMatch()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("repeat.json"), R"({"words": [
        {"label": "the", "vector": [1, 0]}, {"label": "cat", "vector": [0, 1]}, {"label": "the", "vector": [1, 1]}]})");
    const Run run = runApp({QStringLiteral("--print"), QStringLiteral("--json"), QStringLiteral("--query"),
                            QStringLiteral("the"), path});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QLatin1String("query_index")).toInt(), 0);
}

void TestCommandLine::emptyQueryLabelIsALabel()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("blank.json"), R"({"words": [
        {"label": "a", "vector": [1, 0]}, {"label": "", "vector": [0, 1]}, {"label": "b", "vector": [1, 1]}]})");
    const Run picked = runApp(
        {QStringLiteral("--print"), QStringLiteral("--json"), QStringLiteral("--query"), QString(), path});
    QCOMPARE(picked.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(picked.out).object().value(QLatin1String("query_index")).toInt(), 1);

    // Without a word of that label, "" is an unknown label like any other.
    const Run missing = runApp({QStringLiteral("--print"), QStringLiteral("--query"), QString()});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains("no word is labelled"));
    // Each label is quoted, so an empty one would show as “”.
    QVERIFY(missing.err.contains("“cat”, “sleeping”"));
}

void TestCommandLine::tikzHonoursViewAndNotes()
{
    QTemporaryDir dir;
    const auto exportTikz = [&dir](const QString &name, const QStringList &extra) {
        const Run run = runApp(QStringList{QStringLiteral("--export"), dir.filePath(name)} + extra);
        QFile file(dir.filePath(name));
        const QByteArray text = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        return std::pair{run, text};
    };
    const QByteArray arrowsComment = "% Word vectors from the origin";
    const QByteArray barsComment = "% Bar chart of the weights";

    const auto [both, bothText] = exportTikz(QStringLiteral("both.tex"), {});
    QCOMPARE(both.exitCode, 0);
    QVERIFY(bothText.contains(arrowsComment));
    QVERIFY(bothText.contains(barsComment));

    const auto [chart, chartText] =
        exportTikz(QStringLiteral("chart.tex"), {QStringLiteral("--view"), QStringLiteral("chart")});
    QCOMPARE(chart.exitCode, 0);
    QVERIFY(!chartText.contains(arrowsComment));
    QVERIFY(chartText.contains(barsComment));

    const auto [canvas, canvasText] =
        exportTikz(QStringLiteral("canvas.tex"), {QStringLiteral("--view"), QStringLiteral("canvas")});
    QCOMPARE(canvas.exitCode, 0);
    QVERIFY(canvasText.contains(arrowsComment));
    QVERIFY(!canvasText.contains(barsComment));
    QVERIFY(canvas.err.isEmpty());

    // --size and --theme have no effect on TikZ, and the run prints a note.
    const auto [themed, themedText] =
        exportTikz(QStringLiteral("themed.tex"), {QStringLiteral("--theme"), QStringLiteral("dark")});
    QCOMPARE(themed.exitCode, 0);
    QVERIFY(themed.err.startsWith("note: --size and --theme do not apply to .tex"));
    QCOMPARE(themedText, bothText);
}

void TestCommandLine::germanFromLanguageUsesCommas()
{
    // LANGUAGE=de with a C locale, as on a server or in a container: the
    // figure's text is German, so its numbers take decimal commas too.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("de.svg"));
    const Run run = runApp({QStringLiteral("--export"), path},
                           {{QStringLiteral("LANGUAGE"), QStringLiteral("de")},
                            {QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")}});
    QCOMPARE(run.exitCode, 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    QVERIFY(svg.contains(QStringLiteral("Attention-Gewichte")));
    QVERIFY(svg.contains(QStringLiteral("0,241")));
    QVERIFY(!svg.contains(QStringLiteral("0.241")));
}

void TestCommandLine::exportEveryFormat_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QByteArray>("header");

    QTest::newRow("png default") << QStringLiteral("f.png") << QStringList() << QByteArray("\x89PNG");
    QTest::newRow("png sized dark canvas")
        << QStringLiteral("g.png")
        << QStringList{QStringLiteral("--size"), QStringLiteral("640x360"), QStringLiteral("--theme"),
                       QStringLiteral("dark"),   QStringLiteral("--view"),  QStringLiteral("canvas")}
        << QByteArray("\x89PNG");
    QTest::newRow("svg chart") << QStringLiteral("f.svg")
                               << QStringList{QStringLiteral("--view"), QStringLiteral("chart")}
                               << QByteArray("<?xml");
    QTest::newRow("pdf") << QStringLiteral("f.pdf") << QStringList() << QByteArray("%PDF");
    QTest::newRow("tikz") << QStringLiteral("f.tex") << QStringList() << QByteArray("%");
}

void TestCommandLine::exportEveryFormat()
{
    QFETCH(QString, name);
    QFETCH(QStringList, extra);
    QFETCH(QByteArray, header);

    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    const Run run = runApp(QStringList{QStringLiteral("--export"), path} + extra);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(header.size()) == header);

    if (name.endsWith(QLatin1String(".png"))) {
        const QSize expected =
            extra.contains(QStringLiteral("640x360")) ? QSize(640, 360) : QSize(1920, 1080);
        QCOMPARE(QImageReader(path).size(), expected);
    }
}

void TestCommandLine::exportedPngReopens()
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("slide.png"));
    QCOMPARE(
        runApp({QStringLiteral("--export"), png, QStringLiteral("--query"), QStringLiteral("cat")}).exitCode,
        0);

    // The figure carries its scene, query included.
    const Run run = runApp({QStringLiteral("--print"), QStringLiteral("--json"), png});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QLatin1String("query")).toString(),
             QStringLiteral("cat"));
}

void TestCommandLine::helpAndVersion()
{
    const Run help = runApp({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *option : {"--print", "--json", "--query", "--export", "--size", "--view", "--theme"})
        QVERIFY2(help.out.contains(option), option);

    const Run version = runApp({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("attention-explorer "));
}

void TestCommandLine::qtOptionsAccepted()
{
    // QApplication's own options reach the program first and must not be
    // taken for unknown ones.
    const Run run = runApp({QStringLiteral("-platform"), QStringLiteral("offscreen"),
                            QStringLiteral("-reverse"), QStringLiteral("--print")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("0.241"));
}

void TestCommandLine::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions");

    const QString missing = QStringLiteral("/nonexistent/scene.json");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << 2
                                    << QStringLiteral("frobnicate");
    QTest::newRow("bad size") << QStringList{QStringLiteral("--export"), QStringLiteral("x.png"),
                                             QStringLiteral("--size"), QStringLiteral("big")}
                              << 2 << QStringLiteral("big");
    QTest::newRow("zero size") << QStringList{QStringLiteral("--export"), QStringLiteral("x.png"),
                                              QStringLiteral("--size"), QStringLiteral("0x100")}
                               << 2 << QStringLiteral("0x100");
    QTest::newRow("bad view") << QStringList{QStringLiteral("--export"), QStringLiteral("x.png"),
                                             QStringLiteral("--view"), QStringLiteral("both")}
                              << 2 << QStringLiteral("both");
    QTest::newRow("bad theme") << QStringList{QStringLiteral("--export"), QStringLiteral("x.png"),
                                              QStringLiteral("--theme"), QStringLiteral("blue")}
                               << 2 << QStringLiteral("blue");
    QTest::newRow("json without print")
        << QStringList{QStringLiteral("--json")} << 2 << QStringLiteral("--json");
    QTest::newRow("print and export")
        << QStringList{QStringLiteral("--print"), QStringLiteral("--export"), QStringLiteral("x.png")} << 2
        << QStringLiteral("--print");
    QTest::newRow("present with print") << QStringList{QStringLiteral("--present"), QStringLiteral("--print")}
                                        << 2 << QStringLiteral("--present");
    QTest::newRow("two scenes") << QStringList{QStringLiteral("--print"), QStringLiteral("a.json"),
                                               QStringLiteral("b.json")}
                                << 2 << QStringLiteral("at most one");
    QTest::newRow("missing scene") << QStringList{QStringLiteral("--print"), missing} << 1 << missing;
    QTest::newRow("unknown label") << QStringList{QStringLiteral("--print"), QStringLiteral("--query"),
                                                  QStringLiteral("dog")}
                                   << 1 << QStringLiteral("dog");
    QTest::newRow("unsupported extension")
        << QStringList{QStringLiteral("--export"), QStringLiteral("x.bmp")} << 1 << QStringLiteral("x.bmp");
    QTest::newRow("unwritable export")
        << QStringList{QStringLiteral("--export"), QStringLiteral("/nonexistent/x.png")} << 1
        << QStringLiteral("/nonexistent/x.png");
}

void TestCommandLine::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);

    QTemporaryDir dir;
    QDir::setCurrent(dir.path());
    const Run run = runApp(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.out.isEmpty() || exitCode == 2, run.out.constData());
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains(mentions), qPrintable(err));
    // Invalid input is one line; a usage error adds a hint to --help.
    QCOMPARE(lineCount(run.err), exitCode == 1 ? 1 : 2);
}

QTEST_MAIN(TestCommandLine)
#include "tst_commandline.moc"
