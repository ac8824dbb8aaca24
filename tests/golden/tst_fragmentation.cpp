// Free-space fragmentation and space amplification against the real famfs images and the
// demo. The expected figures are worked out here from first principles: a bit per 2 MiB unit,
// set for the superblock and log and for every extent or strip of each valid FILE entry the
// manifest lists (or, for the demo, the decoded log), then free runs read off the bits.
#include "GoldenImages.h"

#include "core/demo/DemoFs.h"
#include "core/edit/FitAdvisor.h"
#include "core/fs/AllocationMap.h"
#include "core/fs/Fragmentation.h"
#include "core/fs/LoadedFs.h"
#include "core/fsck/Fsck.h"
#include "core/media/Media.h"

#include <QTest>

#include <map>

using namespace famscope;

namespace {

constexpr uint64_t kAu = uint64_t{2} << 20;

QLatin1String key(const char* k) {
    return QLatin1String(k);
}

// What a test expects, computed from a list of claimed byte ranges.
struct Expected {
    uint64_t freeRuns = 0, freeAus = 0, largestAus = 0, allocatedAus = 0, metadataAus = 0;
    uint64_t sumOfSizes = 0;
    std::map<int, std::pair<uint64_t, uint64_t>> buckets; // log2 -> (runs, units)
};

class Bits {
public:
    Bits(uint64_t ddSize, uint64_t logLen) : used_((ddSize + kAu - 1) / kAu, false) {
        claim(0, (uint64_t{2} << 20) + logLen);
        for (bool b : used_)
            metadataAus_ += b;
    }
    void claim(uint64_t offset, uint64_t len) {
        for (uint64_t au = offset / kAu; au < used_.size() && au * kAu < offset + len; ++au)
            used_[au] = true;
    }
    Expected expected(uint64_t sumOfSizes) const {
        Expected e;
        e.metadataAus = metadataAus_;
        e.sumOfSizes = sumOfSizes;
        uint64_t run = 0;
        for (size_t i = 0; i <= used_.size(); ++i) {
            if (i < used_.size() && !used_[i]) {
                ++run;
                continue;
            }
            if (i < used_.size())
                ++e.allocatedAus;
            if (run == 0)
                continue;
            ++e.freeRuns;
            e.freeAus += run;
            e.largestAus = std::max(e.largestAus, run);
            int log2 = 0;
            while ((run >> (log2 + 1)) != 0)
                ++log2;
            ++e.buckets[log2].first;
            e.buckets[log2].second += run;
            run = 0;
        }
        return e;
    }

private:
    std::vector<bool> used_;
    uint64_t metadataAus_ = 0;
};

Expected expectedFromManifest(const QJsonObject& image) {
    const QJsonObject sb = image.value(key("superblock")).toObject();
    Bits bits(golden::number(sb.value(key("dd_size"))), golden::number(sb.value(key("log_len"))));
    uint64_t sum = 0;
    for (const QJsonValue v : image.value(key("log_entries")).toArray()) {
        const QJsonObject e = v.toObject();
        if (e.value(key("type")).toString() != QLatin1String("FILE") ||
            !e.value(key("crc_valid")).toBool() || !e.value(key("seqnum_valid")).toBool())
            continue;
        sum += golden::number(e.value(key("size")));
        const QJsonArray pieces =
            e.contains(key("interleave"))
                ? e.value(key("interleave")).toObject().value(key("strips")).toArray()
                : e.value(key("extents")).toArray();
        for (const QJsonValue p : pieces)
            bits.claim(golden::number(p.toArray().at(0)), golden::number(p.toArray().at(1)));
    }
    return bits.expected(sum);
}

void compare(const fs::Fragmentation& f, const Expected& e) {
    QCOMPARE(f.allocUnit, kAu);
    QCOMPARE(f.freeRuns, e.freeRuns);
    QCOMPARE(f.freeAus, e.freeAus);
    QCOMPARE(f.freeBytes, e.freeAus * kAu);
    QCOMPARE(f.largestFreeRunAus, e.largestAus);
    QCOMPARE(f.largestFreeRunBytes(), e.largestAus * kAu);
    const int top = e.buckets.empty() ? -1 : e.buckets.rbegin()->first;
    QCOMPARE(f.histogram.size(), static_cast<size_t>(top + 1));
    for (size_t k = 0; k < f.histogram.size(); ++k) {
        const auto it = e.buckets.find(static_cast<int>(k));
        QCOMPARE(f.histogram[k].minAus, uint64_t{1} << k);
        QCOMPARE(f.histogram[k].runs, it == e.buckets.end() ? 0 : it->second.first);
        QCOMPARE(f.histogram[k].freeAus, it == e.buckets.end() ? 0 : it->second.second);
    }
    QCOMPARE(f.metadataBytes, e.metadataAus * kAu);
    QCOMPARE(f.fileAllocatedBytes, (e.allocatedAus - e.metadataAus) * kAu);
    QCOMPARE(f.sumOfFileSizes, e.sumOfSizes);
    if (e.sumOfSizes == 0) {
        QVERIFY(!f.spaceAmplification && !f.fileAmplification);
        return;
    }
    QVERIFY(f.spaceAmplification && f.fileAmplification);
    QCOMPARE(*f.spaceAmplification,
             static_cast<double>(e.allocatedAus * kAu) / static_cast<double>(e.sumOfSizes));
    QCOMPARE(*f.fileAmplification, static_cast<double>((e.allocatedAus - e.metadataAus) * kAu) /
                                       static_cast<double>(e.sumOfSizes));
}

fs::Fragmentation analyze(media::Media& media, fs::LoadedFs* keep = nullptr) {
    auto loaded = fs::loadFileSystem(media);
    if (!loaded)
        qFatal("cannot load %s: %s", media.path().c_str(), loaded.error().c_str());
    const fs::Fragmentation f = fs::analyzeFragmentation(fs::buildAllocationMap(*loaded));
    if (keep)
        *keep = std::move(loaded.value());
    return f;
}

} // namespace

