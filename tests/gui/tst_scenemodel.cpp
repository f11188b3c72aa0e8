// Scene model edits and their undo history.
#include "scenemodel.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

namespace {

// The words and query, the state every undo must restore exactly.
struct Snapshot
{
    QList<Word> words;
    int query;

    friend bool operator==(const Snapshot &, const Snapshot &) = default;
};

Snapshot snapshotOf(const SceneModel &model)
{
    return {model.words(), model.queryIndex()};
}

char *describe(const Snapshot &snapshot)
{
    QStringList parts;
    for (const Word &word : snapshot.words)
        parts.append(QStringLiteral("%1(%2,%3)").arg(word.label).arg(word.vector.x()).arg(word.vector.y()));
    return qstrdup(
        qPrintable(parts.join(QLatin1Char(' ')) + QStringLiteral(" query=%1").arg(snapshot.query)));
}

} // namespace

namespace QTest {
template<>
char *toString(const Snapshot &snapshot)
{
    return describe(snapshot);
}
} // namespace QTest

class TestSceneModel : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void tenNudgesLandOnOne();
    void nudgesOfOneWordMerge();
    void nudgesOfTwoWordsStaySeparate();
    void addRenameDeleteUndoToStart();
    void deleteQueryMovesQuery();
    void deleteBeforeQueryKeepsQueryWord();
    void reorderFollowsQuery_data();
    void reorderFollowsQuery();
    void typedCoordinatesClampAndReject();
    void replaceWordsIsOneStep();
    void firstWordBecomesQuery();
    void undoTextNamesAction();
    void resultMatchesAfterUndo();
    void wordsKeepColoursThroughEdits();

private:
    SceneModel *m_model = nullptr;
    std::unique_ptr<SceneModel> m_owner;
};

void TestSceneModel::init()
{
    m_owner = std::make_unique<SceneModel>();
    m_model = m_owner.get();
    m_model->resetScene(notebookScene());
}

void TestSceneModel::tenNudgesLandOnOne()
{
    m_model->resetScene(Scene{QString(), QString(), {{QStringLiteral("a"), {0.0, 0.0}}}, 0, {}});
    for (int i = 0; i < 10; ++i)
        m_model->nudgeWord(0, {0.1, 0.0});
    QCOMPARE(m_model->words().at(0).vector.x(), 1.0);

    // Exactly 1, not 0.9999999999999999: QCOMPARE on doubles is fuzzy.
    QVERIFY(m_model->words().at(0).vector.x() == 1.0);
    for (int i = 0; i < 3; ++i)
        m_model->nudgeWord(0, {0.0, -0.1});
    QVERIFY(m_model->words().at(0).vector.y() == -0.3);
}

void TestSceneModel::nudgesOfOneWordMerge()
{
    for (int i = 0; i < 5; ++i)
        m_model->nudgeWord(2, {0.0, 0.1});
    QCOMPARE(m_model->undoStack()->count(), 1);
    QVERIFY(m_model->words().at(2).vector == QPointF(0.4, 1.1));

    m_model->undoStack()->undo();
    QCOMPARE(m_model->words().at(2).vector, QPointF(0.4, 0.6));
    m_model->undoStack()->redo();
    QVERIFY(m_model->words().at(2).vector == QPointF(0.4, 1.1));
}

void TestSceneModel::nudgesOfTwoWordsStaySeparate()
{
    m_model->nudgeWord(0, {0.1, 0.0});
    m_model->nudgeWord(1, {0.1, 0.0});
    m_model->nudgeWord(0, {0.1, 0.0});
    QCOMPARE(m_model->undoStack()->count(), 3);

    // A drag between two nudge runs keeps them apart.
    m_model->moveWord(0, m_model->words().at(0).vector, {2.0, 2.0});
    m_model->nudgeWord(0, {0.1, 0.0});
    QCOMPARE(m_model->undoStack()->count(), 5);
}

void TestSceneModel::addRenameDeleteUndoToStart()
{
    const Snapshot start = snapshotOf(*m_model);

    const int added = m_model->addWord(QStringLiteral("Straße"), {-0.5, 0.25});
    QCOMPARE(added, 5);
    m_model->renameWord(0, QStringLiteral("猫"));
    m_model->reorderWord(5, 0);
    m_model->setWordVector(3, {3.0, -1.0});
    m_model->setQuery(2);
    m_model->removeWord(1);
    m_model->nudgeWord(0, {0.1, 0.1});
    QCOMPARE(m_model->undoStack()->count(), 7);
    const Snapshot end = snapshotOf(*m_model);
    QVERIFY(!(end == start));

    while (m_model->undoStack()->canUndo())
        m_model->undoStack()->undo();
    QCOMPARE(snapshotOf(*m_model), start);

    while (m_model->undoStack()->canRedo())
        m_model->undoStack()->redo();
    QCOMPARE(snapshotOf(*m_model), end);
}

void TestSceneModel::deleteQueryMovesQuery()
{
    // Deleting the last word, the query, makes the new last word the query.
    m_model->removeWord(4);
    QCOMPARE(m_model->wordCount(), 4);
    QCOMPARE(m_model->queryIndex(), 3);

    // Deleting a query in the middle hands the query to the next word.
    m_model->setQuery(1);
    m_model->removeWord(1);
    QCOMPARE(m_model->queryIndex(), 1);
    QCOMPARE(m_model->words().at(1).label, QStringLiteral("couch"));

    // Deleting every word leaves no query.
    while (m_model->wordCount() > 0)
        m_model->removeWord(0);
    QCOMPARE(m_model->queryIndex(), -1);
    QCOMPARE(m_model->queryResult().weights.size(), 0);

    m_model->undoStack()->setIndex(0);
    QCOMPARE(m_model->wordCount(), 5);
    QCOMPARE(m_model->queryIndex(), 4);
}

