// The edit dialogs driven offscreen on temporary images, each result checked on the media with
// the core reader: create file (simple and interleaved; the heatmap preview equals the extents
// or strips written; an existing name is refused and nothing changes), mkdir -p, a new image,
// the guarded device format, and importing host files by dropping them on the namespace tree.
#include "EditTestSupport.h"
#include "UiTestSupport.h"
#include "WindowParts.h"

#include "core/edit/PatternIo.h"
#include "ui/edit/CreateFileDialog.h"
#include "ui/edit/ImportJob.h"
#include "ui/edit/MkdirDialog.h"
#include "ui/edit/MkfsDeviceDialog.h"
#include "ui/edit/NewImageDialog.h"
#include "ui/edit/OwnerFields.h"
#include "ui/edit/TreeDropImport.h"
#include "ui/models/ModelRoles.h"
#include "ui/panels/NamespacePanel.h"
#include "ui/views/HeatmapPanel.h"
#include "ui/views/HeatmapRenderer.h"
#include "ui/views/HeatmapView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTreeView>
#include <QUrl>

#include <algorithm>

using namespace famscope;
using namespace famscope::ui;
using namespace edittest;

namespace {

struct PreviewLog {
    std::vector<famfs::SimpleExtent> last; // the most recent preview (empty = cleared)
    std::vector<famfs::SimpleExtent> lastShown;
    uint64_t chunk = 0;
};

void follow(CreateFileDialog* d, PreviewLog& log) {
    QObject::connect(d, &CreateFileDialog::previewChanged, d,
                     [&log](const std::vector<famfs::SimpleExtent>& r, bool, uint64_t chunk) {
                         log.last = r;
                         if (!r.empty()) {
                             log.lastShown = r;
                             log.chunk = chunk;
                         }
                     });
}

void fillOwner(QWidget* dialog, const char* mode, const char* uid, const char* gid) {
    uitest::part<QLineEdit>(*dialog, QStringLiteral("modeEdit"))->setText(QLatin1String(mode));
    uitest::part<QLineEdit>(*dialog, QStringLiteral("uidEdit"))->setText(QLatin1String(uid));
    uitest::part<QLineEdit>(*dialog, QStringLiteral("gidEdit"))->setText(QLatin1String(gid));
}

QByteArray imageRange(const QString& image, uint64_t offset, uint64_t len) {
    QFile f(image);
    if (!f.open(QIODevice::ReadOnly) || !f.seek(qint64(offset)))
        return {};
    return f.read(qint64(len));
}

QModelIndex treeIndex(QTreeView* tree, const QString& path) {
    QAbstractItemModel* m = tree->model();
    std::function<QModelIndex(const QModelIndex&)> find = [&](const QModelIndex& parent) {
        for (int r = 0; r < m->rowCount(parent); ++r) {
            const QModelIndex i = m->index(r, 0, parent);
            if (i.data(PathRole).toString() == path)
                return i;
            if (QModelIndex c = find(i); c.isValid())
                return c;
        }
        return QModelIndex();
    };
    return find(QModelIndex());
}

} // namespace

