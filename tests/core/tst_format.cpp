// Unit tests of the famfs format layer: CRC, UUID text, field offsets, union aliasing, path
// truncation, layout detection, and decode/encode of arbitrary (hostile) bytes.
#include "core/format/ByteOrder.h"
#include "core/format/Crc.h"
#include "core/format/FieldValues.h"
#include "core/format/Layout.h"
#include "core/format/LogEntry.h"
#include "core/format/LogHeader.h"
#include "core/format/Superblock.h"
#include "core/format/ZeroTail.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cstring>
#include <string_view>
#include <vector>

using namespace famscope::famfs;

// A tail keeps the bytes up to its last one that is not zero, in whole words: a byte at any
// place reads back the same, as words and as bytes, and so does a copy, and a tail loaded over
// one that kept more or fewer bytes (a decoder reusing its entries).
template <size_t N> void checkTailAtEveryPlace() {
    ZeroTail<N> reused;
    for (size_t k = 0; k < 2 * N; ++k) {
        const size_t at = k % 2 == 0 ? k / 2 : N - 1 - k / 2; // far and near ends in turn
        std::array<uint8_t, N> raw{};
        raw[0] = 0x11; // a word in use before the stray byte
        raw[at] = static_cast<uint8_t>(0xa0 + at % 64);
        ZeroTail<N> tail;
        tail.load(raw.data());
        std::array<uint8_t, N> back{};
        back.fill(0xff);
        tail.store(back.data());
        QVERIFY2(back == raw, qPrintable(QString::number(at)));
        for (size_t w = 0; 8 * w + 8 <= N; ++w)
            QCOMPARE(tail.word(w), loadLE<uint64_t>(raw.data() + 8 * w));
        const ZeroTail<N> copy = tail;
        back.fill(0xff);
        copy.store(back.data());
        QVERIFY(back == raw);
        reused.load(raw.data());
        back.fill(0xff);
        reused.store(back.data());
        QVERIFY2(back == raw, qPrintable(QString::number(at)));
        QCOMPARE(reused.word(0), loadLE<uint64_t>(raw.data()));
    }
}

class TestFormat : public QObject {
    Q_OBJECT

private slots:
    void crcMatchesZlibCheckValue() {
        const char* check = "123456789"; // the standard CRC-32 check input
        QCOMPARE(crc32Of(reinterpret_cast<const uint8_t*>(check), 9), 0xCBF43926u);
        QCOMPARE(crc32Of(nullptr, 0), 0u);
    }

    void uuidTextIsRfc4122Order() {
        Uuid u;
        const uint8_t raw[16] = {0x50, 0x52, 0x5c, 0x5d, 0xcd, 0xa8, 0x4e, 0xae,
                                 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08};
        std::memcpy(u.bytes.data(), raw, 16);
        QCOMPARE(QString::fromStdString(u.toString()),
                 QStringLiteral("50525c5d-cda8-4eae-0102-030405060708"));
        QCOMPARE(*Uuid::parse(u.toString()), u);
        QVERIFY(!Uuid::parse("50525c5d-cda8-4eae-0102-03040506070").has_value());
        QVERIFY(!Uuid::parse("50525c5dxcda8-4eae-0102-030405060708").has_value());
        QVERIFY(!Uuid::parse("g0525c5d-cda8-4eae-0102-030405060708").has_value());
        QVERIFY(Uuid{}.isNull());
    }

    void superblockFieldOffsets() {
        Superblock sb;
        sb.magic = kSuperMagic;
        sb.version = 48;
        sb.logLen = 0x800000;
        sb.omfMajor = 2;
        sb.omfMinor = 2;
        sb.ddSize = 0x100000000;
        sb.uuid.bytes[0] = 0xaa;
        sb.systemUuid.bytes[15] = 0xbb;
        sb.setDaxdevPath("/dev/dax0.0");
        sb.crc = sb.computeCrc();
        const auto b = sb.encode();
        QCOMPARE(load64(&b[0]), kSuperMagic);
        QCOMPARE(load64(&b[8]), uint64_t{48});
        QCOMPARE(load64(&b[24]), uint64_t{0x800000});
        QCOMPARE(load32(&b[40]), 2u);
        QCOMPARE(b[48], uint8_t{0xaa});
        QCOMPARE(b[95], uint8_t{0xbb});
        QCOMPARE(load64(&b[96]), uint64_t{crc32Of(b.data(), 96)});
        QCOMPARE(load64(&b[112]), uint64_t{0x100000000});
        QCOMPARE(std::string(reinterpret_cast<const char*>(&b[136])), std::string("/dev/dax0.0"));
        QVERIFY(sb.crcValid());
        // Only [0, 96) is protected: dd_size may change without invalidating the CRC.
        sb.ddSize = 1;
        QVERIFY(sb.crcValid());
        sb.logLen = 1;
        QVERIFY(!sb.crcValid());
    }

