#include "controlspanel.h"

#include "scenemodel.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>
#include <iterator>
#include <numbers>

namespace {

Eigen::MatrixXd identity()
{
    return Eigen::MatrixXd::Identity(2, 2);
}

Eigen::MatrixXd rotation(double degrees)
{
    const double radians = degrees * std::numbers::pi / 180.0;
    Eigen::MatrixXd r(2, 2);
    r << std::cos(radians), -std::sin(radians), //
        std::sin(radians), std::cos(radians);
    // cos 90° is 6e-17, not 0: round to the nine decimals nudges use too.
    return (r * 1e9).array().round().matrix() / 1e9;
}

Eigen::MatrixXd fullMatrix(const Eigen::MatrixXd &matrix)
{
    return matrix.size() == 0 ? identity() : matrix;
}

// Merge keys of settings commands; temperature drags count up from 1000.
constexpr int kMatrixMergeKeyBase = 10;

// Indexed by int(ControlsPanel::Projection).
const char *const kMatrixNames[] = {"W_Q", "W_K", "W_V"};

} // namespace

int ControlsPanel::sliderPosition(double temperature)
{
    const double span = std::log(kMaxTemperature / kMinTemperature);
    const double position = std::log(temperature / kMinTemperature) / span * kSliderSteps;
    return int(std::lround(std::clamp(position, 0.0, double(kSliderSteps))));
}

double ControlsPanel::steppedTemperature(double temperature, int direction)
{
    static constexpr double steps[] = {0.05, 0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0, 20.0};
    static_assert(steps[0] == kMinTemperature && steps[std::size(steps) - 1] == kMaxTemperature);

    // A value off the series (2.5, from the slider) steps to its neighbour in
    // the series; one on it (up to rounding) steps past itself.
    const double tolerance = 1e-9 * temperature;
    if (direction > 0) {
        for (const double step : steps) {
            if (step > temperature + tolerance)
                return step;
        }
    } else {
        for (auto step = std::rbegin(steps); step != std::rend(steps); ++step) {
            if (*step < temperature - tolerance)
                return *step;
        }
    }
    return temperature;
}

double ControlsPanel::temperatureAt(int sliderPosition)
{
    // T = T_min · (T_max / T_min)^(position / steps), rounded to three
    // significant digits so the box shows what the slider set.
    const double t =
        kMinTemperature * std::pow(kMaxTemperature / kMinTemperature, double(sliderPosition) / kSliderSteps);
    const double magnitude = std::pow(10.0, std::floor(std::log10(t)) - 2);
    return std::round(t / magnitude) * magnitude;
}

