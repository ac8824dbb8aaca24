// libdaxctl, loaded with dlopen the first time discovery needs it. Linking it would make every
// start of famscope load it and what it pulls in (libkmod, libcrypto, liblzma: about 1.4 ms),
// while only device discovery uses it. The Debian package still depends on libdaxctl1
// (cmake/Install.cmake names it, as dpkg-shlibdeps cannot see a dlopen).
#pragma once

#include "core/Result.h"

#include <daxctl/libdaxctl.h>

namespace famscope::media {

// The soname of the libdaxctl famscope is built against (set in CMakeLists.txt).
extern const char* const kDaxctlSoname;

// The libdaxctl functions discovery calls, resolved from the loaded library.
struct DaxctlApi {
    decltype(&::daxctl_new) newCtx = nullptr;
    decltype(&::daxctl_unref) unref = nullptr;
    decltype(&::daxctl_set_log_fn) setLogFn = nullptr;
    decltype(&::daxctl_region_get_first) regionGetFirst = nullptr;
    decltype(&::daxctl_region_get_next) regionGetNext = nullptr;
    decltype(&::daxctl_region_get_id) regionGetId = nullptr;
    decltype(&::daxctl_region_get_devname) regionGetDevname = nullptr;
    decltype(&::daxctl_region_get_size) regionGetSize = nullptr;
    decltype(&::daxctl_region_get_align) regionGetAlign = nullptr;
    decltype(&::daxctl_dev_get_first) devGetFirst = nullptr;
    decltype(&::daxctl_dev_get_next) devGetNext = nullptr;
    decltype(&::daxctl_dev_get_devname) devGetDevname = nullptr;
    decltype(&::daxctl_dev_get_size) devGetSize = nullptr;
    decltype(&::daxctl_dev_get_align) devGetAlign = nullptr;
    decltype(&::daxctl_dev_get_target_node) devGetTargetNode = nullptr;
    decltype(&::daxctl_dev_is_enabled) devIsEnabled = nullptr;
};

// Loads `soname` and resolves every function of DaxctlApi, or says why not (the library is
// missing, or lacks a function). The library stays loaded for the life of the process.
Result<DaxctlApi> loadDaxctlApi(const char* soname);

// kDaxctlSoname, loaded once per process (thread-safe); later calls return the first result.
const Result<DaxctlApi>& daxctlApi();

} // namespace famscope::media
