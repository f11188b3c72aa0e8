// Numbers export: the printed table, both JSON objects, CSV, TikZ and the rejected inputs.
#include "eigenconversion.h"
#include "numbersexport.h"
#include "scenemodel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <bit>
#include <cmath>

namespace {

Eigen::MatrixXd wordMatrix(const Scene &scene)
{
    QList<QPointF> vectors;
    for (const Word &word : scene.words)
        vectors.append(word.vector);
    return conversion::toWordMatrix(vectors);
}

// The notebook scene with a W_Q that is not symmetric, so the weight matrix
// differs from its transpose.
Scene projectedScene()
{
    Scene scene = notebookScene();
    scene.settings.queryProjection.resize(2, 2);
    scene.settings.queryProjection << 1.0, 2.0, -0.5, 0.3;
    return scene;
}

Scene causalScene()
{
    Scene scene = notebookScene();
    scene.settings.causal = true;
    scene.query = 2;
    return scene;
}

QJsonObject parseObject(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        qWarning() << "invalid JSON:" << parseError.errorString() << json;
    return document.object();
}

// Splits RFC 4180 text into records of fields. Quoted fields may contain
// separators, doubled quotes and line breaks.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            record << field;
            records << record;
            record.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    return records;
}

quint64 bitsOf(double value)
{
    return std::bit_cast<quint64>(value);
}

} // namespace

class TestNumbersExport : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void tableShowsNotebookNumbers();
    void tableMarksMaskedKeys();
    void tableWidensForLongLabels();
    void tableIgnoresUiLocale();

    void printJsonHasContractKeys();
    void printJsonMatchesNotebook();
    void printJsonRowMatchesCore_data();
    void printJsonRowMatchesCore();
    void printJsonMatrixNotTransposed_data();
    void printJsonMatrixNotTransposed();
    void printJsonIsOneLine();

    void numbersJsonAddsVectors();

    void csvHeaderAndRows();
    void csvQuotesLabels_data();
    void csvQuotesLabels();
    void csvNumbersRoundTrip();
    void csvMaskedScoreEmpty();
    void csvIgnoresGermanLocale();

    void tikzStructure();
    void tikzEscapesLabels_data();
    void tikzEscapesLabels();
    void tikzNumbersHaveFourDecimals();
    void tikzCompiles();

    void invalidQueryRejected_data();
    void invalidQueryRejected();
    void invalidSettingsRejected();
};

void TestNumbersExport::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

