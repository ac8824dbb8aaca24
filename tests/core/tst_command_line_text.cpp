// The command line's own text (report/CommandLineText.h): the --help table, its columns and where
// it wraps (as QCommandLineParser laid it out), the command a mistyped word was meant to be, and
// the paths the reading commands are given.
#include "core/report/CommandLineText.h"

#include <QTest>

using famscope::report::editDistance;
using famscope::report::helpEntry;
using famscope::report::lookupPath;
using famscope::report::nearestWord;

class TestCommandLineText : public QObject {
    Q_OBJECT
private slots:
    void entriesWrapAtABlankBeforeColumn80() {
        QCOMPARE(helpEntry("--json", 26, "Print JSON instead of text."),
                 "  --json" + std::string(21, ' ') + "Print JSON instead of text.\n");
        // As `famscope creat --help` has always shown it.
        QCOMPARE(helpEntry("-B, --nbuckets <N>", 26,
                           "Interleave: buckets the device is cut into (<= 64, each >= 1 GiB)."),
                 std::string("  -B, --nbuckets <N>         Interleave: buckets the device is "
                             "cut into (<= 64,\n                             each >= 1 GiB).\n"));
    }

    void aWordLongerThanTheLineIsCut() {
        const std::string word(100, 'y');
        QCOMPARE(helpEntry("-a", 2, word),
                 "  -a " + std::string(74, 'y') + "\n     " + std::string(26, 'y') + '\n');
    }

    void namesWiderThanTheColumnGoOnTheirOwnLines() {
        QCOMPARE(helpEntry("abcdefghij", 4, "x"), std::string("  abcd x\n  efgh\n  ij\n"));
        QCOMPARE(helpEntry("TARGET PATH", 12, ""), std::string("  TARGET PATH\n"));
        QCOMPARE(helpEntry("-n", 3, "one\ntwo"), std::string("  -n  one\n      two\n"));
    }

    void typosFindTheirCommand() {
        QCOMPARE(editDistance("", "ls"), size_t(2));
        QCOMPARE(editDistance("infp", "info"), size_t(1));
        QCOMPARE(editDistance("kitten", "sitting"), size_t(3));
        const std::vector<std::string_view> commands{"info", "log", "ls", "verify"};
        QCOMPARE(nearestWord("infp", commands), std::optional<size_t>(0));
        QCOMPARE(nearestWord("verfy", commands), std::optional<size_t>(3));
        QCOMPARE(nearestWord("lo", commands), std::nullopt); // 1 edit in 2 letters: too far
        QCOMPARE(nearestWord("abc", {"abx", "aby"}), std::optional<size_t>(0)); // the first
        QCOMPARE(nearestWord("inof", commands), std::nullopt); // 2 edits in 4 letters: too far
        QCOMPARE(nearestWord("bogus", commands), std::nullopt);
        QCOMPARE(nearestWord("x", {}), std::nullopt);
    }

    void typedPathsNameWhatLsPrints() {
        QCOMPARE(lookupPath("/a//b/"), std::string("a/b"));
        QCOMPARE(lookupPath("./a/./b"), std::string("a/b"));
        QCOMPARE(lookupPath("/"), std::string());
        QCOMPARE(lookupPath(""), std::string());
        QCOMPARE(lookupPath("a/../b"), std::string("a/../b")); // kept: a lookup, not a resolution
        // What ls shows escaped is typed back: \xff is one byte, \\ one backslash.
        QCOMPARE(lookupPath("/d\\xff/e\\\\f"), std::string("d\xff/e\\f"));
    }
};

QTEST_GUILESS_MAIN(TestCommandLineText)
#include "tst_command_line_text.moc"
