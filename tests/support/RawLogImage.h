// A small famfs image (core mkfs) whose log holds exactly the FILE and MKDIR entries a test
// gives, paths as raw bytes, written slot by slot as famfs_append_log does (entry with its
// seqnum and CRC, then both counters): logs that famscope's own editing commands refuse to
// write (missing parents, "..", duplicates) but that a famfs mount replays. Each FILE entry
// gets a 2 MiB extent of its own.
#pragma once

#include "LogSlots.h"
#include "MountOracle.h"
#include "TempImage.h"

#include "core/format/Constants.h"
#include "core/format/LogEntry.h"

#include <QFile>

#include <cstdint>
#include <vector>

struct RawLogImage {
    TempImage image;

    explicit RawLogImage(const std::vector<mountoracle::LoggedEntry>& log) {
        using namespace famscope::famfs;
        QFile f(path());
        if (!f.open(QIODevice::ReadWrite))
            qFatal("cannot open the image to write its log");
        constexpr uint64_t kFirstData = uint64_t{16} << 20; // after the 8 MiB log
        std::vector<LogEntry> entries;
        for (uint64_t i = 0; i < log.size(); ++i) {
            LogEntry e;
            if (log[i].isDir()) {
                MkdirMeta d;
                setPathText(d.relpath, log[i].path);
                d.mode = 0755;
                e = LogEntry::makeMkdir(d);
            } else {
                FileMeta m;
                setPathText(m.relpath, log[i].path);
                m.size = kAllocUnit;
                m.mode = 0644;
                m.count = 1;
                m.setExtent(0, {0, kFirstData + i * kAllocUnit, kAllocUnit});
                e = LogEntry::makeFile(m);
            }
            entries.push_back(e);
        }
        logslots::writeLog(f, std::move(entries));
    }

    QString path() const { return QString::fromStdString(image.img); }
};
