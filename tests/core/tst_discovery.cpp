// dax discovery and the sysfs readers, on fake sysfs trees built in a temporary directory, plus
// a smoke run of the real discovery on this machine (which may have no dax at all).
#include "TempDir.h"
#include "core/format/Constants.h"
#include "core/format/Superblock.h"
#include "core/media/DaxDiscovery.h"
#include "core/media/DaxMedia.h"
#include "core/media/DaxctlLibrary.h"
#include "core/media/MemoryMedia.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <sys/stat.h>
#include <sys/sysmacros.h>

using namespace famscope::media;

namespace {

constexpr uint64_t kMiB = 1024 * 1024;
constexpr uint64_t kGiB = 1024 * kMiB;

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

// Builds files and symlinks under a root; every helper reports failure through its result.
class FakeTree {
public:
    explicit FakeTree(const QTemporaryDir& dir) : root_(tempPath(dir, QStringLiteral("sys"))) {}

    std::string root() const { return QFile::encodeName(root_).toStdString(); }
    QString path(const QString& rel) const { return root_ + QLatin1Char('/') + rel; }

    bool file(const QString& rel, const QByteArray& text) const {
        const QString p = path(rel);
        if (!QDir().mkpath(QFileInfo(p).path()))
            return false;
        QFile f(p);
        return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
    }
    bool link(const QString& rel, const QString& target) const {
        const QString p = path(rel);
        return QDir().mkpath(QFileInfo(p).path()) && QFile::link(target, p);
    }
    bool dir(const QString& rel) const { return QDir().mkpath(path(rel)); }

    // bus/dax/devices/<name> as a plain directory, as in the brief's minimal layout.
    bool device(const QString& name, uint64_t size, std::optional<uint64_t> align, int numa,
                const QString& driver) const {
        const QString d = QStringLiteral("bus/dax/devices/") + name;
        bool ok = file(d + QStringLiteral("/size"), QByteArray::number(size) + '\n') &&
                  file(d + QStringLiteral("/numa_node"), QByteArray::number(numa) + '\n');
        if (align)
            ok = ok && file(d + QStringLiteral("/align"), QByteArray::number(*align) + '\n');
        if (!driver.isEmpty())
            ok = ok && link(d + QStringLiteral("/driver"),
                            QStringLiteral("../../../../bus/dax/drivers/") + driver);
        return ok;
    }

private:
    QString root_;
};

const DaxDeviceInfo* findDevice(const std::vector<DaxRegionInfo>& regions,
                                const std::string& name) {
    for (const auto& r : regions)
        for (const auto& d : r.devices)
            if (d.name == name)
                return &d;
    return nullptr;
}

std::vector<uint8_t> superblockBytes(bool goodCrc) {
    famscope::famfs::Superblock sb;
    sb.magic = famscope::famfs::kSuperMagic;
    sb.version = famscope::famfs::kCurrentVersion;
    sb.logOffset = famscope::famfs::kLogOffset;
    sb.logLen = famscope::famfs::kDefaultLogLen;
    sb.allocUnit = famscope::famfs::kAllocUnit;
    sb.ddSize = 4 * kGiB;
    sb.crc = sb.computeCrc() ^ (goodCrc ? 0u : 1u);
    const auto encoded = sb.encode();
    std::vector<uint8_t> bytes(4096);
    std::copy(encoded.begin(), encoded.end(), bytes.begin());
    return bytes;
}

} // namespace

class TestDiscovery : public QObject {
    Q_OBJECT

private slots:
    void modeForDriver() {
        QCOMPARE(q(daxModeForDriver("device_dax")), QStringLiteral("devdax"));
        QCOMPARE(q(daxModeForDriver("kmem")), QStringLiteral("system-ram"));
        QCOMPARE(q(daxModeForDriver("fsdev_dax")), QStringLiteral("famfs"));
        QCOMPARE(q(daxModeForDriver("")), QStringLiteral("unbound"));
        QCOMPARE(q(daxModeForDriver("something_else")), QStringLiteral("unknown"));
    }

    void regionIdFromName() {
        QCOMPARE(daxRegionIdFromName("dax0.0"), std::optional<int>(0));
        QCOMPARE(daxRegionIdFromName("dax12.3"), std::optional<int>(12));
        for (const char* bad : {"dax", "dax1", "dax1.", "dax.1", "daxa.0", "dax1.x", "dax-1.0",
                                "region0", "dax1.0.0", "dax99999999999.0", ""})
            QVERIFY2(!daxRegionIdFromName(bad), bad);
    }

