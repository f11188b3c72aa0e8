// The Qt Linguist files in resources/translations: every message translated
// with the same placeholders, the German file in step with the tr() strings
// of app/, and the compiled .qm files in the resources translating real UI.
#include "attentionchart.h"
#include "mainwindow.h"
#include "scenemodel.h"

#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

const QString kTranslationsDir = QStringLiteral(ATTENTION_TRANSLATIONS_DIR);
const QString kGermanTs = QStringLiteral("attention-explorer_de.ts");

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    // Empty, "unfinished", "vanished" or "obsolete".
    QString type;
    // One entry, or one per plural form for numerus messages.
    QStringList translations;

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    QString describe() const { return QStringLiteral("%1: \"%2\"").arg(context, source); }
};

struct TsFile
{
    QList<TsMessage> messages;
    QString error;
};

TsMessage readMessage(QXmlStreamReader &xml, const QString &context)
{
    TsMessage message;
    message.context = context;
    message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        message.translations.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.translations.append(xml.readElementText());
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return message;
}

TsFile readTsFile(const QString &path)
{
    TsFile result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return result;
    }

    QXmlStreamReader xml(&file);
    if (!xml.readNextStartElement() || xml.name() != QLatin1String("TS")) {
        result.error = QStringLiteral("%1 has no <TS> root element").arg(path);
        return result;
    }
    while (xml.readNextStartElement()) {
        if (xml.name() != QLatin1String("context")) {
            xml.skipCurrentElement();
            continue;
        }
        QString context;
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message"))
                result.messages.append(readMessage(xml, context));
            else
                xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        result.error = QStringLiteral("%1: invalid XML at line %2: %3")
                           .arg(path)
                           .arg(xml.lineNumber())
                           .arg(xml.errorString());
    return result;
}

// The placeholders %1 to %9, %L1 to %L9 and %n of a message, as a set.
QSet<QString> placeholdersOf(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?[1-9n]"));
    QSet<QString> placeholders;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        placeholders.insert(match.captured());
    return placeholders;
}

bool hasMnemonic(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("(^|[^&])&[^&\\s]"));
    return pattern.match(text).hasMatch();
}

QStringList problemsOf(const TsMessage &message)
{
    QStringList problems;
    if (message.type == QLatin1String("unfinished"))
        problems.append(QStringLiteral("marked unfinished"));
    else if (message.type == QLatin1String("vanished") || message.type == QLatin1String("obsolete"))
        problems.append(QStringLiteral("%1: its source string is gone from the code").arg(message.type));
    else if (!message.type.isEmpty())
        problems.append(QStringLiteral("unknown translation type \"%1\"").arg(message.type));

    if (message.translations.isEmpty())
        problems.append(QStringLiteral("no <translation> element"));
    if (message.numerus && message.translations.size() < 2)
        problems.append(
            QStringLiteral("%n message with %1 plural form(s), expected 2").arg(message.translations.size()));

    const QSet<QString> expected = placeholdersOf(message.source);
    for (const QString &translation : message.translations) {
        if (translation.isEmpty()) {
            problems.append(QStringLiteral("empty translation"));
            continue;
        }
        if (placeholdersOf(translation) != expected)
            problems.append(QStringLiteral("placeholders of \"%1\" differ from the source").arg(translation));
        if (hasMnemonic(translation) != hasMnemonic(message.source))
            problems.append(QStringLiteral("\"%1\" adds or drops the & accelerator").arg(translation));
        if (translation.endsWith(u'…') != message.source.endsWith(u'…'))
            problems.append(QStringLiteral("\"%1\" adds or drops the trailing …").arg(translation));
    }
    return problems;
}

QString failureList(const QStringList &lines)
{
    return QStringLiteral("%1 problem(s):\n  %2").arg(lines.size()).arg(lines.join(QStringLiteral("\n  ")));
}

QString notebookChartTitle()
{
    SceneModel model;
    model.resetScene(notebookScene());
    AttentionChart chart(&model);
    return chart.title();
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void tsMessagesComplete_data();
    void tsMessagesComplete();
    void germanTsCoversSources();
    void germanQmTranslatesUi();
    void englishQmHasPlurals();
    void qtBaseGermanLoads();
};

void TestTranslations::tsMessagesComplete_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("de") << kGermanTs;
    QTest::newRow("en plurals") << QStringLiteral("attention-explorer_en.ts");
}

void TestTranslations::tsMessagesComplete()
{
    QFETCH(QString, fileName);
    const TsFile ts = readTsFile(QDir(kTranslationsDir).filePath(fileName));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY(!ts.messages.isEmpty());

    QStringList failures;
    for (const TsMessage &message : ts.messages) {
        const QStringList problems = problemsOf(message);
        for (const QString &problem : problems)
            failures.append(QStringLiteral("%1: %2").arg(message.describe(), problem));
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failureList(failures)));
}

