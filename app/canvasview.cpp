#include "canvasview.h"

#include "arrowitem.h"
#include "eigenconversion.h"
#include "logging.h"
#include "scenefile.h"
#include "scenemodel.h"
#include "wordpalette.h"

#include <QAccessible>
#include <QApplication>
#include <QFontMetricsF>
#include <QGestureEvent>
#include <QGraphicsScene>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <functional>
#include <vector>

namespace {

constexpr qreal kMinZoom = 1e-3; // pixels per unit, enough to frame the coordinate limit
constexpr qreal kMaxZoom = 1e5;
constexpr qreal kDefaultZoom = 180.0;
constexpr int kMaxCaptionedWords = 24;
constexpr qreal kMinGridPixels = 48.0; // closest spacing of grid lines
constexpr int kMaxLabelledWords = 60;
constexpr std::size_t kLabelledTopWeights = 12;

// Returns the grid step among 1, 2, 5 × 10^k whose lines are at least
// `minPixels` apart at `zoom` pixels per unit.
qreal niceGridStep(qreal zoom, qreal minPixels)
{
    const qreal raw = minPixels / zoom;
    const qreal power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const qreal factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * power >= raw)
            return factor * power;
    }
    return 10.0 * power;
}

QFont tickFontOf(QFont font)
{
    font.setPointSizeF(font.pointSizeF() * 0.9);
    return font;
}

QRectF boundingRectOf(const QList<QPointF> &points)
{
    qreal left = points.first().x(), right = left;
    qreal top = points.first().y(), bottom = top;
    for (const QPointF &p : points) {
        left = std::min(left, p.x());
        right = std::max(right, p.x());
        top = std::min(top, p.y());
        bottom = std::max(bottom, p.y());
    }
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}

} // namespace

CanvasView::CanvasView(SceneModel *model, QWidget *parent)
    : QGraphicsView(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("canvasView"));
    setScene(new QGraphicsScene(this));
    // Every arrow changes on every frame of a drag, so a BSP index would be
    // rebuilt constantly. A linear scan over a few hundred items is cheaper.
    scene()->setItemIndexMethod(QGraphicsScene::NoIndex);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    // The grid and tick numbers change only with zoom, pan and resize, which
    // invalidate the cache; a drag repaints just the items over it.
    setCacheMode(QGraphicsView::CacheBackground);
    setDragMode(QGraphicsView::NoDrag);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(240, 200);

    // One finger or a pen drags a tip through the mouse events Qt derives
    // from touches; two fingers pinch to zoom.
    viewport()->setAttribute(Qt::WA_AcceptTouchEvents);
    viewport()->grabGesture(Qt::PinchGesture);
    retranslate();

    // The math is y-up, the screen y-down: a negative y scale flips it.
    setTransform(QTransform::fromScale(kDefaultZoom, -kDefaultZoom));

    m_outputArrow = new ArrowItem;
    m_outputArrow->setStyle(ArrowItem::Style::Dashed);
    m_outputArrow->setLabelPlacement(ArrowItem::LabelPlacement::Middle);
    m_outputArrow->setHandleVisible(false);
    m_outputArrow->setZValue(10);
    m_outputArrow->setAcceptedMouseButtons(Qt::NoButton);
    scene()->addItem(m_outputArrow);

    connect(m_model, &SceneModel::wordsReset, this, &CanvasView::rebuildArrows);
    // Vectors, weights and the output all change together on resultChanged(),
    // once per event-loop turn, so a drag costs one repaint per frame.
    connect(m_model, &SceneModel::resultChanged, this, &CanvasView::updateArrows);
    connect(m_model, &SceneModel::currentWordChanged, this, &CanvasView::updateCurrentWord);
    connect(m_model, &SceneModel::sceneReset, this, &CanvasView::fitToContents);
    connect(m_model, &SceneModel::highlightedWordChanged, this, [this](int index) {
        for (int j = 0; j < m_wordArrows.size(); ++j)
            m_wordArrows[j]->setHovered(j == index);
    });

    rebuildArrows();
    applyPaletteToItems();
}

qreal CanvasView::zoom() const
{
    return transform().m11();
}

ArrowItem *CanvasView::wordArrow(int index) const
{
    return index >= 0 && index < m_wordArrows.size() ? m_wordArrows.at(index) : nullptr;
}

QPoint CanvasView::tipInViewport(int index) const
{
    if (index < 0 || index >= m_model->wordCount())
        return {-1, -1};
    return mapFromScene(m_model->words().at(index).vector);
}

