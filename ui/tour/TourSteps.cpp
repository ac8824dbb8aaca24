#include "ui/tour/TourSteps.h"

#include <QAbstractItemView>
#include <QLineEdit>
#include <QtGlobal>

namespace famscope::ui {

namespace {

void selectLogRow(QWidget* window, bool last) {
    auto* log = window->findChild<QAbstractItemView*>(QStringLiteral("logTable"));
    if (!log || !log->model() || log->model()->rowCount() == 0)
        return;
    const int row = last ? log->model()->rowCount() - 1 : 0;
    log->setCurrentIndex(log->model()->index(row, 0));
    log->scrollTo(log->currentIndex());
}

void firstLogEntry(QWidget* window) {
    selectLogRow(window, false);
}

// The demo's last entry is the torn one.
void tornEntry(QWidget* window) {
    selectLogRow(window, true);
}

// 5 MiB into ckpt-0001 (4 strips of 2 MiB chunks): chunk 2, strip 2, first stripe.
void resolveInCheckpoint(QWidget* window) {
    if (auto* edit = window->findChild<QLineEdit*>(QStringLiteral("resolverOffset"))) {
        edit->setText(QStringLiteral("0x500000"));
        emit edit->returnPressed();
    }
}

// QT_TRANSLATE_NOOP marks the texts for lupdate; TourCard translates them when it shows them.
constexpr TourStep kSteps[] = {
    {"superblockTable", nullptr, nullptr,
     QT_TRANSLATE_NOOP("famscope::ui::TourSteps", "The superblock"),
     QT_TRANSLATE_NOOP("famscope::ui::TourSteps",
                       "famfs lives on a devdax device: shared memory, mapped by every host. Its "
                       "first bytes are the superblock: the magic number, the version, where "
                       "the log lies and how long it is, the allocation unit (2 MiB) and the "
                       "device's size. A CRC protects it.")},
    {"logTable", nullptr, nullptr, QT_TRANSLATE_NOOP("famscope::ui::TourSteps", "The log"),
     QT_TRANSLATE_NOOP("famscope::ui::TourSteps",
                       "At 2 MiB begins the metadata log. famfs never changes a file's metadata "
                       "in place: every mkdir and every file created appends one 544-byte entry "
                       "with the path, the owner, the size and the file's map. Nothing is ever "
                       "deleted.")},
    {"hexView", nullptr, firstLogEntry,
     QT_TRANSLATE_NOOP("famscope::ui::TourSteps", "Entries and their CRCs"),
     QT_TRANSLATE_NOOP("famscope::ui::TourSteps",
                       "The hex view shows the selected entry's bytes as they are on the "
                       "device. Each entry carries a sequence number equal to its slot and a "
                       "CRC over its first 536 bytes: that is how a reader tells a complete "
                       "entry from a half-written one.")},
    {"namespaceTree", nullptr, nullptr,
     QT_TRANSLATE_NOOP("famscope::ui::TourSteps", "Replay into a namespace"),
     QT_TRANSLATE_NOOP("famscope::ui::TourSteps",
                       "A mount replays the log from the first entry on and creates each "
                       "directory and file it names. The tree is the result, exactly as a famfs "
                       "mount would build it; the first entry for a path wins.")},
    {"logTable", nullptr, tornEntry, QT_TRANSLATE_NOOP("famscope::ui::TourSteps", "A torn entry"),
     QT_TRANSLATE_NOOP("famscope::ui::TourSteps",
                       "The demo's last entry has a wrong CRC, as a write that did not finish "
                       "leaves it. Replay stops there: scratch/torn-entry is in the log but not "
                       "in the tree. fsck reports it.")},
    {"extentTable", "projects/climate/model.bin", nullptr,
     QT_TRANSLATE_NOOP("famscope::ui::TourSteps", "A simple file"),
     QT_TRANSLATE_NOOP("famscope::ui::TourSteps",
                       "A simple file is a list of extents: device offset and length. famfs "
                       "allocates one contiguous extent, rounded up to 2 MiB, so file offset x "
                       "is device offset (extent start + x).")},
    {"fileDetailsSplitter", "projects/climate/checkpoints/ckpt-0001", nullptr,
     QT_TRANSLATE_NOOP("famscope::ui::TourSteps", "An interleaved file"),
     QT_TRANSLATE_NOOP("famscope::ui::TourSteps",
                       "An interleaved file spreads over several strips, each in its own part "
                       "of the device: chunk 0 goes to strip 0, chunk 1 to strip 1, and so on "
                       "round the strips. The stripe diagram draws which chunk lands where.")},
    {"resolverSteps", "projects/climate/checkpoints/ckpt-0001", resolveInCheckpoint,
     QT_TRANSLATE_NOOP("famscope::ui::TourSteps", "A fault resolved"),
     QT_TRANSLATE_NOOP("famscope::ui::TourSteps",
                       "When a program touches a famfs file, the kernel turns the file offset "
                       "into a device offset, as here for 5 MiB into the checkpoint: which "
                       "chunk, which strip, which stripe, and the device offset. Type another "
                       "offset or click the bar.")},
    {"resolverFileBar", "shared/datasets/labels.csv", nullptr,
     QT_TRANSLATE_NOOP("famscope::ui::TourSteps", "Huge-page eligibility"),
     QT_TRANSLATE_NOOP("famscope::ui::TourSteps",
                       "A fault maps a whole 2 MiB page only where the 2 MiB lie in one extent "
                       "or chunk, 2 MiB aligned on the device and inside the file. Elsewhere it "
                       "falls back to 4 KiB pages: the strip under the bar colours each part by "
                       "the page it gets.")},
    {"heatmapView", nullptr, nullptr,
     QT_TRANSLATE_NOOP("famscope::ui::TourSteps", "Allocation and collisions"),
     QT_TRANSLATE_NOOP("famscope::ui::TourSteps",
                       "Each cell is an allocation unit of the device, coloured by the file "
                       "that owns it. Two files claiming the same unit are a collision: they "
                       "would overwrite each other's data. The demo has none; famfs fsck counts "
                       "them, and famscope shows where they are.")},
    {"fsckTree", nullptr, nullptr,
     QT_TRANSLATE_NOOP("famscope::ui::TourSteps", "Checking with fsck"),
     QT_TRANSLATE_NOOP("famscope::ui::TourSteps",
                       "fsck checks everything famfs fsck checks and more, each finding with a "
                       "stable code: here the torn entry. A finding leads to its place: the "
                       "field, the log entry, the file or the allocation units.")},
    {"statusLog", nullptr, nullptr, QT_TRANSLATE_NOOP("famscope::ui::TourSteps", "Live watch"),
     QT_TRANSLATE_NOOP("famscope::ui::TourSteps",
                       "Other hosts append to the log while famscope has an image or a device "
                       "open. famscope re-reads the log header every second and reloads when "
                       "it changed; the status bar says how many entries appeared and how full "
                       "the log is. (The demo lives in memory: it never changes.)")},
};

} // namespace

std::span<const TourStep> tourSteps() {
    return kSteps;
}

} // namespace famscope::ui
