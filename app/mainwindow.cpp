#include "mainwindow.h"

#include "attentionchart.h"
#include "canvasview.h"
#include "controlspanel.h"
#include "csvimport.h"
#include "examples.h"
#include "exportdialog.h"
#include "glossarydialog.h"
#include "heatmapview.h"
#include "language.h"
#include "logging.h"
#include "numbersexport.h"
#include "numberspanel.h"
#include "scenefile.h"
#include "scenemodel.h"
#include "stepspanel.h"
#include "theme.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

constexpr int kMaxRecentFiles = 8;
const QString kRecentFilesKey = QStringLiteral("files/recent");
const QString kLastDirectoryKey = QStringLiteral("files/lastDirectory");

// The folder a file dialog starts in: the last one used, else the user's
// documents folder, never the directory the app happened to be started in.
QString lastDirectory()
{
    const QString last = QSettings().value(kLastDirectoryKey).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QString sceneFileFilter()
{
    return MainWindow::tr("Attention scenes (*.json)") + QStringLiteral(";;") +
        MainWindow::tr("Figures with a scene (*.png *.svg)") + QStringLiteral(";;") +
        MainWindow::tr("All files (*)");
}

// Triggers the action that follows the checked one in an exclusive group,
// wrapping from the last to the first, and returns it.
QAction *triggerNextInGroup(const QActionGroup *group)
{
    const QList<QAction *> actions = group->actions();
    const qsizetype checked = actions.indexOf(group->checkedAction());
    QAction *next = actions.at((checked + 1) % actions.size());
    next->trigger();
    return next;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new SceneModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);

    m_canvas = new CanvasView(m_model);
    m_chart = new AttentionChart(m_model);
    m_numbers = new NumbersPanel(m_model);

    m_sideSplitter = new QSplitter(Qt::Vertical);
    m_sideSplitter->setObjectName(QStringLiteral("sideSplitter"));
    m_sideSplitter->addWidget(m_chart);
    m_sideSplitter->addWidget(m_numbers);
    m_sideSplitter->setStretchFactor(0, 3);
    m_sideSplitter->setStretchFactor(1, 2);
    m_sideSplitter->installEventFilter(this);

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
    statusBar()->addPermanentWidget(m_formulaLabel);
    // The drag position changes the status message on every frame; an opaque
    // status bar keeps that repaint from reaching the window behind it.
    statusBar()->setAutoFillBackground(true);

    createActions();
    createMenus();
    createToolBar();
    createDocks();
    m_numbers->setWordActions({m_addWordAction, m_deleteWordAction, m_moveEarlierAction, m_moveLaterAction});

    connect(m_model, &SceneModel::wordsReset, this, &MainWindow::updateQueryCombo);
    connect(m_model, &SceneModel::wordsReset, this, &MainWindow::updateEditActions);
    connect(m_model, &SceneModel::queryChanged, this, &MainWindow::updateQueryCombo);
    connect(m_model, &SceneModel::currentWordChanged, this, &MainWindow::updateEditActions);
    connect(m_model, &SceneModel::resultChanged, this, &MainWindow::updateFormula);
    connect(m_model, &SceneModel::settingsChanged, this, &MainWindow::updateAttentionActions);
    connect(m_model, &SceneModel::titleChanged, this, &MainWindow::updateWindowTitle);
    connect(m_model->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateWindowTitle);
    connect(m_canvas, &CanvasView::dragMoved, this, &MainWindow::showDragPosition);
    connect(m_canvas, &CanvasView::dragFinished, statusBar(), &QStatusBar::clearMessage);

    m_model->resetScene(notebookScene());
    retranslateUi();
    updateEditActions();
    updateAttentionActions();
    updateRecentFilesMenu();
    restoreWindowState();
}

