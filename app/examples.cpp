#include "examples.h"

#include "logging.h"
#include "scenefile.h"

QList<ExampleScene> exampleScenes()
{
    // Simple effects first, the scaling comparison and the long sentence last.
    static const char *const kPaths[] = {
        ":/examples/notebook.json",   ":/examples/bank.json",    ":/examples/tie.json",
        ":/examples/orthogonal.json", ":/examples/scaling.json", ":/examples/long-sentence.json",
    };

    QList<ExampleScene> examples;
    for (const char *path : kPaths) {
        const QString resourcePath = QString::fromLatin1(path);
        Scene scene;
        QString error;
        if (!SceneFile::read(resourcePath, &scene, &error)) {
            qCWarning(lcFile) << "skipping example" << resourcePath << error;
            continue;
        }

        // TODO: titles and descriptions come from the JSON files and are not translated yet.
        examples.append({resourcePath, scene.title, scene.description});
    }
    return examples;
}