void TestNumbersExport::tableShowsNotebookNumbers()
{
    QString error;
    const QString table = NumbersExport::printTable(notebookScene(), 4, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const QStringList lines = table.split(QLatin1Char('\n'));
    QCOMPARE(lines.value(0), QStringLiteral("Query = 'jumped'"));
    QCOMPARE(lines.value(1), QStringLiteral("      word    score   weight"));
    QCOMPARE(lines.value(2), QStringLiteral("       cat    0.636    0.241"));

    qsizetype from = 0;
    for (const char *expected : {"0.241", "0.216", "0.171", "0.145", "0.227", "0.701", "0.321"}) {
        const qsizetype at = table.indexOf(QLatin1String(expected), from);
        QVERIFY2(
            at >= 0,
            qPrintable(
                QStringLiteral("%1 missing after position %2 in\n%3").arg(expected).arg(from).arg(table)));
        from = at + 1;
    }
    QVERIFY2(table.endsWith(QStringLiteral("Attended output vector: [0.701 0.321]\n")), qPrintable(table));
}

void TestNumbersExport::tableMarksMaskedKeys()
{
    const QString table = NumbersExport::printTable(causalScene(), 2);
    const QStringList lines = table.split(QLatin1Char('\n'));

    QVERIFY2(!lines.value(4).contains(QLatin1String("masked")), qPrintable(table)); // couch, the query
    QVERIFY2(lines.value(5).contains(QRegularExpression(QStringLiteral("suddenly +masked +0\\.000$"))),
             qPrintable(table));
    QVERIFY2(lines.value(6).contains(QRegularExpression(QStringLiteral("jumped +masked +0\\.000$"))),
             qPrintable(table));
    QCOMPARE(table.count(QLatin1String("masked")), 2);
}

void TestNumbersExport::tableWidensForLongLabels()
{
    Scene scene = notebookScene();
    scene.words[1].label = QStringLiteral("extraordinarily");

    const QStringList lines = NumbersExport::printTable(scene, 0).split(QLatin1Char('\n'));

    QCOMPARE(lines.value(1), QStringLiteral("           word    score   weight"));
    QVERIFY(lines.value(3).startsWith(QLatin1String("extraordinarily ")));
    for (int i = 1; i <= 6; ++i)
        QCOMPARE(lines.value(i).size(), lines.value(1).size());
}

void TestNumbersExport::tableIgnoresUiLocale()
{
    const QString expected = NumbersExport::printTable(notebookScene(), 4);
    QLocale::setDefault(QLocale(QLocale::German));
    QCOMPARE(NumbersExport::printTable(notebookScene(), 4), expected);
}

void TestNumbersExport::printJsonHasContractKeys()
{
    QString error;
    const QJsonObject object = parseObject(NumbersExport::printJson(notebookScene(), 4, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QStringList keys = object.keys();
    keys.sort();
    QStringList expected{QStringLiteral("query"),  QStringLiteral("query_index"), QStringLiteral("labels"),
                         QStringLiteral("scores"), QStringLiteral("weights"),     QStringLiteral("output"),
                         QStringLiteral("matrix")};
    expected.sort();
    QCOMPARE(keys, expected);

    QCOMPARE(object.value(QLatin1String("query")).toString(), QStringLiteral("jumped"));
    QVERIFY(object.value(QLatin1String("query_index")).isDouble());
    QCOMPARE(object.value(QLatin1String("query_index")).toInt(), 4);
    const QJsonArray labels = object.value(QLatin1String("labels")).toArray();
    QCOMPARE(labels.size(), 5);
    QCOMPARE(labels[1].toString(), QStringLiteral("sleeping"));
}

void TestNumbersExport::printJsonMatchesNotebook()
{
    const QJsonObject object = parseObject(NumbersExport::printJson(notebookScene(), 4));
    const QJsonArray weights = object.value(QLatin1String("weights")).toArray();
    const QJsonArray output = object.value(QLatin1String("output")).toArray();

    const double expected[] = {0.240524, 0.216319, 0.171299, 0.144561, 0.227296};
    QCOMPARE(weights.size(), 5);
    for (int j = 0; j < 5; ++j)
        QVERIFY2(std::abs(weights[j].toDouble() - expected[j]) < 1e-6, qPrintable(QString::number(j)));
    QCOMPARE(output.size(), 2);
    QVERIFY(std::abs(output[0].toDouble() - 0.701122) < 1e-6);
    QVERIFY(std::abs(output[1].toDouble() - 0.320510) < 1e-6);
}

void TestNumbersExport::printJsonRowMatchesCore_data()
{
    QTest::addColumn<Scene>("scene");

    QTest::newRow("notebook") << notebookScene();
    QTest::newRow("W_Q projection") << projectedScene();
    QTest::newRow("causal") << causalScene();
    Scene hot = notebookScene();
    hot.settings.temperature = 0.05;
    hot.settings.scaling = attention::Scaling::None;
    QTest::newRow("low temperature, no scaling") << hot;
}

void TestNumbersExport::printJsonRowMatchesCore()
{
    QFETCH(Scene, scene);

    const QJsonObject object = parseObject(NumbersExport::printJson(scene, scene.query));
    const attention::QueryResult row =
        attention::computeQuery(wordMatrix(scene), scene.settings, scene.query);
    QCOMPARE(row.status, attention::Status::Ok);

    const QJsonArray weights = object.value(QLatin1String("weights")).toArray();
    const QJsonArray scores = object.value(QLatin1String("scores")).toArray();
    QCOMPARE(weights.size(), row.weights.size());
    QCOMPARE(scores.size(), row.scores.size());
    for (int j = 0; j < weights.size(); ++j) {
        QVERIFY2(std::abs(weights[j].toDouble() - row.weights(j)) <= 1e-15, qPrintable(QString::number(j)));
        QCOMPARE(scores[j].isNull(), row.isMasked(j));
        if (!row.isMasked(j))
            QCOMPARE(scores[j].toDouble(), row.scores(j));
    }

    const QJsonArray output = object.value(QLatin1String("output")).toArray();
    QCOMPARE(output.size(), row.output.size());
    for (int i = 0; i < output.size(); ++i)
        QCOMPARE(output[i].toDouble(), row.output(i));
}

void TestNumbersExport::printJsonMatrixNotTransposed_data()
{
    QTest::addColumn<Scene>("scene");

    QTest::newRow("W_Q projection") << projectedScene();
    QTest::newRow("causal") << causalScene();
}

void TestNumbersExport::printJsonMatrixNotTransposed()
{
    QFETCH(Scene, scene);

    const QJsonArray matrix =
        parseObject(NumbersExport::printJson(scene, scene.query)).value(QLatin1String("matrix")).toArray();
    const attention::Result all = attention::computeAll(wordMatrix(scene), scene.settings);
    QCOMPARE(all.status, attention::Status::Ok);
    QVERIFY2(!all.weights.isApprox(all.weights.transpose()), "the case must not be symmetric");

    QCOMPARE(matrix.size(), all.weights.rows());
    for (int i = 0; i < matrix.size(); ++i) {
        const QJsonArray row = matrix[i].toArray();
        QCOMPARE(row.size(), all.weights.cols());
        double sum = 0.0;
        for (int j = 0; j < row.size(); ++j) {
            QCOMPARE(row[j].toDouble(), all.weights(i, j));
            sum += row[j].toDouble();
        }
        QVERIFY2(std::abs(sum - 1.0) <= 1e-12,
                 qPrintable(QStringLiteral("row %1 sums to %2").arg(i).arg(sum, 0, 'g', 17)));
    }
    if (scene.settings.causal)
        QCOMPARE(matrix[0].toArray()[4].toDouble(), 0.0);
}

void TestNumbersExport::printJsonIsOneLine()
{
    const QByteArray json = NumbersExport::printJson(notebookScene(), 4);

    QVERIFY(json.endsWith('\n'));
    QCOMPARE(json.count('\n'), 1);
    QVERIFY(!json.contains("nan"));
    QVERIFY(!json.contains("inf"));
}

void TestNumbersExport::numbersJsonAddsVectors()
{
    const Scene scene = projectedScene();
    const QByteArray json = NumbersExport::numbersJson(scene, 4);
    QVERIFY(json.count('\n') > 5);
    const QJsonObject object = parseObject(json);
    QCOMPARE(object.size(), 9);

    const QJsonObject compact = parseObject(NumbersExport::printJson(scene, 4));
    for (auto it = compact.begin(); it != compact.end(); ++it)
        QCOMPARE(object.value(it.key()), it.value());

    const QJsonArray vectors = object.value(QLatin1String("vectors")).toArray();
    QCOMPARE(vectors.size(), 5);
    QCOMPARE(vectors[3].toArray()[0].toDouble(), 0.1);
    QCOMPARE(vectors[3].toArray()[1].toDouble(), 0.9);

    const attention::QueryResult row = attention::computeQuery(wordMatrix(scene), scene.settings, 4);
    const QJsonArray dots = object.value(QLatin1String("dot_products")).toArray();
    QCOMPARE(dots.size(), 5);
    for (int j = 0; j < 5; ++j)
        QCOMPARE(dots[j].toDouble(), row.dotProducts(j));
}

void TestNumbersExport::csvHeaderAndRows()
{
    const QByteArray csv = NumbersExport::numbersCsv(notebookScene(), 4);

    QVERIFY(csv.startsWith("label,x,y,dot,score,weight\n"));
    QVERIFY(!csv.contains('\r'));
    const QList<QStringList> records = parseCsv(QString::fromUtf8(csv));
    QCOMPARE(records.size(), 6);
    QCOMPARE(records[1].value(0), QStringLiteral("cat"));
    QCOMPARE(records[1].value(1), QStringLiteral("1"));
    QCOMPARE(records[1].value(3), QStringLiteral("0.9"));
    for (const QStringList &record : records)
        QCOMPARE(record.size(), 6);
}

void TestNumbersExport::csvQuotesLabels_data()
{
    QTest::addColumn<QString>("label");

    QTest::newRow("comma") << QStringLiteral("cat, the");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"");
    QTest::newRow("comma and quote") << QStringLiteral("\",\"");
    QTest::newRow("line break") << QStringLiteral("two\nlines");
    QTest::newRow("CRLF") << QStringLiteral("two\r\nlines");
    QTest::newRow("non-ASCII") << QStringLiteral("Straße 猫 🐈");
    QTest::newRow("empty") << QString();
}

void TestNumbersExport::csvQuotesLabels()
{
    QFETCH(QString, label);

    Scene scene = notebookScene();
    scene.words[2].label = label;

    const QList<QStringList> records = parseCsv(QString::fromUtf8(NumbersExport::numbersCsv(scene, 4)));
    QCOMPARE(records.size(), 6);
    QCOMPARE(records[3].value(0), label);
    QCOMPARE(records[3].size(), 6);
    QCOMPARE(records[4].value(0), QStringLiteral("suddenly"));
}

void TestNumbersExport::csvNumbersRoundTrip()
{
    Scene scene = projectedScene();
    scene.words[0].vector = {0.1 + 0.2, 1.0 / 3.0};
    scene.words[1].vector = {-123456.789012345, 5e-300};
    scene.words[2].vector = {-0.0, 999999.99999999988};
    const attention::QueryResult row = attention::computeQuery(wordMatrix(scene), scene.settings, 3);

    const QList<QStringList> records = parseCsv(QString::fromUtf8(NumbersExport::numbersCsv(scene, 3)));
    QCOMPARE(records.size(), 6);
    for (int j = 0; j < 5; ++j) {
        const QStringList &record = records[j + 1];
        const double expected[] = {scene.words[j].vector.x(), scene.words[j].vector.y(), row.dotProducts(j),
                                   row.scores(j), row.weights(j)};
        for (int column = 0; column < 5; ++column) {
            bool ok = false;
            const double parsed = record.value(column + 1).toDouble(&ok);
            QVERIFY2(ok, qPrintable(record.join(QLatin1Char(','))));
            QCOMPARE(bitsOf(parsed), bitsOf(expected[column]));
        }
    }
}

void TestNumbersExport::csvMaskedScoreEmpty()
{
    const QList<QStringList> records =
        parseCsv(QString::fromUtf8(NumbersExport::numbersCsv(causalScene(), 2)));

    QCOMPARE(records.size(), 6);
    for (int j = 0; j < 5; ++j) {
        const bool masked = j > 2;
        QCOMPARE(records[j + 1].value(4).isEmpty(), masked);
        QVERIFY(!records[j + 1].value(3).isEmpty());
        if (masked)
            QCOMPARE(records[j + 1].value(5), QStringLiteral("0"));
    }
}

void TestNumbersExport::csvIgnoresGermanLocale()
{
    const QByteArray expected = NumbersExport::numbersCsv(notebookScene(), 4);
    QLocale::setDefault(QLocale(QLocale::German));

    const QByteArray csv = NumbersExport::numbersCsv(notebookScene(), 4);
    QCOMPARE(csv, expected);
    QVERIFY(csv.contains("sleeping,0.8,0.3,"));
}

void TestNumbersExport::tikzStructure()
{
    Scene scene = notebookScene();
    for (int i = 0; i < 5; ++i)
        scene.words.append({QStringLiteral("extra%1").arg(i), {0.1 * i, -0.2 * i}});
    scene.settings.causal = true;
    scene.query = 4;

    QString error;
    const QString tikz = NumbersExport::tikz(scene, 4, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QVERIFY(tikz.startsWith(QLatin1Char('%')));
    QVERIFY(tikz.contains(QLatin1String("\\usepackage{tikz}")));
    QVERIFY(tikz.contains(QLatin1String("arrows.meta")));
    QCOMPARE(tikz.count(QLatin1String("\\begin{tikzpicture}")), 1);
    QVERIFY(tikz.trimmed().endsWith(QLatin1String("\\end{tikzpicture}")));

    // Ten words use the seven palette colours, each defined once.
    const QRegularExpression definition(
        QStringLiteral("\\\\definecolor\\{(word\\d+)\\}\\{HTML\\}\\{([0-9A-F]{6})\\}"));
    QSet<QString> names;
    QSet<QString> colors;
    for (auto it = definition.globalMatch(tikz); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        names.insert(match.captured(1));
        colors.insert(match.captured(2));
    }
    QCOMPARE(names.size(), 7);
    QCOMPARE(colors.size(), 7);
    QCOMPARE(tikz.count(QLatin1String("\\definecolor")), 7);
    QVERIFY(colors.contains(QStringLiteral("0072B2")));

    QVERIFY(tikz.contains(QRegularExpression(
        QStringLiteral("\\\\draw\\[-\\{Stealth\\}, black, dashed[^\\]]*\\] \\(0,0\\) -- "))));
    QVERIFY(tikz.contains(QLatin1String("{output};")));
    QCOMPARE(tikz.count(QLatin1String("rectangle")), 10);
    QCOMPARE(tikz.count(QRegularExpression(QStringLiteral("\\\\draw\\[word\\d+, dashed\\] .* rectangle"))),
             5);
    QVERIFY(tikz.contains(QLatin1String("rotate=60")));
    QVERIFY(tikz.contains(QLatin1String("line width=2pt")));
}

void TestNumbersExport::tikzEscapesLabels_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("escaped");

    QTest::newRow("underscore, ampersand, percent")
        << QStringLiteral("a_b & c%") << QStringLiteral("a\\_b \\& c\\%");
    QTest::newRow("braces, hash, dollar") << QStringLiteral("{#$}") << QStringLiteral("\\{\\#\\$\\}");
    QTest::newRow("backslash, tilde, caret")
        << QStringLiteral("\\~^") << QStringLiteral("\\textbackslash{}\\textasciitilde{}\\textasciicircum{}");
    QTest::newRow("non-ASCII kept") << QStringLiteral("Straße 猫") << QStringLiteral("Straße 猫");
    QTest::newRow("line break") << QStringLiteral("two\nlines") << QStringLiteral("two lines");
}

void TestNumbersExport::tikzEscapesLabels()
{
    QFETCH(QString, label);
    QFETCH(QString, escaped);

    QCOMPARE(NumbersExport::escapeLatex(label), escaped);

    Scene scene = notebookScene();
    scene.words[0].label = label;
    const QString tikz = NumbersExport::tikz(scene, 4);
    QCOMPARE(tikz.count(QStringLiteral("{%1};").arg(escaped)), 2); // canvas and bar chart
}

void TestNumbersExport::tikzNumbersHaveFourDecimals()
{
    Scene scene = notebookScene();
    scene.words[0].vector = {123456.789, -0.000123};
    const QString tikz = NumbersExport::tikz(scene, 4);
    QLocale::setDefault(QLocale(QLocale::German));
    QCOMPARE(NumbersExport::tikz(scene, 4), tikz);

    const QRegularExpression longDecimals(QStringLiteral("\\d\\.\\d{5,}"));
    QVERIFY2(!tikz.contains(longDecimals), qPrintable(longDecimals.match(tikz).captured()));
    QVERIFY(!tikz.contains(QLatin1String("nan")));
    QVERIFY(!tikz.contains(QLatin1String("inf")));

    // The canvas part stays within a few centimetres of the origin.
    const QRegularExpression coordinate(QStringLiteral("\\((-?\\d+(?:\\.\\d+)?),(-?\\d+(?:\\.\\d+)?)\\)"));
    for (auto it = coordinate.globalMatch(tikz); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        QVERIFY2(std::abs(match.captured(1).toDouble()) < 30.0, qPrintable(match.captured()));
        QVERIFY2(std::abs(match.captured(2).toDouble()) < 10.0, qPrintable(match.captured()));
    }
}

void TestNumbersExport::tikzCompiles()
{
    const QString pdflatex = QStandardPaths::findExecutable(QStringLiteral("pdflatex"));
    if (pdflatex.isEmpty())
        QSKIP("pdflatex not found, so the TikZ output is not compiled; install TeX Live (texlive-pictures) "
              "to run this check.");

    Scene scene = notebookScene();
    scene.words[0].label = QStringLiteral("a_b & c%");
    scene.settings.causal = true;
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("figure.tex")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\\documentclass{article}\n\\usepackage{tikz}\n\\usetikzlibrary{arrows.meta}\n"
               "\\begin{document}\n");
    file.write(NumbersExport::tikz(scene, 2).toUtf8());
    file.write("\\end{document}\n");
    file.close();

    QProcess process;
    process.setWorkingDirectory(dir.path());
    process.start(pdflatex,
                  {QStringLiteral("-interaction=nonstopmode"), QStringLiteral("-halt-on-error"),
                   QStringLiteral("figure.tex")});
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardOutput().right(2000).constData());
}

