// famscope --screenshot: render the main window with a target and a chosen view into a PNG,
// headless (QT_QPA_PLATFORM=offscreen), with QWidget::grab().
#pragma once

#include "ui/GuiOptions.h"

namespace famscope::ui {

class MainWindow;

// Loads the target synchronously, picks the view, grabs. Returns the process exit status, the
// CLI's for the same target and outcome (core/report/ExitStatus.h), and prints a one-line error
// on failure.
int renderScreenshot(MainWindow& window, const GuiOptions& options);

} // namespace famscope::ui
