#include "cli/Text.h"

#include "cli/Arguments.h"
#include "report/TextEscape.h"

#include <cstdio>

namespace famscope::cli {

QString hex(uint64_t v) {
    return QStringLiteral("0x") + QString::number(v, 16);
}

QString humanBytes(uint64_t bytes) {
    static const char* const units[] = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
    double value = static_cast<double>(bytes);
    int unit = 0;
    while (value >= 1024.0 && unit < 6) {
        value /= 1024.0;
        ++unit;
    }
    if (unit == 0)
        return QString::number(bytes) + QStringLiteral(" B");
    return QString::number(value, 'f', value < 10 ? 2 : 1) + QLatin1Char(' ') +
           QLatin1String(units[unit]);
}

QString octalMode(uint32_t mode) {
    return QStringLiteral("0") + QString::number(mode, 8).rightJustified(3, QLatin1Char('0'));
}

QString percent(double fraction) {
    return QString::number(fraction * 100.0, 'f', 1) + QLatin1Char('%');
}

QString shown(std::string_view bytes) {
    return QString::fromStdString(report::escapeText(bytes));
}

QString shownArgument(const QString& argument) {
    return shown(argumentBytes(argument));
}

void printOut(const QByteArray& bytes) {
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
}

void printOut(const QString& text) {
    printOut(text.toUtf8());
}

void printErr(const QString& text) {
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fputc('\n', stderr);
}

} // namespace famscope::cli
