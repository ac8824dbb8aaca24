// Seeds as the user types them (report::parseSeed) and the window's "path seed" list
// (report::parseSeedList): the number grammar, blanks, comments, leading slashes, and the
// first bad line reported with its number.
#include "core/report/SeedText.h"

#include <QTest>

using famscope::report::parseSeed;
using famscope::report::parseSeedList;
using famscope::report::SeedList;

using Seed = std::optional<uint64_t>;
Q_DECLARE_METATYPE(Seed)

namespace {
// "path=seed" per item, to compare a whole list in one QCOMPARE.
QStringList itemsOf(const SeedList& list) {
    QStringList out;
    for (const auto& item : list.items)
        out << QString::fromStdString(item.path) + QLatin1Char('=') + QString::number(item.seed);
    return out;
}
} // namespace

class TestSeedText : public QObject {
    Q_OBJECT
private slots:
    void seed_data();
    void seed();
    void list();
    void listSkipsBlankAndComments();
    void listRejectsBadLine_data();
    void listRejectsBadLine();
};

void TestSeedText::seed_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<Seed>("expected");
    QTest::newRow("decimal") << QByteArray("42") << Seed(42);
    QTest::newRow("zero") << QByteArray("0") << Seed(0);
    QTest::newRow("leading zero is decimal") << QByteArray("010") << Seed(10);
    QTest::newRow("hex") << QByteArray("0x2A") << Seed(42);
    QTest::newRow("hex upper prefix") << QByteArray("0X2a") << Seed(42);
    QTest::newRow("unit, as on the command line") << QByteArray("4K") << Seed(4096);
    QTest::newRow("blanks") << QByteArray(" \t42 ") << Seed(42);
    QTest::newRow("max") << QByteArray("18446744073709551615") << Seed(UINT64_MAX);
    QTest::newRow("overflow") << QByteArray("18446744073709551616") << Seed();
    QTest::newRow("empty") << QByteArray("") << Seed();
    QTest::newRow("blank") << QByteArray("  ") << Seed();
    QTest::newRow("negative") << QByteArray("-1") << Seed();
    QTest::newRow("word") << QByteArray("seed") << Seed();
    QTest::newRow("trailing junk") << QByteArray("42x") << Seed();
    QTest::newRow("bare hex prefix") << QByteArray("0x") << Seed();
    QTest::newRow("two numbers") << QByteArray("4 2") << Seed();
}

void TestSeedText::seed() {
    QFETCH(QByteArray, text);
    QFETCH(Seed, expected);
    QCOMPARE(parseSeed(text.toStdString()), expected);
}

void TestSeedText::list() {
    const SeedList list = parseSeedList("a 1\n/dir/b  0x10\r\n//c\t7\nname with spaces 42\n");
    QVERIFY(list.ok());
    QCOMPARE(itemsOf(list),
             (QStringList{QStringLiteral("a=1"), QStringLiteral("dir/b=16"), QStringLiteral("c=7"),
                          QStringLiteral("name with spaces=42")}));
}

void TestSeedText::listSkipsBlankAndComments() {
    const SeedList list = parseSeedList("\n# path seed\n   \n  a 5  \n#b 6\n");
    QVERIFY(list.ok());
    QCOMPARE(itemsOf(list), QStringList{QStringLiteral("a=5")});
    const SeedList empty = parseSeedList("");
    QVERIFY(empty.ok());
    QVERIFY(empty.items.empty());
}

void TestSeedText::listRejectsBadLine_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("badLine");
    QTest::addColumn<QByteArray>("badText");
    QTest::newRow("no seed") << QByteArray("a 1\nb\n") << 2 << QByteArray("b");
    QTest::newRow("seed only") << QByteArray("42") << 1 << QByteArray("42");
    QTest::newRow("seed not a number")
        << QByteArray("a 1\n\n  b seven \n") << 3 << QByteArray("b seven");
    QTest::newRow("seed too large")
        << QByteArray("a 99999999999999999999") << 1 << QByteArray("a 99999999999999999999");
    QTest::newRow("first bad line wins") << QByteArray("a x\nb y") << 1 << QByteArray("a x");
}

void TestSeedText::listRejectsBadLine() {
    QFETCH(QByteArray, text);
    QFETCH(int, badLine);
    QFETCH(QByteArray, badText);
    const SeedList list = parseSeedList(text.toStdString());
    QVERIFY(!list.ok());
    QCOMPARE(list.badLine, size_t(badLine));
    QCOMPARE(QByteArray::fromStdString(list.badText), badText);
    QVERIFY(list.items.empty()); // nothing half-read
}

QTEST_GUILESS_MAIN(TestSeedText)
#include "tst_seed_text.moc"
