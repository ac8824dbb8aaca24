// The bar at the top of the window while a repair of the open target is pending: a repair was
// interrupted after its intent was recorded (repair/PendingRepair.h), so the views may show
// the metadata mid-repair. It offers what `famscope repair` and `famscope restore` do: finish
// the repair (with the same refusals: mounted, another host's, locked) or put back the backup
// taken before it. It follows the document by itself and asks for a reload after either.
#pragma once

#include "core/repair/PendingRepair.h"

#include <QFrame>

#include <functional>
#include <optional>
#include <string>

class QLabel;
class QPushButton;

namespace famscope::ui {

class Document;

struct PendingRepairSettings {
    std::string systemUuidPath = "/opt/famfs/system_uuid";
    std::string mountInfoPath = "/proc/self/mountinfo";
};

class PendingRepairBanner : public QFrame {
    Q_OBJECT
public:
    // `settings` is asked each time, so that it follows the window's write-mode options.
    PendingRepairBanner(Document* document, std::function<PendingRepairSettings()> settings,
                        QWidget* parent = nullptr);

    QString text() const;
    // Finish repair / Undo (restore backup); false when refused or failed (text() says why).
    bool finishRepair();
    bool undoRepair();

signals:
    void aboutToWrite();                  // end write mode: finishing takes the lock itself
    void finished(const QString& backup); // the media changed: reload
    void undone();                        // the backup was put back: reload

private:
    void update(); // from the document's current snapshot
    void showFailure(const QString& what, const std::string& error);

    Document* document_;
    std::function<PendingRepairSettings()> settings_;
    QLabel* label_;
    QPushButton* finish_;
    QPushButton* undo_;
    QString target_;
    std::optional<repair::PendingRepair> pending_;
};

} // namespace famscope::ui
