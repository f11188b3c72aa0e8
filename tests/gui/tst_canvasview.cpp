// Pointer input on the real canvas: drags, clicks, Esc, zoom and pan.
#include "arrowitem.h"
#include "canvasview.h"
#include "labelplacer.h"
#include "scenemodel.h"

#include <QAccessible>
#include <QApplication>
#include <QLineEdit>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <cmath>

namespace {

// One pixel of the view in scene units, the precision a pointer position has.
qreal pixelTolerance(const CanvasView &view)
{
    return 1.5 / view.zoom();
}

bool near(QPointF a, QPointF b, qreal tolerance)
{
    return std::abs(a.x() - b.x()) <= tolerance && std::abs(a.y() - b.y()) <= tolerance;
}

QString describe(QPointF p)
{
    return QStringLiteral("(%1, %2)").arg(p.x(), 0, 'f', 6).arg(p.y(), 0, 'f', 6);
}

// QTest::mouseMove() takes no modifiers in Qt 6.4, so a Shift drag is sent by hand.
void sendShiftDragMove(QWidget *viewport, QPoint pos)
{
    QMouseEvent event(QEvent::MouseMove, pos, viewport->mapToGlobal(pos), Qt::NoButton, Qt::LeftButton,
                      Qt::ShiftModifier);
    QApplication::sendEvent(viewport, &event);
}

void sendWheel(QWidget *viewport, QPoint pos, int angleDelta)
{
    QWheelEvent event(pos, viewport->mapToGlobal(pos), QPoint(), QPoint(0, angleDelta), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport, &event);
}

// A crowded sentence: fourteen words, two of them at the same place, several
// tips a few pixels apart, and some beside the numbers of the y axis.
Scene crowdedScene()
{
    Scene scene;
    const auto add = [&scene](const char *label, double x, double y) {
        scene.words.append({QString::fromUtf8(label), QPointF(x, y)});
    };
    add("The", 0.1, 0.3);
    add("old", 0.4, -0.6);
    add("man", 1.4, 0.4);
    add("who", 0.3, 0.6);
    add("lived", 0.4, 1.0);
    add("by", -0.2, 0.5);
    add("the", 0.1, 0.3);
    add("sea", 0.9, -0.8);
    add("caught", 1.2, 0.5);
    add("a", 0.0, 0.2);
    add("huge", 0.5, -0.9);
    add("fish", 1.5, -0.1);
    add("big", 1.45, 0.45);
    add("on", -0.05, 1.0);
    scene.query = 8;
    return scene;
}

// Returns one line per pair of visible word labels that overlap, per label
// that covers a tick number and per label that the canvas edge cuts.
// `preferred` takes every label at its first candidate, beyond the tip,
// instead of where the view put it, and leaves out the edge check.
QStringList labelOverlaps(const CanvasView &view, int wordCount, bool preferred)
{
    QList<std::pair<QString, QRectF>> labels;
    for (int j = 0; j < wordCount; ++j) {
        const ArrowItem *arrow = view.wordArrow(j);
        if (!arrow->isLabelVisible())
            continue;
        const QRectF relative = preferred ? arrow->labelCandidateRect(0) : arrow->labelRect();
        labels.append({arrow->label(), relative.translated(view.viewportTransform().map(arrow->vector()))});
    }

    QStringList overlaps;
    for (qsizetype a = 0; a < labels.size(); ++a) {
        for (qsizetype b = a + 1; b < labels.size(); ++b) {
            if (labels[a].second.intersects(labels[b].second))
                overlaps.append(labels[a].first + QStringLiteral(" and ") + labels[b].first);
        }
        for (const QRectF &number : view.axisNumberRects()) {
            if (labels[a].second.intersects(number))
                overlaps.append(labels[a].first + QStringLiteral(" and a tick number"));
        }
        if (!preferred && !QRectF(view.viewport()->rect()).contains(labels[a].second))
            overlaps.append(labels[a].first + QStringLiteral(" and the canvas edge"));
    }
    return overlaps;
}

} // namespace