void TestSceneModel::deleteBeforeQueryKeepsQueryWord()
{
    m_model->removeWord(0);
    QCOMPARE(m_model->queryIndex(), 3);
    QCOMPARE(m_model->words().at(m_model->queryIndex()).label, QStringLiteral("jumped"));
}

void TestSceneModel::reorderFollowsQuery_data()
{
    QTest::addColumn<int>("query");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<QString>("queryLabel");

    QTest::newRow("move the query earlier") << 4 << 4 << 3 << QStringLiteral("jumped");
    QTest::newRow("move a word past the query") << 2 << 0 << 3 << QStringLiteral("couch");
    QTest::newRow("move a word before the query") << 1 << 3 << 0 << QStringLiteral("sleeping");
    QTest::newRow("move a word after the query") << 0 << 2 << 4 << QStringLiteral("cat");
}

void TestSceneModel::reorderFollowsQuery()
{
    QFETCH(int, query);
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(QString, queryLabel);

    m_model->setQuery(query);
    const QString moved = m_model->words().at(from).label;
    m_model->reorderWord(from, to);
    QCOMPARE(m_model->words().at(to).label, moved);
    QCOMPARE(m_model->words().at(m_model->queryIndex()).label, queryLabel);
    QCOMPARE(m_model->currentWord(), to);

    m_model->undoStack()->undo();
    QCOMPARE(m_model->words(), notebookScene().words);
    QCOMPARE(m_model->queryIndex(), query);
}

void TestSceneModel::typedCoordinatesClampAndReject()
{
    m_model->setWordVector(0, {2e6, -3.0});
    QCOMPARE(m_model->words().at(0).vector, QPointF(attention::kCoordinateLimit, -3.0));

    m_model->setWordVector(0, {qQNaN(), 1.0});
    m_model->setWordVector(0, {1.0, qInf()});
    QCOMPARE(m_model->words().at(0).vector, QPointF(attention::kCoordinateLimit, -3.0));
    QCOMPARE(m_model->undoStack()->count(), 1);
    QVERIFY(m_model->queryResult().weights.allFinite());
}

void TestSceneModel::replaceWordsIsOneStep()
{
    const QList<Word> imported = {{QStringLiteral("x"), {1, 0}}, {QStringLiteral("y"), {0, 1}}};
    m_model->replaceWords(imported, [] { return QStringLiteral("Import"); });
    QCOMPARE(m_model->words(), imported);
    QCOMPARE(m_model->queryIndex(), 1);
    QCOMPARE(m_model->undoStack()->count(), 1);
    m_model->undoStack()->undo();
    QCOMPARE(m_model->words(), notebookScene().words);
    QCOMPARE(m_model->queryIndex(), 4);
}

void TestSceneModel::firstWordBecomesQuery()
{
    m_model->resetScene(Scene{});
    QCOMPARE(m_model->queryIndex(), -1);
    m_model->addWord(QStringLiteral("alone"), {0.3, 0.4});
    QCOMPARE(m_model->queryIndex(), 0);
    QCOMPARE(m_model->queryResult().weights.size(), 1);
    QCOMPARE(m_model->queryResult().weights(0), 1.0);
}

void TestSceneModel::undoTextNamesAction()
{
    m_model->renameWord(0, QStringLiteral("kitten"));
    QVERIFY2(m_model->undoStack()->undoText().contains(QStringLiteral("kitten")),
             qPrintable(m_model->undoStack()->undoText()));
    m_model->removeWord(1);
    QVERIFY2(m_model->undoStack()->undoText().contains(QStringLiteral("sleeping")),
             qPrintable(m_model->undoStack()->undoText()));
}

void TestSceneModel::resultMatchesAfterUndo()
{
    const Eigen::VectorXd before = m_model->queryResult().weights;
    m_model->addWord(QStringLiteral("extra"), {2.0, 2.0});
    QCOMPARE(m_model->queryResult().weights.size(), 6);
    m_model->undoStack()->undo();
    QCOMPARE(m_model->queryResult().weights.size(), 5);
    QVERIFY((m_model->queryResult().weights - before).cwiseAbs().maxCoeff() == 0.0);
}

void TestSceneModel::wordsKeepColoursThroughEdits()
{
    const auto slotOf = [this](const QString &label) {
        for (int i = 0; i < m_model->wordCount(); ++i) {
            if (m_model->words().at(i).label == label)
                return paletteSlot(m_model->words(), i);
        }
        return -1;
    };
    const int jumped = slotOf(QStringLiteral("jumped"));
    const int suddenly = slotOf(QStringLiteral("suddenly"));

    m_model->reorderWord(4, 0);
    m_model->removeWord(1);
    QCOMPARE(slotOf(QStringLiteral("jumped")), jumped);
    QCOMPARE(slotOf(QStringLiteral("suddenly")), suddenly);

    // A new word takes a slot no other word uses.
    m_model->addWord(QStringLiteral("new"), {0.5, 0.5});
    const int added = slotOf(QStringLiteral("new"));
    for (const QString &label : {QStringLiteral("jumped"), QStringLiteral("sleeping"),
                                 QStringLiteral("couch"), QStringLiteral("suddenly")})
        QVERIFY(slotOf(label) != added);

    m_model->undoStack()->setIndex(0);
    QCOMPARE(slotOf(QStringLiteral("jumped")), jumped);
}

QTEST_MAIN(TestSceneModel)
#include "tst_scenemodel.moc"
