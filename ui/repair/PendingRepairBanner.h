// The bar at the top of the window while a repair of the open target is pending: a repair was
// interrupted after its intent was recorded (repair/PendingRepair.h), so the views may show
// the metadata mid-repair. It offers what `famscope repair` and `famscope restore` do: finish
// the repair (with the same refusals: mounted, another host's, locked) or put back the backup
// taken before it. It follows the document by itself and asks for a reload after either.
#pragma once

#include "core/repair/PendingRepair.h"
#include "ui/panels/Banner.h"

#include <optional>
#include <string>

namespace famscope::ui {

class Document;
class WriteMode;

class PendingRepairBanner : public Banner {
    Q_OBJECT
public:
    // Finishing and undoing use the host identity and mount table of `writeMode`'s options,
    // read each time, so that they follow the window's.
    PendingRepairBanner(Document* document, WriteMode* writeMode, QWidget* parent = nullptr);

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
    WriteMode* writeMode_;
    QPushButton* finish_;
    QPushButton* undo_;
    QString target_;
    std::optional<repair::PendingRepair> pending_;
};

} // namespace famscope::ui
