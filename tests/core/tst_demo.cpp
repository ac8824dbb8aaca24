// The built-in demo file system: a valid famfs with nested directories, simple and
// interleaved files, and exactly one deliberate corruption (a torn last entry); and what
// `famscope demo` prints about it.
#include "core/demo/DemoFs.h"
#include "core/fs/AllocationMap.h"
#include "core/fs/LoadedFs.h"
#include "core/fs/Replay.h"
#include "core/report/InfoOutput.h"

#include "core/fs/Resolver.h"

#include <QTest>

#include <set>

using namespace famscope;

class TestDemo : public QObject {
    Q_OBJECT

private slots:
    void demoIsAFamfsWithOneCorruption() {
        auto media = demo::makeDemoMedia();
        QCOMPARE(media->size(), demo::kDemoDeviceSize);
        QVERIFY(!media->writable());
        auto loaded = fs::loadFileSystem(*media);
        QVERIFY(loaded.ok());
        QVERIFY(fs::checkUsable(*loaded, false).ok());
        QVERIFY(loaded->sb.crcValid());
        QVERIFY(loaded->log.crcValid());

        const fs::Namespace mount = fs::replay(*loaded, fs::ReplayMode::Mount);
        QVERIFY(!mount.refused);
        const uint64_t last = loaded->entries.size() - 1;
        QCOMPARE(mount.stoppedAt, std::optional<uint64_t>(last));
        QVERIFY(!loaded->entries[last].crcValid());
        for (uint64_t i = 0; i < last; ++i)
            QVERIFY(loaded->entries[i].crcValid() && loaded->entries[i].seqnum == i);

        int interleaved = 0;
        std::set<size_t> stripCounts;
        for (const auto& f : mount.files) {
            if (f.map.interleaved) {
                ++interleaved;
                stripCounts.insert(f.map.strips.size());
            }
        }
        QVERIFY(interleaved >= 3);
        QVERIFY(stripCounts.size() >= 3); // several strip counts to compare
        QVERIFY(mount.findDir("projects/climate/checkpoints") != nullptr);

        // No collisions and nothing beyond the device: the only damage is the torn entry.
        const fs::AllocationMap alloc = fs::buildAllocationMap(*loaded);
        QCOMPARE(alloc.collisions, uint64_t{0});
        QCOMPARE(alloc.ausBeyondDevice, uint64_t{0});
        QCOMPARE(alloc.badEntries, uint64_t{1});
        QVERIFY(alloc.unalignedOffsets.empty());
    }

    // What `famscope demo` prints: the info summary, every file with its size, the torn entry's
    // event, then famfs fsck's summary; in JSON the namespace a mount shows.
    void demoOutputListsEveryFile() {
        auto loaded = fs::loadFileSystem(*demo::makeDemoMedia());
        QVERIFY(loaded.ok());
        const fs::Namespace ns = fs::replay(*loaded, fs::ReplayMode::Mount);
        const std::string text = report::demoText(*loaded, ns);
        QVERIFY(text.rfind(report::infoText(*loaded, ns) + "\nFiles (mount semantics):\n", 0) == 0);
        for (const fs::FsFile& f : ns.files)
            QVERIFY2(text.find(f.path + '\n') != std::string::npos ||
                         text.find(f.path + "  [") != std::string::npos,
                     f.path.c_str());
        QVERIFY(text.find("\n  ! ") != std::string::npos);
        QVERIFY(text.find("\nWhat `famfs fsck` would print:\n") != std::string::npos);
        const std::string json = report::demoJson(ns);
        QVERIFY(json.front() == '{' && json.back() == '\n');
        for (const fs::FsFile& f : ns.files)
            QVERIFY(json.find("\"" + f.path + "\"") != std::string::npos);
    }

    void smallFileDataIsReadableThroughTheResolver() {
        auto media = demo::makeDemoMedia();
        auto loaded = fs::loadFileSystem(*media);
        const fs::Namespace ns = fs::replay(*loaded, fs::ReplayMode::Mount);
        const fs::FsFile* readme = ns.findFile("README.txt");
        QVERIFY(readme);
        auto runs = fs::resolveRange(readme->map, readme->size, 0, readme->size);
        QVERIFY(runs.ok());
        auto bytes = media->read(runs->front().deviceOffset, 16);
        QVERIFY(bytes.ok());
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(bytes->data()), 16),
                 QByteArray("famscope demo: R"));
        // Chunk 5 of a 4-strip file with 2 MiB chunks sits in strip 1, one stripe down.
        const fs::FsFile* ckpt = ns.findFile("projects/climate/checkpoints/ckpt-0001");
        QVERIFY(ckpt);
        const uint64_t chunk = ckpt->map.chunkSize;
        auto fifth = fs::resolve(ckpt->map, ckpt->size, 5 * chunk, 64);
        QVERIFY(fifth.has_value());
        QCOMPARE(fifth->extentIndex, 1u);
        QCOMPARE(fifth->deviceOffset, ckpt->map.strips[1].offset + chunk);
        const QByteArray label(
            "famscope demo: projects/climate/checkpoints/ckpt-0001 chunk 5 of 12");
        auto labelBytes = media->read(fifth->deviceOffset, uint64_t(label.size()));
        QVERIFY(labelBytes.ok());
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(labelBytes->data()), label.size()),
                 label);
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
