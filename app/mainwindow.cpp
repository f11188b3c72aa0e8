#include "mainwindow.h"

#include "attentionchart.h"
#include "canvasview.h"
#include "logging.h"
#include "numberspanel.h"
#include "scenefile.h"
#include "scenemodel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

#include <cmath>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new SceneModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));

    m_canvas = new CanvasView(m_model);
    m_chart = new AttentionChart(m_model);
    m_numbers = new NumbersPanel(m_model);

    m_sideSplitter = new QSplitter(Qt::Vertical);
    m_sideSplitter->setObjectName(QStringLiteral("sideSplitter"));
    m_sideSplitter->addWidget(m_chart);
    m_sideSplitter->addWidget(m_numbers);
    m_sideSplitter->setStretchFactor(0, 3);
    m_sideSplitter->setStretchFactor(1, 2);

    m_mainSplitter = new QSplitter(Qt::Horizontal);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_canvas);
    m_mainSplitter->addWidget(m_sideSplitter);
    m_mainSplitter->setStretchFactor(0, 3);
    m_mainSplitter->setStretchFactor(1, 2);
    m_mainSplitter->setChildrenCollapsible(false);
    setCentralWidget(m_mainSplitter);

    m_formulaLabel = new QLabel;
    m_formulaLabel->setObjectName(QStringLiteral("formulaLabel"));
    m_formulaLabel->setToolTip(tr("How the weights are computed from the query q and each key k"));
    statusBar()->addPermanentWidget(m_formulaLabel);

    createActions();
    createMenus();
    createToolBar();

    connect(m_model, &SceneModel::wordsReset, this, &MainWindow::updateQueryCombo);
    connect(m_model, &SceneModel::queryChanged, this, &MainWindow::updateQueryCombo);
    connect(m_model, &SceneModel::resultChanged, this, &MainWindow::updateFormula);
    connect(m_model, &SceneModel::titleChanged, this, &MainWindow::updateWindowTitle);
    connect(m_model->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateWindowTitle);
    connect(m_canvas, &CanvasView::dragMoved, this, &MainWindow::showDragPosition);
    connect(m_canvas, &CanvasView::dragFinished, statusBar(), &QStatusBar::clearMessage);

    m_model->resetScene(notebookScene());
    updateFormula();
    updateWindowTitle();
    restoreWindowState();
}

