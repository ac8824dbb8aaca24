// The item models against real famfs images: every row and number the views show must equal
// the manifest, numbers must sort by value, the log filter must filter, and every model must
// pass QAbstractItemModelTester.
#include "UiTestSupport.h"
#include "core/report/TextFormat.h"

#include "ui/models/DevicesModel.h"
#include "ui/models/ExtentModel.h"
#include "ui/models/LogModel.h"
#include "ui/models/ModelRoles.h"
#include "ui/models/NamespaceModel.h"
#include "ui/models/StructureFieldsModel.h"
#include "ui/panels/DevicesPanel.h"
#include "ui/util/Format.h"
#include "ui/util/TableExport.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>

#include <limits>

using namespace famscope;
using namespace famscope::ui;

namespace {
QLatin1String key(const char* k) {
    return QLatin1String(k);
}
} // namespace

class TestModels : public QObject {
    Q_OBJECT
private slots:
    void namespaceTreeMatchesManifest_data();
    void namespaceTreeMatchesManifest();
    void interleavedFilesShowTheirStrips();
    void logMarksTheBadEntry();
    void logSortsNumbersByValue();
    void logFilterKeepsMatchingRows();
    void structureFieldsCarryOffsetsAndChecks();
    void devicesModelTree();
    void devicesShowHostileSysfsNamesEscaped();
    void devicesStatusSaysWhyLibdaxctlFailed();
    void everyModelPassesTheTester_data();
    void everyModelPassesTheTester();
    void exportKeepsExactNumbers();
    void exportKeepsSixtyFourBits();
    void modesReadAsTheCommandLinePrintsThem();
};

void TestModels::namespaceTreeMatchesManifest_data() {
    QTest::addColumn<QString>("image");
    QTest::newRow("a03-dirs") << QStringLiteral("a03-dirs");
    QTest::newRow("a04-striped") << QStringLiteral("a04-striped");
    QTest::newRow("a08") << QStringLiteral("a08-bad-log-entry-crc");
}

void TestModels::namespaceTreeMatchesManifest() {
    QFETCH(QString, image);
    NamespaceModel model;
    model.setSnapshot(uitest::loadImage(image));
    const QJsonObject replay = golden::manifestImage(image)
                                   .value(key("namespace"))
                                   .toObject()
                                   .value(key("replay"))
                                   .toObject();
    const QJsonArray files = replay.value(key("files")).toArray();
    const QJsonArray dirs = replay.value(key("dirs")).toArray();
    QVERIFY(!files.isEmpty());
    int modelRows = 0;
    std::function<void(const QModelIndex&)> count = [&](const QModelIndex& parent) {
        for (int r = 0; r < model.rowCount(parent); ++r) {
            ++modelRows;
            count(model.index(r, 0, parent));
        }
    };
    count({});
    QCOMPARE(modelRows, files.size() + dirs.size());
    for (const QJsonValue& v : files) {
        const QJsonObject f = v.toObject();
        const QString path = f.value(key("path")).toString();
        const QModelIndex name = model.indexForPath(path);
        QVERIFY2(name.isValid(), qPrintable(path));
        QCOMPARE(name.data(PathRole).toString(), path);
        QCOMPARE(name.data().toString(), path.section(QLatin1Char('/'), -1));
        QCOMPARE(name.siblingAtColumn(NamespaceModel::Size).data(RawRole).toULongLong(),
                 golden::number(f.value(key("size"))));
        QCOMPARE(name.siblingAtColumn(NamespaceModel::Mode).data(RawRole).toUInt(),
                 golden::octal(f.value(key("mode"))));
        QCOMPARE(name.siblingAtColumn(NamespaceModel::Uid).data(RawRole).toULongLong(),
                 golden::number(f.value(key("uid"))));
        // Tail waste is what the allocation holds beyond the size.
        const auto allocated =
            name.siblingAtColumn(NamespaceModel::Allocated).data(RawRole).toULongLong();
        const auto waste =
            name.siblingAtColumn(NamespaceModel::TailWaste).data(RawRole).toULongLong();
        const auto size = golden::number(f.value(key("size")));
        QCOMPARE(waste, allocated > size ? allocated - size : 0);
    }
    for (const QJsonValue& v : dirs) {
        const QString path = v.toObject().value(key("path")).toString();
        const QModelIndex index = model.indexForPath(path);
        QVERIFY2(index.isValid(), qPrintable(path));
        // A directory's parent in the tree is the directory its path names.
        const QString parentPath =
            path.contains(QLatin1Char('/')) ? path.section(QLatin1Char('/'), 0, -2) : QString();
        QCOMPARE(index.parent().data(PathRole).toString(), parentPath);
    }
}

