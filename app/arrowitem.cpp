#include "arrowitem.h"

#include <QFontMetricsF>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPainterPathStroker>
#include <QPolygonF>
#include <QtMath>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace {

// Screen-space |sin| of the arrow's angle below which it counts as lying
// along the x axis (about 20°).
constexpr qreal kNearlyHorizontal = 0.35;

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
{
    updateFonts();
}

void ArrowItem::updateFonts()
{
    m_boldFont = m_font;
    m_boldFont.setBold(true);
    m_captionFont = m_font;
    m_captionFont.setPointSizeF(m_font.pointSizeF() * 0.85);

    m_boldMetrics = QFontMetricsF(m_boldFont);
    m_captionMetrics = QFontMetricsF(m_captionFont);
    updateLabelSize();
}

void ArrowItem::updateLabelSize()
{
    m_labelTextValid = false;

    // Measured in bold, the wider of the two weights, so the box fits either.
    const bool hasCaption = !m_caption.isEmpty();
    m_labelLineHeight = m_boldMetrics.height();
    // A long label is shortened with "…" on screen; the scene keeps it whole.
    m_shownLabel = m_boldMetrics.elidedText(m_label, Qt::ElideRight, kMaxLabelWidth);
    m_labelSize = QSizeF(std::max(m_boldMetrics.horizontalAdvance(m_shownLabel),
                                  hasCaption ? m_captionMetrics.horizontalAdvance(m_caption) : 0.0),
                         m_labelLineHeight + (hasCaption ? m_captionMetrics.height() : 0.0));
}

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
    updateLabelSize();
}

