#include "core/bench/BenchTarget.h"

#include "core/bench/FileSource.h"
#include "core/bench/MemfdSource.h"
#include "core/bench/PageSize.h"
#include "core/format/Constants.h"
#include "core/fs/LoadedFs.h"
#include "core/fs/Replay.h"
#include "core/fs/Resolver.h"
#include "core/media/DaxMedia.h"
#include "core/media/ImageMedia.h"

#include <algorithm>

namespace famscope::bench {

const char* targetKindName(TargetKind kind) {
    switch (kind) {
    case TargetKind::Memfd:
        return "memfd";
    case TargetKind::Hugetlb:
        return "hugetlb";
    case TargetKind::Thp:
        return "thp";
    case TargetKind::Image:
        return "image";
    case TargetKind::Devdax:
        return "devdax";
    case TargetKind::FamfsFile:
        return "famfs-file";
    }
    return "unknown";
}

Result<TargetSpec> parseTargetSpec(std::string_view text) {
    TargetSpec spec;
    spec.text = std::string(text);
    if (text.empty())
        return Error{"no benchmark target given"};
    if (text == "memfd" || text == "hugetlb" || text == "thp") {
        spec.kind = text == "memfd"     ? TargetKind::Memfd
                    : text == "hugetlb" ? TargetKind::Hugetlb
                                        : TargetKind::Thp;
        return spec;
    }
    constexpr std::string_view prefix = "famfs:";
    if (text.substr(0, prefix.size()) == prefix) {
        const std::string_view rest = text.substr(prefix.size());
        const size_t colon = rest.find(':');
        if (colon == std::string_view::npos || colon == 0 || colon + 1 >= rest.size())
            return Error{"a famfs file target is famfs:MEDIA:PATH (e.g. famfs:/dev/dax0.0:data/f)"};
        spec.kind = TargetKind::FamfsFile;
        spec.mediaPath = std::string(rest.substr(0, colon));
        spec.filePath = std::string(rest.substr(colon + 1));
        while (!spec.filePath.empty() && spec.filePath.front() == '/')
            spec.filePath.erase(0, 1);
        if (spec.filePath.empty())
            return Error{"famfs:MEDIA:PATH needs a file path after the media"};
        return spec;
    }
    spec.kind = TargetKind::Image;
    spec.mediaPath = spec.text;
    return spec;
}

Result<std::unique_ptr<BenchTarget>> BenchTarget::open(const TargetSpec& spec, bool write) {
    std::unique_ptr<BenchTarget> t(new BenchTarget);
    t->spec_ = spec;
    t->kind_ = spec.kind;
    t->write_ = write;
    if (spec.kind == TargetKind::Memfd || spec.kind == TargetKind::Hugetlb ||
        spec.kind == TargetKind::Thp)
        return t;

    if (write)
        if (Status refused = writeRefusal(spec); !refused)
            return Error{refused.error()};
    auto m = media::openMedia(spec.mediaPath,
                              write ? media::Access::ReadWrite : media::Access::ReadOnly);
    if (!m)
        return Error{m.error()};
    t->media_ = std::move(*m);
    if (t->media_->kind() == media::MediaKind::ImageFile)
        t->fd_ = static_cast<media::ImageMedia&>(*t->media_).fd();
    else if (t->media_->kind() == media::MediaKind::DaxDevice)
        t->fd_ = static_cast<media::DaxMedia&>(*t->media_).fd();
    else
        return Error{spec.mediaPath + ": not an image file or devdax device"};
    if (spec.kind == TargetKind::Image && t->media_->kind() == media::MediaKind::DaxDevice)
        t->kind_ = TargetKind::Devdax;

    // The superblock + log region is protected from write faults whenever famfs lives here.
    auto loaded = fs::loadFileSystem(*t->media_);
    if (loaded && loaded->sb.magicValid())
        t->metadataEnd_ = famfs::kLogOffset + loaded->sb.logLen;

    if (spec.kind == TargetKind::FamfsFile) {
        if (!loaded)
            return Error{spec.mediaPath + ": " + loaded.error()};
        if (Status usable = fs::checkUsable(*loaded, false); !usable)
            return Error{spec.mediaPath + ": " + usable.error()};
        const fs::Namespace ns = fs::replay(*loaded, fs::ReplayMode::Mount);
        const fs::FsFile* f = ns.findFile(spec.filePath);
        if (!f)
            return Error{spec.mediaPath + ": " + spec.filePath + ": no such file in the namespace"};
        t->file_ = *f;
    }
    return t;
}

std::string BenchTarget::description() const {
    switch (kind_) {
    case TargetKind::Memfd:
        return "anonymous shared memory (memfd)";
    case TargetKind::Hugetlb:
        return "hugetlb memfd";
    case TargetKind::Thp:
        return "memfd with transparent huge pages";
    case TargetKind::Image:
        return "image file " + spec_.mediaPath + " (page cache)";
    case TargetKind::Devdax:
        return "devdax device " + spec_.mediaPath + " (alignment " +
               pageSizeText(media_->alignment()) + ")";
    case TargetKind::FamfsFile:
        return "famfs file " + spec_.filePath + " on " + spec_.mediaPath;
    }
    return spec_.text;
}

std::vector<uint64_t> BenchTarget::defaultPageSizes() const {
    switch (kind_) {
    case TargetKind::Memfd:
    case TargetKind::Image:
        return {kPage4K};
    case TargetKind::Hugetlb:
        return {kPage2M, kPage1G};
    case TargetKind::Thp:
        return {kPage2M};
    case TargetKind::Devdax:
        return {media_->alignment()};
    case TargetKind::FamfsFile:
        return {media_->kind() == media::MediaKind::DaxDevice ? media_->alignment() : kPage4K};
    }
    return {kPage4K};
}

uint64_t BenchTarget::available(uint64_t offset) const {
    if (!media_)
        return 0;
    if (file_)
        return file_->size;
    return offset < media_->size() ? media_->size() - offset : 0;
}

Status BenchTarget::writeRefusal(const TargetSpec& spec) {
    if (spec.kind != TargetKind::Image)
        return Status::success();
    // Decide by file type before opening anything read-write.
    auto probe = media::openMedia(spec.mediaPath, media::Access::ReadOnly);
    if (probe && (*probe)->kind() == media::MediaKind::ImageFile)
        return Error{spec.mediaPath +
                     ": write faults would change the image file; --write is accepted on a "
                     "devdax device or on a famfs file target (famfs:IMAGE:PATH)"};
    return Status::success(); // open() reports a target that cannot be opened
}

Status BenchTarget::writeRefusal(uint64_t pageSize, uint64_t size, uint64_t offset) const {
    if (!write_ || !media_ || metadataEnd_ == 0)
        return Status::success();
    auto list = pieces(pageSize, size, offset);
    if (!list)
        return Status::success(); // not mappable at all: source() reports why
    for (const Piece& p : *list)
        if (p.fdOffset < metadataEnd_)
            return Error{spec_.mediaPath + ": write faults at device offset " +
                         std::to_string(p.fdOffset) +
                         " would overwrite the famfs superblock or log (device bytes [0, " +
                         std::to_string(metadataEnd_) + ")); refusing"};
    return Status::success();
}

Result<std::vector<Piece>> BenchTarget::pieces(uint64_t pageSize, uint64_t size,
                                               uint64_t offset) const {
    const uint64_t align = std::max(pageSize, media_->alignment());
    if (!file_) {
        if (offset % align != 0)
            return Error{"offset " + std::to_string(offset) + " is not a multiple of " +
                         pageSizeText(align)};
        const uint64_t room = available(offset);
        const uint64_t len =
            std::min(room - room % align, roundUp(size != 0 ? size : kDefaultBenchSize, align));
        if (len == 0)
            return Error{spec_.mediaPath + ": no whole " + pageSizeText(align) +
                         " page fits at offset " + std::to_string(offset)};
        return std::vector<Piece>{{offset, len}};
    }
    const fs::FsFile& f = *file_;
    uint64_t len = roundUp(f.size, align);
    if (size != 0)
        len = std::min(len, roundUp(size, align));
    if (len == 0)
        return Error{f.path + " is empty"};
    // The runtime resolves each fault through the file map; mapping every resolver run at its
    // device offset reproduces the same device pages in the same order.
    auto runs = fs::resolveRange(f.map, f.size, 0, len);
    if (!runs)
        return Error{f.path + ": " + runs.error() + " (mapping " + std::to_string(len) +
                     " bytes in " + pageSizeText(align) + " units)"};
    std::vector<Piece> list;
    for (const fs::DeviceRun& r : *runs) {
        if (r.devindex != 0)
            return Error{f.path + ": file offset " + std::to_string(r.fileOffset) +
                         " lives on device index " + std::to_string(r.devindex) +
                         ", which is not the opened media"};
        if (!media_->contains(r.deviceOffset, r.length))
            return Error{f.path + ": file offset " + std::to_string(r.fileOffset) +
                         " maps past the end of the media"};
        list.push_back({r.deviceOffset, r.length});
    }
    return list;
}

Result<std::unique_ptr<MappingSource>> BenchTarget::source(uint64_t pageSize, uint64_t size,
                                                           uint64_t offset) const {
    if (!isPowerOfTwo(pageSize) || pageSize < kPage4K)
        return Error{"invalid page size " + std::to_string(pageSize)};
    const uint64_t wanted = size != 0 ? size : kDefaultBenchSize;
    auto upcast = [](auto r) -> Result<std::unique_ptr<MappingSource>> {
        if (!r)
            return Error{r.error()};
        return std::unique_ptr<MappingSource>(std::move(*r));
    };
    switch (kind_) {
    case TargetKind::Memfd:
        return upcast(
            MemfdSource::create(MemfdKind::Shmem4K, pageSize, roundUp(wanted, pageSize), write_));
    case TargetKind::Hugetlb:
        return upcast(
            MemfdSource::create(MemfdKind::Hugetlb, pageSize, roundUp(wanted, pageSize), write_));
    case TargetKind::Thp:
        return upcast(
            MemfdSource::create(MemfdKind::ShmemThp, pageSize, roundUp(wanted, pageSize), write_));
    case TargetKind::Image:
    case TargetKind::Devdax:
    case TargetKind::FamfsFile:
        break;
    }
    auto list = pieces(pageSize, size, offset);
    if (!list)
        return Error{list.error()};
    // Checked here as well as by the front end: the engine never writes famfs metadata.
    if (Status refused = writeRefusal(pageSize, size, offset); !refused)
        return Error{refused.error()};
    uint64_t len = 0;
    for (const Piece& p : *list)
        len += p.length;
    std::string what = description();
    if (file_)
        what += ", " + std::to_string(list->size()) + " resolver runs, " + std::to_string(len) +
                " bytes";
    else
        what += ", bytes [" + std::to_string(offset) + ", " + std::to_string(offset + len) + ")";
    return upcast(FileSource::create(fd_, std::move(what), std::move(*list), pageSize,
                                     media_->alignment(), write_));
}

} // namespace famscope::bench
