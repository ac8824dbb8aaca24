// The fsck report's findings grouped as the window lists them (FsckReport.h, groupFindings):
// severities in the order error, warning, info; areas in their order under each; the findings
// of a group in the report's order.
#include "core/fsck/Finding.h"
#include "core/fsck/FsckReport.h"

#include <QTest>

using namespace famscope;
using fsck::Location;
using fsck::Severity;

namespace {

fsck::Finding finding(Severity severity, Location::Area area) {
    Location where;
    where.area = area;
    return fsck::Finding::single("CODE", severity, where, "message");
}

} // namespace

class TestFsckReport : public QObject {
    Q_OBJECT
private slots:
    void findingsGroupedBySeverityThenArea() {
        const std::vector<fsck::Finding> findings = {
            finding(Severity::Info, Location::Area::Device),        // 0
            finding(Severity::Error, Location::Area::Entry),        // 1
            finding(Severity::Error, Location::Area::Superblock),   // 2
            finding(Severity::Error, Location::Area::Entry),        // 3
            finding(Severity::Warning, Location::Area::Allocation), // 4
        };
        const fsck::FindingGroups groups = fsck::groupFindings(findings);
        QCOMPARE(groups.size(), size_t{3});
        auto severity = groups.begin();
        QCOMPARE(severity->first, Severity::Error);
        QCOMPARE(severity->second.size(), size_t{2});
        QCOMPARE(severity->second.begin()->first, Location::Area::Superblock);
        QCOMPARE(severity->second.begin()->second, std::vector<size_t>{2});
        QCOMPARE(severity->second.at(Location::Area::Entry), (std::vector<size_t>{1, 3}));
        ++severity;
        QCOMPARE(severity->first, Severity::Warning);
        QCOMPARE(severity->second.at(Location::Area::Allocation), std::vector<size_t>{4});
        ++severity;
        QCOMPARE(severity->first, Severity::Info);
        QCOMPARE(severity->second.at(Location::Area::Device), std::vector<size_t>{0});
    }

    void noFindingsNoGroups() { QVERIFY(fsck::groupFindings({}).empty()); }

    // keeps() says whether the next finding of a code would be kept, so that a checker can
    // skip the text of one that would only be counted; the counts stay whole either way.
    void sinkKeepsUpToItsLimitPerCode() {
        fsck::FindingSink sink;
        QVERIFY(sink.keeps("A"));
        for (uint64_t i = 0; i < fsck::FindingSink::kMaxPerCode; ++i) {
            QVERIFY(sink.keeps("A"));
            sink.add("A", Severity::Error, {}, "a");
        }
        QVERIFY(!sink.keeps("A"));
        QVERIFY(sink.keeps("B")); // per code
        sink.add("A", Severity::Error, {}, {});
        sink.add("B", Severity::Warning, {}, "b");
        QCOMPARE(sink.findings().size(), size_t{fsck::FindingSink::kMaxPerCode + 1});
        QCOMPARE(sink.counts().errors, fsck::FindingSink::kMaxPerCode + 1);
        QCOMPARE(sink.omitted().at("A"), uint64_t{1});
    }
};

QTEST_GUILESS_MAIN(TestFsckReport)
#include "tst_fsck_report.moc"
