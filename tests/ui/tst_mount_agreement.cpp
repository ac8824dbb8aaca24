// famscope shows what a famfs mount creates, in every front end: on every golden image and on
// images whose logs hold each case of famfs-format.md section 3.3 (and on images of generated
// logs), the tree the test oracle (MountOracle.h) builds with the mount's own system calls is
// compared with
//   * `famscope ls -l` run as a process on the root and each directory it lists,
//   * the files and dirs of `famscope info --json`, run as a process,
//   * the window's namespace tree (NamespaceModel over the loader the window uses),
// node by node: path, file or directory, and the log entry that made it.
#include "MountOracle.h"
#include "RawLogImage.h"
#include "UiTestSupport.h"

#include "CliRun.h"

#include "core/format/LogEntry.h"
#include "core/fs/LoadedFs.h"
#include "core/media/Media.h"
#include "core/report/TextEscape.h"
#include "ui/models/ModelRoles.h"
#include "ui/models/NamespaceModel.h"
#include "ui/util/ShownText.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <climits>
#include <cstdlib>
#include <deque>
#include <memory>

using namespace famscope;
using namespace mountoracle;

namespace {

using Kind = LoggedEntry::Kind;
LoggedEntry file(const std::string& p) {
    return {Kind::File, p};
}
LoggedEntry dir(const std::string& p) {
    return {Kind::Dir, p};
}

// One log per case the mount resolves in its own way (famfs-format.md 3.3).
struct MountCase {
    const char* name;
    std::vector<LoggedEntry> log;
};

std::vector<MountCase> mountCases() {
    const std::string long79(79, 'L');
    return {
        {"missing parent: a file at the first missing component",
         {file("ghost/a.log"), dir("ghost"), file("ghost/b"), file("x/y/z")}},
        {"duplicate path: the first writer wins", {file("dup"), file("dup"), dir("d"), dir("d")}},
        {"file over a directory", {dir("d"), file("d"), file("d/in")}},
        {"directory over a file", {file("f"), dir("f"), dir("f/sub")}},
        {"ENOTDIR under a file", {file("f"), file("f/x"), dir("f/y"), file("f/x/y")}},
        {"MKDIR without its parent", {dir("p/q"), dir("p"), dir("p/q"), file("p/q/r")}},
        {"\"..\" inside the root", {dir("a"), dir("b"), file("a/../b/x"), dir("a/../c")}},
        {"\"..\" above the root",
         {file("../up"), dir("../../updir"), dir("a"), file("a/../../esc"), file("ok")}},
        {"\".\" components", {file("./dot"), dir("a"), dir("a/./c"), file("a/./c/./f")}},
        {"empty components",
         {dir("a"), file("a//e"), file("a/t/"), dir("b//"), file("/abs"), file("")}},
        {"79-byte names",
         {file(long79), dir("d"), dir("d/" + std::string(77, 'M')),
          file("d/" + std::string(77, 'N'))}},
        {"non-ASCII and control bytes",
         {file("\xc3\xa9t\xc3\xa9"), file("\xff\xfe"), file("ctl\x01"), dir("x y"),
          file("x y/back\\slash"), file("x y/\x1b[2J")}},
    };
}

constexpr uint64_t kGeneratedLogs = 12; // seeds of LogGenerator written as images
// ls -l runs one process a directory: on a golden image with thousands of directories (a06) it
// lists the first ones, breadth first from the root.
constexpr int kMaxLsDirs = 120;

std::string unescape(const QString& shown) {
    return report::unescapeText(shown.toUtf8().toStdString());
}

// What `famscope ls -l` shows under the directories it was run on.
struct LsView {
    Outcome tree;
    std::set<std::string> listed; // directories whose children were listed ("" is the root)
    int exitCode = -1;
};

// One line of ls -l: "drwxr-xr-x     0     0                  entry 3      name/" or
// "-rw-r--r--     0     0       2097152  entry 5      name  (1 extent)".
bool parseLsLine(const QString& line, const std::string& parent, LsView& view) {
    const qsizetype at = line.indexOf(QStringLiteral("  entry "));
    if (line.isEmpty() || at < 0)
        return false;
    const QString rest = line.mid(at + 8);
    const qsizetype digits = rest.indexOf(QLatin1Char(' '));
    bool ok = false;
    const uint64_t entry = rest.left(digits).toULongLong(&ok);
    if (!ok)
        return false;
    QString name = rest.mid(std::max<qsizetype>(digits, 7)); // the entry is padded to 7
    const bool isDir = line.startsWith(QLatin1Char('d'));
    if (isDir) {
        if (!name.endsWith(QLatin1Char('/')))
            return false;
        name.chop(1);
    } else {
        name = name.left(name.indexOf(QStringLiteral("  (")));
    }
    const std::string path = (parent.empty() ? "" : parent + "/") + unescape(name);
    view.tree.nodes[path] = {isDir, entry};
    return true;
}

LsView viaLs(const QString& image) {
    LsView view;
    std::deque<std::string> queue{""};
    while (!queue.empty() && static_cast<int>(view.listed.size()) < kMaxLsDirs) {
        const std::string dirPath = queue.front();
        queue.pop_front();
        QStringList args{QStringLiteral("ls"), QStringLiteral("-l"), image};
        if (!dirPath.empty())
            args << QString::fromStdString(report::escapeText(dirPath));
        const cli::Run run = cli::famscope(args);
        if (view.exitCode < 0)
            view.exitCode = run.exitCode;
        if (run.exitCode != view.exitCode) {
            qWarning("ls -l %s: exit %d, the root gave %d: %s", printable(dirPath).c_str(),
                     run.exitCode, view.exitCode, run.err.constData());
            view.exitCode = -3;
            return view;
        }
        if (run.out.isEmpty())
            return view; // refused: nothing listed
        view.listed.insert(dirPath);
        for (const QString& line : QString::fromUtf8(run.out).split(QLatin1Char('\n'))) {
            if (line.isEmpty())
                continue;
            if (!parseLsLine(line, dirPath, view)) {
                qWarning("unexpected ls -l line: %s", qPrintable(line));
                view.exitCode = -4;
                return view;
            }
        }
        for (const auto& [path, node] : view.tree.nodes)
            if (node.first && !view.listed.count(path) &&
                std::find(queue.begin(), queue.end(), path) == queue.end())
                queue.push_back(path);
    }
    return view;
}

// The nodes of `tree` whose parent directory is in `listed`.
Outcome childrenOf(const Outcome& tree, const std::set<std::string>& listed) {
    Outcome out;
    for (const auto& [path, node] : tree.nodes) {
        const auto slash = path.rfind('/');
        if (listed.count(slash == std::string::npos ? std::string() : path.substr(0, slash)))
            out.nodes[path] = node;
    }
    return out;
}

Outcome viaInfoJson(const QString& image, int& exitCode) {
    const cli::Run run = cli::famscope({QStringLiteral("info"), QStringLiteral("--json"), image});
    exitCode = run.exitCode;
    Outcome out;
    const QJsonObject info = run.json();
    for (const char* key : {"files", "dirs"})
        for (const QJsonValue& v : info.value(QLatin1String(key)).toArray()) {
            const QJsonObject o = v.toObject();
            out.nodes[unescape(o.value(QLatin1String("path")).toString())] = {
                o.value(QLatin1String("type")).toString() == QLatin1String("dir"),
                static_cast<uint64_t>(o.value(QLatin1String("entry")).toInteger(-1))};
        }
    return out;
}

// The window's tree: names, file or directory, and for files the entry they show in the
// details (the tree does not show which entry made a directory unless it landed elsewhere).
Outcome viaTree(const QString& image, bool& loaded) {
    Outcome out;
    const ui::LoadResult result = ui::loadSnapshotNow({image, false});
    loaded = result.snapshot != nullptr;
    if (!loaded)
        return out;
    ui::NamespaceModel model;
    model.setSnapshot(result.snapshot);
    std::function<void(const QModelIndex&, const std::string&)> walk =
        [&](const QModelIndex& parent, const std::string& parentPath) {
            for (int r = 0; r < model.rowCount(parent); ++r) {
                const QModelIndex index = model.index(r, 0, parent);
                const std::string name = ui::pathBytes(index.data().toString());
                const std::string path = parentPath.empty() ? name : parentPath + "/" + name;
                if (ui::pathBytes(index.data(ui::PathRole).toString()) != path)
                    qWarning("tree row %s has the path role %s", printable(path).c_str(),
                             qPrintable(index.data(ui::PathRole).toString()));
                const fs::FsFile* f = model.fileAt(index);
                out.nodes[path] = {f == nullptr, f ? f->entryIndex : kUnknownEntry};
                walk(index, path);
            }
        };
    walk({}, "");
    return out;
}

// The log of a golden image as the mount reads it: every entry before `stoppedAt`.
std::vector<LoggedEntry> goldenLog(const QString& image, uint64_t stoppedAt) {
    auto m = media::openMedia(image.toStdString(), media::Access::ReadOnly);
    if (!m)
        qFatal("cannot open %s", qPrintable(image));
    auto fs = fs::loadFileSystem(**m);
    if (!fs)
        qFatal("cannot load %s", qPrintable(image));
    std::vector<LoggedEntry> log;
    for (uint64_t i = 0; i < fs->entries.size() && i < stoppedAt; ++i) {
        const famfs::LogEntry& e = fs->entries[i];
        if (const famfs::FileMeta* f = e.file())
            log.push_back(file(famfs::pathText(f->relpath)));
        else if (const famfs::MkdirMeta* d = e.mkdir())
            log.push_back(dir(famfs::pathText(d->relpath)));
        else
            log.push_back({Kind::Other, {}});
    }
    return log;
}

// The replayed tree the manifest records (written by the image's maker, not by famscope).
Outcome manifestTree(const QJsonObject& replay) {
    Outcome out;
    for (const char* key : {"files", "dirs"})
        for (const QJsonValue& v : replay.value(QLatin1String(key)).toArray()) {
            const QJsonObject o = v.toObject();
            out.nodes[o.value(QLatin1String("path")).toString().toStdString()] = {
                std::string(key) == "dirs", golden::number(o.value(QLatin1String("entry")))};
        }
    return out;
}

} // namespace

