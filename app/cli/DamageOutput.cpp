#include "cli/DamageOutput.h"

#include "cli/Text.h"

#include "core/fs/MediaDamage.h"

namespace famscope::cli {

void printDamageWarning(const Target& target) {
    if (!target.damage)
        return;
    // The target path and the reasons are escaped as shown() does, the frame is plain text.
    printErr(shown(fs::damageWarning(target.fs.path, *target.damage)));
}

} // namespace famscope::cli
