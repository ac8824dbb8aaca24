// A famfs image whose file system spans two devices, as a log with an ADD_DAXDEV entry makes
// it: device 0 (a core mkfs image holding the log) and device 1, an image file beside it. The
// log adds device 1, then holds one file on each device; the file on device 1 holds the famfs
// test pattern of kSeed, written into the device 1 image, while the same offsets of device 0
// hold other bytes (the log), so a view that reads the wrong device shows the difference.
#pragma once

#include "LogSlots.h"
#include "TempImage.h"

#include "core/edit/PatternIo.h"
#include "core/format/Constants.h"
#include "core/format/LogEntry.h"
#include "core/media/Media.h"

#include <QFile>

#include <cstdint>

struct TwoDeviceImage {
    static constexpr uint64_t kDevice1Size = uint64_t{64} << 20;
    static constexpr uint64_t kOnDevice1Offset = uint64_t{4} << 20; // inside device 0's log
    static constexpr uint64_t kFileSize = uint64_t{2} << 20;
    static constexpr uint64_t kSeed = 42;
    static constexpr uint64_t kAddDaxdevEntry = 0;

    TempImage image;
    QString device1;

    TwoDeviceImage() : device1(tempPath(image.dir, QStringLiteral("device1.img"))) {
        using namespace famscope;
        using namespace famscope::famfs;
        QFile d1(device1);
        if (!d1.open(QIODevice::WriteOnly) || !d1.resize(qint64(kDevice1Size)))
            qFatal("cannot create the device 1 image");
        d1.close();
        auto media = media::openMedia(device1.toStdString(), media::Access::ReadWrite);
        if (!media || !edit::writePattern(**media, onDevice1Map(0), kFileSize, kSeed))
            qFatal("cannot write the pattern on device 1");

        LogEntry add;
        add.type = static_cast<uint32_t>(EntryType::AddDaxdev);
        AddDaxdevMeta a;
        a.ddSize = kDevice1Size;
        a.ddUuid.bytes.fill(0x11);
        a.ddIndex = 1;
        add.body = a;
        QFile f(path());
        if (!f.open(QIODevice::ReadWrite))
            qFatal("cannot open the image to write its log");
        const LogEntry entries[] = {add, file("on0", {0, uint64_t{16} << 20, kFileSize}),
                                    file("on1", {1, kOnDevice1Offset, kFileSize})};
        logslots::writeLog(f, {std::begin(entries), std::end(entries)});
    }

    QString path() const { return QString::fromStdString(image.img); }

    // The map of "on1" as if its extent lay on device `devindex` (0: to write the device 1
    // image through its own media).
    static famscope::fs::FileMap onDevice1Map(uint64_t devindex) {
        famscope::fs::FileMap map;
        map.declaredCount = 1;
        map.extents.push_back({devindex, kOnDevice1Offset, kFileSize});
        return map;
    }

    // `len` bytes of the device 1 image at `offset`.
    QByteArray device1Bytes(uint64_t offset, qint64 len) const {
        QFile f(device1);
        if (!f.open(QIODevice::ReadOnly) || !f.seek(qint64(offset)))
            qFatal("cannot read the device 1 image");
        return f.read(len);
    }

private:
    static famscope::famfs::LogEntry file(const char* path, famscope::famfs::SimpleExtent piece) {
        using namespace famscope::famfs;
        FileMeta m;
        setPathText(m.relpath, path);
        m.size = kFileSize;
        m.mode = 0644;
        m.count = 1;
        m.setExtent(0, piece);
        return LogEntry::makeFile(m);
    }
};