ControlsPanel::ControlsPanel(SceneModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_scaling(new QCheckBox)
    , m_sqrtLabel(new QLabel)
    , m_temperatureSlider(new QSlider(Qt::Horizontal))
    , m_temperatureBox(new QDoubleSpinBox)
    , m_causal(new QCheckBox)
    , m_showProjections(new QCheckBox)
{
    setObjectName(QStringLiteral("controlsPanel"));

    m_scaling->setObjectName(QStringLiteral("scalingCheck"));
    connect(m_scaling, &QCheckBox::toggled, this, &ControlsPanel::setScaling);

    m_temperatureSlider->setObjectName(QStringLiteral("temperatureSlider"));
    m_temperatureSlider->setRange(0, kSliderSteps);
    m_temperatureSlider->setPageStep(kSliderSteps / 20);
    m_temperatureBox->setObjectName(QStringLiteral("temperatureBox"));
    m_temperatureBox->setRange(kMinTemperature, kMaxTemperature);
    m_temperatureBox->setDecimals(2);
    m_temperatureBox->setSingleStep(0.05);
    m_temperatureBox->setAccelerated(true);
    connect(m_temperatureSlider, &QSlider::sliderPressed, this, [this] { ++m_temperatureMergeKey; });
    connect(m_temperatureSlider, &QSlider::valueChanged, this,
            [this](int position) { setTemperature(temperatureAt(position), m_temperatureMergeKey); });
    connect(m_temperatureBox, &QDoubleSpinBox::valueChanged, this,
            [this](double t) { setTemperature(t, 0); });

    m_causal->setObjectName(QStringLiteral("causalCheck"));
    connect(m_causal, &QCheckBox::toggled, this, &ControlsPanel::setCausal);

    m_showProjections->setObjectName(QStringLiteral("showProjectionsCheck"));
    connect(m_showProjections, &QCheckBox::toggled, this, &ControlsPanel::showProjectionsChanged);

    auto *scalingBox = new QGroupBox;
    scalingBox->setObjectName(QStringLiteral("scalingGroup"));
    auto *scalingLayout = new QVBoxLayout(scalingBox);
    scalingLayout->addWidget(m_scaling);
    scalingLayout->addWidget(m_sqrtLabel);

    auto *temperatureGroup = new QGroupBox;
    temperatureGroup->setObjectName(QStringLiteral("temperatureGroup"));
    auto *temperatureLayout = new QHBoxLayout(temperatureGroup);
    temperatureLayout->addWidget(m_temperatureSlider, 1);
    temperatureLayout->addWidget(m_temperatureBox);

    auto *maskGroup = new QGroupBox;
    maskGroup->setObjectName(QStringLiteral("maskGroup"));
    auto *maskLayout = new QVBoxLayout(maskGroup);
    maskLayout->addWidget(m_causal);

    auto *projectionGroup = new QGroupBox;
    projectionGroup->setObjectName(QStringLiteral("projectionGroup"));
    auto *projectionLayout = new QVBoxLayout(projectionGroup);
    for (const Projection which : {Projection::Query, Projection::Key, Projection::Value})
        projectionLayout->addWidget(createMatrixEditor(which));
    auto *resetButton = new QPushButton;
    resetButton->setObjectName(QStringLiteral("resetProjectionsButton"));
    connect(resetButton, &QPushButton::clicked, this, &ControlsPanel::resetProjections);
    projectionLayout->addWidget(resetButton);
    projectionLayout->addWidget(m_showProjections);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scalingBox);
    layout->addWidget(temperatureGroup);
    layout->addWidget(maskGroup);
    layout->addWidget(projectionGroup);
    layout->addStretch(1);

    connect(m_model, &SceneModel::settingsChanged, this, &ControlsPanel::updateFromModel);
    retranslate();
    updateFromModel();
}

QWidget *ControlsPanel::createMatrixEditor(Projection which)
{
    const int slot = int(which);
    auto *editor = new QWidget;
    auto *grid = new QGridLayout(editor);
    grid->setContentsMargins(0, 0, 0, 0);

    const QString matrixName = QString::fromLatin1(kMatrixNames[slot]);
    auto *name = new QLabel(matrixName);
    name->setObjectName(QStringLiteral("matrixName%1").arg(slot));
    grid->addWidget(name, 0, 0, 2, 1);

    for (int entry = 0; entry < 4; ++entry) {
        auto *box = new QDoubleSpinBox;
        box->setObjectName(QStringLiteral("matrix%1_%2%3").arg(matrixName).arg(entry / 2).arg(entry % 2));
        box->setRange(-attention::kProjectionLimit, attention::kProjectionLimit);
        box->setDecimals(3);
        box->setSingleStep(0.1);
        box->setKeyboardTracking(false);
        connect(box, &QDoubleSpinBox::valueChanged, this, [this, which, slot, matrixName] {
            Eigen::MatrixXd matrix(2, 2);
            for (int i = 0; i < 4; ++i)
                matrix(i / 2, i % 2) = m_matrixBoxes[slot][i]->value();
            setProjection(
                which, matrix, [matrixName] { return tr("Edit %1").arg(matrixName); },
                kMatrixMergeKeyBase + slot);
        });
        m_matrixBoxes[slot][entry] = box;
        grid->addWidget(box, entry / 2, 1 + entry % 2);
    }

    // Presets: the common transformations a lecturer wants to show.
    auto *presets = new QToolButton;
    presets->setObjectName(QStringLiteral("presets%1").arg(slot));
    presets->setText(tr("Presets"));
    presets->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(presets);
    menu->setObjectName(QStringLiteral("presetMenu%1").arg(slot));
    m_presetMenus[slot] = menu;
    // The preset names are translated where they are shown, so that menu
    // entries and undo texts follow a language switch.
    const auto addPreset = [this, menu, which, matrixName](const char *name, const Eigen::MatrixXd &matrix) {
        QAction *action = menu->addAction(tr(name));
        action->setData(QByteArray(name)); // the source text, for retranslate()
        connect(action, &QAction::triggered, this, [this, which, matrix, name, matrixName] {
            setProjection(which, matrix,
                          [name, matrixName] { return tr("Set %1 to %2").arg(matrixName, tr(name)); });
        });
    };
    Eigen::MatrixXd swap(2, 2), projectX(2, 2);
    swap << 0, 1, 1, 0;
    projectX << 1, 0, 0, 0;
    addPreset(QT_TR_NOOP("Identity"), identity());
    addPreset(QT_TR_NOOP("Rotate by 45°"), rotation(45));
    addPreset(QT_TR_NOOP("Rotate by 90°"), rotation(90));
    addPreset(QT_TR_NOOP("Scale by 2"), identity() * 2.0);
    addPreset(QT_TR_NOOP("Scale by 0.5"), identity() * 0.5);
    addPreset(QT_TR_NOOP("Swap axes"), swap);
    addPreset(QT_TR_NOOP("Project onto x"), projectX);
    QAction *rotateByAngle = menu->addAction(tr("Rotate by an Angle…"));
    rotateByAngle->setData(QByteArray(QT_TR_NOOP("Rotate by an Angle…")));
    connect(rotateByAngle, &QAction::triggered, this, [this, which, matrixName] {
        bool ok = false;
        const double degrees = QInputDialog::getDouble(this, tr("Rotate %1").arg(matrixName),
                                                       tr("Angle in degrees:"), 30.0, -360.0, 360.0, 1, &ok);
        if (ok)
            setProjection(which, rotation(degrees), [matrixName, degrees] {
                return tr("Rotate %1 by %2°").arg(matrixName, QLocale().toString(degrees));
            });
    });
    presets->setMenu(menu);
    grid->addWidget(presets, 0, 3, 2, 1);
    return editor;
}

