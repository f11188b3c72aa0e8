// Reading and writing scene files (JSON, described in docs/scene-format.md).
#pragma once

#include "scenemodel.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class SceneFile
{
    Q_DECLARE_TR_FUNCTIONS(SceneFile)

public:
    static constexpr int kFormatVersion = 1;
    // Larger files are rejected before parsing; a thousand short words take
    // about 100 KiB.
    static constexpr qint64 kMaxFileSize = 16 * 1024 * 1024;

    // Limits on what a scene may contain, enforced on every way in (files,
    // CSV import, editing), so that every scene the app writes loads again.
    // A word is at most about 1,400 bytes of indented JSON (200 label
    // characters escaped as \u00XX, two 17-digit numbers), so 10,000 words
    // stay below kMaxFileSize.
    static constexpr int kMaxWords = 10000;
    static constexpr int kMaxLabelLength = 200;

    // Parses a scene. On failure returns false, leaves `scene` untouched and
    // sets `error` to one sentence naming the field or position and the fix.
    static bool parse(const QByteArray &json, Scene *scene, QString *error);

    // Reads `path`. The error message starts with the file's native path.
    static bool read(const QString &path, Scene *scene, QString *error);

    static QByteArray toJson(const Scene &scene);

    // Writes atomically through QSaveFile: on failure the old file is intact.
    static bool write(const QString &path, const Scene &scene, QString *error);
};
