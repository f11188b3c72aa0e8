// Attention controls driven through the real widgets of the main window.
#include "arrowitem.h"
#include "attentionchart.h"
#include "canvasview.h"
#include "controlspanel.h"
#include "language.h"
#include "mainwindow.h"
#include "scenemodel.h"

#include <QAction>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QMenu>
#include <QSettings>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

namespace {

attention::QueryResult coreRow(const SceneModel &model)
{
    Eigen::MatrixXd words(model.wordCount(), 2);
    for (int i = 0; i < model.wordCount(); ++i)
        words.row(i) << model.words().at(i).vector.x(), model.words().at(i).vector.y();
    return attention::computeQuery(words, model.attentionSettings(), model.queryIndex());
}

} // namespace

class TestControlsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void scalingCheckBox();
    void temperatureBoxAndSlider();
    void temperatureCannotReachZero();
    void sliderMapsLogarithmically();
    void causalCheckBox();
    void valueProjectionMovesOutputOnly();
    void projectionArrowsShown();
    void settingsRoundTripThroughFile();
    void controlsHaveAccessibleNames();
    void menuTogglesFollowCheckBoxes();
    void temperatureKeysStepOneUndoEach();
    void temperatureStepsFollowSeries();
    void presetMenuAndResetKey();

private:
    bool chartMatchesCore() const;

    QTemporaryDir m_settingsDir;
    MainWindow *m_window = nullptr;
    SceneModel *m_model = nullptr;
};

void TestControlsPanel::initTestCase()
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("AttentionExplorerTests"));
    QLocale::setDefault(QLocale::c());
}

void TestControlsPanel::init()
{
    m_window = new MainWindow;
    m_window->resize(1280, 720);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_model = m_window->model();
}

void TestControlsPanel::cleanup()
{
    m_model->undoStack()->setClean();
    delete m_window;
}

bool TestControlsPanel::chartMatchesCore() const
{
    const attention::QueryResult row = coreRow(*m_model);
    const QList<double> bars = m_window->chart()->barValues();
    if (bars.size() != row.weights.size())
        return false;
    for (int j = 0; j < bars.size(); ++j) {
        const double expected = row.isMasked(j) ? 0.0 : row.weights(j);
        if (std::abs(bars[j] - expected) > 1e-12)
            return false;
    }
    return true;
}

void TestControlsPanel::scalingCheckBox()
{
    auto *scaling = m_window->findChild<QCheckBox *>(QStringLiteral("scalingCheck"));
    QVERIFY(scaling);
    QVERIFY(scaling->isChecked());
    const QList<double> before = m_window->chart()->barValues();

    // Space toggles a focused check box, as a keyboard user would.
    scaling->setFocus();
    QTest::keyClick(scaling, Qt::Key_Space);
    QCOMPARE(m_model->attentionSettings().scaling, attention::Scaling::None);
    QTRY_VERIFY(m_window->chart()->barValues() != before);
    QTRY_VERIFY(chartMatchesCore());

    // Without scaling the weights are sharper: cat's weight grows.
    QVERIFY(m_window->chart()->barValues().at(0) > before.at(0));

    m_model->undoStack()->undo();
    QVERIFY(scaling->isChecked());
    QTRY_COMPARE(m_window->chart()->barValues(), before);
}

void TestControlsPanel::temperatureBoxAndSlider()
{
    auto *box = m_window->findChild<QDoubleSpinBox *>(QStringLiteral("temperatureBox"));
    auto *slider = m_window->findChild<QSlider *>(QStringLiteral("temperatureSlider"));
    QVERIFY(box && slider);
    QCOMPARE(box->value(), 1.0);

    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, QStringLiteral("0.5"));
    QTest::keyClick(box, Qt::Key_Return);
    QCOMPARE(m_model->attentionSettings().temperature, 0.5);
    QCOMPARE(slider->value(), ControlsPanel::sliderPosition(0.5));
    QTRY_VERIFY(chartMatchesCore());

    // Keyboard steps on the slider raise T; the weights flatten.
    const int stepsBefore = m_model->undoStack()->count();
    slider->setFocus();
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(slider, Qt::Key_PageUp);
    QVERIFY(m_model->attentionSettings().temperature > 0.5);
    QCOMPARE(box->value(), m_model->attentionSettings().temperature);
    QCOMPARE(m_model->undoStack()->count(), stepsBefore + 1); // one merged step
    QTRY_VERIFY(chartMatchesCore());
}

