#include "csvimport.h"

#include "logging.h"
#include "scenefile.h"

#include <QDir>
#include <QFile>
#include <QStringDecoder>

#include <cmath>
#include <optional>

namespace {

struct Field
{
    QString text;
    bool quoted = false;
};

// Spreadsheets export empty rows as `,,` or `;;`, so those count as blank.
bool isBlank(QStringView line)
{
    for (const QChar c : line) {
        if (!c.isSpace() && c != u',' && c != u';')
            return false;
    }
    return true;
}

// A `;` file written with decimal commas has commas in its first line too, so
// `;` also wins when only it splits the line into the three fields.
QChar detectSeparator(QStringView firstLine)
{
    int commas = 0;
    int semicolons = 0;
    bool inQuotes = false;
    for (const QChar c : firstLine) {
        if (c == u'"')
            inQuotes = !inQuotes;
        else if (!inQuotes && c == u',')
            ++commas;
        else if (!inQuotes && c == u';')
            ++semicolons;
    }

    if (semicolons > 0 && (commas == 0 || (semicolons == 2 && commas != 2)))
        return u';';
    return u',';
}

// Splits one line into fields. Unquoted fields are trimmed, but a quoted field
// keeps its text exactly, with `""` read as one quote.
std::optional<QList<Field>> splitLine(QStringView line, QChar separator, int lineNumber, QString *error)
{
    QList<Field> fields;
    const qsizetype size = line.size();
    qsizetype pos = 0;
    while (true) {
        while (pos < size && line[pos].isSpace())
            ++pos;

        Field field;
        if (pos < size && line[pos] == u'"') {
            field.quoted = true;
            ++pos;
            bool closed = false;
            while (pos < size) {
                if (line[pos] != u'"') {
                    field.text.append(line[pos]);
                    ++pos;
                } else if (pos + 1 < size && line[pos + 1] == u'"') {
                    field.text.append(u'"');
                    pos += 2;
                } else {
                    closed = true;
                    ++pos;
                    break;
                }
            }
            if (!closed) {
                *error = CsvImport::tr("Line %1 has a quote without a closing quote, but a field cannot "
                                       "contain a line break, so close the quote on the same line.")
                             .arg(lineNumber);
                return std::nullopt;
            }

            while (pos < size && line[pos].isSpace())
                ++pos;
            if (pos < size && line[pos] != separator) {
                *error = CsvImport::tr("Line %1: text follows the closing quote of field %2, so write a "
                                       "quote inside a quoted field as two quotes (\"\").")
                             .arg(lineNumber)
                             .arg(fields.size() + 1);
                return std::nullopt;
            }
        } else {
            qsizetype end = line.indexOf(separator, pos);
            if (end < 0)
                end = size;
            field.text = line.sliced(pos, end - pos).trimmed().toString();
            pos = end;
        }
        fields.append(field);

        if (pos >= size)
            break;
        ++pos; // the separator
    }
    return fields;
}

// Returns the number in `text`, ±infinity when it overflows a double (so the
// caller can say it is not finite), or nothing when it is not a number.
// NOTE: QString::toDouble() also fails on underflow, so a value like 1e-999
// is reported as not a number instead of being read as 0.
std::optional<double> toNumber(const QString &text, QChar separator)
{
    QString normalized = text;
    if (separator == u';' && text.count(u',') == 1 && !text.contains(u'.'))
        normalized.replace(u',', u'.');

    bool ok = false;
    const double number = normalized.toDouble(&ok);
    if (ok || std::isinf(number))
        return number;
    return std::nullopt;
}

std::optional<double> readCoordinate(const Field &field, const QString &name, QChar separator, int lineNumber,
                                     QString *error)
{
    const std::optional<double> number = toNumber(field.text, separator);
    if (!number) {
        *error = CsvImport::tr("Line %1: %2 must be a number like 0.5 or -1.25, not “%3”.")
                     .arg(lineNumber)
                     .arg(name, field.text);
        return std::nullopt;
    }
    if (!std::isfinite(*number)) {
        *error = CsvImport::tr("Line %1: %2 is “%3”, which is not a finite number, so replace it with "
                               "a number between -%4 and %4.")
                     .arg(lineNumber)
                     .arg(name, field.text)
                     .arg(attention::kCoordinateLimit, 0, 'f', 0);
        return std::nullopt;
    }
    if (std::abs(*number) > attention::kCoordinateLimit) {
        *error = CsvImport::tr("Line %1: %2 is %3, beyond the limit of ±%4, so scale the scene down.")
                     .arg(lineNumber)
                     .arg(name, field.text)
                     .arg(attention::kCoordinateLimit, 0, 'f', 0);
        return std::nullopt;
    }
    return number;
}

} // namespace