void CanvasView::rebuildArrows()
{
    cancelDrag();
    closeLabelEditor();
    qDeleteAll(m_wordArrows);
    m_wordArrows.clear();

    const QList<Word> &words = m_model->words();
    for (int i = 0; i < words.size(); ++i) {
        auto *arrow = new ArrowItem;
        arrow->setData(0, i);
        arrow->setLabel(words[i].label);
        arrow->setColor(wordpalette::wordColor(paletteSlot(words, i)));
        arrow->setVector(words[i].vector);
        arrow->setZValue(1 + i);
        scene()->addItem(arrow);
        m_wordArrows.append(arrow);
    }
    qCDebug(lcCanvas) << "rebuilt" << m_wordArrows.size() << "word arrows";
    updateCurrentWord(m_model->currentWord());

    applyPaletteToItems(); // styles the new arrows and updates them
    updateSceneRect();
    layoutLabels();
}

void CanvasView::updateArrows()
{
    const attention::QueryResult &result = m_model->queryResult();
    const QList<Word> &words = m_model->words();
    const int n = m_model->wordCount();
    const int query = m_model->queryIndex();
    const bool valid = result.weights.size() == n && query >= 0 && query < n;
    const QLocale locale;

    // With many words, captions and labels for all would be unreadable
    // clutter and cost text drawing per frame: then only the query keeps its
    // caption, and only the query and the most attended words their labels.
    const bool captionsForAll = m_wordArrows.size() <= kMaxCaptionedWords;
    const bool labelsForAll = m_wordArrows.size() <= kMaxLabelledWords;
    double labelThreshold = 0.0;
    if (valid && !labelsForAll) {
        std::vector<double> sorted(result.weights.begin(), result.weights.end());
        std::nth_element(sorted.begin(), sorted.begin() + (kLabelledTopWeights - 1), sorted.end(),
                         std::greater<>());
        labelThreshold = sorted[kLabelledTopWeights - 1];
    }

    // Faded arrows mix towards the background; on a dark one the colours
    // lose contrast sooner, so they keep more of it.
    const bool darkBackground = palette().color(QPalette::Base).lightness() < 128;

    // Lines grow with the text (text zoom, presentation mode), so arrows stay
    // as visible as their labels from the back of a room.
    const qreal strokeScale = std::max(1.0, font().pointSizeF() / QApplication::font().pointSizeF());
    const double minStrength = darkBackground ? 0.6 : 0.35;

    for (int j = 0; j < m_wordArrows.size(); ++j) {
        ArrowItem *arrow = m_wordArrows[j];
        arrow->setVector(words[j].vector);
        const bool isQuery = j == query;
        const double weight = valid ? result.weights(j) : 0.0;

        // Line width and opacity grow with the weight from the query, so the
        // canvas alone shows where the attention goes.
        arrow->setHighlighted(isQuery);
        arrow->setLineWidth((1.5 + 6.0 * weight) * strokeScale);
        arrow->setStrength(isQuery ? 1.0 : minStrength + (1.0 - minStrength) * std::sqrt(weight));
        QString caption;
        if (valid && isQuery)
            caption = tr("query · %1").arg(locale.toString(weight, 'f', 2));
        else if (valid && captionsForAll)
            caption = locale.toString(weight, 'f', 2);
        arrow->setCaption(caption);
        arrow->setLabelVisible(labelsForAll || isQuery || (valid && weight >= labelThreshold));
        arrow->setZValue(isQuery ? 5 : 1 + weight);
    }

    updateProjectionArrows();

    // Screen readers get the weights as text. Built only while an assistive
    // technology listens, so a drag pays nothing for it otherwise.
    if (QAccessible::isActive())
        setAccessibleDescription(describeWeights());

    const bool hasOutput = valid && result.output.size() >= 2;
    m_outputArrow->setVisible(hasOutput);
    if (hasOutput) {
        m_outputArrow->setVector(conversion::toPointF(result.output));
        m_outputArrow->setLabel(tr("output"));
        m_outputArrow->setCaption(QStringLiteral("Σ wⱼvⱼ"));
    }
    layoutLabels();
}

void CanvasView::updateSceneRect()
{
    // The scene rectangle bounds panning: the contents plus plenty of room,
    // but small enough that the scroll range stays within an int at the
    // highest zoom allowed for it.
    QList<QPointF> points = {QPointF(-10, -10), QPointF(10, 10)};
    for (const Word &word : m_model->words())
        points.append(word.vector);
    QRectF bounds = boundingRectOf(points);
    const qreal extent = std::max(bounds.width(), bounds.height());
    bounds.adjust(-extent, -extent, extent, extent);
    setSceneRect(bounds);
}