void MainWindow::createActions()
{
    m_newAction = new QAction(QIcon::fromTheme(QStringLiteral("document-new")), QString(), this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newScene);

    m_openAction = new QAction(QIcon::fromTheme(QStringLiteral("document-open")), QString(), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openSceneDialog);

    m_saveAction = new QAction(QIcon::fromTheme(QStringLiteral("document-save")), QString(), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::save);

    m_saveAsAction = new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), QString(), this);
    m_saveAsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::saveAsDialog);

    m_importCsvAction = new QAction(QString(), this);
    m_importCsvAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importCsvAction, &QAction::triggered, this, &MainWindow::importCsvDialog);

    m_exportFigureAction = new QAction(QIcon::fromTheme(QStringLiteral("document-export")), QString(), this);
    m_exportFigureAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportFigureAction, &QAction::triggered, this, &MainWindow::exportFigureDialog);

    m_exportNumbersAction = new QAction(QString(), this);
    m_exportNumbersAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportNumbersAction, &QAction::triggered, this, &MainWindow::exportNumbersDialog);

    m_copyFigureAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), QString(), this);
    m_copyFigureAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_copyFigureAction, &QAction::triggered, this, &MainWindow::copyFigure);

    m_quitAction = new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), QString(), this);
    // QKeySequence::Quit is empty on some platforms (Windows, Qt's offscreen
    // platform), so Ctrl+Q is set everywhere.
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    // Own actions instead of QUndoStack::createUndoAction(), whose "Undo"
    // prefix is fixed at creation and would not follow a language switch.
    QUndoStack *stack = m_model->undoStack();
    m_undoAction = new QAction(this);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    connect(m_undoAction, &QAction::triggered, stack, &QUndoStack::undo);
    connect(stack, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, &MainWindow::updateUndoTexts);
    m_undoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = new QAction(this);
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    connect(m_redoAction, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(stack, &QUndoStack::redoTextChanged, this, &MainWindow::updateUndoTexts);
    m_undoAction->setEnabled(stack->canUndo());
    m_redoAction->setEnabled(stack->canRedo());
    m_redoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    // Ctrl+Shift+Z on every platform, plus the platform's own redo keys. The
    // same sequence twice would make the shortcut ambiguous, and Qt would
    // then ignore it.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    const QKeySequence ctrlShiftZ(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    if (!redoKeys.contains(ctrlShiftZ))
        redoKeys.prepend(ctrlShiftZ);
    m_redoAction->setShortcuts(redoKeys);

    m_addWordAction = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), QString(), this);
    m_addWordAction->setShortcut(QKeySequence(Qt::Key_Insert));
    connect(m_addWordAction, &QAction::triggered, this, &MainWindow::addWord);

    m_renameWordAction = new QAction(QString(), this);
    m_renameWordAction->setShortcut(QKeySequence(Qt::Key_F2));
    connect(m_renameWordAction, &QAction::triggered, this,
            [this] { m_canvas->editLabel(m_model->currentWord()); });

    m_deleteWordAction = new QAction(QIcon::fromTheme(QStringLiteral("list-remove")), QString(), this);
    m_deleteWordAction->setShortcut(QKeySequence::Delete);
    connect(m_deleteWordAction, &QAction::triggered, this,
            [this] { m_model->removeWord(m_model->currentWord()); });

    m_moveEarlierAction = new QAction(QIcon::fromTheme(QStringLiteral("go-up")), QString(), this);
    m_moveEarlierAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    connect(m_moveEarlierAction, &QAction::triggered, this, [this] {
        const int current = m_model->currentWord();
        m_model->reorderWord(current, current - 1);
    });

    m_moveLaterAction = new QAction(QIcon::fromTheme(QStringLiteral("go-down")), QString(), this);
    m_moveLaterAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    connect(m_moveLaterAction, &QAction::triggered, this, [this] {
        const int current = m_model->currentWord();
        m_model->reorderWord(current, current + 1);
    });

    m_snapAction = new QAction(QString(), this);
    m_snapAction->setObjectName(QStringLiteral("snapAction"));
    m_snapAction->setCheckable(true);
    m_snapAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    connect(m_snapAction, &QAction::toggled, m_canvas, &CanvasView::setSnapToGrid);

    m_fitViewAction = new QAction(QIcon::fromTheme(QStringLiteral("zoom-fit-best")), QString(), this);
    m_fitViewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_fitViewAction, &QAction::triggered, m_canvas, &CanvasView::fitToContents);

    m_fitAxisAction = new QAction(QString(), this);
    m_fitAxisAction->setObjectName(QStringLiteral("fitAxisAction"));
    m_fitAxisAction->setCheckable(true);
    m_fitAxisAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(m_fitAxisAction, &QAction::toggled, m_chart, &AttentionChart::setFitAxisToData);

    m_zoomInAction = new QAction(QIcon::fromTheme(QStringLiteral("zoom-in")), QString(), this);
    m_zoomInAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence::ZoomIn});
    connect(m_zoomInAction, &QAction::triggered, this, [this] { setTextScale(m_textScale * 1.15); });

    m_zoomOutAction = new QAction(QIcon::fromTheme(QStringLiteral("zoom-out")), QString(), this);
    m_zoomOutAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Minus)});
    connect(m_zoomOutAction, &QAction::triggered, this, [this] { setTextScale(m_textScale / 1.15); });

    m_zoomResetAction = new QAction(QString(), this);
    m_zoomResetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_0));
    connect(m_zoomResetAction, &QAction::triggered, this, [this] { setTextScale(1.0); });

    m_presentAction = new QAction(QIcon::fromTheme(QStringLiteral("view-fullscreen")), QString(), this);
    m_presentAction->setObjectName(QStringLiteral("presentAction"));
    m_presentAction->setCheckable(true);
    m_presentAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_presentAction, &QAction::toggled, this, &MainWindow::setPresenting);

    // Esc leaves presentation mode; a drag in progress takes Esc first (the
    // canvas claims it through ShortcutOverride).
    m_leavePresentationAction = new QAction(QString(), this);
    m_leavePresentationAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_leavePresentationAction->setEnabled(false);
    connect(m_leavePresentationAction, &QAction::triggered, this,
            [this] { m_presentAction->setChecked(false); });
    addAction(m_leavePresentationAction);

    m_hidePanelsAction = new QAction(QString(), this);
    m_hidePanelsAction->setObjectName(QStringLiteral("hidePanelsAction"));
    m_hidePanelsAction->setCheckable(true);
    m_hidePanelsAction->setShortcut(QKeySequence(Qt::Key_F6));
    connect(m_hidePanelsAction, &QAction::toggled, this, [this](bool hide) {
        m_sideSplitter->setVisible(!hide);
        setDocksSuppressed(isPresenting() || !hide, isPresenting() || hide);
    });

    m_glossaryAction = new QAction(QIcon::fromTheme(QStringLiteral("help-contents")), QString(), this);
    m_glossaryAction->setObjectName(QStringLiteral("glossaryAction"));
    m_glossaryAction->setShortcut(QKeySequence(Qt::Key_F1));
    connect(m_glossaryAction, &QAction::triggered, this, &MainWindow::showGlossary);

    m_shortcutsAction = new QAction(QString(), this);
    m_shortcutsAction->setObjectName(QStringLiteral("shortcutsAction"));
    m_shortcutsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F1));
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);

    m_aboutAction = new QAction(QString(), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F1));
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    createAttentionActions();
}

void MainWindow::createAttentionActions()
{
    // The toggles act on triggered(), which only the user's click or key
    // emits. toggled() also fires when updateAttentionActions() mirrors the
    // model.
    m_scalingAction = new QAction(QString(), this);
    m_scalingAction->setObjectName(QStringLiteral("scalingAction"));
    m_scalingAction->setCheckable(true);
    m_scalingAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_scalingAction, &QAction::triggered, this,
            [this](bool checked) { m_controls->setScaling(checked); });

    m_causalAction = new QAction(QString(), this);
    m_causalAction->setObjectName(QStringLiteral("causalAction"));
    m_causalAction->setCheckable(true);
    m_causalAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    connect(m_causalAction, &QAction::triggered, this,
            [this](bool checked) { m_controls->setCausal(checked); });

    m_showProjectionsAction = new QAction(QString(), this);
    m_showProjectionsAction->setObjectName(QStringLiteral("showProjectionsAction"));
    m_showProjectionsAction->setCheckable(true);
    m_showProjectionsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_showProjectionsAction, &QAction::triggered, this,
            [this](bool checked) { m_controls->setShowProjections(checked); });

    m_raiseTemperatureAction = new QAction(QString(), this);
    m_raiseTemperatureAction->setObjectName(QStringLiteral("raiseTemperatureAction"));
    m_raiseTemperatureAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up));
    connect(m_raiseTemperatureAction, &QAction::triggered, this, [this] { m_controls->stepTemperature(1); });

    m_lowerTemperatureAction = new QAction(QString(), this);
    m_lowerTemperatureAction->setObjectName(QStringLiteral("lowerTemperatureAction"));
    m_lowerTemperatureAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down));
    connect(m_lowerTemperatureAction, &QAction::triggered, this, [this] { m_controls->stepTemperature(-1); });

    m_resetTemperatureAction = new QAction(QString(), this);
    m_resetTemperatureAction->setObjectName(QStringLiteral("resetTemperatureAction"));
    m_resetTemperatureAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_resetTemperatureAction, &QAction::triggered, this, [this] { m_controls->resetTemperature(); });

    m_resetProjectionsAction = new QAction(QString(), this);
    m_resetProjectionsAction->setObjectName(QStringLiteral("resetProjectionsAction"));
    m_resetProjectionsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_resetProjectionsAction, &QAction::triggered, this, [this] { m_controls->resetProjections(); });

    // Alt with arrows, like Move Word Earlier and Later.
    m_nextQueryAction = new QAction(QIcon::fromTheme(QStringLiteral("go-next")), QString(), this);
    m_nextQueryAction->setObjectName(QStringLiteral("nextQueryAction"));
    m_nextQueryAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    connect(m_nextQueryAction, &QAction::triggered, this, [this] { stepQuery(1); });

    m_previousQueryAction = new QAction(QIcon::fromTheme(QStringLiteral("go-previous")), QString(), this);
    m_previousQueryAction->setObjectName(QStringLiteral("previousQueryAction"));
    m_previousQueryAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    connect(m_previousQueryAction, &QAction::triggered, this, [this] { stepQuery(-1); });
}

