#include "scenefile.h"

#include "logging.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QXmlStreamReader>

#include <cmath>
#include <optional>

namespace {

// Converts a JSON value to a finite double within `limit`, or sets `error`.
std::optional<double> readNumber(const QJsonValue &value, const QString &field, double limit, QString *error)
{
    if (!value.isDouble()) {
        *error = SceneFile::tr("%1 must be a number.").arg(field);
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (!std::isfinite(number)) {
        *error = SceneFile::tr("%1 is not a finite number.").arg(field);
        return std::nullopt;
    }
    if (std::abs(number) > limit) {
        *error = SceneFile::tr("%1 is %2, beyond the limit of ±%3; scale the scene down.")
                     .arg(field, QString::number(number, 'g', 17), QLocale().toString(limit, 'f', 0));
        return std::nullopt;
    }
    return number;
}

// Reads a 2×2 matrix given row by row, e.g. [[1, 0], [0, 1]].
std::optional<Eigen::MatrixXd> readMatrix(const QJsonValue &value, const QString &field, QString *error)
{
    const QString shapeError =
        SceneFile::tr("%1 must be a 2×2 matrix given row by row, like [[1, 0], [0, 1]].").arg(field);
    if (!value.isArray() || value.toArray().size() != 2) {
        *error = shapeError;
        return std::nullopt;
    }
    Eigen::MatrixXd matrix(2, 2);
    const QJsonArray rows = value.toArray();
    for (int r = 0; r < 2; ++r) {
        if (!rows[r].isArray() || rows[r].toArray().size() != 2) {
            *error = shapeError;
            return std::nullopt;
        }
        const QJsonArray row = rows[r].toArray();
        for (int c = 0; c < 2; ++c) {
            const auto entry = readNumber(row[c], QStringLiteral("%1[%2][%3]").arg(field).arg(r).arg(c),
                                          attention::kProjectionLimit, error);
            if (!entry)
                return std::nullopt;
            matrix(r, c) = *entry;
        }
    }
    return matrix;
}

bool readSettings(const QJsonValue &value, attention::Settings *settings, QString *error)
{
    if (value.isUndefined())
        return true;
    if (!value.isObject()) {
        *error = SceneFile::tr("“attention” must be an object.");
        return false;
    }
    const QJsonObject object = value.toObject();

    const QJsonValue scaling = object.value(QLatin1String("scaling"));
    if (scaling.isString() && scaling.toString() == QLatin1String("sqrt_dk")) {
        settings->scaling = attention::Scaling::SqrtKeyDimension;
    } else if (scaling.isString() && scaling.toString() == QLatin1String("none")) {
        settings->scaling = attention::Scaling::None;
    } else if (!scaling.isUndefined()) {
        *error = SceneFile::tr("attention.scaling must be \"sqrt_dk\" or \"none\".");
        return false;
    }

    const QJsonValue temperature = object.value(QLatin1String("temperature"));
    if (!temperature.isUndefined()) {
        const auto t = readNumber(temperature, QStringLiteral("attention.temperature"),
                                  attention::kMaxTemperature, error);
        if (!t)
            return false;
        if (*t < attention::kMinTemperature) {
            *error = SceneFile::tr("attention.temperature is %1; it must be between %2 and %3.")
                         .arg(*t)
                         .arg(attention::kMinTemperature)
                         .arg(attention::kMaxTemperature);
            return false;
        }
        settings->temperature = *t;
    }

    const QJsonValue causal = object.value(QLatin1String("causal"));
    if (causal.isBool()) {
        settings->causal = causal.toBool();
    } else if (!causal.isUndefined()) {
        *error = SceneFile::tr("attention.causal must be true or false.");
        return false;
    }

    const std::pair<const char *, Eigen::MatrixXd *> matrices[] = {
        {"w_query", &settings->queryProjection},
        {"w_key", &settings->keyProjection},
        {"w_value", &settings->valueProjection},
    };
    for (const auto &[name, target] : matrices) {
        const QJsonValue matrix = object.value(QLatin1String(name));
        if (matrix.isUndefined())
            continue;
        const auto parsed =
            readMatrix(matrix, QStringLiteral("attention.%1").arg(QLatin1String(name)), error);
        if (!parsed)
            return false;
        *target = *parsed;
    }
    return true;
}

QJsonArray matrixToJson(const Eigen::MatrixXd &matrix)
{
    const Eigen::MatrixXd full = matrix.size() == 0 ? Eigen::MatrixXd::Identity(2, 2) : matrix;
    QJsonArray rows;
    for (Eigen::Index r = 0; r < full.rows(); ++r) {
        QJsonArray row;
        for (Eigen::Index c = 0; c < full.cols(); ++c)
            row.append(full(r, c));
        rows.append(row);
    }
    return rows;
}

} // namespace

bool SceneFile::parse(const QByteArray &json, Scene *scene, QString *error)
{
    if (json.trimmed().isEmpty()) {
        *error = tr("The file is empty; a scene needs at least {\"words\": []}.");
        return false;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(parseError.offset - (before.lastIndexOf('\n') + 1)) + 1;
        *error =
            tr("Invalid JSON at line %1, column %2: %3.").arg(line).arg(column).arg(parseError.errorString());
        return false;
    }
    if (!document.isObject()) {
        *error = tr("The top level must be a JSON object with a “words” array.");
        return false;
    }
    const QJsonObject root = document.object();

    Scene parsed;
    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isUndefined() && (!version.isDouble() || version.toDouble() != kFormatVersion)) {
        *error = tr("Unsupported version %1; this version of Attention Explorer reads version %2.")
                     .arg(version.isDouble() ? QString::number(version.toDouble()) : tr("(not a number)"))
                     .arg(kFormatVersion);
        return false;
    }