class TestCanvasView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void dragTipMovesWord();
    void dragIsOneUndoStep();
    void dragFollowsPointerWithoutDrift();
    void escapeCancelsDrag();
    void smallMoveIsClick();
    void clickLineSelectsQuery();
    void clickEmptyCanvasChangesNothing();
    void weightsShownOnArrows();
    void outputArrowFollowsResult();
    void wheelZoomsAroundPointer();
    void middleButtonPans();
    void fitViewFramesAllTips();
    void dragClampsToCoordinateLimit();
    void arrowKeysNudgeCurrentWord();
    void tabWalksWordsAndEnterSelects();
    void doubleClickEmptyAddsWord();
    void escapeCancelsNewWord();
    void doubleClickWordRenames();
    void snapRoundsDraggedTip();
    void screenReaderDescription();
    void touchDragMovesTip();
    void pinchZoomsWithoutMovingWords();
    void labelPlacerTakesFirstFreeCandidate();
    void roomyLabelsStayBeyondTips();
    void crowdedLabelsDoNotOverlap();
    void labelsAvoidArrowheads();
    void labelsStayApartDuringDrag();

private:
    SceneModel *m_model = nullptr;
    CanvasView *m_view = nullptr;
};

void TestCanvasView::init()
{
    QLocale::setDefault(QLocale::c());
    m_model = new SceneModel;
    m_model->resetScene(notebookScene());
    m_view = new CanvasView(m_model);
    m_view->resize(800, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    m_view->fitToContents();
}

void TestCanvasView::cleanup()
{
    delete m_view;
    delete m_model;
    m_view = nullptr;
    m_model = nullptr;
}

void TestCanvasView::dragTipMovesWord()
{
    QWidget *viewport = m_view->viewport();
    const QPoint start = m_view->tipInViewport(0);
    const QPointF grabOffset = QPointF(1.0, 0.0) - m_view->mapToScene(start);
    const QPoint end = start + QPoint(-120, -150);

    QTest::mousePress(viewport, Qt::LeftButton, {}, start);
    QTest::mouseMove(viewport, start + QPoint(-20, -20));
    QTest::mouseMove(viewport, end);
    QCOMPARE(m_view->draggedWord(), 0);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, end);

    const QPointF expected = m_view->mapToScene(end) + grabOffset;
    const QPointF actual = m_model->words().at(0).vector;
    QVERIFY2(near(actual, expected, 1e-9), qPrintable(describe(actual) + " vs " + describe(expected)));
    QVERIFY(actual.y() > 0.2);
    QCOMPARE(m_model->queryIndex(), 4);
    QTRY_COMPARE(m_view->wordArrow(0)->vector(), actual);
    QCOMPARE(m_view->draggedWord(), -1);

    // The other words stay where they were.
    QCOMPARE(m_model->words().at(1).vector, QPointF(0.8, 0.3));
}

void TestCanvasView::dragIsOneUndoStep()
{
    QWidget *viewport = m_view->viewport();
    const QPoint start = m_view->tipInViewport(3);
    QTest::mousePress(viewport, Qt::LeftButton, {}, start);
    for (int step = 1; step <= 10; ++step)
        QTest::mouseMove(viewport, start + QPoint(8 * step, 5 * step));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, start + QPoint(80, 50));

    QCOMPARE(m_model->undoStack()->count(), 1);
    QVERIFY(m_model->words().at(3).vector != QPointF(0.1, 0.9));
    m_model->undoStack()->undo();
    QCOMPARE(m_model->words().at(3).vector, QPointF(0.1, 0.9));
    m_model->undoStack()->redo();
    QVERIFY(m_model->words().at(3).vector != QPointF(0.1, 0.9));
}

