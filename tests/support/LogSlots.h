// Writes log entries into an image file slot by slot as famfs_append_log does: each entry with
// its seqnum (= its index) and CRC, then both header counters. For test images whose logs
// famscope's own editing commands would refuse to write.
#pragma once

#include "core/format/Constants.h"
#include "core/format/LogEntry.h"

#include <QFile>

#include <cstdint>
#include <vector>

namespace logslots {

inline void writeAt(QFile& f, uint64_t offset, const void* data, size_t size) {
    if (!f.seek(static_cast<qint64>(offset)) ||
        f.write(static_cast<const char*>(data), static_cast<qint64>(size)) !=
            static_cast<qint64>(size))
        qFatal("cannot write the log");
}

inline void putCounter(QFile& f, uint64_t offset, uint64_t value) {
    char le[8];
    for (int i = 0; i < 8; ++i)
        le[i] = static_cast<char>(value >> (8 * i));
    writeAt(f, offset, le, 8);
}

// Entries go to slots 0, 1, ...; the header then counts them.
inline void writeLog(QFile& f, std::vector<famscope::famfs::LogEntry> entries) {
    using namespace famscope::famfs;
    for (uint64_t i = 0; i < entries.size(); ++i) {
        LogEntry& e = entries[i];
        e.seqnum = i;
        e.seal();
        const auto bytes = e.encode();
        writeAt(f, kLogOffset + kLogHeaderSize + i * kLogEntrySize, bytes.data(), bytes.size());
    }
    putCounter(f, kLogOffset + 32, entries.size()); // famfs_log_next_seqnum
    putCounter(f, kLogOffset + 40, entries.size()); // famfs_log_next_index
}

} // namespace logslots
