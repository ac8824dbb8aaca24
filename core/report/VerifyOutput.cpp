#include "core/report/VerifyOutput.h"

#include "core/report/JsonWriter.h"
#include "core/report/TextFormat.h"

namespace famscope::report {

std::string verifyText(const std::string& path, const edit::VerifyResult& r) {
    if (r.ok())
        return "Success: verified " + std::to_string(r.bytesVerified) + " bytes in file " +
               shown(path) + '\n';
    if (!r.mismatchOffset)
        return "Verify fail: " + shown(path) + ": " + edit::unbackedText(r) + "; the " +
               std::to_string(r.bytesVerified) + " bytes before them match\n";
    return "Verify fail: " + shown(path) + " at offset " + std::to_string(*r.mismatchOffset) +
           " of " + std::to_string(r.fileSize) + " bytes\n";
}

std::string verifyJson(const std::string& path, uint64_t seed, const edit::VerifyResult& r,
                       const TargetState& target) {
    JsonWriter w;
    w.beginObject().field("path", path).field("seed", seed).field("size", r.fileSize);
    w.field("ok", r.ok()).field("bytes_verified", r.bytesVerified);
    w.field("unbacked_bytes", r.unbackedBytes);
    w.key("mismatch_offset");
    if (r.mismatchOffset)
        w.value(*r.mismatchOffset);
    else
        w.null();
    writeTargetState(w, target);
    w.endObject();
    return w.data() + '\n';
}

} // namespace famscope::report
