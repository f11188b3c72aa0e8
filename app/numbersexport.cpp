#include "numbersexport.h"

#include "eigenconversion.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QPointF>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>

namespace {

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

QList<QPointF> wordVectors(const Scene &scene)
{
    QList<QPointF> vectors;
    vectors.reserve(scene.words.size());
    for (const Word &word : scene.words)
        vectors.append(word.vector);
    return vectors;
}

bool isValidQuery(const Scene &scene, int query, QString *error)
{
    if (scene.words.isEmpty()) {
        setError(error,
                 NumbersExport::tr("The scene has no words, so there is no query to export. "
                                   "Add a word first."));
        return false;
    }
    if (query < 0 || query >= scene.words.size()) {
        setError(error,
                 NumbersExport::tr("The query index %1 is invalid. It must be from 0 to %2.")
                     .arg(query)
                     .arg(scene.words.size() - 1));
        return false;
    }
    return true;
}

QString statusMessage(attention::Status status)
{
    const std::string_view reason = attention::statusName(status);
    return NumbersExport::tr("Attention cannot be computed because %1. Fix the scene and export again.")
        .arg(QString::fromUtf8(reason.data(), qsizetype(reason.size())));
}

std::optional<attention::QueryResult> computeRow(const Scene &scene, int query, QString *error)
{
    if (!isValidQuery(scene, query, error))
        return std::nullopt;

    attention::QueryResult row =
        attention::computeQuery(conversion::toWordMatrix(wordVectors(scene)), scene.settings, query);
    if (row.status != attention::Status::Ok) {
        setError(error, statusMessage(row.status));
        return std::nullopt;
    }
    return row;
}

std::optional<attention::Result> computeMatrix(const Scene &scene, QString *error)
{
    attention::Result all =
        attention::computeAll(conversion::toWordMatrix(wordVectors(scene)), scene.settings);
    if (all.status != attention::Status::Ok) {
        setError(error, statusMessage(all.status));
        return std::nullopt;
    }
    return all;
}

// Labels with line breaks or other control characters would break a table
// row or a TikZ node, so those characters become spaces.
QString singleLine(const QString &text)
{
    QString line = text;
    for (QChar &c : line) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    }
    return line;
}

// NOTE: counts code points, so East Asian wide characters, which take two
// terminal columns, leave their row's columns misaligned.
qsizetype displayLength(const QString &text)
{
    return std::count_if(text.cbegin(), text.cend(), [](QChar c) { return !c.isLowSurrogate(); });
}

QString padLeft(const QString &text, qsizetype width)
{
    return QString(std::max<qsizetype>(0, width - displayLength(text)), QLatin1Char(' ')) + text;
}

// QString::number() ignores the UI locale, so it always writes a dot.
QString fixed3(double value)
{
    return QString::number(value, 'f', 3);
}

QJsonArray toJsonArray(const Eigen::VectorXd &vector)
{
    QJsonArray array;
    for (Eigen::Index i = 0; i < vector.size(); ++i)
        array.append(vector(i));
    return array;
}

struct QueryNumbers
{
    attention::QueryResult row;
    attention::Result all;
};

// The query's row comes from computeQuery(), as in the app's views, and the
// matrix from computeAll(); the two may differ in the last bits.
std::optional<QueryNumbers> computeNumbers(const Scene &scene, int query, QString *error)
{
    std::optional<attention::QueryResult> row = computeRow(scene, query, error);
    if (!row)
        return std::nullopt;
    std::optional<attention::Result> all = computeMatrix(scene, error);
    if (!all)
        return std::nullopt;
    return QueryNumbers{std::move(*row), std::move(*all)};
}