void CanvasView::fitToContents()
{
    m_autoFit = true;

    // QRectF::united() skips empty rectangles, so points are collected by hand.
    QList<QPointF> points = {QPointF(0, 0)};
    for (const Word &word : m_model->words())
        points.append(word.vector);
    if (m_outputArrow->isVisible())
        points.append(m_outputArrow->vector());
    const QRectF contents = boundingRectOf(points);

    // Never frame less than a unit square, so a single short vector does not
    // fill the screen, and leave room for labels around the tips.
    const QPointF centre = contents.center();
    const qreal width = std::max(contents.width(), 1.0);
    const qreal height = std::max(contents.height(), 1.0);
    const QSizeF available = (QSizeF(viewport()->size()) - QSizeF(160, 110)).expandedTo(QSizeF(40, 40));
    const qreal zoom =
        std::clamp(std::min(available.width() / width, available.height() / height), kMinZoom, kMaxZoom);
    setTransform(QTransform::fromScale(zoom, -zoom));
    syncItemScale();
    centerOn(centre);
    emit zoomChanged(zoom);
}

void CanvasView::applyZoom(qreal pixelsPerUnit, QPointF sceneAnchor, QPoint viewportAnchor)
{
    // Cap the zoom so the scene rectangle's scroll range fits an int.
    const qreal extent = std::max(sceneRect().width(), sceneRect().height());
    const qreal maxZoom = std::min(kMaxZoom, 1e9 / extent);
    pixelsPerUnit = std::clamp(pixelsPerUnit, kMinZoom, maxZoom);
    m_autoFit = false;
    setTransform(QTransform::fromScale(pixelsPerUnit, -pixelsPerUnit));
    syncItemScale();

    // Keep the scene point under `viewportAnchor` where it was.
    const QPointF drift = mapToScene(viewportAnchor) - sceneAnchor;
    const QPointF centre = mapToScene(viewport()->rect().center()) - drift;
    centerOn(centre);
    emit zoomChanged(pixelsPerUnit);
}

void CanvasView::syncItemScale()
{
    const qreal unitsPerPixel = 1.0 / zoom();
    for (ArrowItem *arrow : std::as_const(m_wordArrows))
        arrow->setUnitsPerPixel(unitsPerPixel);
    for (ArrowItem *arrow : std::as_const(m_projectionArrows))
        arrow->setUnitsPerPixel(unitsPerPixel);
    m_outputArrow->setUnitsPerPixel(unitsPerPixel);
    layoutLabels();
}

void CanvasView::applyPaletteToItems()
{
    updateArrows();

    const QPalette pal = palette();
    QFont labelFont = font();
    labelFont.setPointSizeF(labelFont.pointSizeF() * 1.15);
    for (ArrowItem *arrow : std::as_const(m_wordArrows)) {
        arrow->setFont(labelFont);
        // A warm glow that no word colour uses, half transparent so the
        // query arrow's own colour still shows through.
        arrow->setHaloColor(QColor(255, 196, 0, 120));
        arrow->setBackgroundColor(pal.color(QPalette::Base));
    }
    m_outputArrow->setFont(labelFont);
    m_outputArrow->setColor(pal.color(QPalette::Text));
    m_outputArrow->setBackgroundColor(pal.color(QPalette::Base));
    scene()->setBackgroundBrush(m_transparentBackground ? QBrush(Qt::NoBrush)
                                                        : QBrush(pal.color(QPalette::Base)));
    syncItemScale();
}

void CanvasView::drawBackground(QPainter *painter, const QRectF &rect)
{
    const QPalette pal = palette();
    if (!m_transparentBackground)
        painter->fillRect(rect, pal.color(QPalette::Base));

    // Axis-parallel lines need no antialiasing, which is costly for them.
    painter->setRenderHint(QPainter::Antialiasing, false);

    const qreal step = gridStep();
    const QColor gridColor = pal.color(QPalette::Text);
    QColor faint = gridColor;
    faint.setAlphaF(0.10);
    QColor axisColor = gridColor;
    axisColor.setAlphaF(0.55);

    // Grid lines and axes are mapped to device pixels and drawn with the
    // view transform dropped, so they stay one pixel wide at any zoom. A
    // cosmetic pen would do that on screen, but SVG output would scale it
    // with the transform into bands 180 units wide.
    const QTransform toDevice = painter->worldTransform();
    const QRectF deviceRect = toDevice.mapRect(rect);
    const qreal left = std::floor(rect.left() / step) * step;
    const qreal top = std::floor(rect.top() / step) * step;
    painter->save();
    painter->resetTransform();
    painter->setPen(QPen(faint, 1.0));
    for (qreal x = left; x <= rect.right(); x += step) {
        const qreal px = toDevice.map(QPointF(x, 0)).x();
        painter->drawLine(QPointF(px, deviceRect.top()), QPointF(px, deviceRect.bottom()));
    }
    for (qreal y = top; y <= rect.bottom(); y += step) {
        const qreal py = toDevice.map(QPointF(0, y)).y();
        painter->drawLine(QPointF(deviceRect.left(), py), QPointF(deviceRect.right(), py));
    }

    const QPointF origin = toDevice.map(QPointF(0, 0));
    painter->setPen(QPen(axisColor, 1.5));
    painter->drawLine(QPointF(deviceRect.left(), origin.y()), QPointF(deviceRect.right(), origin.y()));
    painter->drawLine(QPointF(origin.x(), deviceRect.top()), QPointF(origin.x(), deviceRect.bottom()));
    painter->restore();

    // Tick numbers in device pixels, upright, placed beside the axes but kept
    // inside the viewport when the origin is off screen.
    updateAxisNumbers();
    painter->save();
    painter->resetTransform();
    QColor tickColor = gridColor;
    tickColor.setAlphaF(0.7);
    painter->setPen(tickColor);
    painter->setFont(tickFontOf(font()));
    for (const AxisNumber &number : m_axisNumbers)
        painter->drawText(number.rect, number.flags, number.text);
    painter->restore();
}

