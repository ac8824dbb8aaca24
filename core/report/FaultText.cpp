#include "core/report/FaultText.h"

#include "core/fs/FaultPages.h"
#include "core/fs/Resolver.h"
#include "core/report/TextFormat.h"

namespace famscope::report {

namespace {

const char* pageText(fs::FaultPage page) {
    switch (page) {
    case fs::FaultPage::Page2M:
        return "a 2 MiB page";
    case fs::FaultPage::Page4K:
        return "a 4 KiB page";
    case fs::FaultPage::None:
        break;
    }
    return "nothing (SIGBUS)";
}

} // namespace

std::string explainText(const fs::FsFile& f, uint64_t fileOffset) {
    const fs::Explanation e = fs::explain(f.map, f.size, fileOffset);
    const std::string layout = f.map.interleaved
                                   ? "interleaved: " + std::to_string(f.map.strips.size()) +
                                         " strips x chunk " + std::to_string(f.map.chunkSize)
                                   : "simple: " + std::to_string(f.map.extents.size()) +
                                         (f.map.extents.size() == 1 ? " extent" : " extents");
    std::string t = "file " + shown(f.path) + ", offset " + hexText(fileOffset) + ", size " +
                    std::to_string(f.size) + ", " + layout + '\n';
    int n = 0;
    for (const auto& s : e.steps)
        t += "  " + std::to_string(++n) + ". " + shown(s.text) + '\n';
    if (e.run)
        t += "result: device " + std::to_string(e.run->devindex) + " offset " +
             hexText(e.run->deviceOffset) + ", mapped " + std::to_string(e.run->length) +
             " bytes to the next discontinuity\n";
    else
        t += "result: not mapped: " + shown(e.why) + '\n';
    const fs::FaultAt fault = fs::faultAt(f.map, f.size, fileOffset);
    t += std::string("fault: maps ") + pageText(fault.page);
    if (fault.page == fs::FaultPage::Page4K)
        t += ", not 2 MiB: " + fs::blockerText(fault.blocker);
    return t + '\n';
}

std::string faultPagesSummary(const fs::FsFile& f) {
    const auto pages = fs::faultPages(f.map, f.size);
    return pages ? "2M " + std::to_string(pages->percent2M()) + '%' : "2M ?";
}

std::string predictedPagesText(const fs::FsFile& f) {
    const auto pages = fs::faultPages(f.map, f.size);
    if (!pages)
        return "predicted on a famfs mount: unknown (" + shown(pages.error()) + ")\n";
    const auto share = [&](uint64_t bytes) {
        const double all = static_cast<double>(pages->total());
        return std::to_string(bytes) + " bytes (" +
               percentText(all > 0 ? static_cast<double>(bytes) / all : 0.0) + ')';
    };
    std::string t = "predicted on a famfs mount (2 MiB-aligned devdax): 2M pages for " +
                    share(pages->bytes2M) + ", 4K pages for " + share(pages->bytes4K);
    if (pages->bytesNone)
        t += ", unmapped " + share(pages->bytesNone);
    return t + '\n';
}

} // namespace famscope::report
