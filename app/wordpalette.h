// Colours of the words, shared by the canvas, the chart and the exports.
#pragma once

#include <QColor>

namespace wordpalette {

// Number of distinct colours before they repeat.
inline constexpr int kColorCount = 7;

// Returns the colour of word `index`: the Okabe–Ito palette (Okabe & Ito,
// "Color Universal Design", 2008), which stays distinct under the common
// colour-vision deficiencies. Black is left out so the colours read on light
// and dark backgrounds alike; from the eighth word on the colours repeat.
QColor wordColor(int index);

} // namespace wordpalette
