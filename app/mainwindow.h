// The main window: canvas, live chart and numbers side by side.
#pragma once

#include "examples.h"
#include "figure.h"

#include <QMainWindow>
#include <QStringList>

#include <functional>

class AttentionChart;
class CanvasView;
class ControlsPanel;
class GlossaryDialog;
class QDockWidget;
class NumbersPanel;
class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QSplitter;
class QToolBar;
class SceneModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    SceneModel *model() const { return m_model; }
    CanvasView *canvas() const { return m_canvas; }
    AttentionChart *chart() const { return m_chart; }
    NumbersPanel *numbers() const { return m_numbers; }
    ControlsPanel *controls() const { return m_controls; }
    QString filePath() const { return m_filePath; }

    // Loads a scene file after offering to save unsaved changes. On failure
    // shows the reason and keeps the open scene exactly as it was.
    bool openScene(const QString &path);

    // Writes the scene to `path` atomically; on failure shows the reason.
    bool saveSceneAs(const QString &path);

    // Replaces the scene by an empty one after offering to save changes.
    void newScene();

    // Adds the words of a CSV file (label,x,y per line) in place of the
    // current words, as one undo step.
    bool importCsv(const QString &path);

    // Writes the current scene as a figure (by extension: png, svg, pdf,
    // tex) or its numbers (csv, json). On failure shows the reason.
    bool exportFigure(const QString &path, const FigureOptions &options, QSize size);
    bool exportNumbers(const QString &path);

    // Puts a 2× PNG-quality image of the figure on the clipboard.
    void copyFigure();

    // Scales every text of the window (canvas, chart and tables included);
    // 1 is the desktop's font size.
    qreal textScale() const { return m_textScale; }
    void setTextScale(qreal scale);

    // Full screen with all text 1.5 times larger, for a room; Esc leaves.
    bool isPresenting() const { return m_presentAction && m_presentAction->isChecked(); }
    void setPresenting(bool present);

    // Returns the actions of the menus with a shortcut, for the shortcut list.
    QList<QAction *> shortcutActions() const;

    // Returns the name of `action` for the shortcut list and tooltips: its
    // text without the & of the mnemonic, and plain "Undo" and "Redo".
    QString commandName(const QAction *action) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // True when `path` is a PNG or SVG figure rather than a scene file.
    static bool isFigureFile(const QString &path);
    // Splits the side between chart and table for presentation mode.
    void fitSideSplitForPresentation();
    // Widens each visible dock whose panel no longer fits, after a language
    // change made its texts longer.
    void widenDocksToContents();
    void createActions();
    void createMenus();
    void createToolBar();
    void createDocks();
    void createAttentionActions();
    // Fills the Attention menu; needs the controls panel for the presets.
    void createAttentionMenu();
    void retranslateAttentionMenu();
    // Checks and enables the Attention menu's actions as the settings are.
    void updateAttentionActions();
    // Makes the word `offset` places after the query the query, wrapping
    // around the sentence.
    void stepQuery(int offset);
    // Wraps `widget` in a dock on the right, tabbed with the other docks.
    QDockWidget *addPanelDock(QWidget *widget, const QString &objectName);
    // The same for a panel that is built only when its dock is first shown,
    // which keeps hidden panels out of the start-up time.
    QDockWidget *addLazyPanelDock(std::function<QWidget *()> create, const QString &objectName);
    void updateQueryCombo();
    void updateFormula();
    void updateWindowTitle();
    void updateEditActions();
    void updateRecentFilesMenu();
    void addRecentFile(const QString &path);
    void showDragPosition(int index, QPointF vector);
    void openSceneDialog();
    bool save();
    bool saveAsDialog();
    void importCsvDialog();
    void exportFigureDialog();
    void exportNumbersDialog();
    void addWord();
    void showAbout();
    void showShortcuts();
    void showGlossary();
    void retranslateUi();
    void retranslateExamplesMenu();
    void retranslateThemeMenu();
    void createLanguageMenu(QMenu *viewMenu);
    void retranslateLanguageMenu();
    void updateUndoTexts();
    QString dockTitle(const QString &objectName) const;
    void createThemeMenu(QMenu *viewMenu);
    void applyTextScale();
    // Hides every dock when `suppressed` becomes true, and shows the docks
    // that were open then when it becomes false again. Presentation mode and
    // Hide Side Panels both suppress the docks.
    void setDocksSuppressed(bool wasSuppressed, bool suppressed);
    void restoreWindowState();
    void saveWindowState() const;

    // Asks whether to save unsaved changes. Returns false when the user
    // cancels or the save fails, so the caller must not discard the scene.
    bool maybeSave();

    // Shows a failed file operation; a modal box, as the user asked for it.
    void showFileError(const QString &title, const QString &message);

    SceneModel *m_model;
    CanvasView *m_canvas;
    AttentionChart *m_chart;
    NumbersPanel *m_numbers;
    ControlsPanel *m_controls = nullptr;
    QList<QDockWidget *> m_docks;
    // Docks open, and saveState(), before presentation mode or Hide Side
    // Panels hid them.
    QList<QDockWidget *> m_docksToRestore;
    QByteArray m_dockStateToRestore;
    QByteArray m_geometryBeforePresenting; // saveGeometry() when presenting began
    Qt::WindowStates m_windowStateBeforePresenting;
    QList<int> m_sideSizesBeforePresenting; // chart and table heights
    QMenu *m_viewMenu = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_attentionMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_themeMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QToolBar *m_mainToolBar = nullptr;
    QLabel *m_queryLabel = nullptr;
    QSplitter *m_mainSplitter;
    QSplitter *m_sideSplitter;
    QComboBox *m_queryCombo = nullptr;
    QLabel *m_formulaLabel;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_examplesMenu = nullptr;
    QList<ExampleScene> m_examples; // one per entry of m_examplesMenu
    QString m_filePath;
    // The figure (PNG or SVG) that the open scene was read from; m_filePath is
    // then empty, so Save opens the dialog for a .json file.
    QString m_figurePath;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_importCsvAction = nullptr;
    QAction *m_exportFigureAction = nullptr;
    QAction *m_exportNumbersAction = nullptr;
    QAction *m_copyFigureAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_addWordAction = nullptr;
    QAction *m_renameWordAction = nullptr;
    QAction *m_deleteWordAction = nullptr;
    QAction *m_moveEarlierAction = nullptr;
    QAction *m_moveLaterAction = nullptr;
    QAction *m_snapAction = nullptr;
    QAction *m_fitViewAction = nullptr;
    QAction *m_fitAxisAction = nullptr;
    QAction *m_scalingAction = nullptr;
    QAction *m_causalAction = nullptr;
    QAction *m_showProjectionsAction = nullptr;
    QAction *m_raiseTemperatureAction = nullptr;
    QAction *m_lowerTemperatureAction = nullptr;
    QAction *m_resetTemperatureAction = nullptr;
    QAction *m_resetProjectionsAction = nullptr;
    QAction *m_nextQueryAction = nullptr;
    QAction *m_previousQueryAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_nextThemeAction = nullptr;
    QAction *m_switchLanguageAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_glossaryAction = nullptr;
    GlossaryDialog *m_glossaryDialog = nullptr; // built when first shown
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_zoomResetAction = nullptr;
    QAction *m_presentAction = nullptr;
    QAction *m_hidePanelsAction = nullptr;
    QAction *m_leavePresentationAction = nullptr;
    qreal m_textScale = 1.0;
    qreal m_baseFontSize = 0.0; // point size of the desktop font
};
