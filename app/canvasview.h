// The vector plane: one arrow per word, the output arrow, axes and grid.
#pragma once

#include "labelplacer.h"

#include <QGraphicsView>
#include <QList>
#include <QPointF>

#include <vector>

class ArrowItem;
class QLineEdit;
class SceneModel;

// Shows the scene model's words as arrows from the origin in a y-up plane
// and turns pointer input into model edits:
// - press on a tip and move past the drag distance: drag the vector (one undo
//   step on release, Esc puts it back);
// - click an arrow or its label: make that word the query;
// - wheel: zoom around the pointer; middle button or Space + left: pan.
class CanvasView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit CanvasView(SceneModel *model, QWidget *parent = nullptr);

    // Frames the origin, every tip and the output with a margin.
    void fitToContents();

    // Snapping rounds a dragged tip to the visible grid step; Shift during
    // the drag inverts the setting.
    bool snapsToGrid() const { return m_snapToGrid; }
    void setSnapToGrid(bool snap);
    // The spacing of the grid lines drawn at the current zoom.
    qreal gridStep() const;

    // Opens an inline editor over word `index`'s label; Enter renames, Esc
    // cancels.
    void editLabel(int index);
    // Shows a new arrow at `vector` with an inline editor for its label; the
    // word is added (one undo step) only when the label is confirmed.
    void addWordAt(QPointF vector);
    QLineEdit *labelEditor() const { return m_labelEditor; }

    // Leaves the background unpainted (grid and axes still drawn), for
    // figures with a transparent background.
    void setTransparentBackground(bool transparent);

    // Draws the projected query q = W_Q·x and every k_j = W_K·x_j and
    // v_j = W_V·x_j as faint dashed arrows, so learners see which vectors
    // the dot products and the output are taken between.
    void setShowProjections(bool show);
    bool showsProjections() const { return m_showProjections; }
    const QList<ArrowItem *> &projectionArrows() const { return m_projectionArrows; }

    // Pixels per unit of the vector space.
    qreal zoom() const;

    // Returns the scene position of word `index`'s tip in viewport coordinates,
    // or (-1, -1) when there is no such word. For tests and accessibility.
    QPoint tipInViewport(int index) const;
    ArrowItem *wordArrow(int index) const;
    ArrowItem *outputArrow() const { return m_outputArrow; }
    int draggedWord() const { return m_drag.index; }

    // The rectangles of the tick numbers in viewport pixels, as the last
    // label layout saw them. Labels are placed so they do not cover them.
    QList<QRectF> axisNumberRects() const;

    // The query and every weight as one sentence, the canvas's accessible
    // description while an assistive technology is active.
    QString describeWeights() const;

signals:
    // The tip of word `index` is at `vector` during a drag.
    void dragMoved(int index, QPointF vector);
    void dragFinished();
    void zoomChanged(qreal pixelsPerUnit);
    void snapToGridChanged(bool snap);

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    bool focusNextPrevChild(bool next) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    bool event(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void rebuildArrows();
    void retranslate();
    void updateArrows();
    void updateSceneRect();
    void updateAxisNumbers();
    // Moves the visible labels round their tips so that none covers another
    // or a tick number. The query's label goes first, then the words in
    // sentence order, then the projected q, k and v.
    void layoutLabels();
    void applyZoom(qreal pixelsPerUnit, QPointF sceneAnchor, QPoint viewportAnchor);
    void syncItemScale();
    void applyPaletteToItems();
    int wordAt(QPoint viewportPos, bool *onHandle) const;
    void finishDrag();
    void cancelDrag();
    void updateCurrentWord(int index);
    QPointF snapped(QPointF vector, bool invert) const;
    void openLabelEditor(const QString &text, QPointF tip, const QRectF &labelRect);
    void commitLabelEditor();
    void closeLabelEditor();

    SceneModel *m_model;
    QList<ArrowItem *> m_wordArrows;
    ArrowItem *m_outputArrow = nullptr;
    // Refit on resize until the user zooms or pans by hand.
    bool m_autoFit = true;

    struct Drag
    {
        int index = -1;        // pressed word, -1 for none
        bool onHandle = false; // pressed on the tip, so a move drags it
        bool active = false;   // moved past the drag distance
        bool cancelled = false;
        QPoint pressPos;    // viewport pixels
        QPointF grabOffset; // tip minus pointer at the press, in scene units
        QPointF startVector;
    } m_drag;

    bool m_snapToGrid = false;
    bool m_transparentBackground = false;
    bool m_showProjections = false;
    QList<ArrowItem *> m_projectionArrows;
    void updateProjectionArrows();
    bool m_labelEditing = false;
    QLineEdit *m_labelEditor = nullptr;
    int m_editedWord = -1;               // word being renamed, -1 while adding
    ArrowItem *m_pendingArrow = nullptr; // new word waiting for its label
    // A tick number: where it is drawn and the box its text covers, in
    // viewport pixels.
    struct AxisNumber
    {
        QRectF rect;
        QRectF bounds;
        int flags;
        QString text;
    };
    // Recomputed only when the view transform, the viewport size, the font
    // or the locale changed, so a drag frame reuses them.
    std::vector<AxisNumber> m_axisNumbers;
    bool m_axisNumbersValid = false;
    QTransform m_axisNumbersTransform;
    QSize m_axisNumbersViewportSize;
    LabelPlacer m_labelPlacer;

    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_lastPanPos;
};