class TestEditDialogs : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { uitest::useOwnSettings("edit-dialogs"); }

    void createSimpleFileAsPreviewed() {
        QTemporaryDir dir;
        const TestImage t = makeImage(dir, uint64_t{256} << 20);
        MainWindow w;
        QVERIFY(openWritable(w, t));
        CreateFileDialog* d = uitest::part<EditController>(w)->createFileDialog();
        PreviewLog preview;
        follow(d, preview);
        uitest::part<QLineEdit>(*d, QStringLiteral("pathEdit"))->setText(QStringLiteral("alpha"));
        uitest::part<QLineEdit>(*d, QStringLiteral("sizeEdit"))->setText(QStringLiteral("5M"));
        uitest::part<QLineEdit>(*d, QStringLiteral("seedEdit"))->setText(QStringLiteral("7"));
        fillOwner(d, "0600", "1234", "4321");
        // The debounced preview arrives by itself.
        QTRY_VERIFY(!preview.last.empty());
        QVERIFY(d->previewPlacement().has_value());
        QVERIFY(!uitest::part<HeatmapPanel>(w)->view()->renderer()->preview().empty());
        const auto previewed = preview.last;
        QVERIFY(waitLoaded(w, [&] { d->accept(); }));
        QCOMPARE(d->result(), int(QDialog::Accepted));
        QVERIFY(preview.last.empty()); // closing clears the heatmap preview

        const auto ns = readNamespace(t.path);
        QVERIFY(ns);
        const fs::FsFile* f = findFile(*ns, "alpha");
        QVERIFY(f);
        QCOMPARE(f->size, uint64_t{5} << 20);
        QCOMPARE(f->mode, 0600u);
        QCOMPARE(f->uid, 1234u);
        QCOMPARE(f->gid, 4321u);
        QVERIFY(!f->map.interleaved);
        QVERIFY(std::ranges::equal(f->map.extents, previewed));
        auto media = media::openMedia(t.path.toStdString(), media::Access::ReadOnly);
        QVERIFY(media);
        auto v = edit::verifyPattern(**media, f->map, f->size, 7);
        QVERIFY(v && v->ok());
        // Every view refreshed: the window's snapshot has the file.
        QVERIFY(findFile(uitest::part<Document>(w)->snapshot()->ns, "alpha"));
        delete d;
    }

    void createInterleavedFileAsPreviewed() {
        QTemporaryDir dir;
        const TestImage t = makeImage(dir, uint64_t{4} << 30); // sparse: 4 buckets of 1 GiB
        MainWindow w;
        QVERIFY(openWritable(w, t));
        CreateFileDialog* d = uitest::part<EditController>(w)->createFileDialog();
        PreviewLog preview;
        follow(d, preview);
        uitest::part<QLineEdit>(*d, QStringLiteral("pathEdit"))->setText(QStringLiteral("striped"));
        uitest::part<QLineEdit>(*d, QStringLiteral("sizeEdit"))->setText(QStringLiteral("12M"));
        uitest::part<QGroupBox>(*d, QStringLiteral("interleaveBox"))->setChecked(true);
        uitest::part<QSpinBox>(*d, QStringLiteral("nstripsBox"))->setValue(3);
        uitest::part<QSpinBox>(*d, QStringLiteral("nbucketsBox"))->setValue(4);
        uitest::part<QLineEdit>(*d, QStringLiteral("chunkEdit"))->setText(QStringLiteral("2M"));
        d->updatePreview();
        QCOMPARE(preview.last.size(), size_t{3});
        QCOMPARE(preview.chunk, uint64_t{2} << 20);
        w.resize(1400, 900);
        w.selectView(QStringLiteral("heatmap"));
        saveScreenshot(&w, QStringLiteral("create-preview-window"));
        saveScreenshot(d, QStringLiteral("create-dialog"));
        const auto previewed = preview.last;
        QVERIFY(waitLoaded(w, [&] { d->accept(); }));
        const auto ns = readNamespace(t.path);
        QVERIFY(ns);
        const fs::FsFile* f = findFile(*ns, "striped");
        QVERIFY(f);
        QVERIFY(f->map.interleaved);
        QCOMPARE(f->map.chunkSize, uint64_t{2} << 20);
        QVERIFY(std::ranges::equal(f->map.strips, previewed));
        delete d;
    }

    void existingNameIsRefusedAndNothingChanges() {
        QTemporaryDir dir;
        const TestImage t = makeImage(dir, uint64_t{256} << 20);
        MainWindow w;
        QVERIFY(openWritable(w, t));
        CreateFileDialog* first = uitest::part<EditController>(w)->createFileDialog();
        uitest::part<QLineEdit>(*first, QStringLiteral("pathEdit"))
            ->setText(QStringLiteral("twice"));
        QVERIFY(waitLoaded(w, [&] { first->accept(); }));
        const QByteArray before = metadataBytes(t.path);
        CreateFileDialog* second = uitest::part<EditController>(w)->createFileDialog();
        uitest::part<QLineEdit>(*second, QStringLiteral("pathEdit"))
            ->setText(QStringLiteral("twice"));
        second->updatePreview();
        QVERIFY(!second->previewPlacement());
        second->accept();
        QVERIFY(second->result() != int(QDialog::Accepted));
        QVERIFY2(uitest::part<QLabel>(*second, QStringLiteral("messageLabel"))
                     ->text()
                     .contains(QLatin1String("already exists")),
                 qPrintable(uitest::part<QLabel>(*second, QStringLiteral("messageLabel"))->text()));
        uitest::part<QLineEdit>(*second, QStringLiteral("sizeEdit"))->setText(QStringLiteral("0"));
        uitest::part<QLineEdit>(*second, QStringLiteral("pathEdit"))
            ->setText(QStringLiteral("other"));
        second->accept();
        QVERIFY(uitest::part<QLabel>(*second, QStringLiteral("messageLabel"))
                    ->text()
                    .contains(QLatin1String("greater than 0")));
        // A valid plan shows on the heatmap; cancelling clears it and writes nothing.
        uitest::part<QLineEdit>(*second, QStringLiteral("sizeEdit"))->setText(QStringLiteral("1M"));
        second->updatePreview();
        QVERIFY(second->previewPlacement());
        QVERIFY(!uitest::part<HeatmapPanel>(w)->view()->renderer()->preview().empty());
        second->reject();
        QVERIFY(uitest::part<HeatmapPanel>(w)->view()->renderer()->preview().empty());
        QCOMPARE(metadataBytes(t.path), before);
        delete first;
        delete second;
    }

    void mkdirWithParents() {
        QTemporaryDir dir;
        const TestImage t = makeImage(dir, uint64_t{256} << 20);
        MainWindow w;
        QVERIFY(openWritable(w, t));
        MkdirDialog* d = uitest::part<EditController>(w)->mkdirDialog();
        uitest::part<QLineEdit>(*d, QStringLiteral("pathEdit"))
            ->setText(QStringLiteral("top/inner"));
        fillOwner(d, "0750", "11", "22");
        d->accept(); // without -p the parent is missing
        QVERIFY(d->result() != int(QDialog::Accepted));
        QVERIFY(uitest::part<QLabel>(*d, QStringLiteral("messageLabel"))
                    ->text()
                    .contains(QLatin1String("top")));
        uitest::part<QCheckBox>(*d, QStringLiteral("parentsBox"))->setChecked(true);
        saveScreenshot(d, QStringLiteral("mkdir-dialog"));
        QVERIFY(waitLoaded(w, [&] { d->accept(); }));
        const auto ns = readNamespace(t.path);
        QVERIFY(ns);
        for (const char* path : {"top", "top/inner"}) {
            const fs::FsDir* made = findDir(*ns, path);
            QVERIFY2(made, path);
            QCOMPARE(made->mode, 0750u);
            QCOMPARE(made->uid, 11u);
            QCOMPARE(made->gid, 22u);
        }
        delete d;
    }

    void newImageIsFormattedAndOpened() {
        QTemporaryDir dir;
        const TestImage t = makeImage(dir, uint64_t{64} << 20); // for the identity files
        MainWindow w;
        useImageIdentity(w, t);
        NewImageDialog* d = uitest::part<EditController>(w)->newImageDialog();
        const QString path = tempPath(dir, QStringLiteral("new.img"));
        uitest::part<QLineEdit>(*d, QStringLiteral("pathEdit"))
            ->setText(t.path); // exists: refused, untouched
        const QByteArray before = metadataBytes(t.path);
        d->accept();
        QVERIFY(uitest::part<QLabel>(*d, QStringLiteral("messageLabel"))
                    ->text()
                    .contains(QLatin1String("already exists")));
        QCOMPARE(metadataBytes(t.path), before);
        uitest::part<QLineEdit>(*d, QStringLiteral("pathEdit"))->setText(path);
        uitest::part<QLineEdit>(*d, QStringLiteral("sizeEdit"))->setText(QStringLiteral("512M"));
        uitest::part<QComboBox>(*d, QStringLiteral("logLengthBox"))->setCurrentIndex(1);
        saveScreenshot(d, QStringLiteral("new-image-dialog"));
        QVERIFY(waitLoaded(w, [&] { d->accept(); }));
        QCOMPARE(uitest::part<Document>(w)->snapshot()->target, path);
        auto media = media::openMedia(path.toStdString(), media::Access::ReadOnly);
        QVERIFY(media);
        auto fs = fs::loadFileSystem(**media);
        QVERIFY(fs);
        QCOMPARE(fs->sb.logLen, uint64_t{16} << 20);
        QCOMPARE(QFileInfo(path).size(), qint64{512} << 20);
        QVERIFY(fs::checkUsable(*fs, false));
        delete d;
    }

    void deviceFormatIsGuarded() {
        QTemporaryDir dir;
        const TestImage t = makeImage(dir, uint64_t{64} << 20);
        MainWindow w;
        useImageIdentity(w, t);
        MkfsDeviceDialog* d = uitest::part<EditController>(w)->mkfsDeviceDialog();
        uitest::part<QComboBox>(*d, QStringLiteral("deviceBox"))->setEditText(t.path);
        QVERIFY(!uitest::part<QPushButton>(*d, QStringLiteral("formatButton"))->isEnabled());
        uitest::part<QLineEdit>(*d, QStringLiteral("confirmEdit"))
            ->setText(t.path + QLatin1Char('x'));
        QVERIFY(!uitest::part<QPushButton>(*d, QStringLiteral("formatButton"))->isEnabled());
        uitest::part<QLineEdit>(*d, QStringLiteral("confirmEdit"))->setText(t.path);
        QVERIFY(uitest::part<QPushButton>(*d, QStringLiteral("formatButton"))->isEnabled());
        saveScreenshot(d, QStringLiteral("mkfs-device-dialog"));
        const QByteArray before = metadataBytes(t.path);
        d->accept(); // an image is not a devdax device: core refuses
        QVERIFY(d->result() != int(QDialog::Accepted));
        QVERIFY2(uitest::part<QLabel>(*d, QStringLiteral("messageLabel"))
                     ->text()
                     .contains(QLatin1String("not a character device")),
                 qPrintable(uitest::part<QLabel>(*d, QStringLiteral("messageLabel"))->text()));
        QCOMPARE(metadataBytes(t.path), before);
        delete d;
    }

    void dropOnTreeImports() {
        QTemporaryDir dir;
        const TestImage t = makeImage(dir, uint64_t{256} << 20);
        const QString host = tempPath(dir, QStringLiteral("host"));
        QVERIFY(QDir().mkpath(host + QStringLiteral("/folder")));
        QByteArray one(300000, '\0'), two(5000, '\0');
        QRandomGenerator rng(42);
        for (auto* data : {&one, &two})
            for (char& c : *data)
                c = static_cast<char>(rng.bounded(256));
        for (const auto& [name, data] : {std::pair{QStringLiteral("/one.bin"), &one},
                                         std::pair{QStringLiteral("/folder/two.bin"), &two}}) {
            QFile f(host + name);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(*data);
        }
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(openWritable(w, t));
        MkdirDialog* mk = uitest::part<EditController>(w)->mkdirDialog();
        uitest::part<QLineEdit>(*mk, QStringLiteral("pathEdit"))->setText(QStringLiteral("dest"));
        QVERIFY(waitLoaded(w, [&] { mk->accept(); }));
        delete mk;

        QTreeView* tree = uitest::part<NamespacePanel>(w)->view();
        const QModelIndex destIndex = treeIndex(tree, QStringLiteral("dest"));
        QVERIFY(destIndex.isValid());
        const QPoint pos = tree->visualRect(destIndex).center();
        QCOMPARE(uitest::part<TreeDropImport>(w)->directoryAt(pos), QStringLiteral("dest"));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(host + QStringLiteral("/one.bin")),
                      QUrl::fromLocalFile(host + QStringLiteral("/folder"))});
        // As a drag does it: enter (which makes the viewport the drop target), then drop.
        QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(tree->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QVERIFY(waitLoaded(w, [&] {
            QCoreApplication::sendEvent(tree->viewport(), &drop);
            QVERIFY(drop.isAccepted());
            // Until the copy ends the session is the import's: a dialog says so and waits.
            QVERIFY(uitest::part<EditController>(w)->writeMode()->isBusy());
            std::unique_ptr<CreateFileDialog> during(
                uitest::part<EditController>(w)->createFileDialog());
            uitest::part<QLineEdit>(*during, QStringLiteral("pathEdit"))
                ->setText(QStringLiteral("during"));
            during->accept();
            QVERIFY(during->result() != int(QDialog::Accepted));
            QVERIFY(uitest::part<QLabel>(*during, QStringLiteral("messageLabel"))
                        ->text()
                        .contains(QLatin1String("import is running")));
            uitest::part<ImportJob>(w)->waitForFinished();
            QVERIFY(!uitest::part<EditController>(w)->writeMode()->isBusy());
        }));

        const auto ns = readNamespace(t.path);
        QVERIFY(ns);
        QVERIFY(findDir(*ns, "dest/folder"));
        QVERIFY(!findFile(*ns, "during"));
        for (const auto& [path, data] : {std::pair{std::string("dest/one.bin"), &one},
                                         std::pair{std::string("dest/folder/two.bin"), &two}}) {
            const fs::FsFile* f = findFile(*ns, path);
            QVERIFY2(f, path.c_str());
            QCOMPARE(f->size, uint64_t(data->size()));
            QCOMPARE(f->map.extents.size(), size_t{1});
            QCOMPARE(imageRange(t.path, f->map.extents[0].offset, f->size), *data);
        }
    }
};

QTEST_MAIN(TestEditDialogs)
#include "tst_edit_dialogs.moc"
