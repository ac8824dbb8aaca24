#include "core/report/FaultJson.h"

#include "core/fs/FaultPages.h"
#include "core/fs/Resolver.h"

namespace famscope::report {

void writeExplainKey(JsonWriter& w, const fs::FsFile& f, uint64_t fileOffset) {
    const fs::Explanation e = fs::explain(f.map, f.size, fileOffset);
    w.key("explain").beginObject();
    w.key("steps").beginArray();
    for (const auto& s : e.steps) {
        w.beginObject().field("kind", s.kind).field("text", s.text);
        w.key("values").beginObject();
        for (const auto& [name, v] : s.values)
            w.field(name, v);
        w.endObject().endObject();
    }
    w.endArray();
    w.field("mapped", e.run.has_value());
    if (e.run) {
        w.field("devindex", e.run->devindex).field("device_offset", e.run->deviceOffset);
        w.field("mapped_length", e.run->length).field("piece", e.run->extentIndex);
    } else {
        w.field("reason", e.why);
    }
    const fs::FaultAt fault = fs::faultAt(f.map, f.size, fileOffset);
    w.field("fault_page", fs::faultPageName(fault.page));
    w.field("huge_page_blocker", fs::blockerName(fault.blocker));
    w.endObject();
}

void writeFaultPagesKey(JsonWriter& w, const fs::FsFile& f, std::string_view name) {
    w.key(name).beginObject();
    const auto pages = fs::faultPages(f.map, f.size);
    if (!pages) {
        w.field("error", pages.error()).endObject();
        return;
    }
    w.field("bytes_2m", pages->bytes2M).field("bytes_4k", pages->bytes4K);
    w.field("bytes_unmapped", pages->bytesNone).field("percent_2m", pages->percent2M());
    w.field("layout_blocked_2m_windows", pages->layoutBlockedWindows);
    w.key("ranges").beginArray();
    for (const auto& r : pages->ranges) {
        w.beginObject().field("offset", r.fileOffset).field("length", r.length);
        w.field("page", fs::faultPageName(r.page)).field("blocker", fs::blockerName(r.blocker));
        w.endObject();
    }
    w.endArray().endObject();
}

} // namespace famscope::report
