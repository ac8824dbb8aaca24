// The Qt side of report/OutputFile.h: every file the GUI writes for the user (table exports,
// fsck reports, heatmap pictures, benchmark exports, screenshots) goes through here, so it is
// written whole (temporary file, fsync, rename) or reported as failed, and never to a FIFO or
// a device.
#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

namespace famscope::ui {

// Empty on success, else what went wrong (naming the path).
QString writeOutputFile(const QString& path, const QByteArray& bytes);
// The image encoded as `format` ("PNG"), then written as above.
QString writeImageFile(const QString& path, const QImage& image, const char* format = "PNG");
// Only the check: empty when `path` may be written (a regular file or a new name).
QString checkOutputPath(const QString& path);

} // namespace famscope::ui
