// Heatmap speed on a big device: a 64 TiB device (33.5 million 2 MiB allocation units) with
// 100,000 files spread over all of it (every tenth file striped over 4 strips), then times:
//   * building the model: the owner timeline and the multi-resolution summary;
//   * a repaint of the heatmap widget at 1920x1080 into an image, whole device shown;
//   * the same zoomed in to one unit per cell (cells computed from the owner runs);
//   * a time-travel step: one log entry back or forward (summary update, then repaint), and a
//     jump over half the log (a rebuild of the summary).
// Prints median, min and max of each; run by hand (docs/BENCHMARKS.md).
//
//   bench_heatmap [--files N] [--device-tib T] [--repeat R] [--save OUT.png]
#include "BenchUsage.h"
#include "core/format/Layout.h"
#include "core/format/LogEntry.h"
#include "core/fs/AllocationMap.h"
#include "core/fs/Replay.h"
#include "core/media/MemoryMedia.h"
#include "ui/SelectionModel.h"
#include "ui/document/Snapshot.h"
#include "ui/views/HeatmapRenderer.h"
#include "ui/views/HeatmapView.h"

#include <QApplication>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

using namespace famscope;
using namespace famscope::famfs;
using Clock = std::chrono::steady_clock;

namespace {

double ms(Clock::duration d) {
    return std::chrono::duration<double, std::milli>(d).count();
}

void printTimes(const char* what, std::vector<double> v) {
    std::sort(v.begin(), v.end());
    std::printf("%-44s median %8.3f ms   min %8.3f   max %8.3f   (n=%zu)\n", what, v[v.size() / 2],
                v.front(), v.back(), v.size());
}

// The files fill the device in order, leaving a free gap after each, so every level of the
// summary has owners, free space and partly used cells.
fs::LoadedFs buildLog(uint64_t files, uint64_t deviceSize) {
    const uint64_t logLen = 64ULL << 20;
    fs::LoadedFs fs;
    fs.sb = Superblock::fresh(deviceSize, logLen);
    fs.log = LogHeader::fresh(logLen);
    fs.logHeaderRead = true;
    fs.layout = detectLayout(fs.sb, &fs.log);
    fs.mediaSize = deviceSize;
    const uint64_t firstAu = (kLogOffset + logLen) / kAllocUnit;
    const uint64_t nbits = deviceSize / kAllocUnit;
    const uint64_t slot = (nbits - firstAu) / files; // units per file, gap included
    const uint64_t used = std::max<uint64_t>(1, slot * 9 / 10);
    for (uint64_t i = 0; i < files; ++i) {
        FileMeta m;
        setPathText(m.relpath, "f" + std::to_string(i));
        m.size = used * kAllocUnit;
        m.flags = kFlagAllHostsRw;
        m.mode = 0644;
        const uint64_t start = firstAu + i * slot;
        if (i % 10 == 0 && used >= 4) { // striped: 4 strips inside the slot
            m.extType = kExtInterleave;
            m.count = 1;
            m.setInterleave(4, kAllocUnit);
            for (uint64_t s = 0; s < 4; ++s)
                m.setStrip(s, {0, (start + s * (used / 4)) * kAllocUnit, used / 4 * kAllocUnit});
        } else {
            m.count = 1;
            m.setExtent(0, {0, start * kAllocUnit, used * kAllocUnit});
        }
        LogEntry e = LogEntry::makeFile(m);
        e.seqnum = i;
        e.seal();
        fs.entries.push_back(std::move(e));
    }
    fs.log.nextIndex = fs.log.nextSeqnum = files;
    fs.entriesClaimed = files;
    return fs;
}

} // namespace

constexpr const char* kUsage =
    "usage: bench_heatmap [--files N] [--device-tib T] [--repeat R] [--save OUT.png]\n"
    "Heatmap model build, repaint and time-travel step on a big device (default 64 TiB,\n"
    "100,000 files, 50 repetitions); prints medians, min and max in ms.\n";

