// The shape checks of one logged path (PathChecks.h): which codes each path draws, and whether
// famfs could instantiate it. The cases sit on the edges of the one-pass scan: components at
// the start and end of the path, control bytes next to the NUL and at the field's end.
#include "core/fsck/PathChecks.h"

#include <QTest>

#include <algorithm>
#include <cstring>

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
        const bool ok =
            fsck::PathChecks::run(3, fieldOf(bytes.toStdString()), "fm_relpath", 40, sink);
        QCOMPARE(ok, usable);
        QCOMPARE(codesOf(sink), codes);
        for (const fsck::Finding& f : sink.findings()) // the path as far as the NUL
            QCOMPARE(QByteArray::fromStdString(f.location.path), bytes.left(80));
    }
};

QTEST_GUILESS_MAIN(TestPathChecks)
#include "tst_path_checks.moc"