void TestCanvasView::dragFollowsPointerWithoutDrift()
{
    // Out and back: the tip ends where it began, within a pixel.
    QWidget *viewport = m_view->viewport();
    const QPoint start = m_view->tipInViewport(2);
    QTest::mousePress(viewport, Qt::LeftButton, {}, start);
    QTest::mouseMove(viewport, start + QPoint(40, 0));
    QTest::mouseMove(viewport, start + QPoint(200, -90));
    QTest::mouseMove(viewport, start);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, start);

    const QPointF actual = m_model->words().at(2).vector;
    QVERIFY2(near(actual, QPointF(0.4, 0.6), 1e-12), qPrintable(describe(actual)));
    // A drag that returns to its start records nothing.
    QCOMPARE(m_model->undoStack()->count(), 0);
}

void TestCanvasView::escapeCancelsDrag()
{
    QWidget *viewport = m_view->viewport();
    const QPoint start = m_view->tipInViewport(0);
    QTest::mousePress(viewport, Qt::LeftButton, {}, start);
    QTest::mouseMove(viewport, start + QPoint(30, -30));
    QTest::mouseMove(viewport, start + QPoint(90, -120));
    QVERIFY(m_model->words().at(0).vector != QPointF(1.0, 0.0));

    QTest::keyClick(m_view, Qt::Key_Escape);
    QCOMPARE(m_model->words().at(0).vector, QPointF(1.0, 0.0));

    // Moves after Esc do nothing, and the release neither moves nor selects.
    QTest::mouseMove(viewport, start + QPoint(150, -150));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, start + QPoint(150, -150));
    QCOMPARE(m_model->words().at(0).vector, QPointF(1.0, 0.0));
    QCOMPARE(m_model->undoStack()->count(), 0);
    QCOMPARE(m_model->queryIndex(), 4);

    // The next drag starts from the restored tip with no leftover offset.
    const QPoint again = m_view->tipInViewport(0);
    QCOMPARE(again, start);
    const QPointF grabOffset = QPointF(1.0, 0.0) - m_view->mapToScene(again);
    QTest::mousePress(viewport, Qt::LeftButton, {}, again);
    QTest::mouseMove(viewport, again + QPoint(0, -40));
    QTest::mouseMove(viewport, again + QPoint(0, -80));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, again + QPoint(0, -80));
    const QPointF expected = m_view->mapToScene(again + QPoint(0, -80)) + grabOffset;
    QVERIFY(near(m_model->words().at(0).vector, expected, 1e-9));
}

void TestCanvasView::smallMoveIsClick()
{
    QWidget *viewport = m_view->viewport();
    const QPoint start = m_view->tipInViewport(1);
    const int below = std::max(1, QApplication::startDragDistance() - 2);
    QTest::mousePress(viewport, Qt::LeftButton, {}, start);
    QTest::mouseMove(viewport, start + QPoint(below, 0));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, start + QPoint(below, 0));

    QCOMPARE(m_model->words().at(1).vector, QPointF(0.8, 0.3));
    QCOMPARE(m_model->queryIndex(), 1);
    QCOMPARE(m_model->undoStack()->count(), 1); // the query change
}

void TestCanvasView::clickLineSelectsQuery()
{
    // A point on the line of "suddenly", away from the tips of the others.
    const QPoint onLine = m_view->mapFromScene(QPointF(0.07, 0.63));
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, onLine);
    QCOMPARE(m_model->queryIndex(), 3);
    QTRY_VERIFY(m_view->wordArrow(3)->zValue() > m_view->wordArrow(0)->zValue());
}

void TestCanvasView::clickEmptyCanvasChangesNothing()
{
    const QPoint empty = m_view->mapFromScene(QPointF(-0.8, -0.8));
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, empty);
    QCOMPARE(m_model->queryIndex(), 4);
    QCOMPARE(m_model->undoStack()->count(), 0);
}

void TestCanvasView::weightsShownOnArrows()
{
    // cat 0.2405 > jumped (query) > sleeping 0.2163 > couch 0.1713 > suddenly 0.1446.
    QTRY_VERIFY(m_view->wordArrow(0)->strength() > m_view->wordArrow(1)->strength());
    QVERIFY(m_view->wordArrow(1)->strength() > m_view->wordArrow(2)->strength());
    QVERIFY(m_view->wordArrow(2)->strength() > m_view->wordArrow(3)->strength());
    QCOMPARE(m_view->wordArrow(4)->strength(), 1.0);

    m_model->setQuery(3);
    QTRY_COMPARE(m_view->wordArrow(3)->strength(), 1.0);
    QVERIFY(m_view->wordArrow(4)->strength() < 1.0);
}

