// Attention controls: scaling, temperature, causal mask and the Q/K/V
// projections, each change one undo step on the scene model.
#pragma once

#include "scenemodel.h"

#include <Eigen/Core>

#include <QWidget>

#include <array>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QSlider;

class ControlsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ControlsPanel(SceneModel *model, QWidget *parent = nullptr);

    // The temperature slider covers kMinTemperature..kMaxTemperature on a
    // logarithmic scale in kSliderSteps steps.
    static constexpr double kMinTemperature = 0.05;
    static constexpr double kMaxTemperature = 20.0;
    static constexpr int kSliderSteps = 1000;
    static int sliderPosition(double temperature);
    static double temperatureAt(int sliderPosition);

    enum class Projection { Query, Key, Value };

signals:
    // The "show projected vectors" toggle, for the canvas.
    void showProjectionsChanged(bool show);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateFromModel();
    void retranslate();
    void setScaling(bool scaled);
    void setTemperature(double temperature, int mergeKey);
    void setCausal(bool causal);
    // Presets pass mergeKey 0 (one step each); the entry boxes pass a key per
    // matrix, so a run of spin-box clicks is one step.
    void setProjection(Projection which, const Eigen::MatrixXd &matrix, const UndoText &actionText,
                       int mergeKey = 0);
    QWidget *createMatrixEditor(Projection which);

    SceneModel *m_model;
    QCheckBox *m_scaling;
    QLabel *m_sqrtLabel;
    QSlider *m_temperatureSlider;
    QDoubleSpinBox *m_temperatureBox;
    QCheckBox *m_causal;
    QCheckBox *m_showProjections;
    std::array<std::array<QDoubleSpinBox *, 4>, 3> m_matrixBoxes{};

    // Each slider drag gets its own merge key, so one drag is one undo step
    // and two drags are two.
    int m_temperatureMergeKey = 1000;
};
