// Importing words from CSV files, for scenes made in a spreadsheet.
#pragma once

#include "scenemodel.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// Reads one word per line as `label,x,y` (format in docs/scene-format.md).
// The text is UTF-8 with an optional BOM and `\n` or `\r\n` line ends. Labels
// may be quoted as in RFC 4180, with `""` for a quote, but a quoted field
// cannot span lines. The first non-blank line is skipped as a header when its
// x or y is not a number. A first line that contains `;` outside quotes and
// no `,` (or splits into three fields only at `;`) makes `;` the separator,
// and then x and y may also use a decimal comma.
class CsvImport
{
    Q_DECLARE_TR_FUNCTIONS(CsvImport)

public:
    // Parses the words. On failure returns false, leaves `words` untouched and
    // sets `error` to one sentence naming the 1-based line and the fix.
    static bool parse(const QByteArray &csv, QList<Word> *words, QString *error);

    // Reads `path`, rejecting files larger than SceneFile::kMaxFileSize. The
    // error message starts with the file's native path.
    static bool read(const QString &path, QList<Word> *words, QString *error);
};
