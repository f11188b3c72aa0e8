#include "livelabel.h"
#include "numberspanel.h"
#include "scenemodel.h"
#include "weightstablemodel.h"
#include "wordpalette.h"

#include <QFont>
#include <QHeaderView>
#include <QLocale>
#include <QSignalSpy>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtTest>

#include <cmath>
#include <limits>

namespace {

QAbstractItemModel *tableModelOf(NumbersPanel &panel)
{
    auto *table = panel.findChild<QTableView *>(QStringLiteral("numbersTable"));
    return table ? table->model() : nullptr;
}

QString summaryOf(NumbersPanel &panel)
{
    auto *label = panel.findChild<LiveLabel *>(QStringLiteral("numbersSummary"));
    return label ? label->text() : QString();
}

} // namespace

class TestNumbersPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void weightCellsMatchCore();
    void headersNameColumns();
    void queryRowIsBold();
    void wordColumnShowsColor();
    void summaryShowsSumAndOutput();
    void summaryUpdateSkipsLayout();
    void narrowPanelKeepsWords();
    void columnsWidenForNewValues();
    void columnWidensForNewHeader();
    void previewChangesNumbersOnly();
    void undoRestoresWeights();
    void causalMaskShowsMasked();
    void rejectedSceneShowsDashes();
};

void TestNumbersPanel::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestNumbersPanel::weightCellsMatchCore()
{
    SceneModel model;
    model.resetScene(notebookScene());
    NumbersPanel panel(&model);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    QAbstractItemModel *table = tableModelOf(panel);
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 5);
    QCOMPARE(table->columnCount(), int(WeightsTableModel::ColumnCount));

    const attention::Result &result = model.result();
    for (int row = 0; row < 5; ++row) {
        const QModelIndex weight = table->index(row, WeightsTableModel::WeightColumn);
        QCOMPARE(weight.data(Qt::EditRole).toDouble(), result.weights(4, row));
        QCOMPARE(weight.data(Qt::UserRole).toDouble(), result.weights(4, row));
        QCOMPARE(weight.data(Qt::DisplayRole).toString(), QString::number(result.weights(4, row), 'f', 3));

        const QModelIndex score = table->index(row, WeightsTableModel::ScoreColumn);
        QCOMPARE(score.data(Qt::EditRole).toDouble(), result.scores(4, row));
        const QModelIndex dot = table->index(row, WeightsTableModel::DotProductColumn);
        QCOMPARE(dot.data(Qt::EditRole).toDouble(), result.dotProducts(4, row));
        QCOMPARE(table->index(row, WeightsTableModel::XColumn).data(Qt::EditRole).toDouble(),
                 model.words().at(row).vector.x());
        QCOMPARE(table->index(row, WeightsTableModel::YColumn).data(Qt::EditRole).toDouble(),
                 model.words().at(row).vector.y());
        QCOMPARE(table->index(row, WeightsTableModel::WordColumn).data().toString(),
                 model.words().at(row).label);
    }

    // Weights of the query "jumped" in the notebook scene, as displayed.
    const QStringList expected = {QStringLiteral("0.241"), QStringLiteral("0.216"), QStringLiteral("0.171"),
                                  QStringLiteral("0.145"), QStringLiteral("0.227")};
    for (int row = 0; row < 5; ++row)
        QCOMPARE(table->index(row, WeightsTableModel::WeightColumn).data().toString(), expected[row]);
    QCOMPARE(table->index(0, WeightsTableModel::DotProductColumn).data().toString(), QStringLiteral("0.900"));
}

