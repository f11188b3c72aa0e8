// The example scenes built into the app, for the File › Examples menu.
#pragma once

#include <QList>
#include <QString>

struct ExampleScene
{
    QString path;        // a Qt resource path such as ":/examples/notebook.json"
    QString title;       // in English, as in the scene file
    QString description; // in English, as in the scene file
};

// Lists the built-in examples in menu order, the workshop notebook first. A
// file that fails to load is logged and left out.
QList<ExampleScene> exampleScenes();

// Returns `text`, the English title or description of a built-in example,
// in the interface language. Any other text comes back unchanged.
QString translatedExampleText(const QString &text);
