// A small famfs image written byte by byte, for names and sizes no famfs tool would write:
// each file owns one 2 MiB extent holding the famfs test pattern of kHostileSeed, whatever
// size its entry claims; the superblock records `devicePath` verbatim.
#pragma once

#include "TempDir.h"

#include "core/edit/Prng.h"
#include "core/format/Constants.h"
#include "core/format/LogEntry.h"
#include "core/format/LogHeader.h"
#include "core/format/Superblock.h"

#include <QByteArray>
#include <QFile>

#include <cstring>
#include <string>
#include <vector>

namespace hostile {

constexpr uint64_t kMiB = 1ULL << 20;
constexpr uint64_t kDevSize = 32 * kMiB;
constexpr uint64_t kLogLen = 8 * kMiB;
constexpr uint64_t kDataStart = famscope::famfs::kLogOffset + kLogLen;
constexpr uint64_t kHostileSeed = 1;

struct File {
    std::string name; // raw bytes, at most 79
    uint64_t size = famscope::famfs::kAllocUnit;
    // 0: a 2 MiB extent of the file's own in the data area, holding the pattern. Otherwise the
    // extent's offset as given, anywhere (on the log, say), and nothing is written there.
    uint64_t extentOffset = 0;
};

inline QByteArray image(const std::vector<File>& files, const std::string& devicePath) {
    using namespace famscope::famfs;
    QByteArray img(static_cast<qsizetype>(kDevSize), '\0');
    auto put = [&](uint64_t at, const auto& bytes) {
        std::memcpy(img.data() + at, bytes.data(), bytes.size());
    };
    Superblock sb = Superblock::fresh(kDevSize, kLogLen);
    sb.setDaxdevPath(devicePath);
    sb.seal();
    put(0, sb.encode());
    uint64_t i = 0;
    for (const File& hf : files) {
        const uint64_t at = hf.extentOffset ? hf.extentOffset : kDataStart + i * kAllocUnit;
        famscope::edit::FamfsPrng g(kHostileSeed);
        for (uint64_t off = 0; off < kAllocUnit && !hf.extentOffset; off += 4) {
            const uint32_t w = g.nextWord();
            std::memcpy(img.data() + at + off, &w, 4); // little-endian host, as famfs
        }
        FileMeta f;
        f.size = hf.size;
        f.flags = kFlagAllHostsRw;
        f.mode = 0644;
        f.count = 1;
        f.setExtent(0, {0, at, kAllocUnit});
        setPathText(f.relpath, hf.name);
        LogEntry e = LogEntry::makeFile(f);
        e.seqnum = i;
        e.seal();
        put(kLogOffset + kLogHeaderSize + i * kLogEntrySize, e.encode());
        ++i;
    }
    LogHeader h = LogHeader::fresh(kLogLen);
    h.nextIndex = h.nextSeqnum = i;
    put(kLogOffset, h.encode());
    return img;
}

inline QString write(const QTemporaryDir& dir, const QByteArray& bytes) {
    const QString path = tempPath(dir, QStringLiteral("hostile.img"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write the hostile image");
    return path;
}

} // namespace hostile