QJsonObject queryObject(const Scene &scene, int query, const QueryNumbers &numbers)
{
    QJsonArray labels;
    for (const Word &word : scene.words)
        labels.append(word.label);

    QJsonArray scores;
    for (Eigen::Index j = 0; j < numbers.row.scores.size(); ++j)
        scores.append(numbers.row.isMasked(j) ? QJsonValue(QJsonValue::Null)
                                              : QJsonValue(numbers.row.scores(j)));

    QJsonArray matrix;
    for (Eigen::Index i = 0; i < numbers.all.weights.rows(); ++i)
        matrix.append(toJsonArray(numbers.all.weights.row(i).transpose()));

    // QJsonDocument writes the keys in alphabetical order, not in the order
    // above. JSON objects are unordered, so readers do not depend on it.
    QJsonObject object;
    object.insert(QLatin1String("query"), scene.words[query].label);
    object.insert(QLatin1String("query_index"), query);
    object.insert(QLatin1String("labels"), labels);
    object.insert(QLatin1String("scores"), scores);
    object.insert(QLatin1String("weights"), toJsonArray(numbers.row.weights));
    object.insert(QLatin1String("output"), toJsonArray(numbers.row.output));
    object.insert(QLatin1String("matrix"), matrix);
    return object;
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// The shortest text that parses back to the same double, with a dot.
QString csvNumber(double value)
{
    // QLocale writes −0.0 as "0", which would parse back with the sign lost.
    if (value == 0.0 && std::signbit(value))
        return QStringLiteral("-0");
    return QLocale::c().toString(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace

QString NumbersExport::printTable(const Scene &scene, int query, QString *error)
{
    const std::optional<attention::QueryResult> row = computeRow(scene, query, error);
    if (!row)
        return {};

    // The layout copies the workshop notebook's printout and scripts parse it,
    // so it is not translated.
    QStringList labels{QStringLiteral("word")};
    QStringList scores{QStringLiteral("score")};
    QStringList weights{QStringLiteral("weight")};
    for (int j = 0; j < scene.words.size(); ++j) {
        labels << singleLine(scene.words[j].label);
        scores << (row->isMasked(j) ? QStringLiteral("masked") : fixed3(row->scores(j)));
        weights << fixed3(row->weights(j));
    }

    const auto columnWidth = [](const QStringList &column, qsizetype minimum) {
        qsizetype width = minimum;
        for (const QString &entry : column)
            width = std::max(width, displayLength(entry));
        return width;
    };
    const qsizetype labelWidth = columnWidth(labels, 10);
    const qsizetype scoreWidth = columnWidth(scores, 8);
    const qsizetype weightWidth = columnWidth(weights, 8);

    QString text = QStringLiteral("Query = '%1'\n").arg(singleLine(scene.words[query].label));
    for (qsizetype j = 0; j < labels.size(); ++j) {
        text += padLeft(labels[j], labelWidth) + QLatin1Char(' ') + padLeft(scores[j], scoreWidth) +
            QLatin1Char(' ') + padLeft(weights[j], weightWidth) + QLatin1Char('\n');
    }

    // Like NumPy, pad the entries to one width, so [ 0.701 -0.321] lines up.
    QStringList outputs;
    for (Eigen::Index i = 0; i < row->output.size(); ++i)
        outputs << fixed3(row->output(i));
    const qsizetype outputWidth = columnWidth(outputs, 0);
    for (QString &entry : outputs)
        entry = padLeft(entry, outputWidth);
    text += QStringLiteral("Attended output vector: [%1]\n").arg(outputs.join(QLatin1Char(' ')));
    return text;
}

QByteArray NumbersExport::printJson(const Scene &scene, int query, QString *error)
{
    const std::optional<QueryNumbers> numbers = computeNumbers(scene, query, error);
    if (!numbers)
        return {};

    return QJsonDocument(queryObject(scene, query, *numbers)).toJson(QJsonDocument::Compact) + '\n';
}

QByteArray NumbersExport::numbersCsv(const Scene &scene, int query, QString *error)
{
    const std::optional<attention::QueryResult> row = computeRow(scene, query, error);
    if (!row)
        return {};

    // `dot` is q·k. The header stays ASCII because spreadsheets that guess a
    // legacy encoding would garble the `·`.
    QString text = QStringLiteral("label,x,y,dot,score,weight\n");
    for (int j = 0; j < scene.words.size(); ++j) {
        const Word &word = scene.words[j];
        const QString score = row->isMasked(j) ? QString() : csvNumber(row->scores(j));
        text += QStringList{csvField(word.label),
                            csvNumber(word.vector.x()),
                            csvNumber(word.vector.y()),
                            csvNumber(row->dotProducts(j)),
                            score,
                            csvNumber(row->weights(j))}
                    .join(QLatin1Char(',')) +
            QLatin1Char('\n');
    }
    return text.toUtf8();
}

QByteArray NumbersExport::numbersJson(const Scene &scene, int query, QString *error)
{
    const std::optional<QueryNumbers> numbers = computeNumbers(scene, query, error);
    if (!numbers)
        return {};

    QJsonArray vectors;
    for (const Word &word : scene.words)
        vectors.append(QJsonArray{word.vector.x(), word.vector.y()});
    QJsonObject object = queryObject(scene, query, *numbers);
    object.insert(QLatin1String("vectors"), vectors);
    object.insert(QLatin1String("dot_products"), toJsonArray(numbers->row.dotProducts));

    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}
