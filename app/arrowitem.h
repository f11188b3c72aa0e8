// An arrow from the origin to a vector, drawn at a constant on-screen size.
#pragma once

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QPixmap>
#include <QPointF>
#include <QStaticText>
#include <QString>

// The item lives in scene coordinates (units of the vector space, y up), but
// its line width, head, handle and label are sized in device pixels, so they
// look the same at every zoom. The view reports its scale through
// setUnitsPerPixel() whenever the zoom changes.
class ArrowItem : public QGraphicsItem
{
public:
    enum class Style { Solid, Dashed };
    // Label position: beyond the tip, or beside the middle of the arrow (for
    // the output, whose tip often lies on a word's label).
    enum class LabelPlacement { Tip, Middle };

    explicit ArrowItem(QGraphicsItem *parent = nullptr);

    QPointF vector() const { return m_vector; }
    void setVector(QPointF vector);

    void setLabel(const QString &label);
    QString label() const { return m_label; }
    void setCaption(const QString &caption); // second, smaller line under the label
    void setColor(const QColor &color);
    void setLineWidth(qreal pixels);
    void setStyle(Style style);
    void setLabelPlacement(LabelPlacement placement);
    void setHighlighted(bool highlighted); // a halo behind the arrow and a bold label
    void setHandleVisible(bool visible);
    void setLabelVisible(bool visible); // the label still takes part in hit tests
    bool isLabelVisible() const { return m_labelVisible; }
    // A focus ring around the tip marks the word that keyboard actions move.
    void setCurrent(bool current);
    bool isCurrent() const { return m_current; }
    // A solid ring, wider than the focus ring, marks the word under the
    // pointer in another view (the heatmap or the worked steps).
    void setHovered(bool hovered);
    bool isHovered() const { return m_hovered; }
    // The label's rectangle in viewport pixels relative to the tip, for
    // placing an inline editor over it.
    QRectF labelRect() const { return labelRectInPixels(); }

    // Candidate positions of the label, in pixels relative to the tip.
    // Candidate 0 is beyond the tip. The others go round the tip, beside the
    // arrow before behind it, and then round again further out. A label
    // beside the middle (the output's) has only candidate 0. The view picks
    // one so that labels do not overlap.
    static constexpr int kLabelCandidates = 14;
    int labelCandidateCount() const;
    // The bounding box of the arrowhead in viewport pixels, for keeping
    // labels off it; empty for the zero vector, which has no head.
    QRectF headRect(const QTransform &toViewport) const;
    QRectF labelCandidateRect(int candidate) const;
    void setLabelCandidate(int candidate);
    int labelCandidate() const { return m_labelCandidate; }

    // Strength from 0 (faint) to 1 (full colour) of the line, head and label:
    // the colour is mixed towards the background colour. Opaque mixing, not
    // alpha or QGraphicsItem::setOpacity(), because translucent antialiased
    // strokes draw about six times slower in Qt's raster engine.
    void setStrength(qreal strength);
    void setBackgroundColor(const QColor &color);
    qreal strength() const { return m_strength; }
    void setFont(const QFont &font);
    QFont font() const { return m_font; }
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
    static constexpr qreal kMaxLabelWidth = 220.0;  // pixels; longer labels are elided

private:
    // The label's rectangle in pixels, relative to the tip, on the side the
    // arrow points to so it never covers the head.
    QRectF labelRectInPixels() const;
    QPointF pixelsToScene(QPointF offset) const;
    // Derives the bold and caption fonts and their metrics from m_font.
    void updateFonts();
    // Measures the label and caption; called when either or the font changes.
    void updateLabelSize();
    void paintLabel(QPainter *painter, const QRectF &box);
    void paintHandle(QPainter *painter, QPointF tip) const;
    QColor fadedColor() const;
    QColor labelColor() const;

    QPointF m_vector;
    QString m_label;
    QString m_shownLabel; // m_label, elided to kMaxLabelWidth
    QString m_caption;
    QColor m_color = Qt::black;
    QColor m_haloColor = QColor(255, 200, 0, 150);
    QFont m_font;
    QFont m_boldFont;
    QFont m_captionFont;
    QFontMetricsF m_boldMetrics{QFont()};
    QFontMetricsF m_captionMetrics{QFont()};
    QSizeF m_labelSize;          // pixels, label and caption stacked
    qreal m_labelLineHeight = 0; // pixels, height of the label's line
    qreal m_lineWidth = 2.5;
    qreal m_unitsPerPixel = 0.01;
    Style m_style = Style::Solid;
    LabelPlacement m_labelPlacement = LabelPlacement::Tip;
    int m_labelCandidate = 0;
    bool m_highlighted = false;
    bool m_handleVisible = true;
    bool m_labelVisible = true;
    bool m_current = false;
    bool m_hovered = false;
    QColor m_ringColor = QColor(0, 120, 215);
    qreal m_strength = 1.0;
    // The tip's handle as drawn last, and the ring colour it was drawn in.
    mutable QPixmap m_handleSprite;
    mutable QRgb m_handleSpriteColor = 0;
    QColor m_backgroundColor = Qt::white;
    QStaticText m_labelText;
    QStaticText m_captionText;
    bool m_labelTextValid = false;
    bool m_labelTextBold = false;
};
