#include "core/report/FsckHtml.h"

#include "core/report/TextEscape.h"

namespace famscope::report {

namespace {

std::string html(std::string_view text) {
    std::string out;
    for (const char c : text) {
        switch (c) {
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '&':
            out += "&amp;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

// `pattern` with each "%N" replaced by args[N - 1], in one pass: text put in is never read
// again for markers (a path may hold "%2").
std::string fill(std::string_view pattern, std::initializer_list<std::string> args) {
    std::string out;
    for (size_t i = 0; i < pattern.size(); ++i) {
        const size_t n = i + 1 < pattern.size() ? static_cast<size_t>(pattern[i + 1] - '0') : 0;
        if (pattern[i] == '%' && n >= 1 && n <= args.size()) {
            out += *(args.begin() + (n - 1));
            ++i;
        } else {
            out += pattern[i];
        }
    }
    return out;
}

} // namespace

std::string fsckReportHtml(const std::string& target, const fsck::FsckReport& r,
                           const FsckHtmlWords& w, const std::string& heatmapPngBase64) {
    const std::string title = html(fill(w.title, {escapeText(target)}));
    std::string h = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<title>" + title +
                    "</title>\n<style>body{font-family:sans-serif;margin:2em}"
                    "table{border-collapse:collapse}td,th{border:1px solid #bbb;"
                    "padding:2px 6px;text-align:left;vertical-align:top}"
                    ".error{color:#c0392b}.warning{color:#b9770e}.info{color:#2874a6}"
                    "</style></head><body>\n<h1>" +
                    title + "</h1>\n<table>\n";
    const auto row = [&h](const std::string& name, const std::string& value) {
        h += "<tr><th>" + html(name) + "</th><td>" + html(value) + "</td></tr>\n";
    };
    const fsck::FamfsFigures& f = r.figures;
    row(w.role, fsck::roleName(r.role));
    row(w.errors, std::to_string(r.counts.errors));
    row(w.warnings, std::to_string(r.counts.warnings));
    row(w.notes, std::to_string(r.counts.infos));
    row(w.entriesInUse,
        fill(w.entriesOf, {std::to_string(f.entriesInUse), std::to_string(f.logSlots)}));
    row(w.files, std::to_string(f.files));
    row(w.directories, std::to_string(f.directories));
    row(w.collisions, std::to_string(f.collisions));
    row(w.capacity, std::to_string(f.deviceCapacity));
    row(w.allocated, std::to_string(f.allocatedBytes));
    row(w.free, std::to_string(f.freeBytes));
    h += "</table>\n";
    if (!heatmapPngBase64.empty())
        h += "<h2>" + html(w.heatmap) + "</h2>\n<img alt=\"heatmap\" src=\"data:image/png;base64," +
             heatmapPngBase64 + "\">\n";
    h += "<h2>" + html(w.findings) + "</h2>\n<table>\n<tr><th>" + html(w.severity) + "</th><th>" +
         html(w.code) + "</th><th>" + html(w.location) + "</th><th>" + html(w.message) +
         "</th></tr>\n";
    for (const fsck::Finding& finding : r.findings) {
        const std::string severity = fsck::severityName(finding.severity);
        h += "<tr class=\"" + severity + "\"><td>" + severity + "</td><td>" +
             html(escapeText(finding.code)) + "</td><td>" + html(escapeText(finding.where())) +
             "</td><td>" + html(escapeText(finding.message)) + "</td></tr>\n";
    }
    h += "</table>\n";
    for (const auto& [code, n] : r.omitted)
        h += "<p>" + html(fill(w.omitted, {std::to_string(n), escapeText(code)})) + "</p>\n";
    return h + "</body></html>\n";
}

} // namespace famscope::report
