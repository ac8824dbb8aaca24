// A log's entries for a check that has passed over them once and needs a few again (fsck names
// the files of a collision, the files that waste a unit) or, rarely, all of them once more:
// from the decoded array of a loaded file system, or read again from the media when the first
// pass streamed the log and kept none (MediaEntries, EntryStream.h).
#pragma once

#include "core/format/LogEntry.h"
#include "core/fs/LoadedFs.h"

#include <cstdint>
#include <functional>

namespace famscope::fs {

class EntrySource {
public:
    using Visit = std::function<void(uint64_t index, const famfs::LogEntry& entry)>;

    virtual ~EntrySource() = default;
    virtual uint64_t count() const = 0;                   // slots in the log
    virtual famfs::LogEntry at(uint64_t index) const = 0; // index < count()
    virtual void forEach(const Visit& visit) const = 0;   // every entry, in log order
};

// The entries of a loaded file system (fs.entries), which outlive it.
class LoadedEntries final : public EntrySource {
public:
    explicit LoadedEntries(const LogEntryList& entries) : entries_(entries) {}
    uint64_t count() const override { return entries_.size(); }
    famfs::LogEntry at(uint64_t index) const override { return entries_[index]; }
    void forEach(const Visit& visit) const override {
        for (uint64_t i = 0; i < entries_.size(); ++i)
            visit(i, entries_[i]);
    }

private:
    const LogEntryList& entries_;
};

} // namespace famscope::fs
