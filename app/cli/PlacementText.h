// Text and JSON for an allocation placement (creat, creat --plan, cp).
#pragma once

#include "cli/JsonWriter.h"
#include "edit/Allocator.h"

#include <QString>

namespace famscope::cli {

QString placementText(const edit::Placement& p, const QString& indent);
void writePlacement(JsonWriter& w, const edit::Placement& p);

} // namespace famscope::cli
