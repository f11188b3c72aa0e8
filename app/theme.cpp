#include "theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace theme {

namespace {

// The desktop's style and palette, captured before the first change.
struct Original
{
    QString styleName;
    QPalette palette;
};

Original &original()
{
    static Original saved{QApplication::style()->name(), QApplication::palette()};
    return saved;
}

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor text(0xe8, 0xe8, 0xe8);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe0));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Mid, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return palette;
}

// Black on white with pure black lines for projectors in bright rooms:
// every text and frame colour is at the maximum contrast of 21:1.
QPalette highContrastPalette()
{
    QPalette palette;
    for (const QPalette::ColorRole role :
         {QPalette::Window, QPalette::Base, QPalette::Button, QPalette::AlternateBase, QPalette::ToolTipBase})
        palette.setColor(role, Qt::white);
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText, QPalette::Mid,
          QPalette::Dark, QPalette::Shadow})
        palette.setColor(role, Qt::black);
    palette.setColor(QPalette::Highlight, Qt::black);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return palette;
}

} // namespace

void apply(Scheme scheme)
{
    // Until a scheme is chosen the desktop's style is in place, and setting
    // it again would only cost start-up time.
    static bool changed = false;
    if (scheme == Scheme::System && !changed)
        return;
    changed = true;

    const Original &desktop = original();
    if (scheme == Scheme::System) {
        QApplication::setStyle(QStyleFactory::create(desktop.styleName));
        QApplication::setPalette(desktop.palette);
        return;
    }

    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    switch (scheme) {
    case Scheme::Light:
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Scheme::Dark:
        QApplication::setPalette(darkPalette());
        break;
    case Scheme::HighContrast:
        QApplication::setPalette(highContrastPalette());
        break;
    case Scheme::System:
        break;
    }
}

QString toSettingsValue(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Light:
        return QStringLiteral("light");
    case Scheme::Dark:
        return QStringLiteral("dark");
    case Scheme::HighContrast:
        return QStringLiteral("high-contrast");
    case Scheme::System:
        break;
    }
    return QStringLiteral("system");
}

Scheme fromSettingsValue(const QString &value)
{
    if (value == QLatin1String("light"))
        return Scheme::Light;
    if (value == QLatin1String("dark"))
        return Scheme::Dark;
    if (value == QLatin1String("high-contrast"))
        return Scheme::HighContrast;
    return Scheme::System;
}

} // namespace theme
