#include "startup.h"

#include "language.h"

#include <QApplication>
#include <QIcon>
#include <QSettings>

namespace startup {

void prepareProcess()
{
    QCoreApplication::setApplicationName(QStringLiteral("attention-explorer"));
    QCoreApplication::setOrganizationName(QStringLiteral("AttentionExplorer"));
}

void prepareGuiApplication()
{
    QApplication::setApplicationDisplayName(QStringLiteral("Attention Explorer"));
    QApplication::setDesktopFileName(QStringLiteral("org.attentionexplorer.AttentionExplorer"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/attention-explorer.svg")));
    language::install(QSettings().value(QStringLiteral("view/language")).toString());
}

} // namespace startup
