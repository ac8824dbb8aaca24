// The Verify tab on real famfs images: every seeded file of a golden image holds its pattern;
// in a copy with one data byte flipped (found through the resolver) the file is reported at
// that 4-byte word, its file is selected and the hex view lands on the byte's device offset;
// Cancel stops a long run early; a pasted "path seed" list fills the table or names its bad
// line. Also the progress hook of verifyPattern itself.
#include "ImageCopy.h"
#include "TempDir.h"
#include "UiTestSupport.h"
#include "WindowParts.h"

#include "core/edit/PatternIo.h"
#include "core/fs/Resolver.h"
#include "ui/SelectionModel.h"
#include "ui/document/Document.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/panels/HexPanel.h"
#include "ui/verify/VerifyPanel.h"
#include "ui/views/HexView.h"

#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>

#include <atomic>

using namespace famscope;
using namespace famscope::ui;

namespace {

const QString kImage = QStringLiteral("a02-files");

struct Seeded {
    QString path;
    uint64_t seed = 0;
    uint64_t size = 0;
};

std::vector<Seeded> seededFiles(const QString& image) {
    const QJsonArray files = golden::manifestImage(image)
                                 .value(QLatin1String("namespace"))
                                 .toObject()
                                 .value(QLatin1String("replay"))
                                 .toObject()
                                 .value(QLatin1String("files"))
                                 .toArray();
    std::vector<Seeded> out;
    for (const auto& v : files) {
        const QJsonObject f = v.toObject();
        if (!f.contains(QLatin1String("seed")) || f.value(QLatin1String("seed")).isNull())
            continue;
        out.push_back({f.value(QLatin1String("path")).toString(),
                       golden::number(f.value(QLatin1String("seed"))),
                       golden::number(f.value(QLatin1String("size")))});
    }
    return out;
}

QString seedList(const std::vector<Seeded>& files) {
    QString text;
    for (const Seeded& f : files)
        text += f.path + QLatin1Char(' ') + QString::number(f.seed) + QLatin1Char('\n');
    return text;
}

// Runs the panel and collects the outcomes in order.
std::vector<VerifyOutcome> runPanel(VerifyPanel& panel) {
    QSignalSpy outcomes(uitest::part<VerifyJob>(panel), &VerifyJob::outcome);
    QSignalSpy finished(uitest::part<VerifyJob>(panel), &VerifyJob::finished);
    panel.start();
    if (!finished.wait(120000))
        qFatal("verify did not finish");
    std::vector<VerifyOutcome> out;
    for (const auto& args : outcomes)
        out.push_back(args.at(0).value<VerifyOutcome>());
    return out;
}

} // namespace

class TestVerifyPanel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        uitest::useOwnSettings("verify-panel");
        QVERIFY(seededFiles(kImage).size() >= 5);
    }
    void goldenSeededFilesPass();
    void wrongSeedAndMissingFileFail();
    void corruptedCopyJumpsToTheBadWord();
    void cancelStopsEarly();
    void patternProgressCancels();
    void seedListParsing();
};

void TestVerifyPanel::goldenSeededFilesPass() {
    SelectionModel selection;
    VerifyPanel panel(&selection);
    panel.setSnapshot(uitest::loadImage(kImage));
    const auto files = seededFiles(kImage);
    QCOMPARE(panel.setSeedList(seedList(files)), QString());
    QCOMPARE(uitest::part<QTableWidget>(panel, QStringLiteral("verifyTable"))->rowCount(),
             int(files.size()));
    const auto outcomes = runPanel(panel);
    QCOMPARE(outcomes.size(), files.size());
    for (size_t i = 0; i < files.size(); ++i) {
        QCOMPARE(outcomes[i].path, files[i].path);
        QVERIFY2(outcomes[i].ok(),
                 qPrintable(files[i].path + QLatin1Char(' ') + outcomes[i].error));
        QCOMPARE(outcomes[i].bytesVerified, files[i].size);
    }
    QCOMPARE(uitest::part<QProgressBar>(panel, QStringLiteral("verifyProgress"))->value(), 1000);
    QVERIFY(uitest::part<QLabel>(panel, QStringLiteral("verifyStatus"))
                ->text()
                .contains(QString::number(files.size())));
}