void MainWindow::retranslateUi()
{
    // Texts of everything the window builds itself; the panels, chart and
    // canvas retranslate themselves on the same LanguageChange event.
    m_newAction->setText(tr("&New"));
    m_openAction->setText(tr("&Open…"));
    m_saveAction->setText(tr("&Save"));
    m_saveAsAction->setText(tr("Save &As…"));
    m_importCsvAction->setText(tr("&Import Words from CSV…"));
    m_exportFigureAction->setText(tr("&Export Figure…"));
    m_exportNumbersAction->setText(tr("Export &Numbers…"));
    m_copyFigureAction->setText(tr("&Copy Figure"));
    m_quitAction->setText(tr("&Quit"));
    m_addWordAction->setText(tr("&Add Word"));
    m_renameWordAction->setText(tr("Re&name Word"));
    m_deleteWordAction->setText(tr("&Delete Word"));
    m_moveEarlierAction->setText(tr("Move Word &Earlier"));
    m_moveLaterAction->setText(tr("Move Word &Later"));
    m_snapAction->setText(tr("S&nap to Grid"));
    m_fitViewAction->setText(tr("&Fit View"));
    m_fitAxisAction->setText(tr("Fit Chart &Axis to Data"));
    m_zoomInAction->setText(tr("Zoom Text &In"));
    m_zoomOutAction->setText(tr("Zoom Text &Out"));
    m_zoomResetAction->setText(tr("&Reset Text Size"));
    m_presentAction->setText(tr("&Presentation Mode"));
    m_leavePresentationAction->setText(tr("Leave Presentation Mode"));
    m_hidePanelsAction->setText(tr("&Hide Side Panels"));
    m_glossaryAction->setText(tr("&Glossary"));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts"));
    m_aboutAction->setText(tr("&About Attention Explorer"));
    m_newAction->setStatusTip(tr("Start an empty scene"));
    m_openAction->setStatusTip(tr("Open a scene file"));
    m_saveAction->setStatusTip(tr("Save the scene"));
    m_saveAsAction->setStatusTip(tr("Save the scene under a new name"));
    m_importCsvAction->setStatusTip(tr("Replace the words by those of a CSV file with label,x,y per line"));
    m_exportFigureAction->setStatusTip(
        tr("Save the canvas and chart as PNG, SVG, PDF or TikZ for slides and handouts"));
    m_exportNumbersAction->setStatusTip(tr("Save each word's vector, q·k, score and weight as CSV or JSON"));
    m_copyFigureAction->setStatusTip(tr("Copy the canvas and chart as an image, to paste into slides"));
    m_addWordAction->setStatusTip(
        tr("Add a word at the centre of the canvas (or double-click empty canvas)"));
    m_renameWordAction->setStatusTip(tr("Edit the label of the selected word"));
    m_deleteWordAction->setStatusTip(tr("Remove the selected word"));
    m_moveEarlierAction->setStatusTip(tr("Move the selected word one place earlier in the sentence"));
    m_moveLaterAction->setStatusTip(tr("Move the selected word one place later in the sentence"));
    m_snapAction->setStatusTip(tr("Round dragged tips to the grid; hold Shift while dragging to invert"));
    m_fitViewAction->setStatusTip(tr("Frame all arrows on the canvas"));
    m_fitAxisAction->setStatusTip(tr("Scale the weight axis to the largest weight instead of 0 to 1"));
    m_zoomInAction->setStatusTip(tr("Make all text larger, the chart's included"));
    m_zoomOutAction->setStatusTip(tr("Make all text smaller"));
    m_presentAction->setStatusTip(tr("Full screen with larger text for a room; Esc leaves"));
    m_hidePanelsAction->setStatusTip(tr("Show the canvas alone, for example while presenting"));
    m_glossaryAction->setStatusTip(tr("Explain Token, Embedding, Query, Key, Value, Softmax and Attention"));
    updateUndoTexts();
    retranslateAttentionMenu();

    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_examplesMenu->setTitle(tr("&Examples"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_mainToolBar->setWindowTitle(tr("Main Toolbar"));
    m_queryLabel->setText(tr("&Query:"));
    for (QDockWidget *dock : std::as_const(m_docks))
        dock->setWindowTitle(dockTitle(dock->objectName()));
    retranslateExamplesMenu();
    retranslateThemeMenu();
    retranslateLanguageMenu();
    updateRecentFilesMenu();
    updateFormula();
    updateWindowTitle();

    // Tooltips repeat the shortcut, which toolbar buttons do not show.
    for (QAction *action : findChildren<QAction *>()) {
        if (!action->shortcut().isEmpty())
            action->setToolTip(
                QStringLiteral("%1 (%2)").arg(commandName(action).remove(QStringLiteral("…")),
                                              action->shortcut().toString(QKeySequence::NativeText)));
    }
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(QString());
    m_fileMenu = fileMenu;
    fileMenu->addAction(m_newAction);
    fileMenu->addAction(m_openAction);
    m_recentMenu = fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentFilesMenu"));
    m_examplesMenu = fileMenu->addMenu(QString());
    m_examplesMenu->setObjectName(QStringLiteral("examplesMenu"));
    m_examplesMenu->setToolTipsVisible(true);
    m_examples = exampleScenes();
    for (const ExampleScene &example : std::as_const(m_examples)) {
        QAction *action = m_examplesMenu->addAction(QString());
        const QString path = example.path;
        connect(action, &QAction::triggered, this, [this, path] { openScene(path); });
    }
    fileMenu->addSeparator();
    fileMenu->addAction(m_saveAction);
    fileMenu->addAction(m_saveAsAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_importCsvAction);
    fileMenu->addAction(m_exportFigureAction);
    fileMenu->addAction(m_exportNumbersAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    QMenu *editMenu = menuBar()->addMenu(QString());
    m_editMenu = editMenu;
    editMenu->addAction(m_undoAction);
    editMenu->addAction(m_redoAction);
    editMenu->addSeparator();
    editMenu->addAction(m_copyFigureAction);
    editMenu->addSeparator();
    editMenu->addAction(m_addWordAction);
    editMenu->addAction(m_renameWordAction);
    editMenu->addAction(m_deleteWordAction);
    editMenu->addAction(m_moveEarlierAction);
    editMenu->addAction(m_moveLaterAction);

    QMenu *viewMenu = menuBar()->addMenu(QString());
    m_viewMenu = viewMenu;
    viewMenu->addAction(m_fitViewAction);
    viewMenu->addAction(m_snapAction);
    viewMenu->addAction(m_fitAxisAction);
    viewMenu->addSeparator();
    viewMenu->addAction(m_zoomInAction);
    viewMenu->addAction(m_zoomOutAction);
    viewMenu->addAction(m_zoomResetAction);
    viewMenu->addAction(m_presentAction);
    viewMenu->addAction(m_hidePanelsAction);
    createThemeMenu(viewMenu);
    createLanguageMenu(viewMenu);

    // Filled by createAttentionMenu() once the controls panel exists.
    m_attentionMenu = menuBar()->addMenu(QString());
    m_attentionMenu->setObjectName(QStringLiteral("attentionMenu"));

    QMenu *helpMenu = menuBar()->addMenu(QString());
    m_helpMenu = helpMenu;
    helpMenu->addAction(m_glossaryAction);
    helpMenu->addAction(m_shortcutsAction);
    helpMenu->addAction(m_aboutAction);
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(QString());
    m_mainToolBar = toolBar;
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->addAction(m_openAction);
    toolBar->addAction(m_saveAction);
    toolBar->addSeparator();
    toolBar->addAction(m_undoAction);
    toolBar->addAction(m_redoAction);
    toolBar->addSeparator();
    toolBar->addAction(m_addWordAction);
    toolBar->addAction(m_deleteWordAction);
    toolBar->addSeparator();

    auto *queryLabel = new QLabel;
    m_queryLabel = queryLabel;
    m_queryCombo = new QComboBox;
    m_queryCombo->setObjectName(QStringLiteral("queryCombo"));
    m_queryCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_queryCombo->setMinimumContentsLength(8);
    queryLabel->setBuddy(m_queryCombo);
    toolBar->addWidget(queryLabel);
    toolBar->addWidget(m_queryCombo);
    connect(m_queryCombo, &QComboBox::activated, m_model, &SceneModel::setQuery);

    toolBar->addSeparator();
    toolBar->addAction(m_fitViewAction);
    toolBar->addAction(m_snapAction);
    toolBar->addAction(m_fitAxisAction);
}

QDockWidget *MainWindow::addPanelDock(QWidget *widget, const QString &objectName)
{
    auto *dock = new QDockWidget(this);
    dock->setObjectName(objectName);
    dock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea | Qt::BottomDockWidgetArea);
    auto *scroll = new QScrollArea;
    scroll->setWidget(widget);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    dock->setWidget(scroll);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    if (!m_docks.isEmpty())
        tabifyDockWidget(m_docks.first(), dock);
    m_docks.append(dock);
    m_viewMenu->addAction(dock->toggleViewAction());

    // The dock's key or menu entry brings a dock that sits behind another
    // tab to the front, where Qt's own toggle would hide it. Only a dock in
    // front is hidden.
    QAction *toggle = dock->toggleViewAction();
    disconnect(toggle, &QAction::triggered, dock, nullptr);
    connect(toggle, &QAction::triggered, this, [dock, toggle] {
        if (dock->isHidden()) {
            dock->show();
            dock->raise();
        } else if (dock->visibleRegion().isEmpty()) {
            dock->raise();
        } else {
            dock->hide();
        }
        toggle->setChecked(!dock->isHidden());
    });
    return dock;
}

QDockWidget *MainWindow::addLazyPanelDock(std::function<QWidget *()> create, const QString &objectName)
{
    QDockWidget *dock = addPanelDock(new QWidget, objectName);
    auto *scroll = static_cast<QScrollArea *>(dock->widget());
    connect(dock, &QDockWidget::visibilityChanged, this, [scroll, create](bool visible) {
        if (visible && !scroll->widget()->property("built").toBool()) {
            QWidget *panel = create();
            panel->setProperty("built", true);
            scroll->setWidget(panel);
        }
    });
    return dock;
}

void MainWindow::createDocks()
{
    m_viewMenu->addSeparator();
    m_controls = new ControlsPanel(m_model);
    QDockWidget *controlsDock = addPanelDock(m_controls, QStringLiteral("controlsDock"));
    controlsDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_controls, &ControlsPanel::showProjectionsChanged, m_canvas, &CanvasView::setShowProjections);
    connect(m_controls, &ControlsPanel::showProjectionsChanged, m_showProjectionsAction,
            &QAction::setChecked);
    createAttentionMenu();

    QDockWidget *heatmapDock =
        addLazyPanelDock([this] { return new HeatmapView(m_model); }, QStringLiteral("heatmapDock"));
    heatmapDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));

    QDockWidget *stepsDock =
        addLazyPanelDock([this] { return new StepsPanel(m_model); }, QStringLiteral("stepsDock"));
    stepsDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));

    controlsDock->raise();
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