void TestCanvasView::outputArrowFollowsResult()
{
    ArrowItem *output = m_view->outputArrow();
    QVERIFY(output->isVisible());
    QVERIFY(near(output->vector(), QPointF(0.701122, 0.320510), 1e-6));

    m_model->previewWordVector(0, QPointF(0.0, 2.0));
    QTRY_VERIFY(!near(output->vector(), QPointF(0.701122, 0.320510), 1e-3));
    const attention::Result &result = m_model->result();
    QCOMPARE(output->vector(), QPointF(result.outputs(4, 0), result.outputs(4, 1)));
}

void TestCanvasView::wheelZoomsAroundPointer()
{
    QWidget *viewport = m_view->viewport();
    const QPoint pointer(300, 200);
    const QPointF under = m_view->mapToScene(pointer);
    const qreal before = m_view->zoom();

    sendWheel(viewport, pointer, 120);
    QVERIFY(std::abs(m_view->zoom() / before - 1.15) < 1e-9);
    QVERIFY2(near(m_view->mapToScene(pointer), under, pixelTolerance(*m_view)),
             qPrintable(describe(m_view->mapToScene(pointer)) + " vs " + describe(under)));

    sendWheel(viewport, pointer, -240);
    QVERIFY(m_view->zoom() < before);
    QVERIFY(near(m_view->mapToScene(pointer), under, pixelTolerance(*m_view)));

    // Arrows keep their pixel size: the tip handle is still hit at the tip.
    QVERIFY(m_view->wordArrow(0)->isOnHandle(m_view->mapToScene(m_view->tipInViewport(0) + QPoint(5, 0))));
}

void TestCanvasView::middleButtonPans()
{
    QWidget *viewport = m_view->viewport();
    const QPointF before = m_view->mapToScene(QPoint(400, 300));
    QTest::mousePress(viewport, Qt::MiddleButton, {}, QPoint(400, 300));
    QTest::mouseMove(viewport, QPoint(450, 280));
    QTest::mouseRelease(viewport, Qt::MiddleButton, {}, QPoint(450, 280));

    // The content moved with the pointer, the words did not.
    const QPointF after = m_view->mapToScene(QPoint(450, 280));
    QVERIFY2(near(after, before, pixelTolerance(*m_view)),
             qPrintable(describe(after) + " vs " + describe(before)));
    QCOMPARE(m_model->words().at(0).vector, QPointF(1.0, 0.0));
    QCOMPARE(m_model->undoStack()->count(), 0);
}

void TestCanvasView::fitViewFramesAllTips()
{
    sendWheel(m_view->viewport(), QPoint(10, 10), 120 * 20);
    m_view->fitToContents();

    // Room for labels: every tip at least 40 pixels inside the edges.
    const QRect visible = m_view->viewport()->rect().adjusted(40, 40, -40, -40);
    for (int i = 0; i < m_model->wordCount(); ++i)
        QVERIFY2(visible.contains(m_view->tipInViewport(i)), qPrintable(QString::number(i)));
    QVERIFY(visible.contains(m_view->mapFromScene(QPointF(0, 0))));

    // The contents (origin to the farthest tips) are centred.
    const QPoint centre = m_view->mapFromScene(QPointF(0.5, 0.45));
    QVERIFY2(std::abs(centre.x() - m_view->viewport()->width() / 2) <= 2,
             qPrintable(QString::number(centre.x())));
    QVERIFY2(std::abs(centre.y() - m_view->viewport()->height() / 2) <= 2,
             qPrintable(QString::number(centre.y())));

    // A resized view refits until the user zooms by hand.
    m_view->resize(500, 400);
    QTRY_COMPARE(m_view->viewport()->width(), 500 - 2 * m_view->frameWidth());
    const QPoint resizedCentre = m_view->mapFromScene(QPointF(0.5, 0.45));
    QVERIFY2(std::abs(resizedCentre.x() - m_view->viewport()->width() / 2) <= 2,
             qPrintable(QString::number(resizedCentre.x())));
}