    void sysfsNumbers() {
        QTemporaryDir tmp;
        FakeTree t(tmp);
        QVERIFY(t.file(QStringLiteral("dec"), "4294967296\n"));
        QVERIFY(t.file(QStringLiteral("hex"), "0x200000\n"));
        QVERIFY(t.file(QStringLiteral("neg"), "-1\n"));
        QVERIFY(t.file(QStringLiteral("junk"), "12abc\n"));
        QVERIFY(t.file(QStringLiteral("empty"), ""));
        const auto p = [&](const char* n) { return t.root() + "/" + n; };
        QCOMPARE(readSysfsU64(p("dec")), std::optional<uint64_t>(4 * kGiB));
        QCOMPARE(readSysfsU64(p("hex")), std::optional<uint64_t>(2 * kMiB));
        QVERIFY(!readSysfsU64(p("neg")));
        QVERIFY(!readSysfsU64(p("junk")));
        QVERIFY(!readSysfsU64(p("empty")));
        QVERIFY(!readSysfsU64(p("missing")));
        QCOMPARE(readSysfsI64(p("neg")), std::optional<int64_t>(-1));
        QCOMPARE(q(readSysfsText(p("dec")).value_or("?")), QStringLiteral("4294967296"));
    }

    // The sysfs reader behind DaxMedia: /sys/dev/char/MAJ:MIN/{size,align,subsystem}.
    void daxGeometry() {
        QTemporaryDir tmp;
        FakeTree t(tmp);
        QVERIFY(t.file(QStringLiteral("dev/char/252:0/size"), "4294967296\n"));
        QVERIFY(t.file(QStringLiteral("dev/char/252:0/align"), "1073741824\n"));
        QVERIFY(
            t.link(QStringLiteral("dev/char/252:0/subsystem"), QStringLiteral("../../../bus/dax")));
        QVERIFY(t.file(QStringLiteral("dev/char/252:1/size"), "2097152\n")); // no align: 2 MiB
        QVERIFY(t.link(QStringLiteral("dev/char/252:1/subsystem"),
                       QStringLiteral("../../../class/dax")));
        QVERIFY(t.file(QStringLiteral("dev/char/252:2/size"), "2097152\n"));
        QVERIFY(t.file(QStringLiteral("dev/char/252:2/align"), "3000\n")); // not a power of two
        QVERIFY(t.file(QStringLiteral("dev/char/252:3/align"), "4096\n")); // no size
        QVERIFY(t.dir(QStringLiteral("dev/char/1:3")));
        QVERIFY(
            t.link(QStringLiteral("dev/char/1:3/subsystem"), QStringLiteral("../../../class/mem")));

        QVERIFY(isDaxCharDevice(t.root(), 252, 0));
        QVERIFY(isDaxCharDevice(t.root(), 252, 1)); // class-compat layout
        QVERIFY(!isDaxCharDevice(t.root(), 1, 3));
        QVERIFY(!isDaxCharDevice(t.root(), 252, 2)); // no subsystem link
        QVERIFY(!isDaxCharDevice(t.root(), 7, 7));   // not there at all
        QCOMPARE(q(charDeviceSysfsDir("/sys", 252, 0)), QStringLiteral("/sys/dev/char/252:0"));

        auto g0 = readDaxGeometry(t.root(), 252, 0);
        QVERIFY2(g0.ok(), g0.error().c_str());
        QCOMPARE(g0->size, 4 * kGiB);
        QCOMPARE(g0->alignment, kGiB);
        auto g1 = readDaxGeometry(t.root(), 252, 1);
        QVERIFY2(g1.ok(), g1.error().c_str());
        QCOMPARE(g1->size, 2 * kMiB);
        QCOMPARE(g1->alignment, kDefaultDaxAlignment);
        auto g2 = readDaxGeometry(t.root(), 252, 2);
        QVERIFY(!g2.ok());
        QVERIFY2(g2.error().find("invalid alignment") != std::string::npos, g2.error().c_str());
        auto g3 = readDaxGeometry(t.root(), 252, 3);
        QVERIFY(!g3.ok());
        QVERIFY2(g3.error().find("cannot read the size") != std::string::npos, g3.error().c_str());
        QVERIFY(!readDaxGeometry(t.root(), 9, 9).ok());
    }

