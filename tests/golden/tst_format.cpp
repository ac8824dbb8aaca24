// Every superblock, log header and log entry field of every real famfs image equals
// MANIFEST.json, and encode(decode(bytes)) reproduces the media bytes exactly.
#include "GoldenImages.h"

#include "core/format/Crc.h"
#include "core/fs/LoadedFs.h"
#include "core/media/Media.h"

#include <QTest>

using namespace famscope;
using namespace famscope::famfs;

class TestGoldenFormat : public QObject {
    Q_OBJECT

private slots:
    void fields_data();
    void fields();
    void roundTrip_data() { fields_data(); }
    void roundTrip();
};

void TestGoldenFormat::fields_data() {
    QTest::addColumn<QString>("image");
    for (const QString& name : golden::imageNames())
        QTest::newRow(qPrintable(name)) << name;
}

namespace {

std::unique_ptr<media::Media> openImage(const QString& name) {
    auto media = media::openMedia(golden::imagePath(name).toStdString(), media::Access::ReadOnly);
    if (!media)
        qFatal("cannot open %s: %s", qPrintable(name), media.error().c_str());
    return std::move(media.value());
}

QString uuidText(const Uuid& u) {
    return QString::fromStdString(u.toString());
}

void compareExtent(const SimpleExtent& got, const QJsonArray& want) {
    QCOMPARE(got.offset, golden::number(want.at(0)));
    QCOMPARE(got.len, golden::number(want.at(1)));
    QCOMPARE(got.devindex, want.size() > 2 ? golden::number(want.at(2)) : uint64_t{0});
}

void compareEntry(const LogEntry& e, const QJsonObject& want) {
    QCOMPARE(e.seqnum, golden::number(want.value(QLatin1String("seqnum"))));
    QCOMPARE(QString::fromLatin1(entryTypeName(e.type)),
             want.value(QLatin1String("type")).toString());
    QCOMPARE(e.crc, golden::number(want.value(QLatin1String("crc"))));
    QCOMPARE(e.crcValid(), want.value(QLatin1String("crc_valid")).toBool());
    if (const FileMeta* f = e.file()) {
        QCOMPARE(QString::fromStdString(pathText(f->relpath)),
                 want.value(QLatin1String("path")).toString());
        QCOMPARE(f->size, golden::number(want.value(QLatin1String("size"))));
        QCOMPARE(f->mode, golden::octal(want.value(QLatin1String("mode"))));
        QCOMPARE(f->uid, uint32_t(want.value(QLatin1String("uid")).toInt()));
        QCOMPARE(f->gid, uint32_t(want.value(QLatin1String("gid")).toInt()));
        QCOMPARE(f->flags, uint32_t(want.value(QLatin1String("flags")).toInt()));
        if (want.value(QLatin1String("ext_type")).toString() == QLatin1String("INTERLEAVE")) {
            QVERIFY(f->interleaved());
            QCOMPARE(f->count, uint32_t(want.value(QLatin1String("niext")).toInt()));
            const QJsonObject ie = want.value(QLatin1String("interleave")).toObject();
            QCOMPARE(f->nstrips(), golden::number(ie.value(QLatin1String("nstrips"))));
            QCOMPARE(f->chunkSize(), golden::number(ie.value(QLatin1String("chunk_size"))));
            const QJsonArray strips = ie.value(QLatin1String("strips")).toArray();
            QCOMPARE(qsizetype(f->nstrips()), strips.size());
            for (qsizetype j = 0; j < strips.size(); ++j)
                compareExtent(f->strip(size_t(j)), strips.at(j).toArray());
        } else {
            QCOMPARE(want.value(QLatin1String("ext_type")).toString(), QLatin1String("SIMPLE"));
            QVERIFY(!f->interleaved());
            const QJsonArray extents = want.value(QLatin1String("extents")).toArray();
            QCOMPARE(f->count, uint32_t(want.value(QLatin1String("nextents")).toInt()));
            QCOMPARE(qsizetype(f->count), extents.size());
            for (qsizetype i = 0; i < extents.size(); ++i)
                compareExtent(f->extent(size_t(i)), extents.at(i).toArray());
        }
    } else if (const MkdirMeta* d = e.mkdir()) {
        QCOMPARE(QString::fromStdString(pathText(d->relpath)),
                 want.value(QLatin1String("path")).toString());
        QCOMPARE(d->mode, golden::octal(want.value(QLatin1String("mode"))));
        QCOMPARE(d->uid, uint32_t(want.value(QLatin1String("uid")).toInt()));
        QCOMPARE(d->gid, uint32_t(want.value(QLatin1String("gid")).toInt()));
    } else if (const AddDaxdevMeta* a = e.addDaxdev()) {
        QCOMPARE(a->ddSize, golden::number(want.value(QLatin1String("dd_size"))));
        QCOMPARE(uuidText(a->ddUuid), want.value(QLatin1String("dd_uuid")).toString());
        QCOMPARE(a->ddIndex, uint32_t(want.value(QLatin1String("dd_index")).toInt()));
    } else {
        QFAIL("the manifest has only FILE, MKDIR and ADD_DAXDEV entries");
    }
}

} // namespace

