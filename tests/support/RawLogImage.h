// A small famfs image (core mkfs) whose log holds exactly the FILE and MKDIR entries a test
// gives, paths as raw bytes, written slot by slot as famfs_append_log does (entry with its
// seqnum and CRC, then both counters): logs that famscope's own editing commands refuse to
// write (missing parents, "..", duplicates) but that a famfs mount replays. Each FILE entry
// gets a 2 MiB extent of its own.
#pragma once

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
            e.seqnum = i;
            e.seal();
            const auto bytes = e.encode();
            write(f, kLogOffset + kLogHeaderSize + i * kLogEntrySize, bytes.data(), bytes.size());
        }
        putCounter(f, kLogOffset + 32, log.size()); // famfs_log_next_seqnum
        putCounter(f, kLogOffset + 40, log.size()); // famfs_log_next_index
    }

    QString path() const { return QString::fromStdString(image.img); }

private:
    static void write(QFile& f, uint64_t offset, const void* data, size_t size) {
        if (!f.seek(static_cast<qint64>(offset)) ||
            f.write(static_cast<const char*>(data), static_cast<qint64>(size)) !=
                static_cast<qint64>(size))
            qFatal("cannot write the log");
    }
    static void putCounter(QFile& f, uint64_t offset, uint64_t value) {
        char le[8];
        for (int i = 0; i < 8; ++i)
            le[i] = static_cast<char>(value >> (8 * i));
        write(f, offset, le, 8);
    }
};