// Runs lupdate over app/ into a copy of the committed German .ts, so a tr()
// string without an entry shows up as new and a removed one as missing.
void TestTranslations::germanTsCoversSources()
{
    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString committedPath = QDir(kTranslationsDir).filePath(kGermanTs);
    const QString updatedPath = dir.filePath(kGermanTs);
    QVERIFY(QFile::copy(committedPath, updatedPath));
    QVERIFY(QFile::setPermissions(updatedPath, QFile::ReadOwner | QFile::WriteOwner));

    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(ATTENTION_LUPDATE_BINARY),
                  {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                   QStringLiteral("none"), QStringLiteral("-extensions"), QStringLiteral("cpp,h"),
                   QStringLiteral(ATTENTION_APP_SOURCE_DIR), QStringLiteral("-ts"), updatedPath});
    QVERIFY2(lupdate.waitForFinished(60000), qPrintable(lupdate.errorString()));
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             lupdate.readAll().constData());

    const TsFile committed = readTsFile(committedPath);
    QVERIFY2(committed.error.isEmpty(), qPrintable(committed.error));
    const TsFile updated = readTsFile(updatedPath);
    QVERIFY2(updated.error.isEmpty(), qPrintable(updated.error));

    QSet<QString> committedKeys;
    for (const TsMessage &message : committed.messages)
        committedKeys.insert(message.key());
    QSet<QString> updatedKeys;
    for (const TsMessage &message : updated.messages)
        updatedKeys.insert(message.key());

    QStringList untranslated;
    for (const TsMessage &message : updated.messages) {
        if (!committedKeys.contains(message.key()))
            untranslated.append(message.describe());
    }
    QVERIFY2(
        untranslated.isEmpty(),
        qPrintable(QStringLiteral("source strings without a German translation; run "
                                  "`cmake --build build --target update_translations` and translate them. ") +
                   failureList(untranslated)));

    QStringList stale;
    for (const TsMessage &message : committed.messages) {
        if (!updatedKeys.contains(message.key()))
            stale.append(message.describe());
    }
    QVERIFY2(stale.isEmpty(),
             qPrintable(QStringLiteral("entries whose source string is gone from the code; run "
                                       "`cmake --build build --target update_translations`. ") +
                        failureList(stale)));
}

void TestTranslations::germanQmTranslatesUi()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/translations/attention-explorer_de.qm")));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const auto cleanup = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });

    QCOMPARE(QCoreApplication::translate("MainWindow", "Import %n word(s)", nullptr, 1),
             QStringLiteral("1 Wort importieren"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "Import %n word(s)", nullptr, 3),
             QStringLiteral("3 Wörter importieren"));
    QCOMPARE(QCoreApplication::translate("StepsPanel", ", ",
                                         "separator of vector components; use \"; \" where the decimal "
                                         "separator is a comma"),
             QStringLiteral("; "));
    QCOMPARE(QCoreApplication::translate("StepsPanel", ", "), QStringLiteral(", "));

    QCOMPARE(notebookChartTitle(), QStringLiteral("Attention-Gewichte von „jumped“"));

    MainWindow window;
    QStringList menuTitles;
    for (const QAction *action : window.menuBar()->actions())
        menuTitles.append(action->text());
    QCOMPARE(menuTitles,
             (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"), QStringLiteral("&Ansicht"),
                          QStringLiteral("A&ttention"), QStringLiteral("&Hilfe")}));
}

void TestTranslations::englishQmHasPlurals()
{
    QCOMPARE(QCoreApplication::translate("MainWindow", "Import %n word(s)", nullptr, 1),
             QStringLiteral("Import 1 word(s)"));

    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/translations/attention-explorer_en.qm")));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const auto cleanup = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });

    QCOMPARE(QCoreApplication::translate("MainWindow", "Import %n word(s)", nullptr, 1),
             QStringLiteral("Import 1 word"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "Import %n word(s)", nullptr, 2),
             QStringLiteral("Import 2 words"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&File"));
}

// Qt's own German strings come from the Debian package qt6-translations-l10n,
// which scripts/setup.sh installs.
void TestTranslations::qtBaseGermanLoads()
{
    QTranslator translator;
    QVERIFY2(translator.load(QStringLiteral("qtbase_de"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)),
             "qtbase_de.qm not found; install the Debian package qt6-translations-l10n");
    QCOMPARE(translator.translate("QPlatformTheme", "Discard"), QStringLiteral("Verwerfen"));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