void MainWindow::updateEditActions()
{
    const int current = m_model->currentWord();
    const bool hasCurrent = current >= 0 && current < m_model->wordCount();
    m_renameWordAction->setEnabled(hasCurrent);
    m_deleteWordAction->setEnabled(hasCurrent);
    m_moveEarlierAction->setEnabled(hasCurrent && current > 0);
    m_moveLaterAction->setEnabled(hasCurrent && current + 1 < m_model->wordCount());
    m_nextQueryAction->setEnabled(m_model->wordCount() > 1);
    m_previousQueryAction->setEnabled(m_model->wordCount() > 1);
}

void MainWindow::createAttentionMenu()
{
    QMenu *menu = m_attentionMenu;
    menu->addAction(m_scalingAction);
    menu->addAction(m_causalAction);
    menu->addAction(m_showProjectionsAction);
    menu->addSeparator();
    menu->addAction(m_raiseTemperatureAction);
    menu->addAction(m_lowerTemperatureAction);
    menu->addAction(m_resetTemperatureAction);
    menu->addSeparator();
    // The same menus as the dock's Presets buttons.
    for (const auto which :
         {ControlsPanel::Projection::Query, ControlsPanel::Projection::Key, ControlsPanel::Projection::Value})
        menu->addMenu(m_controls->presetMenu(which));
    menu->addAction(m_resetProjectionsAction);
    menu->addSeparator();
    menu->addAction(m_nextQueryAction);
    menu->addAction(m_previousQueryAction);
}

void MainWindow::retranslateAttentionMenu()
{
    m_attentionMenu->setTitle(tr("&Attention"));
    m_scalingAction->setText(tr("&Divide Scores by √d_k"));
    m_causalAction->setText(tr("&Causal Mask"));
    m_showProjectionsAction->setText(tr("Show &Projected q, k, v"));
    m_raiseTemperatureAction->setText(tr("&Raise Temperature"));
    m_lowerTemperatureAction->setText(tr("&Lower Temperature"));
    m_resetTemperatureAction->setText(tr("Reset &Temperature to 1"));
    m_resetProjectionsAction->setText(tr("Reset Projections to &Identity"));
    m_nextQueryAction->setText(tr("&Next Word as Query"));
    m_previousQueryAction->setText(tr("Pre&vious Word as Query"));
    m_scalingAction->setStatusTip(tr("Divide q·k by √d_k, as scaled dot-product attention does"));
    m_causalAction->setStatusTip(tr("Let each word see only itself and the words before it"));
    m_showProjectionsAction->setStatusTip(tr("Draw W_Q·x, W_K·x and W_V·x on the canvas as dashed arrows"));
    m_raiseTemperatureAction->setStatusTip(
        tr("Raise T to the next of 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10 and 20, which flattens the weights"));
    m_lowerTemperatureAction->setStatusTip(
        tr("Lower T to the next of 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10 and 20, which sharpens the weights"));
    m_resetProjectionsAction->setStatusTip(tr("Set W_Q, W_K and W_V to the identity"));
    m_nextQueryAction->setStatusTip(
        tr("Make the word after the query the query, from the last back to the first"));
    m_previousQueryAction->setStatusTip(
        tr("Make the word before the query the query, from the first back to the last"));
}

