// famscope heatmap TARGET --png OUT.png [--svg OUT.svg] [--width W]: the device-offset heatmap
// as a picture, without a display. The target is checked here (same errors and exit statuses
// as every command); the drawing lives in the GUI library, loaded only for this command.
#include "GuiLauncher.h"
#include "cli/CommandLine.h"
#include "cli/Commands.h"
#include "cli/Target.h"
#include "cli/Text.h"
#include "core/report/ExitStatus.h"
#include "core/report/HeatmapRequest.h"
#include "core/report/JsonWriter.h"
#include "core/report/OutputFile.h"
#include "core/report/TextEscape.h"

#include <cstdlib>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace famscope::cli {

namespace {

// QtGui wants a runtime directory (XDG_RUNTIME_DIR, owned by the user, mode 0700) and warns on
// stderr when there is none, as under cron, sudo or ssh without a login session. The picture
// needs nothing in it, so a private empty one is made for the run and removed after it.
class PrivateRuntimeDir {
public:
    PrivateRuntimeDir() {
        const char* current = std::getenv("XDG_RUNTIME_DIR");
        struct stat st {};
        if (current && *current && ::stat(current, &st) == 0 && S_ISDIR(st.st_mode) &&
            st.st_uid == ::geteuid() && (st.st_mode & 0777) == 0700)
            return;
        const char* tmp = std::getenv("TMPDIR");
        std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/famscope-runtime-XXXXXX";
        if (::mkdtemp(pattern.data()) == nullptr)
            return; // Qt then falls back to its own default (and says so)
        made_ = pattern;
        ::setenv("XDG_RUNTIME_DIR", made_.c_str(), 1);
    }
    ~PrivateRuntimeDir() {
        if (!made_.empty())
            ::rmdir(made_.c_str());
    }
    PrivateRuntimeDir(const PrivateRuntimeDir&) = delete;
    PrivateRuntimeDir& operator=(const PrivateRuntimeDir&) = delete;

private:
    std::string made_;
};

} // namespace

int runHeatmap(const Args& args) {
    CommandLine cl("heatmap",
                   "Draw the device-offset heatmap (who owns each allocation "
                   "unit) as a PNG and/or SVG picture, without a display.",
                   "TARGET");
    cl.addOption({{"png"}, "Write a PNG picture.", "OUT.png"});
    cl.addOption({{"svg"}, "Write an SVG picture.", "OUT.svg"});
    cl.addOption({{"width"}, "Picture width in pixels, 200..16384 (default 1200).", "W", "1200"});
    cl.addOption({{"mode"},
                  "Colour by owner (default), age (log entry) or fsck (severity).",
                  "MODE",
                  "owner"});
    cl.addOption({{"entries"},
                  "Show the device as after the first N log entries (default: "
                  "all).",
                  "N"});
    cl.addOption({{"select"}, "Outline and number the extents or strips of this file.", "PATH"});
    cl.addOption({{"demo"},
                  "Draw the built-in demo instead of "
                  "a TARGET."});
    cl.addExitStatuses({ExitNotFound, ExitWriteFailed}); // --select names no file; no picture
    if (auto exit = cl.parse(args, 0, 1))
        return *exit;
    const bool demo = cl.isSet("demo");
    if (demo == (cl.positional().size() == 1)) {
        printErr("famscope heatmap: give a TARGET or --demo (see --help)");
        return ExitUsage;
    }
    const std::string png = cl.value("png");
    const std::string svg = cl.value("svg");
    if (png.empty() && svg.empty()) {
        printErr("famscope heatmap: nothing to write: give --png or --svg");
        return ExitUsage;
    }
    const auto width = report::parseSize(cl.value("width"));
    if (!width || *width < 200 || *width > 16384) {
        printErr("famscope heatmap: --width must be 200..16384" + cl.notGivenValue("width"));
        return ExitUsage;
    }
    const auto colour = report::heatmapColourFromName(cl.value("mode"));
    if (!colour) {
        printErr("famscope heatmap: --mode must be owner, age or fsck" + cl.notGivenValue("mode"));
        return ExitUsage;
    }
    report::HeatmapRequest request;
    request.demo = demo;
    request.pngPath = png;
    request.svgPath = svg;
    request.width = static_cast<int>(*width);
    request.colour = *colour;
    request.selectPath = report::unescapeText(cl.value("select"));
    if (cl.isSet("entries")) {
        const auto n = report::parseSize(cl.value("entries"));
        if (!n || *n > static_cast<uint64_t>(INT64_MAX)) {
            printErr("famscope heatmap: --entries must be a number" + cl.notGivenValue("entries"));
            return ExitUsage;
        }
        request.entries = *n;
    }
    // A FIFO would block the drawing until someone reads it, a device is no picture file:
    // refused before anything is loaded (the writer checks again when it writes).
    for (const std::string& out : {png, svg})
        if (!out.empty())
            if (Status st = report::checkOutputPath(out); !st) {
                printErr("famscope heatmap: " + st.error());
                return ExitWriteFailed;
            }
    const std::string target = demo ? std::string() : cl.positional().at(0);
    request.target = target;
    int damagedStatus = ExitOk;
    if (!demo) { // the CLI's errors and exit statuses for a target that cannot be used
        int exitCode = ExitOk;
        const auto opened = openForReading(target, false, std::nullopt, exitCode);
        if (!opened)
            return exitCode;
        damagedStatus = opened->state.exitStatus;
    }
    // Drawing needs QtGui: never a display, whatever the environment says.
    ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
    const PrivateRuntimeDir runtimeDir;
    auto render = reinterpret_cast<report::HeatmapExportFunction>(
        guiLibrarySymbol(report::kHeatmapExportSymbol));
    if (!render)
        return ExitCannotOpen;
    const int status = exitStatus(render(request));
    if (status == ExitOk && cl.json()) { // what was written, for scripts
        report::JsonWriter w;
        w.beginObject().field("mode", report::heatmapColourName(*colour)).field("width", *width);
        if (!png.empty())
            w.field("png", png);
        if (!svg.empty())
            w.field("svg", svg);
        w.endObject();
        printOut(w.data() + '\n');
    }
    return status == ExitOk ? damagedStatus : status;
}

} // namespace famscope::cli
