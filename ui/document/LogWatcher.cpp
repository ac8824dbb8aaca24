#include "ui/document/LogWatcher.h"

#include "core/format/Constants.h"
#include "core/format/LogHeader.h"
#include "core/media/Media.h"
#include "ui/document/Document.h"

namespace famscope::ui {

LogWatcher::LogWatcher(Document* document, QObject* parent) : QObject(parent), document_(document) {
    timer_.setInterval(kDefaultIntervalMs);
    connect(&timer_, &QTimer::timeout, this, &LogWatcher::poll);
    // A reload that fails or is cancelled must not stop the watch.
    connect(document_, &Document::loadFailed, this, [this] { reloadPending_ = false; });
    connect(document_, &Document::loadCancelled, this, [this] { reloadPending_ = false; });
}

void LogWatcher::setSnapshot(const std::shared_ptr<const Snapshot>& snapshot) {
    timer_.stop();
    reloadPending_ = false;
    path_.clear();
    if (!snapshot || !snapshot->opened)
        return;
    const fs::LoadedFs& lfs = snapshot->fs();
    if (lfs.mediaKind == media::MediaKind::Memory || !lfs.logHeaderRead)
        return;
    path_ = QString::fromStdString(lfs.path);
    nextIndex_ = lfs.log.nextIndex;
    crc_ = lfs.log.crc;
    if (enabled_)
        timer_.start();
}

void LogWatcher::setEnabled(bool enabled) {
    enabled_ = enabled;
    if (!enabled)
        timer_.stop();
    else if (!path_.isEmpty())
        timer_.start();
}

bool LogWatcher::poll() {
    if (path_.isEmpty() || reloadPending_ || document_->isLoading())
        return false;
    auto media = media::openMedia(path_.toStdString(), media::Access::ReadOnly);
    if (!media)
        return false; // gone for a moment (being replaced?): the next poll tries again
    auto bytes = (*media)->read(famfs::kLogOffset, famfs::kLogHeaderSize);
    media->reset(); // never hold the target open between polls
    if (!bytes || bytes->size() != famfs::kLogHeaderSize)
        return false;
    const auto header = famfs::LogHeader::decode(
        std::span<const uint8_t, famfs::kLogHeaderSize>(bytes->data(), famfs::kLogHeaderSize));
    if (header.nextIndex == nextIndex_ && header.crc == crc_)
        return false;
    const qint64 grown = static_cast<qint64>(header.nextIndex) - static_cast<qint64>(nextIndex_);
    nextIndex_ = header.nextIndex;
    crc_ = header.crc;
    reloadPending_ = true; // until the reload's snapshot arrives in setSnapshot()
    const QString message =
        grown > 0 ? tr("%n new log entry(s) appeared; reloaded.", nullptr, static_cast<int>(grown))
                  : tr("The log header changed on the target; reloaded.");
    document_->reload();
    emit logChanged(grown, message);
    return true;
}

} // namespace famscope::ui
