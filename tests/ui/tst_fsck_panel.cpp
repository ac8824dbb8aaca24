// The fsck tab on real famfs images: the tree's groups and counts are runFsck's (severity ->
// category -> finding), double-clicking a finding shows its superblock field, log row, file or
// heatmap range, Rerun gives the same report, the JSON export is `famscope fsck --json` byte for
// byte and the HTML export is one page with the heatmap embedded as a PNG data: URI.
#include "CliRun.h"
#include "DamagedLogImage.h"
#include "GoldenImages.h"
#include "HostileImage.h"
#include "TempDir.h"
#include "UiTestSupport.h"
#include "WindowParts.h"

#include "core/fsck/Fsck.h"
#include "ui/SelectionModel.h"
#include "ui/document/Document.h"
#include "ui/document/SnapshotLoader.h"
#include "ui/fsck/FsckPanel.h"
#include "ui/fsck/FsckReportExport.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/models/LogModel.h"
#include "ui/models/ModelRoles.h"
#include "ui/models/StructureFieldsModel.h"
#include "ui/panels/LogPanel.h"
#include "ui/panels/SuperblockPanel.h"
#include "ui/views/HeatmapPanel.h"

#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>

#include <map>
#include <set>

using namespace famscope;
using namespace famscope::ui;

namespace {

const QStringList kImages = {QStringLiteral("a02-files"),
                             QStringLiteral("a03-dirs"),
                             QStringLiteral("a07-bad-sb-crc"),
                             QStringLiteral("a08-bad-log-entry-crc"),
                             QStringLiteral("a09-bad-log-header-crc"),
                             QStringLiteral("a10-crosslinked"),
                             QStringLiteral("a11-bad-seqnum")};

// Every finding row under `parent` (not the members of a group), depth first.
void collectFindings(const QAbstractItemModel* model, const QModelIndex& parent,
                     std::vector<QModelIndex>& out) {
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex i = model->index(r, 0, parent);
        if (i.data(FsckPanel::kFindingRole).isValid() && !i.data(FsckPanel::kMemberRole).isValid())
            out.push_back(i);
        collectFindings(model, i, out);
    }
}

// Where two JSON documents differ (keys, types, values), or "" when they are equal.
QString jsonDifference(const QJsonValue& a, const QJsonValue& b, const QString& where) {
    if (a.type() != b.type())
        return where + QStringLiteral(": type differs");
    if (a.isObject()) {
        const QJsonObject x = a.toObject(), y = b.toObject();
        if (x.keys() != y.keys())
            return where + QStringLiteral(": keys ") + x.keys().join(QLatin1Char(',')) +
                   QStringLiteral(" vs ") + y.keys().join(QLatin1Char(','));
        for (const QString& k : x.keys())
            if (QString d = jsonDifference(x.value(k), y.value(k), where + QLatin1Char('.') + k);
                !d.isEmpty())
                return d;
        return {};
    }
    if (a.isArray()) {
        const QJsonArray x = a.toArray(), y = b.toArray();
        if (x.size() != y.size())
            return where + QStringLiteral(": array sizes differ");
        for (qsizetype i = 0; i < x.size(); ++i)
            if (QString d = jsonDifference(x[i], y[i], where + QStringLiteral("[%1]").arg(i));
                !d.isEmpty())
                return d;
        return {};
    }
    return a == b ? QString() : where + QStringLiteral(": value differs");
}

bool waitLoaded(MainWindow& w) {
    QSignalSpy loaded(uitest::part<Document>(w), &Document::loaded);
    return loaded.wait(20000);
}

} // namespace

class TestFsckPanel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { uitest::useOwnSettings("fsck-panel"); }
    void groupsAndCountsAreRunFscks();
    void groupedFindingExpandsToItsMembers();
    void rerunGivesTheSameReport();
    void doubleClickShowsThePlace();
    void jsonExportIsTheClis();
    void jsonExportKeepsBytesAndNumbers();
    void jsonExportKeepsNumbersAbove2To63();
    void htmlExportEmbedsTheHeatmap();
    void noTargetIsNoReport();
};