void TestVerifyPanel::wrongSeedAndMissingFileFail() {
    SelectionModel selection;
    VerifyPanel panel(&selection);
    panel.setSnapshot(uitest::loadImage(kImage));
    const Seeded f = seededFiles(kImage).front();
    QCOMPARE(panel.setSeedList(f.path + QStringLiteral(" ") + QString::number(f.seed + 1) +
                               QStringLiteral("\nno/such/file 7\n")),
             QString());
    panel.addFile(QStringLiteral("unseeded")); // no seed: skipped, not run
    const auto outcomes = runPanel(panel);
    QCOMPARE(outcomes.size(), size_t{2});
    QCOMPARE(outcomes[0].mismatchOffset, std::optional<uint64_t>(0));
    QVERIFY(outcomes[0].deviceOffset.has_value());
    QVERIFY(!outcomes[1].error.isEmpty());
    QCOMPARE(uitest::part<QTableWidget>(panel, QStringLiteral("verifyTable"))
                 ->item(2, VerifyPanel::ResultColumn)
                 ->text(),
             VerifyPanel::tr("skipped: no seed"));
}

void TestVerifyPanel::corruptedCopyJumpsToTheBadWord() {
    QTemporaryDir dir;
    const QString img = uitest::copyImage(kImage, tempPath(dir, QStringLiteral("copy.img")));
    // The largest seeded file; a byte in the middle of one of its words, past the first extent
    // boundary when it has several.
    std::vector<Seeded> files = seededFiles(kImage);
    const Seeded target =
        *std::max_element(files.begin(), files.end(),
                          [](const Seeded& a, const Seeded& b) { return a.size < b.size; });
    const auto snapshot = uitest::loadImage(kImage);
    const fs::FsFile* file = snapshot->ns.findFile(target.path.toStdString());
    QVERIFY(file);
    const uint64_t fileOffset = (target.size * 2 / 3) & ~uint64_t{3};
    const auto run = fs::resolve(file->map, file->size, fileOffset + 1, 1);
    QVERIFY(run);
    {
        QFile f(img);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(qint64(run->deviceOffset)));
        char byte = 0;
        QVERIFY(f.getChar(&byte));
        QVERIFY(f.seek(qint64(run->deviceOffset)));
        QVERIFY(f.putChar(static_cast<char>(byte ^ 0x5a)));
    }

    MainWindow w;
    QSignalSpy loaded(uitest::part<Document>(w), &Document::loaded);
    w.openPath(img);
    QVERIFY(loaded.wait(20000));
    QVERIFY(w.selectView(QStringLiteral("verify")));
    VerifyPanel* panel = uitest::part<VerifyPanel>(w);
    QCOMPARE(panel->setSeedList(seedList(files)), QString());
    const auto outcomes = runPanel(*panel);
    QCOMPARE(outcomes.size(), files.size());
    for (const VerifyOutcome& o : outcomes) {
        if (o.path != target.path) {
            QVERIFY2(o.ok(), qPrintable(o.path));
            continue;
        }
        QCOMPARE(o.mismatchOffset, std::optional<uint64_t>(fileOffset));
        QCOMPARE(o.deviceOffset, std::optional<uint64_t>(run->deviceOffset - 1));
    }
    // The first mismatch moved the hex view there and selected the file.
    QCOMPARE(uitest::part<HexView>(*uitest::part<HexPanel>(w))->cursorOffset(),
             run->deviceOffset - 1);
    QCOMPARE(uitest::part<SelectionModel>(w)->currentPath(), target.path);
    QVERIFY(uitest::part<QLabel>(*panel, QStringLiteral("verifyStatus"))
                ->text()
                .contains(QLatin1Char('1')));

    // Double-clicking the row after looking elsewhere goes back to it.
    uitest::part<HexPanel>(w)->showBytes(0, 0);
    int row = -1;
    for (int r = 0;
         r < uitest::part<QTableWidget>(*panel, QStringLiteral("verifyTable"))->rowCount(); ++r)
        if (uitest::part<QTableWidget>(*panel, QStringLiteral("verifyTable"))
                ->item(r, VerifyPanel::FileColumn)
                ->text() == target.path)
            row = r;
    QVERIFY(row >= 0);
    panel->jumpToRow(row);
    QCOMPARE(uitest::part<HexView>(*uitest::part<HexPanel>(w))->cursorOffset(),
             run->deviceOffset - 1);
}

