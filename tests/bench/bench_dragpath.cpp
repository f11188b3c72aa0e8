// Drag-path benchmark: the time from one synthetic mouse move on the canvas
// until the canvas, the chart and the numbers table have all repainted.
//
//   attention-bench-dragpath [--words N ...] [--moves M]
//   attention-bench-dragpath --startup
//
// Prints one line per N with the median and 95th percentile in milliseconds,
// and the peak resident memory of the process. With --startup it shows the
// main window, prints the time of its first paint and exits, for timing cold
// start from outside (tests/bench/startup.py).
#include "attentionchart.h"
#include "canvasview.h"
#include "mainwindow.h"
#include "numberspanel.h"
#include "scenemodel.h"
#include "startup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QMouseEvent>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <sys/resource.h>
#include <vector>

namespace {

// Records that a watched widget received a paint event.
class PaintWatcher : public QObject
{
public:
    bool painted = false;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return false;
    }
};

// A scene of n words spread on a spiral, so arrows and labels do not coincide.
Scene spiralScene(int n)
{
    Scene scene;
    for (int i = 0; i < n; ++i) {
        const double angle = 0.4 * i;
        const double radius = 0.3 + 0.02 * i;
        scene.words.append(
            {QStringLiteral("w%1").arg(i), {radius * std::cos(angle), radius * std::sin(angle)}});
    }
    scene.query = n - 1;
    return scene;
}

double percentile(std::vector<double> values, double fraction)
{
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(std::ceil(fraction * double(values.size()))) - 1;
    return values[std::min(index, values.size() - 1)];
}

void sendMove(QWidget *viewport, QPoint pos)
{
    QMouseEvent move(QEvent::MouseMove, pos, viewport->mapToGlobal(pos), Qt::NoButton, Qt::LeftButton,
                     Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
}

void measureDrag(int words, int moves)
{
    MainWindow window;
    window.model()->resetScene(spiralScene(words));
    window.resize(1366, 768);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        std::fprintf(stderr, "error: the window was not exposed\n");
        return;
    }
    CanvasView *canvas = window.canvas();
    canvas->fitToContents();
    QTest::qWait(50);

    QWidget *canvasViewport = canvas->viewport();
    QWidget *chartViewport = window.chart()->findChild<QWidget *>(QStringLiteral("attentionChartView"));
    auto *table = window.findChild<QTableView *>(QStringLiteral("numbersTable"));
    if (!chartViewport || !table) {
        std::fprintf(stderr, "error: chart or table not found by object name\n");
        return;
    }
    if (auto *view = qobject_cast<QAbstractScrollArea *>(chartViewport))
        chartViewport = view->viewport();

    PaintWatcher canvasPaint, chartPaint, tablePaint;
    canvasViewport->installEventFilter(&canvasPaint);
    chartViewport->installEventFilter(&chartPaint);
    table->viewport()->installEventFilter(&tablePaint);

    // Drag word 0 in a circle around its tip.
    const QPoint start = canvas->tipInViewport(0);
    QMouseEvent press(QEvent::MouseButtonPress, start, canvasViewport->mapToGlobal(start), Qt::LeftButton,
                      Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(canvasViewport, &press);
    sendMove(canvasViewport, start + QPoint(20, 0));
    QTest::qWait(20);

    std::vector<double> milliseconds;
    milliseconds.reserve(std::size_t(moves));
    for (int i = 0; i < moves; ++i) {
        const double angle = 0.05 * i;
        const QPoint pos =
            start + QPoint(int(std::lround(60 * std::cos(angle))), int(std::lround(60 * std::sin(angle))));
        canvasPaint.painted = chartPaint.painted = tablePaint.painted = false;

        const auto begin = std::chrono::steady_clock::now();
        sendMove(canvasViewport, pos);
        QElapsedTimer guard;
        guard.start();
        while (!(canvasPaint.painted && chartPaint.painted && tablePaint.painted) && guard.elapsed() < 2000)
            QCoreApplication::processEvents(QEventLoop::AllEvents);
        const auto end = std::chrono::steady_clock::now();
        milliseconds.push_back(std::chrono::duration<double, std::milli>(end - begin).count());
    }

    QMouseEvent release(QEvent::MouseButtonRelease, start, canvasViewport->mapToGlobal(start), Qt::LeftButton,
                        Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(canvasViewport, &release);

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("drag N=%-4d moves=%d  median %.3f ms  p95 %.3f ms  peak RSS %.1f MiB\n", words, moves,
                percentile(milliseconds, 0.5), percentile(milliseconds, 0.95),
                double(usage.ru_maxrss) / 1024.0);
    std::fflush(stdout);
}

// Sets up the application as main() does, shows the main window and returns
// once its canvas has painted, for timing cold start from outside the process
// (tests/bench/startup.py). Prints the CLOCK_MONOTONIC time of that first
// paint in nanoseconds, so the script can leave out the exit.
int measureStartup()
{
    startup::prepareGuiApplication();
    MainWindow window;
    PaintWatcher firstPaint;
    window.canvas()->viewport()->installEventFilter(&firstPaint);
    window.show();
    while (!firstPaint.painted)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);

    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    std::printf("first-paint-ns %lld\n", static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    startup::prepareProcess();
    // Settings of its own, so a run never changes the app's window state.
    QCoreApplication::setOrganizationName(QStringLiteral("AttentionExplorerBench"));
    QApplication app(argc, argv);

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption wordsOption(
        QStringLiteral("words"), QStringLiteral("Number of words N (repeatable)."), QStringLiteral("N"));
    const QCommandLineOption movesOption(QStringLiteral("moves"), QStringLiteral("Mouse moves per N."),
                                         QStringLiteral("M"), QStringLiteral("300"));
    const QCommandLineOption startupOption(
        QStringLiteral("startup"),
        QStringLiteral("Quit after the first paint and print the time since start."));
    parser.addOptions({wordsOption, movesOption, startupOption});
    parser.process(app);

    if (parser.isSet(startupOption))
        return measureStartup();

    QList<int> sizes;
    for (const QString &value : parser.values(wordsOption))
        sizes.append(value.toInt());
    if (sizes.isEmpty())
        sizes = {5, 100, 500};
    const int moves = std::max(1, parser.value(movesOption).toInt());
    for (const int n : sizes)
        measureDrag(std::max(1, n), moves);
    return 0;
}
