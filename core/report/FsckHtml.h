// An fsck report as one self-contained HTML page: the summary, the heatmap picture (a PNG
// embedded as a data: URI, nothing fetched) and every finding, coloured by severity. The
// words come from the caller, translated, so the page reads in the window's language; names
// and messages from media are escaped as text output escapes them (TextEscape.h), then for
// HTML.
#pragma once

#include "core/fsck/FsckReport.h"

#include <string>

namespace famscope::report {

// Labels of the page; "%1" and "%2" are replaced where noted.
struct FsckHtmlWords {
    std::string title; // %1: the target
    std::string role, errors, warnings, notes;
    std::string entriesInUse, entriesOf; // entriesOf: "%1 of %2" (in use, slots)
    std::string files, directories, collisions, capacity, allocated, free;
    std::string heatmap, findings, severity, code, location, message;
    std::string omitted; // %1: how many, %2: the code
};

// `heatmapPngBase64`: the picture to embed; empty leaves it out.
std::string fsckReportHtml(const std::string& target, const fsck::FsckReport& report,
                           const FsckHtmlWords& words, const std::string& heatmapPngBase64);

} // namespace famscope::report
