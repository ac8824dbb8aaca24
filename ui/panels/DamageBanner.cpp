#include "ui/panels/DamageBanner.h"

#include "ui/document/Document.h"
#include "ui/util/ShownText.h"

#include "core/fs/MediaDamage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace famscope::ui {

DamageBanner::DamageBanner(Document* document, QWidget* parent)
    : QFrame(parent), document_(document), label_(new QLabel(this)),
      runFsck_(new QPushButton(tr("Run fsck"), this)) {
    setObjectName(QStringLiteral("damageBanner"));
    // Amber, not the red of a failed open: the target is shown, but incompletely.
    setStyleSheet(QStringLiteral("#damageBanner { background: #f5b041; } "
                                 "#damageBanner QLabel { color: black; font-weight: bold; }"));
    label_->setWordWrap(true);
    label_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    runFsck_->setObjectName(QStringLiteral("damageRunFsck"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(label_, 1);
    layout->addWidget(runFsck_);
    connect(runFsck_, &QPushButton::clicked, this, &DamageBanner::runFsckRequested);
    connect(document_, &Document::loaded, this, &DamageBanner::update);
    hide();
}

void DamageBanner::update() {
    const auto snapshot = document_->snapshot();
    const auto damage = snapshot ? fs::readableDamage(snapshot->fs()) : std::nullopt;
    if (!damage) {
        hide();
        return;
    }
    label_->setText(tr("Damaged media, shown read-only with what could be read: %1")
                        .arg(shownText(damage->summary())));
    show();
}

QString DamageBanner::text() const {
    return label_->text();
}

} // namespace famscope::ui