class TestFragmentation : public QObject {
    Q_OBJECT

private slots:
    void goldenImages_data() {
        QTest::addColumn<QString>("image");
        for (const char* name :
             {"a01-empty", "a02-files", "a03-dirs", "a04-striped", "a05-many-files",
              "a08-bad-log-entry-crc", "a10-crosslinked", "a11-bad-seqnum", "a15-small-512m"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void goldenImages() {
        QFETCH(QString, image);
        auto media =
            media::openMedia(golden::imagePath(image).toStdString(), media::Access::ReadOnly);
        QVERIFY2(media, media.error().c_str());
        const QJsonObject manifest = golden::manifestImage(image);
        fs::LoadedFs loaded;
        const fs::Fragmentation f = analyze(**media, &loaded);
        const Expected expected = expectedFromManifest(manifest);
        compare(f, expected);
        // fsck reports the same free runs (its free_space figures).
        const fsck::FreeSpaceStats fsckFree = fsck::runFsck(loaded).freeSpace;
        QCOMPARE(fsckFree.freeRuns, expected.freeRuns);
        QCOMPARE(fsckFree.largestRunAus, expected.largestAus);
        const int top = expected.buckets.empty() ? -1 : expected.buckets.rbegin()->first;
        QCOMPARE(fsckFree.histogram.size(), static_cast<size_t>(top + 1));
        for (size_t k = 0; k < fsckFree.histogram.size(); ++k) {
            const auto it = expected.buckets.find(static_cast<int>(k));
            QCOMPARE(fsckFree.histogram[k], it == expected.buckets.end() ? 0 : it->second.first);
        }
        // and famfs fsck's own figures, as the manifest recorded them
        const QJsonObject alloc = manifest.value(key("allocation")).toObject();
        QCOMPARE(f.freeBytes, golden::number(alloc.value(key("free_bytes"))));
        QCOMPARE(f.metadataBytes + f.fileAllocatedBytes,
                 golden::number(alloc.value(key("allocated_bytes"))));
    }

    void demo() {
        auto media = demo::makeDemoMedia();
        fs::LoadedFs loaded;
        const fs::Fragmentation f = analyze(*media, &loaded);
        Bits bits(loaded.sb.ddSize, loaded.sb.logLen);
        uint64_t sum = 0;
        for (uint64_t i = 0; i < loaded.entries.size(); ++i) {
            const famfs::LogEntry& e = loaded.entries[i];
            const famfs::FileMeta* file = e.file();
            if (!file || e.seqnum != i || !e.crcValid())
                continue;
            sum += file->size;
            if (file->interleaved())
                for (size_t j = 0; j < file->nstrips(); ++j)
                    bits.claim(file->strip(j).offset, file->strip(j).len);
            else
                for (size_t j = 0; j < file->count; ++j)
                    bits.claim(file->extent(j).offset, file->extent(j).len);
        }
        compare(f, bits.expected(sum));
        QVERIFY(f.freeRuns > 1); // the demo is meant to show a histogram with several bars
    }

    // Every simple file of these images was placed by the real famfs: asking where a file of
    // its size would go, on the log as it was just before the file's entry, must give its
    // extent back.
    void simplePlansMatchFamfsPlacements_data() {
        QTest::addColumn<QString>("image");
        for (const char* name : {"a02-files", "a03-dirs", "a15-small-512m"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void simplePlansMatchFamfsPlacements() {
        QFETCH(QString, image);
        auto media =
            media::openMedia(golden::imagePath(image).toStdString(), media::Access::ReadOnly);
        QVERIFY2(media, media.error().c_str());
        auto loaded = fs::loadFileSystem(**media);
        QVERIFY2(loaded, loaded.error().c_str());
        const fs::LogEntryList all = loaded->entries;
        int checked = 0;
        for (size_t i = 0; i < all.size(); ++i) {
            const famfs::FileMeta* file = all[i].file();
            if (!file || file->interleaved())
                continue;
            loaded->entries.assign(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(i));
            const edit::FitAnswer a =
                edit::askFit(fs::buildAllocationMap(*loaded), loaded->sb.ddSize, {file->size});
            QVERIFY2(a.fits, a.reason.c_str());
            QCOMPARE(a.placement.extents.size(), size_t{1});
            QCOMPARE(a.placement.extents[0].offset, file->extent(0).offset);
            QCOMPARE(a.placement.extents[0].len, file->extent(0).len);
            ++checked;
        }
        QVERIFY(checked >= 3);
    }

    // a15: with the 1 MiB and 300 MiB files in place, famfs refused a second 300 MiB file
    // ("Out of space!") and an 8 MiB file striped over 2 buckets of 256 MiB.
    void refusalsMatchFamfs() {
        auto media =
            media::openMedia(golden::imagePath(QStringLiteral("a15-small-512m")).toStdString(),
                             media::Access::ReadOnly);
        QVERIFY2(media, media.error().c_str());
        auto loaded = fs::loadFileSystem(**media);
        QVERIFY2(loaded, loaded.error().c_str());
        QCOMPARE(loaded->entries.size(), size_t{4});
        loaded->entries.resize(3); // mkdir d, d/one_m, big_zero_300m
        const fs::AllocationMap map = fs::buildAllocationMap(*loaded);
        const uint64_t dd = loaded->sb.ddSize;
        const uint64_t mib = uint64_t{1} << 20;

        const edit::FitAnswer tooBig = edit::askFit(map, dd, {300 * mib});
        QVERIFY(!tooBig.fits);
        QVERIFY(tooBig.shortfall && !tooBig.shortfall->strided);
        QCOMPARE(tooBig.shortfall->runBytes, 300 * mib);
        QCOMPARE(tooBig.largestThatFits, 512 * mib - 10 * mib - 2 * mib - 300 * mib);

        const edit::FitAnswer striped = edit::askFit(map, dd, {8 * mib, 2, 2, 2 * mib});
        QVERIFY(!striped.fits);
        QVERIFY(!striped.shortfall);
        QVERIFY2(QString::fromStdString(striped.reason).contains(QLatin1String("1 GiB")),
                 striped.reason.c_str());
    }

    void labels() {
        fs::AllocationMap m;
        m.allocUnit = kAu;
        m.nbits = 4096;
        m.metadataAus = 5;
        m.runs = {{0, 5, fs::kOwnerMetadata},
                  {5, 1, fs::kOwnerFree},
                  {6, 10, 0},
                  {16, 300, fs::kOwnerFree},
                  {316, 4, 0},
                  {320, 3776, fs::kOwnerFree}};
        const fs::Fragmentation f = fs::analyzeFragmentation(m);
        QCOMPARE(f.histogram.size(), size_t{12});
        QCOMPARE(f.histogram[0].label, std::string("[2, 4) MiB"));
        QCOMPARE(f.histogram[1].label, std::string("[4, 8) MiB"));
        QCOMPARE(f.histogram[8].label, std::string("[512 MiB, 1 GiB)"));
        QCOMPARE(f.histogram[11].label, std::string("[4, 8) GiB"));
        QCOMPARE(f.histogram[8].runs, uint64_t{1});
        QCOMPARE(f.histogram[11].maxAus, uint64_t{4095});
        QCOMPARE(f.largestFreeRunOffset, 320 * kAu);
        QCOMPARE(f.freeSpaceOutsideLargestRun(), 301.0 / 4077.0);
        QCOMPARE(fs::binarySizeLabel(3 * (uint64_t{1} << 29)), std::string("1.5 GiB"));
        QCOMPARE(fs::binarySizeLabel(512), std::string("512 B"));
        QCOMPARE(fs::binarySizeLabel(0), std::string("0 B"));
    }
};

QTEST_GUILESS_MAIN(TestFragmentation)
#include "tst_fragmentation.moc"