// A corrupt field above 2^63 (an extent offset of all ones) is exported as the exact integer
// `famscope fsck --json` prints, not rounded through a double.
void TestFsckPanel::jsonExportKeepsNumbersAbove2To63() {
    const uint64_t big = UINT64_MAX - 4095;
    fsck::Location where;
    where.area = fsck::Location::Area::Entry;
    where.offset = big;
    where.entry = uint64_t{1} << 63;
    fsck::FsckReport report;
    report.findings.push_back(
        fsck::Finding::single("EXTENT_BEYOND_DEVICE", fsck::Severity::Error, where, "m"));
    report.figures.sumOfFileSizes = UINT64_MAX;
    const QByteArray json = fsckReportJson(fs::LoadedFs{}, report);
    QJsonParseError error;
    QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY2(json.contains("\"offset\": " + QByteArray::number(big)), json.constData());
    QVERIFY2(json.contains("\"entry\": " + QByteArray::number(uint64_t{1} << 63)),
             json.constData());
    QVERIFY2(json.contains("\"sum_of_file_sizes\": " + QByteArray::number(UINT64_MAX)),
             json.constData());
    QVERIFY(!json.contains("famscope-u64"));
}

void TestFsckPanel::groupsAndCountsAreRunFscks() {
    for (const QString& image : kImages) {
        const auto snapshot = uitest::loadImage(image);
        const fsck::FsckReport expected = fsck::runFsck(snapshot->fs());
        FsckPanel panel;
        panel.setSnapshot(snapshot);
        panel.waitForFinished();
        QVERIFY(panel.hasReport());
        QCOMPARE(panel.report().findings.size(), expected.findings.size());
        QCOMPARE(panel.report().counts.errors, expected.counts.errors);
        QCOMPARE(panel.report().counts.warnings, expected.counts.warnings);

        // Top level: one row per severity present, titled with its count; below, one row
        // per category, titled with its count; below, the findings of both.
        std::map<fsck::Severity, std::map<fsck::Location::Area, int>> want;
        for (const fsck::Finding& f : expected.findings)
            ++want[f.severity][f.location.area];
        const QStandardItemModel* model = uitest::part<QStandardItemModel>(panel);
        if (expected.findings.empty()) {
            QCOMPARE(model->rowCount(), 1); // "No problems found."
            continue;
        }
        QCOMPARE(model->rowCount(), int(want.size()));
        int top = 0;
        for (const auto& [severity, areas] : want) {
            const QModelIndex s = model->index(top++, 0);
            int total = 0;
            for (const auto& [area, n] : areas)
                total += n;
            QCOMPARE(s.data().toString(),
                     FsckPanel::tr("%1 (%2)").arg(FsckPanel::severityTitle(severity)).arg(total));
            QCOMPARE(model->rowCount(s), int(areas.size()));
            int row = 0;
            for (const auto& [area, n] : areas) {
                const QModelIndex a = model->index(row++, 0, s);
                QCOMPARE(a.data().toString(),
                         FsckPanel::tr("%1 (%2)").arg(FsckPanel::categoryName(area)).arg(n));
                QCOMPARE(model->rowCount(a), n);
                for (int k = 0; k < n; ++k) {
                    const fsck::Finding* f = panel.findingAt(model->index(k, 2, a));
                    QVERIFY(f);
                    QCOMPARE(f->severity, severity);
                    QCOMPARE(f->location.area, area);
                    QCOMPARE(model->index(k, FsckPanel::CodeColumn, a).data().toString(),
                             QString::fromStdString(f->code));
                }
            }
        }
        std::vector<QModelIndex> leaves;
        collectFindings(model, {}, leaves);
        QCOMPARE(leaves.size(), expected.findings.size());
        QVERIFY(uitest::part<QLabel>(panel, QStringLiteral("fsckSummary"))
                    ->text()
                    .contains(QString::number(expected.counts.errors)));
    }
}