class TestMountAgreement : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void goldenImagesAgree();
    void mountCaseImagesAgree();
    void generatedImagesAgree();
    void cleanupTestCase();

private:
    // Compares ls -l, info --json and the tree of `image` with the oracle's `mount`; on a
    // difference, fails naming the view, the image and `log` when given.
    void compareViews(const QString& label, const QString& image, const Outcome& mount,
                      const std::vector<LoggedEntry>* log);

    QTemporaryDir sandbox_{QString::fromStdString(sandboxTemplate())};
    std::unique_ptr<Oracle> oracle_;
    int images_ = 0;
    uint64_t nodes_ = 0, lsNodes_ = 0, lsRuns_ = 0;
};

void TestMountAgreement::initTestCase() {
    uitest::useOwnSettings("mount-agreement");
    QVERIFY(sandbox_.isValid());
    char real[PATH_MAX];
    QVERIFY(realpath(sandbox_.path().toLocal8Bit().constData(), real) != nullptr);
    oracle_ = std::make_unique<Oracle>(real);
}

void TestMountAgreement::compareViews(const QString& label, const QString& image,
                                      const Outcome& mount, const std::vector<LoggedEntry>* log) {
    const QString context =
        label + (log ? QStringLiteral("\n") + QString::fromStdString(describe(*log)) : QString());
    auto failure = [&](const char* view, const std::string& diff) {
        return QString::fromLatin1(view) + QStringLiteral(" on ") + context + QStringLiteral(": ") +
               QString::fromStdString(diff);
    };

    int infoExit = -1;
    const Outcome info = viaInfoJson(image, infoExit);
    QVERIFY2(infoExit == 0, qPrintable(label + QStringLiteral(": info exit %1").arg(infoExit)));
    const std::string infoDiff = treeDifference(mount, info, "info --json");
    QVERIFY2(infoDiff.empty(), qPrintable(failure("info --json", infoDiff)));

    const LsView ls = viaLs(image);
    QVERIFY2(ls.exitCode == 0, qPrintable(label + QStringLiteral(": ls exit %1").arg(ls.exitCode)));
    const std::string lsDiff = treeDifference(childrenOf(mount, ls.listed), ls.tree, "ls -l");
    QVERIFY2(lsDiff.empty(), qPrintable(failure("ls -l", lsDiff)));

    bool loaded = false;
    const Outcome tree = viaTree(image, loaded);
    QVERIFY2(loaded, qPrintable(label + QStringLiteral(": the window cannot load it")));
    const std::string treeDiff = treeDifference(mount, tree, "the tree");
    QVERIFY2(treeDiff.empty(), qPrintable(failure("the window's tree", treeDiff)));

    ++images_;
    nodes_ += mount.nodes.size();
    lsNodes_ += ls.tree.nodes.size();
    lsRuns_ += ls.listed.size();
}