void MainWindow::updateAttentionActions()
{
    const attention::Settings &settings = m_model->attentionSettings();
    m_scalingAction->setChecked(settings.scaling == attention::Scaling::SqrtKeyDimension);
    m_causalAction->setChecked(settings.causal);
    m_raiseTemperatureAction->setEnabled(ControlsPanel::steppedTemperature(settings.temperature, 1) !=
                                         settings.temperature);
    m_lowerTemperatureAction->setEnabled(ControlsPanel::steppedTemperature(settings.temperature, -1) !=
                                         settings.temperature);
    m_resetTemperatureAction->setEnabled(settings.temperature != 1.0);
    m_resetProjectionsAction->setEnabled(settings.queryProjection.size() != 0 ||
                                         settings.keyProjection.size() != 0 ||
                                         settings.valueProjection.size() != 0);
}

void MainWindow::stepQuery(int offset)
{
    const int count = m_model->wordCount();
    if (count < 2)
        return;
    // The query is -1 only in an empty scene, which returns above.
    m_model->setQuery(((m_model->queryIndex() + offset) % count + count) % count);
}

void MainWindow::updateFormula()
{
    const attention::Settings &settings = m_model->attentionSettings();
    // d_k from the settings, so an empty scene still shows the formula.
    const Eigen::Index keyDimension = settings.keyProjection.size() == 0 ? 2 : settings.keyProjection.rows();
    QString divisor;
    if (settings.scaling == attention::Scaling::SqrtKeyDimension)
        divisor = QStringLiteral("√%1").arg(keyDimension);
    if (settings.temperature != 1.0) {
        const QString t = QLocale().toString(settings.temperature, 'g', 3);
        divisor = divisor.isEmpty() ? t : QStringLiteral("(%1·%2)").arg(divisor, t);
    }
    const QString score = divisor.isEmpty() ? QStringLiteral("q·k") : QStringLiteral("q·k / %1").arg(divisor);
    m_formulaLabel->setText(tr("weights = softmax(%1)   output = Σ wⱼ vⱼ").arg(score));
}

void MainWindow::updateWindowTitle()
{
    QString name = tr("Untitled");
    if (!m_filePath.isEmpty())
        name = QFileInfo(m_filePath).fileName();
    else if (!m_figurePath.isEmpty())
        name = tr("Scene from %1").arg(QFileInfo(m_figurePath).fileName());
    setWindowTitle(QStringLiteral("%1[*]").arg(name));
    setWindowFilePath(m_filePath);
    setWindowModified(!m_model->undoStack()->isClean());
}

void MainWindow::showDragPosition(int index, QPointF vector)
{
    const QLocale locale;
    statusBar()->showMessage(tr("%1: (%2, %3)")
                                 .arg(m_model->words().at(index).label, locale.toString(vector.x(), 'f', 3),
                                      locale.toString(vector.y(), 'f', 3)));
}

bool MainWindow::maybeSave()
{
    if (m_model->undoStack()->isClean())
        return true;
    const QString name = m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved Changes"), tr("The scene “%1” has unsaved changes. Save them?").arg(name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::showFileError(const QString &title, const QString &message)
{
    qCWarning(lcFile) << message;
    QMessageBox::warning(this, title, message);
}

void MainWindow::newScene()
{
    if (!maybeSave())
        return;
    m_filePath.clear();
    m_figurePath.clear();
    m_model->resetScene(Scene{});
    updateWindowTitle();
}

bool MainWindow::openScene(const QString &path)
{
    if (!maybeSave())
        return false;

    // Read into a separate scene first: a rejected file leaves the open one
    // untouched.
    Scene scene;
    QString error;
    if (!SceneFile::read(path, &scene, &error)) {
        showFileError(tr("Cannot Open Scene"), error);
        return false;
    }

    // Examples come from the resources and are opened as new, unsaved
    // scenes, so Save opens the file dialog. So are scenes read from a
    // figure: Save must never write JSON over the image.
    const bool isResource = path.startsWith(QLatin1Char(':'));
    const QString absolutePath = isResource ? QString() : QFileInfo(path).absoluteFilePath();
    const bool isFigure = !isResource && isFigureFile(absolutePath);
    m_filePath = isFigure ? QString() : absolutePath;
    m_figurePath = isFigure ? absolutePath : QString();
    m_model->resetScene(scene);
    m_canvas->fitToContents();
    updateWindowTitle();
    if (!isResource)
        addRecentFile(absolutePath);
    statusBar()->showMessage(
        tr("Opened %1")
            .arg(isResource ? translatedExampleText(scene.title) : QDir::toNativeSeparators(absolutePath)),
        4000);
    return true;
}

bool MainWindow::isFigureFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return SceneFile::isFigure(file.read(512));
}

bool MainWindow::saveSceneAs(const QString &path)
{
    // A scene is JSON. Written under an image's name it would replace a
    // figure with text that no image viewer opens.
    static const QStringList figureSuffixes = {QStringLiteral("png"), QStringLiteral("svg"),
                                               QStringLiteral("pdf"), QStringLiteral("tex")};
    if (figureSuffixes.contains(QFileInfo(path).suffix().toLower())) {
        showFileError(
            tr("Cannot Save Scene"),
            tr("Cannot save the scene as %1: a scene is saved as JSON. Choose a name ending in .json, "
               "or use File › Export Figure for an image.")
                .arg(QDir::toNativeSeparators(path)));
        return false;
    }

    QString error;
    if (!SceneFile::write(path, m_model->scene(), &error)) {
        showFileError(tr("Cannot Save Scene"), error);
        return false;
    }
    m_filePath = QFileInfo(path).absoluteFilePath();
    m_figurePath.clear();
    m_model->undoStack()->setClean();
    updateWindowTitle();
    addRecentFile(m_filePath);
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_filePath)), 4000);
    return true;
}

bool MainWindow::save()
{
    if (m_filePath.isEmpty())
        return saveAsDialog();
    return saveSceneAs(m_filePath);
}

