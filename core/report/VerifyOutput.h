// `famscope verify`: whether a file holds the test pattern of its seed, as text and JSON.
#pragma once

#include "core/edit/PatternIo.h"
#include "core/report/TargetState.h"

#include <cstdint>
#include <string>

namespace famscope::report {

// "Success: verified N bytes in file F", or "Verify fail: ..." with the first mismatch or the
// bytes no extent backs.
std::string verifyText(const std::string& path, const edit::VerifyResult& r);
std::string verifyJson(const std::string& path, uint64_t seed, const edit::VerifyResult& r,
                       const TargetState& target);

} // namespace famscope::report
