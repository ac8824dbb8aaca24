#include "ui/util/ShownText.h"

#include "core/report/TextEscape.h"

namespace famscope::ui {

QString shownText(std::string_view bytes) {
    return QString::fromStdString(report::escapeText(bytes));
}

std::string pathBytes(const QString& shown) {
    return report::unescapeText(shown.toStdString());
}

} // namespace famscope::ui
