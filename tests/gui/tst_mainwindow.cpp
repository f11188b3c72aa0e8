// The real main window driven by pointer events: canvas, chart and table agree with the core.
#include "attentionchart.h"
#include "canvasview.h"
#include "mainwindow.h"
#include "scenemodel.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <cmath>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void opensOnNotebookScene();
    void dragUpdatesChartAndTable();
    void clickArrowChangesChartTitle();
    void escapeMidDragRestoresEverything();
    void queryComboSelectsQuery();
    void undoRestoresChart();
    void rememberWindowGeometry();
    void openSceneRejectsBadFile();

private:
    // Checks that every bar and every weight cell equals the core's row for the query.
    void verifyViewsMatchCore();
    bool barsMatchCore() const;

    QTemporaryDir m_settingsDir;
    MainWindow *m_window = nullptr;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("AttentionExplorerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QLocale::setDefault(QLocale::c());
}

void TestMainWindow::init()
{
    m_window = new MainWindow;
    m_window->resize(1280, 720);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->canvas()->fitToContents();
}

void TestMainWindow::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

bool TestMainWindow::barsMatchCore() const
{
    SceneModel *model = m_window->model();
    const attention::Result &result = model->result();
    const QList<double> bars = m_window->chart()->barValues();
    if (bars.size() != model->wordCount())
        return false;
    for (int j = 0; j < bars.size(); ++j) {
        if (std::abs(bars[j] - result.weights(model->queryIndex(), j)) >= 1e-12)
            return false;
    }
    return true;
}

void TestMainWindow::verifyViewsMatchCore()
{
    // The views update on the model's coalesced resultChanged(), one event-loop
    // turn after an edit, so let the loop run until they have caught up.
    QTRY_VERIFY2(barsMatchCore(), "chart bars differ from the core's weights");

    SceneModel *model = m_window->model();
    const attention::Result &result = model->result();
    const int query = model->queryIndex();
    const int n = model->wordCount();

    auto *table = m_window->findChild<QTableView *>(QStringLiteral("numbersTable"));
    QVERIFY(table);
    QAbstractItemModel *tableModel = table->model();
    QCOMPARE(tableModel->rowCount(), n);
    const int weightColumn = tableModel->columnCount() - 1;
    for (int j = 0; j < n; ++j) {
        const double cell = tableModel->index(j, weightColumn).data(Qt::EditRole).toDouble();
        QVERIFY2(std::abs(cell - result.weights(query, j)) < 1e-12,
                 qPrintable(QStringLiteral("table row %1 is %2").arg(j).arg(cell)));
        const double x = tableModel->index(j, 1).data(Qt::EditRole).toDouble();
        QCOMPARE(x, model->words().at(j).vector.x());
    }
}

void TestMainWindow::opensOnNotebookScene()
{
    SceneModel *model = m_window->model();
    QCOMPARE(model->wordCount(), 5);
    QCOMPARE(model->queryIndex(), 4);
    QVERIFY(m_window->chart()->title().contains(QStringLiteral("jumped")));
    verifyViewsMatchCore();

    const QList<double> bars = m_window->chart()->barValues();
    const double expected[] = {0.240524, 0.216319, 0.171299, 0.144561, 0.227296};
    for (int j = 0; j < 5; ++j)
        QVERIFY(std::abs(bars[j] - expected[j]) < 1e-6);

    auto *formula = m_window->findChild<QLabel *>(QStringLiteral("formulaLabel"));
    QVERIFY(formula);
    QVERIFY2(formula->text().contains(QStringLiteral("√2")), qPrintable(formula->text()));
    QVERIFY(!m_window->windowTitle().isEmpty());
}

