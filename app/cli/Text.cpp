#include "cli/Text.h"

#include "cli/Arguments.h"
#include "report/SizeText.h"
#include "report/TextEscape.h"

#include <cstdio>

namespace famscope::cli {

QString hex(uint64_t v) {
    return QStringLiteral("0x") + QString::number(v, 16);
}

QString humanBytes(uint64_t bytes) {
    return QString::fromStdString(report::humanBytes(bytes));
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

void printOut(std::string_view bytes) {
    std::fwrite(bytes.data(), 1, bytes.size(), stdout);
}

void printOut(const QString& text) {
    const QByteArray bytes = text.toUtf8();
    printOut(std::string_view(bytes.constData(), static_cast<size_t>(bytes.size())));
}

void printErr(const QString& text) {
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fputc('\n', stderr);
}

} // namespace famscope::cli
