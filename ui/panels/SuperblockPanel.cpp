#include "ui/panels/SuperblockPanel.h"

#include "ui/models/ModelRoles.h"
#include "ui/models/StructureFieldsModel.h"
#include "ui/util/Format.h"
#include "ui/util/ShownText.h"
#include "ui/views/TableSetup.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace famscope::ui {

SuperblockPanel::SuperblockPanel(QWidget* parent)
    : QWidget(parent), summary_(new QLabel(this)), model_(new StructureFieldsModel(this)),
      view_(new QTableView(this)) {
    setObjectName(QStringLiteral("superblockPanel"));
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    view_->setObjectName(QStringLiteral("superblockTable"));
    view_->setModel(model_);
    setUpTable(view_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(summary_);
    layout->addWidget(view_);
    connect(view_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    emit showBytes(current.data(DeviceOffsetRole).toULongLong(),
                                   current.data(ByteLengthRole).toULongLong());
            });
}

void SuperblockPanel::showField(const QString& field, uint64_t offset) {
    int best = -1;
    for (int row = 0; row < model_->rowCount(); ++row) {
        const QModelIndex name = model_->index(row, StructureFieldsModel::Field);
        if (name.data().toString() != field)
            continue;
        if (best < 0)
            best = row;
        // Two structures can have a field of the same name (crc): the offset decides.
        if (offset != 0 && name.data(DeviceOffsetRole).toULongLong() == offset) {
            best = row;
            break;
        }
    }
    if (best < 0)
        return;
    const QModelIndex index = model_->index(best, StructureFieldsModel::Field);
    view_->setCurrentIndex(index);
    view_->scrollTo(index);
}

void SuperblockPanel::setSnapshot(std::shared_ptr<const Snapshot> snapshot) {
    if (snapshot) {
        const fs::LoadedFs& lfs = snapshot->fs();
        QStringList lines;
        lines << tr("Layout: %1").arg(QString::fromStdString(lfs.layout.description));
        lines << tr("Log: %1 of %n entries used (%2%)", nullptr, countForTr(lfs.logCapacity()))
                     .arg(lfs.entries.size())
                     .arg(QLocale().toString(lfs.logUsedFraction() * 100.0, 'f', 1));
        for (const std::string& w : lfs.warnings)
            lines << tr("Warning: %1").arg(shownText(w));
        summary_->setText(lines.join(QLatin1Char('\n')));
    } else {
        summary_->setText(tr("No file system open."));
    }
    model_->setSnapshot(std::move(snapshot));
    view_->resizeColumnsToContents();
}

} // namespace famscope::ui
