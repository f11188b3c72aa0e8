#include "arrowitem.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPainterPathStroker>

#include <cmath>

namespace {

// Direction of the vector on screen, where y grows downwards; (1, 0) for the
// zero vector so its label still has a place.
QPointF screenDirection(QPointF vector)
{
    const qreal length = std::hypot(vector.x(), vector.y());
    if (length == 0.0)
        return {1.0, 0.0};
    return {vector.x() / length, -vector.y() / length};
}

} // namespace

ArrowItem::ArrowItem(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{ }

void ArrowItem::setVector(QPointF vector)
{
    if (m_vector == vector)
        return;
    prepareGeometryChange();
    m_vector = vector;
}

void ArrowItem::setLabel(const QString &label)
{
    if (m_label == label)
        return;
    prepareGeometryChange();
    m_label = label;
}

void ArrowItem::setCaption(const QString &caption)
{
    if (m_caption == caption)
        return;
    prepareGeometryChange();
    m_caption = caption;
}

void ArrowItem::setColor(const QColor &color)
{
    if (m_color == color)
        return;
    m_color = color;
    update();
}

void ArrowItem::setLineWidth(qreal pixels)
{
    if (m_lineWidth == pixels)
        return;
    prepareGeometryChange();
    m_lineWidth = pixels;
}

void ArrowItem::setStyle(Style style)
{
    m_style = style;
    update();
}

void ArrowItem::setHighlighted(bool highlighted)
{
    if (m_highlighted == highlighted)
        return;
    prepareGeometryChange();
    m_highlighted = highlighted;
}

void ArrowItem::setHandleVisible(bool visible)
{
    m_handleVisible = visible;
    update();
}

void ArrowItem::setFont(const QFont &font)
{
    prepareGeometryChange();
    m_font = font;
}

void ArrowItem::setHaloColor(const QColor &color)
{
    m_haloColor = color;
    update();
}

void ArrowItem::setUnitsPerPixel(qreal unitsPerPixel)
{
    if (m_unitsPerPixel == unitsPerPixel)
        return;
    prepareGeometryChange();
    m_unitsPerPixel = unitsPerPixel;
}

bool ArrowItem::isOnHandle(QPointF scenePoint) const
{
    const QPointF delta = (mapFromScene(scenePoint) - m_vector) / m_unitsPerPixel;
    return std::hypot(delta.x(), delta.y()) <= kHandleHitRadius;
}

QPointF ArrowItem::pixelsToScene(QPointF offset) const
{
    // Screen y grows downwards, scene y upwards.
    return {offset.x() * m_unitsPerPixel, -offset.y() * m_unitsPerPixel};
}

QRectF ArrowItem::labelRectInPixels() const
{
    QFont bold = m_font;
    bold.setBold(true);
    const QFontMetricsF labelMetrics(bold);
    QFont small = m_font;
    small.setPointSizeF(m_font.pointSizeF() * 0.85);
    const QFontMetricsF captionMetrics(small);

    const qreal width = std::max(labelMetrics.horizontalAdvance(m_label),
                                 m_caption.isEmpty() ? 0.0 : captionMetrics.horizontalAdvance(m_caption));
    const qreal height = labelMetrics.height() + (m_caption.isEmpty() ? 0.0 : captionMetrics.height());

    // Put the rectangle's centre beyond the tip, far enough along the arrow's
    // direction that the box clears the head whatever the angle.
    const QPointF direction = screenDirection(m_vector);
    const qreal reach =
        kLabelGap + std::abs(direction.x()) * width / 2 + std::abs(direction.y()) * height / 2;
    const QPointF centre = direction * reach;
    return {centre.x() - width / 2, centre.y() - height / 2, width, height};
}

QRectF ArrowItem::boundingRect() const
{
    const qreal pad = (kHandleHitRadius + kHeadLength + m_lineWidth + 8.0) * m_unitsPerPixel;
    QRectF rect = QRectF(QPointF(0, 0), m_vector).normalized().adjusted(-pad, -pad, pad, pad);

    const QRectF label = labelRectInPixels().adjusted(-4, -4, 4, 4);
    const QRectF labelInScene =
        QRectF(m_vector + pixelsToScene(label.topLeft()), m_vector + pixelsToScene(label.bottomRight()))
            .normalized();
    return rect.united(labelInScene);
}

QPainterPath ArrowItem::shape() const
{
    QPainterPath line;
    line.moveTo(0, 0);
    line.lineTo(m_vector);
    QPainterPathStroker stroker;
    stroker.setWidth(std::max(m_lineWidth, 8.0) * m_unitsPerPixel);
    QPainterPath path = stroker.createStroke(line);

    const qreal radius = kHandleHitRadius * m_unitsPerPixel;
    path.addEllipse(m_vector, radius, radius);

    const QRectF label = labelRectInPixels();
    path.addRect(
        QRectF(m_vector + pixelsToScene(label.topLeft()), m_vector + pixelsToScene(label.bottomRight()))
            .normalized());
    path.setFillRule(Qt::WindingFill);
    return path;
}

void ArrowItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    // Draw in device pixels: map the two ends, then drop the view transform
    // so widths, the head and upright text do not scale or flip.
    const QTransform toDevice = painter->worldTransform();
    const QPointF origin = toDevice.map(QPointF(0, 0));
    const QPointF tip = toDevice.map(m_vector);
    painter->save();
    painter->resetTransform();
    painter->setRenderHint(QPainter::Antialiasing);

    const QPointF delta = tip - origin;
    const qreal length = std::hypot(delta.x(), delta.y());
    const QPointF direction = length > 0 ? delta / length : QPointF(1, 0);
    const QPointF normal(-direction.y(), direction.x());
    const qreal headLength = std::min(kHeadLength + m_lineWidth, length * 0.6);
    const qreal headHalfWidth = headLength * 0.45;
    const QPointF headBase = tip - direction * headLength;

    QPainterPath head;
    head.moveTo(tip);
    head.lineTo(headBase + normal * headHalfWidth);
    head.lineTo(headBase - normal * headHalfWidth);
    head.closeSubpath();

    if (m_highlighted) {
        QPen halo(m_haloColor, m_lineWidth + 8.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter->setPen(halo);
        painter->setBrush(m_haloColor);
        painter->drawLine(origin, headBase);
        painter->drawPath(head);
    }

    QPen pen(m_color, m_lineWidth, m_style == Style::Dashed ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap);
    painter->setPen(pen);
    if (length > 0)
        painter->drawLine(origin, headBase);
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_color);
    if (length > 0)
        painter->drawPath(head);

    if (m_handleVisible) {
        painter->setPen(QPen(m_color.darker(130), 1.5));
        painter->setBrush(QColor(255, 255, 255, 200));
        painter->drawEllipse(tip, kHandleRadius * 0.55, kHandleRadius * 0.55);
    }

    const QRectF label = labelRectInPixels().translated(tip);
    QFont labelFont = m_font;
    labelFont.setBold(m_highlighted || m_style == Style::Dashed);
    painter->setFont(labelFont);
    painter->setPen(m_color);
    const QFontMetricsF labelMetrics(labelFont);
    painter->drawText(QRectF(label.left(), label.top(), label.width(), labelMetrics.height()),
                      Qt::AlignCenter, m_label);
    if (!m_caption.isEmpty()) {
        QFont small = m_font;
        small.setPointSizeF(m_font.pointSizeF() * 0.85);
        painter->setFont(small);
        painter->drawText(QRectF(label.left(), label.top() + labelMetrics.height(), label.width(),
                                 label.height() - labelMetrics.height()),
                          Qt::AlignCenter, m_caption);
    }

    painter->restore();
}
