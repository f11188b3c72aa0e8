#include "wordpalette.h"

#include <array>

namespace wordpalette {

QColor wordColor(int index)
{
    // Ordered so that the hard-to-see yellow comes last.
    static constexpr std::array<QRgb, kColorCount> colors = {
        0x0072B2, // blue
        0xE69F00, // orange
        0x009E73, // bluish green
        0xD55E00, // vermillion
        0xCC79A7, // reddish purple
        0x56B4E9, // sky blue
        0xF0E442, // yellow
    };
    const auto slot = static_cast<std::size_t>(index < 0 ? 0 : index) % colors.size();
    return QColor::fromRgb(colors[slot]);
}

} // namespace wordpalette
