// Undo of a write session, offscreen: after writes through the dialogs, Undo asks first (a
// "no" changes nothing), then ends write mode, restores the backup taken before the session's
// first write and reloads; the metadata region (superblock region and log) is byte-identical
// to what it was before the session, and the window shows the old namespace again.
#include "EditTestSupport.h"
#include "UiTestSupport.h"

#include "edit/CreateFileDialog.h"
#include "edit/MkdirDialog.h"
#include "edit/UndoController.h"

#include <QAction>
#include <QLineEdit>
#include <QStandardPaths>

using namespace famscope;
using namespace famscope::ui;
using namespace edittest;

namespace {

bool createFile(MainWindow& w, const QString& path, const QString& size) {
    std::unique_ptr<CreateFileDialog> d(w.editing()->createFileDialog());
    d->pathEdit()->setText(path);
    d->sizeEdit()->setText(size);
    d->seedEdit()->setText(QStringLiteral("99"));
    return waitLoaded(w, [&] { d->accept(); }) && d->result() == QDialog::Accepted;
}

} // namespace

class TestEditUndo : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { uitest::useOwnSettings("edit-undo"); }

    void undoRestoresByteIdenticalMetadata() {
        QTemporaryDir dir;
        const TestImage t = makeImage(dir, uint64_t{256} << 20);
        MainWindow w;
        QVERIFY(openWritable(w, t));
        // A file from an earlier session stays: undo goes back to the start of the last one.
        QVERIFY(createFile(w, QStringLiteral("kept"), QStringLiteral("3M")));
        QVERIFY(w.editing()->setWriteMode(false));
        QVERIFY(w.editing()->setWriteMode(true));
        QVERIFY(w.editing()->undoController()->canUndo()); // the first session's backup
        const QByteArray before = metadataBytes(t.path);
        QCOMPARE(before.size(), qint64(famfs::kLogOffset) + (qint64{8} << 20));

        QVERIFY(createFile(w, QStringLiteral("gone"), QStringLiteral("4M")));
        std::unique_ptr<MkdirDialog> mk(w.editing()->mkdirDialog());
        mk->pathEdit()->setText(QStringLiteral("gonedir"));
        QVERIFY(waitLoaded(w, [&] { mk->accept(); }));
        QVERIFY(metadataBytes(t.path) != before);
        QVERIFY(w.editing()->undoAction()->isEnabled());

        UndoController* undo = w.editing()->undoController();
        QString asked;
        undo->setConfirm([&](const QString& q) {
            asked = q;
            return false;
        });
        QVERIFY(!undo->undo());
        QVERIFY(asked.contains(t.path));
        QVERIFY(w.editing()->writeMode()->isOn());
        QVERIFY(metadataBytes(t.path) != before);

        undo->setConfirm([](const QString&) { return true; });
        QVERIFY(waitLoaded(w, [&] { QVERIFY(undo->undo()); }));
        QVERIFY(!w.editing()->writeMode()->isOn());
        QVERIFY(!w.editing()->writeBar()->isVisibleTo(&w));
        QCOMPARE(metadataBytes(t.path), before);
        const auto& ns = w.document()->snapshot()->ns;
        QVERIFY(findFile(ns, "kept"));
        QVERIFY(!findFile(ns, "gone"));
        QVERIFY(!findDir(ns, "gonedir"));
        QVERIFY(!undo->canUndo());
        QVERIFY(!w.editing()->undoAction()->isEnabled());
    }

    void undoAfterLeavingWriteMode() {
        QTemporaryDir dir;
        const TestImage t = makeImage(dir, uint64_t{256} << 20);
        MainWindow w;
        QVERIFY(openWritable(w, t));
        QVERIFY(!w.editing()->undoController()->canUndo()); // nothing written yet
        const QByteArray before = metadataBytes(t.path);
        QVERIFY(createFile(w, QStringLiteral("f"), QStringLiteral("1M")));
        QVERIFY(w.editing()->setWriteMode(false));
        UndoController* undo = w.editing()->undoController();
        undo->setConfirm([](const QString&) { return true; });
        QVERIFY(waitLoaded(w, [&] { QVERIFY(undo->undo()); }));
        QCOMPARE(metadataBytes(t.path), before);
        QVERIFY(readNamespace(t.path)->files.empty());
    }
};

QTEST_MAIN(TestEditUndo)
#include "tst_edit_undo.moc"