void TestCanvasView::dragClampsToCoordinateLimit()
{
    m_model->previewWordVector(0, QPointF(5e6, -5e6));
    QCOMPARE(m_model->words().at(0).vector,
             QPointF(attention::kCoordinateLimit, -attention::kCoordinateLimit));
    QCOMPARE(m_model->result().status, attention::Status::Ok);
    QVERIFY(m_model->result().weights.allFinite());
}

void TestCanvasView::arrowKeysNudgeCurrentWord()
{
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, m_view->tipInViewport(0));
    QCOMPARE(m_model->currentWord(), 0);
    QCOMPARE(m_model->undoStack()->count(), 1); // the click made "cat" the query

    for (int i = 0; i < 10; ++i)
        QTest::keyClick(m_view, Qt::Key_Right);
    QVERIFY(m_model->words().at(0).vector == QPointF(2.0, 0.0));
    QTest::keyClick(m_view, Qt::Key_Up, Qt::ShiftModifier);
    QVERIFY(m_model->words().at(0).vector == QPointF(2.0, 1.0));
    QTest::keyClick(m_view, Qt::Key_Down);
    QTest::keyClick(m_view, Qt::Key_Left);
    QVERIFY(m_model->words().at(0).vector == QPointF(1.9, 0.9));

    // All nudges of one word are one undo step.
    QCOMPARE(m_model->undoStack()->count(), 2);
    m_model->undoStack()->undo();
    QCOMPARE(m_model->words().at(0).vector, QPointF(1.0, 0.0));
}

void TestCanvasView::tabWalksWordsAndEnterSelects()
{
    m_view->setFocus();
    QCOMPARE(m_model->currentWord(), -1);
    QTest::keyClick(m_view, Qt::Key_Tab);
    QCOMPARE(m_model->currentWord(), 0);
    QTest::keyClick(m_view, Qt::Key_Tab);
    QTest::keyClick(m_view, Qt::Key_Tab);
    QCOMPARE(m_model->currentWord(), 2);
    QTest::keyClick(m_view, Qt::Key_Backtab);
    QCOMPARE(m_model->currentWord(), 1);
    QTRY_VERIFY(m_view->wordArrow(1)->isCurrent());
    QVERIFY(!m_view->wordArrow(2)->isCurrent());

    QTest::keyClick(m_view, Qt::Key_Return);
    QCOMPARE(m_model->queryIndex(), 1);
}

void TestCanvasView::doubleClickEmptyAddsWord()
{
    const QPoint empty = m_view->mapFromScene(QPointF(-0.5, -0.3));
    const QPointF expected = m_view->mapToScene(empty);
    QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, empty);
    QLineEdit *editor = m_view->labelEditor();
    QVERIFY(editor);
    QTRY_VERIFY(editor->isVisible());
    QCOMPARE(m_model->wordCount(), 5); // nothing added before the label is confirmed

    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("dog"));
    QTest::keyClick(editor, Qt::Key_Return);

    QCOMPARE(m_model->wordCount(), 6);
    QCOMPARE(m_model->words().at(5).label, QStringLiteral("dog"));
    QVERIFY(near(m_model->words().at(5).vector, expected, 1e-9));
    QCOMPARE(m_model->currentWord(), 5);
    QCOMPARE(m_model->undoStack()->count(), 1);
    QVERIFY(!editor->isVisible());

    // Adding a word does not move the view under the user's hand.
    QVERIFY(near(m_view->mapToScene(empty), expected, 1e-9));

    m_model->undoStack()->undo();
    QCOMPARE(m_model->wordCount(), 5);
}

