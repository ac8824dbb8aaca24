// A repair killed after it recorded its intent and wrote `done` of its stores, as a kill -9
// leaves one: files "d/a", "b", "c", "e" made by core on a TempImage, the CRC of slot 2 broken,
// then what runRepair() does with --recover (the metadata backup and the intent file beside
// the image) but only the first `done` stores. After one store the log is clean but shorter:
// the state only the intent file tells apart from an intact file system.
#pragma once

#include "TempImage.h"

#include "core/edit/Backup.h"
#include "core/edit/Creat.h"
#include "core/edit/Mkdir.h"
#include "core/format/Constants.h"
#include "core/fs/LoadedFs.h"
#include "core/fsck/Fsck.h"
#include "core/media/Media.h"
#include "core/repair/RepairIntent.h"
#include "core/repair/RepairPlan.h"
#include "core/repair/RepairRun.h"

#include <QFile>

#include <string>
#include <vector>

struct InterruptedRepair {
    std::string backup;            // the metadata backup the repair took
    std::string intent;            // its intent file
    size_t stores = 0;             // of the whole repair
    std::vector<uint8_t> original; // the metadata region before the repair
};

namespace interrupted {

inline std::unique_ptr<famscope::media::Media> open(const std::string& img,
                                                    famscope::media::Access access) {
    auto m = famscope::media::openMedia(img, access);
    if (!m)
        qFatal("cannot open %s: %s", img.c_str(), m.error().c_str());
    return std::move(*m);
}

inline uint64_t metadataLength() {
    return famscope::famfs::kLogOffset + (uint64_t{8} << 20); // TempImage's 8 MiB log
}

inline std::vector<uint8_t> metadata(const std::string& img) {
    return *open(img, famscope::media::Access::ReadOnly)->read(0, metadataLength());
}

// Files on the image and slot 2 damaged (once per image).
inline void populateAndDamage(const TempImage& t) {
    using namespace famscope;
    auto s = edit::EditSession::open(t.img, t.options());
    if (!s)
        qFatal("session: %s", s.error().c_str());
    edit::MkdirOptions mo;
    mo.mode = 0755;
    if (!edit::makeDirectory(**s, "d", mo))
        qFatal("mkdir failed");
    uint64_t seed = 3;
    for (const char* path : {"d/a", "b", "c", "e"}) {
        edit::CreatOptions co;
        co.size = (uint64_t{2} << 20) + 100;
        co.dataSeed = seed++;
        if (auto r = edit::createFile(**s, path, co); !r)
            qFatal("creat: %s", r.error().c_str());
    }
    s->reset();
    auto m = open(t.img, media::Access::ReadWrite);
    const uint64_t at = famfs::kLogOffset + famfs::kLogHeaderSize + 2 * famfs::kLogEntrySize + 30;
    auto byte = *m->read(at, 1);
    byte[0] ^= 0x40;
    if (!m->write(at, byte) || !m->flush(at, 1))
        qFatal("cannot damage the image");
}

} // namespace interrupted

// Runs the repair up to its `done`-th store on a populated, damaged image.
inline InterruptedRepair interruptRepair(const TempImage& t, size_t done,
                                         const std::string& backupName = "interrupted.backup") {
    using namespace famscope;
    InterruptedRepair r;
    r.original = interrupted::metadata(t.img);
    auto m = interrupted::open(t.img, media::Access::ReadWrite);
    auto before = fs::loadFileSystem(*m);
    if (!before)
        qFatal("load: %s", before.error().c_str());
    repair::RepairOptions o;
    o.recover = true;
    o.fsckOptions.systemUuidFile = t.suuid;
    const auto plan = repair::planRepair(*before, fsck::runFsck(*before, o.fsckOptions), o);
    auto stores = repair::repairStores(*m, *before, plan);
    if (!stores)
        qFatal("stores: %s", stores.error().c_str());
    r.stores = stores->size();
    r.backup = t.dir.filePath(QString::fromStdString(backupName)).toStdString();
    r.intent = repair::intentPathFor(t.img, false);
    if (!edit::writeBackup(*m, famfs::kLogOffset + before->sb.logLen, r.backup))
        qFatal("backup failed");
    repair::RepairIntent intent{m->size(), r.backup, *stores};
    if (!repair::writeIntent(intent, r.intent))
        qFatal("intent failed");
    intent.stores.resize(std::min(done, intent.stores.size()));
    if (!repair::applyStores(*m, intent.stores))
        qFatal("stores failed");
    return r;
}

// The intent file with one byte changed: its CRC no longer matches.
inline void damageIntentFile(const std::string& intent) {
    QFile f(QString::fromStdString(intent));
    if (!f.open(QIODevice::ReadWrite))
        qFatal("cannot open the intent");
    QByteArray bytes = f.readAll();
    bytes[20] = static_cast<char>(bytes[20] ^ 0x5A);
    f.seek(0);
    f.write(bytes);
}