    void classifiesDevices() {
        QTemporaryDir tmp;
        FakeTree t(tmp);
        QVERIFY(t.device(QStringLiteral("dax0.0"), 4 * kGiB, 2 * kMiB, 0,
                         QStringLiteral("device_dax")));
        QVERIFY(t.device(QStringLiteral("dax1.0"), 8 * kGiB, 2 * kMiB, 1, QStringLiteral("kmem")));
        QVERIFY(
            t.device(QStringLiteral("dax2.0"), 16 * kGiB, kGiB, 2, QStringLiteral("fsdev_dax")));
        QVERIFY(t.device(QStringLiteral("dax3.0"), 0, std::nullopt, -1, QString()));
        QVERIFY(t.device(QStringLiteral("dax0.10"), 2 * kMiB, 2 * kMiB, 0, QString()));
        QVERIFY(t.device(QStringLiteral("dax0.2"), 4 * kMiB, 2 * kMiB, 0, QString()));
        QVERIFY(t.dir(QStringLiteral("bus/dax/devices/not-a-dax-device")));
        QVERIFY(t.dir(QStringLiteral("dev"))); // empty: the devdax probe finds no node
        const std::string devRoot =
            QFile::encodeName(tempPath(tmp, QStringLiteral("dev"))).toStdString();

        const auto regions = discoverDaxDevicesFromSysfs(t.root(), devRoot);
        QCOMPARE(regions.size(), size_t{4});
        for (int i = 0; i < 4; ++i)
            QCOMPARE(regions[static_cast<size_t>(i)].id, i);

        const DaxRegionInfo& r0 = regions[0];
        QCOMPARE(r0.devices.size(), size_t{3});
        QCOMPARE(q(r0.devices[0].name), QStringLiteral("dax0.0")); // numeric order
        QCOMPARE(q(r0.devices[1].name), QStringLiteral("dax0.2"));
        QCOMPARE(q(r0.devices[2].name), QStringLiteral("dax0.10"));
        QCOMPARE(r0.size, 4 * kGiB + 4 * kMiB + 2 * kMiB); // no dax_region/: sum of devices
        QCOMPARE(r0.alignment, 2 * kMiB);
        QCOMPARE(r0.numaNode, 0);

        const struct {
            const char* name;
            const char* mode;
            const char* driver;
            uint64_t size;
            uint64_t align;
            int numa;
        } expected[] = {
            {"dax0.0", "devdax", "device_dax", 4 * kGiB, 2 * kMiB, 0},
            {"dax1.0", "system-ram", "kmem", 8 * kGiB, 2 * kMiB, 1},
            {"dax2.0", "famfs", "fsdev_dax", 16 * kGiB, kGiB, 2},
            {"dax3.0", "unbound", "", 0, kDefaultDaxAlignment, -1},
        };
        for (const auto& e : expected) {
            const DaxDeviceInfo* d = findDevice(regions, e.name);
            QVERIFY2(d, e.name);
            QCOMPARE(q(d->mode), QString::fromLatin1(e.mode));
            QCOMPARE(q(d->driver), QString::fromLatin1(e.driver));
            QCOMPARE(d->size, e.size);
            QCOMPARE(d->alignment, e.align);
            QCOMPARE(d->numaNode, e.numa);
            QCOMPARE(q(d->path), q(devRoot + "/" + e.name));
            QVERIFY(!d->famfsSuperblock);
        }
        // Only the devdax device is probed; its node does not exist in the fake /dev.
        const DaxDeviceInfo* dax0 = findDevice(regions, "dax0.0");
        QVERIFY2(dax0->famfsProbeError.starts_with("cannot open " + devRoot + "/dax0.0"),
                 dax0->famfsProbeError.c_str());
        QVERIFY(findDevice(regions, "dax1.0")->famfsProbeError.empty());
        QVERIFY(findDevice(regions, "dax2.0")->famfsProbeError.empty());
        QVERIFY(findDevice(regions, "dax3.0")->famfsProbeError.empty());

        const DaxDeviceInfo one = readDaxDeviceSysfs(t.root(), "dax1.0");
        QCOMPARE(q(one.mode), QStringLiteral("system-ram"));
        QCOMPARE(q(one.path), QStringLiteral("/dev/dax1.0"));
    }

