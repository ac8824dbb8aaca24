// Undo of a write session, offscreen: after writes through the dialogs, Undo asks first (a
// "no" changes nothing), then ends write mode, restores the backup taken before the session's
// first write and reloads; the metadata region (superblock region and log) is byte-identical
// to what it was before the session, and the window shows the old namespace again.
#include "EditTestSupport.h"
#include "UiTestSupport.h"
#include "WindowParts.h"

#include "ui/edit/CreateFileDialog.h"
#include "ui/edit/MkdirDialog.h"
#include "ui/edit/UndoController.h"

#include <QAction>
#include <QLineEdit>
#include <QStandardPaths>

using namespace famscope;
using namespace famscope::ui;
using namespace edittest;

namespace {

bool createFile(MainWindow& w, const QString& path, const QString& size) {
    std::unique_ptr<CreateFileDialog> d(uitest::part<EditController>(w)->createFileDialog());
    uitest::part<QLineEdit>(*d, QStringLiteral("pathEdit"))->setText(path);
    uitest::part<QLineEdit>(*d, QStringLiteral("sizeEdit"))->setText(size);
    uitest::part<QLineEdit>(*d, QStringLiteral("seedEdit"))->setText(QStringLiteral("99"));
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
        QVERIFY(uitest::part<EditController>(w)->setWriteMode(false));
        QVERIFY(uitest::part<EditController>(w)->setWriteMode(true));
        QVERIFY(uitest::part<UndoController>(w)->canUndo()); // the first session's backup
        const QByteArray before = metadataBytes(t.path);
        QCOMPARE(before.size(), qint64(famfs::kLogOffset) + (qint64{8} << 20));

        QVERIFY(createFile(w, QStringLiteral("gone"), QStringLiteral("4M")));
        std::unique_ptr<MkdirDialog> mk(uitest::part<EditController>(w)->mkdirDialog());
        uitest::part<QLineEdit>(*mk, QStringLiteral("pathEdit"))
            ->setText(QStringLiteral("gonedir"));
        QVERIFY(waitLoaded(w, [&] { mk->accept(); }));
        QVERIFY(metadataBytes(t.path) != before);
        QVERIFY(uitest::part<QAction>(w, QStringLiteral("undoAction"))->isEnabled());

        UndoController* undo = uitest::part<UndoController>(w);
        QString asked;
        undo->setConfirm([&](const QString& q) {
            asked = q;
            return false;
        });
        QVERIFY(!undo->undo());
        QVERIFY(asked.contains(t.path));
        QVERIFY(uitest::part<EditController>(w)->writeMode()->isOn());
        QVERIFY(metadataBytes(t.path) != before);

        undo->setConfirm([](const QString&) { return true; });
        QVERIFY(waitLoaded(w, [&] { QVERIFY(undo->undo()); }));
        QVERIFY(!uitest::part<EditController>(w)->writeMode()->isOn());
        QVERIFY(!uitest::part<QWidget>(w, QStringLiteral("writeModeBar"))->isVisibleTo(&w));
        QCOMPARE(metadataBytes(t.path), before);
        const auto& ns = uitest::part<Document>(w)->snapshot()->ns;
        QVERIFY(findFile(ns, "kept"));
        QVERIFY(!findFile(ns, "gone"));
        QVERIFY(!findDir(ns, "gonedir"));
        QVERIFY(!undo->canUndo());
        QVERIFY(!uitest::part<QAction>(w, QStringLiteral("undoAction"))->isEnabled());
    }

    void undoAfterLeavingWriteMode() {
        QTemporaryDir dir;
        const TestImage t = makeImage(dir, uint64_t{256} << 20);
        MainWindow w;
        QVERIFY(openWritable(w, t));
        QVERIFY(!uitest::part<UndoController>(w)->canUndo()); // nothing written yet
        const QByteArray before = metadataBytes(t.path);
        QVERIFY(createFile(w, QStringLiteral("f"), QStringLiteral("1M")));
        QVERIFY(uitest::part<EditController>(w)->setWriteMode(false));
        UndoController* undo = uitest::part<UndoController>(w);
        undo->setConfirm([](const QString&) { return true; });
        QVERIFY(waitLoaded(w, [&] { QVERIFY(undo->undo()); }));
        QCOMPARE(metadataBytes(t.path), before);
        QVERIFY(readNamespace(t.path)->files.empty());
    }
};

QTEST_MAIN(TestEditUndo)
#include "tst_edit_undo.moc"
