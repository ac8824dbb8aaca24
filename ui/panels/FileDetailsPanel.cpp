#include "ui/panels/FileDetailsPanel.h"

#include "core/fs/Resolver.h"
#include "ui/SelectionModel.h"
#include "ui/models/ExtentModel.h"
#include "ui/models/ModelRoles.h"
#include "ui/util/Format.h"
#include "ui/util/ShownText.h"
#include "ui/views/StripeDiagram.h"
#include "ui/views/TableSetup.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace famscope::ui {

FileDetailsPanel::FileDetailsPanel(SelectionModel* selection, QWidget* parent)
    : QWidget(parent), selection_(selection), title_(new QLabel(this)),
      model_(new ExtentModel(this)), view_(new QTableView(this)),
      diagram_(new StripeDiagram(this)) {
    setObjectName(QStringLiteral("fileDetailsPanel"));
    title_->setObjectName(QStringLiteral("fileTitle"));
    title_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    title_->setWordWrap(true);
    view_->setObjectName(QStringLiteral("extentTable"));
    view_->setModel(model_);
    setUpTable(view_);
    auto* diagramScroll = new QScrollArea(this);
    diagramScroll->setWidget(diagram_);
    diagramScroll->setWidgetResizable(true);
    diagramScroll->setFrameShape(QFrame::NoFrame);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("fileDetailsSplitter"));
    split->addWidget(view_);
    split->addWidget(diagramScroll);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({300, 340});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title_);
    layout->addWidget(split, 1);
    connect(view_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    emit showBytes(current.data(DeviceOffsetRole).toULongLong(),
                                   current.data(ByteLengthRole).toULongLong());
            });
    connect(selection_, &SelectionModel::currentPathChanged, this, &FileDetailsPanel::showPath);
    connect(selection_, &SelectionModel::resolvedLocationChanged, this,
            &FileDetailsPanel::showLocation);
    showPath(QString());
}

void FileDetailsPanel::setSnapshot(std::shared_ptr<const Snapshot> snapshot) {
    snapshot_ = std::move(snapshot);
    showPath(selection_->currentPath());
}

void FileDetailsPanel::showPath(const QString& path) {
    const fs::FsFile* file =
        snapshot_ && !path.isEmpty() ? snapshot_->ns.findFile(pathBytes(path)) : nullptr;
    model_->setFile(file);
    diagram_->setFile(file);
    view_->resizeColumnsToContents();
    if (!file) {
        const bool isDir = snapshot_ && !path.isEmpty() && snapshot_->ns.findDir(pathBytes(path));
        title_->setText(isDir ? tr("Directory %1").arg(path)
                              : tr("Select a file in the namespace or the log."));
        return;
    }
    const uint64_t allocated = file->map.mappedBytes();
    const QString layout = file->map.interleaved ? tr("interleaved: %n strip(s), chunk %1", nullptr,
                                                      static_cast<int>(file->map.strips.size()))
                                                       .arg(formatSize(file->map.chunkSize))
                                                 : tr("simple: %n extent(s)", nullptr,
                                                      static_cast<int>(file->map.extents.size()));
    title_->setText(tr("<b>%1</b> — %2, allocated %3, mode %4, uid %5, gid %6, log entry %7; %8")
                        .arg(path.toHtmlEscaped(), formatSize(file->size), formatSize(allocated),
                             formatOctalMode(file->mode))
                        .arg(file->uid)
                        .arg(file->gid)
                        .arg(file->entryIndex)
                        .arg(layout));
    // The hex view follows to the first byte of file data, as the kernel would map it.
    const auto run = fs::resolve(file->map, file->size, 0, std::max<uint64_t>(file->size, 1));
    if (run && run->devindex == 0)
        emit showBytes(run->deviceOffset, run->length);
    else if (run)
        emit showDeviceBytes(run->devindex, run->deviceOffset, run->length);
}

// The row of the extent or strip the resolver landed in is selected, not made current: making
// it current would send the whole extent to the hex view, over the resolved bytes.
void FileDetailsPanel::showLocation(const std::optional<ResolvedLocation>& location) {
    diagram_->setHighlight(location);
    QItemSelectionModel* rows = view_->selectionModel();
    if (!location || location->extentIndex >= static_cast<uint64_t>(model_->rowCount())) {
        rows->clearSelection();
        return;
    }
    const QModelIndex index = model_->index(static_cast<int>(location->extentIndex), 0);
    rows->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view_->scrollTo(index);
}

} // namespace famscope::ui
