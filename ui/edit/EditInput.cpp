#include "ui/edit/EditInput.h"

#include "core/report/SizeText.h"

namespace famscope::ui {

std::optional<uint64_t> parseSizeText(const QString& text) {
    return report::parseSize(text.toStdString());
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

#include "ui/util/Format.h"

#include <QComboBox>

namespace famscope::ui {

void fillLogLengths(QComboBox* box) {
    for (uint64_t len = uint64_t{8} << 20; len <= (uint64_t{1} << 30); len <<= 1)
        box->addItem(formatSize(len), QVariant::fromValue<qulonglong>(len));
    box->setCurrentIndex(0);
}

} // namespace famscope::ui
