// Options for File › Export Figure: what to draw, how large, which theme.
#pragma once

#include "figure.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

// Asks for the figure options of an export to a known file format. The size
// is in CSS pixels; for PNG the image is that size times the scale factor.
// The choices are remembered between exports.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const QString &suffix, QWidget *parent = nullptr);

    FigureOptions options() const;
    // The size to pass to Figure::write(): pixels for PNG, CSS pixels else.
    QSize outputSize() const;

    void accept() override;

private:
    void updateSummary();

    QString m_suffix;
    QComboBox *m_view;
    QComboBox *m_theme;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QComboBox *m_scale;
    QCheckBox *m_transparent;
    QLabel *m_summary;
};
