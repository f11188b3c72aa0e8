#include "examples.h"

#include "logging.h"
#include "scenefile.h"

#include <QCoreApplication>

namespace {

struct BuiltInExample
{
    const char *path;
    const char *title;
    const char *description;
};

// Simple effects first, the scaling comparison and the long sentence last.
// The title and description repeat those of the scene file so that lupdate
// finds them, and tst_examples checks that the two agree.
const BuiltInExample kExamples[] = {
    {":/examples/notebook.json",
     QT_TRANSLATE_NOOP("ExampleScene", "The cat, which had been sleeping on the couch, suddenly jumped."),
     QT_TRANSLATE_NOOP("ExampleScene",
                       "The workshop notebook's sentence: how \"jumped\" attends to the other words.")},
    {":/examples/bank.json", QT_TRANSLATE_NOOP("ExampleScene", "Bank: river or money?"),
     QT_TRANSLATE_NOOP("ExampleScene",
                       "\"bank\" lies nearer \"money\" and \"loan\", so it attends more to that sense (0.52 "
                       "against 0.30); drag bank toward \"river\" and \"water\" to flip it.")},
    {":/examples/tie.json", QT_TRANSLATE_NOOP("ExampleScene", "The cat saw the dog: a tie"),
     QT_TRANSLATE_NOOP(
         "ExampleScene",
         "Both \"the\" have the same label and vector, so \"saw\" gives them exactly equal weights.")},
    {":/examples/orthogonal.json",
     QT_TRANSLATE_NOOP("ExampleScene", "Uniform weights: differences at right angles to the query"),
     QT_TRANSLATE_NOOP("ExampleScene",
                       "The words differ only along x, at right angles to the query \"fruit\" = (0, 1), so "
                       "every q·k is 1 and each weight is exactly 1/5.")},
    {":/examples/scaling.json",
     QT_TRANSLATE_NOOP("ExampleScene", "The animal didn't cross the street because it was too tired."),
     QT_TRANSLATE_NOOP("ExampleScene",
                       "With long vectors, scaling by √d_k keeps the softmax soft: top weight 0.76 with "
                       "√d_k, 0.89 without; set scaling to none to compare.")},
    {":/examples/long-sentence.json",
     QT_TRANSLATE_NOOP("ExampleScene", "The old man who lived by the sea caught a huge fish."),
     QT_TRANSLATE_NOOP("ExampleScene",
                       "A twelve-word sentence: \"caught\" attends most to \"man\" and \"fish\" and spreads "
                       "the rest thinly over the other words.")},
};

} // namespace

QList<ExampleScene> exampleScenes()
{
    QList<ExampleScene> examples;
    for (const BuiltInExample &example : kExamples) {
        const QString resourcePath = QString::fromLatin1(example.path);
        Scene scene;
        QString error;
        if (!SceneFile::read(resourcePath, &scene, &error)) {
            qCWarning(lcFile) << "skipping example" << resourcePath << error;
            continue;
        }
        examples.append(
            {resourcePath, QString::fromUtf8(example.title), QString::fromUtf8(example.description)});
    }
    return examples;
}

QString translatedExampleText(const QString &text)
{
    return QCoreApplication::translate("ExampleScene", text.toUtf8().constData());
}