void TestVerifyPanel::cancelStopsEarly() {
    const auto snapshot = uitest::loadImage(kImage);
    std::vector<Seeded> files = seededFiles(kImage);
    const Seeded big =
        *std::max_element(files.begin(), files.end(),
                          [](const Seeded& a, const Seeded& b) { return a.size < b.size; });
    QList<VerifyItem> items;
    for (int i = 0; i < 400; ++i) // gigabytes: far longer than the cancel takes to arrive
        items.push_back({big.path, big.seed});
    VerifyJob job;
    QSignalSpy outcomes(&job, &VerifyJob::outcome);
    QSignalSpy finished(&job, &VerifyJob::finished);
    job.start(snapshot, items);
    QVERIFY(job.running());
    job.cancel();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY2(outcomes.size() < items.size(), qPrintable(QString::number(outcomes.size())));
}

void TestVerifyPanel::patternProgressCancels() {
    const auto snapshot = uitest::loadImage(kImage);
    std::vector<Seeded> files = seededFiles(kImage);
    const Seeded big =
        *std::max_element(files.begin(), files.end(),
                          [](const Seeded& a, const Seeded& b) { return a.size < b.size; });
    QVERIFY(big.size > 3 * 65536);
    const fs::FsFile* file = snapshot->ns.findFile(big.path.toStdString());
    QVERIFY(file);

    edit::PatternOptions options;
    options.threads = 1;
    options.windowBytes = 65536;
    std::atomic<uint64_t> seen{0};
    options.progress = [&](uint64_t bytes) {
        seen += bytes;
        return true;
    };
    auto all = edit::verifyPattern(snapshot->media(), file->map, file->size, big.seed, options);
    QVERIFY(all && all->ok());
    QCOMPARE(seen.load(), big.size); // every byte reported once

    int calls = 0;
    options.progress = [&](uint64_t) { return ++calls < 2; };
    auto stopped = edit::verifyPattern(snapshot->media(), file->map, file->size, big.seed, options);
    QVERIFY(stopped);
    QVERIFY(stopped->cancelled);
    QVERIFY(!stopped->ok());
    QVERIFY(!stopped->mismatchOffset);
    QCOMPARE(calls, 2); // stopped right at the window that asked
}

void TestVerifyPanel::seedListParsing() {
    QString error;
    const auto items =
        parseSeedList(QStringLiteral("# comment\n\n/a/b 42\ndir with space/f 0x10\n"), &error);
    QVERIFY(items);
    QCOMPARE(items->size(), 2);
    QCOMPARE(items->at(0).path, QStringLiteral("a/b"));
    QCOMPARE(items->at(0).seed, uint64_t{42});
    QCOMPARE(items->at(1).path, QStringLiteral("dir with space/f"));
    QCOMPARE(items->at(1).seed, uint64_t{16});
    QVERIFY(!parseSeedList(QStringLiteral("a 1\nb notanumber\n"), &error));
    QVERIFY2(error.contains(QLatin1String("2")), qPrintable(error));

    SelectionModel selection;
    VerifyPanel panel(&selection);
    panel.setSnapshot(uitest::loadImage(kImage));
    QVERIFY(!panel.setSeedList(QStringLiteral("only-a-path\n")).isEmpty());
    QCOMPARE(uitest::part<QTableWidget>(panel, QStringLiteral("verifyTable"))->rowCount(), 0);
    selection.setCurrentPath(seededFiles(kImage).front().path);
    panel.addCurrentFile();
    panel.addAllFiles(); // no duplicate of the selected file
    QCOMPARE(uitest::part<QTableWidget>(panel, QStringLiteral("verifyTable"))->rowCount(),
             int(uitest::loadImage(kImage)->ns.files.size()));
}

QTEST_MAIN(TestVerifyPanel)
#include "tst_verify_panel.moc"
