#include "core/repair/RepairIntent.h"

#include "core/SystemCall.h"
#include "core/edit/HostFile.h"
#include "core/edit/LogCounters.h"
#include "core/format/ByteOrder.h"
#include "core/format/Constants.h"
#include "core/format/Crc.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <new>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>

namespace famscope::repair {

using famfs::load32;
using famfs::load64;
using famfs::store32;
using famfs::store64;

namespace {

constexpr char kMagic[8] = {'F', 'S', 'C', 'P', 'I', 'N', 'T', '1'};
// An intent holds at most the whole log twice (before and after); famfs logs are far smaller.
constexpr uint64_t kMaxIntentBytes = uint64_t{1} << 31;

void put32(std::vector<uint8_t>& out, uint32_t v) {
    uint8_t b[4];
    store32(b, v);
    out.insert(out.end(), b, b + 4);
}

void put64(std::vector<uint8_t>& out, uint64_t v) {
    uint8_t b[8];
    store64(b, v);
    out.insert(out.end(), b, b + 8);
}

// Reads little-endian fields from a buffer; every read is bounds-checked.
struct Reader {
    const std::vector<uint8_t>& in;
    size_t pos = 0;
    bool ok = true;
    bool has(uint64_t n) {
        ok = ok && n <= in.size() - pos;
        return ok;
    }
    uint32_t u32() {
        if (!has(4))
            return 0;
        pos += 4;
        return load32(in.data() + pos - 4);
    }
    uint64_t u64() {
        if (!has(8))
            return 0;
        pos += 8;
        return load64(in.data() + pos - 8);
    }
    std::vector<uint8_t> bytes(uint64_t n) {
        if (!has(n))
            return {};
        pos += n;
        return {in.begin() + static_cast<ptrdiff_t>(pos - n),
                in.begin() + static_cast<ptrdiff_t>(pos)};
    }
};

std::string directoryOf(const std::string& path) {
    const auto slash = path.rfind('/');
    return slash == std::string::npos ? "." : path.substr(0, slash == 0 ? 1 : slash);
}

// One aligned 8-byte store, so a CRC field is old or new, never half of each.
Status storeWord(media::Media& media, uint64_t offset, const std::vector<uint8_t>& bytes) {
    auto field = media.map(offset, 8, media::Access::ReadWrite);
    if (!field)
        return Error{field.error()};
    uint64_t word;
    std::memcpy(&word, bytes.data(), 8);
    *reinterpret_cast<volatile uint64_t*>(field->writableData()) = word;
    return media.flush(offset, 8);
}

bool validStore(const IntentStore& s) {
    if (s.before.size() != s.after.size() || s.after.empty())
        return false;
    switch (s.kind) {
    case StoreKind::Word8:
        return s.after.size() == 8 && s.offset % 8 == 0;
    case StoreKind::Counters:
        // famfs keeps next_seqnum == next_index; the store writes both as one count
        return s.offset == famfs::kLogOffset + 32 && s.after.size() == 16 &&
               load64(s.after.data()) == load64(s.after.data() + 8);
    case StoreKind::Bytes:
        return true;
    }
    return false;
}

bool covers(const IntentStore& s, uint64_t at) {
    return at >= s.offset && at - s.offset < s.after.size();
}

} // namespace

std::string intentPathFor(const std::string& targetPath, bool isDevice) {
    const auto slash = targetPath.rfind('/');
    const std::string base = slash == std::string::npos ? targetPath : targetPath.substr(slash + 1);
    // A device's directory is /dev; the intent must survive a reboot, so not /run either.
    const std::string dir = isDevice ? std::string("/var/lib/famscope") : directoryOf(targetPath);
    return dir + "/" + base + ".famscope-repair-intent";
}

Status writeIntent(const RepairIntent& intent, const std::string& path) {
    std::vector<uint8_t> out(kMagic, kMagic + sizeof kMagic);
    put64(out, intent.mediaSize);
    put32(out, static_cast<uint32_t>(intent.backupFile.size()));
    out.insert(out.end(), intent.backupFile.begin(), intent.backupFile.end());
    put32(out, static_cast<uint32_t>(intent.stores.size()));
    for (const IntentStore& s : intent.stores) {
        put32(out, static_cast<uint32_t>(s.kind));
        put64(out, s.offset);
        put64(out, s.after.size());
        out.insert(out.end(), s.before.begin(), s.before.end());
        out.insert(out.end(), s.after.begin(), s.after.end());
    }
    put32(out, famfs::crc32Of(out.data(), out.size()));

    const std::string dir = directoryOf(path);
    if (dir == "/var/lib/famscope")
        ::mkdir(dir.c_str(), 0700); // exists already, or the open below says why not
    const std::string tmp = path + ".tmp";
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return Error{sysError("cannot create the repair intent " + tmp)};
    Status st = writeAll(fd, out.data(), out.size());
    if (st && ::fsync(fd) != 0)
        st = Error{sysError("fsync " + tmp)};
    ::close(fd);
    if (st && ::rename(tmp.c_str(), path.c_str()) != 0)
        st = Error{sysError("rename " + tmp)};
    if (!st) {
        ::unlink(tmp.c_str());
        return Error{"repair intent: " + st.error()};
    }
    // The rename is durable only once the directory is.
    const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
    return Status::success();
}

Result<std::optional<RepairIntent>> readIntent(const std::string& path) {
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0) {
        if (errno == ENOENT)
            return std::optional<RepairIntent>{};
        return Error{sysError(path)};
    }
    auto opened = edit::openRegularFile(path);
    if (!opened)
        return Error{"repair intent: " + opened.error()};
    const int fd = *opened;
    std::vector<uint8_t> in;
    std::string error;
    if (::fstat(fd, &st) != 0 || st.st_size < 0 ||
        static_cast<uint64_t>(st.st_size) > kMaxIntentBytes) {
        error = path + ": not a repair intent (size)";
    } else {
        try {
            in.resize(static_cast<size_t>(st.st_size));
        } catch (const std::bad_alloc&) {
            error = path + ": not enough memory to read it";
        }
        size_t done = 0;
        while (error.empty() && done < in.size()) {
            const ssize_t n = ::pread(fd, in.data() + done, in.size() - done, off_t(done));
            if (n <= 0) {
                error = path + " is truncated";
                break;
            }
            done += size_t(n);
        }
    }
    ::close(fd);
    if (!error.empty())
        return Error{error};
    if (in.size() < sizeof kMagic + 4 || std::memcmp(in.data(), kMagic, sizeof kMagic) != 0)
        return Error{path + ": not a famscope repair intent"};
    if (famfs::crc32Of(in.data(), in.size() - 4) != load32(in.data() + in.size() - 4))
        return Error{path + ": CRC mismatch, the repair intent is damaged"};
    const std::vector<uint8_t> body(in.begin(), in.end() - 4);
    Reader r{body, sizeof kMagic};
    RepairIntent intent;
    intent.mediaSize = r.u64();
    const uint32_t nameLen = r.u32();
    const auto name = r.bytes(nameLen);
    intent.backupFile.assign(name.begin(), name.end());
    const uint32_t count = r.u32();
    for (uint32_t i = 0; r.ok && i < count; ++i) {
        IntentStore s;
        s.kind = static_cast<StoreKind>(r.u32());
        s.offset = r.u64();
        const uint64_t len = r.u64();
        s.before = r.bytes(len);
        s.after = r.bytes(len);
        if (r.ok && !validStore(s))
            return Error{path + ": store " + std::to_string(i) + " is malformed"};
        intent.stores.push_back(std::move(s));
    }
    if (!r.ok || r.pos != body.size())
        return Error{path + ": the repair intent's stores do not add up"};
    return std::optional<RepairIntent>{std::move(intent)};
}

