// Mode, uid and gid fields as the create-file and mkdir dialogs show them; uid and gid start
// as this process's effective ids, as famfs and the CLI default them.
#pragma once

#include "core/report/SizeText.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <optional>

class QFormLayout;
class QLineEdit;

namespace famscope::ui {

class OwnerFields {
    Q_DECLARE_TR_FUNCTIONS(famscope::ui::OwnerFields)
public:
    OwnerFields(QFormLayout* form, uint32_t defaultMode);

    QLineEdit* modeEdit() const { return mode_; }
    // The values, or nullopt with `error` naming the field that cannot be read.
    std::optional<report::Owner> read(QString& error) const;

private:
    QLineEdit* mode_;
    QLineEdit* uid_;
    QLineEdit* gid_;
};

} // namespace famscope::ui
