#include "ui/edit/EditInput.h"

#include "core/report/SizeText.h"
#include "ui/util/Format.h"

#include <QComboBox>

namespace famscope::ui {

std::optional<uint64_t> parseSizeText(const QString& text) {
    return report::parseSize(text.toStdString());
}

QString pathPrefix(const QString& directory) {
    return directory.isEmpty() ? QString() : directory + QLatin1Char('/');
}

void fillLogLengths(QComboBox* box) {
    for (uint64_t len = uint64_t{8} << 20; len <= (uint64_t{1} << 30); len <<= 1)
        box->addItem(formatSize(len), QVariant::fromValue<qulonglong>(len));
    box->setCurrentIndex(0);
}

} // namespace famscope::ui
