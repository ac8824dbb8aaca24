#include "ui/util/Format.h"

#include "core/report/TextFormat.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <limits>

namespace famscope::ui {

QString formatSize(uint64_t bytes) {
    // Below 1 KiB QLocale::formattedDataSize says "1 bytes"; the numerus form gets it right.
    if (bytes < 1024) {
        const int n = static_cast<int>(bytes); // a plain argument: lupdate misreads casts here
        return QCoreApplication::translate("famscope::ui::Format", "%Ln byte(s)", nullptr, n);
    }
    // QLocale::formattedDataSize uses IEC units and the current locale's digits.
    return QLocale().formattedDataSize(static_cast<qint64>(bytes), 2, QLocale::DataSizeIecFormat);
}

int countForTr(uint64_t n) {
    return static_cast<int>(std::min<uint64_t>(n, std::numeric_limits<int>::max()));
}

QString formatHex(uint64_t value) {
    return QString::fromStdString(report::hexText(value)); // as the command line prints offsets
}

QString formatOctalMode(uint32_t mode) {
    return QString::fromStdString(report::octalMode(mode)); // 04755, as the command line prints
}

} // namespace famscope::ui
