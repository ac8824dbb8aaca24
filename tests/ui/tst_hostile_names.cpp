// Names that are not UTF-8 or hold control characters, in the window: the namespace tree
// shows them escaped (as the CLI does), and selecting one reaches its file, whose bytes
// QString::fromStdString would have turned into U+FFFD.
#include "HostileImage.h"
#include "WindowParts.h"

#include "ui/SelectionModel.h"
#include "ui/document/SnapshotLoader.h"
#include "ui/models/ExtentModel.h"
#include "ui/models/ModelRoles.h"
#include "ui/models/NamespaceModel.h"
#include "ui/panels/FileDetailsPanel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace famscope;
using namespace famscope::ui;

class TestHostileNames : public QObject {
    Q_OBJECT
private slots:
    void namesAreShownEscapedAndReachable() {
        QTemporaryDir dir;
        const struct {
            std::string bytes;
            QString shown;
        } names[] = {{"\xff\xfe", QStringLiteral("\\xff\\xfe")},
                     {"a\nb", QStringLiteral("a\\x0ab")},
                     {"title\x1b]0;x\x07", QStringLiteral("title\\x1b]0;x\\x07")},
                     {"back\\slash", QStringLiteral("back\\\\slash")},
                     {"caf\xc3\xa9", QStringLiteral("caf\u00e9")}};
        std::vector<hostile::File> files;
        for (const auto& n : names)
            files.push_back({n.bytes});
        const QString img = hostile::write(dir, hostile::image(files, "/dev/dax0.0"));
        const LoadResult loaded = loadSnapshotNow({img, false});
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
};

QTEST_MAIN(TestHostileNames)
#include "tst_hostile_names.moc"