bool MainWindow::saveAsDialog()
{
    QSettings settings;
    QString start = m_filePath.isEmpty() ? lastDirectory() : QFileInfo(m_filePath).path();
    // A scene opened from a figure is offered as a .json beside it.
    if (m_filePath.isEmpty() && !m_figurePath.isEmpty()) {
        const QFileInfo figure(m_figurePath);
        start = figure.dir().filePath(figure.completeBaseName() + QStringLiteral(".json"));
    }
    QString path = QFileDialog::getSaveFileName(this, tr("Save Scene"), start, sceneFileFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    settings.setValue(kLastDirectoryKey, QFileInfo(path).path());
    return saveSceneAs(path);
}

void MainWindow::openSceneDialog()
{
    QSettings settings;
    const QString directory = m_filePath.isEmpty() ? lastDirectory() : QFileInfo(m_filePath).path();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Scene"), directory, sceneFileFilter());
    if (path.isEmpty())
        return;
    settings.setValue(kLastDirectoryKey, QFileInfo(path).path());
    openScene(path);
}

bool MainWindow::importCsv(const QString &path)
{
    QList<Word> words;
    QString error;
    if (!CsvImport::read(path, &words, &error)) {
        showFileError(tr("Cannot Import Words"), error);
        return false;
    }
    m_model->replaceWords(words,
                          [count = int(words.size())] { return tr("Import %n word(s)", nullptr, count); });
    m_canvas->fitToContents();
    return true;
}

void MainWindow::importCsvDialog()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Words from CSV"), lastDirectory(),
                                                      tr("CSV files (*.csv *.txt)") + QStringLiteral(";;") +
                                                          tr("All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(kLastDirectoryKey, QFileInfo(path).path());
    importCsv(path);
}

bool MainWindow::exportFigure(const QString &path, const FigureOptions &options, QSize size)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Figure figure(m_model->scene(), options);
    QString error;
    const bool written = figure.write(path, size, &error);
    QApplication::restoreOverrideCursor();
    if (!written) {
        showFileError(tr("Cannot Export Figure"), error);
        return false;
    }
    statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

void MainWindow::exportFigureDialog()
{
    QSettings settings;
    const QString filters = tr("PNG image (*.png)") + QStringLiteral(";;") + tr("SVG drawing (*.svg)") +
        QStringLiteral(";;") + tr("PDF document (*.pdf)") + QStringLiteral(";;") +
        tr("TikZ for LaTeX (*.tex)");
    QString selectedFilter = settings.value(QStringLiteral("export/filter")).toString();
    const QString base = m_filePath.isEmpty() ? tr("attention") : QFileInfo(m_filePath).completeBaseName();
    const QString directory = lastDirectory();
    QString path = QFileDialog::getSaveFileName(this, tr("Export Figure"), QDir(directory).filePath(base),
                                                filters, &selectedFilter);
    if (path.isEmpty())
        return;
    // The filter names the extension when the typed name has none.
    if (QFileInfo(path).suffix().isEmpty()) {
        static const QRegularExpression extension(QStringLiteral("\\*\\.(\\w+)"));
        path += QLatin1Char('.') + extension.match(selectedFilter).captured(1);
    }
    settings.setValue(QStringLiteral("export/filter"), selectedFilter);
    settings.setValue(kLastDirectoryKey, QFileInfo(path).path());

    ExportDialog dialog(QFileInfo(path).suffix(), this);
    if (dialog.exec() == QDialog::Accepted)
        exportFigure(path, dialog.options(), dialog.outputSize());
}

bool MainWindow::exportNumbers(const QString &path)
{
    const Scene &scene = m_model->scene();
    QString error;
    const bool json = QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0;
    const QByteArray bytes = json ? NumbersExport::numbersJson(scene, scene.query, &error)
                                  : NumbersExport::numbersCsv(scene, scene.query, &error);
    QSaveFile file(path);
    if (bytes.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
        !file.commit()) {
        if (error.isEmpty())
            error = tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
        showFileError(tr("Cannot Export Numbers"), error);
        return false;
    }
    statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

void MainWindow::exportNumbersDialog()
{
    QSettings settings;
    const QString filters = tr("CSV table (*.csv)") + QStringLiteral(";;") + tr("JSON (*.json)");
    QString selectedFilter;
    QString path =
        QFileDialog::getSaveFileName(this, tr("Export Numbers"), lastDirectory(), filters, &selectedFilter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += selectedFilter.contains(QStringLiteral("json")) ? QStringLiteral(".json")
                                                                : QStringLiteral(".csv");
    settings.setValue(kLastDirectoryKey, QFileInfo(path).path());
    exportNumbers(path);
}

void MainWindow::copyFigure()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Figure figure(m_model->scene(), FigureOptions{});
    QApplication::clipboard()->setImage(figure.toImage(Figure::kReferenceSize * 2));
    QApplication::restoreOverrideCursor();
    statusBar()->showMessage(tr("Copied the figure to the clipboard"), 4000);
}

void MainWindow::addWord()
{
    // Place the new word where it can be seen: on a circle around the middle
    // of the visible canvas, a quarter of its smaller side across, turned a
    // little further for each word already there.
    const QRectF visible = m_canvas->mapToScene(m_canvas->viewport()->rect()).boundingRect();
    const double radius = 0.25 * std::min(visible.width(), visible.height());
    const double angle = 0.6 + 0.9 * m_model->wordCount();
    const QPointF vector = visible.center() + radius * QPointF(std::cos(angle), std::sin(angle));
    m_canvas->addWordAt(SceneModel::roundToNanoGrid(SceneModel::clampToLimit(vector)));
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(kRecentFilesKey).toStringList();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    settings.setValue(kRecentFilesKey, files);
    updateRecentFilesMenu();
}

void MainWindow::updateRecentFilesMenu()
{
    m_recentMenu->clear();
    const QStringList files = QSettings().value(kRecentFilesKey).toStringList();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        // &1 … &8 give each entry a mnemonic.
        QAction *action =
            m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openScene(path); });
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear List"), this, [this] {
            QSettings().remove(kRecentFilesKey);
            updateRecentFilesMenu();
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Attention Explorer"),
                       tr("<h3>Attention Explorer %1</h3>"
                          "<p>Drag word vectors and watch the attention weights "
                          "softmax(q·k/√d) and the output Σ wⱼvⱼ change live.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::retranslateExamplesMenu()
{
    const QList<QAction *> actions = m_examplesMenu->actions();
    for (qsizetype i = 0; i < actions.size(); ++i) {
        const QString description = translatedExampleText(m_examples[i].description);
        actions[i]->setText(translatedExampleText(m_examples[i].title));
        actions[i]->setToolTip(description);
        actions[i]->setStatusTip(description);
    }
}

void MainWindow::createThemeMenu(QMenu *viewMenu)
{
    QMenu *themeMenu = viewMenu->addMenu(QString());
    m_themeMenu = themeMenu;
    themeMenu->setObjectName(QStringLiteral("themeMenu"));
    auto *group = new QActionGroup(themeMenu);

    // The schemes have no keys of their own, so one key steps through them.
    m_nextThemeAction = themeMenu->addAction(QString());
    m_nextThemeAction->setObjectName(QStringLiteral("nextThemeAction"));
    m_nextThemeAction->setShortcut(QKeySequence(Qt::Key_F7));
    connect(m_nextThemeAction, &QAction::triggered, this, [this, group] {
        const QAction *chosen = triggerNextInGroup(group);
        statusBar()->showMessage(tr("Theme: %1").arg(chosen->text().remove(QLatin1Char('&'))), 4000);
    });
    themeMenu->addSeparator();

    const QString current = QSettings().value(QStringLiteral("view/theme")).toString();
    for (const theme::Scheme scheme :
         {theme::Scheme::System, theme::Scheme::Light, theme::Scheme::Dark, theme::Scheme::HighContrast}) {
        QAction *action = themeMenu->addAction(QString());
        action->setCheckable(true);
        action->setData(theme::toSettingsValue(scheme));
        action->setChecked(theme::fromSettingsValue(current) == scheme);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [scheme] {
            theme::apply(scheme);
            QSettings().setValue(QStringLiteral("view/theme"), theme::toSettingsValue(scheme));
        });
    }
}

void MainWindow::retranslateThemeMenu()
{
    m_themeMenu->setTitle(tr("&Theme"));
    m_nextThemeAction->setText(tr("&Next Theme"));
    for (QAction *action : m_themeMenu->actions()) {
        if (!action->isCheckable())
            continue;
        switch (theme::fromSettingsValue(action->data().toString())) {
        case theme::Scheme::System:
            action->setText(tr("Follow the &System"));
            break;
        case theme::Scheme::Light:
            action->setText(tr("&Light"));
            break;
        case theme::Scheme::Dark:
            action->setText(tr("&Dark"));
            break;
        case theme::Scheme::HighContrast:
            action->setText(tr("&High Contrast"));
            break;
        }
    }
}

void MainWindow::createLanguageMenu(QMenu *viewMenu)
{
    m_languageMenu = viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(m_languageMenu);

    // One key swaps English and German, the two languages of the interface.
    m_switchLanguageAction = m_languageMenu->addAction(QString());
    m_switchLanguageAction->setObjectName(QStringLiteral("switchLanguageAction"));
    m_switchLanguageAction->setShortcut(QKeySequence(Qt::Key_F8));
    connect(m_switchLanguageAction, &QAction::triggered, this, [this] {
        const QString target =
            QLocale().language() == QLocale::German ? QStringLiteral("en") : QStringLiteral("de");
        for (QAction *action : m_languageMenu->actions()) {
            if (action->isCheckable() && action->data().toString() == target)
                action->trigger();
        }
    });
    m_languageMenu->addSeparator();

    const QString current = QSettings().value(QStringLiteral("view/language")).toString();
    // Language names are written in their own language, so a user who reads
    // only one of them still finds it.
    for (const QString &code : {QString(), QStringLiteral("en"), QStringLiteral("de")}) {
        QAction *action = m_languageMenu->addAction(QString());
        action->setCheckable(true);
        action->setData(code);
        action->setChecked(code == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [code] {
            QSettings().setValue(QStringLiteral("view/language"), code);
            language::install(code);
        });
    }
}

void MainWindow::retranslateLanguageMenu()
{
    m_languageMenu->setTitle(tr("&Language"));
    m_switchLanguageAction->setText(tr("S&witch to %1")
                                        .arg(QLocale().language() == QLocale::German
                                                 ? QStringLiteral("English")
                                                 : QStringLiteral("Deutsch")));
    for (QAction *action : m_languageMenu->actions()) {
        if (!action->isCheckable())
            continue;
        const QString code = action->data().toString();
        if (code.isEmpty())
            action->setText(tr("Follow the &System"));
        else if (code == QLatin1String("en"))
            action->setText(QStringLiteral("&English"));
        else
            action->setText(QStringLiteral("&Deutsch"));
    }
}

QString MainWindow::dockTitle(const QString &objectName) const
{
    if (objectName == QLatin1String("controlsDock"))
        return tr("Attention Controls");
    if (objectName == QLatin1String("heatmapDock"))
        return tr("Heatmap");
    return tr("Worked Steps");
}

void MainWindow::updateUndoTexts()
{
    // "Undo Move “cat”": the action names what it will undo.
    const QUndoStack *stack = m_model->undoStack();
    m_undoAction->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    m_redoAction->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));

    // The toolbar buttons keep a short, fixed text, so that a long step
    // name does not push the other buttons aside. The menu shows it whole.
    m_undoAction->setIconText(tr("Undo"));
    m_redoAction->setIconText(tr("Redo"));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The commands first, as retranslateUi() puts the undo text into
        // Edit › Undo.
        m_model->retranslateUndoCommands();
        retranslateUi();
        // A status message would stay in the old language until it times out.
        statusBar()->clearMessage();
        // Widgets keep the locale they were given; setting the new default
        // on the window sends LocaleChange down to every number display.
        if (locale() != QLocale())
            setLocale(QLocale());
        // German texts are longer; once the docks have laid them out, a dock
        // too narrow for them is widened.
        QTimer::singleShot(0, this, &MainWindow::widenDocksToContents);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::widenDocksToContents()
{
    QList<QDockWidget *> docks;
    QList<int> widths;
    for (QDockWidget *dock : std::as_const(m_docks)) {
        auto *scroll = qobject_cast<QScrollArea *>(dock->widget());
        if (!dock->isVisible() || !scroll || !scroll->widget())
            continue;

        // The panel's minimum width, and room for the vertical scroll bar.
        const int needed = scroll->widget()->minimumSizeHint().width() + 2 * scroll->frameWidth() +
            scroll->verticalScrollBar()->sizeHint().width();
        if (scroll->viewport()->width() < scroll->widget()->minimumSizeHint().width()) {
            docks.append(dock);
            widths.append(needed);
        }
    }
    if (!docks.isEmpty())
        resizeDocks(docks, widths, Qt::Horizontal);
}

