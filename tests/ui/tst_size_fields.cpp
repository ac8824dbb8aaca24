// The window's size fields (Create file, New image) and the hex panel's go-to line read sizes
// with the command line's grammar (report::parseSize): "010" is ten everywhere, and T works
// in the hex panel as on the command line.
#include "core/report/SizeText.h"
#include "ui/edit/EditInput.h"
#include "ui/panels/HexPanel.h"

#include <QTest>

using namespace famscope;

class TestSizeFields : public QObject {
    Q_OBJECT
private slots:
    void fieldsReadTheCliGrammar();
};

void TestSizeFields::fieldsReadTheCliGrammar() {
    QCOMPARE(ui::parseSizeText(QStringLiteral("010")), std::optional<uint64_t>(10));
    QCOMPARE(ui::HexPanel::parseOffset(QStringLiteral("010")), std::optional<uint64_t>(10));
    QCOMPARE(ui::HexPanel::parseOffset(QStringLiteral("1T")), std::optional<uint64_t>(1ULL << 40));
    QCOMPARE(ui::HexPanel::parseOffset(QStringLiteral("2MiB")), std::optional<uint64_t>(2 << 20));
    for (const char* text : {"4096", "010", "0x1B", "4k", "4KiB", "2T", " 7M ", "0x", "zz", "-1",
                             "18446744073709551616", "16777216T"}) {
        const auto expected = report::parseSize(text);
        QCOMPARE(ui::parseSizeText(QString::fromLatin1(text)), expected);
        QCOMPARE(ui::HexPanel::parseOffset(QString::fromLatin1(text)), expected);
    }
}

QTEST_MAIN(TestSizeFields)
#include "tst_size_fields.moc"
