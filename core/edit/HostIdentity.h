// This host's famfs identity: the system UUID famfs keeps in /opt/famfs/system_uuid. A file
// system whose superblock names another system UUID belongs to another host, and this host
// is a famfs "Client" of it: it must not append to the log (famfs-format.md section 2).
#pragma once

#include "core/Result.h"
#include "core/format/Uuid.h"

#include <optional>
#include <string>

namespace famscope::edit {

inline constexpr const char* kDefaultSystemUuidPath = "/opt/famfs/system_uuid";

// The UUID in `path` (first line), or nullopt when the file is missing, does not parse, or
// cannot serve as one (not a regular file, larger than 4 KiB): never blocks, never reads more.
std::optional<famfs::Uuid> readSystemUuid(const std::string& path);

// Fails when `path` exists but cannot be a system UUID file (a FIFO, a device, a directory,
// unreadable, larger than 4 KiB); a missing file is fine (the host then has no UUID).
Status checkSystemUuidFile(const std::string& path);

// What mkfs records: the UUID in `path`, created with a random one when missing (as famfs
// does), including the parent directory.
Result<famfs::Uuid> systemUuidForMkfs(const std::string& path);

famfs::Uuid randomUuid(); // RFC 4122 version 4

// Refuses a write to a file system owned by another host (unless forced).
Status checkOwner(const famfs::Uuid& superblockSystemUuid, const std::string& systemUuidPath);

} // namespace famscope::edit
