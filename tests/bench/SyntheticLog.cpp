#include "SyntheticLog.h"

#include "format/LogEntry.h"
#include "format/LogHeader.h"
#include "format/Superblock.h"

#include <cstring>
#include <string>

namespace famscope::benchdata {

using namespace famfs;

void writeSyntheticLog(uint8_t* metadata, const SyntheticLog& spec) {
    const auto sb = Superblock::fresh(spec.deviceSize, spec.logLen).encode();
    std::memcpy(metadata, sb.data(), sb.size());
    uint64_t nextOffset = kLogOffset + spec.logLen;
    std::string dir;
    std::string lastFile;
    for (uint64_t i = 0; i < spec.entries; ++i) {
        LogEntry e;
        if (i % 65 == 0) {
            MkdirMeta d;
            d.mode = 0755;
            dir = (i % (65 * 16) == 0 ? std::string() : dir + "/") + "d" + std::to_string(i);
            if (dir.size() > 60)
                dir = "d" + std::to_string(i);
            setPathText(d.relpath, dir);
            e = LogEntry::makeMkdir(d);
        } else {
            FileMeta f;
            f.size = 4096 + i;
            f.flags = kFlagAllHostsRw;
            f.mode = 0644;
            f.count = 1;
            const bool damage = spec.crosslinkEvery != 0 && i % spec.crosslinkEvery == 0 && i > 1;
            if (!damage) // a damaged file reuses the previous file's extent and path
                nextOffset += kAllocUnit;
            f.setExtent(0, {0, nextOffset - kAllocUnit, kAllocUnit});
            const std::string path =
                damage && !lastFile.empty()
                    ? lastFile
                    : (spec.flat ? std::string("file_") : dir + "/f") + std::to_string(i);
            setPathText(f.relpath, path);
            lastFile = path;
            e = LogEntry::makeFile(f);
        }
        e.seqnum = i;
        e.seal();
        const auto bytes = e.encode();
        std::memcpy(metadata + kLogOffset + kLogHeaderSize + i * kLogEntrySize, bytes.data(),
                    bytes.size());
    }
    LogHeader h = LogHeader::fresh(spec.logLen);
    h.nextIndex = h.nextSeqnum = spec.entries;
    const auto hb = h.encode();
    std::memcpy(metadata + kLogOffset, hb.data(), hb.size());
}

} // namespace famscope::benchdata