void TestNumbersPanel::headersNameColumns()
{
    SceneModel model;
    model.resetScene(notebookScene());
    NumbersPanel panel(&model);
    QAbstractItemModel *table = tableModelOf(panel);
    QVERIFY(table);

    QCOMPARE(table->headerData(WeightsTableModel::WordColumn, Qt::Horizontal).toString(),
             QStringLiteral("Word"));
    QCOMPARE(table->headerData(WeightsTableModel::DotProductColumn, Qt::Horizontal).toString(),
             QStringLiteral("q·k"));
    QCOMPARE(table->headerData(WeightsTableModel::ScoreColumn, Qt::Horizontal).toString(),
             QStringLiteral("q·k/√2"));
    for (int column = 0; column < table->columnCount(); ++column) {
        QVERIFY2(!table->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty(),
                 qPrintable(QString::number(column)));
    }

    Scene scene = notebookScene();
    scene.settings.scaling = attention::Scaling::None;
    scene.settings.temperature = 2.0;
    model.resetScene(scene);
    QCOMPARE(table->headerData(WeightsTableModel::ScoreColumn, Qt::Horizontal).toString(),
             QStringLiteral("q·k/2"));

    // Neither scaled nor tempered, the score column header shows that it equals q·k.
    scene.settings.temperature = 1.0;
    model.resetScene(scene);
    QCOMPARE(table->headerData(WeightsTableModel::ScoreColumn, Qt::Horizontal).toString(),
             QStringLiteral("score = q·k"));
}

void TestNumbersPanel::queryRowIsBold()
{
    SceneModel model;
    model.resetScene(notebookScene());
    NumbersPanel panel(&model);
    QAbstractItemModel *table = tableModelOf(panel);
    QVERIFY(table);

    QVERIFY(table->index(4, 0).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!table->index(0, 0).data(Qt::FontRole).value<QFont>().bold());

    QSignalSpy changedSpy(table, &QAbstractItemModel::dataChanged);
    model.setQuery(0);

    QVERIFY(changedSpy.count() >= 2);
    QVERIFY(table->index(0, 0).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!table->index(4, 0).data(Qt::FontRole).value<QFont>().bold());
    QTRY_COMPARE(table->index(1, WeightsTableModel::WeightColumn).data(Qt::EditRole).toDouble(),
                 model.result().weights(0, 1));
}

void TestNumbersPanel::wordColumnShowsColor()
{
    SceneModel model;
    model.resetScene(notebookScene());
    NumbersPanel panel(&model);
    QAbstractItemModel *table = tableModelOf(panel);
    QVERIFY(table);

    for (int row = 0; row < table->rowCount(); ++row)
        QCOMPARE(table->index(row, 0).data(Qt::DecorationRole).value<QColor>(), wordpalette::wordColor(row));
    QVERIFY(!table->index(0, WeightsTableModel::WeightColumn).data(Qt::DecorationRole).isValid());
}

void TestNumbersPanel::summaryShowsSumAndOutput()
{
    SceneModel model;
    model.resetScene(notebookScene());
    NumbersPanel panel(&model);
    panel.show();

    QCOMPARE(summaryOf(panel), QStringLiteral("Σ weights = 1.000   output = (0.701, 0.321)"));
    QCOMPARE(panel.summaryText(), summaryOf(panel));
}

void TestNumbersPanel::summaryUpdateSkipsLayout()
{
    SceneModel model;
    model.resetScene(notebookScene());
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *panel = new NumbersPanel(&model);
    layout->addWidget(panel);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::processEvents();

    // Counts the layout requests that reach the window.
    class LayoutRequestCounter : public QObject
    {
    public:
        int count = 0;

    protected:
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::LayoutRequest)
                ++count;
            return false;
        }
    } counter;
    window.installEventFilter(&counter);
    const QString summaryBefore = panel->summaryText();

    model.previewWordVector(0, {0.2, 0.9});
    QTRY_VERIFY(panel->summaryText() != summaryBefore);
    QCoreApplication::processEvents();

    QCOMPARE(counter.count, 0);
}

