// The main window: canvas, live chart and numbers side by side.
#pragma once

#include <QMainWindow>

class AttentionChart;
class CanvasView;
class NumbersPanel;
class QAction;
class QComboBox;
class QLabel;
class QSplitter;
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

    // Loads a scene file; on failure shows the reason and keeps the open scene.
    bool openScene(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void updateQueryCombo();
    void updateFormula();
    void updateWindowTitle();
    void showDragPosition(int index, QPointF vector);
    void openSceneDialog();
    void showAbout();
    void restoreWindowState();
    void saveWindowState() const;

    SceneModel *m_model;
    CanvasView *m_canvas;
    AttentionChart *m_chart;
    NumbersPanel *m_numbers;
    QSplitter *m_mainSplitter;
    QSplitter *m_sideSplitter;
    QComboBox *m_queryCombo = nullptr;
    QLabel *m_formulaLabel;
    QString m_filePath;

    QAction *m_openAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_fitViewAction = nullptr;
    QAction *m_fitAxisAction = nullptr;
    QAction *m_aboutAction = nullptr;
};