    const QJsonValue title = root.value(QLatin1String("title"));
    if (title.isString()) {
        parsed.title = title.toString();
    } else if (!title.isUndefined()) {
        *error = tr("“title” must be a string.");
        return false;
    }
    const QJsonValue description = root.value(QLatin1String("description"));
    if (description.isString())
        parsed.description = description.toString();

    const QJsonValue words = root.value(QLatin1String("words"));
    if (words.isUndefined()) {
        *error = tr("The required field “words” is missing.");
        return false;
    }
    if (!words.isArray()) {
        *error = tr("“words” must be an array of {\"label\": …, \"vector\": [x, y]} objects.");
        return false;
    }
    const QJsonArray wordArray = words.toArray();
    if (wordArray.size() > kMaxWords) {
        *error =
            tr("“words” has %1 entries, more than the limit of %2; split the sentence into several scenes.")
                .arg(wordArray.size())
                .arg(kMaxWords);
        return false;
    }
    for (qsizetype i = 0; i < wordArray.size(); ++i) {
        const QString field = QStringLiteral("words[%1]").arg(i);
        if (!wordArray[i].isObject()) {
            *error = tr("%1 must be an object with “label” and “vector”.").arg(field);
            return false;
        }
        const QJsonObject word = wordArray[i].toObject();
        const QJsonValue label = word.value(QLatin1String("label"));
        if (!label.isString()) {
            *error = tr("%1.label is missing or not a string.").arg(field);
            return false;
        }
        if (label.toString().size() > kMaxLabelLength) {
            *error = tr("%1.label has %2 characters, more than the limit of %3; shorten it.")
                         .arg(field)
                         .arg(label.toString().size())
                         .arg(kMaxLabelLength);
            return false;
        }
        const QJsonValue vector = word.value(QLatin1String("vector"));
        if (!vector.isArray() || vector.toArray().size() != 2) {
            *error = tr("%1.vector must be an array of two numbers [x, y].").arg(field);
            return false;
        }
        const QJsonArray components = vector.toArray();
        const auto x = readNumber(components[0], field + QStringLiteral(".vector[0]"),
                                  attention::kCoordinateLimit, error);
        if (!x)
            return false;
        const auto y = readNumber(components[1], field + QStringLiteral(".vector[1]"),
                                  attention::kCoordinateLimit, error);
        if (!y)
            return false;
        parsed.words.append({label.toString(), QPointF(*x, *y)});
    }

    parsed.query = int(parsed.words.size()) - 1;
    const QJsonValue query = root.value(QLatin1String("query"));
    if (!query.isUndefined()) {
        const double index = query.toDouble(-1);
        if (!query.isDouble() || index != std::floor(index) || index < 0 ||
            index >= double(parsed.words.size())) {
            *error = parsed.words.isEmpty()
                ? tr("“query” is set but there are no words; remove it or add words.")
                : tr("“query” must be a word index from 0 to %1.").arg(parsed.words.size() - 1);
            return false;
        }
        parsed.query = int(index);
    }

    if (!readSettings(root.value(QLatin1String("attention")), &parsed.settings, error))
        return false;

    *scene = parsed;
    return true;
}

