// Hand-made file maps and trace lookups for the resolver's tests (tst_resolver, tst_fault_pages,
// tst_fault_pages_golden): what a FILE entry of that shape would replay into.
#pragma once

#include "core/fs/Namespace.h"
#include "core/fs/Resolver.h"

#include <QtGlobal>

#include <cstdint>
#include <vector>

namespace famscope::testmaps {

inline fs::FileMap simpleMap(const std::vector<famfs::SimpleExtent>& extents) {
    fs::FileMap m;
    m.extents.assign(extents.begin(), extents.end());
    m.declaredCount = m.extents.size();
    return m;
}

inline fs::FileMap interleavedMap(uint64_t chunk, const std::vector<famfs::SimpleExtent>& strips) {
    fs::FileMap m;
    m.interleaved = true;
    m.extType = famfs::kExtInterleave;
    m.chunkSize = chunk;
    m.strips.assign(strips.begin(), strips.end());
    m.declaredCount = m.strips.size();
    return m;
}

// The value named `name` of the first step of kind `kind` in a resolver trace.
inline uint64_t stepValue(const fs::ResolveTrace& steps, const char* kind, const char* name) {
    for (const auto& s : steps)
        if (s.kind == kind)
            for (const auto& [k, v] : s.values)
                if (k == name)
                    return v;
    qFatal("no %s.%s in the trace", kind, name);
}

} // namespace famscope::testmaps