    void daxdevPathOf64CharactersIsNotTerminated() {
        Superblock sb;
        const std::string longPath(70, 'x');
        sb.setDaxdevPath(longPath);
        QCOMPARE(sb.daxdevPath(), std::string(64, 'x'));
    }

    // The structure view's values come from the same tables as decode and encode.
    void fieldValuesFollowTheTables() {
        Superblock sb;
        sb.logLen = 0x800000;
        sb.uuid = *Uuid::parse("30525c5d-cda8-4eae-0102-030405060708");
        sb.setDaxdevPath("/dev/dax0.0");
        const std::vector<FieldValue> values = superblockFieldValues(sb);
        QCOMPARE(values.size(), superblockFields().size());
        for (size_t i = 0; i < values.size(); ++i)
            QCOMPARE(values[i].span.offset, superblockFields()[i].offset);
        const auto valueOf = [&](std::string_view name) {
            for (const FieldValue& v : values)
                if (name == v.span.name)
                    return v.value;
            return std::variant<uint64_t, std::string>{};
        };
        QCOMPARE(std::get<uint64_t>(valueOf("ts_log_len")), uint64_t{0x800000});
        QCOMPARE(std::get<std::string>(valueOf("ts_uuid")), sb.uuid.toString());
        QCOMPARE(std::get<std::string>(valueOf("dd_daxdev")), std::string("/dev/dax0.0"));
        LogHeader h = LogHeader::fresh(8ULL << 20);
        h.nextIndex = 7;
        const std::vector<FieldValue> header = logHeaderFieldValues(h);
        QCOMPARE(header.size(), logHeaderFields().size());
        QCOMPARE(std::string(header.back().span.name), std::string("famfs_log_next_index"));
        QCOMPARE(std::get<uint64_t>(header.back().value), uint64_t{7});
        QCOMPARE(std::get<uint64_t>(header[2].value), uint64_t{15419}); // famfs_log_last_index
    }

    void freshLogHeader() {
        const LogHeader h = LogHeader::fresh(8ULL << 20);
        QCOMPARE(h.lastIndex, uint64_t{15419});
        QCOMPARE(h.capacity(), uint64_t{15420});
        QVERIFY(h.crcValid());
        QCOMPARE(logSlots(16ULL << 20), uint64_t{30840});
        QCOMPARE(logSlots(64ULL << 20), uint64_t{123361});
        LogHeader moved = h;
        moved.nextIndex = 99; // not CRC-protected
        QVERIFY(moved.crcValid());
    }

    void fileEntryUnionAliasing() {
        FileMeta f;
        f.extType = kExtSimple;
        f.count = 2;
        f.setExtent(0, {0, 0xa00000, 0x200000});
        f.setExtent(1, {0, 0xe00000, 0x400000});
        setPathText(f.relpath, "dir/file");
        LogEntry e = LogEntry::makeFile(f);
        e.seqnum = 7;
        e.seal();
        const auto b = e.encode();
        QCOMPARE(load64(&b[0]), uint64_t{7});
        QCOMPARE(load32(&b[8]), 0u);
        QCOMPARE(load32(&b[128]), 2u);                           // fmap_nextents
        QCOMPARE(load64(&b[136 + 8]), uint64_t{0xa00000});       // se[0].se_offset
        QCOMPARE(load64(&b[136 + 24 + 16]), uint64_t{0x400000}); // se[1].se_len
        QCOMPARE(load64(&b[536]), uint64_t{crc32Of(b.data(), 536)});
        // The interleaved view reads the same words: se[0].devindex is ie_nstrips and
        // se[0].offset is ie_chunk_size (famfs-format.md 1.5, "aliasing").
        const LogEntry d = LogEntry::decode(std::span<const uint8_t, kLogEntrySize>(b));
        QVERIFY(d.crcValid());
        QCOMPARE(d.file()->nstrips(), uint64_t{0});
        QCOMPARE(d.file()->chunkSize(), uint64_t{0xa00000});
        QCOMPARE(d.path(), std::string("dir/file"));
    }