void TestModels::interleavedFilesShowTheirStrips() {
    const QString image = QStringLiteral("a04-striped");
    auto snapshot = uitest::loadImage(image);
    NamespaceModel ns;
    ns.setSnapshot(snapshot);
    int checked = 0;
    for (const QJsonValue& v : uitest::manifestArray(image, "log_entries")) {
        const QJsonObject e = v.toObject();
        if (!e.contains(key("interleave")))
            continue;
        const QString path = e.value(key("path")).toString();
        const QModelIndex index = ns.indexForPath(path);
        if (!index.isValid())
            continue; // not instantiated (the manifest's namespace decides; tested above)
        const QJsonObject il = e.value(key("interleave")).toObject();
        const QJsonArray strips = il.value(key("strips")).toArray();
        QCOMPARE(index.siblingAtColumn(NamespaceModel::Layout).data(RawRole).toBool(), true);
        QCOMPARE(index.siblingAtColumn(NamespaceModel::Extents).data(RawRole).toLongLong(),
                 strips.size());
        ExtentModel extents;
        QAbstractItemModelTester tester(&extents,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        extents.setFile(ns.fileAt(index));
        QCOMPARE(extents.rowCount(), strips.size());
        QCOMPARE(extents.headerData(ExtentModel::Number, Qt::Horizontal).toString(),
                 ExtentModel::tr("Strip"));
        const uint64_t chunk = golden::number(il.value(key("chunk_size")));
        for (int j = 0; j < strips.size(); ++j) {
            const QJsonArray s = strips.at(j).toArray();
            QCOMPARE(extents.index(j, ExtentModel::DeviceOffset).data(RawRole).toULongLong(),
                     golden::number(s.at(0)));
            QCOMPARE(extents.index(j, ExtentModel::Length).data(ByteLengthRole).toULongLong(),
                     golden::number(s.at(1)));
            // Strip j holds file chunks j, j + n, ...: its first byte is chunk j's.
            QCOMPARE(extents.index(j, ExtentModel::FileRange).data(RawRole).toULongLong(),
                     uint64_t(j) * chunk);
        }
        ++checked;
    }
    QVERIFY(checked >= 4);
}

void TestModels::logMarksTheBadEntry() {
    const QString image = QStringLiteral("a08-bad-log-entry-crc");
    LogModel model;
    model.setSnapshot(uitest::loadImage(image));
    const QJsonArray entries = uitest::manifestArray(image, "log_entries");
    QCOMPARE(model.rowCount(), entries.size());
    int bad = 0;
    for (const QJsonValue& v : entries) {
        const QJsonObject e = v.toObject();
        const int row = e.value(key("index")).toInt();
        QCOMPARE(model.index(row, LogModel::Seqnum).data(RawRole).toULongLong(),
                 golden::number(e.value(key("seqnum"))));
        QCOMPARE(model.index(row, LogModel::Type).data().toString(),
                 e.value(key("type")).toString());
        const bool crcValid = e.value(key("crc_valid")).toBool();
        if (!crcValid) {
            ++bad;
            QVERIFY(model.index(row, 0).data(BadRole).toBool());
            QVERIFY(model.index(row, LogModel::Status)
                        .data()
                        .toString()
                        .contains(LogModel::tr("CRC mismatch")));
            QVERIFY(model.index(row, 0).data(Qt::ForegroundRole).isValid());
        }
    }
    QCOMPARE(bad, 1);
    // The entries before the bad one are fine; the ones after it were never replayed.
    QVERIFY(!model.index(0, 0).data(BadRole).toBool());
    QVERIFY(model.index(model.rowCount() - 1, 0).data(BadRole).toBool());
}

void TestModels::logSortsNumbersByValue() {
    LogModel model;
    auto snapshot = uitest::loadImage(QStringLiteral("a04-striped"));
    model.setSnapshot(snapshot);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(RawRole);
    proxy.sort(LogModel::Size, Qt::DescendingOrder);
    uint64_t largest = 0;
    for (const auto& e : snapshot->fs().entries)
        if (e.file())
            largest = std::max(largest, e.file()->size);
    QCOMPARE(proxy.index(0, LogModel::Size).data(RawRole).toULongLong(), largest);
    for (int r = 1; r < proxy.rowCount(); ++r) {
        const QVariant prev = proxy.index(r - 1, LogModel::Size).data(RawRole);
        const QVariant cur = proxy.index(r, LogModel::Size).data(RawRole);
        if (prev.isValid() && cur.isValid())
            QVERIFY(prev.toULongLong() >= cur.toULongLong());
    }
}

void TestModels::logFilterKeepsMatchingRows() {
    auto snapshot = uitest::loadImage(QStringLiteral("a03-dirs"));
    LogModel model;
    model.setSnapshot(snapshot);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterKeyColumn(LogModel::Type);
    proxy.setFilterFixedString(QStringLiteral("MKDIR"));
    int mkdirs = 0;
    for (const auto& e : snapshot->fs().entries)
        mkdirs += e.mkdir() ? 1 : 0;
    QVERIFY(mkdirs > 0);
    QCOMPARE(proxy.rowCount(), mkdirs);
}

void TestModels::structureFieldsCarryOffsetsAndChecks() {
    const QString image = QStringLiteral("a03-dirs");
    StructureFieldsModel model;
    model.setSnapshot(uitest::loadImage(image));
    QCOMPARE(model.rowCount(),
             qsizetype(famfs::superblockFields().size() + famfs::logHeaderFields().size()));
    const QJsonObject sb = golden::manifestImage(image).value(key("superblock")).toObject();
    const QJsonObject lh = golden::manifestImage(image).value(key("log_header")).toObject();
    bool sawMagic = false, sawLogLen = false, sawLogCrc = false;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QString field = model.index(r, StructureFieldsModel::Field).data().toString();
        const auto offset = model.index(r, 0).data(DeviceOffsetRole).toULongLong();
        const QVariant value = model.index(r, StructureFieldsModel::Value).data(RawRole);
        if (field == QLatin1String("ts_magic")) {
            sawMagic = true;
            QCOMPARE(offset, 0ULL);
            QCOMPARE(value.toULongLong(), golden::number(sb.value(key("magic"))));
            QVERIFY(!model.index(r, 0).data(BadRole).toBool());
        } else if (field == QLatin1String("famfs_log_len")) {
            sawLogLen = true;
            QCOMPARE(offset, golden::number(lh.value(key("offset"))) + 8);
            QCOMPARE(value.toULongLong(), golden::number(lh.value(key("len"))));
        } else if (field == QLatin1String("famfs_log_crc")) {
            sawLogCrc = true;
            QCOMPARE(value.toULongLong(), golden::number(lh.value(key("crc"))));
            QCOMPARE(model.index(r, StructureFieldsModel::Check).data().toString(),
                     StructureFieldsModel::tr("valid"));
        } else if (field == QLatin1String("ts_uuid")) {
            QCOMPARE(value.toString(), sb.value(key("uuid")).toString());
        }
    }
    QVERIFY(sawMagic && sawLogLen && sawLogCrc);

    // A damaged superblock CRC is flagged.
    model.setSnapshot(uitest::loadImage(QStringLiteral("a07-bad-sb-crc")));
    bool flagged = false;
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.index(r, StructureFieldsModel::Field).data().toString() ==
            QLatin1String("ts_crc"))
            flagged = model.index(r, 0).data(BadRole).toBool();
    QVERIFY(flagged);
}

