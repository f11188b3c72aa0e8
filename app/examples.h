// The example scenes built into the app, for the File › Examples menu.
#pragma once

#include <QList>
#include <QString>

struct ExampleScene
{
    QString path; // a Qt resource path such as ":/examples/notebook.json"
    QString title;
    QString description;
};

// Lists the built-in examples in menu order, the workshop notebook first, with
// the title and description read from each scene file. A file that fails to
// load is logged and left out.
QList<ExampleScene> exampleScenes();
