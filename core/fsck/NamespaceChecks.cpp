#include "core/fsck/NamespaceChecks.h"

#include <algorithm>

namespace famscope::fsck {

using namespace famfs;
using Outcome = fs::EntryDecision::Outcome;

namespace {

const char* kindName(bool isDir) {
    return isDir ? "directory" : "file";
}

std::string_view parentOf(std::string_view path) {
    const size_t slash = path.rfind('/');
    return slash == std::string_view::npos ? std::string_view{} : path.substr(0, slash);
}

} // namespace

NamespaceChecks::NamespaceChecks(const fs::EntrySource& entries)
    : entries_(entries), plainLengths_(entries.count()) {}

void NamespaceChecks::decide(const fs::EntryDecision& d) {
    plainLengths_[d.entry] = static_cast<uint8_t>(d.plainLength);
    // famfs skips a path that is not NUL-terminated (PATH_UNTERMINATED says so); the replay
    // reads it as its 80 bytes.
    if (d.rawPath.size() >= kMaxPathLen)
        return;
    auto add = [&](const CodeInfo& code, std::string message) {
        pending_.push_back({d.entry, &code, d.isDir, std::string(d.rawPath), std::move(message)});
    };
    if (d.outcome == Outcome::Exists) {
        const std::string firstText =
            d.atMountPoint
                ? std::string("mount point")
                : kindName(d.nodeIsDir) + std::string(" of entry ") + std::to_string(d.nodeEntry);
        const bool firstIsDir = d.atMountPoint || d.nodeIsDir;
        if (d.isDir && !firstIsDir)
            add(codes::MkdirOverFile, "mkdir of a path that is already the " + firstText +
                                          "; famfs counts a directory error and keeps the file");
        else if (!d.isDir && firstIsDir)
            add(codes::FileOverDir, "file over a path that is already the " + firstText +
                                        "; the directory wins and this file's space is lost");
        else
            add(codes::PathDuplicate,
                "the path is already the " + firstText + "; " +
                    (d.atMountPoint ? std::string("the mount point")
                                    : "entry " + std::to_string(d.nodeEntry)) +
                    " wins" +
                    (d.isDir ? std::string() : ", this entry's space is allocated but lost"));
        return;
    }
    // Most entries are created where they are logged: nothing to report, no parent to find.
    if (!d.instantiable || d.outcome == Outcome::Created)
        return;
    const std::string_view parent = parentOf(d.rawPath);
    switch (d.outcome) {
    case Outcome::Escapes:
        add(codes::PathEscapesMount,
            std::string("'..' climbs above the mount point: a mount resolves this ") +
                kindName(d.isDir) +
                " outside the famfs file system (famfs removes a file it creates there, "
                "mkdir() leaves the directory there)");
        return;
    case Outcome::UnderFile:
        if (d.path == parent) {
            add(codes::PathParentNotDir, "parent " + quotedPath(parent) + " is the file of entry " +
                                             std::to_string(d.nodeEntry) + ", not a directory");
            return;
        }
        add(codes::PathParentMissing, parentMissing(d, parent) + quotedPath(d.path) +
                                          " is the file of entry " + std::to_string(d.nodeEntry) +
                                          ", so famfs mount fails (ENOTDIR)");
        return;
    case Outcome::Truncated:
        add(codes::PathParentMissing,
            parentMissing(d, parent) +
                (d.isDir ? std::string("famfs mount's mkdir() fails and creates nothing")
                         : "famfs mount creates a regular file " + quotedPath(d.path) +
                               " holding this entry's data"));
        return;
    case Outcome::Created:
    case Outcome::Exists:
        return;
    }
}

// "parent directory "P" is never created; " (or "is created only later, by entry N; ").
std::string NamespaceChecks::parentMissing(const fs::EntryDecision& d, std::string_view parent) {
    const std::optional<uint64_t> later = laterMkdir(parent, d.entry);
    return "parent directory " + quotedPath(parent) + " " +
           (later ? "is created only later, by entry " + std::to_string(*later)
                  : std::string("is never created")) +
           "; ";
}

std::optional<uint64_t> NamespaceChecks::laterMkdir(std::string_view path, uint64_t after) {
    if (!mkdirsIndexed_) {
        mkdirsIndexed_ = true;
        // A streamed log is read once more here, from its media.
        entries_.forEach([this](uint64_t i, const LogEntry& e) {
            const MkdirMeta* d = e.mkdir();
            if (d && e.seqnum == i && e.crcValid() && pathTerminated(d->relpath))
                mkdirs_[pathText(d->relpath)].push_back(i);
        });
    }
    const auto it = mkdirs_.find(path);
    if (it == mkdirs_.end())
        return std::nullopt;
    const auto later = std::upper_bound(it->second.begin(), it->second.end(), after);
    if (later == it->second.end())
        return std::nullopt;
    return *later;
}

void NamespaceChecks::reportPending(uint64_t index, FindingSink& sink) {
    for (; next_ < pending_.size() && pending_[next_].entry <= index; ++next_) {
        Pending& p = pending_[next_];
        if (p.entry != index)
            continue;
        const char* field = p.isDir ? "md_relpath" : "fm_relpath";
        const uint64_t fieldAt = p.isDir ? 28 : 40;
        fsck::report(sink, *p.code, entryLocation(index, std::move(p.path), field, fieldAt),
                     std::move(p.message));
    }
}

} // namespace famscope::fsck