void CanvasView::updateAxisNumbers()
{
    // The background is drawn with the view's own transform, so viewport
    // pixels are the device pixels drawBackground() draws in.
    const QTransform toViewport = viewportTransform();
    const QSize viewportSize = viewport()->size();
    if (m_axisNumbersValid && toViewport == m_axisNumbersTransform &&
        viewportSize == m_axisNumbersViewportSize)
        return;
    m_axisNumbersValid = true;
    m_axisNumbersTransform = toViewport;
    m_axisNumbersViewportSize = viewportSize;
    m_axisNumbers.clear();

    const QFontMetricsF metrics(tickFontOf(font()));
    const auto add = [this, &metrics](const QRectF &rect, int flags, const QString &text) {
        m_axisNumbers.push_back({rect, metrics.boundingRect(rect, flags, text), flags, text});
    };

    const qreal step = gridStep();
    const QLocale locale;
    const int decimals = std::max(0, int(-std::floor(std::log10(step) + 1e-9)));
    const QRect area = viewport()->rect();
    const QRectF visible = mapToScene(area).boundingRect();
    const qreal left = std::floor(visible.left() / step) * step;
    const qreal top = std::floor(visible.top() / step) * step;
    const QPointF originOnScreen = toViewport.map(QPointF(0, 0));
    const qreal xAxisY = std::clamp(originOnScreen.y(), qreal(area.top()), qreal(area.bottom() - 20));
    const qreal yAxisX = std::clamp(originOnScreen.x(), qreal(area.left() + 44), qreal(area.right()));
    for (qreal x = left; x <= visible.right(); x += step) {
        if (std::abs(x) < step / 2)
            continue;
        // A number cut by the edge would read as another number ("-0.2" as "2").
        const qreal px = toViewport.map(QPointF(x, 0)).x();
        if (px < area.left() + 20 || px > area.right() - 20)
            continue;
        add(QRectF(px - 40, xAxisY + 3, 80, 18), Qt::AlignHCenter | Qt::AlignTop,
            locale.toString(x, 'f', decimals));
    }
    for (qreal y = top; y <= visible.bottom(); y += step) {
        if (std::abs(y) < step / 2)
            continue;
        const qreal py = toViewport.map(QPointF(0, y)).y();
        if (py < area.top() + 9 || py > area.bottom() - 9)
            continue;
        add(QRectF(yAxisX - 84, py - 9, 80, 18), Qt::AlignRight | Qt::AlignVCenter,
            locale.toString(y, 'f', decimals));
    }
    add(QRectF(originOnScreen.x() - 24, originOnScreen.y() + 3, 20, 18), Qt::AlignRight | Qt::AlignTop,
        locale.toString(0));
}

QList<QRectF> CanvasView::axisNumberRects() const
{
    QList<QRectF> rects;
    for (const AxisNumber &number : m_axisNumbers)
        rects.append(number.bounds);
    return rects;
}

