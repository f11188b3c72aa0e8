#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace language {

namespace {

struct Installed
{
    QString code;
    QTranslator qt;  // Qt's own texts: standard buttons and dialogs
    QTranslator app; // this program's texts
};

Installed &installed()
{
    static Installed state;
    return state;
}

} // namespace

void install(const QString &code)
{
    Installed &state = installed();
    QCoreApplication::removeTranslator(&state.qt);
    QCoreApplication::removeTranslator(&state.app);
    state.code = code;

    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);

    // On Unix, QLocale::system() takes its name from LANGUAGE but formats
    // numbers by LC_NUMERIC, so LANGUAGE=de with LANG=C.UTF-8 gave German
    // text with decimal points. Numbers follow the locale of that name.
    QLocale::setDefault(code.isEmpty() ? QLocale(QLocale::system().name()) : locale);

    if (state.qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&state.qt);

    // Without an app translation for the locale the English plural forms are
    // loaded, so the untranslated interface reads "1 word" and "2 words".
    const QString directory = QStringLiteral(":/translations");
    if (state.app.load(locale, QStringLiteral("attention-explorer"), QStringLiteral("_"), directory) ||
        state.app.load(QStringLiteral("attention-explorer_en"), directory))
        QCoreApplication::installTranslator(&state.app);
}

QString current()
{
    return installed().code;
}

} // namespace language
