// Shared by the tst_edit_* GUI tests: a fresh famfs image in a temporary directory (made by
// core mkfs, with its own host identity and an empty mount table, so the host's state never
// matters), a main window whose write mode uses those files, and the core reader's view of
// the media afterwards.
#pragma once

#include "TempDir.h"
#include "WindowParts.h"

#include "core/edit/Mkfs.h"
#include "core/format/Constants.h"
#include "core/fs/LoadedFs.h"
#include "core/fs/Replay.h"
#include "core/media/Media.h"
#include "ui/document/Document.h"
#include "ui/edit/EditController.h"
#include "ui/edit/WriteMode.h"
#include "ui/mainwindow/MainWindow.h"

#include <QFile>
#include <QPixmap>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <functional>
#include <optional>

namespace edittest {

struct TestImage {
    QString path;
    QString systemUuid;
    QString mountInfo;
};

// An image of `size` bytes with an 8 MiB log, formatted by core mkfs.
inline TestImage makeImage(const QTemporaryDir& dir, uint64_t size,
                           const QString& name = QStringLiteral("fs.img")) {
    TestImage t{tempPath(dir, name), tempPath(dir, QStringLiteral("system_uuid")),
                tempPath(dir, QStringLiteral("mountinfo"))};
    QFile mountInfo(t.mountInfo);
    if (!mountInfo.exists() && !mountInfo.open(QIODevice::WriteOnly))
        qFatal("cannot create the empty mount table");
    famscope::edit::MkfsOptions o;
    o.createSize = size;
    o.systemUuidPath = t.systemUuid.toStdString();
    o.mountInfoPath = t.mountInfo.toStdString();
    auto r = famscope::edit::makeFileSystem(t.path.toStdString(), o);
    if (!r)
        qFatal("mkfs failed: %s", r.error().c_str());
    return t;
}

inline void useImageIdentity(famscope::ui::MainWindow& w, const TestImage& t) {
    auto& o = uitest::part<famscope::ui::EditController>(w)->writeMode()->options();
    o.systemUuidPath = t.systemUuid.toStdString();
    o.mountInfoPath = t.mountInfo.toStdString();
}

inline bool waitLoaded(famscope::ui::MainWindow& w, const std::function<void()>& trigger) {
    QSignalSpy loaded(uitest::part<famscope::ui::Document>(w), &famscope::ui::Document::loaded);
    QSignalSpy failed(uitest::part<famscope::ui::Document>(w), &famscope::ui::Document::loadFailed);
    trigger();
    return (!loaded.isEmpty() || loaded.wait(20000)) && failed.isEmpty();
}

// Opens the image in the window and turns write mode on.
inline bool openWritable(famscope::ui::MainWindow& w, const TestImage& t) {
    useImageIdentity(w, t);
    return waitLoaded(w, [&] { w.openPath(t.path); }) &&
           uitest::part<famscope::ui::EditController>(w)->setWriteMode(true);
}

// What famfs mount would show, read from the media by the core reader.
inline std::optional<famscope::fs::Namespace> readNamespace(const QString& path) {
    auto media = famscope::media::openMedia(path.toStdString(), famscope::media::Access::ReadOnly);
    if (!media)
        return std::nullopt;
    auto fs = famscope::fs::loadFileSystem(**media);
    if (!fs)
        return std::nullopt;
    return famscope::fs::replay(*fs, famscope::fs::ReplayMode::Mount);
}

inline const famscope::fs::FsFile* findFile(const famscope::fs::Namespace& ns,
                                            const std::string& path) {
    for (const auto& f : ns.files)
        if (f.path == path)
            return &f;
    return nullptr;
}

inline const famscope::fs::FsDir* findDir(const famscope::fs::Namespace& ns,
                                          const std::string& path) {
    for (const auto& d : ns.dirs)
        if (d.path == path)
            return &d;
    return nullptr;
}

// The metadata region: the superblock region and the whole (8 MiB) log.
inline QByteArray metadataBytes(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.read(qint64(famscope::famfs::kLogOffset) + (qint64{8} << 20));
}

// With FAMSCOPE_SCREENSHOT_DIR set, saves a picture of `widget` there (to look at the dialogs
// and the write-mode window); otherwise does nothing.
inline void saveScreenshot(QWidget* widget, const QString& name) {
    const QString dir = qEnvironmentVariable("FAMSCOPE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    widget->show();
    QCoreApplication::processEvents();
    widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace edittest
