// The dax regions and devices of this host, with Open for a device. Discovery runs when asked
// (Refresh, or the first time the panel is shown) because it probes devices for superblocks.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace famscope::ui {

class DevicesModel;

class DevicesPanel : public QWidget {
    Q_OBJECT
public:
    explicit DevicesPanel(QWidget* parent = nullptr);

    DevicesModel* model() const { return model_; }
    void refresh();

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
