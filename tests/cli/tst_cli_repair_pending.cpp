// An interrupted repair through the real binary: every read command says so first (one
// warning line on stderr, a `repair_pending` object in --json) and keeps its own exit status;
// fsck fails the target with REPAIR_PENDING although the log it reads is clean; a damaged
// intent file is reported as REPAIR_INTENT_UNREADABLE; writes are refused; `famscope repair`
// finishes the repair and everything is quiet again.
#include "CliRun.h"
#include "InterruptedRepair.h"

#include "core/repair/PendingRepair.h"

#include <QJsonArray>
#include <QTest>

using cli::Run;

namespace {

const QString kPending = QStringLiteral("an interrupted repair is pending");
const QString kUnreadable = QStringLiteral("its intent file cannot be read");

// The read commands on the image (files "d" and "d/a" are visible in the interrupted state).
QList<QStringList> readCommands(const QString& img) {
    const QString file = QStringLiteral("d/a");
    return {
        {QStringLiteral("info"), img},
        {QStringLiteral("ls"), img, QStringLiteral("-l")},
        {QStringLiteral("log"), img},
        {QStringLiteral("getmap"), img, file},
        {QStringLiteral("resolve"), img, file, QStringLiteral("0")},
        {QStringLiteral("verify"), img, file, QStringLiteral("-S"), QStringLiteral("3")},
    };
}

QStringList fsckArgs(const TempImage& t, QStringList more = {}) {
    return QStringList{QStringLiteral("fsck"), QString::fromStdString(t.img),
                       QStringLiteral("--system-uuid-file"), QString::fromStdString(t.suuid)} +
           more;
}

// The codes of the errors and warnings (the notes about a small test image left out).
QSet<QString> codes(const QJsonObject& fsckJson) {
    QSet<QString> out;
    for (const QJsonValue& f : fsckJson.value(QStringLiteral("findings")).toArray())
        if (f.toObject().value(QStringLiteral("severity")).toString() != QLatin1String("info"))
            out.insert(f.toObject().value(QStringLiteral("code")).toString());
    return out;
}

} // namespace

class TestCliRepairPending : public QObject {
    Q_OBJECT
private slots:
    void readCommandsReportIt();
    void fsckFailsIt();
    void damagedIntentIsReported();
    void writesAreRefusedUntilRepairFinishesIt();
};

void TestCliRepairPending::readCommandsReportIt() {
    TempImage t;
    interrupted::populateAndDamage(t);
    const QString img = QString::fromStdString(t.img);
    // Each command's exit status on the intact image: a pending repair does not change it.
    std::vector<int> quietExit;
    for (const QStringList& args : readCommands(img)) {
        const Run r = cli::famscope(args);
        QVERIFY2(!r.err.contains(kPending.toUtf8()), r.err.constData());
        quietExit.push_back(r.exitCode);
    }
    const InterruptedRepair ir = interruptRepair(t, 1);
    int i = 0;
    for (const QStringList& args : readCommands(img)) {
        Run r = cli::famscope(args);
        const QByteArray first = r.err.split('\n').value(0);
        QVERIFY2(first.startsWith("famscope: " + img.toUtf8() + ": warning: " + kPending.toUtf8()),
                 qPrintable(args.join(' ') + QStringLiteral(": ") + QString::fromUtf8(r.err)));
        QVERIFY2(first.contains(("famscope repair " + t.img).c_str()) &&
                     first.contains(("famscope restore " + ir.backup + " " + t.img).c_str()),
                 first.constData());
        QCOMPARE(r.exitCode, quietExit[size_t(i++)]);

        r = cli::famscope(args + QStringList{QStringLiteral("--json")});
        const QJsonObject pending = r.json().value(QStringLiteral("repair_pending")).toObject();
        QVERIFY2(!pending.isEmpty(), qPrintable(args.join(' ') + QString::fromUtf8(r.out)));
        QCOMPARE(pending.value(QStringLiteral("stores")).toInteger(), qint64(ir.stores));
        QCOMPARE(pending.value(QStringLiteral("backup_file")).toString().toStdString(), ir.backup);
        QCOMPARE(pending.value(QStringLiteral("intent_file")).toString().toStdString(), ir.intent);
        QVERIFY(pending.value(QStringLiteral("unreadable")).isNull());
    }
}

void TestCliRepairPending::fsckFailsIt() {
    TempImage t;
    interrupted::populateAndDamage(t);
    const InterruptedRepair ir = interruptRepair(t, 1);
    Run r = cli::famscope(fsckArgs(t));
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.out.contains("REPAIR_PENDING"), r.out.constData());
    r = cli::famscope(fsckArgs(t, {QStringLiteral("--json")}));
    QCOMPARE(r.exitCode, 4);
    QCOMPARE(codes(r.json()), QSet<QString>{QStringLiteral("REPAIR_PENDING")});
    QCOMPARE(r.json()
                 .value(QStringLiteral("repair_pending"))
                 .toObject()
                 .value(QStringLiteral("stores"))
                 .toInteger(),
             qint64(ir.stores));
}

void TestCliRepairPending::damagedIntentIsReported() {
    TempImage t;
    interrupted::populateAndDamage(t);
    const InterruptedRepair ir = interruptRepair(t, 1);
    damageIntentFile(ir.intent);
    const QString img = QString::fromStdString(t.img);
    for (const QStringList& args : readCommands(img)) {
        Run r = cli::famscope(args);
        QVERIFY2(r.err.split('\n').value(0).contains(kUnreadable.toUtf8()),
                 qPrintable(args.join(' ') + QStringLiteral(": ") + QString::fromUtf8(r.err)));
        r = cli::famscope(args + QStringList{QStringLiteral("--json")});
        const QJsonObject pending = r.json().value(QStringLiteral("repair_pending")).toObject();
        QVERIFY2(
            pending.value(QStringLiteral("unreadable")).toString().contains(QStringLiteral("CRC")),
            r.out.constData());
    }
    Run r = cli::famscope(fsckArgs(t, {QStringLiteral("--json")}));
    QCOMPARE(r.exitCode, 4);
    QCOMPARE(codes(r.json()), QSet<QString>{QStringLiteral("REPAIR_INTENT_UNREADABLE")});
}

void TestCliRepairPending::writesAreRefusedUntilRepairFinishesIt() {
    TempImage t;
    interrupted::populateAndDamage(t);
    const InterruptedRepair ir = interruptRepair(t, 1);
    const QString img = QString::fromStdString(t.img);
    const QString suuid = QString::fromStdString(t.suuid);
    const auto before = interrupted::metadata(t.img);
    Run r =
        cli::famscope({QStringLiteral("mkdir"), img, QStringLiteral("x"),
                       QStringLiteral("--system-uuid-file"), suuid, QStringLiteral("--no-backup")});
    QCOMPARE(r.exitCode, 7);
    QVERIFY2(r.err.contains(kPending.toUtf8()), r.err.constData());
    QVERIFY(interrupted::metadata(t.img) == before);

    r = cli::famscope({QStringLiteral("repair"), img, QStringLiteral("--recover"),
                       QStringLiteral("--yes"), QStringLiteral("--system-uuid-file"), suuid});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(!famscope::repair::findPendingRepair(ir.intent));
    r = cli::famscope(fsckArgs(t));
    QVERIFY2(r.exitCode == 0, r.out.constData());
    r = cli::famscope({QStringLiteral("info"), img});
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    r = cli::famscope({QStringLiteral("mkdir"), img, QStringLiteral("x"),
                       QStringLiteral("--system-uuid-file"), suuid, QStringLiteral("--no-backup")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliRepairPending)
#include "tst_cli_repair_pending.moc"