void TestGoldenFormat::fields() {
    QFETCH(QString, image);
    const QJsonObject want = golden::manifestImage(image);
    auto media = openImage(image);
    auto loaded = fs::loadFileSystem(*media);
    QVERIFY2(loaded.ok(), loaded.error().c_str());
    const Superblock& sb = loaded->sb;

    const QJsonObject wsb = want.value(QLatin1String("superblock")).toObject();
    QCOMPARE(sb.magic, golden::number(wsb.value(QLatin1String("magic"))));
    QCOMPARE(sb.magicValid(), wsb.value(QLatin1String("magic_valid")).toBool());
    QCOMPARE(sb.version, golden::number(wsb.value(QLatin1String("version"))));
    QCOMPARE(sb.omfMajor, uint32_t(wsb.value(QLatin1String("omf_major")).toInt()));
    QCOMPARE(sb.omfMinor, uint32_t(wsb.value(QLatin1String("omf_minor")).toInt()));
    QCOMPARE(sb.logOffset, golden::number(wsb.value(QLatin1String("log_offset"))));
    QCOMPARE(sb.logLen, golden::number(wsb.value(QLatin1String("log_len"))));
    QCOMPARE(sb.allocUnit, golden::number(wsb.value(QLatin1String("alloc_unit"))));
    QCOMPARE(uuidText(sb.uuid), wsb.value(QLatin1String("uuid")).toString());
    QCOMPARE(uuidText(sb.devUuid), wsb.value(QLatin1String("dev_uuid")).toString());
    QCOMPARE(uuidText(sb.systemUuid), wsb.value(QLatin1String("system_uuid")).toString());
    QCOMPARE(sb.crc, golden::number(wsb.value(QLatin1String("crc"))));
    QCOMPARE(uint64_t(sb.computeCrc()), golden::number(wsb.value(QLatin1String("crc_computed"))));
    QCOMPARE(sb.crcValid(), wsb.value(QLatin1String("crc_valid")).toBool());
    QCOMPARE(sb.sbFlags, uint32_t(wsb.value(QLatin1String("sb_flags")).toInt()));
    QCOMPARE(sb.ddSize, golden::number(wsb.value(QLatin1String("dd_size"))));
    QCOMPARE(uuidText(sb.ddUuid), wsb.value(QLatin1String("dd_uuid")).toString());
    QCOMPARE(QString::fromStdString(sb.daxdevPath()),
             wsb.value(QLatin1String("dd_daxdev")).toString());
    QVERIFY2(loaded->layout.supported, loaded->layout.description.c_str());

    const QJsonObject wlog = want.value(QLatin1String("log_header")).toObject();
    const LogHeader& log = loaded->log;
    QVERIFY(loaded->logHeaderRead);
    QCOMPARE(log.magic, golden::number(wlog.value(QLatin1String("magic"))));
    QCOMPARE(log.len, golden::number(wlog.value(QLatin1String("len"))));
    QCOMPARE(log.lastIndex, golden::number(wlog.value(QLatin1String("last_index"))));
    QCOMPARE(log.crc, golden::number(wlog.value(QLatin1String("crc"))));
    QCOMPARE(uint64_t(log.computeCrc()), golden::number(wlog.value(QLatin1String("crc_computed"))));
    QCOMPARE(log.crcValid(), wlog.value(QLatin1String("crc_valid")).toBool());
    QCOMPARE(log.nextSeqnum, golden::number(wlog.value(QLatin1String("next_seqnum"))));
    QCOMPARE(log.nextIndex, golden::number(wlog.value(QLatin1String("next_index"))));
    QCOMPARE(loaded->logCapacity(), golden::number(wlog.value(QLatin1String("slots_that_fit"))));

    const QJsonArray entries = want.value(QLatin1String("log_entries")).toArray();
    QCOMPARE(qsizetype(loaded->entries.size()), entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject we = entries.at(i).toObject();
        QCOMPARE(golden::number(we.value(QLatin1String("index"))), uint64_t(i));
        QCOMPARE(loaded->entries[size_t(i)].seqnum == uint64_t(i),
                 we.value(QLatin1String("seqnum_valid")).toBool());
        compareEntry(loaded->entries[size_t(i)], we);
    }
}

void TestGoldenFormat::roundTrip() {
    QFETCH(QString, image);
    auto media = openImage(image);
    auto sbBytes = media->read(0, kSuperblockSize);
    QVERIFY(sbBytes.ok());
    const auto sb = Superblock::decode(
        std::span<const uint8_t, kSuperblockSize>(sbBytes->data(), kSuperblockSize));
    const auto sbOut = sb.encode();
    QVERIFY(std::equal(sbOut.begin(), sbOut.end(), sbBytes->begin()));

    auto headerBytes = media->read(kLogOffset, kLogHeaderSize);
    QVERIFY(headerBytes.ok());
    const auto header = LogHeader::decode(
        std::span<const uint8_t, kLogHeaderSize>(headerBytes->data(), kLogHeaderSize));
    const auto headerOut = header.encode();
    QVERIFY(std::equal(headerOut.begin(), headerOut.end(), headerBytes->begin()));

    const uint64_t count = std::min(header.nextIndex, header.lastIndex + 1);
    auto logBytes = media->read(kLogOffset + kLogHeaderSize, count * kLogEntrySize);
    QVERIFY(logBytes.ok());
    for (uint64_t i = 0; i < count; ++i) {
        const uint8_t* raw = logBytes->data() + i * kLogEntrySize;
        const auto entry =
            LogEntry::decode(std::span<const uint8_t, kLogEntrySize>(raw, kLogEntrySize));
        const auto out = entry.encode();
        if (!std::equal(out.begin(), out.end(), raw))
            QFAIL(qPrintable(QStringLiteral("entry %1 does not round-trip").arg(i)));
        // A re-sealed valid entry gets exactly the CRC famfs wrote.
        if (entry.crcValid()) {
            LogEntry resealed = entry;
            resealed.seal();
            QCOMPARE(resealed.crc, entry.crc);
        }
    }
}

QTEST_GUILESS_MAIN(TestGoldenFormat)
#include "tst_format.moc"