void TestCanvasView::escapeCancelsNewWord()
{
    QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, m_view->mapFromScene(QPointF(-0.5, -0.3)));
    QLineEdit *editor = m_view->labelEditor();
    QTRY_VERIFY(editor && editor->isVisible());
    QTest::keyClicks(editor, QStringLiteral("ghost"));
    QTest::keyClick(editor, Qt::Key_Escape);
    QVERIFY(!editor->isVisible());
    QCOMPARE(m_model->wordCount(), 5);
    QCOMPARE(m_model->undoStack()->count(), 0);
}

void TestCanvasView::doubleClickWordRenames()
{
    QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, m_view->tipInViewport(2));
    QLineEdit *editor = m_view->labelEditor();
    QTRY_VERIFY(editor && editor->isVisible());
    QCOMPARE(editor->text(), QStringLiteral("couch"));
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("sofa"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(m_model->words().at(2).label, QStringLiteral("sofa"));
    QTRY_COMPARE(m_view->wordArrow(2)->label(), QStringLiteral("sofa"));
    QCOMPARE(m_model->words().at(2).vector, QPointF(0.4, 0.6));
}

void TestCanvasView::snapRoundsDraggedTip()
{
    m_view->setSnapToGrid(true);
    const qreal step = m_view->gridStep();
    QWidget *viewport = m_view->viewport();
    const QPoint start = m_view->tipInViewport(3);
    QTest::mousePress(viewport, Qt::LeftButton, {}, start);
    QTest::mouseMove(viewport, start + QPoint(23, 0));
    QTest::mouseMove(viewport, start + QPoint(57, -41));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, start + QPoint(57, -41));

    const QPointF snappedVector = m_model->words().at(3).vector;
    for (const qreal coordinate : {snappedVector.x(), snappedVector.y()}) {
        const qreal multiple = coordinate / step;
        QVERIFY2(std::abs(multiple - std::round(multiple)) < 1e-9,
                 qPrintable(QString::number(coordinate, 'g', 17)));
        // Rounded to the nanogrid, so 0.3 is stored as 0.3.
        QCOMPARE(coordinate, std::round(coordinate * 1e9) / 1e9);
    }

    // Shift inverts: the drag follows the pointer exactly.
    const QPoint again = m_view->tipInViewport(3);
    const QPointF grabOffset = snappedVector - m_view->mapToScene(again);
    QTest::mousePress(viewport, Qt::LeftButton, Qt::ShiftModifier, again);
    sendShiftDragMove(viewport, again + QPoint(13, 0));
    sendShiftDragMove(viewport, again + QPoint(31, 17));

    // Released by hand too: QTest's release would first synthesize a move
    // without Shift to the release point.
    const QPoint end = again + QPoint(31, 17);
    QMouseEvent release(QEvent::MouseButtonRelease, end, viewport->mapToGlobal(end), Qt::LeftButton,
                        Qt::NoButton, Qt::ShiftModifier);
    QApplication::sendEvent(viewport, &release);
    const QPointF followed = m_view->mapToScene(again + QPoint(31, 17)) + grabOffset;
    QVERIFY2(near(m_model->words().at(3).vector, followed, 1e-9),
             qPrintable(describe(m_model->words().at(3).vector) + " vs " + describe(followed)));
}

void TestCanvasView::screenReaderDescription()
{
    const QString text = m_view->describeWeights();
    QVERIFY2(text.startsWith(QStringLiteral("Query “jumped”")), qPrintable(text));
    for (const QString &part :
         {QStringLiteral("cat: 0.241"), QStringLiteral("sleeping: 0.216"), QStringLiteral("jumped: 0.227")})
        QVERIFY2(text.contains(part), qPrintable(text));

    m_model->setQuery(0);
    QVERIFY(m_view->describeWeights().startsWith(QStringLiteral("Query “cat”")));
    m_model->resetScene(Scene{});
    QCOMPARE(m_view->describeWeights(), QStringLiteral("No query."));
}