void TestMainWindow::dragUpdatesChartAndTable()
{
    CanvasView *canvas = m_window->canvas();
    QWidget *viewport = canvas->viewport();
    const QList<double> before = m_window->chart()->barValues();

    const QPoint start = canvas->tipInViewport(0);
    const QPointF grabOffset = QPointF(1.0, 0.0) - canvas->mapToScene(start);
    const QPoint middle = start + QPoint(-40, -60);
    QTest::mousePress(viewport, Qt::LeftButton, {}, start);
    QTest::mouseMove(viewport, start + QPoint(-10, -10));
    QTest::mouseMove(viewport, middle);

    // The chart follows during the drag, before the release.
    QTRY_VERIFY(m_window->chart()->barValues() != before);
    verifyViewsMatchCore();

    const QPoint end = start + QPoint(-150, -160);
    QTest::mouseMove(viewport, end);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, end);

    const QPointF expected = canvas->mapToScene(end) + grabOffset;
    const QPointF actual = m_window->model()->words().at(0).vector;
    QVERIFY(std::abs(actual.x() - expected.x()) < 1e-9);
    QVERIFY(std::abs(actual.y() - expected.y()) < 1e-9);
    QCOMPARE(m_window->model()->undoStack()->count(), 1);
    verifyViewsMatchCore();
    QVERIFY(m_window->isWindowModified());
}

void TestMainWindow::clickArrowChangesChartTitle()
{
    CanvasView *canvas = m_window->canvas();
    QTest::mouseClick(canvas->viewport(), Qt::LeftButton, {}, canvas->tipInViewport(1));
    QCOMPARE(m_window->model()->queryIndex(), 1);
    QTRY_VERIFY2(m_window->chart()->title().contains(QStringLiteral("sleeping")),
                 qPrintable(m_window->chart()->title()));
    verifyViewsMatchCore();

    auto *combo = m_window->findChild<QComboBox *>(QStringLiteral("queryCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->currentIndex(), 1);
}

void TestMainWindow::escapeMidDragRestoresEverything()
{
    CanvasView *canvas = m_window->canvas();
    QWidget *viewport = canvas->viewport();
    const QList<double> before = m_window->chart()->barValues();
    const QPoint start = canvas->tipInViewport(4);

    QTest::mousePress(viewport, Qt::LeftButton, {}, start);
    QTest::mouseMove(viewport, start + QPoint(-30, -30));
    QTest::mouseMove(viewport, start + QPoint(-200, -100));
    QTRY_VERIFY(m_window->chart()->barValues() != before);

    QTest::keyClick(canvas, Qt::Key_Escape);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, start + QPoint(-200, -100));

    QCOMPARE(m_window->model()->words().at(4).vector, QPointF(0.9, 0.1));
    QTRY_COMPARE(m_window->chart()->barValues(), before);
    QCOMPARE(m_window->model()->undoStack()->count(), 0);
    verifyViewsMatchCore();
}

void TestMainWindow::queryComboSelectsQuery()
{
    auto *combo = m_window->findChild<QComboBox *>(QStringLiteral("queryCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 5);
    QCOMPARE(combo->currentText(), QStringLiteral("jumped"));

    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    QCOMPARE(m_window->model()->queryIndex(), 0);
    QTRY_VERIFY(m_window->chart()->title().contains(QStringLiteral("cat")));
    verifyViewsMatchCore();
}

void TestMainWindow::undoRestoresChart()
{
    SceneModel *model = m_window->model();
    const QList<double> before = m_window->chart()->barValues();
    model->moveWord(2, QPointF(0.4, 0.6), QPointF(1.5, -0.5));
    QTRY_VERIFY(m_window->chart()->barValues() != before);

    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(model->words().at(2).vector, QPointF(0.4, 0.6));
    QTRY_COMPARE(m_window->chart()->barValues(), before);
    QVERIFY(!m_window->isWindowModified());

    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(model->words().at(2).vector, QPointF(1.5, -0.5));
    verifyViewsMatchCore();
}

void TestMainWindow::rememberWindowGeometry()
{
    m_window->resize(1000, 650);
    QTRY_COMPARE(m_window->size(), QSize(1000, 650));
    m_window->close();
    delete m_window;

    m_window = new MainWindow;
    QCOMPARE(m_window->size(), QSize(1000, 650));
}

void TestMainWindow::openSceneRejectsBadFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"words": [{"label": "a", "vector": [1, "x"]}]})");
    file.close();

    // The message box is modal: close it from a timer so the call returns.
    QTimer::singleShot(0, this, [] {
        if (QWidget *box = QApplication::activeModalWidget())
            box->close();
    });
    QVERIFY(!m_window->openScene(path));
    QCOMPARE(m_window->model()->wordCount(), 5);
    QCOMPARE(m_window->model()->words().at(0).label, QStringLiteral("cat"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
