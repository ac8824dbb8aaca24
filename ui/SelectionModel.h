// The one selection every view shares (QDirStat's SelectionModel): the namespace tree, the log
// table and the file details all follow the current file, whichever of them chose it. Views
// connect to currentPathChanged and call setCurrentPath; a view that reacts must not echo the
// change back (setCurrentPath ignores a path that is already current).
//
// Within the current file, the resolver panel also publishes the resolved location of the
// offset the user picked (device, device offset, extent or strip); the extent table, the stripe
// diagram and the heatmap highlight it. It belongs to the current path: changing the path
// clears it.
#pragma once

#include <QObject>
#include <QString>

#include <cstdint>
#include <optional>

namespace famscope::ui {

// Where one file offset of the current file lives, as fs::resolve() answered.
struct ResolvedLocation {
    uint64_t fileOffset = 0;
    uint64_t devindex = 0;
    uint64_t deviceOffset = 0;
    uint64_t length = 0;      // mapped bytes from deviceOffset to the next discontinuity
    uint32_t extentIndex = 0; // the simple extent, or the strip, that holds the offset
    bool operator==(const ResolvedLocation&) const = default;
};

class SelectionModel : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    QString currentPath() const { return path_; } // namespace path, "" for none
    void setCurrentPath(const QString& path);
    void clear() { setCurrentPath(QString()); }

    std::optional<ResolvedLocation> resolvedLocation() const { return location_; }
    void setResolvedLocation(const std::optional<ResolvedLocation>& location);

signals:
    void currentPathChanged(const QString& path);
    // Emitted after currentPathChanged when a path change drops the location.
    void resolvedLocationChanged(const std::optional<famscope::ui::ResolvedLocation>& location);

private:
    QString path_;
    std::optional<ResolvedLocation> location_;
};

} // namespace famscope::ui