void TestNumbersExport::invalidQueryRejected_data()
{
    QTest::addColumn<Scene>("scene");
    QTest::addColumn<int>("query");

    QTest::newRow("negative") << notebookScene() << -1;
    QTest::newRow("one past the end") << notebookScene() << 5;
    QTest::newRow("empty scene") << Scene() << 0;
    QTest::newRow("empty scene, no query") << Scene() << -1;
}

void TestNumbersExport::invalidQueryRejected()
{
    QFETCH(Scene, scene);
    QFETCH(int, query);

    QString error;
    QVERIFY(NumbersExport::printTable(scene, query, &error).isEmpty());
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(NumbersExport::printJson(scene, query, &error).isEmpty());
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(NumbersExport::numbersCsv(scene, query, &error).isEmpty());
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(NumbersExport::numbersJson(scene, query, &error).isEmpty());
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(NumbersExport::tikz(scene, query, &error).isEmpty());
    QVERIFY(!error.isEmpty());

    QVERIFY(NumbersExport::printJson(scene, query).isEmpty()); // no error pointer
}

void TestNumbersExport::invalidSettingsRejected()
{
    Scene scene = notebookScene();
    scene.settings.temperature = 0.0;

    QString error;
    QVERIFY(NumbersExport::printJson(scene, 4, &error).isEmpty());
    const QString reason =
        QString::fromUtf8(attention::statusName(attention::Status::InvalidTemperature).data());
    QVERIFY2(error.contains(reason), qPrintable(error));

    error.clear();
    QVERIFY(NumbersExport::printTable(scene, 4, &error).isEmpty());
    QVERIFY2(error.contains(reason), qPrintable(error));

    scene.settings.temperature = 1.0;
    scene.words[1].vector = {std::nan(""), 0.0};
    error.clear();
    QVERIFY(NumbersExport::tikz(scene, 4, &error).isEmpty());
    QVERIFY2(
        error.contains(QString::fromUtf8(attention::statusName(attention::Status::NonFiniteWord).data())),
        qPrintable(error));
}

QTEST_MAIN(TestNumbersExport)
#include "tst_numbersexport.moc"