void TestModels::devicesModelTree() {
    std::vector<media::DaxRegionInfo> regions(2);
    regions[0].id = 0;
    regions[0].size = 8ULL << 30;
    regions[0].devices.resize(2);
    regions[0].devices[0].name = "dax0.0";
    regions[0].devices[0].path = "/dev/dax0.0";
    regions[0].devices[0].size = 4ULL << 30;
    regions[0].devices[0].famfsSuperblock = true;
    regions[0].devices[1].name = "dax0.1";
    regions[0].devices[1].path = "/dev/dax0.1";
    regions[1].id = 1;
    DevicesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRegions(regions);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.deviceCount(), 2);
    const QModelIndex dev = model.index(0, 0, model.index(0, 0));
    QCOMPARE(dev.data().toString(), QStringLiteral("dax0.0"));
    QCOMPARE(dev.data(PathRole).toString(), QStringLiteral("/dev/dax0.0"));
    QCOMPARE(dev.siblingAtColumn(DevicesModel::Size).data(RawRole).toULongLong(), 4ULL << 30);
    QCOMPARE(dev.siblingAtColumn(DevicesModel::Famfs).data(RawRole).toBool(), true);
    QCOMPARE(dev.parent(), model.index(0, 0));
    QVERIFY(model.index(0, 0).data(PathRole).toString().isEmpty());
    QCOMPARE(model.rowCount(model.index(1, 0)), 0);
}

