#include "numbersexport.h"

#include "eigenconversion.h"
#include "wordpalette.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QPointF>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <optional>
#include <utility>

namespace {

// A label in a figure is cut to this many characters with "…", as the
// canvas elides long labels; the data keeps the whole label.
constexpr int kMaxFigureLabelLength = 24;

QString elidedLabel(const QString &label)
{
    if (label.size() <= kMaxFigureLabelLength)
        return label;
    return label.left(kMaxFigureLabelLength - 1) + QChar(0x2026);
}

// TikZ layout in centimetres.
constexpr double kCanvasSize = 6.0;
constexpr double kAxisOverhang = 0.3;
constexpr double kTickLength = 0.08;
constexpr double kChartGap = 2.5;
constexpr double kChartHeight = 4.0;
constexpr double kBarPitch = 0.8;
constexpr double kMinBarPitch = 0.3;
constexpr double kChartWidth = 6.0;

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

// At most 4 decimals, without trailing zeros, and never "-0".
QString tikzNumber(double value)
{
    QString text = QString::number(value, 'f', 4);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    if (text == QLatin1String("-0"))
        text = QStringLiteral("0");
    return text;
}

// Returns the smallest of 1, 2 and 5 times a power of ten that is at least `minimum`.
double niceStep(double minimum)
{
    const double power = std::pow(10.0, std::floor(std::log10(minimum)));
    for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * power >= minimum)
            return factor * power;
    }
    return 10.0 * power;
}

// Formats a tick value in math mode, e.g. $0.5$ or $1 \times 10^{6}$.
QString tickLabel(double value)
{
    const QString text = QString::number(value, 'g', 6);
    const qsizetype exponentAt = text.indexOf(QLatin1Char('e'));
    if (exponentAt < 0)
        return QStringLiteral("$%1$").arg(text);
    const int exponent = text.mid(exponentAt + 1).toInt();
    return QStringLiteral("$%1 \\times 10^{%2}$").arg(text.left(exponentAt)).arg(exponent);
}

// Returns whether `point` prints as (0,0), where an arrow has no direction.
bool printsAsOrigin(QPointF point)
{
    return tikzNumber(point.x()) == QLatin1String("0") && tikzNumber(point.y()) == QLatin1String("0");
}

// Returns the anchor that puts a node just beyond the tip of `tip`, seen from the origin.
QString anchorBeyond(QPointF tip)
{
    if (printsAsOrigin(tip))
        return QStringLiteral("south west");
    const double degrees = std::atan2(tip.y(), tip.x()) * 180.0 / std::numbers::pi;
    return QString::number((qRound(degrees) + 180 + 360) % 360);
}

struct CanvasFrame
{
    double scale = 1.0; // centimetres per unit of the word vectors
    double left = 0.0;  // extent of the vectors and the origin, in centimetres
    double right = 0.0;
    double bottom = 0.0;
    double top = 0.0;
    double tickStep = 1.0; // in units of the word vectors
};

CanvasFrame canvasFrame(const QList<QPointF> &points)
{
    double minX = 0.0, maxX = 0.0, minY = 0.0, maxY = 0.0;
    for (const QPointF &p : points) {
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
        minY = std::min(minY, p.y());
        maxY = std::max(maxY, p.y());
    }
    double span = std::max(maxX - minX, maxY - minY);
    if (!(span > 0.0))
        span = 1.0;

    CanvasFrame frame;
    frame.scale = kCanvasSize / span;
    frame.left = minX * frame.scale;
    frame.right = maxX * frame.scale;
    frame.bottom = minY * frame.scale;
    frame.top = maxY * frame.scale;
    frame.tickStep = niceStep(span / 4.0);
    return frame;
}

void writeAxisTicks(QStringList &lines, const CanvasFrame &frame, bool horizontal)
{
    const double low = (horizontal ? frame.left : frame.bottom) / frame.scale;
    const double high = (horizontal ? frame.right : frame.top) / frame.scale;
    const auto first = static_cast<long long>(std::ceil(low / frame.tickStep));
    const auto last = static_cast<long long>(std::floor(high / frame.tickStep));
    for (long long n = first; n <= last; ++n) {
        if (n == 0)
            continue;
        const double value = double(n) * frame.tickStep;
        const QString at = tikzNumber(value * frame.scale);
        const QString tick = tikzNumber(kTickLength);
        if (horizontal)
            lines << QStringLiteral("\\draw[gray] (%1,%2) -- (%1,-%2) node[below, font=\\tiny] {%3};")
                         .arg(at, tick, tickLabel(value));
        else
            lines << QStringLiteral("\\draw[gray] (%2,%1) -- (-%2,%1) node[left, font=\\tiny] {%3};")
                         .arg(at, tick, tickLabel(value));
    }
}

