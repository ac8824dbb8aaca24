// Hostile images through the real executable: sizes that run past the extents.
#include "fs/Resolver.h"

#include "CliRun.h"
#include "HostileImage.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace famscope;
using famscope::famfs::kAllocUnit;
using hostile::kMiB;

class TestCliHostile : public QObject {
    Q_OBJECT

private slots:
    // A size of 2^64 - 1 over one 2 MiB extent once "verified" 2^64 - 1 bytes: the slice
    // arithmetic wrapped to an empty walk.
    void verifyFailsOnASizePastTheExtents() {
        QTemporaryDir dir;
        const uint64_t huge = UINT64_MAX;
        const uint64_t twice = 2 * kAllocUnit;
        const QString img = hostile::write(
            dir, hostile::image({{"size_huge", huge}, {"size_twice", twice}, {"exact", kAllocUnit}},
                                "/dev/dax0.0"));
        const struct {
            const char* name;
            uint64_t size;
        } cases[] = {{"size_huge", huge}, {"size_twice", twice}};
        for (const auto& c : cases) {
            const QString name = QString::fromLatin1(c.name);
            const cli::Run r = cli::famscope({"verify", img, name, "-S", "1"});
            QVERIFY2(r.exitCode == 9, r.out + r.err);
            const QByteArray unbacked = QByteArray::number(c.size - kAllocUnit);
            QVERIFY2(r.out.contains("Verify fail: " + name.toLatin1() + ": " + unbacked + " of " +
                                    QByteArray::number(c.size) + " bytes have no backing"),
                     r.out.constData());
            const cli::Run j = cli::famscope({"verify", img, name, "-S", "1", "--json"});
            QCOMPARE(j.exitCode, 9);
            QCOMPARE(j.json().value("ok").toBool(), false);
            // Exact 64-bit numbers: QJsonValue cannot hold 2^64 - 2 MiB, so read the text.
            QVERIFY2(j.out.contains("\"unbacked_bytes\": " + unbacked), j.out.constData());
            QCOMPARE(j.json().value("bytes_verified").toInteger(), qint64(kAllocUnit));
        }
        // The control: the same extent under its true size passes.
        const cli::Run ok = cli::famscope({"verify", img, "exact", "-S", "1"});
        QVERIFY2(ok.exitCode == 0, ok.out + ok.err);
    }

    // backedBytes must agree with the resolver byte for byte: the last backed byte maps, the
    // first unbacked one does not, on interleaved maps with strips of unequal length.
    void backedBytesAgreesWithTheResolver() {
        const uint64_t chunk = kAllocUnit;
        const std::vector<std::vector<uint64_t>> stripLengths = {
            {4 * chunk, 4 * chunk, 2 * chunk}, {4 * chunk, chunk + 4096, 4 * chunk}, {chunk / 2}};
        for (const auto& lengths : stripLengths) {
            fs::FileMap map;
            map.interleaved = true;
            map.chunkSize = chunk;
            uint64_t at = hostile::kDataStart;
            for (const uint64_t len : lengths) {
                map.strips.push_back({0, at, len});
                at += len;
            }
            map.declaredCount = map.strips.size();
            const uint64_t size = 64 * chunk;
            const uint64_t backed = fs::backedBytes(map, size);
            QVERIFY(backed > 0 && backed < size);
            QVERIFY(fs::resolve(map, size, backed - 1, 1).has_value());
            QVERIFY(!fs::resolve(map, size, backed, 1).has_value());
            QVERIFY(bool(fs::resolveRange(map, size, 0, backed)));
        }
        fs::FileMap simple;
        simple.extents.push_back({0, hostile::kDataStart, chunk});
        QCOMPARE(fs::backedBytes(simple, UINT64_MAX), chunk);
        QCOMPARE(fs::backedBytes(simple, 100), uint64_t{100});
    }
};

QTEST_GUILESS_MAIN(TestCliHostile)
#include "tst_cli_hostile.moc"
