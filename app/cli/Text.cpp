#include "cli/Text.h"

#include "cli/Arguments.h"
#include "core/report/SizeText.h"
#include "core/report/TextEscape.h"
#include "core/report/TextFormat.h"

#include <cstdio>

namespace famscope::cli {

QString humanBytes(uint64_t bytes) {
    return QString::fromStdString(report::humanBytes(bytes));
}

QString octalMode(uint32_t mode) {
    return QString::fromStdString(report::octalMode(mode));
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
