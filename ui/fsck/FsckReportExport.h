// An fsck report as files: JSON, the bytes of `famscope fsck --json` (report::fsckReportJson), and
// one self-contained HTML page (report::fsckReportHtml) with the severity heatmap embedded.
#pragma once

#include "core/fsck/FsckReport.h"
#include "ui/document/Snapshot.h"

#include <QByteArray>
#include <QString>

namespace famscope::ui {

QByteArray fsckReportJson(const fs::LoadedFs& fs, const fsck::FsckReport& report);
// The severity heatmap of the snapshot with the report's findings, as PNG bytes.
QByteArray fsckHeatmapPng(const std::shared_ptr<const Snapshot>& snapshot,
                          const fsck::FsckReport& report);

// Both return an empty string on success, else what went wrong.
QString writeFsckJson(const QString& path, const fs::LoadedFs& fs, const fsck::FsckReport& report);
QString writeFsckHtml(const QString& path, const std::shared_ptr<const Snapshot>& snapshot,
                      const fsck::FsckReport& report);

} // namespace famscope::ui