void ControlsPanel::retranslate()
{
    m_scaling->setText(tr("Divide scores by √d_k"));
    m_scaling->setToolTip(
        tr("Scaled dot-product attention divides q·k by the square root of the key dimension, "
           "which keeps the softmax from becoming too sharp for long vectors"));
    m_temperatureSlider->setToolTip(tr("Temperature T divides the scores: T > 1 flattens the weights, T < 1 "
                                       "sharpens them"));
    m_temperatureBox->setToolTip(m_temperatureSlider->toolTip());
    m_causal->setText(tr("Causal mask: a word sees only itself and earlier words"));
    m_causal->setToolTip(tr("As in a decoder: keys after the query get weight exactly 0"));
    m_showProjections->setText(tr("Show projected q, k, v on the canvas"));
    if (auto *group = findChild<QGroupBox *>(QStringLiteral("scalingGroup")))
        group->setTitle(tr("Scaling"));
    if (auto *group = findChild<QGroupBox *>(QStringLiteral("temperatureGroup")))
        group->setTitle(tr("Temperature"));
    if (auto *group = findChild<QGroupBox *>(QStringLiteral("maskGroup")))
        group->setTitle(tr("Mask"));
    if (auto *group = findChild<QGroupBox *>(QStringLiteral("projectionGroup"))) {
        group->setTitle(tr("Projections (q = W_Q·x, k = W_K·x, v = W_V·x)"));
        group->setToolTip(
            tr("Each matrix is applied to the word vector x as a column; identity gives q = k = v = x"));
    }
    if (auto *button = findChild<QPushButton *>(QStringLiteral("resetProjectionsButton")))
        button->setText(tr("Reset All to Identity"));
    for (QToolButton *presets : findChildren<QToolButton *>()) {
        if (presets->objectName().startsWith(QLatin1String("presets")))
            presets->setText(tr("Presets"));
    }

    // Screen readers announce these names; the visible labels are shared
    // (three "Presets") or absent (the matrix entries).
    m_temperatureSlider->setAccessibleName(tr("Temperature"));
    m_temperatureBox->setAccessibleName(tr("Temperature value"));
    for (int slot = 0; slot < 3; ++slot) {
        const QString matrixName = QString::fromLatin1(kMatrixNames[slot]);
        for (int entry = 0; entry < 4; ++entry)
            m_matrixBoxes[slot][entry]->setAccessibleName(
                tr("%1 row %2, column %3").arg(matrixName).arg(entry / 2 + 1).arg(entry % 2 + 1));
        if (auto *presets = findChild<QToolButton *>(QStringLiteral("presets%1").arg(slot)))
            presets->setAccessibleName(tr("Presets for %1").arg(matrixName));
        m_presetMenus[slot]->setTitle(tr("Presets for %1").arg(matrixName));
        for (QAction *preset : m_presetMenus[slot]->actions())
            preset->setText(tr(preset->data().toByteArray().constData()));
    }
    updateFromModel();
}

