#include "ui/util/SvgIcons.h"

namespace famscope::ui {

QIcon svgIcon(const char* name) {
    return QIcon(QStringLiteral(":/famscope/icons/") + QLatin1String(name) +
                 QStringLiteral(".svg"));
}

QIcon DockIconStyle::standardIcon(StandardPixmap icon, const QStyleOption* option,
                                  const QWidget* widget) const {
    switch (icon) {
    case SP_TitleBarNormalButton: // QDockWidget's float button
        return svgIcon("dock-float");
    case SP_DockWidgetCloseButton:
    case SP_TitleBarCloseButton:
        return svgIcon("dock-close");
    default:
        return QProxyStyle::standardIcon(icon, option, widget);
    }
}

} // namespace famscope::ui
