// An arrow from the origin to a vector, drawn at a constant on-screen size.
#pragma once

#include <QColor>
#include <QFont>
#include <QGraphicsItem>
#include <QPointF>
#include <QString>

// The item lives in scene coordinates (units of the vector space, y up), but
// its line width, head, handle and label are sized in device pixels, so they
// look the same at every zoom. The view reports its scale through
// setUnitsPerPixel() whenever the zoom changes.
class ArrowItem : public QGraphicsItem
{
public:
    enum class Style { Solid, Dashed };

    explicit ArrowItem(QGraphicsItem *parent = nullptr);

    QPointF vector() const { return m_vector; }
    void setVector(QPointF vector);

    void setLabel(const QString &label);
    QString label() const { return m_label; }
    void setCaption(const QString &caption); // second, smaller line under the label
    void setColor(const QColor &color);
    void setLineWidth(qreal pixels);
    void setStyle(Style style);
    void setHighlighted(bool highlighted); // a halo behind the arrow and a bold label
    void setHandleVisible(bool visible);
    void setFont(const QFont &font);
    void setHaloColor(const QColor &color);
    void setUnitsPerPixel(qreal unitsPerPixel);

    // True when `scenePoint` is on the tip's drag handle.
    bool isOnHandle(QPointF scenePoint) const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    static constexpr qreal kHandleRadius = 7.0;     // pixels
    static constexpr qreal kHandleHitRadius = 12.0; // pixels; larger than drawn, for touch and pens
    static constexpr qreal kHeadLength = 13.0;      // pixels
    static constexpr qreal kLabelGap = 8.0;         // pixels between the tip and the label

private:
    // The label's rectangle in pixels, relative to the tip, on the side the
    // arrow points to so it never covers the head.
    QRectF labelRectInPixels() const;
    QPointF pixelsToScene(QPointF offset) const;
    void updateGeometry();

    QPointF m_vector;
    QString m_label;
    QString m_caption;
    QColor m_color = Qt::black;
    QColor m_haloColor = QColor(255, 200, 0, 150);
    QFont m_font;
    qreal m_lineWidth = 2.5;
    qreal m_unitsPerPixel = 0.01;
    Style m_style = Style::Solid;
    bool m_highlighted = false;
    bool m_handleVisible = true;
};
