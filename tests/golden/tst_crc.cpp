// famscope computes CRC-32 with libdeflate; famfs computes it with zlib. The two must agree on
// every CRC of the real famfs images (and with the CRCs famfs stored there), and on buffers of
// any length at any alignment, so that switching the implementation changes no result.
#include "GoldenImages.h"

#include "core/format/Constants.h"
#include "core/format/Crc.h"
#include "core/media/Media.h"

#include <QRandomGenerator>
#include <QTest>

#include <vector>

#include <zlib.h>

using namespace famscope;
using namespace famscope::famfs;

namespace {

uint32_t zlibCrc(const uint8_t* data, size_t len) {
    return static_cast<uint32_t>(crc32(crc32(0L, Z_NULL, 0), data, static_cast<uInt>(len)));
}

uint64_t load64(const uint8_t* p) {
    uint64_t v = 0;
    for (int i = 7; i >= 0; --i)
        v = v << 8 | p[i];
    return v;
}

} // namespace

class TestCrc : public QObject {
    Q_OBJECT

private slots:
    void knownValues();
    void randomBuffers();
    void goldenImages_data();
    void goldenImages();
};

void TestCrc::knownValues() {
    const char* check = "123456789";
    QCOMPARE(crc32Of(reinterpret_cast<const uint8_t*>(check), 9), 0xCBF43926u);
    QCOMPARE(crc32Of(nullptr, 0), 0u);
}

// Lengths from 0 to past a log entry, then large ones, each at a random offset into a random
// buffer: libdeflate switches between its byte, word and vector loops by length and alignment.
void TestCrc::randomBuffers() {
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("seed %u", seed);
    QRandomGenerator rng(seed);
    std::vector<uint8_t> buffer(1 << 20);
    for (auto& b : buffer)
        b = static_cast<uint8_t>(rng.bounded(256));
    auto differs = [&](size_t len) {
        const size_t offset = rng.bounded(64u);
        const uint8_t* p = buffer.data() + offset;
        if (crc32Of(p, len) == zlibCrc(p, len))
            return QString();
        return QStringLiteral("seed %1: length %2 at offset %3 differs")
            .arg(seed)
            .arg(len)
            .arg(offset);
    };
    for (size_t len = 0; len <= 2 * kLogEntrySize; ++len)
        if (const QString why = differs(len); !why.isEmpty())
            QFAIL(qPrintable(why));
    for (int i = 0; i < 500; ++i)
        if (const QString why = differs(rng.bounded(quint32(buffer.size() - 64))); !why.isEmpty())
            QFAIL(qPrintable(why));
}

void TestCrc::goldenImages_data() {
    QTest::addColumn<QString>("image");
    for (const QString& name : golden::imageNames())
        QTest::newRow(qPrintable(name)) << name;
}

// The superblock, log header and every log entry in use: libdeflate == zlib == what famfs
// stored, unless the manifest says the stored CRC is bad.
void TestCrc::goldenImages() {
    QFETCH(QString, image);
    const QJsonObject want = golden::manifestImage(image);
    auto media = media::openMedia(golden::imagePath(image).toStdString(), media::Access::ReadOnly);
    QVERIFY2(media.ok(), media.ok() ? "" : media.error().c_str());

    auto sb = (*media)->read(0, kSuperblockSize);
    QVERIFY(sb.ok());
    const QJsonObject wsb = want.value(QLatin1String("superblock")).toObject();
    const uint32_t sbCrc = crc32Of(sb->data(), kSuperblockCrcCovers);
    QCOMPARE(sbCrc, zlibCrc(sb->data(), kSuperblockCrcCovers));
    QCOMPARE(uint64_t(sbCrc), golden::number(wsb.value(QLatin1String("crc_computed"))));
    QCOMPARE(load64(sb->data() + kSuperblockCrcCovers) == sbCrc,
             wsb.value(QLatin1String("crc_valid")).toBool());

    auto header = (*media)->read(kLogOffset, kLogHeaderSize);
    QVERIFY(header.ok());
    const QJsonObject wlog = want.value(QLatin1String("log_header")).toObject();
    const uint32_t logCrc = crc32Of(header->data(), kLogHeaderCrcCovers);
    QCOMPARE(logCrc, zlibCrc(header->data(), kLogHeaderCrcCovers));
    QCOMPARE(uint64_t(logCrc), golden::number(wlog.value(QLatin1String("crc_computed"))));
    QCOMPARE(load64(header->data() + kLogHeaderCrcCovers) == logCrc,
             wlog.value(QLatin1String("crc_valid")).toBool());

    const QJsonArray entries = want.value(QLatin1String("log_entries")).toArray();
    auto log = (*media)->read(kLogOffset + kLogHeaderSize, size_t(entries.size()) * kLogEntrySize);
    QVERIFY(log.ok());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject we = entries.at(i).toObject();
        const uint8_t* raw = log->data() + size_t(i) * kLogEntrySize;
        const uint32_t crc = crc32Of(raw, kLogEntryCrcCovers);
        const uint64_t stored = load64(raw + kLogEntryCrcCovers);
        if (crc != zlibCrc(raw, kLogEntryCrcCovers))
            QFAIL(qPrintable(QStringLiteral("entry %1: libdeflate and zlib differ").arg(i)));
        QCOMPARE(stored, golden::number(we.value(QLatin1String("crc"))));
        if ((stored == crc) != we.value(QLatin1String("crc_valid")).toBool())
            QFAIL(qPrintable(QStringLiteral("entry %1: CRC validity differs").arg(i)));
    }
}

QTEST_GUILESS_MAIN(TestCrc)
#include "tst_crc.moc"
