#include "labelplacer.h"

qreal LabelPlacer::overlapArea(const QRectF &rect) const
{
    qreal area = 0.0;
    for (const QRectF &taken : m_taken) {
        const QRectF shared = rect.intersected(taken);
        if (!shared.isEmpty())
            area += shared.width() * shared.height();
    }
    return area;
}
