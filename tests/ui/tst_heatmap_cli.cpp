// `famscope heatmap` end to end on golden images, as a user runs it without a display: the PNG
// and SVG it writes load back, show what the image holds (collisions only where there are
// any), and bad command lines and targets fail with the CLI's usual exit statuses.
#include "CliRun.h"
#include "GoldenImages.h"
#include "TempDir.h"
#include "ui/views/HeatmapColours.h"

#include <QFile>
#include <QImage>
#include <QMap>
#include <QTest>
#include <QXmlStreamReader>

using cli::Run;
namespace colours = famscope::ui::heatmapcolours;

namespace {

QString image(const char* name) {
    return golden::imagePath(QLatin1String(name));
}

bool contains(const QImage& img, const QColor& c) {
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x)
            if (img.pixel(x, y) == c.rgb())
                return true;
    return false;
}

qsizetype countOf(const QImage& img, const QColor& c) {
    qsizetype n = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x)
            n += img.pixel(x, y) == c.rgb() ? 1 : 0;
    return n;
}

} // namespace

class TestHeatmapCli : public QObject {
    Q_OBJECT
private slots:
    // --mode reaches the GUI library as report::HeatmapColour: fsck colours allocated units by
    // severity (clean ones in their own colour), owner by file, age by log entry.
    void eachModeColoursItsOwnWay() {
        QTemporaryDir dir;
        QMap<QString, QImage> pictures;
        for (const QString& mode :
             {QStringLiteral("owner"), QStringLiteral("age"), QStringLiteral("fsck")}) {
            const QString png = tempPath(dir, mode + QStringLiteral(".png"));
            const Run r = cli::famscope({QStringLiteral("heatmap"), image("a02-files"),
                                         QStringLiteral("--png"), png, QStringLiteral("--mode"),
                                         mode, QStringLiteral("--json")});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QCOMPARE(r.json().value(QStringLiteral("mode")).toString(), mode);
            QVERIFY(pictures[mode].load(png, "PNG"));
        }
        QVERIFY(contains(pictures[QStringLiteral("fsck")], colours::allocatedClean()));
        QVERIFY(!contains(pictures[QStringLiteral("owner")], colours::allocatedClean()));
        QVERIFY(!contains(pictures[QStringLiteral("age")], colours::allocatedClean()));
        QVERIFY(contains(pictures[QStringLiteral("owner")], colours::file(0)) ||
                contains(pictures[QStringLiteral("owner")], colours::file(1)));
        QVERIFY(pictures[QStringLiteral("owner")] != pictures[QStringLiteral("age")]);
    }

    void writesPngAndSvg() {
        QTemporaryDir dir;
        const QString png = tempPath(dir, QStringLiteral("a10.png"));
        const QString svg = tempPath(dir, QStringLiteral("a10.svg"));
        const Run r = cli::famscope({QStringLiteral("heatmap"), image("a10-crosslinked"),
                                     QStringLiteral("--png"), png, QStringLiteral("--svg"), svg,
                                     QStringLiteral("--width"), QStringLiteral("800"),
                                     QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QStringLiteral("png")).toString(), png);
        QCOMPARE(r.json().value(QStringLiteral("width")).toInt(), 800);
        QImage picture;
        QVERIFY(picture.load(png, "PNG"));
        QCOMPARE(picture.width(), 800);
        QVERIFY(contains(picture, colours::metadata()));
        QVERIFY(contains(picture, colours::collision())); // a10 is cross-linked

        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        QString root;
        while (!xml.atEnd())
            if (xml.readNext() == QXmlStreamReader::StartElement && root.isEmpty())
                root = xml.name().toString();
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(root, QStringLiteral("svg"));
    }

    void collisionsOnlyWhereThereAreSome() {
        QTemporaryDir dir;
        // The legend shows the collision colour too: compare the same-size pictures.
        QImage pictures[2];
        const char* names[] = {"a02-files", "a10-crosslinked"};
        for (int i = 0; i < 2; ++i) {
            const QString png = tempPath(dir, QLatin1String(names[i]) + QStringLiteral(".png"));
            const Run r = cli::famscope(
                {QStringLiteral("heatmap"), image(names[i]), QStringLiteral("--png"), png});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QVERIFY(pictures[i].load(png, "PNG"));
            QCOMPARE(pictures[i].width(), 1200); // the default
        }
        QVERIFY(countOf(pictures[1], colours::collision()) >
                countOf(pictures[0], colours::collision()));
        // Before any entry only the superblock and log are allocated: no file colour at all.
        const QString empty = tempPath(dir, QStringLiteral("empty.png"));
        QCOMPARE(
            cli::famscope({QStringLiteral("heatmap"), image("a02-files"), QStringLiteral("--png"),
                           empty, QStringLiteral("--entries"), QStringLiteral("0"),
                           QStringLiteral("--mode"), QStringLiteral("age")})
                .exitCode,
            0);
        const QString all = tempPath(dir, QStringLiteral("all.png"));
        QCOMPARE(
            cli::famscope({QStringLiteral("heatmap"), image("a02-files"), QStringLiteral("--png"),
                           all, QStringLiteral("--mode"), QStringLiteral("age")})
                .exitCode,
            0);
        QImage before, after;
        QVERIFY(before.load(empty, "PNG"));
        QVERIFY(after.load(all, "PNG"));
        QVERIFY(contains(before, colours::metadata()));
        QVERIFY(countOf(before, colours::free()) > countOf(after, colours::free()));
    }

    void errors() {
        QTemporaryDir dir;
        const QString png = tempPath(dir, QStringLiteral("x.png"));
        const Run help = cli::famscope({QStringLiteral("heatmap"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--png"));
        QVERIFY(cli::famscope({QStringLiteral("--help")}).out.contains("heatmap TARGET"));
        QCOMPARE(cli::famscope({QStringLiteral("heatmap"), image("a02-files")}).exitCode, 1);
        QCOMPARE(
            cli::famscope({QStringLiteral("heatmap"), image("a02-files"), QStringLiteral("--png"),
                           png, QStringLiteral("--mode"), QStringLiteral("rainbow")})
                .exitCode,
            1);
        QCOMPARE(
            cli::famscope({QStringLiteral("heatmap"), image("a02-files"), QStringLiteral("--png"),
                           png, QStringLiteral("--width"), QStringLiteral("5")})
                .exitCode,
            1);
        QCOMPARE(
            cli::famscope({QStringLiteral("heatmap"), tempPath(dir, QStringLiteral("missing.img")),
                           QStringLiteral("--png"), png})
                .exitCode,
            2);
        QCOMPARE(
            cli::famscope({QStringLiteral("heatmap"), image("a02-files"), QStringLiteral("--png"),
                           png, QStringLiteral("--select"), QStringLiteral("no/such/file")})
                .exitCode,
            6);
        QCOMPARE(
            cli::famscope({QStringLiteral("heatmap"), image("a02-files"), QStringLiteral("--png"),
                           tempPath(dir, QStringLiteral("no/dir/x.png"))})
                .exitCode,
            8); // the picture cannot be written: as any output that cannot be written
    }
};

QTEST_MAIN(TestHeatmapCli)
#include "tst_heatmap_cli.moc"