bool SceneFile::read(const QString &path, Scene *scene, QString *error)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot open %1: %2.").arg(shownPath, file.errorString());
        return false;
    }
    if (file.size() > kMaxFileSize) {
        *error = tr("%1 is %2 bytes, larger than the limit of %3 bytes for a scene file.")
                     .arg(shownPath)
                     .arg(file.size())
                     .arg(kMaxFileSize);
        return false;
    }
    QByteArray bytes = file.readAll();
    QString parseError;
    if (isFigure(bytes)) {
        QByteArray json;
        if (!extractEmbeddedScene(bytes, &json, &parseError)) {
            *error = tr("Cannot load %1: %2").arg(shownPath, parseError);
            return false;
        }
        bytes = json;
    }
    if (!parse(bytes, scene, &parseError)) {
        // A CSV file of words is no scene, but it is easy to pick by mistake.
        if (QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
            parseError =
                tr("it is a CSV file, not a scene; import its words with File › Import Words from CSV.");
        *error = tr("Cannot load %1: %2").arg(shownPath, parseError);
        qCDebug(lcFile) << "rejected" << shownPath << parseError;
        return false;
    }
    qCInfo(lcFile) << "loaded" << shownPath << scene->words.size() << "words";
    return true;
}

bool SceneFile::isFigure(const QByteArray &bytes)
{
    static const QByteArray pngSignature("\x89PNG\r\n\x1a\n", 8);
    if (bytes.startsWith(pngSignature))
        return true;
    const QByteArray start = bytes.left(512).trimmed();
    return start.startsWith("<?xml") || start.startsWith("<svg");
}

bool SceneFile::extractEmbeddedScene(const QByteArray &bytes, QByteArray *json, QString *error)
{
    const QString missing = tr("This image contains no Attention Explorer scene; open the scene's .json file "
                               "or a figure exported by Attention Explorer.");
    QString text;
    if (!bytes.startsWith('<')) {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer, "png");
        text = reader.text(QLatin1String(kEmbeddedSceneKey));
    } else {
        QXmlStreamReader xml(bytes);
        while (!xml.atEnd() && text.isEmpty()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("metadata") &&
                xml.attributes().value(QLatin1String("id")) == QLatin1String(kEmbeddedSceneKey))
                text = xml.readElementText();
        }
        if (xml.hasError() && text.isEmpty()) {
            *error = tr("Invalid SVG at line %1: %2.").arg(xml.lineNumber()).arg(xml.errorString());
            return false;
        }
    }
    if (text.isEmpty()) {
        *error = missing;
        return false;
    }
    *json = text.toUtf8();
    return true;
}

QByteArray SceneFile::toJson(const Scene &scene)
{
    QJsonObject root;
    root.insert(QLatin1String("version"), kFormatVersion);
    root.insert(QLatin1String("title"), scene.title);
    if (!scene.description.isEmpty())
        root.insert(QLatin1String("description"), scene.description);

    QJsonArray words;
    for (const Word &word : scene.words) {
        QJsonObject object;
        object.insert(QLatin1String("label"), word.label);
        object.insert(QLatin1String("vector"), QJsonArray{word.vector.x(), word.vector.y()});
        words.append(object);
    }
    root.insert(QLatin1String("words"), words);
    if (scene.query >= 0)
        root.insert(QLatin1String("query"), scene.query);

    const attention::Settings &settings = scene.settings;
    QJsonObject attentionObject;
    attentionObject.insert(QLatin1String("scaling"),
                           settings.scaling == attention::Scaling::None ? QLatin1String("none")
                                                                        : QLatin1String("sqrt_dk"));
    attentionObject.insert(QLatin1String("temperature"), settings.temperature);
    attentionObject.insert(QLatin1String("causal"), settings.causal);
    attentionObject.insert(QLatin1String("w_query"), matrixToJson(settings.queryProjection));
    attentionObject.insert(QLatin1String("w_key"), matrixToJson(settings.keyProjection));
    attentionObject.insert(QLatin1String("w_value"), matrixToJson(settings.valueProjection));
    root.insert(QLatin1String("attention"), attentionObject);

    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool SceneFile::write(const QString &path, const Scene &scene, QString *error)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2.").arg(shownPath, file.errorString());
        return false;
    }
    const QByteArray bytes = toJson(scene);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("Cannot save %1: %2. The previous file is unchanged.").arg(shownPath, file.errorString());
        qCWarning(lcFile) << "save failed" << shownPath << file.errorString();
        return false;
    }
    return true;
}
