// Names that are not UTF-8 or hold control characters, in the window: the namespace tree
// shows them escaped (as the CLI does), and selecting one reaches its file, whose bytes
// QString::fromStdString would have turned into U+FFFD. The Verify tab's "all files" lists them
// the same way and verifies each one.
#include "HostileImage.h"
#include "WindowParts.h"

#include "ui/SelectionModel.h"
#include "ui/document/SnapshotLoader.h"
#include "ui/models/ExtentModel.h"
#include "ui/models/ModelRoles.h"
#include "ui/models/NamespaceModel.h"
#include "ui/panels/FileDetailsPanel.h"
#include "ui/verify/VerifyPanel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace famscope;
using namespace famscope::ui;

namespace {

const struct {
    std::string bytes;
    QString shown;
} names[] = {{"\xff\xfe", QStringLiteral("\\xff\\xfe")},
             {"a\nb", QStringLiteral("a\\x0ab")},
             {"title\x1b]0;x\x07", QStringLiteral("title\\x1b]0;x\\x07")},
             {"back\\slash", QStringLiteral("back\\\\slash")},
             {"caf\xc3\xa9", QStringLiteral("caf\u00e9")}};

// An image holding one file of each name, loaded as the window loads it.
LoadResult loadHostileImage(const QTemporaryDir& dir) {
    std::vector<hostile::File> files;
    for (const auto& n : names)
        files.push_back({n.bytes});
    return loadSnapshotNow({hostile::write(dir, hostile::image(files, "/dev/dax0.0")), false});
}

} // namespace

class TestHostileNames : public QObject {
    Q_OBJECT
private slots:
    void namesAreShownEscapedAndReachable() {
        QTemporaryDir dir;
        const LoadResult loaded = loadHostileImage(dir);
        QVERIFY2(loaded.snapshot, qPrintable(loaded.error));

        NamespaceModel model;
        QAbstractItemModelTester tester(&model);
        model.setSnapshot(loaded.snapshot);
        QCOMPARE(model.rowCount({}), int(std::size(names)));
        SelectionModel selection;
        FileDetailsPanel details(&selection);
        details.setSnapshot(loaded.snapshot);
        for (const auto& n : names) {
            const QModelIndex index = model.indexForPath(n.shown);
            QVERIFY2(index.isValid(), qPrintable(n.shown));
            QCOMPARE(index.data().toString(), n.shown);
            QCOMPARE(index.data(PathRole).toString(), n.shown);
            QVERIFY(model.fileAt(index));
            QCOMPARE(model.fileAt(index)->path, n.bytes);
            selection.setCurrentPath(n.shown);
            QCOMPARE(uitest::part<ExtentModel>(details)->rowCount({}), 1); // its one extent
        }
    }

    // Each file holds the pattern of kHostileSeed: "all files" must find every one of them.
    void verifyAllFilesFindsEachName() {
        QTemporaryDir dir;
        const LoadResult loaded = loadHostileImage(dir);
        QVERIFY2(loaded.snapshot, qPrintable(loaded.error));
        SelectionModel selection;
        VerifyPanel panel(&selection);
        panel.setSnapshot(loaded.snapshot);
        panel.addAllFiles();
        auto* table = uitest::part<QTableWidget>(panel, QStringLiteral("verifyTable"));
        QCOMPARE(table->rowCount(), int(std::size(names)));
        QStringList listed;
        for (int row = 0; row < table->rowCount(); ++row) {
            listed << table->item(row, VerifyPanel::FileColumn)->text();
            table->item(row, VerifyPanel::SeedColumn)
                ->setText(QString::number(hostile::kHostileSeed));
        }
        for (const auto& n : names)
            QVERIFY2(listed.contains(n.shown), qPrintable(n.shown + " in " + listed.join(", ")));

        QSignalSpy outcomes(uitest::part<VerifyJob>(panel), &VerifyJob::outcome);
        QSignalSpy finished(uitest::part<VerifyJob>(panel), &VerifyJob::finished);
        panel.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(outcomes.size(), int(std::size(names)));
        for (const auto& args : outcomes) {
            const auto r = args.at(0).value<VerifyOutcome>();
            QVERIFY2(r.ok(), qPrintable(r.path + ": " + r.error));
        }
    }
};

QTEST_MAIN(TestHostileNames)
#include "tst_hostile_names.moc"
