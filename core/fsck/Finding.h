// One fsck finding: a stable code (documented in docs/FSCK-CODES.md), a severity, where the
// problem is, and a message that names it precisely. Plain data, no Qt.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace famscope::fsck {

enum class Severity { Error, Warning, Info };
const char* severityName(Severity s); // "error", "warning", "info"

// Where a finding points. Only the parts that apply are set.
struct Location {
    enum class Area { Device, Superblock, LogHeader, Entry, Allocation };
    Area area = Area::Device;
    std::string field;               // on-media field name, e.g. "ts_crc", "fm_size"
    std::optional<uint64_t> offset;  // device byte offset of the field or region
    std::optional<uint64_t> entry;   // log slot index
    std::string path;                // FILE/MKDIR path as logged (may be raw bytes)
    std::optional<uint64_t> firstAu; // allocation-unit range [firstAu, firstAu + auCount)
    uint64_t auCount = 0;

    std::string text() const; // one line, e.g. "entry 5 \"a/b\" fm_size @0x200b10"
};
const char* areaName(Location::Area a); // "device", "superblock", "log-header", ...

// A path from media in double quotes, its bytes as they are: text output escapes the whole
// message once (report::escapeText), JSON once (report::escapeForJson).
std::string quotedPath(std::string_view path);

// One cause. Consecutive log entries with the same defect (a zeroed tail, random bytes over a
// stretch of the log) are one finding, a group: `location` is its first member's, `last` its
// last member's, `count` how many entries it stands for and `members` the first
// kMaxMembersListed of them, each a finding of its own.
struct Finding {
    static constexpr uint64_t kMaxMembersListed = 1000;

    std::string code;
    Severity severity = Severity::Error;
    Location location;
    std::string message;
    uint64_t count = 1;
    std::optional<Location> last;
    std::vector<Finding> members;

    static Finding single(std::string_view code, Severity severity, Location location,
                          std::string message);
    bool isGroup() const { return last.has_value(); }
    uint64_t membersNotListed() const { return isGroup() ? count - members.size() : 0; }
    // location.text(), or for a group its range: "entries 11..15419 crc @0x200a38".
    std::string where() const;
};

struct FindingCounts {
    uint64_t errors = 0;
    uint64_t warnings = 0;
    uint64_t infos = 0;
};

// Where each checker puts its findings; keeps the severity counts current, one per finding (a
// group counts once: it is one cause). Runs of damaged entries are already groups, but a log of
// two million entries damaged one in two would still make a million findings (gigabytes of
// text that nobody reads): past kMaxPerCode findings of one code, further ones are counted (in
// the severity counts and in omitted()) but not kept.
class FindingSink {
public:
    static constexpr uint64_t kMaxPerCode = 1000;

    void add(std::string_view code, Severity severity, Location location, std::string message);
    void add(Finding finding);
    const std::vector<Finding>& findings() const { return findings_; }
    std::vector<Finding> take() { return std::move(findings_); }
    const FindingCounts& counts() const { return counts_; }
    bool has(std::string_view code) const;
    // Whether a finding of `code` added now would be kept: a checker can spare the text (and
    // the entries it reads for it) of one that would only be counted.
    bool keeps(std::string_view code) const;
    // Code -> findings counted but not kept, in code order.
    const std::map<std::string, uint64_t>& omitted() const { return omitted_; }

private:
    std::vector<Finding> findings_;
    FindingCounts counts_;
    std::map<std::string, uint64_t, std::less<>> kept_;
    std::map<std::string, uint64_t> omitted_;
};

} // namespace famscope::fsck