void writeCanvas(QStringList &lines, const Scene &scene, int query, const attention::QueryResult &row,
                 const QStringList &colorNames, const CanvasFrame &frame)
{
    lines << QStringLiteral("% Word vectors from the origin; the output is the weighted sum of the values.");
    lines << QStringLiteral("\\draw[->, gray] (%1,0) -- (%2,0);")
                 .arg(tikzNumber(frame.left - kAxisOverhang), tikzNumber(frame.right + kAxisOverhang));
    lines << QStringLiteral("\\draw[->, gray] (0,%1) -- (0,%2);")
                 .arg(tikzNumber(frame.bottom - kAxisOverhang), tikzNumber(frame.top + kAxisOverhang));
    writeAxisTicks(lines, frame, true);
    writeAxisTicks(lines, frame, false);

    for (int j = 0; j < scene.words.size(); ++j) {
        const QPointF tip = scene.words[j].vector * frame.scale;
        const QString at = QStringLiteral("(%1,%2)").arg(tikzNumber(tip.x()), tikzNumber(tip.y()));
        const bool isQuery = j == query;
        const double weight = row.weights(j);
        const double lineWidth = isQuery ? 2.0 : 0.4 + 1.6 * weight;
        const double opacity = isQuery ? 1.0 : 0.3 + 0.7 * weight;
        const QString dash = row.isMasked(j) ? QStringLiteral(", dashed") : QString();

        if (printsAsOrigin(tip))
            lines << QStringLiteral("\\fill[%1] (0,0) circle (%2pt);")
                         .arg(colorNames[j], tikzNumber(lineWidth + 1.0));
        else
            lines << QStringLiteral("\\draw[-{Stealth}, %1, line width=%2pt, opacity=%3%4] (0,0) -- %5;")
                         .arg(colorNames[j], tikzNumber(lineWidth), tikzNumber(opacity), dash, at);
        lines << QStringLiteral("\\node[anchor=%1, font=\\small%2] at %3 {%4};")
                     .arg(anchorBeyond(tip), isQuery ? QStringLiteral("\\bfseries") : QString(), at,
                          NumbersExport::escapeLatex(elidedLabel(scene.words[j].label)));
    }

    const QPointF output = conversion::toPointF(row.output) * frame.scale;
    if (!printsAsOrigin(output)) {
        const QString at = QStringLiteral("(%1,%2)").arg(tikzNumber(output.x()), tikzNumber(output.y()));
        lines << QStringLiteral("\\draw[-{Stealth}, black, dashed, line width=1pt] (0,0) -- %1;").arg(at);
        lines << QStringLiteral("\\node[anchor=%1, font=\\small\\itshape] at %2 {output};")
                     .arg(anchorBeyond(output), at);
    }
}

