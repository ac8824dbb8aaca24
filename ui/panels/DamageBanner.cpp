#include "ui/panels/DamageBanner.h"

#include "ui/document/Document.h"
#include "ui/util/ShownText.h"

#include "core/fs/MediaDamage.h"

#include <QPushButton>

namespace famscope::ui {

DamageBanner::DamageBanner(Document* document, QWidget* parent)
    : Banner(QStringLiteral("damageBanner"), true, parent), document_(document) {
    connect(addButton(tr("Run fsck"), QStringLiteral("damageRunFsck")), &QPushButton::clicked, this,
            &DamageBanner::runFsckRequested);
    connect(document_, &Document::loaded, this, &DamageBanner::update);
}

void DamageBanner::update() {
    const auto snapshot = document_->snapshot();
    const auto damage = snapshot ? fs::readableDamage(snapshot->fs()) : std::nullopt;
    if (!damage) {
        hide();
        return;
    }
    setText(tr("Damaged media, shown read-only with what could be read: %1")
                .arg(shownText(damage->summary())));
    show();
}

} // namespace famscope::ui
