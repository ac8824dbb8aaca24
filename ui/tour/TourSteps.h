// The guided tour's steps (Help ▸ Tour, famscope --demo --tour): each teaches one idea of famfs
// on the built-in demo, names the widget (by objectName) the idea can be seen in, and may
// first set the window up (select a file, a log row, an offset to resolve).
#pragma once

#include <span>

class QWidget;

namespace famscope::ui {

struct TourStep {
    const char* target;               // objectName of the widget the step highlights
    const char* select;               // namespace path to select first, or nullptr
    void (*prepare)(QWidget* window); // more setting up, or nullptr
    const char* title;                // source text, translated in the context kTourContext
    const char* text;
};

inline constexpr const char* kTourContext = "famscope::ui::TourSteps";

std::span<const TourStep> tourSteps();

} // namespace famscope::ui