    void interleavedStripOffsets() {
        FileMeta f;
        f.extType = kExtInterleave;
        f.count = 1;
        f.setInterleave(3, 0x200000);
        for (size_t j = 0; j < 3; ++j)
            f.setStrip(j, {0, 0x40000000 * (j + 1), 0x400000});
        const auto b = LogEntry::makeFile(f).encode();
        QCOMPARE(load64(&b[136]), uint64_t{3});                       // ie_nstrips
        QCOMPARE(load64(&b[144]), uint64_t{0x200000});                // ie_chunk_size
        QCOMPARE(load64(&b[152 + 24 * 2 + 8]), uint64_t{0xc0000000}); // strip 2 offset
    }

    void pathTruncatedTo79() {
        PathField field;
        setPathText(field, std::string(100, 'p'));
        QCOMPARE(pathText(field).size(), size_t{79});
        QVERIFY(pathTerminated(field));
        field.fill('q');
        QVERIFY(!pathTerminated(field));
        QCOMPARE(pathText(field).size(), size_t{80});
    }

    void entryFieldTablesNameEveryByte() {
        // The hex overlay names the bytes of an entry from these tables: with the common rows
        // (seqnum, type, padding, crc) each body's rows cover all 544 bytes, in order, once.
        for (const auto& body : {fileEntryFields(), mkdirEntryFields(), addDaxdevEntryFields()}) {
            std::vector<FieldSpan> all(logEntryCommonFields().begin(),
                                       logEntryCommonFields().end());
            all.insert(all.end(), body.begin(), body.end());
            std::sort(all.begin(), all.end(),
                      [](const FieldSpan& a, const FieldSpan& b) { return a.offset < b.offset; });
            uint32_t at = 0;
            for (const FieldSpan& f : all) {
                QCOMPARE(f.offset, at);
                at += f.size;
            }
            QCOMPARE(size_t{at}, kLogEntrySize);
        }
    }

    void entryFieldsDecodeWhereTheTableSays() {
        // A value written at each named offset is the value decode() reads into that field.
        std::array<uint8_t, kLogEntrySize> raw{};
        const auto at = [&raw](const char* name, std::span<const FieldSpan> fields) {
            for (const FieldSpan& f : fields)
                if (std::string_view(f.name) == name)
                    return raw.data() + f.offset;
            return static_cast<uint8_t*>(nullptr);
        };
        storeLE<uint64_t>(at("seqnum", logEntryCommonFields()), 41);
        storeLE<uint64_t>(at("crc", logEntryCommonFields()), 0xc0ffee);
        storeLE<uint64_t>(at("fm_size", fileEntryFields()), 4096);
        storeLE<uint32_t>(at("fm_mode", fileEntryFields()), 0640);
        storeLE<uint32_t>(at("fmap_nextents", fileEntryFields()), 3);
        storeLE<uint64_t>(at("fmap_union", fileEntryFields()) + 8, 0x200000); // se[0].se_offset
        const LogEntry e = LogEntry::decode(std::span<const uint8_t, kLogEntrySize>(raw));
        QCOMPARE(e.seqnum, uint64_t{41});
        QCOMPARE(e.crc, uint64_t{0xc0ffee});
        QVERIFY(e.file());
        QCOMPARE(e.file()->size, uint64_t{4096});
        QCOMPARE(e.file()->mode, 0640u);
        QCOMPARE(e.file()->count, 3u);
        QCOMPARE(e.file()->extent(0).offset, uint64_t{0x200000});
        std::array<uint8_t, kLogEntrySize> dax{};
        storeLE<uint32_t>(dax.data() + 8, 3); // ADD_DAXDEV
        storeLE<uint32_t>(dax.data() + addDaxdevEntryFields()[2].offset, 5);
        QCOMPARE(
            LogEntry::decode(std::span<const uint8_t, kLogEntrySize>(dax)).addDaxdev()->ddIndex,
            5u);
    }

