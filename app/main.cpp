#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("attention-explorer"));
    QApplication::setApplicationDisplayName(QStringLiteral("Attention Explorer"));
    QApplication::setOrganizationName(QStringLiteral("AttentionExplorer"));
    QApplication::setApplicationVersion(QStringLiteral(ATTENTION_EXPLORER_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("attention-explorer"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/attention-explorer.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Drag word vectors and watch scaled dot-product attention change live."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("scene"),
                                 QApplication::translate("main",
                                                         "Scene file to open (JSON); default: the "
                                                         "notebook's sentence."),
                                 QStringLiteral("[scene]"));
    parser.process(app);

    MainWindow window;
    const QStringList arguments = parser.positionalArguments();
    if (!arguments.isEmpty())
        window.openScene(arguments.first());
    window.show();
    return app.exec();
}
