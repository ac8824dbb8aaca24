// The Resolver tab: on every golden image, for random offsets of every file, the device and
// device offset it shows are fs::resolve()'s; offsets typed as hex, decimal or with a K/M/G
// suffix and clicks on the bar resolve; an out-of-range or unreadable offset says so instead of
// showing a stale answer; the fault-page totals are fs::faultPages()'. With
// FAMSCOPE_RESOLVER_SCREENSHOT=FILE the screenshot test also writes the panel's image there
// (docs/screenshots/update.sh uses it).
#include "UiTestSupport.h"
#include "WindowParts.h"

#include "core/fs/FaultPages.h"
#include "core/fs/Resolver.h"
#include "core/heatmap/ByteBar.h"
#include "ui/SelectionModel.h"
#include "ui/resolve/FileRangeBar.h"
#include "ui/resolve/ResolverPanel.h"
#include "ui/util/ShownText.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRandomGenerator>
#include <QSignalSpy>

#include <limits>

using namespace famscope;
using namespace famscope::ui;

namespace {

QString labelText(const ResolverPanel& panel, const char* name) {
    auto* label = panel.findChild<QLabel*>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QLatin1String(name));
}

void typeOffset(ResolverPanel& panel, const QString& text) {
    uitest::part<QLineEdit>(panel, QStringLiteral("resolverOffset"))->clear();
    QTest::keyClicks(uitest::part<QLineEdit>(panel, QStringLiteral("resolverOffset")), text);
    QTest::keyClick(uitest::part<QLineEdit>(panel, QStringLiteral("resolverOffset")),
                    Qt::Key_Return);
}

// The panel's answer must be the core resolver's, or nothing where that maps nothing.
void compareWithResolver(const ResolverPanel& panel, const fs::FsFile& f, uint64_t offset) {
    const auto run = fs::resolve(f.map, f.size, offset, std::numeric_limits<uint64_t>::max());
    const QString where =
        QString::fromStdString(f.path) + QStringLiteral(" @ ") + QString::number(offset);
    if (!run) {
        QVERIFY2(labelText(panel, "resolvedDevice").isEmpty(), qPrintable(where));
        QVERIFY2(labelText(panel, "resolverMessage").contains(QLatin1String("not mapped")),
                 qPrintable(where));
        return;
    }
    bool ok = false;
    QCOMPARE(labelText(panel, "resolvedDevice").toULongLong(&ok), run->devindex);
    QVERIFY2(ok, qPrintable(where));
    const QString deviceOffset = labelText(panel, "resolvedDeviceOffset");
    QVERIFY2(deviceOffset.startsWith(QLatin1String("0x")), qPrintable(where + deviceOffset));
    QCOMPARE(deviceOffset.mid(2).toULongLong(&ok, 16), run->deviceOffset);
    QVERIFY2(ok, qPrintable(where));
    auto* steps = panel.findChild<QListWidget*>(QStringLiteral("resolverSteps"));
    QVERIFY2(steps && steps->count() > 0, qPrintable(where));
}

const fs::FsFile* fileLargerThan(const Snapshot& s, uint64_t size) {
    for (const fs::FsFile& f : s.ns.files)
        if (f.size > size)
            return &f;
    return nullptr;
}

} // namespace

