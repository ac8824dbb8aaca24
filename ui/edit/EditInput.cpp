#include "edit/EditInput.h"

namespace famscope::ui {

std::optional<uint64_t> parseSizeText(const QString& text) {
    QString t = text.trimmed();
    if (t.endsWith(QLatin1String("iB"), Qt::CaseInsensitive))
        t.chop(2);
    else if (t.endsWith(QLatin1Char('B'), Qt::CaseInsensitive) && t.size() > 1 &&
             !t.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        t.chop(1);
    int shift = 0;
    if (!t.isEmpty() && !t.startsWith(QLatin1String("0x"), Qt::CaseInsensitive)) {
        const QString units = QStringLiteral("KMGT");
        const auto unit = units.indexOf(t.back().toUpper());
        if (unit >= 0) {
            shift = 10 * static_cast<int>(unit + 1);
            t.chop(1);
        }
    }
    bool ok = false;
    const qulonglong v = t.trimmed().toULongLong(&ok, 0);
    if (!ok || (shift != 0 && v > (~0ULL >> shift)))
        return std::nullopt;
    return uint64_t{v} << shift;
}

std::optional<uint32_t> parseModeText(const QString& text) {
    bool ok = false;
    const uint v = text.trimmed().toUInt(&ok, 8);
    if (!ok || v > 07777)
        return std::nullopt;
    return v;
}

std::optional<uint32_t> parseIdText(const QString& text) {
    bool ok = false;
    const uint v = text.trimmed().toUInt(&ok, 10);
    if (!ok)
        return std::nullopt;
    return v;
}

} // namespace famscope::ui

#include "util/Format.h"

#include <QComboBox>

namespace famscope::ui {

void fillLogLengths(QComboBox* box) {
    for (uint64_t len = uint64_t{8} << 20; len <= (uint64_t{1} << 30); len <<= 1)
        box->addItem(formatSize(len), QVariant::fromValue<qulonglong>(len));
    box->setCurrentIndex(0);
}

} // namespace famscope::ui