    // The kernel's real layout: bus/dax/devices/daxN.M links into the region's directory,
    // which holds dax_region/{size,align}; pre-5.10 devices have no align of their own.
    // A dax device that cannot be opened because it is in another mode (its node gone, or
    // refusing with ENXIO): the open error says which mode, not only "No such device".
    void openErrorSaysTheMode() {
        QTemporaryDir tmp;
        FakeTree t(tmp);
        QVERIFY(t.device(QStringLiteral("dax1.0"), 8 * kGiB, 2 * kMiB, 1, QStringLiteral("kmem")));
        QVERIFY(
            t.device(QStringLiteral("dax2.0"), 16 * kGiB, kGiB, 2, QStringLiteral("fsdev_dax")));
        QVERIFY(
            t.device(QStringLiteral("dax3.0"), kGiB, 2 * kMiB, 0, QStringLiteral("device_dax")));
        const std::string ram = daxModeReason("/dev/dax1.0", t.root());
        QVERIFY2(ram.find("dax1.0 is in system-ram mode (driver kmem)") == 0, ram.c_str());
        QVERIFY2(ram.find("--mode=devdax dax1.0") != std::string::npos, ram.c_str());
        const std::string famfs = daxModeReason("/dev/dax2.0", t.root());
        QVERIFY2(famfs.find("dax2.0 is in famfs mode (driver fsdev_dax)") == 0, famfs.c_str());
        QVERIFY(daxModeReason("/dev/dax3.0", t.root()).empty()); // devdax: nothing to add
        // Not a dax device, or one sysfs does not have: nothing to add.
        QVERIFY(daxModeReason("/dev/dax9.0", t.root()).empty());
        QVERIFY(daxModeReason("/tmp/image.img", t.root()).empty());
        QVERIFY(daxModeReason("", t.root()).empty());
    }

    void realisticRegionLayout() {
        QTemporaryDir tmp;
        FakeTree t(tmp);
        const QString region = QStringLiteral("devices/platform/hmem.4");
        QVERIFY(t.file(region + QStringLiteral("/dax_region/size"), QByteArray::number(32 * kGiB)));
        QVERIFY(t.file(region + QStringLiteral("/dax_region/align"), QByteArray::number(kGiB)));
        QVERIFY(t.file(region + QStringLiteral("/numa_node"), "3\n"));
        QVERIFY(t.file(region + QStringLiteral("/dax4.0/size"), QByteArray::number(16 * kGiB)));
        QVERIFY(t.file(region + QStringLiteral("/dax4.0/numa_node"), "3\n"));
        QVERIFY(t.link(region + QStringLiteral("/dax4.0/driver"),
                       QStringLiteral("../../../../bus/dax/drivers/device_dax")));
        QVERIFY(t.link(QStringLiteral("bus/dax/devices/dax4.0"),
                       QStringLiteral("../../../devices/platform/hmem.4/dax4.0")));
        QVERIFY(t.dir(QStringLiteral("dev")));

        const auto regions = discoverDaxDevicesFromSysfs(
            t.root(), QFile::encodeName(tempPath(tmp, QStringLiteral("dev"))).toStdString());
        QCOMPARE(regions.size(), size_t{1});
        QCOMPARE(regions[0].id, 4);
        QCOMPARE(q(regions[0].name), QStringLiteral("hmem.4"));
        QCOMPARE(regions[0].size, 32 * kGiB);
        QCOMPARE(regions[0].alignment, kGiB);
        QCOMPARE(regions[0].numaNode, 3);
        QCOMPARE(regions[0].devices.size(), size_t{1});
        const DaxDeviceInfo& d = regions[0].devices[0];
        QCOMPARE(q(d.mode), QStringLiteral("devdax"));
        QCOMPARE(d.size, 16 * kGiB);
        QCOMPARE(d.alignment, kGiB); // inherited from the region
        QCOMPARE(d.numaNode, 3);
    }

    void emptyOrMissingTree() {
        QTemporaryDir tmp;
        FakeTree t(tmp);
        QVERIFY(discoverDaxDevicesFromSysfs(t.root()).empty()); // root does not even exist
        QVERIFY(t.dir(QStringLiteral("bus/dax/devices")));
        QVERIFY(discoverDaxDevicesFromSysfs(t.root()).empty());
    }