void CanvasView::layoutLabels()
{
    updateAxisNumbers();
    m_labelPlacer.clear();
    m_labelPlacer.setBounds(viewport()->rect());
    for (const AxisNumber &number : m_axisNumbers)
        m_labelPlacer.addObstacle(number.bounds);

    // The output's label sits beside the middle of its arrow and stays there.
    const QTransform toViewport = viewportTransform();
    if (m_outputArrow->isVisible()) {
        m_labelPlacer.addObstacle(
            m_outputArrow->labelRect().translated(toViewport.map(m_outputArrow->vector())));
        m_labelPlacer.addObstacle(m_outputArrow->headRect(toViewport));
    }

    // Labels stay off the heads of the labelled arrows, which are the ones a
    // reader looks at. The faint unlabelled arrows of a crowded scene are
    // left out, so that a drag frame stays cheap.
    for (const ArrowItem *arrow : std::as_const(m_wordArrows)) {
        if (arrow->isLabelVisible())
            m_labelPlacer.addObstacle(arrow->headRect(toViewport));
    }

    const auto place = [this, &toViewport](ArrowItem *arrow) {
        if (!arrow->isLabelVisible()) {
            arrow->setLabelCandidate(0);
            return;
        }
        const QPointF tip = toViewport.map(arrow->vector());
        arrow->setLabelCandidate(
            m_labelPlacer.place(arrow->labelCandidateCount(), [arrow, tip](int candidate) {
                return arrow->labelCandidateRect(candidate).translated(tip);
            }));
    };
    const int query = m_model->queryIndex();
    if (ArrowItem *queryArrow = wordArrow(query))
        place(queryArrow);
    for (int j = 0; j < m_wordArrows.size(); ++j) {
        if (j != query)
            place(m_wordArrows[j]);
    }
    for (ArrowItem *arrow : std::as_const(m_projectionArrows))
        place(arrow);
}

int CanvasView::wordAt(QPoint viewportPos, bool *onHandle) const
{
    // A tip's handle wins over any line or label on top of it, so a short
    // vector under a long one can still be grabbed.
    // Tips are tested against the model, not the items, which catch up
    // only at the next resultChanged().
    const QList<Word> &words = m_model->words();
    for (int i = int(words.size()) - 1; i >= 0; --i) {
        const QPointF delta = mapFromScene(words[i].vector) - QPointF(viewportPos);
        if (std::hypot(delta.x(), delta.y()) <= ArrowItem::kHandleHitRadius) {
            *onHandle = true;
            return i;
        }
    }
    *onHandle = false;
    for (QGraphicsItem *item : items(viewportPos)) {
        const int index = m_wordArrows.indexOf(static_cast<ArrowItem *>(item));
        if (index >= 0)
            return index;
    }
    return -1;
}

void CanvasView::mousePressEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_lastPanPos = pos;
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (event->button() != Qt::LeftButton) {
        QGraphicsView::mousePressEvent(event);
        return;
    }

    bool onHandle = false;
    const int index = wordAt(pos, &onHandle);
    m_drag = Drag{};
    m_drag.index = index;
    m_drag.onHandle = onHandle;
    m_drag.pressPos = pos;
    if (index >= 0) {
        m_drag.startVector = m_model->words().at(index).vector;
        m_drag.grabOffset = m_drag.startVector - mapToScene(pos);
        m_model->setCurrentWord(index);
    }
    event->accept();
}

void CanvasView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_panning) {
        const QPoint delta = pos - m_lastPanPos;
        m_lastPanPos = pos;
        m_autoFit = false;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }

    if (m_drag.index < 0 || !m_drag.onHandle || m_drag.cancelled || !(event->buttons() & Qt::LeftButton)) {
        bool onHandle = false;
        const int hovered = wordAt(pos, &onHandle);
        viewport()->setCursor(onHandle ? Qt::OpenHandCursor
                                       : (hovered >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor));
        QGraphicsView::mouseMoveEvent(event);
        return;
    }

    if (!m_drag.active) {
        if ((pos - m_drag.pressPos).manhattanLength() < QApplication::startDragDistance())
            return;
        m_drag.active = true;
        viewport()->setCursor(Qt::ClosedHandCursor);
        qCDebug(lcCanvas) << "drag started on word" << m_drag.index;
    }

    // The tip keeps its offset from the pointer at the press, so it does not
    // jump when the press was near, not on, its centre.
    const bool invertSnap = event->modifiers() & Qt::ShiftModifier;
    const QPointF vector = SceneModel::clampToLimit(snapped(mapToScene(pos) + m_drag.grabOffset, invertSnap));
    m_model->previewWordVector(m_drag.index, vector);
    emit dragMoved(m_drag.index, vector);
    event->accept();
}

void CanvasView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton)) {
        m_panning = false;
        viewport()->setCursor(m_spaceHeld ? Qt::OpenHandCursor : Qt::ArrowCursor);
        event->accept();
        return;
    }
    if (event->button() != Qt::LeftButton || m_drag.index < 0) {
        QGraphicsView::mouseReleaseEvent(event);
        return;
    }

    if (m_drag.active)
        finishDrag();
    else if (!m_drag.cancelled)
        m_model->setQuery(m_drag.index);
    m_drag = Drag{};
    event->accept();
}

void CanvasView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_spaceHeld) {
        mousePressEvent(event);
        return;
    }

    // On a word: rename it. On empty canvas: add a word where the pointer is.
    const QPoint pos = event->position().toPoint();
    bool onHandle = false;
    const int index = wordAt(pos, &onHandle);
    if (index >= 0)
        editLabel(index);
    else
        addWordAt(SceneModel::clampToLimit(snapped(mapToScene(pos), event->modifiers() & Qt::ShiftModifier)));
    event->accept();
}

