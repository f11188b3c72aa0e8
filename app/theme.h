// Light, dark and high-contrast colour schemes for the whole application.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace theme {

enum class Scheme { System, Light, Dark, HighContrast };

// Applies `scheme` to the application palette. System restores the palette
// and style the desktop gave at start-up; the others use the Fusion style,
// whose drawing follows the palette, with fixed colours.
void apply(Scheme scheme);

// The settings value of a scheme and back; unknown text gives System.
QString toSettingsValue(Scheme scheme);
Scheme fromSettingsValue(const QString &value);

} // namespace theme
