#include "labelplacer.h"

qreal LabelPlacer::overlapArea(const QRectF &rect) const
{
    qreal area = 0.0;
    // Checked with contains() first, because for a rectangle inside, the
    // subtraction below can leave a rounding error that would count as overlap.
    if (!m_bounds.isEmpty() && !m_bounds.contains(rect)) {
        const QRectF inside = rect.intersected(m_bounds);
        area += rect.width() * rect.height() - inside.width() * inside.height();
    }
    for (const QRectF &taken : m_taken) {
        const QRectF shared = rect.intersected(taken);
        if (!shared.isEmpty())
            area += shared.width() * shared.height();
    }
    return area;
}