void TestControlsPanel::temperatureCannotReachZero()
{
    auto *box = m_window->findChild<QDoubleSpinBox *>(QStringLiteral("temperatureBox"));
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, QStringLiteral("0"));
    QTest::keyClick(box, Qt::Key_Return);
    QVERIFY(m_model->attentionSettings().temperature >= ControlsPanel::kMinTemperature);

    attention::Settings invalid = m_model->attentionSettings();
    invalid.temperature = 0.0;
    QVERIFY(!m_model->setAttentionSettings(invalid, [] { return QStringLiteral("invalid"); }));
    QVERIFY(m_model->attentionSettings().temperature > 0.0);
}

void TestControlsPanel::sliderMapsLogarithmically()
{
    QCOMPARE(ControlsPanel::temperatureAt(0), 0.05);
    QCOMPARE(ControlsPanel::temperatureAt(ControlsPanel::kSliderSteps), 20.0);
    QCOMPARE(ControlsPanel::sliderPosition(0.05), 0);
    QCOMPARE(ControlsPanel::sliderPosition(20.0), ControlsPanel::kSliderSteps);
    // The geometric middle of 0.05 and 20 is 1.
    QCOMPARE(ControlsPanel::temperatureAt(ControlsPanel::kSliderSteps / 2), 1.0);
    for (const double t : {0.1, 0.5, 1.0, 2.0, 7.5})
        QVERIFY(std::abs(ControlsPanel::temperatureAt(ControlsPanel::sliderPosition(t)) - t) / t < 0.01);
}

void TestControlsPanel::causalCheckBox()
{
    auto *causal = m_window->findChild<QCheckBox *>(QStringLiteral("causalCheck"));
    QVERIFY(causal);
    m_model->setQuery(2);
    QTest::mouseClick(causal, Qt::LeftButton);
    QVERIFY(m_model->attentionSettings().causal);

    QTRY_VERIFY(chartMatchesCore());
    const QList<double> bars = m_window->chart()->barValues();
    QCOMPARE(bars.at(3), 0.0);
    QCOMPARE(bars.at(4), 0.0);
    QVERIFY(std::abs(bars.at(0) + bars.at(1) + bars.at(2) - 1.0) < 1e-12);
    QVERIFY(m_window->chart()->barLabels().at(4).contains(QStringLiteral("masked")));
}

void TestControlsPanel::valueProjectionMovesOutputOnly()
{
    const attention::QueryResult before = coreRow(*m_model);
    auto *presets = m_window->findChild<QToolButton *>(QStringLiteral("presets2"));
    QVERIFY(presets && presets->menu());
    QAction *rotate90 = nullptr;
    for (QAction *action : presets->menu()->actions()) {
        if (action->text().contains(QStringLiteral("90")))
            rotate90 = action;
    }
    QVERIFY(rotate90);
    rotate90->trigger();

    const attention::QueryResult after = coreRow(*m_model);
    QVERIFY((after.weights - before.weights).cwiseAbs().maxCoeff() == 0.0);
    // W_V rotates the output by 90°: (x, y) becomes (−y, x).
    QVERIFY(std::abs(after.output(0) + before.output(1)) < 1e-9);
    QVERIFY(std::abs(after.output(1) - before.output(0)) < 1e-9);

    auto *entry = m_window->findChild<QDoubleSpinBox *>(QStringLiteral("matrixW_V_01"));
    QVERIFY(entry);
    QCOMPARE(entry->value(), -1.0);
    QTRY_VERIFY(std::abs(m_window->canvas()->outputArrow()->vector().x() - after.output(0)) < 1e-9);
}

