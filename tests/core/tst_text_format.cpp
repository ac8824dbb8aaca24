// The pieces every text output is built from (report/TextFormat.h). The percentages of `info`
// and the fault benchmark were formatted by Qt before they moved to core: percentText must
// print what QString::number(x, 'f', 1) prints, exact ties (12.25) included, where printf
// alone would round to even.
#include "core/report/TextFormat.h"

#include <QString>
#include <QTest>

using namespace famscope::report;

class TestTextFormat : public QObject {
    Q_OBJECT
private slots:
    void hexAndOctal();
    void padding();
    void percentRoundsTiesUp();
    void percentMatchesQtFormatting();
};

void TestTextFormat::hexAndOctal() {
    QCOMPARE(hexText(0), std::string("0x0"));
    QCOMPARE(hexText(0x200000), std::string("0x200000"));
    QCOMPARE(hexText(UINT64_MAX), std::string("0xffffffffffffffff"));
    QCOMPARE(octalMode(0644), std::string("0644"));
    QCOMPARE(octalMode(7), std::string("0007"));
    QCOMPARE(octalMode(04755), std::string("04755"));
}

void TestTextFormat::padding() {
    QCOMPARE(padRight("ab", 4), std::string("ab  "));
    QCOMPARE(padLeft("ab", 4), std::string("  ab"));
    QCOMPARE(padLeft(uint64_t{12345}, 3), std::string("12345")); // never cut
    QCOMPARE(padRight("", 0), std::string());
}

void TestTextFormat::percentRoundsTiesUp() {
    QCOMPARE(percentText(0.1225), std::string("12.3%")); // 12.25: an exact tie in binary
    QCOMPARE(percentText(0.1275), std::string("12.8%"));
    QCOMPARE(percentText(0.0), std::string("0.0%"));
    QCOMPARE(percentText(1.0), std::string("100.0%"));
}

void TestTextFormat::percentMatchesQtFormatting() {
    int compared = 0;
    for (uint64_t of = 1; of <= 1200; ++of) {
        for (uint64_t used = 0; used <= of; ++used) {
            const double fraction = static_cast<double>(used) / static_cast<double>(of);
            const QString qt = QString::number(fraction * 100.0, 'f', 1) + QLatin1Char('%');
            if (percentText(fraction) != qt.toStdString())
                QFAIL(qPrintable(QStringLiteral("%1 of %2: %3, Qt %4")
                                     .arg(used)
                                     .arg(of)
                                     .arg(QString::fromStdString(percentText(fraction)), qt)));
            ++compared;
        }
    }
    QVERIFY(compared > 700000);
}

QTEST_APPLESS_MAIN(TestTextFormat)
#include "tst_text_format.moc"