void TestNumbersPanel::narrowPanelKeepsWords()
{
    Scene scene = notebookScene();
    scene.words[2].label = QString(200, QLatin1Char('m'));
    SceneModel model;
    model.resetScene(scene);
    NumbersPanel panel(&model);
    panel.resize(260, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    // The word column fits "sleeping" even when the panel is too narrow for
    // all columns; the table scrolls sideways instead.
    QTableView *table = panel.table();
    const int wordWidth = table->columnWidth(WeightsTableModel::WordColumn);
    QVERIFY2(wordWidth > table->fontMetrics().horizontalAdvance(QStringLiteral("sleeping")),
             qPrintable(QString::number(wordWidth)));
    // The 200-character label does not take the whole table.
    QVERIFY2(wordWidth < table->fontMetrics().horizontalAdvance(scene.words[2].label) / 4,
             qPrintable(QString::number(wordWidth)));

    // Larger text refits the columns.
    QFont larger = panel.font();
    larger.setPointSizeF(larger.pointSizeF() * 2);
    panel.setFont(larger);
    QTRY_VERIFY(table->columnWidth(WeightsTableModel::WordColumn) > wordWidth);
}

void TestNumbersPanel::columnsWidenForNewValues()
{
    SceneModel model;
    model.resetScene(notebookScene());
    NumbersPanel panel(&model);
    panel.resize(700, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTableView *table = panel.table();

    // W_K rotated by 90° makes q·k negative, and the causal mask writes
    // "masked" into the score column of the keys after the query.
    attention::Settings settings = model.attentionSettings();
    settings.keyProjection = (Eigen::MatrixXd(2, 2) << 0.0, -1.0, 1.0, 0.0).finished();
    settings.causal = true;
    QVERIFY(model.setAttentionSettings(settings, [] { return QStringLiteral("rotate and mask"); }));
    model.setQuery(3);

    // Each column is at least as wide as its widest cell.
    for (const int column : {int(WeightsTableModel::DotProductColumn), int(WeightsTableModel::ScoreColumn)}) {
        int contents = 0;
        for (int row = 0; row < model.wordCount(); ++row)
            contents =
                std::max(contents, table->sizeHintForIndex(table->model()->index(row, column)).width());
        QTRY_VERIFY2(table->columnWidth(column) >= contents,
                     qPrintable(QStringLiteral("column %1: width %2, contents %3")
                                    .arg(column)
                                    .arg(table->columnWidth(column))
                                    .arg(contents)));
    }
}

void TestNumbersPanel::columnWidensForNewHeader()
{
    SceneModel model;
    model.resetScene(notebookScene());
    NumbersPanel panel(&model);
    panel.resize(700, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTableView *table = panel.table();

    // Without √d_k scaling the score header becomes "score = q·k", wider
    // than the "q·k/√2" the column was fitted to.
    attention::Settings settings = model.attentionSettings();
    settings.scaling = attention::Scaling::None;
    QVERIFY(model.setAttentionSettings(settings, [] { return QStringLiteral("no scaling"); }));

    QTRY_COMPARE(table->model()->headerData(WeightsTableModel::ScoreColumn, Qt::Horizontal).toString(),
                 QStringLiteral("score = q·k"));
    QTRY_VERIFY2(
        table->columnWidth(WeightsTableModel::ScoreColumn) >=
            table->horizontalHeader()->sectionSizeHint(WeightsTableModel::ScoreColumn),
        qPrintable(QStringLiteral("width %1, header %2")
                       .arg(table->columnWidth(WeightsTableModel::ScoreColumn))
                       .arg(table->horizontalHeader()->sectionSizeHint(WeightsTableModel::ScoreColumn))));
}

void TestNumbersPanel::previewChangesNumbersOnly()
{
    SceneModel model;
    model.resetScene(notebookScene());
    NumbersPanel panel(&model);
    panel.show();
    QAbstractItemModel *table = tableModelOf(panel);
    QVERIFY(table);
    QSignalSpy resetSpy(table, &QAbstractItemModel::modelReset);
    QSignalSpy changedSpy(table, &QAbstractItemModel::dataChanged);
    const QString summaryBefore = summaryOf(panel);

    model.previewWordVector(0, {0.2, 0.9});

    QTRY_VERIFY(changedSpy.count() > 0);
    QCOMPARE(resetSpy.count(), 0);
    for (const QList<QVariant> &arguments : std::as_const(changedSpy)) {
        const auto topLeft = arguments.at(0).value<QModelIndex>();
        QVERIFY(topLeft.column() > WeightsTableModel::WordColumn);
    }
    for (int row = 0; row < 5; ++row) {
        QCOMPARE(table->index(row, WeightsTableModel::WeightColumn).data(Qt::EditRole).toDouble(),
                 model.result().weights(4, row));
    }
    QCOMPARE(table->index(0, WeightsTableModel::XColumn).data().toString(), QStringLiteral("0.200"));
    QVERIFY(summaryOf(panel) != summaryBefore);
    QVERIFY(summaryOf(panel).startsWith(QStringLiteral("Σ weights = 1.000")));
}

void TestNumbersPanel::undoRestoresWeights()
{
    SceneModel model;
    model.resetScene(notebookScene());
    NumbersPanel panel(&model);
    QAbstractItemModel *table = tableModelOf(panel);
    QVERIFY(table);
    const QModelIndex weight = table->index(1, WeightsTableModel::WeightColumn);
    const QString original = weight.data().toString();

    model.moveWord(1, model.words().at(1).vector, {-0.7, 0.4});
    QTRY_VERIFY(weight.data().toString() != original);

    model.undoStack()->undo();
    QTRY_COMPARE(weight.data().toString(), original);
}

void TestNumbersPanel::causalMaskShowsMasked()
{
    Scene scene = notebookScene();
    scene.settings.causal = true;
    scene.query = 2;
    SceneModel model;
    model.resetScene(scene);
    NumbersPanel panel(&model);
    QAbstractItemModel *table = tableModelOf(panel);
    QVERIFY(table);

    for (int row = 3; row < 5; ++row) {
        QCOMPARE(table->index(row, WeightsTableModel::ScoreColumn).data().toString(),
                 QStringLiteral("masked"));
        QCOMPARE(table->index(row, WeightsTableModel::WeightColumn).data(Qt::EditRole).toDouble(), 0.0);
        QCOMPARE(table->index(row, WeightsTableModel::WeightColumn).data().toString(),
                 QStringLiteral("0.000"));
    }
    QVERIFY(table->index(2, WeightsTableModel::ScoreColumn).data().toString() != QStringLiteral("masked"));
    QVERIFY(summaryOf(panel).startsWith(QStringLiteral("Σ weights = 1.000")));
}

void TestNumbersPanel::rejectedSceneShowsDashes()
{
    Scene scene = notebookScene();
    scene.words[2].vector = {std::numeric_limits<double>::infinity(), 0.0};
    scene.words[3].vector = {std::numeric_limits<double>::quiet_NaN(), 0.0};
    SceneModel model;
    model.resetScene(scene);
    NumbersPanel panel(&model);
    panel.show();
    QAbstractItemModel *table = tableModelOf(panel);
    QVERIFY(table);

    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = WeightsTableModel::XColumn; column < table->columnCount(); ++column) {
            const QString text = table->index(row, column).data().toString();
            QVERIFY2(!text.contains(QStringLiteral("nan"), Qt::CaseInsensitive), qPrintable(text));
            QVERIFY2(!text.contains(QStringLiteral("inf"), Qt::CaseInsensitive), qPrintable(text));
        }
        QCOMPARE(table->index(row, WeightsTableModel::WeightColumn).data().toString(), QStringLiteral("—"));
        QVERIFY(!table->index(row, WeightsTableModel::WeightColumn).data(Qt::EditRole).isValid());
    }
    QCOMPARE(table->index(3, WeightsTableModel::XColumn).data().toString(), QStringLiteral("—"));
    QCOMPARE(summaryOf(panel), QStringLiteral("Σ weights = —   output = —"));
}

QTEST_MAIN(TestNumbersPanel)
#include "tst_numberspanel.moc"
