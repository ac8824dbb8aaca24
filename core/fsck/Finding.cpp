#include "core/fsck/Finding.h"

#include "core/format/Hex.h"

#include <algorithm>

namespace famscope::fsck {

const char* severityName(Severity s) {
    switch (s) {
    case Severity::Error:
        return "error";
    case Severity::Warning:
        return "warning";
    case Severity::Info:
        return "info";
    }
    return "error";
}

const char* areaName(Location::Area a) {
    switch (a) {
    case Location::Area::Device:
        return "device";
    case Location::Area::Superblock:
        return "superblock";
    case Location::Area::LogHeader:
        return "log-header";
    case Location::Area::Entry:
        return "entry";
    case Location::Area::Allocation:
        return "allocation";
    }
    return "device";
}

std::string quotedPath(std::string_view s) {
    // Raw bytes: the output layer escapes every message once (report::escapeText); escaping
    // here too would show a backslash in a name as \\\\ and a control byte as \\x1b.
    return "\"" + std::string(s) + "\"";
}

std::string Location::text() const {
    std::string t;
    auto append = [&t](const std::string& part) {
        if (!t.empty())
            t += ' ';
        t += part;
    };
    switch (area) {
    case Area::Superblock:
        append("superblock");
        break;
    case Area::LogHeader:
        append("log header");
        break;
    case Area::Entry:
        break;
    case Area::Allocation:
        append("allocation");
        break;
    case Area::Device:
        append("device");
        break;
    }
    if (entry)
        append("entry " + std::to_string(*entry));
    if (!path.empty())
        append(quotedPath(path));
    if (!field.empty())
        append(field);
    if (offset)
        append("@" + famfs::hexString(*offset));
    if (firstAu) {
        append(auCount == 1 ? "AU " + std::to_string(*firstAu)
                            : "AUs " + std::to_string(*firstAu) + ".." +
                                  std::to_string(*firstAu + auCount - 1));
    }
    return t;
}

Finding Finding::single(std::string_view code, Severity severity, Location location,
                        std::string message) {
    Finding f;
    f.code = code;
    f.severity = severity;
    f.location = std::move(location);
    f.message = std::move(message);
    return f;
}

std::string Finding::where() const {
    if (!last || !location.entry || !last->entry)
        return location.text();
    std::string t =
        "entries " + std::to_string(*location.entry) + ".." + std::to_string(*last->entry);
    if (!location.field.empty())
        t += " " + location.field;
    if (location.offset)
        t += " @" + famfs::hexString(*location.offset);
    return t;
}

void FindingSink::add(std::string_view code, Severity severity, Location location,
                      std::string message) {
    add(Finding::single(code, severity, std::move(location), std::move(message)));
}

void FindingSink::add(Finding finding) {
    switch (finding.severity) {
    case Severity::Error:
        ++counts_.errors;
        break;
    case Severity::Warning:
        ++counts_.warnings;
        break;
    case Severity::Info:
        ++counts_.infos;
        break;
    }
    auto it = kept_.find(finding.code);
    if (it == kept_.end())
        it = kept_.emplace(finding.code, 0).first;
    if (it->second >= kMaxPerCode) {
        ++omitted_[finding.code];
        return;
    }
    ++it->second;
    findings_.push_back(std::move(finding));
}

bool FindingSink::keeps(std::string_view code) const {
    const auto it = kept_.find(code);
    return it == kept_.end() || it->second < kMaxPerCode;
}

bool FindingSink::has(std::string_view code) const {
    return std::any_of(findings_.begin(), findings_.end(),
                       [code](const Finding& f) { return f.code == code; });
}

} // namespace famscope::fsck