void TestControlsPanel::projectionArrowsShown()
{
    auto *show = m_window->findChild<QCheckBox *>(QStringLiteral("showProjectionsCheck"));
    QVERIFY(show);
    QTest::mouseClick(show, Qt::LeftButton);
    QTRY_VERIFY(m_window->canvas()->showsProjections());

    attention::Settings settings = m_model->attentionSettings();
    settings.keyProjection = Eigen::MatrixXd::Identity(2, 2) * 2.0;
    QVERIFY(m_model->setAttentionSettings(settings, [] { return QStringLiteral("W_K"); }));
    // q, then k and v for each of the five words.
    QTRY_COMPARE(m_window->canvas()->projectionArrows().size(), 11);
    QTRY_COMPARE(m_window->canvas()->projectionArrows().at(1)->vector(), QPointF(2.0, 0.0)); // k of cat

    QTest::mouseClick(show, Qt::LeftButton);
    QTRY_COMPARE(m_window->canvas()->projectionArrows().size(), 0);
}

void TestControlsPanel::settingsRoundTripThroughFile()
{
    auto *causal = m_window->findChild<QCheckBox *>(QStringLiteral("causalCheck"));
    QTest::mouseClick(causal, Qt::LeftButton);
    attention::Settings settings = m_model->attentionSettings();
    settings.temperature = 2.5;
    settings.queryProjection = Eigen::MatrixXd::Identity(2, 2) * -1.0;
    QVERIFY(m_model->setAttentionSettings(settings, [] { return QStringLiteral("change"); }));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.json"));
    QVERIFY(m_window->saveSceneAs(path));
    m_window->newScene();
    QVERIFY(!causal->isChecked());
    QVERIFY(m_window->openScene(path));
    QVERIFY(causal->isChecked());
    QCOMPARE(m_model->attentionSettings().temperature, 2.5);
    QCOMPARE(m_model->attentionSettings().queryProjection, settings.queryProjection);
    auto *box = m_window->findChild<QDoubleSpinBox *>(QStringLiteral("temperatureBox"));
    QCOMPARE(box->value(), 2.5);
}

void TestControlsPanel::controlsHaveAccessibleNames()
{
    const auto accessibleName = [this](const QString &objectName) {
        const auto *widget = m_window->findChild<QWidget *>(objectName);
        return widget ? widget->accessibleName() : QStringLiteral("<no %1>").arg(objectName);
    };

    // Each matrix entry by its row and column, counted from 1 as in maths.
    const QStringList matrices = {QStringLiteral("W_Q"), QStringLiteral("W_K"), QStringLiteral("W_V")};
    for (const QString &matrix : matrices) {
        for (int row = 0; row < 2; ++row) {
            for (int column = 0; column < 2; ++column) {
                const QString objectName = QStringLiteral("matrix%1_%2%3").arg(matrix).arg(row).arg(column);
                QCOMPARE(accessibleName(objectName),
                         QStringLiteral("%1 row %2, column %3").arg(matrix).arg(row + 1).arg(column + 1));
            }
        }
    }
    QCOMPARE(accessibleName(QStringLiteral("presets0")), QStringLiteral("Presets for W_Q"));
    QCOMPARE(accessibleName(QStringLiteral("presets1")), QStringLiteral("Presets for W_K"));
    QCOMPARE(accessibleName(QStringLiteral("presets2")), QStringLiteral("Presets for W_V"));
    QCOMPARE(accessibleName(QStringLiteral("temperatureSlider")), QStringLiteral("Temperature"));
    QCOMPARE(accessibleName(QStringLiteral("temperatureBox")), QStringLiteral("Temperature value"));

    // No two controls of the panel share a name, or a screen reader could
    // not tell them apart.
    auto *panel = m_window->findChild<ControlsPanel *>(QStringLiteral("controlsPanel"));
    QVERIFY(panel);
    QStringList names;
    for (const QWidget *widget : panel->findChildren<QWidget *>()) {
        if (qobject_cast<const QAbstractSpinBox *>(widget) || qobject_cast<const QAbstractSlider *>(widget) ||
            qobject_cast<const QToolButton *>(widget)) {
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
            QVERIFY2(!names.contains(widget->accessibleName()), qPrintable(widget->accessibleName()));
            names.append(widget->accessibleName());
        }
    }
    QCOMPARE(names.size(), 17);

    language::install(QStringLiteral("de"));
    QTRY_COMPARE(accessibleName(QStringLiteral("matrixW_K_10")), QStringLiteral("W_K Zeile 2, Spalte 1"));
    QCOMPARE(accessibleName(QStringLiteral("presets2")), QStringLiteral("Vorlagen für W_V"));
    QCOMPARE(accessibleName(QStringLiteral("temperatureSlider")), QStringLiteral("Temperatur"));
    language::install(QStringLiteral("en"));
    QTRY_COMPARE(accessibleName(QStringLiteral("presets2")), QStringLiteral("Presets for W_V"));
    QLocale::setDefault(QLocale::c());
}