// An image famfs refuses to mount (bad superblock CRC, bad log header) shows nothing when
// mounted; famscope shows the tree the log describes and says that famfs refuses it, so its
// views are compared with the oracle's replay of that log, the tree the manifest records as
// "best effort if accepted". Without a superblock magic both refuse it outright.
void TestMountAgreement::goldenImagesAgree() {
    int compared = 0, refusedByFamfs = 0, notFamfs = 0;
    for (const QString& name : golden::imageNames()) {
        QJsonObject replay = golden::manifestImage(name)
                                 .value(QLatin1String("namespace"))
                                 .toObject()
                                 .value(QLatin1String("replay"))
                                 .toObject();
        const QString image = golden::imagePath(name);
        const bool refused = replay.contains(QLatin1String("refused"));
        if (refused) {
            int exitCode = -1;
            viaInfoJson(image, exitCode);
            if (exitCode == 3) { // not famfs: every front end refuses it
                QCOMPARE(viaLs(image).exitCode, 3);
                bool loaded = true;
                viaTree(image, loaded);
                QVERIFY2(!loaded, qPrintable(name));
                ++notFamfs;
                continue;
            }
            const cli::Run info =
                cli::famscope({QStringLiteral("info"), QStringLiteral("--json"), image});
            QVERIFY2(info.json()
                         .value(QLatin1String("replay"))
                         .toObject()
                         .value(QLatin1String("refused"))
                         .toBool(),
                     qPrintable(name + QStringLiteral(": famscope does not say famfs refuses it")));
            replay = replay.value(QLatin1String("best_effort_if_accepted")).toObject();
            ++refusedByFamfs;
        }
        const QJsonValue stopped = replay.value(QLatin1String("stopped_at"));
        const uint64_t stoppedAt = stopped.isNull() ? UINT64_MAX : golden::number(stopped);
        const Outcome mount = oracle_->replay(goldenLog(image, stoppedAt));
        // The oracle reads the log as the mount does: its tree is the one the manifest records.
        const std::string oracleVsManifest =
            treeDifference(manifestTree(replay), mount, "the oracle");
        QVERIFY2(oracleVsManifest.empty(), qPrintable(name + QStringLiteral(": ") +
                                                      QString::fromStdString(oracleVsManifest)));
        compareViews(name, image, mount, nullptr);
        if (QTest::currentTestFailed())
            return;
        ++compared;
    }
    QCOMPARE(compared + notFamfs, int(golden::imageNames().size()));
    qInfo("%d golden images: ls -l, info --json and the tree equal the mount (%d of them refused "
          "by famfs, shown as their log describes them); %d not famfs, refused by both",
          compared, refusedByFamfs, notFamfs);
}

void TestMountAgreement::mountCaseImagesAgree() {
    for (const MountCase& c : mountCases()) {
        const RawLogImage image(c.log);
        compareViews(QString::fromUtf8(c.name), image.path(), oracle_->replay(c.log), &c.log);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestMountAgreement::generatedImagesAgree() {
    for (uint64_t seed = 1; seed <= kGeneratedLogs; ++seed) {
        const std::vector<LoggedEntry> log = LogGenerator(seed).log();
        const RawLogImage image(log);
        compareViews(QStringLiteral("generated log of seed %1").arg(seed), image.path(),
                     oracle_->replay(log), &log);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestMountAgreement::cleanupTestCase() {
    qInfo("compared %d images, %llu nodes of the mount's trees with info --json and the window's "
          "tree, %llu nodes in %llu runs of ls -l",
          images_, static_cast<unsigned long long>(nodes_),
          static_cast<unsigned long long>(lsNodes_), static_cast<unsigned long long>(lsRuns_));
}

QTEST_MAIN(TestMountAgreement)
#include "tst_mount_agreement.moc"