void MainWindow::setTextScale(qreal scale)
{
    m_textScale = std::clamp(scale, 0.5, 4.0);
    applyTextScale();
}

void MainWindow::applyTextScale()
{
    if (m_baseFontSize <= 0.0)
        m_baseFontSize = QApplication::font().pointSizeF();
    const qreal presentation = isPresenting() ? 1.5 : 1.0;
    QFont scaled = QApplication::font();
    scaled.setPointSizeF(m_baseFontSize * m_textScale * presentation);
    setFont(scaled);
}

void MainWindow::setPresenting(bool present)
{
    if (m_presentAction->isChecked() != present) {
        m_presentAction->setChecked(present); // calls this again through toggled()
        return;
    }
    m_leavePresentationAction->setEnabled(present);

    // The docks make room for the canvas and chart while presenting. The
    // window returns to its state before, maximized for example, which
    // showNormal() would drop.
    const bool panelsHidden = m_hidePanelsAction->isChecked();
    setDocksSuppressed(!present || panelsHidden, present || panelsHidden);
    if (present) {
        m_geometryBeforePresenting = saveGeometry();
        m_windowStateBeforePresenting = windowState();
        m_sideSizesBeforePresenting = m_sideSplitter->sizes();
        showFullScreen();
    } else {
        if (!m_sideSizesBeforePresenting.isEmpty())
            m_sideSplitter->setSizes(m_sideSizesBeforePresenting);
        setWindowState(m_windowStateBeforePresenting);
    }
    applyTextScale();
    m_canvas->fitToContents();
    QTimer::singleShot(0, this, &MainWindow::fitSideSplitForPresentation);
}