void TestCanvasView::touchDragMovesTip()
{
    // One finger drags a tip exactly as the mouse does, one move per event.
    QPointingDevice *device = QTest::createTouchDevice();
    QWidget *viewport = m_view->viewport();
    const QPoint start = m_view->tipInViewport(0);
    const QPointF grabOffset = QPointF(1.0, 0.0) - m_view->mapToScene(start);
    QTest::touchEvent(viewport, device).press(0, start, viewport);
    QTest::touchEvent(viewport, device).move(0, start + QPoint(0, -20), viewport);
    QTest::touchEvent(viewport, device).move(0, start + QPoint(-40, -90), viewport);
    QTest::touchEvent(viewport, device).release(0, start + QPoint(-40, -90), viewport);

    const QPointF expected = m_view->mapToScene(start + QPoint(-40, -90)) + grabOffset;
    QTRY_VERIFY2(near(m_model->words().at(0).vector, expected, 1e-9),
                 qPrintable(describe(m_model->words().at(0).vector) + " vs " + describe(expected)));
    QCOMPARE(m_model->undoStack()->count(), 1);
}

void TestCanvasView::pinchZoomsWithoutMovingWords()
{
    QPointingDevice *device = QTest::createTouchDevice();
    QWidget *viewport = m_view->viewport();
    const qreal before = m_view->zoom();
    const QPoint centre = viewport->rect().center();
    QTest::touchEvent(viewport, device)
        .press(0, centre - QPoint(40, 0), viewport)
        .press(1, centre + QPoint(40, 0), viewport);
    for (int step = 1; step <= 8; ++step) {
        QTest::touchEvent(viewport, device)
            .move(0, centre - QPoint(40 + 10 * step, 0), viewport)
            .move(1, centre + QPoint(40 + 10 * step, 0), viewport);
    }
    QTest::touchEvent(viewport, device)
        .release(0, centre - QPoint(120, 0), viewport)
        .release(1, centre + QPoint(120, 0), viewport);

    QTRY_VERIFY2(m_view->zoom() > before * 1.5, qPrintable(QString::number(m_view->zoom() / before)));
    QCOMPARE(m_model->words(), notebookScene().words);
    QCOMPARE(m_model->undoStack()->count(), 0);
}

void TestCanvasView::labelPlacerTakesFirstFreeCandidate()
{
    // Three candidates in a row: the first on an obstacle, the second free.
    const QRectF candidates[] = {QRectF(0, 0, 10, 10), QRectF(20, 0, 10, 10), QRectF(40, 0, 10, 10)};
    const auto candidateAt = [&candidates](int index) { return candidates[index]; };
    LabelPlacer placer;
    placer.addObstacle(QRectF(0, 0, 10, 10));
    QCOMPARE(placer.place(3, candidateAt), 1);
    // The next label finds the first two taken.
    QCOMPARE(placer.place(3, candidateAt), 2);
    // Padding keeps a neighbour from touching: 1 pixel away counts as taken.
    const QRectF touching[] = {QRectF(51, 0, 10, 10), QRectF(100, 0, 10, 10)};
    QCOMPARE(placer.place(2, [&touching](int index) { return touching[index]; }), 1);

    // With every candidate taken, the one overlapping least wins.
    const QRectF crowded[] = {QRectF(0, 0, 10, 10), QRectF(28, 0, 10, 10)};
    QCOMPARE(placer.place(2, [&crowded](int index) { return crowded[index]; }), 1);

    placer.clear();
    QCOMPARE(placer.place(3, candidateAt), 0);

    // A candidate reaching out of the bounds is passed over.
    placer.clear();
    placer.setBounds(QRectF(5, 0, 100, 100));
    QCOMPARE(placer.place(3, candidateAt), 1);

    // One well inside, at fractional pixels, is free, so rounding in the
    // area outside the bounds must not count as overlap.
    placer.clear();
    placer.setBounds(QRectF(0, 0, 747, 677));
    const QRectF fractional[] = {QRectF(96.9653, 23.7184, 107.531, 45.4063), QRectF(300, 300, 10, 10)};
    QCOMPARE(placer.place(2, [&fractional](int index) { return fractional[index]; }), 0);
}

