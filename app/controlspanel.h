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
class QMenu;
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

    // Returns the step after `temperature` in the 1-2-5 series from
    // kMinTemperature to kMaxTemperature (0.05, 0.1, 0.2, 0.5, 1, 2, …, 20).
    // A positive `direction` steps up, any other down. At the end of the
    // series it returns `temperature` itself.
    static double steppedTemperature(double temperature, int direction);

    enum class Projection { Query, Key, Value };

    // The menu of the Presets button of `which`, which the main window also
    // lists under Attention.
    QMenu *presetMenu(Projection which) const { return m_presetMenus[int(which)]; }

    bool showsProjections() const;

public slots:
    // Each change below is one undo step.
    void setScaling(bool scaled);
    void setCausal(bool causal);
    // Moves the temperature one step of steppedTemperature().
    void stepTemperature(int direction);
    void resetTemperature();
    void resetProjections();
    // Not a setting of the scene, so no undo step: a view toggle.
    void setShowProjections(bool show);

signals:
    // The "show projected vectors" toggle, for the canvas.
    void showProjectionsChanged(bool show);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateFromModel();
    void retranslate();
    void setTemperature(double temperature, int mergeKey);
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
    std::array<QMenu *, 3> m_presetMenus{};

    // Each slider drag gets its own merge key, so one drag is one undo step
    // and two drags are two.
    int m_temperatureMergeKey = 1000;
};