// A log whose header claims 3,500 entries never written, random bytes over 1500..2499: three
// rows under "Log entries", one per cause, each collapsed; expanding one lists its members,
// each leading to its own log entry, and says how many a capped group does not list.
void TestFsckPanel::groupedFindingExpandsToItsMembers() {
    const DamagedLogImage image(3500, 1500, 2500);
    const auto loaded = loadSnapshotNow({image.path(), false});
    QVERIFY2(loaded.snapshot, qPrintable(loaded.error));
    FsckPanel panel;
    panel.setSnapshot(loaded.snapshot);
    panel.waitForFinished();
    QVERIFY(panel.hasReport());
    const QStandardItemModel* model = uitest::part<QStandardItemModel>(panel);
    const QModelIndex errors = model->index(0, 0);
    QCOMPARE(errors.data().toString(),
             FsckPanel::tr("%1 (%2)").arg(FsckPanel::severityTitle(fsck::Severity::Error)).arg(3));
    const QModelIndex entries = model->index(0, 0, errors);
    QCOMPARE(
        entries.data().toString(),
        FsckPanel::tr("%1 (%2)").arg(FsckPanel::categoryName(fsck::Location::Area::Entry)).arg(3));
    QVERIFY(uitest::part<QTreeView>(panel, QStringLiteral("fsckTree"))->isExpanded(entries));
    QCOMPARE(model->rowCount(entries), 3);

    struct Want {
        int first, last, rows;
        const char* message;
    };
    const Want want[] = {{0, 1499, 1001, "1,500 empty slots (all zero)"},
                         {1500, 2499, 1000, "1,000 slots of random bytes"},
                         {2500, 3499, 1000, "1,000 empty slots (all zero)"}};
    for (int g = 0; g < 3; ++g) {
        const QModelIndex group = model->index(g, FsckPanel::CodeColumn, entries);
        QCOMPARE(group.data().toString(), QStringLiteral("ENTRY_CRC"));
        QVERIFY2(group.siblingAtColumn(FsckPanel::MessageColumn)
                     .data()
                     .toString()
                     .startsWith(QLatin1String(want[g].message)),
                 qPrintable(group.siblingAtColumn(FsckPanel::MessageColumn).data().toString()));
        QVERIFY(
            group.siblingAtColumn(FsckPanel::LocationColumn)
                .data()
                .toString()
                .startsWith(
                    QStringLiteral("entries %1..%2 crc @").arg(want[g].first).arg(want[g].last)));
        const fsck::Finding* f = panel.findingAt(group);
        QVERIFY(f && f->isGroup());
        QCOMPARE(f->count, uint64_t(want[g].last - want[g].first + 1));
        QVERIFY(!uitest::part<QTreeView>(panel, QStringLiteral("fsckTree"))
                     ->isExpanded(group)); // one line until asked
        QCOMPARE(model->rowCount(group), want[g].rows);
        uitest::part<QTreeView>(panel, QStringLiteral("fsckTree"))->expand(group);
        QVERIFY(uitest::part<QTreeView>(panel, QStringLiteral("fsckTree"))->isExpanded(group));
        for (int k : {0, 1, 999}) {
            const QModelIndex member = model->index(k, FsckPanel::LocationColumn, group);
            const fsck::Finding* m = panel.findingAt(member);
            QVERIFY(m && !m->isGroup());
            QCOMPARE(*m->location.entry, uint64_t(want[g].first + k));
            QCOMPARE(member.data().toString(), QString::fromStdString(m->location.text()));
        }
    }
    // The capped group's last row counts the members it does not list, and leads nowhere.
    const QModelIndex capped = model->index(0, 0, entries);
    const QModelIndex rest = model->index(1000, 0, capped);
    QVERIFY(!panel.findingAt(rest));
    QVERIFY2(rest.data().toString().contains(QLatin1String("500 more")),
             qPrintable(rest.data().toString()));
    // Double-clicking a member shows its own log entry; the group shows its first.
    QSignalSpy entry(&panel, &FsckPanel::logEntryRequested);
    panel.activate(model->index(7, 0, model->index(1, 0, entries)));
    panel.activate(model->index(2, 0, entries));
    QCOMPARE(entry.count(), 2);
    QCOMPARE(entry.at(0).at(0).toULongLong(), 1507ULL);
    QCOMPARE(entry.at(1).at(0).toULongLong(), 2500ULL);
}

