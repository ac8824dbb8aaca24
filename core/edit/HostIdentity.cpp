#include "core/edit/HostIdentity.h"

#include "core/edit/HostFile.h"
#include "core/report/OutputFile.h"

#include <cerrno>
#include <cstring>
#include <optional>
#include <random>
#include <sys/stat.h>

namespace famscope::edit {

namespace {
// A system UUID file holds one line of 36 characters; anything much larger is not one.
constexpr size_t kSystemUuidFileLimit = 4096;

Result<std::optional<famfs::Uuid>> loadSystemUuid(const std::string& path) {
    auto text = readSmallFile(path, kSystemUuidFileLimit);
    if (!text)
        return Error{text.error()};
    if (!*text)
        return std::optional<famfs::Uuid>();
    std::string line = text->value().substr(0, text->value().find('\n'));
    while (!line.empty() && (line.back() == '\r' || line.back() == ' '))
        line.pop_back();
    return famfs::Uuid::parse(line);
}
} // namespace

std::optional<famfs::Uuid> readSystemUuid(const std::string& path) {
    auto u = loadSystemUuid(path);
    return u ? *u : std::nullopt;
}

Status checkSystemUuidFile(const std::string& path) {
    if (auto u = loadSystemUuid(path); !u)
        return Error{"system UUID file: " + u.error()};
    return Status::success();
}

famfs::Uuid randomUuid() {
    std::random_device rd;
    famfs::Uuid u;
    for (size_t i = 0; i < u.bytes.size(); i += 4) {
        const uint32_t r = rd();
        for (size_t k = 0; k < 4; ++k)
            u.bytes[i + k] = static_cast<uint8_t>(r >> (8 * k));
    }
    u.bytes[6] = static_cast<uint8_t>((u.bytes[6] & 0x0f) | 0x40); // version 4
    u.bytes[8] = static_cast<uint8_t>((u.bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    return u;
}

Result<famfs::Uuid> systemUuidForMkfs(const std::string& path) {
    auto existing = loadSystemUuid(path);
    if (!existing) // never replace a FIFO, device or oversized file with a new UUID
        return Error{"system UUID file: " + existing.error()};
    if (*existing)
        return **existing;
    const auto slash = path.find_last_of('/');
    if (slash != std::string::npos && slash > 0) {
        const std::string dir = path.substr(0, slash);
        if (::mkdir(dir.c_str(), 0755) != 0 && errno != EEXIST)
            return Error{"cannot create " + dir + ": " + std::strerror(errno)};
    }
    const famfs::Uuid u = randomUuid();
    // Whole or not at all (temporary file, fsync, rename): a half-written UUID file would
    // make this host a client of the file system it is about to create.
    const std::string line = u.toString() + '\n';
    const auto* bytes = reinterpret_cast<const uint8_t*>(line.data());
    if (Status st = report::writeOutputFile(path, {bytes, line.size()}); !st)
        return Error{"cannot write the system UUID to " + path + ": " + st.error()};
    return u;
}

Status checkOwner(const famfs::Uuid& superblockSystemUuid, const std::string& systemUuidPath) {
    if (Status st = checkSystemUuidFile(systemUuidPath); !st)
        return st;
    const auto mine = readSystemUuid(systemUuidPath);
    if (!mine)
        return Error{"this host has no famfs system UUID (" + systemUuidPath +
                     "), so it is a client of this file system (owner " +
                     superblockSystemUuid.toString() + "); use --force to write anyway"};
    if (*mine != superblockSystemUuid)
        return Error{"the file system belongs to host " + superblockSystemUuid.toString() +
                     ", this host is " + mine->toString() +
                     " (famfs client role); use --force to write anyway"};
    return Status::success();
}

} // namespace famscope::edit
