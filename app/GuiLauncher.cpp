#include "GuiLauncher.h"

#include "core/report/ExitStatus.h"

#include <dlfcn.h>
#include <unistd.h>

#include <cstdio>
#include <string>
#include <vector>

namespace famscope {

namespace {

constexpr const char* kGuiLibrary = "libfamscope-ui.so";
constexpr const char* kEntryPoint = "famscope_gui_main";

std::string executableDir() {
    std::vector<char> buf(4096);
    const ssize_t n = readlink("/proc/self/exe", buf.data(), buf.size() - 1);
    if (n <= 0)
        return ".";
    std::string path(buf.data(), static_cast<size_t>(n));
    const auto slash = path.rfind('/');
    return slash == std::string::npos ? std::string(".") : path.substr(0, slash);
}

} // namespace

void* guiLibrarySymbol(const char* name) {
    const std::string dir = executableDir();
    const std::string candidates[] = {dir + "/" + kGuiLibrary,
                                      dir + "/../lib/famscope/" + kGuiLibrary};
    std::string lastError;
    for (const std::string& path : candidates) {
        void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
        if (!handle) {
            const char* err = dlerror();
            lastError = err ? err : path;
            continue;
        }
        void* symbol = dlsym(handle, name); // the library stays loaded until exit
        if (!symbol)
            std::fprintf(stderr, "famscope: %s has no %s\n", path.c_str(), name);
        return symbol;
    }
    std::fprintf(stderr,
                 "famscope: the desktop interface is not available (%s).\n"
                 "The command line still works: famscope --help\n",
                 lastError.c_str());
    return nullptr;
}

int launchGui(int argc, char** argv) {
    using Entry = int (*)(int, char**);
    auto entry = reinterpret_cast<Entry>(guiLibrarySymbol(kEntryPoint));
    // Without its library the window cannot start: 1, as when famscope_gui_main cannot.
    return entry ? entry(argc, argv) : ExitUsage;
}

} // namespace famscope
