// A famfs image made by core mkfs in a temporary directory, with the host files an edit
// session reads kept beside it (the system UUID mkfs writes, an empty mount table), so that no
// test touches /opt/famfs or the real /proc/self/mountinfo.
#pragma once

#include "TempDir.h"

#include "core/edit/EditSession.h"
#include "core/edit/Mkfs.h"

#include <QFile>

#include <cstdint>
#include <string>

struct TempImage {
    QTemporaryDir dir;
    std::string img, suuid, mountinfo;

    explicit TempImage(uint64_t size = uint64_t{256} << 20) {
        img = tempPath(dir, QStringLiteral("fs.img")).toStdString();
        suuid = tempPath(dir, QStringLiteral("system_uuid")).toStdString();
        mountinfo = tempPath(dir, QStringLiteral("mountinfo")).toStdString();
        if (!QFile(QString::fromStdString(mountinfo)).open(QIODevice::WriteOnly))
            qFatal("cannot create the empty mount table");
        famscope::edit::MkfsOptions o;
        o.createSize = size;
        o.systemUuidPath = suuid;
        o.mountInfoPath = mountinfo;
        if (auto r = famscope::edit::makeFileSystem(img, o); !r)
            qFatal("mkfs: %s", r.error().c_str());
    }

    // Session options for this image's host files; with `backup`, the backup goes beside it.
    famscope::edit::SessionOptions options(bool backup = false) const {
        famscope::edit::SessionOptions so;
        so.systemUuidPath = suuid;
        so.mountInfoPath = mountinfo;
        so.backup = backup;
        if (backup)
            so.backupPath = dir.filePath(QStringLiteral("backup")).toStdString();
        return so;
    }
};
