#include "core/edit/Creat.h"

#include "core/edit/FsPath.h"
#include "core/edit/PatternIo.h"
#include "core/fs/FileMap.h"
#include "core/fs/Resolver.h"

#include <algorithm>

namespace famscope::edit {

namespace {

Status reserveFileSpace(media::Media& media, const fs::FileMap& map, uint64_t size) {
    auto runs = fs::resolveRange(map, size, 0, size);
    if (!runs)
        return Error{runs.error()};
    for (const fs::DeviceRun& r : *runs)
        if (Status st = media.reserve(r.deviceOffset, std::min(r.length, size - r.fileOffset)); !st)
            return st;
    return Status::success();
}

} // namespace

Result<CreatResult> createFileWith(EditSession& session, const std::string& rawPath,
                                   const CreatOptions& options, const DataWriter& writeData) {
    auto path = normalizeFsPath(rawPath);
    if (!path)
        return Error{path.error()};
    if (options.size == 0)
        return Error{"'" + *path + "': size 0 (famfs files cannot be empty)"};
    if (session.exists(*path))
        return Error{"'" + *path + "' already exists"};
    if (!session.isDir(parentOf(*path)))
        return Error{"parent directory '" + parentOf(*path) + "' does not exist"};
    if (Status st = session.requireSlots(1); !st)
        return Error{st.error()};

    CreatResult result;
    result.path = *path;
    auto placement = options.planOnly
                         ? session.allocator().plan(options.size, options.interleave)
                         : session.allocator().allocate(options.size, options.interleave);
    if (!placement)
        return Error{"'" + *path + "': " + placement.error()};
    result.placement = *placement;
    if (options.planOnly)
        return result;

    famfs::FileMeta meta;
    meta.size = options.size;
    meta.flags = famfs::kFlagAllHostsRw;
    meta.uid = options.uid;
    meta.gid = options.gid;
    meta.mode = options.mode;
    famfs::setPathText(meta.relpath, *path);
    result.placement.applyTo(meta);

    if (writeData) {
        if (Status st = session.beginWrite(); !st)
            return Error{st.error()};
        // All of the file's space first: a full host disk then fails before any data is
        // written, instead of part-way with the blocks written so far left allocated.
        if (Status st = reserveFileSpace(session.media(), fs::fileMapOf(meta), options.size); !st)
            return Error{"'" + *path + "': " + st.error()};
        if (Status st = writeData(session.media(), fs::fileMapOf(meta), options.size); !st)
            return Error{"'" + *path + "': writing the data failed: " + st.error()};
        result.dataWritten = true;
    }
    auto index = session.append(famfs::LogEntry::makeFile(meta));
    if (!index)
        return Error{index.error()};
    result.entryIndex = *index;
    return result;
}

Result<CreatResult> createFile(EditSession& session, const std::string& path,
                               const CreatOptions& options) {
    DataWriter writer;
    if (options.dataSeed) {
        if ((*options.dataSeed & 0xffffffffULL) == 0)
            return Error{"seed " + std::to_string(*options.dataSeed) +
                         " truncates to 0 in 32 bits; famfs would replace it by a random seed"};
        const uint64_t seed = *options.dataSeed;
        writer = [seed](media::Media& m, const fs::FileMap& map, uint64_t size) {
            return writePattern(m, map, size, seed);
        };
    }
    return createFileWith(session, path, options, writer);
}

} // namespace famscope::edit
