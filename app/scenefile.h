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

    // Metadata key under which exported PNG and SVG figures carry their scene
    // as JSON (a PNG text chunk, an SVG <metadata> element with this id).
    static constexpr const char *kEmbeddedSceneKey = "AttentionExplorerScene";

    // Parses a scene. On failure returns false, leaves `scene` untouched and
    // sets `error` to one sentence naming the field or position and the fix.
    static bool parse(const QByteArray &json, Scene *scene, QString *error);

    // Returns true when `bytes` are a PNG image or an SVG document, in which
    // read() looks for an embedded scene instead of parsing JSON.
    static bool isFigure(const QByteArray &bytes);

    // Extracts the JSON of the scene embedded in a PNG or SVG figure.
    static bool extractEmbeddedScene(const QByteArray &bytes, QByteArray *json, QString *error);

    // Reads `path`. The error message starts with the file's native path.
    static bool read(const QString &path, Scene *scene, QString *error);

    static QByteArray toJson(const Scene &scene);

    // Writes atomically through QSaveFile: on failure the old file is intact.
    static bool write(const QString &path, const Scene &scene, QString *error);
};