void CanvasView::setShowProjections(bool show)
{
    if (m_showProjections == show)
        return;
    m_showProjections = show;
    updateProjectionArrows();
    layoutLabels();
}

void CanvasView::updateProjectionArrows()
{
    const QList<Word> &words = m_model->words();
    const int query = m_model->queryIndex();
    const attention::Settings &settings = m_model->attentionSettings();
    const auto project = [](const Eigen::MatrixXd &projection, QPointF x) {
        if (projection.size() == 0)
            return x;
        const Eigen::Vector2d v = projection.topLeftCorner(2, 2) * Eigen::Vector2d(x.x(), x.y());
        return QPointF(v.x(), v.y());
    };

    // One q, then k and v per word; nothing when hidden or without a query.
    struct Ghost
    {
        QString label;
        QPointF vector;
        QColor color;
    };
    QList<Ghost> ghosts;
    if (m_showProjections && query >= 0 && query < words.size()) {
        const QColor queryColor = wordpalette::wordColor(paletteSlot(words, query));
        ghosts.append(
            {QStringLiteral("q"), project(settings.queryProjection, words[query].vector), queryColor});
        for (int j = 0; j < words.size(); ++j) {
            const QColor color = wordpalette::wordColor(paletteSlot(words, j));
            ghosts.append({QStringLiteral("k·%1").arg(words[j].label),
                           project(settings.keyProjection, words[j].vector), color});
            ghosts.append({QStringLiteral("v·%1").arg(words[j].label),
                           project(settings.valueProjection, words[j].vector), color});
        }
    }

    while (m_projectionArrows.size() > ghosts.size())
        delete m_projectionArrows.takeLast();
    while (m_projectionArrows.size() < ghosts.size()) {
        auto *arrow = new ArrowItem;
        arrow->setStyle(ArrowItem::Style::Dashed);
        arrow->setHandleVisible(false);
        arrow->setAcceptedMouseButtons(Qt::NoButton);
        arrow->setLineWidth(1.2);
        arrow->setZValue(0.5);
        arrow->setFont(m_outputArrow->font());
        arrow->setBackgroundColor(palette().color(QPalette::Base));
        arrow->setUnitsPerPixel(1.0 / zoom());
        scene()->addItem(arrow);
        m_projectionArrows.append(arrow);
    }
    for (int i = 0; i < ghosts.size(); ++i) {
        ArrowItem *arrow = m_projectionArrows[i];
        arrow->setVector(ghosts[i].vector);
        arrow->setLabel(ghosts[i].label);
        arrow->setColor(ghosts[i].color);
        arrow->setStrength(0.55);
    }
}

void CanvasView::setTransparentBackground(bool transparent)
{
    m_transparentBackground = transparent;
    // No style sheet here: it would replace the palette, and a dark figure
    // would get the default black text.
    viewport()->setAutoFillBackground(!transparent);
    if (transparent)
        setFrameShape(QFrame::NoFrame);
    applyPaletteToItems();
    resetCachedContent();
}

qreal CanvasView::gridStep() const
{
    return niceGridStep(zoom(), kMinGridPixels);
}

void CanvasView::setSnapToGrid(bool snap)
{
    if (m_snapToGrid == snap)
        return;
    m_snapToGrid = snap;
    emit snapToGridChanged(snap);
}

QPointF CanvasView::snapped(QPointF vector, bool invert) const
{
    if (m_snapToGrid == invert)
        return vector;
    const qreal step = gridStep();
    return SceneModel::roundToNanoGrid(
        QPointF(std::round(vector.x() / step) * step, std::round(vector.y() / step) * step));
}

void CanvasView::updateCurrentWord(int index)
{
    for (int j = 0; j < m_wordArrows.size(); ++j)
        m_wordArrows[j]->setCurrent(j == index);
}

void CanvasView::editLabel(int index)
{
    ArrowItem *arrow = wordArrow(index);
    if (!arrow)
        return;
    closeLabelEditor();
    m_editedWord = index;
    openLabelEditor(arrow->label(), arrow->vector(), arrow->labelRect());
}

void CanvasView::addWordAt(QPointF vector)
{
    closeLabelEditor();

    const QString label = tr("word");
    m_pendingArrow = new ArrowItem;
    m_pendingArrow->setVector(vector);
    m_pendingArrow->setLabel(label);
    m_pendingArrow->setColor(QColor(Qt::gray));
    m_pendingArrow->setFont(m_outputArrow->font());
    m_pendingArrow->setBackgroundColor(palette().color(QPalette::Base));
    m_pendingArrow->setUnitsPerPixel(1.0 / zoom());
    m_pendingArrow->setZValue(20);
    scene()->addItem(m_pendingArrow);

    m_editedWord = -1;
    openLabelEditor(label, vector, m_pendingArrow->labelRect());
}

