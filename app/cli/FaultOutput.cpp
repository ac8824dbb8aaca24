#include "cli/FaultOutput.h"

#include "cli/Text.h"
#include "fs/FaultPages.h"
#include "fs/Resolver.h"

namespace famscope::cli {

namespace {

QString pageText(fs::FaultPage page) {
    switch (page) {
    case fs::FaultPage::Page2M:
        return QStringLiteral("a 2 MiB page");
    case fs::FaultPage::Page4K:
        return QStringLiteral("a 4 KiB page");
    case fs::FaultPage::None:
        break;
    }
    return QStringLiteral("nothing (SIGBUS)");
}

} // namespace

QString explainText(const fs::FsFile& f, uint64_t fileOffset) {
    const fs::Explanation e = fs::explain(f.map, f.size, fileOffset);
    QString layout;
    if (f.map.interleaved)
        layout = QStringLiteral("interleaved: ") + QString::number(f.map.strips.size()) +
                 QStringLiteral(" strips x chunk ") + QString::number(f.map.chunkSize);
    else
        layout =
            QStringLiteral("simple: ") + QString::number(f.map.extents.size()) +
            (f.map.extents.size() == 1 ? QStringLiteral(" extent") : QStringLiteral(" extents"));
    QString t = QStringLiteral("file ") + shown(f.path) + QStringLiteral(", offset ") +
                hex(fileOffset) + QStringLiteral(", size ") + QString::number(f.size) +
                QStringLiteral(", ") + layout + QLatin1Char('\n');
    int n = 0;
    for (const auto& s : e.steps)
        t += QStringLiteral("  ") + QString::number(++n) + QStringLiteral(". ") + shown(s.text) +
             QLatin1Char('\n');
    if (e.run)
        t += QStringLiteral("result: device ") + QString::number(e.run->devindex) +
             QStringLiteral(" offset ") + hex(e.run->deviceOffset) + QStringLiteral(", mapped ") +
             QString::number(e.run->length) + QStringLiteral(" bytes to the next discontinuity\n");
    else
        t += QStringLiteral("result: not mapped: ") + shown(e.why) + QLatin1Char('\n');
    const fs::FaultAt fault = fs::faultAt(f.map, f.size, fileOffset);
    t += QStringLiteral("fault: maps ") + pageText(fault.page);
    if (fault.page == fs::FaultPage::Page4K)
        t += QStringLiteral(", not 2 MiB: ") +
             QString::fromStdString(fs::blockerText(fault.blocker));
    return t + QLatin1Char('\n');
}

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

void writeFaultPagesKey(JsonWriter& w, const fs::FsFile& f) {
    w.key("fault_pages").beginObject();
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

QString faultPagesSummary(const fs::FsFile& f) {
    const auto pages = fs::faultPages(f.map, f.size);
    return pages ? QStringLiteral("2M ") + QString::number(pages->percent2M()) + QLatin1Char('%')
                 : QStringLiteral("2M ?");
}

QString predictedPagesText(const fs::FsFile& f) {
    const auto pages = fs::faultPages(f.map, f.size);
    if (!pages)
        return QStringLiteral("predicted on a famfs mount: unknown (") + shown(pages.error()) +
               QStringLiteral(")\n");
    // Returns QString, not auto: a QStringBuilder would outlive the temporaries it points to.
    const auto share = [&](uint64_t bytes) -> QString {
        const double all = static_cast<double>(pages->total());
        return QString::number(bytes) + QStringLiteral(" bytes (") +
               percent(all > 0 ? static_cast<double>(bytes) / all : 0.0) + QLatin1Char(')');
    };
    QString t = QStringLiteral("predicted on a famfs mount (2 MiB-aligned devdax): 2M pages for ") +
                share(pages->bytes2M) + QStringLiteral(", 4K pages for ") + share(pages->bytes4K);
    if (pages->bytesNone)
        t += QStringLiteral(", unmapped ") + share(pages->bytesNone);
    return t + QLatin1Char('\n');
}

} // namespace famscope::cli
