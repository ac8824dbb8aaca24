// The dax regions and devices of this host, with Open for a device. Discovery runs when asked
// (Refresh, or the first time the panel is shown) because it probes devices for superblocks.
#pragma once

#include <QWidget>

#include <string>

class QLabel;
class QPushButton;
class QTreeView;

namespace famscope::ui {

class DevicesModel;

class DevicesPanel : public QWidget {
    Q_OBJECT
public:
    explicit DevicesPanel(QWidget* parent = nullptr);

    void refresh();
    // The status line after a scan that found `devices`; `daxctlError` is why libdaxctl could
    // not be loaded (empty when it was), shown so that a missing library is not mistaken for
    // a host without devices.
    static QString statusText(int devices, const std::string& daxctlError);

signals:
    void openRequested(const QString& devicePath);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void openSelected();

    DevicesModel* model_;
    QTreeView* view_;
    QLabel* status_;
    QPushButton* open_;
    bool discovered_ = false;
};

} // namespace famscope::ui