namespace {

QAction *actionNamed(const MainWindow *window, const QString &objectName)
{
    return window->findChild<QAction *>(objectName);
}

} // namespace

void TestControlsPanel::menuTogglesFollowCheckBoxes()
{
    auto *scalingCheck = m_window->findChild<QCheckBox *>(QStringLiteral("scalingCheck"));
    auto *causalCheck = m_window->findChild<QCheckBox *>(QStringLiteral("causalCheck"));
    auto *projectionsCheck = m_window->findChild<QCheckBox *>(QStringLiteral("showProjectionsCheck"));
    QAction *scaling = actionNamed(m_window, QStringLiteral("scalingAction"));
    QAction *causal = actionNamed(m_window, QStringLiteral("causalAction"));
    QAction *projections = actionNamed(m_window, QStringLiteral("showProjectionsAction"));
    QVERIFY(scalingCheck && causalCheck && projectionsCheck);
    QVERIFY(scaling && causal && projections);
    QVERIFY(scaling->isChecked());
    QVERIFY(!causal->isChecked());
    QVERIFY(!projections->isChecked());
    const int stepsBefore = m_model->undoStack()->count();

    // Menu keys change the model, and the dock's check boxes follow.
    QTest::keyClick(m_window, Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(m_model->attentionSettings().scaling, attention::Scaling::None);
    QVERIFY(!scaling->isChecked());
    QVERIFY(!scalingCheck->isChecked());
    QTest::keyClick(m_window, Qt::Key_M, Qt::ControlModifier);
    QVERIFY(m_model->attentionSettings().causal);
    QVERIFY(causal->isChecked());
    QVERIFY(causalCheck->isChecked());
    QCOMPARE(m_model->undoStack()->count(), stepsBefore + 2);
    QTRY_VERIFY(chartMatchesCore());
    QTest::keyClick(m_window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(projections->isChecked());
    QVERIFY(projectionsCheck->isChecked());
    QTRY_VERIFY(m_window->canvas()->showsProjections());
    QCOMPARE(m_model->undoStack()->count(), stepsBefore + 2); // a view toggle, no undo step

    // The check boxes change the model, and the menu follows. The scaling
    // box is wider than its text, so a click at its centre would miss.
    scalingCheck->setFocus();
    QTest::keyClick(scalingCheck, Qt::Key_Space);
    QVERIFY(scalingCheck->isChecked());
    QVERIFY(scaling->isChecked());
    QTest::mouseClick(projectionsCheck, Qt::LeftButton);
    QVERIFY(!projections->isChecked());
    QTRY_VERIFY(!m_window->canvas()->showsProjections());

    // Undo goes through the model as well.
    m_model->undoStack()->undo();
    m_model->undoStack()->undo();
    QVERIFY(!causal->isChecked());
    QVERIFY(!causalCheck->isChecked());
}

void TestControlsPanel::temperatureKeysStepOneUndoEach()
{
    auto *box = m_window->findChild<QDoubleSpinBox *>(QStringLiteral("temperatureBox"));
    QAction *raise = actionNamed(m_window, QStringLiteral("raiseTemperatureAction"));
    QAction *reset = actionNamed(m_window, QStringLiteral("resetTemperatureAction"));
    QVERIFY(box && raise && reset);
    QVERIFY(!reset->isEnabled());
    const int stepsBefore = m_model->undoStack()->count();

    QTest::keyClick(m_window, Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_model->attentionSettings().temperature, 2.0);
    QTest::keyClick(m_window, Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_model->attentionSettings().temperature, 5.0);
    QCOMPARE(box->value(), 5.0);
    QCOMPARE(m_model->undoStack()->count(), stepsBefore + 2);
    QCOMPARE(m_model->undoStack()->undoText(), QStringLiteral("Set temperature to 5"));
    QTRY_VERIFY(chartMatchesCore());

    QTest::keyClick(m_window, Qt::Key_Down, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_model->attentionSettings().temperature, 2.0);
    QVERIFY(reset->isEnabled());
    QTest::keyClick(m_window, Qt::Key_T, Qt::ControlModifier);
    QCOMPARE(m_model->attentionSettings().temperature, 1.0);
    QVERIFY(!reset->isEnabled());
    QCOMPARE(m_model->undoStack()->count(), stepsBefore + 4);

    // At the top of the range the key does nothing and adds no step.
    box->setValue(ControlsPanel::kMaxTemperature);
    QVERIFY(!raise->isEnabled());
    const int stepsAtTop = m_model->undoStack()->count();
    QTest::keyClick(m_window, Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_model->attentionSettings().temperature, ControlsPanel::kMaxTemperature);
    QCOMPARE(m_model->undoStack()->count(), stepsAtTop);
}

void TestControlsPanel::temperatureStepsFollowSeries()
{
    QCOMPARE(ControlsPanel::steppedTemperature(1.0, 1), 2.0);
    QCOMPARE(ControlsPanel::steppedTemperature(1.0, -1), 0.5);
    QCOMPARE(ControlsPanel::steppedTemperature(0.05, -1), 0.05);
    QCOMPARE(ControlsPanel::steppedTemperature(20.0, 1), 20.0);
    // A value between steps goes to its neighbour in that direction.
    QCOMPARE(ControlsPanel::steppedTemperature(2.5, 1), 5.0);
    QCOMPARE(ControlsPanel::steppedTemperature(2.5, -1), 2.0);
    // A value a rounding error off a step counts as that step.
    QCOMPARE(ControlsPanel::steppedTemperature(0.1 + 0.2 - 0.1, 1), 0.5);
}

void TestControlsPanel::presetMenuAndResetKey()
{
    auto *attentionMenu = m_window->findChild<QMenu *>(QStringLiteral("attentionMenu"));
    auto *panel = m_window->findChild<ControlsPanel *>(QStringLiteral("controlsPanel"));
    QVERIFY(attentionMenu && panel);
    QMenu *keyPresets = panel->presetMenu(ControlsPanel::Projection::Key);
    QVERIFY(attentionMenu->actions().contains(keyPresets->menuAction()));
    auto *button = m_window->findChild<QToolButton *>(QStringLiteral("presets1"));
    QVERIFY(button);
    QCOMPARE(button->menu(), keyPresets);

    QAction *scale2 = nullptr;
    for (QAction *action : keyPresets->actions()) {
        if (action->text() == QStringLiteral("Scale by 2"))
            scale2 = action;
    }
    QVERIFY(scale2);
    scale2->trigger();
    QCOMPARE(m_model->attentionSettings().keyProjection,
             Eigen::MatrixXd(Eigen::MatrixXd::Identity(2, 2) * 2.0));
    QCOMPARE(m_model->undoStack()->undoText(), QStringLiteral("Set W_K to Scale by 2"));

    const int stepsBefore = m_model->undoStack()->count();
    QTest::keyClick(m_window, Qt::Key_R, Qt::ControlModifier);
    QCOMPARE(m_model->attentionSettings().keyProjection.size(), 0);
    QCOMPARE(m_model->undoStack()->count(), stepsBefore + 1);
    auto *entry = m_window->findChild<QDoubleSpinBox *>(QStringLiteral("matrixW_K_00"));
    QVERIFY(entry);
    QCOMPARE(entry->value(), 1.0);
    // Nothing left to reset: no empty undo step.
    QTest::keyClick(m_window, Qt::Key_R, Qt::ControlModifier);
    QCOMPARE(m_model->undoStack()->count(), stepsBefore + 1);
}

QTEST_MAIN(TestControlsPanel)
#include "tst_controlspanel.moc"
