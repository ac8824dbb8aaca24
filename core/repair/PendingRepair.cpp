#include "core/repair/PendingRepair.h"

#include "core/repair/RepairIntent.h"

#include <cerrno>
#include <sys/stat.h>

namespace famscope::repair {

std::optional<PendingRepair> findPendingRepair(const std::string& intentFile) {
    if (intentFile.empty())
        return std::nullopt;
    struct stat st {};
    // A directory this user may not search (a device's /var/lib/famscope is root's, 0700)
    // cannot say whether a repair is pending; only its owner, who alone can repair, can tell.
    if (::lstat(intentFile.c_str(), &st) != 0 &&
        (errno == ENOENT || errno == ENOTDIR || errno == EACCES))
        return std::nullopt;
    PendingRepair p;
    p.intentFile = intentFile;
    p.startedUnix = st.st_mtime;
    auto intent = readIntent(intentFile);
    if (!intent)
        p.unreadable = intent.error();
    else if (!*intent) // removed between the two looks: finished or undone meanwhile
        return std::nullopt;
    else {
        p.stores = (*intent)->stores.size();
        p.backupFile = (*intent)->backupFile;
    }
    return p;
}

std::string intentFileOf(const media::Media& media) {
    if (media.kind() == media::MediaKind::Memory)
        return {};
    return intentPathFor(media.path(), media.kind() == media::MediaKind::DaxDevice);
}

std::optional<PendingRepair> findPendingRepair(const media::Media& media) {
    return findPendingRepair(intentFileOf(media)); // none for the demo: its file name is ""
}

std::string pendingRepairRefusal(const std::string& target, const std::optional<PendingRepair>& p) {
    if (!p)
        return {};
    // Writing now would change the bytes the intent checks before it finishes the repair,
    // leaving restore as the only way back.
    const std::string undo = p->damaged() ? "famscope restore BACKUP " + target
                                          : "famscope restore " + p->backupFile + " " + target;
    return "an interrupted repair is pending (" + p->intentFile +
           "); finish it with `famscope repair " + target + "` or undo it with `" + undo +
           "` first";
}

} // namespace famscope::repair