Status applyStores(media::Media& media, const std::vector<IntentStore>& stores) {
    for (const IntentStore& s : stores) {
        if (!validStore(s) || !media.contains(s.offset, s.after.size()))
            return Error{"a repair store lies outside the media or is malformed"};
        Status st = Status::success();
        switch (s.kind) {
        case StoreKind::Word8:
            st = storeWord(media, s.offset, s.after);
            break;
        case StoreKind::Counters:
            st = edit::storeLogCounters(media, load64(s.after.data() + 8));
            break;
        case StoreKind::Bytes:
            st = media.write(s.offset, s.after);
            if (st)
                st = media.flush(s.offset, s.after.size());
            break;
        }
        if (!st)
            return st;
    }
    return Status::success();
}

Status finishIntent(media::Media& media, const RepairIntent& intent, const std::string& path) {
    if (media.size() != intent.mediaSize)
        return Error{path + " was made for media of " + std::to_string(intent.mediaSize) +
                     " bytes, not " + std::to_string(media.size()) + "; nothing written"};
    for (const IntentStore& s : intent.stores) {
        if (!media.contains(s.offset, s.after.size()))
            return Error{path + ": a store lies outside the media; nothing written"};
        auto now = media.read(s.offset, s.after.size());
        if (!now)
            return Error{now.error()};
        for (size_t i = 0; i < now->size(); ++i) {
            const uint8_t b = (*now)[i];
            bool expected = false;
            for (const IntentStore& t : intent.stores)
                if (covers(t, s.offset + i)) {
                    const size_t j = s.offset + i - t.offset;
                    expected = expected || b == t.before[j] || b == t.after[j];
                }
            if (!expected)
                return Error{path + ": the media changed since the interrupted repair (byte " +
                             std::to_string(s.offset + i) + "); nothing written"};
        }
    }
    if (Status st = applyStores(media, intent.stores); !st)
        return st;
    // Each byte must now hold what the last store over it wrote.
    for (size_t k = 0; k < intent.stores.size(); ++k) {
        const IntentStore& s = intent.stores[k];
        auto now = media.read(s.offset, s.after.size());
        if (!now)
            return Error{now.error()};
        for (size_t i = 0; i < now->size(); ++i) {
            bool rewrittenLater = false;
            for (size_t t = k + 1; t < intent.stores.size(); ++t)
                rewrittenLater = rewrittenLater || covers(intent.stores[t], s.offset + i);
            if (!rewrittenLater && (*now)[i] != s.after[i])
                return Error{"finishing " + path + ": byte " + std::to_string(s.offset + i) +
                             " read back differs from the one written"};
        }
    }
    return removeIntent(path);
}

Status removeIntent(const std::string& path) {
    if (::unlink(path.c_str()) != 0 && errno != ENOENT)
        return Error{sysError("cannot remove the repair intent " + path)};
    const std::string dir = directoryOf(path);
    const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
    return Status::success();
}

} // namespace famscope::repair
