#include "commandline.h"
#include "language.h"
#include "mainwindow.h"
#include "startup.h"

#include <QApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>

#include <cstdio>

namespace {

// In --print and --export runs stdout is data and stderr carries one line per
// error. So Qt's own start-up warnings (such as a missing XDG_RUNTIME_DIR) are
// dropped there, while warnings of the app's own categories still show. The
// environment variable ATTENTION_EXPLORER_VERBOSE=1 shows everything.
void headlessMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const bool ours = context.category && qstrncmp(context.category, "attention.", 10) == 0;
    if (type == QtDebugMsg || type == QtInfoMsg || (!ours && type == QtWarningMsg))
        return;
    std::fprintf(stderr, "%s\n", qUtf8Printable(message));
}

QStringList argumentsOf(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

} // namespace

int main(int argc, char *argv[])
{
    startup::prepareProcess();
    QCoreApplication::setApplicationVersion(QStringLiteral(ATTENTION_EXPLORER_VERSION));

    // Parsed before QApplication, which needs a display unless the platform is
    // set to offscreen first.
    CommandLineOptions options;
    QString usageError;
    if (!CommandLine::parse(argumentsOf(argc, argv), &options, &usageError)) {
        std::fprintf(stderr,
                     "attention-explorer: %s\nTry 'attention-explorer --help' for more information.\n",
                     qUtf8Printable(usageError));
        return CommandLine::kExitUsage;
    }

    if (options.isHeadless()) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        if (qEnvironmentVariableIntValue("ATTENTION_EXPLORER_VERBOSE") == 0)
            qInstallMessageHandler(headlessMessageHandler);
    }

    QApplication app(argc, argv);

    // The command line stays English as a whole: --help and usage errors are
    // produced before QApplication exists, and a translator needs one.
    // Figures carry captions, so an export speaks the interface language;
    // --print and --help stay English, as scripts parse them.
    if (options.mode == CommandLineOptions::Mode::Export)
        language::install(QSettings().value(QStringLiteral("view/language")).toString());
    if (options.isHeadless())
        return CommandLine::run(options);

    startup::prepareGuiApplication();

    MainWindow window;
    if (!options.scenePath.isEmpty())
        window.openScene(options.scenePath);
    window.show();
    if (options.present)
        window.setPresenting(true);
    return app.exec();
}