void CanvasView::openLabelEditor(const QString &text, QPointF tip, const QRectF &labelRect)
{
    if (!m_labelEditor) {
        m_labelEditor = new QLineEdit(viewport());
        m_labelEditor->setObjectName(QStringLiteral("labelEditor"));
        m_labelEditor->setMaxLength(SceneFile::kMaxLabelLength);
        m_labelEditor->setToolTip(tr("Enter: keep the label. Esc: cancel."));
        m_labelEditor->setAccessibleName(tr("Word label"));
        // Focus loss commits; Enter and Esc are handled in eventFilter().
        connect(m_labelEditor, &QLineEdit::editingFinished, this, &CanvasView::commitLabelEditor);
        m_labelEditor->installEventFilter(this);
    }

    m_labelEditor->setText(text);
    m_labelEditor->selectAll();
    const QFontMetrics metrics(m_labelEditor->font());
    const int width = std::max(140, metrics.horizontalAdvance(text) + 40);
    const int height = m_labelEditor->sizeHint().height();
    const QPoint centre = mapFromScene(tip) + labelRect.center().toPoint();
    m_labelEditor->setGeometry(centre.x() - width / 2, centre.y() - height / 2, width, height);
    m_labelEditing = true;
    m_labelEditor->show();
    m_labelEditor->setFocus(Qt::OtherFocusReason);
}

void CanvasView::commitLabelEditor()
{
    if (!m_labelEditing)
        return;
    const QString label = m_labelEditor->text().trimmed();
    const int editedWord = m_editedWord;
    const bool adding = m_pendingArrow != nullptr;
    const QPointF vector = adding ? m_pendingArrow->vector() : QPointF();
    closeLabelEditor();

    // An empty label cancels, because a word without a name cannot be
    // distinguished from the others.
    if (label.isEmpty())
        return;
    if (adding)
        m_model->setCurrentWord(m_model->addWord(label, vector));
    else
        m_model->renameWord(editedWord, label);
}

void CanvasView::closeLabelEditor()
{
    m_labelEditing = false;
    m_editedWord = -1;
    delete m_pendingArrow;
    m_pendingArrow = nullptr;
    if (m_labelEditor && m_labelEditor->isVisible()) {
        m_labelEditor->hide();
        setFocus(Qt::OtherFocusReason);
    }
}

bool CanvasView::eventFilter(QObject *watched, QEvent *event)
{
    // QLineEdit leaves Enter unaccepted so dialogs see it, which would let it
    // reach the canvas and make the word the query as well: consume it here.
    if (watched == m_labelEditor && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            commitLabelEditor();
            return true;
        }
        if (key == Qt::Key_Escape) {
            closeLabelEditor();
            return true;
        }
    }
    return QGraphicsView::eventFilter(watched, event);
}

bool CanvasView::event(QEvent *event)
{
    // During a drag Esc cancels the drag, so the canvas claims the key before
    // any window shortcut on Esc (such as leaving presentation mode) fires.
    if (event->type() == QEvent::ShortcutOverride && m_drag.active &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        event->accept();
        return true;
    }
    return QGraphicsView::event(event);
}

bool CanvasView::viewportEvent(QEvent *event)
{
    if (event->type() != QEvent::Gesture)
        return QGraphicsView::viewportEvent(event);

    auto *gestures = static_cast<QGestureEvent *>(event);
    auto *pinch = static_cast<QPinchGesture *>(gestures->gesture(Qt::PinchGesture));
    if (!pinch)
        return QGraphicsView::viewportEvent(event);

    // A pinch zooms around the midpoint of the fingers and never moves a
    // word: a drag the first finger started is put back.
    if (pinch->state() == Qt::GestureStarted)
        cancelDrag();
    const QPoint centre = viewport()->mapFromGlobal(pinch->centerPoint().toPoint());
    if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged)
        applyZoom(zoom() * pinch->scaleFactor(), mapToScene(centre), centre);
    gestures->accept(pinch);
    return true;
}

bool CanvasView::focusNextPrevChild(bool next)
{
    // Tab and Shift+Tab walk through the words in sentence order, then leave
    // the canvas past either end, so the keyboard can still reach the rest of
    // the window.
    const int count = m_model->wordCount();
    const int current = m_model->currentWord();
    const int target = next ? current + 1 : (current < 0 ? count - 1 : current - 1);
    if (hasFocus() && count > 0 && target >= 0 && target < count) {
        m_model->setCurrentWord(target);
        return true;
    }
    return QGraphicsView::focusNextPrevChild(next);
}