class TestResolverPanel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { uitest::useOwnSettings("resolver-panel"); }

    void randomOffsetsOfEveryGoldenFile() {
        QRandomGenerator rng(17); // fixed: a failure names an offset that reproduces
        int images = 0;
        uint64_t checked = 0;
        for (const QString& name : golden::imageNames()) {
            const auto result = loadSnapshotNow({golden::imagePath(name), false});
            if (!result.snapshot)
                continue; // images famfs cannot mount either (their test covers them)
            ++images;
            SelectionModel selection;
            ResolverPanel panel(&selection);
            panel.setSnapshot(result.snapshot);
            for (const fs::FsFile& f : result.snapshot->ns.files) {
                if (f.size == 0)
                    continue;
                selection.setCurrentPath(shownText(f.path));
                std::vector<uint64_t> offsets{0, f.size - 1};
                for (int i = 0; i < 2; ++i)
                    offsets.push_back(rng.generate64() % f.size);
                for (uint64_t offset : offsets) {
                    uitest::part<QLineEdit>(panel, QStringLiteral("resolverOffset"))
                        ->setText(QString::number(offset));
                    QTest::keyClick(
                        uitest::part<QLineEdit>(panel, QStringLiteral("resolverOffset")),
                        Qt::Key_Return);
                    compareWithResolver(panel, f, offset);
                    if (QTest::currentTestFailed())
                        return;
                    ++checked;
                }
            }
        }
        QVERIFY2(images > 0, "no golden image loaded");
        QVERIFY2(checked > 1000, qPrintable(QString::number(checked)));
        qInfo("%d images, %llu offsets compared", images, static_cast<unsigned long long>(checked));
    }

    // The hex view follows: the panel hands it the resolved bytes of device 0.
    void resolvedBytesGoToTheHexView() {
        const auto demo = uitest::loadDemo();
        SelectionModel selection;
        ResolverPanel panel(&selection);
        panel.setSnapshot(demo);
        QSignalSpy spy(&panel, &ResolverPanel::showBytes);
        int mapped = 0;
        for (const fs::FsFile& f : demo->ns.files) {
            if (f.size < 3)
                continue;
            selection.setCurrentPath(shownText(f.path));
            const uint64_t offset = f.size / 3;
            spy.clear();
            panel.showOffset(offset);
            const auto run = fs::resolve(f.map, f.size, offset, UINT64_MAX);
            if (!run || run->devindex != 0) {
                QCOMPARE(spy.count(), 0);
                continue;
            }
            QCOMPARE(spy.count(), 1);
            QCOMPARE(spy.at(0).at(0).toULongLong(), run->deviceOffset);
            const uint64_t length = spy.at(0).at(1).toULongLong();
            QVERIFY(length >= 1 && length <= 4096 && length <= run->length);
            QCOMPARE((run->deviceOffset + length - 1) / 4096, run->deviceOffset / 4096);
            ++mapped;
        }
        QVERIFY2(mapped > 3, qPrintable(QString::number(mapped)));
    }

    void typedFormats() {
        const auto demo = uitest::loadDemo();
        const fs::FsFile* f = fileLargerThan(*demo, (uint64_t{1} << 20) + 0x1235);
        QVERIFY(f);
        SelectionModel selection;
        ResolverPanel panel(&selection);
        panel.setSnapshot(demo);
        selection.setCurrentPath(shownText(f->path));
        const std::pair<const char*, uint64_t> cases[] = {
            {"0x1234", 0x1234}, {"4660", 4660}, {"1M", uint64_t{1} << 20}, {"4K", 4096}};
        for (const auto& [text, offset] : cases) {
            typeOffset(panel, QLatin1String(text));
            QCOMPARE(uitest::part<QLineEdit>(panel, QStringLiteral("resolverOffset"))->text(),
                     QStringLiteral("0x") + QString::number(offset, 16));
            compareWithResolver(panel, *f, offset);
        }
    }

    void clickOnTheBar() {
        const auto demo = uitest::loadDemo();
        const fs::FsFile* f = fileLargerThan(*demo, uint64_t{4} << 20);
        QVERIFY(f);
        SelectionModel selection;
        ResolverPanel panel(&selection);
        panel.resize(800, 500);
        panel.setSnapshot(demo);
        selection.setCurrentPath(shownText(f->path));
        FileRangeBar* bar = uitest::part<FileRangeBar>(panel);
        const QPoint middle(bar->width() / 2, bar->height() / 2);
        QTest::mouseClick(bar, Qt::LeftButton, {}, middle);
        const uint64_t offset = heatmap::byteAtPixel(middle.x(), bar->width(), f->size);
        QVERIFY(offset > 0 && offset < f->size);
        QCOMPARE(uitest::part<QLineEdit>(panel, QStringLiteral("resolverOffset"))->text(),
                 QStringLiteral("0x") + QString::number(offset, 16));
        compareWithResolver(panel, *f, offset);
    }

    void outOfRangeAndUnreadable() {
        const auto demo = uitest::loadDemo();
        const fs::FsFile* f = fileLargerThan(*demo, 0);
        QVERIFY(f);
        SelectionModel selection;
        ResolverPanel panel(&selection);
        panel.setSnapshot(demo);
        selection.setCurrentPath(shownText(f->path));
        typeOffset(panel, QStringLiteral("0"));
        QVERIFY(!labelText(panel, "resolvedDevice").isEmpty());
        typeOffset(panel, QString::number(f->size));
        QVERIFY2(labelText(panel, "resolverMessage").contains(QLatin1String("out of range")),
                 qPrintable(labelText(panel, "resolverMessage")));
        QVERIFY(labelText(panel, "resolvedDevice").isEmpty()); // not the previous answer
        typeOffset(panel, QStringLiteral("0"));
        typeOffset(panel, QStringLiteral("12 apples"));
        QVERIFY2(labelText(panel, "resolverMessage").contains(QLatin1String("Cannot read")),
                 qPrintable(labelText(panel, "resolverMessage")));
        QVERIFY(labelText(panel, "resolvedDevice").isEmpty());
        selection.clear();
        QVERIFY(!uitest::part<QLineEdit>(panel, QStringLiteral("resolverOffset"))->isEnabled());
    }

    void pageTotalsAreTheCores() {
        const auto demo = uitest::loadDemo();
        SelectionModel selection;
        ResolverPanel panel(&selection);
        panel.setSnapshot(demo);
        for (const fs::FsFile& f : demo->ns.files) {
            selection.setCurrentPath(shownText(f.path));
            const auto pages = fs::faultPages(f.map, f.size);
            QVERIFY(pages);
            const QString totals = labelText(panel, "resolverPageTotals");
            QVERIFY2(totals.startsWith(QString::number(pages->percent2M()) +
                                       QLatin1String("% of this file")),
                     qPrintable(totals));
        }
    }

    void screenshot() {
        const auto demo = uitest::loadDemo();
        const QString path = QStringLiteral("scratch/stripe-demo-2x");
        const fs::FsFile* f = demo->ns.findFile(pathBytes(path));
        if (!f)
            QSKIP("the demo has no scratch/stripe-demo-2x any more");
        SelectionModel selection;
        ResolverPanel panel(&selection);
        panel.resize(900, 420);
        panel.setSnapshot(demo);
        selection.setCurrentPath(path);
        panel.show();
        panel.showOffset(f->size / 3);
        QVERIFY(!labelText(panel, "resolvedDevice").isEmpty());
        const QImage shot = panel.grab().toImage();
        QCOMPARE(shot.size(), panel.size() * shot.devicePixelRatio());
        // The strip under the bar is coloured: at least one fault-page colour is on the image.
        const QColor twoM = FileRangeBar::pageColour(fs::FaultPage::Page2M);
        const QColor fourK = FileRangeBar::pageColour(fs::FaultPage::Page4K);
        bool coloured = false;
        for (int y = 0; y < shot.height() && !coloured; ++y)
            for (int x = 0; x < shot.width() && !coloured; x += 4)
                coloured = shot.pixelColor(x, y) == twoM || shot.pixelColor(x, y) == fourK;
        QVERIFY(coloured);
        if (const QByteArray out = qgetenv("FAMSCOPE_RESOLVER_SCREENSHOT"); !out.isEmpty())
            QVERIFY(shot.save(QString::fromLocal8Bit(out)));
    }
};

QTEST_MAIN(TestResolverPanel)
#include "tst_resolver_panel.moc"
