// The devices a file system spans (device 0 and those ADD_DAXDEV entries add), opening the
// media of a secondary device with the size its entry gives, and verify reading a piece on an
// opened secondary device from that device's media, never from device 0's.
#include "TwoDeviceImage.h"

#include "core/edit/PatternIo.h"
#include "core/fs/DeviceTable.h"
#include "core/fs/OpenFileSystem.h"
#include "core/fs/Replay.h"

#include <QTest>

using namespace famscope;

class TestDeviceTable : public QObject {
    Q_OBJECT

private slots:
    void listsDeviceZeroAndTheAddedDevices() {
        TwoDeviceImage t;
        auto out = fs::openFileSystem(t.image.img, false, fs::ReplayMode::Mount);
        QVERIFY2(out, out.error().c_str());
        const auto devices = fs::loggedDevices((*out)->fs, *(*out)->ns);
        QCOMPARE(devices.size(), size_t{2});
        QCOMPARE(devices[0].index, 0u);
        QCOMPARE(devices[0].size, (*out)->fs.sb.ddSize);
        QVERIFY(!devices[0].entryIndex);
        QCOMPARE(devices[1].index, 1u);
        QCOMPARE(devices[1].size, TwoDeviceImage::kDevice1Size);
        QCOMPARE(devices[1].entryIndex, std::optional<uint64_t>(TwoDeviceImage::kAddDaxdevEntry));
        // The file on device 1 is in the namespace, as a mount creates it.
        QVERIFY((*out)->ns->findFile("on1"));
    }

    // A device index an extent names without an ADD_DAXDEV entry is listed, size unknown.
    void listsDevicesOnlyExtentsName() {
        TwoDeviceImage t;
        auto out = fs::openFileSystem(t.image.img, false, fs::ReplayMode::Mount);
        QVERIFY(out);
        fs::Namespace ns = *(*out)->ns;
        ns.files.front().map.extents.front().devindex = 3;
        const auto devices = fs::loggedDevices((*out)->fs, ns);
        QCOMPARE(devices.size(), size_t{3});
        QCOMPARE(devices[2].index, 3u);
        QCOMPARE(devices[2].size, 0u);
    }

    void opensOnlyMediaOfTheLoggedSize() {
        TwoDeviceImage t;
        fs::LoggedDevice d1{1, TwoDeviceImage::kDevice1Size, {}, 0};
        auto ok = fs::openDeviceMedia(t.device1.toStdString(), d1);
        QVERIFY2(ok, ok ? "" : ok.error().c_str());
        QVERIFY(!(*ok)->writable());
        // Device 0's image is not device 1: its size differs from the entry's.
        auto wrong = fs::openDeviceMedia(t.image.img, d1);
        QVERIFY(!wrong);
        QVERIFY2(wrong.error().find("ADD_DAXDEV entry 0 gives device 1 67108864 bytes") !=
                     std::string::npos,
                 wrong.error().c_str());
        QFile::resize(t.device1, qint64(TwoDeviceImage::kDevice1Size / 2));
        auto small = fs::openDeviceMedia(t.device1.toStdString(), d1);
        QVERIFY(!small);
        QVERIFY2(small.error().find("too small") != std::string::npos, small.error().c_str());
        // Unknown size: any size opens (every read is still bounds-checked).
        QVERIFY(fs::openDeviceMedia(t.device1.toStdString(), fs::LoggedDevice{2, 0, {}, {}}));
        QVERIFY(
            !fs::openDeviceMedia(t.image.dir.filePath(QStringLiteral("absent")).toStdString(), d1));
    }

    void verifyReadsAnOpenedSecondaryDevice() {
        TwoDeviceImage t;
        auto out = fs::openFileSystem(t.image.img, false, fs::ReplayMode::Mount);
        QVERIFY(out);
        const fs::FsFile* f = (*out)->ns->findFile("on1");
        QVERIFY(f);
        media::Media& device0 = *(*out)->media;
        // Not open: an error naming the device, not a comparison with device 0's bytes.
        auto refused = edit::verifyPattern(device0, f->map, f->size, TwoDeviceImage::kSeed);
        QVERIFY(!refused);
        QVERIFY2(refused.error().find("device 1, which is not open") != std::string::npos,
                 refused.error().c_str());
        auto d1 =
            fs::openDeviceMedia(t.device1.toStdString(), {1, TwoDeviceImage::kDevice1Size, {}, 0});
        QVERIFY(d1);
        edit::PatternOptions o;
        o.otherDevice = [&](uint64_t index) { return index == 1 ? d1->get() : nullptr; };
        auto v = edit::verifyPattern(device0, f->map, f->size, TwoDeviceImage::kSeed, o);
        QVERIFY2(v, v ? "" : v.error().c_str());
        QVERIFY(v->ok());
        QCOMPARE(v->bytesVerified, TwoDeviceImage::kFileSize);
        auto wrongSeed =
            edit::verifyPattern(device0, f->map, f->size, TwoDeviceImage::kSeed + 1, o);
        QVERIFY(wrongSeed && wrongSeed->mismatchOffset);
        // A device the lookup does not have is still refused.
        o.otherDevice = [](uint64_t) { return nullptr; };
        QVERIFY(!edit::verifyPattern(device0, f->map, f->size, TwoDeviceImage::kSeed, o));
    }
};

QTEST_GUILESS_MAIN(TestDeviceTable)
#include "tst_device_table.moc"
