// The command line: parsed before QApplication exists, so usage errors,
// --help, --print and --export work without a display.
#pragma once

#include "figure.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

struct CommandLineOptions
{
    enum class Mode { Window, Print, Export, Help, Version };

    Mode mode = Mode::Window;
    QString scenePath;                 // empty: the notebook's scene
    std::optional<QString> queryLabel; // unset: the scene's own query; may be an empty label
    bool json = false;
    bool present = false; // start the window in presentation mode
    QString exportPath;
    QSize size; // invalid: the default for the format
    FigureOptions figure;
    bool themeGiven = false; // --theme was on the command line

    // Print, Export, Help and Version draw nothing on screen.
    bool isHeadless() const { return mode != Mode::Window; }
};

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    static constexpr int kExitSuccess = 0;
    static constexpr int kExitInvalidInput = 1; // unreadable scene, unknown label, unsupported extension
    static constexpr int kExitUsage = 2;        // unknown option, bad option value

    // Default image size: a 16:9 slide at full HD.
    static constexpr QSize kDefaultPngSize{1920, 1080};

    // Parses arguments (argv[0] first). Returns false with a sentence in
    // `error` on a usage error.
    static bool parse(const QStringList &arguments, CommandLineOptions *options, QString *error);

    static QString helpText();
    static QString versionText();

    // Runs --print or --export (or prints help or version) and returns the
    // process exit status. Needs a QApplication on any platform.
    static int run(const CommandLineOptions &options);
};
