// The bar at the top of the window for damaged media opened read-only (fs::MediaDamage): what
// is wrong, that the views show only what could be read, and a button that runs fsck. It follows
// the document by itself: shown for each damaged target loaded, hidden for an intact one.
#pragma once

#include "ui/panels/Banner.h"

namespace famscope::ui {

class Document;

class DamageBanner : public Banner {
    Q_OBJECT
public:
    explicit DamageBanner(Document* document, QWidget* parent = nullptr);

signals:
    void runFsckRequested();

private:
    void update(); // from the document's current snapshot

    Document* document_;
};

} // namespace famscope::ui
