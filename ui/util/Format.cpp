#include "util/Format.h"

#include <QCoreApplication>
#include <QLocale>

namespace famscope::ui {

QString formatSize(uint64_t bytes) {
    // QLocale::formattedDataSize uses IEC units and the current locale's digits.
    return QLocale().formattedDataSize(static_cast<qint64>(bytes), 2, QLocale::DataSizeIecFormat);
}

QString formatHex(uint64_t value) {
    return QStringLiteral("0x") + QString::number(value, 16);
}

QString formatOctalMode(uint32_t mode) {
    return QString::number(mode, 8).rightJustified(4, QLatin1Char('0'));
}

} // namespace famscope::ui
