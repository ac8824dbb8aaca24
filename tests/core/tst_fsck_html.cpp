// The fsck report as an HTML page (report/FsckHtml.h): the caller's words with their
// placeholders filled in any order, names and messages from media escaped for text and then
// for HTML, the embedded picture only when given.
#include "core/report/FsckHtml.h"

#include <QTest>

using namespace famscope;

namespace {

report::FsckHtmlWords words() {
    report::FsckHtmlWords w;
    w.title = "Bericht: %1";
    w.role = "Rolle";
    w.entriesInUse = "Einträge";
    w.entriesOf = "%2 Plätze, %1 belegt"; // a translation may put the arguments in any order
    w.findings = "Befunde";
    w.omitted = "%2: %1 weitere";
    return w;
}

fsck::FsckReport sampleReport() {
    fsck::FsckReport r;
    r.figures.entriesInUse = 3;
    r.figures.logSlots = 100;
    fsck::Location where;
    where.area = fsck::Location::Area::Entry;
    where.entry = 2;
    where.path = "a\xff\x1b";
    r.findings.push_back(fsck::Finding::single("ENTRY_CRC", fsck::Severity::Error, where,
                                               "<script>alert(1)</script> & \"more\""));
    r.counts.errors = 1;
    r.omitted["PATH_CONTROL_CHAR"] = 7;
    return r;
}

bool has(const std::string& page, const std::string& part) {
    return page.find(part) != std::string::npos;
}

} // namespace

class TestFsckHtml : public QObject {
    Q_OBJECT
private slots:
    void wordsAndFigures() {
        const std::string page = report::fsckReportHtml("/img/%2.img", sampleReport(), words(), "");
        QVERIFY(page.starts_with("<!DOCTYPE html>\n"));
        QVERIFY(page.ends_with("</body></html>\n"));
        // Text put in for %1 is not read again for %2.
        QVERIFY(has(page, "<title>Bericht: /img/%2.img</title>"));
        QVERIFY(has(page, "<h1>Bericht: /img/%2.img</h1>"));
        QVERIFY(has(page, "<tr><th>Einträge</th><td>100 Plätze, 3 belegt</td></tr>"));
        QVERIFY(has(page, "<p>PATH_CONTROL_CHAR: 7 weitere</p>"));
        QVERIFY(!has(page, "<img")); // no picture given
    }

    void mediaTextIsEscaped() {
        const std::string page =
            report::fsckReportHtml("t\xfe.img", sampleReport(), words(), "QUJD");
        QVERIFY(has(page, "<title>Bericht: t\\xfe.img</title>"));
        QVERIFY(has(page, "<tr class=\"error\"><td>error</td><td>ENTRY_CRC</td>"));
        QVERIFY(has(page, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot;"));
        QVERIFY(!has(page, "<script>"));
        QVERIFY(has(page, "a\\xff\\x1b")); // the path in the location, as text output shows it
        QVERIFY(!has(page, "\x1b"));
        QVERIFY(has(page, "<img alt=\"heatmap\" src=\"data:image/png;base64,QUJD\">"));
    }
};

QTEST_GUILESS_MAIN(TestFsckHtml)
#include "tst_fsck_html.moc"
