// The text and JSON the commands that write print (report/EditOutput.h): the backup line first
// when a backup was taken, names escaped as every text output escapes them, each kind of cp item,
// and the keys scripts read.
#include "core/report/EditOutput.h"
#include "core/report/PlacementText.h"

#include <QTest>

using namespace famscope;

class TestEditOutput : public QObject {
    Q_OBJECT
private slots:
    void mkdirNamesEachDirectoryAndTheBackup() {
        edit::MkdirResult r;
        r.created = {"a", "a/b\x1b"};
        r.entries = {4, 5};
        QCOMPARE(report::mkdirText(r, 0750, "/tmp/img.backup"),
                 std::string("backup of the metadata region: /tmp/img.backup\n"
                             "created directory a (mode 0750, log entry 4)\n"
                             "created directory a/b\\x1b (mode 0750, log entry 5)\n"));
        QCOMPARE(report::mkdirJson(r, ""), std::string("{\n"
                                                       "  \"created\": [\n"
                                                       "    {\n"
                                                       "      \"path\": \"a\",\n"
                                                       "      \"entry\": 4\n"
                                                       "    },\n"
                                                       "    {\n"
                                                       "      \"path\": \"a/b\\u001b\",\n"
                                                       "      \"entry\": 5\n"
                                                       "    }\n"
                                                       "  ],\n"
                                                       "  \"backup\": \"\"\n"
                                                       "}\n"));
        QCOMPARE(report::mkdirText(edit::MkdirResult{}, 0755, ""),
                 std::string("nothing to do: the directory exists\n"));
    }

    void copyTellsEachKindOfItem() {
        edit::CopyResult r;
        r.items.push_back({"/h/d", "d", true, false, 0, 7, ""});
        r.items.push_back({"/h/d/f", "d/f", false, false, 10, 8, ""});
        r.items.push_back({"/h/d/e", "d/e", false, true, 0, 0, "empty file"});
        r.items.push_back({"/h/d/l", "d/l", false, false, 0, 0, "dangling link"});
        QCOMPARE(report::copyText(r, ""),
                 std::string("created directory d (log entry 7)\n"
                             "copied /h/d/f -> d/f (10 bytes, log entry 8)\n"
                             "skipped empty file /h/d/e\n"
                             "skipped /h/d/l: dangling link\n"));
        const std::string json = report::copyJson(r, "b");
        // An item that was copied has its entry; one that was skipped says why instead.
        QVERIFY(json.find("\"dest\": \"d/f\",\n      \"directory\": false,\n      "
                          "\"skipped_empty\": false,\n      \"size\": 10,\n      \"entry\": 8\n") !=
                std::string::npos);
        QVERIFY(json.find("\"size\": 0,\n      \"skipped\": \"dangling link\"\n") !=
                std::string::npos);
        const std::string end = "\"backup\": \"b\"\n}\n";
        QVERIFY(json.size() > end.size() &&
                json.compare(json.size() - end.size(), end.size(), end) == 0);
    }

    void creatSaysTheSeedOnlyWhenDataWasWritten() {
        edit::CreatResult r;
        r.path = "f";
        r.entryIndex = 3;
        edit::CreatOptions o;
        o.size = 4096;
        o.mode = 0644;
        o.dataSeed = 42;
        const std::string placement = report::placementText(r.placement, "\t");
        QCOMPARE(report::creatText(r, o, ""),
                 "created f: 4096 bytes, mode 0644, log entry 3\n" + placement);
        r.dataWritten = true;
        QCOMPARE(report::creatText(r, o, ""), "created f: 4096 bytes, mode 0644, log entry 3\n" +
                                                  placement +
                                                  "randomized 4096 bytes with seed 42\n");
        QCOMPARE(report::creatPlanText(r.placement), "placement (nothing written):\n" + placement);
    }

    void restoreSaysHowMuchWasPutBack() {
        edit::BackupInfo info;
        info.regionLength = 10485760;
        info.createdUnix = 1700000000;
        QCOMPARE(report::restoreText(info, "img"),
                 std::string("restored 10485760 bytes of metadata to img\n"));
        QCOMPARE(
            report::restoreJson(info),
            std::string("{\n  \"restored_bytes\": 10485760,\n  \"created_unix\": 1700000000\n}\n"));
    }

    void mkfsNamesTheImageItCreated() {
        edit::MkfsResult r;
        r.createdImage = true;
        r.sb.ddSize = 1 << 30;
        r.notes = {"note one"};
        const std::string text = report::mkfsText("new.img", r);
        QVERIFY(text.rfind("created image new.img (1073741824 bytes, sparse)\n"
                           "made famfs on new.img\n",
                           0) == 0);
        QVERIFY(text.find("  device size:       1073741824\n") != std::string::npos);
        QVERIFY(text.size() > 16 && text.compare(text.size() - 15, 15, "note: note one\n") == 0);
    }
};

QTEST_GUILESS_MAIN(TestEditOutput)
#include "tst_edit_output.moc"