bool CsvImport::parse(const QByteArray &csv, QList<Word> *words, QString *error)
{
    QByteArray bytes = csv;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);

    // A UTF-8 sequence never contains the byte 0x0A, so splitting the bytes
    // first is safe and lets an encoding error name its line.
    const QList<QByteArray> lines = bytes.split('\n');
    QList<Word> parsed;
    QChar separator;
    bool firstLineSeen = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNumber = int(i) + 1;
        QByteArray rawLine = lines[i];
        if (rawLine.endsWith('\r'))
            rawLine.chop(1);

        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString line = decoder(rawLine);
        if (decoder.hasError()) {
            *error = tr("Line %1 is not valid UTF-8, so save the file as CSV with UTF-8 encoding.")
                         .arg(lineNumber);
            return false;
        }
        if (isBlank(line))
            continue;

        if (!firstLineSeen)
            separator = detectSeparator(line);
        const std::optional<QList<Field>> fields = splitLine(line, separator, lineNumber, error);
        if (!fields)
            return false;
        if (fields->size() != 3) {
            *error = tr("Line %1 needs three fields (label, x, y) but has %2, so add the missing value "
                        "or put a label that contains “%3” in double quotes.")
                         .arg(lineNumber)
                         .arg(fields->size())
                         .arg(separator);
            return false;
        }

        if (!firstLineSeen) {
            firstLineSeen = true;
            if (!toNumber(fields->at(1).text, separator) || !toNumber(fields->at(2).text, separator))
                continue; // a header such as `label,x,y`
        }

        const std::optional<double> x =
            readCoordinate(fields->at(1), QStringLiteral("x"), separator, lineNumber, error);
        if (!x)
            return false;
        const std::optional<double> y =
            readCoordinate(fields->at(2), QStringLiteral("y"), separator, lineNumber, error);
        if (!y)
            return false;
        if (fields->at(0).text.size() > SceneFile::kMaxLabelLength) {
            *error = tr("Line %1 has a label of %2 characters, more than the limit of %3, so shorten it.")
                         .arg(lineNumber)
                         .arg(fields->at(0).text.size())
                         .arg(SceneFile::kMaxLabelLength);
            return false;
        }
        if (parsed.size() == SceneFile::kMaxWords) {
            *error = tr("Line %1 is past the limit of %2 words, so split the file into several scenes.")
                         .arg(lineNumber)
                         .arg(SceneFile::kMaxWords);
            return false;
        }
        parsed.append({fields->at(0).text, QPointF(*x, *y)});
    }

    if (parsed.isEmpty()) {
        *error = tr("The file contains no words, so add one line per word in the form label,x,y.");
        return false;
    }
    *words = parsed;
    return true;
}

bool CsvImport::read(const QString &path, QList<Word> *words, QString *error)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be opened: %2.").arg(shownPath, file.errorString());
        return false;
    }

    // Reading one byte past the limit also catches files whose size() is 0
    // or stale, such as pipes and files that grow while being read.
    const QByteArray bytes = file.read(SceneFile::kMaxFileSize + 1);
    if (file.error() != QFileDevice::NoError) {
        *error = tr("%1 cannot be read: %2.").arg(shownPath, file.errorString());
        return false;
    }
    if (bytes.size() > SceneFile::kMaxFileSize) {
        *error = tr("%1 is larger than the limit of %2 bytes for an imported file.")
                     .arg(shownPath, QString::number(SceneFile::kMaxFileSize));
        return false;
    }

    QString parseError;
    if (!parse(bytes, words, &parseError)) {
        *error = tr("%1 cannot be imported: %2").arg(shownPath, parseError);
        qCWarning(lcFile) << "rejected CSV" << shownPath << parseError;
        return false;
    }
    qCInfo(lcFile) << "imported" << shownPath << words->size() << "words";
    return true;
}