void MainWindow::fitSideSplitForPresentation()
{
    if (!isPresenting())
        return;

    // The chart is what the room reads from afar, so the table gets only the
    // height its rows need, at most 40 %, and the chart the rest.
    const int sideHeight = m_sideSplitter->height();
    const int tableHeight = std::min(m_numbers->heightForAllRows(), sideHeight * 2 / 5);
    m_sideSplitter->setSizes({sideHeight - m_sideSplitter->handleWidth() - tableHeight, tableHeight});
    // When not every row fits, the room should at least see the query's.
    m_numbers->showQueryRow();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Full screen arrives late under a window manager, and larger text
    // makes rows taller, so the split follows every resize while presenting.
    if (watched == m_sideSplitter && event->type() == QEvent::Resize && isPresenting())
        QTimer::singleShot(0, this, &MainWindow::fitSideSplitForPresentation);
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::setDocksSuppressed(bool wasSuppressed, bool suppressed)
{
    if (suppressed == wasSuppressed)
        return;
    if (suppressed) {
        m_dockStateToRestore = saveState();
        m_docksToRestore.clear();
        for (QDockWidget *dock : std::as_const(m_docks)) {
            // A dock behind another's tab is open but not visible.
            if (!dock->isHidden())
                m_docksToRestore.append(dock);
            dock->hide();
        }
    } else {
        for (QDockWidget *dock : std::as_const(m_docksToRestore))
            dock->show();
    }
}

QString MainWindow::commandName(const QAction *action) const
{
    // The texts of Undo and Redo name the step they would undo or redo,
    // which is no name for the key and outdated in a tooltip after the next
    // edit.
    if (action == m_undoAction)
        return tr("&Undo").remove(QLatin1Char('&'));
    if (action == m_redoAction)
        return tr("&Redo").remove(QLatin1Char('&'));
    return action->text().remove(QLatin1Char('&'));
}

QList<QAction *> MainWindow::shortcutActions() const
{
    QList<QAction *> actions;
    for (QMenu *menu : menuBar()->findChildren<QMenu *>()) {
        for (QAction *action : menu->actions()) {
            if (!action->shortcut().isEmpty() && !actions.contains(action))
                actions.append(action);
        }
    }
    return actions;
}

void MainWindow::showGlossary()
{
    if (!m_glossaryDialog)
        m_glossaryDialog = new GlossaryDialog(this);
    if (!m_glossaryDialog->isVisible())
        m_glossaryDialog->resize(m_glossaryDialog->sizeHint()); // the text size may have changed
    m_glossaryDialog->show();
    m_glossaryDialog->raise();
    m_glossaryDialog->activateWindow();
}

void MainWindow::showShortcuts()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("shortcutsDialog"));
    dialog.setAttribute(Qt::WA_WindowPropagation); // follows text zoom and presentation mode
    dialog.setWindowTitle(tr("Keyboard Shortcuts"));
    auto *table = new QTableWidget(&dialog);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    // Menu actions first, then Esc for presentation mode, which has no menu
    // entry, and the keys that act on the canvas directly.
    QList<std::pair<QString, QString>> rows;
    for (QAction *action : shortcutActions()) {
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys.append(key.toString(QKeySequence::NativeText));
        rows.append({commandName(action), keys.join(QStringLiteral(", "))});
    }
    rows.append({m_leavePresentationAction->text(),
                 m_leavePresentationAction->shortcut().toString(QKeySequence::NativeText)});
    rows.append({tr("Move the selected word by 0.1 (with Shift by 1)"), tr("Arrow keys")});
    rows.append({tr("Select the next or previous word"), tr("Tab, Shift+Tab")});
    rows.append({tr("Make the selected word the query"), tr("Enter")});
    rows.append({tr("Cancel a drag"), tr("Esc")});
    rows.append({tr("Pan the canvas"), tr("Space + drag, or middle button")});
    rows.append({tr("Zoom the canvas around the pointer"), tr("Mouse wheel")});
    rows.append({tr("Invert Snap to Grid while dragging"), tr("Shift")});

    table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(rows[row].first));
        table->setItem(row, 1, new QTableWidgetItem(rows[row].second));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    // Wide enough for both columns and about 30 lines of the dialog's font,
    // which presentation mode enlarges, within the screen.
    const QMargins margins = layout->contentsMargins();
    const int width = table->horizontalHeader()->length() + table->verticalScrollBar()->sizeHint().width() +
        2 * table->frameWidth() + margins.left() + margins.right();
    dialog.resize(QSize(width, dialog.fontMetrics().lineSpacing() * 30)
                      .boundedTo(screen()->availableGeometry().size() * 0.9));
    dialog.exec();
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    theme::apply(theme::fromSettingsValue(settings.value(QStringLiteral("view/theme")).toString()));
    m_textScale = std::clamp(settings.value(QStringLiteral("view/textScale"), 1.0).toDouble(), 0.5, 4.0);
    applyTextScale();
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 720);

    // A size saved on a larger screen, or at a smaller scale factor, would
    // put the chart off screen: keep the window within the screen it is on.
    if (const QScreen *screen = this->screen()) {
        const QSize available = screen->availableGeometry().size();
        if (width() > available.width() || height() > available.height())
            resize(size().boundedTo(available * 0.95));
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());

    // First start: the canvas gets a little more than half the width, the
    // chart a little more than half of the side column.
    if (!m_mainSplitter->restoreState(settings.value(QStringLiteral("window/mainSplitter")).toByteArray()))
        m_mainSplitter->setSizes({550, 450});
    if (!m_sideSplitter->restoreState(settings.value(QStringLiteral("window/sideSplitter")).toByteArray()))
        m_sideSplitter->setSizes({550, 450});
    m_fitAxisAction->setChecked(settings.value(QStringLiteral("chart/fitAxisToData"), false).toBool());
    m_snapAction->setChecked(settings.value(QStringLiteral("canvas/snapToGrid"), false).toBool());
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    // Closed while presenting or with the panels hidden, the window is
    // remembered as it was before, so the next start is neither full screen
    // nor without its docks.
    const bool docksSuppressed = isPresenting() || m_hidePanelsAction->isChecked();
    settings.setValue(QStringLiteral("window/geometry"),
                      isPresenting() ? m_geometryBeforePresenting : saveGeometry());
    settings.setValue(QStringLiteral("window/state"), docksSuppressed ? m_dockStateToRestore : saveState());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/sideSplitter"), m_sideSplitter->saveState());
    settings.setValue(QStringLiteral("chart/fitAxisToData"), m_fitAxisAction->isChecked());
    settings.setValue(QStringLiteral("canvas/snapToGrid"), m_snapAction->isChecked());
    settings.setValue(QStringLiteral("view/textScale"), m_textScale);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    saveWindowState();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    const QString path = urls.first().toLocalFile();
    event->acceptProposedAction();

    // Opening may show a modal box to save first. Inside a drop handler that
    // box would block the drag source, so opening runs after the drop.
    QMetaObject::invokeMethod(
        this,
        [this, path] {
            if (path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
                importCsv(path);
            else
                openScene(path);
        },
        Qt::QueuedConnection);
}
