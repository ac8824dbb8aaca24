// The window's own icons, drawn from SVG (resources/icons) so that they are sharp at any
// scale: a bitmap icon is blown up at QT_SCALE_FACTOR=2 and blurs. `svgIcon("quit")` is
// resources/icons/quit.svg. The dock title buttons (float, close) come from the style, whose
// built-in ones are 10-pixel bitmaps: DockIconStyle gives a dock the SVG ones.
#pragma once

#include <QIcon>
#include <QProxyStyle>

namespace famscope::ui {

QIcon svgIcon(const char* name);

class DockIconStyle : public QProxyStyle {
public:
    using QProxyStyle::QProxyStyle;
    QIcon standardIcon(StandardPixmap icon, const QStyleOption* option,
                       const QWidget* widget) const override;
};

} // namespace famscope::ui
