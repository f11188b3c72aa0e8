// Greedy placement of text labels that must not overlap.
#pragma once

#include <QRectF>

#include <vector>

// Places labels one after another, each at the first of its candidate
// rectangles that overlaps no obstacle and no label placed before it. When
// every candidate overlaps, the one with the least overlapping area wins.
// A layout of k labels with c candidates against m obstacles costs
// O(c·k·(k + m)) rectangle tests, and clear() keeps the memory, so a layout
// per frame allocates nothing after the first.
class LabelPlacer
{
public:
    // Pixels kept free around each placed label, so neighbours do not touch.
    static constexpr qreal kPadding = 2.0;

    // Forgets the obstacles and placed labels of the previous layout.
    void clear() { m_taken.clear(); }

    // The area labels should stay inside, such as the viewport. The part of
    // a candidate outside it counts as overlap. Empty, the default, means
    // no bounds.
    void setBounds(const QRectF &bounds) { m_bounds = bounds; }

    // Adds a rectangle that labels placed later must avoid, such as a tick
    // number.
    void addObstacle(const QRectF &rect) { m_taken.push_back(rect); }

    // Chooses among `count` candidates, produced on demand by
    // `candidateAt(index)`, marks the chosen rectangle as taken and returns
    // its index.
    template<typename CandidateAt>
    int place(int count, CandidateAt candidateAt)
    {
        int best = 0;
        qreal bestOverlap = -1.0;
        QRectF bestRect;
        for (int index = 0; index < count; ++index) {
            const QRectF rect = candidateAt(index);
            const qreal overlap = overlapArea(rect.adjusted(-kPadding, -kPadding, kPadding, kPadding));
            if (bestOverlap < 0.0 || overlap < bestOverlap) {
                best = index;
                bestOverlap = overlap;
                bestRect = rect;
            }
            if (overlap == 0.0)
                break;
        }
        if (count > 0)
            m_taken.push_back(bestRect);
        return best;
    }

private:
    // Returns the summed area that `rect` shares with the taken rectangles,
    // plus its area outside the bounds.
    qreal overlapArea(const QRectF &rect) const;

    std::vector<QRectF> m_taken;
    QRectF m_bounds;
};