void CanvasView::drawForeground(QPainter *painter, const QRectF &)
{
    if (m_model->wordCount() > 0 || m_pendingArrow)
        return;
    painter->save();
    painter->resetTransform();
    QColor hint = palette().color(QPalette::Text);
    hint.setAlphaF(0.6);
    painter->setPen(hint);
    painter->drawText(viewport()->rect().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap,
                      tr("Double-click to add a word, or open a scene with File › Open."));
    painter->restore();
}

void CanvasView::finishDrag()
{
    const int index = m_drag.index;
    const QPointF end = m_model->words().at(index).vector;
    m_model->moveWord(index, m_drag.startVector, end);
    qCDebug(lcCanvas) << "drag finished on word" << index << "at" << end;
    viewport()->setCursor(Qt::OpenHandCursor);
    emit dragFinished();
}

void CanvasView::cancelDrag()
{
    if (m_drag.index < 0)
        return;
    if (m_drag.active && m_drag.index < m_model->wordCount())
        m_model->previewWordVector(m_drag.index, m_drag.startVector);
    const bool wasActive = m_drag.active;
    m_drag.active = false;
    m_drag.cancelled = true;
    viewport()->setCursor(Qt::ArrowCursor);
    if (wasActive)
        emit dragFinished();
}

void CanvasView::wheelEvent(QWheelEvent *event)
{
    // 120 units is one notch of a standard wheel; a notch zooms by 15 %.
    const qreal notches = event->angleDelta().y() / 120.0;
    if (notches == 0) {
        event->ignore();
        return;
    }
    const QPoint anchor = event->position().toPoint();
    applyZoom(zoom() * std::pow(1.15, notches), mapToScene(anchor), anchor);
    event->accept();
}

void CanvasView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_drag.active) {
        cancelDrag();
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }

    // Arrow keys nudge the current word by 0.1 (with Shift by 1), Enter
    // makes it the query.
    const int current = m_model->currentWord();
    const qreal step = event->modifiers() & Qt::ShiftModifier ? 1.0 : 0.1;
    QPointF delta;
    switch (event->key()) {
    case Qt::Key_Left:
        delta = {-step, 0};
        break;
    case Qt::Key_Right:
        delta = {step, 0};
        break;
    case Qt::Key_Up:
        delta = {0, step};
        break;
    case Qt::Key_Down:
        delta = {0, -step};
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (current >= 0) {
            m_model->setQuery(current);
            event->accept();
            return;
        }
        break;
    default:
        break;
    }
    if (!delta.isNull() && current >= 0 && !m_drag.active) {
        m_model->nudgeWord(current, delta);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void CanvasView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        if (!m_panning)
            viewport()->setCursor(Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void CanvasView::focusOutEvent(QFocusEvent *event)
{
    // A drag cut short by a focus change keeps what the user dragged so far
    // as one undo step, and leaves no state behind for the next press.
    if (m_drag.active)
        finishDrag();
    m_drag = Drag{};
    m_spaceHeld = false;
    m_panning = false;
    QGraphicsView::focusOutEvent(event);
}

void CanvasView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        fitToContents();
    else
        layoutLabels(); // the tick numbers stay at the viewport's edges
}

QString CanvasView::describeWeights() const
{
    const attention::QueryResult &result = m_model->queryResult();
    const QList<Word> &words = m_model->words();
    const int query = m_model->queryIndex();
    if (query < 0 || query >= words.size() || result.weights.size() != words.size())
        return tr("No query.");

    QStringList parts;
    const QLocale locale;
    for (int j = 0; j < words.size(); ++j)
        parts.append(tr("%1: %2").arg(words[j].label, locale.toString(result.weights(j), 'f', 3)));
    return tr("Query “%1”. Weights: %2.").arg(words[query].label, parts.join(QStringLiteral("; ")));
}

void CanvasView::retranslate()
{
    setToolTip(tr("Drag an arrow's tip to move the word. Click an arrow to make it the query.\n"
                  "Wheel: zoom. Middle button or Space + drag: pan."));
    setAccessibleName(tr("Word vectors"));
}

void CanvasView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);

    // The cached background would be shifted with the content, but tick
    // numbers clamped to the viewport's edges must stay put, so the cache
    // is redrawn after a pan.
    resetCachedContent();
    layoutLabels();
}

void CanvasView::changeEvent(QEvent *event)
{
    // The tick numbers' text and size follow the font and the locale.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LocaleChange ||
        event->type() == QEvent::LanguageChange)
        m_axisNumbersValid = false;
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyPaletteToItems();
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange) {
        retranslate();
        updateArrows();       // the output's label, the captions and their numbers
        resetCachedContent(); // tick numbers follow the locale
    }
    QGraphicsView::changeEvent(event);
}