void TestCanvasView::roomyLabelsStayBeyondTips()
{
    // The notebook's sleeping, couch and suddenly have room beyond their
    // tips, so their labels stay there, and so does the query's.
    m_model->flushPendingChanges();
    for (const int j : {1, 2, 3, 4})
        QCOMPARE(m_view->wordArrow(j)->labelCandidate(), 0);
}

void TestCanvasView::crowdedLabelsDoNotOverlap()
{
    const Scene scene = crowdedScene();
    m_model->resetScene(scene);
    m_model->flushPendingChanges();
    m_view->fitToContents();
    const int count = int(scene.words.size());
    QVERIFY(!m_view->axisNumberRects().isEmpty());

    // Crowded indeed: beyond their tips, some labels would overlap.
    QVERIFY(!labelOverlaps(*m_view, count, true).isEmpty());

    const QStringList overlaps = labelOverlaps(*m_view, count, false);
    QVERIFY2(overlaps.isEmpty(), qPrintable(overlaps.join(QStringLiteral("; "))));
    // The query keeps its label beyond the tip.
    QCOMPARE(m_view->wordArrow(scene.query)->labelCandidate(), 0);

    // At presentation size, with 1.5 times the font, no labels overlap either.
    m_view->setFont(QFont(m_view->font().family(), int(m_view->font().pointSizeF() * 1.5)));
    m_view->fitToContents();
    const QStringList large = labelOverlaps(*m_view, count, false);
    QVERIFY2(large.isEmpty(), qPrintable(large.join(QStringLiteral("; "))));
}

void TestCanvasView::labelsAvoidArrowheads()
{
    // A long label whose spot beyond the tip would run over the query's
    // head, and the crowded scene.
    Scene longLabel;
    longLabel.words = {{QString(200, QLatin1Char('w')), {1.0, 0.2}},
                       {QStringLiteral("b"), {0.3, 0.8}},
                       {QStringLiteral("c"), {-0.5, 0.4}}};
    longLabel.query = 1;

    for (const Scene &scene : {longLabel, crowdedScene()}) {
        m_model->resetScene(scene);
        m_model->flushPendingChanges();
        m_view->fitToContents();
        const QTransform toViewport = m_view->viewportTransform();
        for (int a = 0; a < scene.words.size(); ++a) {
            const ArrowItem *labelled = m_view->wordArrow(a);
            if (!labelled->isLabelVisible())
                continue;
            const QRectF label = labelled->labelRect().translated(toViewport.map(labelled->vector()));
            for (int b = 0; b < scene.words.size(); ++b) {
                const QRectF head = m_view->wordArrow(b)->headRect(toViewport);
                QVERIFY2(!label.intersects(head),
                         qPrintable(QStringLiteral("label of %1 covers the head of %2")
                                        .arg(labelled->label().left(10), scene.words[b].label.left(10))));
            }
        }
    }
}

void TestCanvasView::labelsStayApartDuringDrag()
{
    const Scene scene = crowdedScene();
    m_model->resetScene(scene);
    m_model->flushPendingChanges();
    m_view->fitToContents();
    const int count = int(scene.words.size());

    // Drag "fish" through the cluster at the origin, checking every frame.
    QWidget *viewport = m_view->viewport();
    const QPoint start = m_view->tipInViewport(11);
    const QPoint end = m_view->tipInViewport(0);
    QTest::mousePress(viewport, Qt::LeftButton, {}, start);
    for (int step = 1; step <= 24; ++step) {
        QTest::mouseMove(viewport, start + (end - start) * step / 24);
        m_model->flushPendingChanges();
        const QStringList overlaps = labelOverlaps(*m_view, count, false);
        QVERIFY2(overlaps.isEmpty(),
                 qPrintable(QStringLiteral("frame %1: ").arg(step) + overlaps.join(QStringLiteral("; "))));
    }
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, end);
    QCOMPARE(m_view->draggedWord(), -1);
}

QTEST_MAIN(TestCanvasView)
#include "tst_canvasview.moc"