void writeBarChart(QStringList &lines, const Scene &scene, int query, const attention::QueryResult &row,
                   const QStringList &colorNames, const CanvasFrame &frame)
{
    const auto wordCount = int(scene.words.size());
    const double pitch = std::clamp(kChartWidth / wordCount, kMinBarPitch, kBarPitch);
    const double barWidth = 0.7 * pitch;
    const bool rotated = pitch < kBarPitch;
    const double x0 = frame.right + kAxisOverhang + kChartGap;
    const double y0 = frame.bottom;
    const QString base = tikzNumber(y0);

    lines << QStringLiteral(
        "% Bar chart of the weights; a dashed outline is a key hidden by the causal mask.");
    lines << QStringLiteral("\\draw (%1,%2) -- (%3,%2);")
                 .arg(tikzNumber(x0), base, tikzNumber(x0 + wordCount * pitch));
    lines << QStringLiteral("\\draw (%1,%2) -- (%1,%3);")
                 .arg(tikzNumber(x0), base, tikzNumber(y0 + kChartHeight));
    for (const double value : {0.0, 0.5, 1.0}) {
        lines << QStringLiteral("\\draw (%1,%2) -- (%3,%2) node[left, font=\\tiny] {$%4$};")
                     .arg(tikzNumber(x0), tikzNumber(y0 + value * kChartHeight), tikzNumber(x0 - kTickLength),
                          tikzNumber(value));
    }
    lines << QStringLiteral("\\node[rotate=90, font=\\small] at (%1,%2) {weight};")
                 .arg(tikzNumber(x0 - 0.7), tikzNumber(y0 + kChartHeight / 2.0));

    for (int j = 0; j < wordCount; ++j) {
        const double center = x0 + (j + 0.5) * pitch;
        const QString left = tikzNumber(center - barWidth / 2.0);
        const QString right = tikzNumber(center + barWidth / 2.0);
        const bool masked = row.isMasked(j);
        const double top = y0 + (masked ? kChartHeight : row.weights(j) * kChartHeight);
        const QString valueText = masked ? QStringLiteral("masked") : fixed3(row.weights(j));

        if (masked)
            lines << QStringLiteral("\\draw[%1, dashed] (%2,%3) rectangle (%4,%5);")
                         .arg(colorNames[j], left, base, right, tikzNumber(top));
        else
            lines << QStringLiteral("\\fill[%1] (%2,%3) rectangle (%4,%5);")
                         .arg(colorNames[j], left, base, right, tikzNumber(top));

        const QString valueAt = QStringLiteral("(%1,%2)").arg(tikzNumber(center), tikzNumber(top + 0.05));
        const QString labelAt = QStringLiteral("(%1,%2)").arg(tikzNumber(center), tikzNumber(y0 - 0.05));
        const QString label = NumbersExport::escapeLatex(elidedLabel(scene.words[j].label));
        const QString bold = j == query ? QStringLiteral("\\bfseries") : QString();
        if (rotated) {
            lines << QStringLiteral("\\node[anchor=west, rotate=90, font=\\scriptsize] at %1 {%2};")
                         .arg(valueAt, valueText);
            lines << QStringLiteral("\\node[anchor=east, rotate=60, font=\\small%1] at %2 {%3};")
                         .arg(bold, labelAt, label);
        } else {
            // Labels are slanted even when the bars are wide: a word is
            // usually wider than its bar, and upright ones ran together.
            lines << QStringLiteral("\\node[anchor=south, font=\\scriptsize] at %1 {%2};")
                         .arg(valueAt, valueText);
            lines << QStringLiteral("\\node[anchor=east, rotate=60, font=\\small%1] at %2 {%3};")
                         .arg(bold, labelAt, label);
        }
    }
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

QString NumbersExport::tikz(const Scene &scene, int query, QString *error, TikzParts parts)
{
    const std::optional<attention::QueryResult> row = computeRow(scene, query, error);
    if (!row)
        return {};

    QStringList lines;
    lines << QStringLiteral("% Attention weights of one query, written by Attention Explorer.");
    lines << QStringLiteral("% Needs \\usepackage{tikz} and \\usetikzlibrary{arrows.meta} in the preamble,");
    lines << QStringLiteral("% and \\usepackage[T1]{fontenc} for labels with < or >.");
    lines << QStringLiteral("\\begin{tikzpicture}");

    // One colour definition per distinct palette colour, since the palette repeats.
    QStringList colorNames;
    QHash<QRgb, QString> nameOfColor;
    for (int j = 0; j < scene.words.size(); ++j) {
        const QColor color = wordpalette::wordColor(paletteSlot(scene.words, int(j)));
        if (!nameOfColor.contains(color.rgb())) {
            const QString name = QStringLiteral("word%1").arg(nameOfColor.size());
            nameOfColor.insert(color.rgb(), name);
            lines << QStringLiteral("\\definecolor{%1}{HTML}{%2}").arg(name, color.name().mid(1).toUpper());
        }
        colorNames << nameOfColor.value(color.rgb());
    }

    QList<QPointF> points = wordVectors(scene);
    points.append(conversion::toPointF(row->output));
    const CanvasFrame frame = canvasFrame(points);
    if (parts != TikzParts::Chart)
        writeCanvas(lines, scene, query, *row, colorNames, frame);
    if (parts != TikzParts::Arrows)
        writeBarChart(lines, scene, query, *row, colorNames, frame);

    lines << QStringLiteral("\\end{tikzpicture}");
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString NumbersExport::escapeLatex(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : singleLine(text)) {
        switch (c.unicode()) {
        case '\\':
            escaped += QLatin1String("\\textbackslash{}");
            break;
        case '~':
            escaped += QLatin1String("\\textasciitilde{}");
            break;
        case '^':
            escaped += QLatin1String("\\textasciicircum{}");
            break;
        case '#':
        case '$':
        case '%':
        case '&':
        case '_':
        case '{':
        case '}':
            escaped += QLatin1Char('\\');
            escaped += c;
            break;
        default:
            escaped += c;
        }
    }
    return escaped;
}
