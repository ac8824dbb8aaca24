#include "cli/Arguments.h"

#include "core/report/TextEscape.h"

namespace famscope::cli {

std::string fsPathArgument(std::string_view text) {
    return report::unescapeText(text);
}

} // namespace famscope::cli
