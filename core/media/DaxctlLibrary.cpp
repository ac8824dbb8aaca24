#include "core/media/DaxctlLibrary.h"

#include <dlfcn.h>

namespace famscope::media {

const char* const kDaxctlSoname = FAMSCOPE_DAXCTL_SONAME;

namespace {

// Resolves `name` into `fn`; false (and the reason in `error`) when the library lacks it.
template <class Fn>
bool resolve(void* handle, const char* soname, const char* name, Fn& fn, std::string& error) {
    void* symbol = dlsym(handle, name);
    if (symbol == nullptr) {
        error = std::string(soname) + " has no " + name;
        return false;
    }
    fn = reinterpret_cast<Fn>(symbol);
    return true;
}

} // namespace

Result<DaxctlApi> loadDaxctlApi(const char* soname) {
    // RTLD_LOCAL: its symbols serve only the pointers below.
    void* handle = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
    if (handle == nullptr) {
        const char* why = dlerror();
        return Error{std::string("cannot load ") + soname + ": " + (why ? why : "unknown error")};
    }
    DaxctlApi api;
    std::string error;
    const bool ok =
        resolve(handle, soname, "daxctl_new", api.newCtx, error) &&
        resolve(handle, soname, "daxctl_unref", api.unref, error) &&
        resolve(handle, soname, "daxctl_set_log_fn", api.setLogFn, error) &&
        resolve(handle, soname, "daxctl_region_get_first", api.regionGetFirst, error) &&
        resolve(handle, soname, "daxctl_region_get_next", api.regionGetNext, error) &&
        resolve(handle, soname, "daxctl_region_get_id", api.regionGetId, error) &&
        resolve(handle, soname, "daxctl_region_get_devname", api.regionGetDevname, error) &&
        resolve(handle, soname, "daxctl_region_get_size", api.regionGetSize, error) &&
        resolve(handle, soname, "daxctl_region_get_align", api.regionGetAlign, error) &&
        resolve(handle, soname, "daxctl_dev_get_first", api.devGetFirst, error) &&
        resolve(handle, soname, "daxctl_dev_get_next", api.devGetNext, error) &&
        resolve(handle, soname, "daxctl_dev_get_devname", api.devGetDevname, error) &&
        resolve(handle, soname, "daxctl_dev_get_size", api.devGetSize, error) &&
        resolve(handle, soname, "daxctl_dev_get_align", api.devGetAlign, error) &&
        resolve(handle, soname, "daxctl_dev_get_target_node", api.devGetTargetNode, error) &&
        resolve(handle, soname, "daxctl_dev_is_enabled", api.devIsEnabled, error);
    if (!ok) {
        dlclose(handle);
        return Error{error};
    }
    return api; // the handle stays open: the pointers above point into it
}

const Result<DaxctlApi>& daxctlApi() {
    static const Result<DaxctlApi> api = loadDaxctlApi(kDaxctlSoname);
    return api;
}

} // namespace famscope::media