// sysfs names, modes and drivers come from the kernel and, on a test tree, from anyone: a
// control character or a byte that is not UTF-8 is shown escaped, never raw or as U+FFFD.
void TestModels::devicesShowHostileSysfsNamesEscaped() {
    std::vector<media::DaxRegionInfo> regions(1);
    regions[0].name = "region\x1b[31m";
    regions[0].devices.resize(1);
    media::DaxDeviceInfo& d = regions[0].devices[0];
    d.name = "dax0.0\n\xff";
    d.path = "/dev/dax0.0";
    d.mode = "dev\tdax";
    d.driver = "drv\x7f";
    d.famfsProbeError = "bad\rsuperblock";
    DevicesModel model;
    model.setRegions(regions);
    const QModelIndex region = model.index(0, 0);
    const QModelIndex dev = model.index(0, 0, region);
    QCOMPARE(region.data().toString(), QStringLiteral("region\\x1b[31m"));
    QCOMPARE(dev.data().toString(), QStringLiteral("dax0.0\\x0a\\xff"));
    QCOMPARE(dev.siblingAtColumn(DevicesModel::Mode).data().toString(),
             QStringLiteral("dev\\x09dax"));
    QCOMPARE(dev.siblingAtColumn(DevicesModel::Driver).data().toString(),
             QStringLiteral("drv\\x7f"));
    QCOMPARE(dev.siblingAtColumn(DevicesModel::Famfs).data().toString(),
             QStringLiteral("bad\\x0dsuperblock"));
}

void TestModels::devicesStatusSaysWhyLibdaxctlFailed() {
    const QString loaded = DevicesPanel::statusText(2, {});
    QVERIFY2(!loaded.contains(QStringLiteral("libdaxctl")), qPrintable(loaded));
    const QString failed =
        DevicesPanel::statusText(0, "cannot load libdaxctl.so.1: libdaxctl.so.1: cannot open "
                                    "shared object file\n");
    QVERIFY2(failed.contains(QStringLiteral("libdaxctl could not be loaded (cannot load "
                                            "libdaxctl.so.1: libdaxctl.so.1: cannot open shared "
                                            "object file\\x0a)")),
             qPrintable(failed));
    QVERIFY2(failed.startsWith(DevicesPanel::statusText(0, {})), qPrintable(failed));
}

