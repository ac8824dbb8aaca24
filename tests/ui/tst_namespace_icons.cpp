// The namespace tree's icons are made once per model, not per row: the style builds a new icon
// from its PNG files on every call, and the tree asks for each row's icon when it sizes its
// columns, which made the first paint of a 15,000-file namespace (a06-log-full) wait a second
// on PNG decoding (tests/bench/bench_first_paint, docs/BENCHMARKS.md).
#include "UiTestSupport.h"

#include "ui/models/NamespaceModel.h"

#include <QApplication>
#include <QIcon>

#include <functional>

using namespace famscope::ui;

class TestNamespaceIcons : public QObject {
    Q_OBJECT
private slots:
    void oneIconPerKind() {
        NamespaceModel model;
        model.setSnapshot(uitest::loadImage(QStringLiteral("a03-dirs")));
        QSet<qint64> icons;
        int rows = 0;
        const std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
            for (int r = 0; r < model.rowCount(parent); ++r) {
                const QModelIndex index = model.index(r, NamespaceModel::Name, parent);
                const auto icon = index.data(Qt::DecorationRole).value<QIcon>();
                QVERIFY(!icon.isNull());
                icons.insert(icon.cacheKey());
                ++rows;
                walk(index);
            }
        };
        walk(QModelIndex());
        QVERIFY2(rows >= 4, qPrintable(QString::number(rows)));
        // One for files, one for directories, whatever the number of rows.
        QVERIFY2(icons.size() <= 2,
                 qPrintable(QStringLiteral("%1 icons for %2 rows").arg(icons.size()).arg(rows)));
    }
};

QTEST_MAIN(TestNamespaceIcons)
#include "tst_namespace_icons.moc"
