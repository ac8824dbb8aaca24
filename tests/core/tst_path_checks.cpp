// The shape checks of one logged path (PathChecks.h): which codes each path draws, and whether
// famfs could instantiate it. The cases sit on the edges of the one-pass scan: components at
// the start and end of the path, control bytes next to the NUL and at the field's end.
#include "core/format/PlainPath.h"
#include "core/fsck/PathChecks.h"

#include <QTest>

#include <algorithm>
#include <array>
#include <cstring>
#include <random>

using namespace famscope;

namespace {

famfs::PathField fieldOf(const std::string& bytes) {
    famfs::PathField field{};
    std::memcpy(field.data(), bytes.data(), std::min(bytes.size(), field.size()));
    return field;
}

QStringList codesOf(const fsck::FindingSink& sink) {
    QStringList out;
    for (const fsck::Finding& f : sink.findings())
        out << QString::fromStdString(f.code);
    out.sort();
    return out;
}

} // namespace

class TestPathChecks : public QObject {
    Q_OBJECT
private slots:
    void codesPerPath_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("usable");
        QTest::addColumn<QStringList>("codes");
        const QStringList none;
        const auto row = [](const char* name, const QByteArray& bytes, bool usable,
                            const QStringList& codes) {
            QTest::newRow(name) << bytes << usable << codes;
        };
        row("plain", "dir/file", true, none);
        row("dot file is no dot component", ".hidden/..x/x..", true, none);
        row("three dots", "a/.../b", true, none);
        row("dot alone", ".", true, {"PATH_DOT"});
        row("dot in the middle", "a/./b", true, {"PATH_DOT"});
        row("empty component", "a//b", true, {"PATH_DOT"});
        row("trailing slash", "a/", true, {"PATH_DOT"});
        row("dotdot first", "../a", true, {"PATH_DOTDOT"});
        row("dotdot last", "a/..", true, {"PATH_DOTDOT"});
        row("both", "./..", true, {"PATH_DOT", "PATH_DOTDOT"});
        row("escape", "a\x1b[2J", true, {"PATH_CONTROL_CHAR"});
        row("DEL", "a\x7f", true, {"PATH_CONTROL_CHAR"});
        row("C1 control", "a\xc2\x85z", true, {"PATH_CONTROL_CHAR"});
        row("C1 range end", "\xc2\x9f", true, {"PATH_CONTROL_CHAR"});
        row("no-break space is no control", "a\xc2\xa0z", true, none);
        row("C2 before the NUL", "a\xc2", true, none);
        row("empty", "", false, {"PATH_EMPTY"});
        row("absolute", "/a", false, {"PATH_ABSOLUTE"});
        row("79 characters", QByteArray(79, 'x'), true, {"PATH_MAX_LENGTH"});
        row("79 with a dot component", QByteArray(77, 'x') + "/.", true,
            {"PATH_DOT", "PATH_MAX_LENGTH"});
        row("unterminated", QByteArray(80, 'x'), false, {"PATH_UNTERMINATED"});
        row("unterminated with controls", QByteArray(79, '.') + "\x1b", false,
            {"PATH_UNTERMINATED"});
    }

    void codesPerPath() {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, usable);
        QFETCH(QStringList, codes);
        fsck::FindingSink sink;
        const famfs::PathField field = fieldOf(bytes.toStdString()); // the verdict views it
        const fsck::PathVerdict verdict = fsck::PathChecks::run(3, field, "fm_relpath", 40, sink);
        QCOMPARE(verdict.usable, usable);
        // What the entry's other checks name the file by: up to the NUL (fieldOf() puts one
        // after every row shorter than the field), nothing without one.
        const QByteArray expectedPath = bytes.size() < 80 ? bytes : QByteArray();
        QCOMPARE(QByteArray(verdict.path.data(), qsizetype(verdict.path.size())), expectedPath);
        QCOMPARE(codesOf(sink), codes);
        for (const fsck::Finding& f : sink.findings()) // the path as far as the NUL
            QCOMPARE(QByteArray::fromStdString(f.location.path), bytes.left(80));
    }

    // pathShape() reads plain paths a word at a time (sixteen bytes with SSE2, else eight) and
    // anything else byte by byte: the word scans must agree with each other and vouch only for
    // paths the byte scan finds nothing in, at every alignment of the NUL, the slashes and the
    // bytes they look for.
    void wordScanAgreesWithByteScan() {
        const std::array<uint8_t, 14> alphabet{'a',  'z',  '/',  '/',  '.',  '0',  ' ',
                                               0x1b, 0x1f, 0x7f, 0xc2, 0x85, 0xa0, 0xff};
        std::mt19937_64 rng(20261205);
        uint64_t plain = 0;
        for (int round = 0; round < 200000; ++round) {
            famfs::PathField field{};
            // Mostly letters and slashes, so that plain paths are common; now and then a byte
            // of the rest of the alphabet, and a NUL anywhere or nowhere.
            for (uint8_t& b : field)
                b = rng() % 8 ? alphabet[rng() % 4] : alphabet[rng() % alphabet.size()];
            const size_t nulAt = rng() % 90;
            if (nulAt < field.size())
                field[nulAt] = 0;
            const fsck::PathShape bytewise = fsck::pathShapeByteByByte(field);
            QCOMPARE(fsck::pathShape(field), bytewise);
            QCOMPARE(famfs::plainPathLength(field), famfs::plainPathLengthPortable(field));
            if (const size_t length = famfs::plainPathLength(field)) {
                ++plain;
                QCOMPARE(length, bytewise.path.size());
                QVERIFY(bytewise.terminated && !bytewise.controlCharacter && !bytewise.dot &&
                        !bytewise.dotdot);
            }
        }
        QVERIFY2(plain > 1000, qPrintable(QString::number(plain) + " plain paths"));
    }

    void plainPaths_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("length"); // plainPathLength(), 0 when not plain
        QTest::newRow("one name") << QByteArray("f") << 1;
        QTest::newRow("names with dots inside") << QByteArray("dir/file.txt/a..b") << 17;
        QTest::newRow("a name after a slash that ends a word") << QByteArray("abcdefg/") + "h" << 9;
        QTest::newRow("79 characters") << QByteArray(79, 'x') << 79;
        QTest::newRow("empty") << QByteArray() << 0;
        QTest::newRow("leading slash") << QByteArray("/a") << 0;
        QTest::newRow("trailing slash on a word edge") << QByteArray("abcdefg/") << 0;
        QTest::newRow("double slash across words") << QByteArray("abcdefg//h") << 0;
        QTest::newRow("dot component after a word edge") << QByteArray("abcdefg/.h") << 0;
        const QByteArray fifteen(15, 'x');
        QTest::newRow("a name after a slash that ends 16 bytes") << fifteen + "/h" << 17;
        QTest::newRow("trailing slash on a 16-byte edge") << fifteen + "/" << 0;
        QTest::newRow("double slash across 16 bytes") << fifteen + "//h" << 0;
        QTest::newRow("dot component after 16 bytes") << fifteen + "/.h" << 0;
        QTest::newRow("hidden name") << QByteArray(".h") << 0;
        QTest::newRow("control byte") << QByteArray("a\x1b") << 0;
        QTest::newRow("DEL") << QByteArray("a\x7f") << 0;
        QTest::newRow("C2") << QByteArray("a\xc2\xa0") << 0;
        QTest::newRow("unterminated") << QByteArray(80, 'x') << 0;
    }

    void plainPaths() {
        QFETCH(QByteArray, bytes);
        QFETCH(int, length);
        const famfs::PathField field = fieldOf(bytes.toStdString());
        QCOMPARE(famfs::plainPathLength(field), size_t(length));
        QCOMPARE(famfs::plainPathLengthPortable(field), size_t(length));
    }
};

QTEST_GUILESS_MAIN(TestPathChecks)
#include "tst_path_checks.moc"