void ControlsPanel::updateFromModel()
{
    const attention::Settings &settings = m_model->attentionSettings();
    const QSignalBlocker scalingBlocker(m_scaling);
    m_scaling->setChecked(settings.scaling == attention::Scaling::SqrtKeyDimension);
    const Eigen::Index keyDimension = settings.keyProjection.size() == 0 ? 2 : settings.keyProjection.rows();
    m_sqrtLabel->setText(tr("d_k = %1, so √d_k = %2")
                             .arg(keyDimension)
                             .arg(QLocale().toString(std::sqrt(double(keyDimension)), 'f', 3)));

    {
        const QSignalBlocker sliderBlocker(m_temperatureSlider);
        const QSignalBlocker boxBlocker(m_temperatureBox);
        m_temperatureSlider->setValue(sliderPosition(settings.temperature));
        m_temperatureBox->setValue(settings.temperature);
    }
    const QSignalBlocker causalBlocker(m_causal);
    m_causal->setChecked(settings.causal);

    const Eigen::MatrixXd *matrices[] = {&settings.queryProjection, &settings.keyProjection,
                                         &settings.valueProjection};
    for (int slot = 0; slot < 3; ++slot) {
        const Eigen::MatrixXd full = fullMatrix(*matrices[slot]);
        for (int entry = 0; entry < 4; ++entry) {
            const QSignalBlocker blocker(m_matrixBoxes[slot][entry]);
            m_matrixBoxes[slot][entry]->setValue(full(entry / 2, entry % 2));
        }
    }
}

void ControlsPanel::setScaling(bool scaled)
{
    attention::Settings settings = m_model->attentionSettings();
    const attention::Scaling scaling =
        scaled ? attention::Scaling::SqrtKeyDimension : attention::Scaling::None;
    if (settings.scaling == scaling)
        return;
    settings.scaling = scaling;
    m_model->setAttentionSettings(
        settings, [scaled] { return scaled ? tr("Scale scores by √d_k") : tr("Stop scaling scores"); });
}

void ControlsPanel::setTemperature(double temperature, int mergeKey)
{
    attention::Settings settings = m_model->attentionSettings();
    if (settings.temperature == temperature)
        return;
    settings.temperature = temperature;
    m_model->setAttentionSettings(
        settings,
        [temperature] { return tr("Set temperature to %1").arg(QLocale().toString(temperature, 'g', 3)); },
        mergeKey);
}

void ControlsPanel::stepTemperature(int direction)
{
    setTemperature(steppedTemperature(m_model->attentionSettings().temperature, direction), 0);
}

void ControlsPanel::resetTemperature()
{
    setTemperature(1.0, 0);
}

void ControlsPanel::resetProjections()
{
    attention::Settings settings = m_model->attentionSettings();
    if (settings.queryProjection.size() == 0 && settings.keyProjection.size() == 0 &&
        settings.valueProjection.size() == 0)
        return;
    settings.queryProjection = settings.keyProjection = settings.valueProjection = Eigen::MatrixXd();
    m_model->setAttentionSettings(settings, [] { return tr("Reset projections to identity"); });
}

bool ControlsPanel::showsProjections() const
{
    return m_showProjections->isChecked();
}

void ControlsPanel::setShowProjections(bool show)
{
    m_showProjections->setChecked(show); // emits showProjectionsChanged() through toggled()
}

void ControlsPanel::setCausal(bool causal)
{
    attention::Settings settings = m_model->attentionSettings();
    if (settings.causal == causal)
        return;
    settings.causal = causal;
    m_model->setAttentionSettings(settings, [causal] {
        return causal ? tr("Turn on the causal mask") : tr("Turn off the causal mask");
    });
}

void ControlsPanel::setProjection(Projection which, const Eigen::MatrixXd &matrix, const UndoText &actionText,
                                  int mergeKey)
{
    attention::Settings settings = m_model->attentionSettings();
    Eigen::MatrixXd *target = which == Projection::Query
        ? &settings.queryProjection
        : (which == Projection::Key ? &settings.keyProjection : &settings.valueProjection);
    // The identity is stored as the empty matrix, as scenes written by
    // hand would leave it out.
    const Eigen::MatrixXd stored = matrix.isIdentity(0.0) ? Eigen::MatrixXd() : matrix;
    if (fullMatrix(*target) == fullMatrix(stored))
        return;
    *target = stored;
    m_model->setAttentionSettings(settings, actionText, mergeKey);
}

void ControlsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