    // The probe runs through DaxMedia: /dev/zero stands in for the device node, described as
    // a 4 MiB dax device by the fake tree. It reads zeros: no superblock, and no error.
    void probeThroughDaxMedia() {
        QTemporaryDir tmp;
        FakeTree t(tmp);
        struct stat st {};
        QCOMPARE(::stat("/dev/zero", &st), 0);
        const QString chr =
            QStringLiteral("dev/char/%1:%2").arg(major(st.st_rdev)).arg(minor(st.st_rdev));
        QVERIFY(t.file(chr + QStringLiteral("/size"), QByteArray::number(4 * kMiB)));
        QVERIFY(t.link(chr + QStringLiteral("/subsystem"), QStringLiteral("../../../bus/dax")));
        QVERIFY(t.device(QStringLiteral("dax0.0"), 4 * kMiB, 2 * kMiB, 0,
                         QStringLiteral("device_dax")));
        const QString devRoot = tempPath(tmp, QStringLiteral("dev"));
        QVERIFY(QDir().mkpath(devRoot));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), devRoot + QStringLiteral("/dax0.0")));

        const auto regions =
            discoverDaxDevicesFromSysfs(t.root(), QFile::encodeName(devRoot).toStdString());
        const DaxDeviceInfo* d = findDevice(regions, "dax0.0");
        QVERIFY(d);
        QVERIFY2(d->famfsProbeError.empty(), d->famfsProbeError.c_str());
        QVERIFY(!d->famfsSuperblock);
    }

    void probeSuperblock() {
        MemoryMedia good("good", superblockBytes(true), false);
        auto r = probeFamfsSuperblock(good);
        QVERIFY2(r.ok(), r.error().c_str());
        QVERIFY(*r);

        MemoryMedia badCrc("bad-crc", superblockBytes(false), false);
        auto c = probeFamfsSuperblock(badCrc);
        QVERIFY(!c.ok());
        QVERIFY2(c.error().find("CRC") != std::string::npos, c.error().c_str());

        MemoryMedia zeros("zeros", 4096, false);
        auto z = probeFamfsSuperblock(zeros);
        QVERIFY(z.ok());
        QVERIFY(!*z);

        MemoryMedia tiny("tiny", famscope::famfs::kSuperblockSize - 1, false);
        auto s = probeFamfsSuperblock(tiny);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().find("too small") != std::string::npos, s.error().c_str());
    }

    void discoverOnThisMachine() {
        const auto regions = discoverDaxDevices();
        qInfo("discoverDaxDevices(): %zu region(s)", regions.size());
        for (const auto& r : regions) {
            qInfo("  region %d %s: %llu bytes, align %llu, node %d", r.id, r.name.c_str(),
                  static_cast<unsigned long long>(r.size),
                  static_cast<unsigned long long>(r.alignment), r.numaNode);
            for (const auto& d : r.devices)
                qInfo("    %s (%s) %llu bytes, align %llu, node %d, mode %s, driver %s, famfs %s%s",
                      d.name.c_str(), d.path.c_str(), static_cast<unsigned long long>(d.size),
                      static_cast<unsigned long long>(d.alignment), d.numaNode, d.mode.c_str(),
                      d.driver.empty() ? "-" : d.driver.c_str(), d.famfsSuperblock ? "yes" : "no",
                      d.famfsProbeError.empty() ? "" : (" / " + d.famfsProbeError).c_str());
        }
        // Cross-check against the sysfs walk. Only a warning: on kernels in dax class-compat
        // mode libdaxctl sees devices that /sys/bus/dax does not list.
        const auto fromSysfs = discoverDaxDevicesFromSysfs("/sys");
        size_t viaDaxctl = 0, viaSysfs = 0;
        for (const auto& r : regions)
            viaDaxctl += r.devices.size();
        for (const auto& r : fromSysfs)
            viaSysfs += r.devices.size();
        if (viaDaxctl != viaSysfs)
            qWarning("libdaxctl found %zu device(s), /sys/bus/dax lists %zu", viaDaxctl, viaSysfs);
    }

    // libdaxctl is a dependency of famscope (the package depends on it), loaded on first use.
    void daxctlLoads() {
        const auto& api = daxctlApi();
        QVERIFY2(api.ok(), api.ok() ? "" : api.error().c_str());
        QVERIFY(api->newCtx && api->unref && api->regionGetFirst && api->devIsEnabled);
        QCOMPARE(&daxctlApi(), &api); // loaded once
    }

    // A missing library, or one without libdaxctl's functions, is a one-line reason, not a
    // crash: discovery then falls back to the sysfs walk.
    void daxctlMissing() {
        const auto missing = loadDaxctlApi("libdaxctl-absent.so.99");
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().starts_with("cannot load libdaxctl-absent.so.99: "),
                 missing.error().c_str());
        const auto wrong = loadDaxctlApi("libc.so.6");
        QVERIFY(!wrong.ok());
        QCOMPARE(QString::fromStdString(wrong.error()),
                 QStringLiteral("libc.so.6 has no daxctl_new"));
    }
};

QTEST_GUILESS_MAIN(TestDiscovery)
#include "tst_discovery.moc"