int main(int argc, char** argv) {
    benchusage::answerHelp(argc, argv, kUsage);
    uint64_t files = 100000;
    uint64_t tib = 64;
    int repeat = 50;
    const char* save = nullptr; // the whole-device frame, to look at
    for (int i = 1; i < argc; i += 2) {
        if (i + 1 >= argc)
            benchusage::exitWithUsage(kUsage, benchusage::kUsageError);
        const std::string arg = argv[i];
        const uint64_t value = std::strtoull(argv[i + 1], nullptr, 0);
        if (arg == "--files")
            files = std::max<uint64_t>(1, value);
        else if (arg == "--device-tib")
            tib = std::max<uint64_t>(1, value);
        else if (arg == "--save")
            save = argv[i + 1];
        else if (arg == "--repeat")
            repeat = std::max(1, static_cast<int>(value));
        else
            benchusage::exitWithUsage(kUsage, benchusage::kUsageError);
    }
    if (!std::getenv("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    std::printf("device %llu TiB, %llu files\n", static_cast<unsigned long long>(tib),
                static_cast<unsigned long long>(files));
    auto snapshot = std::make_shared<ui::Snapshot>();
    snapshot->target = QStringLiteral("synthetic");
    snapshot->opened = std::make_unique<fs::OpenedFs>();
    snapshot->opened->media = std::make_unique<media::MemoryMedia>("synthetic", 4096, false);
    snapshot->opened->fs = buildLog(files, tib << 40);
    snapshot->ns = fs::replay(snapshot->fs(), fs::ReplayMode::Mount);
    auto t0 = Clock::now();
    snapshot->allocation = fs::buildAllocationMap(snapshot->fs());
    std::printf("allocation map: %zu owner runs, %.1f ms (part of loading a target)\n",
                snapshot->allocation.runs.size(), ms(Clock::now() - t0));

    std::vector<double> build;
    std::shared_ptr<ui::HeatmapRenderer> renderer;
    for (int i = 0; i < std::min(repeat, 5); ++i) {
        t0 = Clock::now();
        renderer = std::make_shared<ui::HeatmapRenderer>(snapshot);
        build.push_back(ms(Clock::now() - t0));
    }
    std::printf("units %llu, summary base level %d, summary memory %.1f MiB\n",
                static_cast<unsigned long long>(renderer->nbits()), renderer->summary().baseLevel(),
                static_cast<double>(renderer->summary().memoryBytes()) / (1 << 20));
    printTimes("model build (timeline + summary)", build);

    ui::SelectionModel selection;
    ui::HeatmapView view(&selection);
    view.resize(1920, 1080);
    view.setRenderer(renderer);
    selection.setCurrentPath(QStringLiteral("f10")); // a striped file, outlined
    QImage image(1920, 1080, QImage::Format_RGB32);
    const auto repaint = [&] {
        QPainter p(&image);
        view.render(&p);
    };
    const auto timeRepaints = [&](const char* what) {
        std::vector<double> v;
        repaint(); // warm-up
        for (int i = 0; i < repeat; ++i) {
            const auto t = Clock::now();
            repaint();
            v.push_back(ms(Clock::now() - t));
        }
        printTimes(what, v);
    };
    std::printf("whole device: %u x %u cells of %u x %u px, %llu units each\n", view.grid().cols,
                view.grid().rows, view.grid().cellPx, view.grid().cellH,
                static_cast<unsigned long long>(view.grid().unitsPerCell()));
    timeRepaints("repaint 1920x1080, whole device");
    if (save && !image.save(QString::fromLocal8Bit(save), "PNG"))
        std::fprintf(stderr, "cannot write %s\n", save);

    std::vector<double> step, stepPaint;
    const uint64_t n = renderer->entryCount();
    for (int i = 0; i < repeat; ++i) {
        const uint64_t to = n - 1 - static_cast<uint64_t>(i) % std::max<uint64_t>(1, n - 1);
        auto t = Clock::now();
        renderer->setTime(to);
        step.push_back(ms(Clock::now() - t));
        repaint();
        stepPaint.push_back(ms(Clock::now() - t));
        renderer->setTime(to + 1);
    }
    printTimes("time-travel step (summary update)", step);
    printTimes("time-travel step + repaint", stepPaint);
    std::vector<double> jump; // a slider dragged across the whole log: rebuilds
    for (int i = 0; i < std::min(repeat, 10); ++i) {
        auto t = Clock::now();
        renderer->setTime(i % 2 == 0 ? n / 2 : n);
        repaint();
        jump.push_back(ms(Clock::now() - t));
    }
    printTimes("time-travel jump of n/2 entries + repaint", jump);
    renderer->setTime(n);

    view.zoom(64, QPoint(960, 540)); // all the way in: one unit per cell, big squares
    view.zoom(-2, QPoint(960, 540)); // back to one unit per 16 px cell
    std::printf("zoomed: %u x %u cells of %u x %u px, %llu units each\n", view.grid().cols,
                view.grid().rows, view.grid().cellPx, view.grid().cellH,
                static_cast<unsigned long long>(view.grid().unitsPerCell()));
    timeRepaints("repaint 1920x1080, zoomed to single units");
    return 0;
}
