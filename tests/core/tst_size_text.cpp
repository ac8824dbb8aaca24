// The one size grammar (report::parseSize) and the one human-readable size (humanBytes): every
// unit and suffix, hex, blanks, leading zeros as decimal, overflow and junk. And the plain
// numbers of the edit commands and dialogs: octal modes, decimal ids and log entry indexes,
// with no sign (the command line once took a leading '+'; the one grammar has none).
#include "core/report/SizeText.h"

#include <QTest>

using famscope::report::humanBytes;
using famscope::report::parseSize;

using Size = std::optional<uint64_t>;
Q_DECLARE_METATYPE(Size)

class TestSizeText : public QObject {
    Q_OBJECT
private slots:
    void parses_data();
    void parses();
    void formats();
    void shortSizesAreShortAndNeverExponents();
    void modesAreOctalPermissionBits();
    void idsAreDecimal32Bit();
    void indexesAreDecimal64Bit();
};

void TestSizeText::parses_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<Size>("expected");
    const uint64_t K = 1024;
    QTest::newRow("decimal") << QByteArray("4096") << Size(4096);
    QTest::newRow("leading zero is decimal") << QByteArray("010") << Size(10);
    QTest::newRow("hex") << QByteArray("0x1f") << Size(0x1f);
    QTest::newRow("hex upper") << QByteArray("0X1F") << Size(0x1f);
    QTest::newRow("hex B is a digit") << QByteArray("0x1B") << Size(0x1b);
    QTest::newRow("K") << QByteArray("4K") << Size(4 * K);
    QTest::newRow("k") << QByteArray("4k") << Size(4 * K);
    QTest::newRow("KB") << QByteArray("4KB") << Size(4 * K);
    QTest::newRow("KiB") << QByteArray("4KiB") << Size(4 * K);
    QTest::newRow("M") << QByteArray("15M") << Size(15 * K * K);
    QTest::newRow("GiB") << QByteArray("1GiB") << Size(K * K * K);
    QTest::newRow("T") << QByteArray("2T") << Size(2 * K * K * K * K);
    QTest::newRow("bytes") << QByteArray("512B") << Size(512);
    QTest::newRow("blanks") << QByteArray(" \t4096 \n") << Size(4096);
    QTest::newRow("max") << QByteArray("18446744073709551615") << Size(UINT64_MAX);
    QTest::newRow("max hex") << QByteArray("0xffffffffffffffff") << Size(UINT64_MAX);
    QTest::newRow("zero T") << QByteArray("0T") << Size(0);
    QTest::newRow("overflow") << QByteArray("18446744073709551616") << Size();
    QTest::newRow("overflow hex") << QByteArray("0x10000000000000000") << Size();
    QTest::newRow("overflow unit") << QByteArray("16777216T") << Size();
    QTest::newRow("empty") << QByteArray("") << Size();
    QTest::newRow("unit only") << QByteArray("K") << Size();
    QTest::newRow("B only") << QByteArray("B") << Size();
    QTest::newRow("0x only") << QByteArray("0x") << Size();
    QTest::newRow("hex with unit") << QByteArray("0x10K") << Size();
    QTest::newRow("sign") << QByteArray("-1") << Size();
    QTest::newRow("plus") << QByteArray("+4096") << Size();
    QTest::newRow("inner blank") << QByteArray("4 096") << Size();
    QTest::newRow("junk") << QByteArray("zz") << Size();
    QTest::newRow("two units") << QByteArray("4KM") << Size();
}

void TestSizeText::parses() {
    QFETCH(QByteArray, text);
    QFETCH(Size, expected);
    QCOMPARE(parseSize(std::string_view(text.constData(), size_t(text.size()))), expected);
}