void ArrowItem::setCaption(const QString &caption)
{
    if (m_caption == caption)
        return;
    prepareGeometryChange();
    m_caption = caption;
    updateLabelSize();
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

void ArrowItem::setLabelPlacement(LabelPlacement placement)
{
    if (m_labelPlacement == placement)
        return;
    prepareGeometryChange();
    m_labelPlacement = placement;
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

void ArrowItem::setStrength(qreal strength)
{
    strength = std::clamp(strength, 0.0, 1.0);
    if (m_strength == strength)
        return;
    m_strength = strength;
    update();
}

void ArrowItem::setCurrent(bool current)
{
    if (m_current == current)
        return;
    m_current = current;
    update();
}

void ArrowItem::setHovered(bool hovered)
{
    if (m_hovered == hovered)
        return;
    m_hovered = hovered;
    update();
}

void ArrowItem::setLabelVisible(bool visible)
{
    if (m_labelVisible == visible)
        return;
    m_labelVisible = visible;
    update();
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
    updateFonts();
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
    return labelCandidateRect(m_labelCandidate);
}

int ArrowItem::labelCandidateCount() const
{
    return m_labelPlacement == LabelPlacement::Middle ? 1 : kLabelCandidates;
}

void ArrowItem::setLabelCandidate(int candidate)
{
    candidate = std::clamp(candidate, 0, labelCandidateCount() - 1);
    if (m_labelCandidate == candidate)
        return;
    prepareGeometryChange();
    m_labelCandidate = candidate;
}

QRectF ArrowItem::labelCandidateRect(int candidate) const
{
    const qreal width = m_labelSize.width();
    const qreal height = m_labelSize.height();

    const QPointF direction = screenDirection(m_vector);
    if (m_labelPlacement == LabelPlacement::Tip && candidate > 0 && candidate < kLabelCandidates) {
        // Seven directions, turned away from the arrow's: straight on, 45°
        // either way, 90° and 135°, the latter beside the shaft. The second
        // ring repeats them one label height further out. The larger gap
        // keeps the box off the head, which may lie beside it.
        static constexpr qreal kTurns[] = {0.0, -45.0, 45.0, -90.0, 90.0, -135.0, 135.0};
        constexpr int kDirections = int(std::size(kTurns));
        static_assert(kLabelCandidates == 2 * kDirections);
        const qreal radians = qDegreesToRadians(kTurns[candidate % kDirections]);
        const qreal cosine = std::cos(radians);
        const qreal sine = std::sin(radians);
        const QPointF turned(direction.x() * cosine - direction.y() * sine,
                             direction.x() * sine + direction.y() * cosine);
        const qreal gap = kLabelGap + (kHeadLength + m_lineWidth) / 2 + (candidate / kDirections) * height;
        const qreal reach = gap + std::abs(turned.x()) * width / 2 + std::abs(turned.y()) * height / 2;
        const QPointF centre = turned * reach;
        return {centre.x() - width / 2, centre.y() - height / 2, width, height};
    }

    if (m_labelPlacement == LabelPlacement::Middle) {
        // Beside the middle of the arrow, on the side facing up, far enough
        // along the normal that the box clears the line.
        QPointF normal(direction.y(), -direction.x());
        if (normal.y() > 0)
            normal = -normal;
        const QPointF middle = -QPointF(m_vector.x(), -m_vector.y()) / m_unitsPerPixel / 2.0;
        const qreal clearance =
            kLabelGap + std::abs(normal.x()) * width / 2 + std::abs(normal.y()) * height / 2;
        const QPointF centre = middle + normal * clearance;
        return {centre.x() - width / 2, centre.y() - height / 2, width, height};
    }

    // Put the rectangle's centre beyond the tip, far enough along the arrow's
    // direction that the box clears the head whatever the angle.
    const qreal reach =
        kLabelGap + std::abs(direction.x()) * width / 2 + std::abs(direction.y()) * height / 2;
    QPointF centre = direction * reach;

    // A nearly horizontal arrow often lies on the x axis, whose tick numbers
    // sit just below it: its label goes up until its bottom meets the tip.
    if (std::abs(direction.y()) < kNearlyHorizontal)
        centre.ry() = std::min(centre.y(), -height / 2);
    return {centre.x() - width / 2, centre.y() - height / 2, width, height};
}

void ArrowItem::paintLabel(QPainter *painter, const QRectF &box)
{
    // QStaticText keeps the shaped glyphs, so a repaint lays out no text.
    const bool bold = m_highlighted || m_style == Style::Dashed;
    if (!m_labelTextValid || m_labelTextBold != bold) {
        m_labelText.setText(m_shownLabel);
        m_labelText.prepare(QTransform(), bold ? m_boldFont : m_font);
        m_captionText.setText(m_caption);
        m_captionText.prepare(QTransform(), m_captionFont);
        m_labelTextBold = bold;
        m_labelTextValid = true;
    }

    painter->setPen(labelColor());
    painter->setFont(bold ? m_boldFont : m_font);
    const qreal labelWidth = m_labelText.size().width();
    painter->drawStaticText(QPointF(box.center().x() - labelWidth / 2, box.top()), m_labelText);
    if (!m_caption.isEmpty()) {
        painter->setFont(m_captionFont);
        const qreal captionWidth = m_captionText.size().width();
        painter->drawStaticText(QPointF(box.center().x() - captionWidth / 2, box.top() + m_labelLineHeight),
                                m_captionText);
    }
}

QColor ArrowItem::fadedColor() const
{
    const auto mix = [this](float ink, float paper) {
        return float(m_strength) * ink + float(1.0 - m_strength) * paper;
    };
    return QColor::fromRgbF(mix(m_color.redF(), m_backgroundColor.redF()),
                            mix(m_color.greenF(), m_backgroundColor.greenF()),
                            mix(m_color.blueF(), m_backgroundColor.blueF()), m_color.alphaF());
}

QColor ArrowItem::labelColor() const
{
    // Labels are text to be read from the back of a room, so they do not
    // fade with the weight. Light word colours (yellow, orange) are darkened
    // on a light background and dark ones (blue) lightened on a dark one,
    // towards the contrast of body text.
    const bool darkBackground = m_backgroundColor.lightness() < 128;
    QColor color = m_color;
    if (!darkBackground && color.lightness() > 90)
        color = color.darker(100 + (color.lightness() - 90) * 2);
    else if (darkBackground && color.lightness() < 170)
        color = color.lighter(100 + (170 - color.lightness()));
    return color;
}

void ArrowItem::setBackgroundColor(const QColor &color)
{
    m_backgroundColor = color;
    update();
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

QRectF ArrowItem::headRect(const QTransform &toViewport) const
{
    // The same head as paint() draws.
    const QPointF origin = toViewport.map(QPointF(0, 0));
    const QPointF tip = toViewport.map(m_vector);
    const QPointF delta = tip - origin;
    const qreal length = std::hypot(delta.x(), delta.y());
    if (length <= 0)
        return {};
    const QPointF direction = delta / length;
    const QPointF normal(-direction.y(), direction.x());
    const qreal headLength = std::min(kHeadLength + m_lineWidth, length * 0.6);
    const QPointF headBase = tip - direction * headLength;
    const QPointF barb = normal * (headLength * 0.45);
    const QPolygonF head({tip, headBase + barb, headBase - barb});
    return head.boundingRect();
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

    const QColor color = fadedColor();
    QPen pen(color, m_lineWidth, m_style == Style::Dashed ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap);
    painter->setPen(pen);
    if (length > 0)
        painter->drawLine(origin, headBase);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    if (length > 0)
        painter->drawPath(head);

    if (m_handleVisible)
        paintHandle(painter, tip);

    if (m_current) {
        QPen ring(m_haloColor.darker(160), 2.0, Qt::DashLine);
        ring.setColor(m_ringColor);
        painter->setPen(ring);
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(tip, kHandleHitRadius, kHandleHitRadius);
    }

    if (m_hovered) {
        // Magenta is not among the word colours, so the ring is visible
        // against every arrow. It lies outside the focus ring.
        painter->setPen(QPen(QColor(200, 0, 160), 3.0));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(tip, kHandleHitRadius + 4.0, kHandleHitRadius + 4.0);
    }

    if (m_labelVisible)
        paintLabel(painter, labelRectInPixels().translated(tip));

    painter->restore();
}

void ArrowItem::paintHandle(QPainter *painter, QPointF tip) const
{
    // The ring fades with the arrow, in steps of 1/16 so that the sprite
    // below is reused for most frames of a drag.
    constexpr qreal kFadeSteps = 16.0;
    const qreal strength = std::round(m_strength * kFadeSteps) / kFadeSteps;
    const auto mix = [strength](float ink, float paper) {
        return float(strength) * ink + float(1.0 - strength) * paper;
    };
    const QColor ring = QColor::fromRgbF(mix(m_color.redF(), m_backgroundColor.redF()),
                                         mix(m_color.greenF(), m_backgroundColor.greenF()),
                                         mix(m_color.blueF(), m_backgroundColor.blueF()))
                            .darker(130);
    const QColor fill(255, 255, 255, 200);
    const qreal radius = kHandleRadius * 0.55;

    const auto drawHandle = [&](QPainter *target, QPointF centre) {
        target->setRenderHint(QPainter::Antialiasing);
        target->setPen(QPen(ring, 1.5));
        target->setBrush(fill);
        target->drawEllipse(centre, radius, radius);
    };

    // Vector output (SVG, PDF) gets a real circle.
    if (painter->paintEngine()->type() != QPaintEngine::Raster) {
        drawHandle(painter, tip);
        return;
    }

    // On screen an antialiased ellipse is the most expensive shape of an
    // arrow, so the handle is drawn into a sprite once per ring colour and
    // scale, and copied from there at the nearest device pixel.
    const qreal ratio = painter->device()->devicePixelRatioF();
    const int side = int(std::ceil(2.0 * radius + 2.0));
    if (m_handleSprite.isNull() || m_handleSpriteColor != ring.rgba() ||
        m_handleSprite.devicePixelRatio() != ratio) {
        m_handleSprite = QPixmap(QSize(side, side) * ratio);
        m_handleSprite.setDevicePixelRatio(ratio);
        m_handleSprite.fill(Qt::transparent);
        QPainter spritePainter(&m_handleSprite);
        drawHandle(&spritePainter, QPointF(side / 2.0, side / 2.0));
        m_handleSpriteColor = ring.rgba();
    }
    const QPointF corner = (tip - QPointF(side / 2.0, side / 2.0)) * ratio;
    painter->drawPixmap(QPointF(std::round(corner.x()), std::round(corner.y())) / ratio, m_handleSprite);
}