    void arbitraryBytesRoundTrip() {
        // Any 544 bytes decode without harm and encode back identically, whatever the type;
        // also when decoded into an entry that holds the previous one (every field replaced).
        QRandomGenerator rng(20261125);
        LogEntry reused;
        for (int i = 0; i < 2000; ++i) {
            std::array<uint8_t, kLogEntrySize> raw;
            for (auto& b : raw)
                b = static_cast<uint8_t>(rng.generate());
            // Every type, 4 and 5 unknown; files twice in a row, so that one reuses the other.
            storeLE<uint32_t>(&raw[8], static_cast<uint32_t>(i % 7 == 6 ? 0 : i % 7));
            const std::span<const uint8_t, kLogEntrySize> bytes(raw);
            const LogEntry e = LogEntry::decode(bytes);
            QVERIFY(e.encode() == raw);
            LogEntry::decodeInto(reused, bytes);
            QVERIFY(reused.encode() == raw);
            (void)e.path();
        }
        std::array<uint8_t, kSuperblockSize> sbRaw;
        for (auto& b : sbRaw)
            b = static_cast<uint8_t>(rng.generate());
        QVERIFY(Superblock::decode(std::span<const uint8_t, kSuperblockSize>(sbRaw)).encode() ==
                sbRaw);
    }

    void zeroTailsRoundTrip() {
        // Bytes famfs leaves zero are held only when one of them is not (ZeroTail.h): a single
        // non-zero byte anywhere in them, in any type's body, must survive decode and encode,
        // also when an entry is decoded over one that held such bytes or none.
        QRandomGenerator rng(20261205);
        LogEntry reused;
        for (int i = 0; i < 4000; ++i) {
            std::array<uint8_t, kLogEntrySize> raw{};
            storeLE<uint32_t>(&raw[8], static_cast<uint32_t>(rng.bounded(5)));
            storeLE<uint64_t>(&raw[0], rng.generate64());
            storeLE<uint64_t>(&raw[136], rng.generate64()); // the first fmap words
            if (rng.bounded(2) == 0) // one stray byte after the first 16 (or in the padding)
                raw[16 + rng.bounded(static_cast<quint32>(kLogEntryBodySize))] =
                    static_cast<uint8_t>(1 + rng.bounded(255));
            const std::span<const uint8_t, kLogEntrySize> bytes(raw);
            const LogEntry e = LogEntry::decode(bytes);
            QVERIFY(e.encode() == raw);
            LogEntry::decodeInto(reused, bytes);
            QVERIFY(reused.encode() == raw);
            const LogEntry copy = reused; // owns its own copy of any held bytes
            LogEntry::decodeInto(reused, std::span<const uint8_t, kLogEntrySize>(
                                             std::array<uint8_t, kLogEntrySize>{}));
            QVERIFY(copy.encode() == raw);
        }
    }

    // In a tail whose size is a whole number of words and in one that is not; setWord() past
    // what is kept grows it.
    void zeroTailKeepsTheWordsInUse() {
        checkTailAtEveryPlace<FmapWords::kWireSize - 8 * FmapWords::kInline>(); // 336 bytes
        checkTailAtEveryPlace<kLogEntryBodySize - 92>(); // MKDIR's rest: 428, not whole words
        ZeroTail<336> grown;
        grown.setWord(3, 0); // nothing to keep
        grown.setWord(1, 0x0102030405060708);
        grown.setWord(5, 0x1112131415161718); // past what is kept: grows
        std::array<uint8_t, 336> raw{};
        storeLE<uint64_t>(&raw[8], 0x0102030405060708);
        storeLE<uint64_t>(&raw[40], 0x1112131415161718);
        std::array<uint8_t, 336> back{};
        back.fill(0xff);
        grown.store(back.data());
        QVERIFY(back == raw);
        QCOMPARE(grown.word(1), uint64_t{0x0102030405060708});
        QCOMPARE(grown.word(4), uint64_t{0});
        QCOMPARE(grown.word(41), uint64_t{0});
    }