void TestModels::everyModelPassesTheTester_data() {
    QTest::addColumn<QString>("image");
    for (const char* name : {"a03-dirs", "a04-striped", "a08-bad-log-entry-crc", "a14-add-daxdev"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestModels::everyModelPassesTheTester() {
    QFETCH(QString, image);
    auto snapshot = uitest::loadImage(image);
    const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
    NamespaceModel ns;
    QAbstractItemModelTester t1(&ns, mode);
    ns.setSnapshot(snapshot);
    LogModel log;
    QAbstractItemModelTester t2(&log, mode);
    log.setSnapshot(snapshot);
    StructureFieldsModel fields;
    QAbstractItemModelTester t3(&fields, mode);
    fields.setSnapshot(snapshot);
    ExtentModel extents;
    QAbstractItemModelTester t4(&extents, mode);
    for (const fs::FsFile& f : snapshot->ns.files)
        extents.setFile(&f);
    extents.setFile(nullptr);
    // Models also survive being cleared.
    ns.setSnapshot(nullptr);
    log.setSnapshot(nullptr);
    fields.setSnapshot(nullptr);
    QCOMPARE(ns.rowCount(), 0);
    QCOMPARE(log.rowCount(), 0);
}

void TestModels::exportKeepsExactNumbers() {
    auto snapshot = uitest::loadImage(QStringLiteral("a04-striped"));
    LogModel log;
    log.setSnapshot(snapshot);
    const QString csv = toCsv(log);
    const QStringList lines = csv.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), log.rowCount() + 1);
    QVERIFY(lines.first().startsWith(LogModel::tr("Index")));
    const QJsonArray rows = QJsonDocument::fromJson(toJson(log)).array();
    QCOMPARE(rows.size(), log.rowCount());
    const QString sizeKey = log.headerData(LogModel::Size, Qt::Horizontal).toString();
    for (int r = 0; r < log.rowCount(); ++r) {
        const auto& e = snapshot->fs().entries[size_t(r)];
        if (e.file())
            QCOMPARE(rows.at(r).toObject().value(sizeKey).toInteger(), qint64(e.file()->size));
    }
    NamespaceModel ns;
    ns.setSnapshot(uitest::loadImage(QStringLiteral("a03-dirs")));
    const QJsonArray tree = QJsonDocument::fromJson(toJson(ns)).array();
    int deepest = 0;
    for (const QJsonValue& v : tree)
        deepest = std::max(deepest, v.toObject().value(QStringLiteral("depth")).toInt());
    QVERIFY(deepest >= 3); // a/b/c/d/...: the tree is flattened with its depth
}

// The tree and the file details show a mode as `famscope info` and `ls` print it: setuid and
// sticky bits keep their leading 0 (04755, not 4755).
void TestModels::modesReadAsTheCommandLinePrintsThem() {
    for (const uint32_t mode : {0u, 0644u, 0755u, 04755u, 01777u, 07777u})
        QCOMPARE(ui::formatOctalMode(mode).toStdString(), report::octalMode(mode));
    QCOMPARE(ui::formatOctalMode(04755), QStringLiteral("04755"));
}

QTEST_MAIN(TestModels)
// Values a double cannot hold (2^64 - 16, 2^53 + 1, -(2^62 + 1)) come out digit for digit, as
// JSON numbers, and the CSV shows what the view shows.
void TestModels::exportKeepsSixtyFourBits() {
    const qulonglong huge = std::numeric_limits<quint64>::max() - 15;
    const qulonglong odd = (qulonglong(1) << 53) + 1;
    const qlonglong negative = -((qlonglong(1) << 62) + 1);
    QStandardItemModel model(1, 3);
    model.setHorizontalHeaderLabels(
        {QStringLiteral("huge"), QStringLiteral("odd"), QStringLiteral("negative")});
    const QVariant values[] = {huge, odd, negative};
    for (int c = 0; c < 3; ++c) {
        model.setData(model.index(0, c), values[c], RawRole);
        model.setData(model.index(0, c), values[c].toString(), Qt::DisplayRole);
    }
    const QByteArray json = toJson(model);
    QVERIFY2(json.contains("\"huge\": 18446744073709551600"), json.constData());
    QVERIFY2(json.contains("\"odd\": 9007199254740993"), json.constData());
    QVERIFY2(json.contains("\"negative\": -4611686018427387905"), json.constData());
    QJsonParseError error{};
    QVERIFY2(!QJsonDocument::fromJson(json, &error).isNull(), qPrintable(error.errorString()));
    QCOMPARE(toCsv(model), QStringLiteral("huge,odd,negative\n18446744073709551600,"
                                          "9007199254740993,-4611686018427387905\n"));
}

#include "tst_models.moc"
