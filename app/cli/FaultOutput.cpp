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
