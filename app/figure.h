// Figures for slides and handouts: the canvas and the chart as PNG, SVG, PDF
// or TikZ, drawn by the same widgets as the window.
#pragma once

#include "scenemodel.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

#include <memory>

class QPainter;
class QWidget;

struct FigureOptions
{
    enum class View { Figure, Canvas, Chart }; // canvas and chart side by side, or one of them
    enum class Theme { Light, Dark };

    View view = View::Figure;
    Theme theme = Theme::Light;
    bool transparent = false; // PNG and SVG only
};

// Lays out the figure's widgets off screen (they never appear as a window)
// for a copy of a scene and draws them onto an image, an SVG or a PDF.
class Figure
{
    Q_DECLARE_TR_FUNCTIONS(Figure)

public:
    // The layout size that text and arrows are designed for; an image of
    // another size is drawn at this layout, scaled.
    static constexpr QSize kReferenceSize{1200, 675};

    Figure(const Scene &scene, const FigureOptions &options);
    ~Figure();

    // Draws the figure into an image of exactly `pixels`, with the scene in
    // a PNG text chunk and the dots-per-metre set for 96 dpi at scale 1.
    QImage toImage(QSize pixels) const;

    // Writes by the file's extension: .png (exactly `size` pixels), .svg and
    // .pdf (vector, `size` in CSS pixels), .tex (TikZ, size ignored).
    // Returns false with a sentence naming the file in `error`.
    bool write(const QString &path, QSize size, QString *error) const;

    static bool isSupportedExtension(const QString &suffix);

private:
    QByteArray toSvg(QSize size) const;
    bool writePdf(const QString &path, QSize size, QString *error) const;
    void render(QPainter *painter, QSize layoutSize) const;

    Scene m_scene;
    FigureOptions m_options;
    std::unique_ptr<SceneModel> m_model;
    std::unique_ptr<QWidget> m_widget;
};