void MainWindow::createActions()
{
    m_openAction = new QAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open a scene file"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openSceneDialog);

    m_quitAction = new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_model->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_model->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});

    m_fitViewAction = new QAction(QIcon::fromTheme(QStringLiteral("zoom-fit-best")), tr("&Fit View"), this);
    m_fitViewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_fitViewAction->setStatusTip(tr("Frame all arrows on the canvas"));
    m_fitViewAction->setToolTip(
        tr("Fit view (%1)").arg(m_fitViewAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_fitViewAction, &QAction::triggered, m_canvas, &CanvasView::fitToContents);

    m_fitAxisAction = new QAction(tr("Fit Chart &Axis to Data"), this);
    m_fitAxisAction->setObjectName(QStringLiteral("fitAxisAction"));
    m_fitAxisAction->setCheckable(true);
    m_fitAxisAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_fitAxisAction->setStatusTip(tr("Scale the weight axis to the largest weight instead of 0 to 1"));
    connect(m_fitAxisAction, &QAction::toggled, m_chart, &AttentionChart::setFitAxisToData);

    m_aboutAction = new QAction(tr("&About Attention Explorer"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_openAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->addAction(m_undoAction);
    editMenu->addAction(m_redoAction);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(m_fitViewAction);
    viewMenu->addAction(m_fitAxisAction);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(m_aboutAction);
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->addAction(m_openAction);
    toolBar->addSeparator();
    toolBar->addAction(m_undoAction);
    toolBar->addAction(m_redoAction);
    toolBar->addSeparator();

    auto *queryLabel = new QLabel(tr("&Query:"));
    m_queryCombo = new QComboBox;
    m_queryCombo->setObjectName(QStringLiteral("queryCombo"));
    m_queryCombo->setToolTip(tr("The word whose attention over all words is shown"));
    m_queryCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_queryCombo->setMinimumContentsLength(8);
    queryLabel->setBuddy(m_queryCombo);
    toolBar->addWidget(queryLabel);
    toolBar->addWidget(m_queryCombo);
    connect(m_queryCombo, &QComboBox::activated, m_model, &SceneModel::setQuery);

    toolBar->addSeparator();
    toolBar->addAction(m_fitViewAction);
    toolBar->addAction(m_fitAxisAction);
}

void MainWindow::updateQueryCombo()
{
    const QList<Word> &words = m_model->words();
    QSignalBlocker blocker(m_queryCombo);
    if (m_queryCombo->count() != words.size()) {
        m_queryCombo->clear();
        for (int i = 0; i < words.size(); ++i)
            m_queryCombo->addItem(words[i].label);
    } else {
        for (int i = 0; i < words.size(); ++i)
            m_queryCombo->setItemText(i, words[i].label);
    }
    m_queryCombo->setCurrentIndex(m_model->queryIndex());
    m_queryCombo->setEnabled(!words.isEmpty());
}

void MainWindow::updateFormula()
{
    const attention::Settings &settings = m_model->attentionSettings();
    const attention::QueryResult &result = m_model->queryResult();
    QString divisor;
    if (settings.scaling == attention::Scaling::SqrtKeyDimension)
        divisor = QStringLiteral("√%1").arg(result.keyDimension);
    if (settings.temperature != 1.0) {
        const QString t = QLocale().toString(settings.temperature, 'g', 3);
        divisor = divisor.isEmpty() ? t : QStringLiteral("(%1·%2)").arg(divisor, t);
    }
    const QString score = divisor.isEmpty() ? QStringLiteral("q·k") : QStringLiteral("q·k / %1").arg(divisor);
    m_formulaLabel->setText(tr("weights = softmax(%1)   output = Σ wⱼ vⱼ").arg(score));
}

void MainWindow::updateWindowTitle()
{
    const QString name = m_filePath.isEmpty() ? tr("Notebook example") : QFileInfo(m_filePath).fileName();
    setWindowTitle(QStringLiteral("%1[*]").arg(name));
    setWindowModified(!m_model->undoStack()->isClean());
}

void MainWindow::showDragPosition(int index, QPointF vector)
{
    const QLocale locale;
    statusBar()->showMessage(tr("%1: (%2, %3)")
                                 .arg(m_model->words().at(index).label, locale.toString(vector.x(), 'f', 3),
                                      locale.toString(vector.y(), 'f', 3)));
}

bool MainWindow::openScene(const QString &path)
{
    Scene scene;
    QString error;
    if (!SceneFile::read(path, &scene, &error)) {
        QMessageBox::warning(this, tr("Cannot Open Scene"), error);
        return false;
    }
    m_filePath = QFileInfo(path).absoluteFilePath();
    m_model->resetScene(scene);
    updateWindowTitle();
    return true;
}

void MainWindow::openSceneDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Scene"), QFileInfo(m_filePath).path(),
                                                      tr("Attention scenes (*.json);;All files (*)"));
    if (!path.isEmpty())
        openScene(path);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Attention Explorer"),
                       tr("<h3>Attention Explorer %1</h3>"
                          "<p>Drag word vectors and watch the attention weights "
                          "softmax(q·k/√d) and the output Σ wⱼvⱼ change live.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 720);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());

    // First start: the canvas gets a little more than half the width, the
    // chart a little more than half of the side column.
    if (!m_mainSplitter->restoreState(settings.value(QStringLiteral("window/mainSplitter")).toByteArray()))
        m_mainSplitter->setSizes({550, 450});
    if (!m_sideSplitter->restoreState(settings.value(QStringLiteral("window/sideSplitter")).toByteArray()))
        m_sideSplitter->setSizes({550, 450});
    m_fitAxisAction->setChecked(settings.value(QStringLiteral("chart/fitAxisToData"), false).toBool());
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/sideSplitter"), m_sideSplitter->saveState());
    settings.setValue(QStringLiteral("chart/fitAxisToData"), m_fitAxisAction->isChecked());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    event->accept();
}