void TestFsckPanel::rerunGivesTheSameReport() {
    FsckPanel panel;
    panel.setSnapshot(uitest::loadImage(QStringLiteral("a10-crosslinked")));
    panel.waitForFinished();
    const size_t before = panel.report().findings.size();
    QVERIFY(before > 0);
    panel.rerun();
    QVERIFY(!panel.hasReport()); // off the GUI thread
    QTRY_VERIFY_WITH_TIMEOUT(panel.hasReport(), 20000);
    QCOMPARE(panel.report().findings.size(), before);
    std::set<fsck::Severity> severities;
    for (const fsck::Finding& f : panel.report().findings)
        severities.insert(f.severity);
    QCOMPARE(uitest::part<QStandardItemModel>(panel)->rowCount(), int(severities.size()));
}

void TestFsckPanel::doubleClickShowsThePlace() {
    std::set<QString> kinds; // which kinds of jump the images exercised
    for (const QString& image : kImages) {
        MainWindow w;
        w.openPath(golden::imagePath(image));
        QVERIFY(waitLoaded(w));
        FsckPanel* panel = uitest::part<FsckPanel>(w);
        panel->waitForFinished();
        std::vector<QModelIndex> leaves;
        collectFindings(uitest::part<QStandardItemModel>(*panel), {}, leaves);
        auto* tabs = w.findChild<QTabWidget*>(QStringLiteral("viewTabs"));
        QVERIFY(tabs);
        for (const QModelIndex& leaf : leaves) {
            const fsck::Finding f = *panel->findingAt(leaf);
            const fsck::Location& l = f.location;
            const QString what = image + QLatin1Char(' ') + QString::fromStdString(f.code);
            tabs->setCurrentWidget(panel);
            uitest::part<SelectionModel>(w)->clear();
            panel->activate(leaf);
            using Area = fsck::Location::Area;
            if ((l.area == Area::Superblock || l.area == Area::LogHeader) && !l.field.empty()) {
                kinds.insert(QStringLiteral("field"));
                QCOMPARE(tabs->currentWidget(),
                         static_cast<QWidget*>(uitest::part<SuperblockPanel>(w)));
                const QModelIndex current =
                    uitest::part<SuperblockPanel>(w)->view()->currentIndex();
                QVERIFY2(current.isValid(), qPrintable(what));
                QCOMPARE(current.siblingAtColumn(StructureFieldsModel::Field).data().toString(),
                         QString::fromStdString(l.field));
            } else if (l.firstAu) {
                kinds.insert(QStringLiteral("units"));
                QCOMPARE(tabs->currentWidget(),
                         static_cast<QWidget*>(uitest::part<HeatmapPanel>(w)));
            } else if (l.entry &&
                       *l.entry < uint64_t(uitest::part<LogPanel>(w)->model()->rowCount())) {
                kinds.insert(QStringLiteral("entry"));
                QCOMPARE(tabs->currentWidget(), static_cast<QWidget*>(uitest::part<LogPanel>(w)));
                const QModelIndex current = uitest::part<LogPanel>(w)->view()->currentIndex();
                QVERIFY2(current.isValid(), qPrintable(what));
                QCOMPARE(current.siblingAtColumn(LogModel::Index).data(RawRole).toULongLong(),
                         *l.entry);
                if (!l.path.empty() && uitest::part<Document>(w)->snapshot()->ns.findFile(l.path)) {
                    kinds.insert(QStringLiteral("file"));
                    QCOMPARE(uitest::part<SelectionModel>(w)->currentPath(),
                             QString::fromStdString(l.path));
                }
            }
        }
    }
    QVERIFY2(kinds.size() == 4, qPrintable(QStringList(kinds.begin(), kinds.end()).join(u',')));
    QCOMPARE(kinds, (std::set<QString>{QStringLiteral("field"), QStringLiteral("units"),
                                       QStringLiteral("entry"), QStringLiteral("file")}));
}

