#include "commandline.h"

#include "numbersexport.h"
#include "scenefile.h"
#include "scenemodel.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <cstdio>

namespace {

// The options, shared by parse() and helpText() so the help always lists
// what the parser accepts.
struct Options
{
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")},
                            CommandLine::tr("Show this help and exit.")};
    QCommandLineOption version{{QStringLiteral("v"), QStringLiteral("version")},
                               CommandLine::tr("Show the version and exit.")};
    QCommandLineOption print{
        QStringLiteral("print"),
        CommandLine::tr("Print each word's score and weight from the query and the output "
                        "vector, then exit. Needs no display.")};
    QCommandLineOption json{QStringLiteral("json"),
                            CommandLine::tr("With --print: print one JSON object instead.")};
    QCommandLineOption query{QStringLiteral("query"),
                             CommandLine::tr("Use the first word labelled LABEL as the query."),
                             QStringLiteral("LABEL")};
    QCommandLineOption exportFile{QStringLiteral("export"),
                                  CommandLine::tr("Write a figure to FILE and exit: .png, .svg, .pdf or .tex "
                                                  "(TikZ), by the extension. Needs no display."),
                                  QStringLiteral("FILE")};
    QCommandLineOption size{
        QStringLiteral("size"),
        CommandLine::tr("With --export: the figure's size, WIDTHxHEIGHT in pixels (PNG: exact "
                        "image size, default 1920x1080; SVG and PDF: CSS pixels, default "
                        "1200x675)."),
        QStringLiteral("WxH")};
    QCommandLineOption view{
        QStringLiteral("view"),
        CommandLine::tr("With --export: figure (canvas and chart, the default), canvas or chart."),
        QStringLiteral("VIEW")};
    QCommandLineOption present{
        QStringLiteral("present"),
        CommandLine::tr("Open the window in presentation mode (full screen, larger text).")};
    QCommandLineOption theme{QStringLiteral("theme"),
                             CommandLine::tr("With --export: light (the default) or dark."),
                             QStringLiteral("THEME")};

    void addTo(QCommandLineParser &parser) const
    {
        // Qt's own options (-platform xcb, -qwindowgeometry 800x600, …) are
        // single-dash words, which QApplication takes out of the arguments
        // later. They are accepted and hidden here, where parsing runs first.
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        for (const char *name : {"platform", "platformpluginpath", "platformtheme", "plugin",
                                 "qwindowgeometry", "qwindowicon", "qwindowtitle", "style", "stylesheet",
                                 "display", "geometry", "title", "name", "session", "qmljsdebugger"}) {
            QCommandLineOption option(QString::fromLatin1(name));
            option.setValueName(QStringLiteral("value"));
            option.setFlags(QCommandLineOption::HiddenFromHelp);
            parser.addOption(option);
        }
        for (const char *name : {"reverse", "widgetcount", "nograb", "dograb", "sync"}) {
            QCommandLineOption option(QString::fromLatin1(name));
            option.setFlags(QCommandLineOption::HiddenFromHelp);
            parser.addOption(option);
        }

        parser.setApplicationDescription(
            CommandLine::tr("Drag word vectors and watch scaled dot-product attention change live.\n"
                            "Without --print or --export, opens the window on SCENE."));
        parser.addOptions({help, version, print, json, query, exportFile, size, view, theme, present});
        parser.addPositionalArgument(
            QStringLiteral("scene"),
            CommandLine::tr("A scene file (.json, or a .png or .svg figure exported by "
                            "Attention Explorer). Default: the notebook's sentence."),
            QStringLiteral("[SCENE]"));
    }
};

void printLine(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

int fail(const QString &message)
{
    printLine(stderr, QStringLiteral("attention-explorer: %1").arg(message));
    return CommandLine::kExitInvalidInput;
}

bool parseSize(const QString &text, QSize *size)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{1,5})x([0-9]{1,5})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    const int width = match.captured(1).toInt();
    const int height = match.captured(2).toInt();
    // 16384 pixels a side keeps an ARGB image under 1 GiB.
    if (width < 1 || height < 1 || width > 16384 || height > 16384)
        return false;
    *size = QSize(width, height);
    return true;
}

} // namespace