void TestSizeText::formats() {
    QCOMPARE(humanBytes(0), std::string("0 B"));
    QCOMPARE(humanBytes(1023), std::string("1023 B"));
    QCOMPARE(humanBytes(1024), std::string("1.00 KiB"));
    QCOMPARE(humanBytes(1536), std::string("1.50 KiB"));
    QCOMPARE(humanBytes(15ULL << 20), std::string("15.0 MiB"));
    QCOMPARE(humanBytes(4ULL << 30), std::string("4.00 GiB"));
    QCOMPARE(humanBytes(UINT64_MAX), std::string("16.0 EiB"));
    // Every size it prints, in whole units, parses back to the same number.
    for (const uint64_t v : {1ULL << 10, 1ULL << 20, 1ULL << 30, 1ULL << 40}) {
        const std::string shown = humanBytes(v);
        const std::string compact =
            shown.substr(0, shown.find('.')) + shown.substr(shown.find(' ') + 1);
        QCOMPARE(parseSize(compact), std::optional<uint64_t>(v));
    }
}

void TestSizeText::shortSizesAreShortAndNeverExponents() {
    using famscope::report::shortBytes;
    QCOMPARE(shortBytes(0), std::string("0"));
    QCOMPARE(shortBytes(1000 * (uint64_t{1} << 20)), std::string("1000 MiB"));
    QCOMPARE(shortBytes(3 * (uint64_t{1} << 29)), std::string("1.5 GiB"));
    QCOMPARE(shortBytes(uint64_t{64} << 40), std::string("64 TiB"));
    QCOMPARE(shortBytes(2 * (uint64_t{1} << 20)), std::string("2 MiB"));
    QCOMPARE(shortBytes(1536), std::string("1.5 KiB"));
    QCOMPARE(shortBytes(1000), std::string("1000 B"));
    QCOMPARE(shortBytes(UINT64_MAX), std::string("16384 PiB"));
}

void TestSizeText::modesAreOctalPermissionBits() {
    using famscope::report::parseMode;
    using Mode = std::optional<uint32_t>;
    QCOMPARE(parseMode("644"), Mode(0644));
    QCOMPARE(parseMode(" 0755 "), Mode(0755));
    QCOMPARE(parseMode("7777"), Mode(07777));
    QCOMPARE(parseMode("10000"), std::nullopt); // past the permission bits
    QCOMPARE(parseMode("0648"), std::nullopt);  // 8 is no octal digit
    QCOMPARE(parseMode("0x1ff"), std::nullopt);
    QCOMPARE(parseMode("-1"), std::nullopt);
    QCOMPARE(parseMode("+644"), std::nullopt);
    QCOMPARE(parseMode("\t0644\n"), Mode(0644));
    QCOMPARE(parseMode(""), std::nullopt);
}

void TestSizeText::idsAreDecimal32Bit() {
    using famscope::report::parseId;
    using Id = std::optional<uint32_t>;
    QCOMPARE(parseId("0"), Id(0));
    QCOMPARE(parseId(" 1000\t"), Id(1000));
    QCOMPARE(parseId("010"), Id(10));
    QCOMPARE(parseId("4294967295"), Id(UINT32_MAX));
    QCOMPARE(parseId("4294967296"), std::nullopt);
    QCOMPARE(parseId("1k"), std::nullopt); // a unit makes a size, not an id
    QCOMPARE(parseId("  "), std::nullopt);
    QCOMPARE(parseId("+1000"), std::nullopt);
    QCOMPARE(parseId("-1"), std::nullopt);
}

void TestSizeText::indexesAreDecimal64Bit() {
    using famscope::report::parseIndex;
    QCOMPARE(parseIndex("3"), Size(3));
    QCOMPARE(parseIndex(" 017 "), Size(17));
    QCOMPARE(parseIndex("18446744073709551615"), Size(UINT64_MAX));
    QCOMPARE(parseIndex("18446744073709551616"), Size());
    QCOMPARE(parseIndex("1k"), Size()); // a unit makes a size, not an entry
    QCOMPARE(parseIndex("0x3"), Size());
    QCOMPARE(parseIndex("+3"), Size());
    QCOMPARE(parseIndex("-3"), Size());
    QCOMPARE(parseIndex(""), Size());
}

QTEST_GUILESS_MAIN(TestSizeText)
#include "tst_size_text.moc"
