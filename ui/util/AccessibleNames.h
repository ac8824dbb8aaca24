// Accessible names for the controls of a pane that have none of their own, so that a screen
// reader names every view and control the keyboard reaches: a chart by its title, a control by
// its tooltip or placeholder text, any other view by the pane it is in ("Log", "Hex view").
// Controls with a name of their own (set, their text, or a form label as buddy) keep it.
#pragma once

class QString;
class QWidget;

namespace famscope::ui {

void nameUnnamedControls(QWidget* pane, const QString& paneName);

} // namespace famscope::ui
