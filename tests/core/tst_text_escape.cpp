// The text and JSON escapings of names from media, byte by byte: which bytes pass as they are
// (the plain ASCII fast path), what the others become, and that every JSON string the writer
// makes parses back to the escaped name.
#include "core/report/JsonWriter.h"
#include "core/report/TextEscape.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace famscope::report;

namespace {

bool plainByte(unsigned char c) {
    return c >= 0x20 && c <= 0x7e && c != '\\';
}

// `s` as the one value of a JSON array, parsed back; a null string when it does not parse.
QString throughJson(const std::string& s) {
    JsonWriter w(false);
    w.beginArray().value(s).endArray();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(w.data()), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return {};
    return doc.array().at(0).toString();
}

} // namespace

class TestTextEscape : public QObject {
    Q_OBJECT

private slots:
    void plainAsciiIsExactlyThePrintableBytes() {
        for (int b = 0; b < 256; ++b) {
            const auto c = static_cast<unsigned char>(b);
            const std::string one(1, static_cast<char>(c));
            QVERIFY2(isPlainAscii(one) == plainByte(c), qPrintable(QString::number(b)));
            QVERIFY(isPlainAscii("name/" + one + "/x") == plainByte(c));
        }
        QVERIFY(isPlainAscii(""));
    }

    // Plain text passes both escapings unchanged; every other byte is changed by at least one.
    void eachByteEscapedAsDocumented() {
        for (int b = 0; b < 256; ++b) {
            const auto c = static_cast<unsigned char>(b);
            const std::string s = "a" + std::string(1, static_cast<char>(c)) + "b";
            char hex[8];
            std::snprintf(hex, sizeof hex, "\\x%02x", b);
            const std::string escaped = "a" + std::string(hex) + "b";
            if (plainByte(c)) {
                QCOMPARE(escapeText(s), s);
                QCOMPARE(escapeForJson(s), s);
            } else if (c == '\\') {
                QCOMPARE(escapeText(s), std::string("a\\\\b"));
                QCOMPARE(escapeForJson(s), std::string("a\\\\b"));
            } else if (c < 0x80) { // C0 controls and DEL: hidden in text, JSON escapes them
                QCOMPARE(escapeText(s), escaped);
                QCOMPARE(escapeForJson(s), s);
            } else { // a lone byte >= 0x80 is not UTF-8
                QCOMPARE(escapeText(s), escaped);
                QCOMPARE(escapeForJson(s), escaped);
            }
        }
        // Valid UTF-8 is kept; a hidden format character is escaped in text only.
        QCOMPARE(escapeText("caf\xc3\xa9"), std::string("caf\xc3\xa9"));
        QCOMPARE(escapeText("a\xe2\x80\x8b"), std::string("a\\xe2\\x80\\x8b"));
        QCOMPARE(escapeForJson("a\xe2\x80\x8b"), std::string("a\xe2\x80\x8b"));
    }

    // Whatever the bytes, the writer's string parses as JSON and reads back as the escaped name:
    // the plain fast path and the escaping path agree.
    void jsonStringsParseBackToTheEscapedName() {
        for (int b = 0; b < 256; ++b) {
            const std::string byte(1, static_cast<char>(b));
            for (const std::string& s : {"a" + byte + "b", "a" + byte + "\"b"}) {
                const QString back = throughJson(s);
                QVERIFY2(!back.isNull(), qPrintable(QString::number(b)));
                QCOMPARE(back, QString::fromStdString(escapeForJson(s)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestTextEscape)
#include "tst_text_escape.moc"
