#include "ui/panels/DevicesPanel.h"

#include "ui/models/DevicesModel.h"
#include "ui/models/ModelRoles.h"
#include "ui/util/ShownText.h"
#include "ui/util/TableExport.h"

#include "core/media/DaxDiscovery.h"
#include "core/media/DaxctlLibrary.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace famscope::ui {

DevicesPanel::DevicesPanel(QWidget* parent)
    : QWidget(parent), model_(new DevicesModel(this)), view_(new QTreeView(this)),
      status_(new QLabel(this)), open_(new QPushButton(tr("&Open device"), this)) {
    setObjectName(QStringLiteral("devicesPanel"));
    view_->setObjectName(QStringLiteral("devicesTree"));
    view_->setModel(model_);
    view_->setUniformRowHeights(true);
    installTableActions(view_);
    auto* refresh = new QPushButton(tr("&Refresh"), this);
    open_->setEnabled(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(status_, 1);
    buttons->addWidget(refresh);
    buttons->addWidget(open_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view_);
    layout->addLayout(buttons);
    connect(refresh, &QPushButton::clicked, this, &DevicesPanel::refresh);
    connect(open_, &QPushButton::clicked, this, &DevicesPanel::openSelected);
    connect(view_, &QTreeView::doubleClicked, this, &DevicesPanel::openSelected);
    connect(view_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                open_->setEnabled(!current.data(PathRole).toString().isEmpty());
            });
    status_->setText(tr("Not scanned yet."));
}

void DevicesPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!discovered_)
        refresh();
}

void DevicesPanel::refresh() {
    discovered_ = true;
    model_->setRegions(media::discoverDaxDevices());
    view_->expandAll();
    for (int c = 0; c < model_->columnCount(); ++c)
        view_->resizeColumnToContents(c);
    const auto& daxctl = media::daxctlApi();
    status_->setText(statusText(model_->deviceCount(), daxctl ? std::string() : daxctl.error()));
}

QString DevicesPanel::statusText(int devices, const std::string& daxctlError) {
    QString text = devices == 0 ? tr("No dax devices on this host.")
                                : tr("%n dax device(s).", nullptr, devices);
    if (!daxctlError.empty())
        text += QLatin1Char(' ') + tr("libdaxctl could not be loaded (%1); listed from sysfs.")
                                       .arg(shownText(daxctlError));
    return text;
}

void DevicesPanel::openSelected() {
    const QString path = view_->currentIndex().data(PathRole).toString();
    if (!path.isEmpty())
        emit openRequested(path);
}

} // namespace famscope::ui