// The export and `famscope fsck --json` are one writer (report::fsckReportJson): the same
// bytes, key order and exit status included, on every golden image.
void TestFsckPanel::jsonExportIsTheClis() {
    QTemporaryDir dir;
    int compared = 0;
    for (const QString& image : golden::imageNames()) {
        const cli::Run run = cli::famscope(
            {QStringLiteral("fsck"), QStringLiteral("--json"), golden::imagePath(image)});
        const LoadResult loaded = loadSnapshotNow({golden::imagePath(image), false});
        if (!loaded.snapshot) { // the window refuses it (no superblock): nothing to export
            QVERIFY(!loaded.error.isEmpty());
            qInfo("%s: not opened by the window: %s", qPrintable(image), qPrintable(loaded.error));
            continue;
        }
        FsckPanel panel;
        panel.setSnapshot(loaded.snapshot);
        panel.waitForFinished();
        const QString path = tempPath(dir, image + QStringLiteral(".json"));
        QCOMPARE(panel.exportJson(path), QString());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray gui = f.readAll();
        QVERIFY2(!run.out.isEmpty(), run.err.constData());
        QCOMPARE(run.json().value(QLatin1String("exit_status")).toInt(), run.exitCode);
        QVERIFY2(gui == run.out, qPrintable(image + QStringLiteral(": ") +
                                            jsonDifference(QJsonDocument::fromJson(gui).object(),
                                                           run.json(), image)));
        ++compared;
    }
    QVERIFY(compared >= 10);
}

// A name that is not UTF-8 (and holds ESC) and a size above 2^63: the export escapes the
// bytes as \xNN and keeps the number exact, as the CLI does (QJsonValue would write a
// double and U+FFFD).
void TestFsckPanel::jsonExportKeepsBytesAndNumbers() {
    QTemporaryDir dir;
    const uint64_t huge = ~uint64_t{0} - 15; // 18446744073709551600
    const std::string name = "caf\xc3\xa9-\xff\x1b";
    const QString image = hostile::write(dir, hostile::image({{name, huge}}, "/dev/dax0.0"));
    const LoadResult loaded = loadSnapshotNow({image, false});
    QVERIFY2(loaded.snapshot, qPrintable(loaded.error));
    FsckPanel panel;
    panel.setSnapshot(loaded.snapshot);
    panel.waitForFinished();
    const QString path = tempPath(dir, QStringLiteral("hostile.json"));
    QCOMPARE(panel.exportJson(path), QString());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray gui = f.readAll();
    const cli::Run run = cli::famscope({QStringLiteral("fsck"), QStringLiteral("--json"), image});
    QCOMPARE(gui, run.out);
    QVERIFY2(gui.contains("\"caf\xc3\xa9-\\\\xff\\u001b\""), gui.constData());
    QVERIFY2(gui.contains(QByteArray::number(qulonglong(huge))), gui.constData());
}

void TestFsckPanel::htmlExportEmbedsTheHeatmap() {
    QTemporaryDir dir;
    FsckPanel panel;
    const auto snapshot = uitest::loadImage(QStringLiteral("a10-crosslinked"));
    panel.setSnapshot(snapshot);
    panel.waitForFinished();
    const QString path = tempPath(dir, QStringLiteral("report.html"));
    QCOMPARE(panel.exportHtml(path), QString());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(f.readAll());
    QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
    static const QRegularExpression img(
        QStringLiteral("<img [^>]*src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\""));
    const auto m = img.match(html);
    QVERIFY(m.hasMatch());
    QImage picture;
    QVERIFY(picture.loadFromData(QByteArray::fromBase64(m.captured(1).toLatin1()), "PNG"));
    QVERIFY(picture.width() > 100 && picture.height() > 50);
    // Self-contained: nothing fetched from elsewhere.
    QVERIFY(!html.contains(QLatin1String("http")));
    QVERIFY(!html.contains(QLatin1String("<link")));
    // Every finding is in the table.
    for (const fsck::Finding& finding : panel.report().findings)
        QVERIFY(html.contains(QString::fromStdString(finding.code)));
    QVERIFY(html.contains(QString::number(panel.report().counts.errors)));
}

void TestFsckPanel::noTargetIsNoReport() {
    FsckPanel panel;
    panel.setSnapshot(nullptr);
    panel.waitForFinished();
    QVERIFY(!panel.hasReport());
    QCOMPARE(uitest::part<QStandardItemModel>(panel)->rowCount(), 0);
    QTemporaryDir dir;
    QVERIFY(!panel.exportJson(tempPath(dir, QStringLiteral("x.json"))).isEmpty());
}

QTEST_MAIN(TestFsckPanel)
#include "tst_fsck_panel.moc"
