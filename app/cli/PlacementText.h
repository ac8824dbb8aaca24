// Text and JSON for an allocation placement (creat, creat --plan, cp).
#pragma once

#include "edit/Allocator.h"
#include "report/JsonWriter.h"

#include <QString>

namespace famscope::cli {

QString placementText(const edit::Placement& p, const QString& indent);
void writePlacement(report::JsonWriter& w, const edit::Placement& p);

} // namespace famscope::cli
