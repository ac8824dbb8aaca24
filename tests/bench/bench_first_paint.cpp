// Open to first paint in the desktop app, in process: a fresh main window (1366x768, offscreen
// unless QT_QPA_PLATFORM says otherwise) opens IMAGE as File > Open does, and the time is taken
// from the open to the first paint of the namespace tree with the image's rows in it (the
// window showing the opened file system), then to the moment the window is idle again. The
// process's CPU time to the first paint (every thread: the load, the GUI, fsck started meanwhile)
// is printed beside it, as the figure a loaded machine changes least.
//
//   bench_first_paint IMAGE [--runs N]
//
// Prints each run and the medians; docs/BENCHMARKS.md ("Desktop app: open to first paint").
#include "BenchUsage.h"

#include "ui/document/Document.h"
#include "ui/mainwindow/MainWindow.h"

#include <QAbstractEventDispatcher>
#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <vector>

using namespace famscope;

namespace {

constexpr const char* kUsage =
    "usage: bench_first_paint IMAGE [--runs N]\n"
    "Opens IMAGE in a fresh 1366x768 main window N times (default 5, offscreen) and prints the\n"
    "time from the open to the first paint of the namespace tree with content (and the\n"
    "process CPU time to it), and to idle.\n";

double processCpuMs() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

// The first paint of the tree's viewport once the tree has rows.
class FirstPaint : public QObject {
public:
    FirstPaint(QTreeView* tree, const QElapsedTimer& clock) : tree_(tree), clock_(clock) {
        tree->viewport()->installEventFilter(this);
    }
    double ms = -1;
    double cpuMs = -1; // process CPU time at that paint

protected:
    bool eventFilter(QObject*, QEvent* event) override {
        if (event->type() == QEvent::Paint && ms < 0 && tree_->model() &&
            tree_->model()->rowCount() > 0) {
            ms = double(clock_.nsecsElapsed()) / 1e6;
            cpuMs = processCpuMs();
        }
        return false;
    }

private:
    QTreeView* tree_;
    const QElapsedTimer& clock_;
};

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv) {
    benchusage::answerHelp(argc, argv, kUsage);
    if (argc < 2 || argv[1][0] == '-')
        benchusage::exitWithUsage(kUsage, benchusage::kUsageError);
    int runs = 5;
    for (int i = 2; i < argc; ++i) {
        if (std::strcmp(argv[i], "--runs") == 0 && i + 1 < argc)
            runs = std::max(1, std::atoi(argv[++i]));
        else
            benchusage::exitWithUsage(kUsage, benchusage::kUsageError);
    }
    if (!std::getenv("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("famscope-bench"));
    QApplication::setApplicationName(QStringLiteral("bench_first_paint"));
    const QString image = QString::fromLocal8Bit(argv[1]);

    std::vector<double> paints, cpus, idles;
    for (int run = 0; run < runs; ++run) {
        ui::MainWindow window;
        window.resize(1366, 768);
        window.show();
        QApplication::processEvents();
        auto* tree = window.findChild<QTreeView*>(QStringLiteral("namespaceTree"));
        auto* document = window.findChild<ui::Document*>();
        if (!tree || !document) {
            std::fprintf(stderr, "bench_first_paint: the window has no namespace tree\n");
            return 1;
        }
        QElapsedTimer clock;
        FirstPaint paint(tree, clock);
        bool failed = false;
        QObject::connect(document, &ui::Document::loadFailed, [&](const QString& error) {
            std::fprintf(stderr, "%s\n", error.toLocal8Bit().constData());
            failed = true;
        });
        const double cpuAtOpen = processCpuMs();
        clock.start();
        window.openPath(image);
        while (paint.ms < 0 && !failed && clock.elapsed() < 120000)
            QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        if (failed || paint.ms < 0)
            return 1;
        // Idle: the event loop has nothing left to do for 100 ms (background work reported).
        QElapsedTimer quiet;
        quiet.start();
        double idle = double(clock.nsecsElapsed()) / 1e6;
        while (quiet.elapsed() < 100 && clock.elapsed() < 120000) {
            if (QApplication::eventDispatcher()->processEvents(QEventLoop::AllEvents)) {
                idle = double(clock.nsecsElapsed()) / 1e6;
                quiet.restart();
            }
        }
        paints.push_back(paint.ms);
        cpus.push_back(paint.cpuMs - cpuAtOpen);
        idles.push_back(idle);
        std::printf("run %d: first paint %.1f ms (cpu %.1f ms), idle %.1f ms\n", run + 1, paint.ms,
                    cpus.back(), idle);
    }
    std::printf("median: first paint %.1f ms (%.1f-%.1f), cpu %.1f ms (%.1f-%.1f), idle %.1f ms\n",
                median(paints), *std::min_element(paints.begin(), paints.end()),
                *std::max_element(paints.begin(), paints.end()), median(cpus),
                *std::min_element(cpus.begin(), cpus.end()),
                *std::max_element(cpus.begin(), cpus.end()), median(idles));
    return 0;
}