bool CommandLine::parse(const QStringList &arguments, CommandLineOptions *options, QString *error)
{
    const Options all;
    QCommandLineParser parser;
    all.addTo(parser);
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }

    CommandLineOptions parsed;
    if (parser.isSet(all.help)) {
        parsed.mode = CommandLineOptions::Mode::Help;
        *options = parsed;
        return true;
    }
    if (parser.isSet(all.version)) {
        parsed.mode = CommandLineOptions::Mode::Version;
        *options = parsed;
        return true;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        *error = tr("Too many arguments: give at most one scene file, not %1.").arg(positional.size());
        return false;
    }
    parsed.scenePath = positional.value(0);
    if (parser.isSet(all.query))
        parsed.queryLabel = parser.value(all.query);
    parsed.json = parser.isSet(all.json);
    parsed.present = parser.isSet(all.present);

    if (parser.isSet(all.print) && parser.isSet(all.exportFile)) {
        *error = tr("--print and --export cannot be combined; run the program once for each.");
        return false;
    }
    if (parser.isSet(all.print))
        parsed.mode = CommandLineOptions::Mode::Print;
    if (parser.isSet(all.exportFile)) {
        parsed.mode = CommandLineOptions::Mode::Export;
        parsed.exportPath = parser.value(all.exportFile);
    }
    if (parsed.json && parsed.mode != CommandLineOptions::Mode::Print) {
        *error = tr("--json only goes with --print.");
        return false;
    }
    if (parsed.present && parsed.mode != CommandLineOptions::Mode::Window) {
        *error = tr("--present only goes with opening the window, not with --print or --export.");
        return false;
    }
    if (parser.isSet(all.query) && parsed.mode == CommandLineOptions::Mode::Window) {
        *error = tr("--query only goes with --print or --export.");
        return false;
    }
    for (const QCommandLineOption *exportOnly : {&all.size, &all.view, &all.theme}) {
        if (parser.isSet(*exportOnly) && parsed.mode != CommandLineOptions::Mode::Export) {
            *error = tr("--%1 only goes with --export.").arg(exportOnly->names().constLast());
            return false;
        }
    }

    if (parser.isSet(all.size) && !parseSize(parser.value(all.size), &parsed.size)) {
        *error = tr("Invalid --size “%1”: use WIDTHxHEIGHT in pixels, each 1 to 16384, e.g. 1920x1080.")
                     .arg(parser.value(all.size));
        return false;
    }
    const QString view = parser.value(all.view);
    if (view == QLatin1String("canvas"))
        parsed.figure.view = FigureOptions::View::Canvas;
    else if (view == QLatin1String("chart"))
        parsed.figure.view = FigureOptions::View::Chart;
    else if (!view.isEmpty() && view != QLatin1String("figure")) {
        *error = tr("Invalid --view “%1”: use figure, canvas or chart.").arg(view);
        return false;
    }
    const QString theme = parser.value(all.theme);
    parsed.themeGiven = parser.isSet(all.theme);
    if (theme == QLatin1String("dark"))
        parsed.figure.theme = FigureOptions::Theme::Dark;
    else if (!theme.isEmpty() && theme != QLatin1String("light")) {
        *error = tr("Invalid --theme “%1”: use light or dark.").arg(theme);
        return false;
    }

    *options = parsed;
    return true;
}

QString CommandLine::helpText()
{
    const Options all;
    QCommandLineParser parser;
    all.addTo(parser);
    return parser.helpText() +
        tr("\nExit status: 0 on success, 1 for invalid input (unreadable or malformed scene, "
           "unknown query label, unsupported extension), 2 for a usage error.\n");
}

QString CommandLine::versionText()
{
    return QStringLiteral("attention-explorer %1").arg(QCoreApplication::applicationVersion());
}

int CommandLine::run(const CommandLineOptions &options)
{
    switch (options.mode) {
    case CommandLineOptions::Mode::Help:
        std::fputs(helpText().toLocal8Bit().constData(), stdout);
        return kExitSuccess;
    case CommandLineOptions::Mode::Version:
        printLine(stdout, versionText());
        return kExitSuccess;
    case CommandLineOptions::Mode::Window:
        return kExitUsage;
    case CommandLineOptions::Mode::Print:
    case CommandLineOptions::Mode::Export:
        break;
    }

    // Check what can be checked before any work.
    if (options.mode == CommandLineOptions::Mode::Export &&
        !Figure::isSupportedExtension(QFileInfo(options.exportPath).suffix())) {
        return fail(tr("cannot export to %1: unsupported extension; use .png, .svg, .pdf or .tex.")
                        .arg(QDir::toNativeSeparators(options.exportPath)));
    }

    Scene scene = notebookScene();
    if (!options.scenePath.isEmpty()) {
        QString error;
        if (!SceneFile::read(options.scenePath, &scene, &error))
            return fail(error);
    }

    if (options.queryLabel) {
        const QString &label = *options.queryLabel;
        const auto match = std::find_if(scene.words.cbegin(), scene.words.cend(),
                                        [&](const Word &word) { return word.label == label; });
        if (match == scene.words.cend()) {
            // Quoted, so that an empty or blank label shows as “”.
            QStringList labels;
            for (const Word &word : scene.words)
                labels.append(tr("“%1”").arg(word.label));
            return fail(tr("no word is labelled “%1”; the labels are %2.")
                            .arg(label, labels.join(QStringLiteral(", "))));
        }
        scene.query = int(match - scene.words.cbegin());
    }

    if (options.mode == CommandLineOptions::Mode::Print) {
        if (scene.words.isEmpty())
            return fail(tr("the scene has no words, so there is nothing to print."));
        if (!options.json) {
            std::fputs(NumbersExport::printTable(scene, scene.query).toUtf8().constData(), stdout);
            return kExitSuccess;
        }
        QString error;
        const QByteArray json = NumbersExport::printJson(scene, scene.query, &error);
        if (json.isEmpty())
            return fail(error);
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
        return kExitSuccess;
    }

    const QString suffix = QFileInfo(options.exportPath).suffix().toLower();
    const bool isPng = suffix == QLatin1String("png");

    // TikZ takes its size and colours from the LaTeX document, so these two
    // options have no effect there; saying so beats ignoring them silently.
    if (suffix == QLatin1String("tex") && (options.size.isValid() || options.themeGiven))
        std::fputs(
            qPrintable(tr("note: --size and --theme do not apply to .tex; the TikZ picture takes its size "
                          "and colours from the LaTeX document.") +
                       QLatin1Char('\n')),
            stderr);
    const QSize size =
        options.size.isValid() ? options.size : (isPng ? kDefaultPngSize : Figure::kReferenceSize);
    const Figure figure(scene, options.figure);
    QString error;
    if (!figure.write(options.exportPath, size, &error))
        return fail(error);
    return kExitSuccess;
}