    void zeroTestAgreesWithThePortableOne() {
        // allZero() reads sixteen bytes at a time: every length up to 416 bytes at each of the
        // 16 alignments in a 16-byte word, all zero and with one byte set at each position.
        alignas(16) std::array<uint8_t, 432> buffer{};
        for (size_t offset = 0; offset < 16; ++offset)
            for (size_t n = 0; n + offset <= 416; ++n) {
                const uint8_t* p = buffer.data() + offset;
                QVERIFY(allZero(p, n) && allZeroPortable(p, n));
                for (size_t set = 0; set < n; ++set) {
                    buffer[offset + set] = static_cast<uint8_t>(1u << (set % 8)); // each bit
                    if (allZero(p, n) || allZeroPortable(p, n))
                        QFAIL(qPrintable(
                            QString("offset %1, length %2, byte %3").arg(offset).arg(n).arg(set)));
                    buffer[offset + set] = 0;
                }
                buffer[offset + n] = 0xff; // a byte just past the range is not looked at
                QVERIFY(allZero(p, n) && allZeroPortable(p, n));
                buffer[offset + n] = 0;
            }
    }

    void extentsBeyondTheInlineWords() {
        // Extents past the two held in the entry itself read and write the same words the C
        // union would, and a copy keeps its own.
        FileMeta f;
        f.count = 16;
        for (size_t j = 0; j < kMaxExtents; ++j)
            f.setExtent(j, {j, 0x200000 * (j + 1), 0x200000});
        LogEntry e = LogEntry::makeFile(f);
        const LogEntry copy = e;
        std::get<FileMeta>(e.body).setExtent(15, {0, 0, 0});
        const auto bytes = copy.encode();
        for (size_t j = 0; j < kMaxExtents; ++j) {
            QCOMPARE(copy.file()->extent(j).offset, 0x200000 * (j + 1));
            QCOMPARE(loadLE<uint64_t>(&bytes[136 + 24 * j + 8]), 0x200000 * (j + 1));
        }
        QCOMPARE(e.file()->extent(15).offset, uint64_t{0});
        QCOMPARE(loadLE<uint64_t>(&e.encode()[136 + 24 * 15 + 8]), uint64_t{0});
        FileMeta striped;
        striped.setInterleave(16, 0x200000);
        striped.setStrip(15, {0, 0x40000000, 0x400000});
        QCOMPARE(striped.strip(15).offset, uint64_t{0x40000000});
        QCOMPARE(striped.strip(14).offset, uint64_t{0});
        QCOMPARE(loadLE<uint64_t>(&LogEntry::makeFile(striped).encode()[152 + 24 * 15 + 8]),
                 uint64_t{0x40000000});
    }

    void layoutDetection() {
        Superblock sb;
        sb.magic = kSuperMagic;
        sb.version = 48;
        sb.omfMajor = 2;
        sb.omfMinor = 2;
        LogHeader h = LogHeader::fresh(8ULL << 20);
        QVERIFY(detectLayout(sb, &h).supported);
        sb.version = 47;
        sb.omfMinor = 1;
        QVERIFY(detectLayout(sb, &h).supported);
        // A 368-byte-entry log (famfs 2024-10 .. 2025-03) is detected, not misparsed.
        h.lastIndex = (h.len - 48) / 368 - 1;
        const LayoutInfo old = detectLayout(sb, &h);
        QVERIFY(!old.supported);
        QCOMPARE(old.entrySize, uint64_t{368});
        QVERIFY(old.description.find("368") != std::string::npos);
        // Version 46 with no OMF fields.
        sb.version = 46;
        sb.omfMajor = 0;
        sb.omfMinor = 0;
        h = LogHeader::fresh(8ULL << 20);
        QVERIFY(!detectLayout(sb, &h).supported);
        // Hostile header values never divide by zero.
        h.lastIndex = UINT64_MAX;
        (void)detectLayout(sb, &h);
        h.len = 0;
        h.lastIndex = 0;
        (void)detectLayout(sb, &h);
    }
};

QTEST_GUILESS_MAIN(TestFormat)
#include "tst_format.moc"
