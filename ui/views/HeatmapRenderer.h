// Paints the heatmap of one snapshot: the cells of a grid (heatmap/HeatmapGrid.h) coloured by
// owner, log age or fsck severity, and the selected file's extents or strips outlined and
// numbered in file order. The widget, the overview strip and the PNG/SVG exports all paint
// through here, so what is exported is what is seen.
//
// Owns the time-travel model (timeline + multi-resolution summary) for the snapshot; a paint
// reads one summary cell per grid square, never the units themselves.
#pragma once

#include "core/fsck/Finding.h"
#include "core/heatmap/AllocationTimeline.h"
#include "core/heatmap/HeatmapGrid.h"
#include "core/heatmap/HeatmapSummary.h"
#include "core/heatmap/SeverityMap.h"
#include "ui/document/Snapshot.h"
#include "ui/views/HeatmapColours.h"

#include <QColor>
#include <QImage>

#include <memory>
#include <optional>
#include <vector>

class QPainter;

namespace famscope::ui {

class HeatmapRenderer {
public:
    explicit HeatmapRenderer(std::shared_ptr<const Snapshot> snapshot);

    const Snapshot& snapshot() const { return *snapshot_; }
    std::shared_ptr<const Snapshot> sharedSnapshot() const { return snapshot_; }
    const heatmap::AllocationTimeline& timeline() const { return timeline_; }
    const heatmap::HeatmapSummary& summary() const { return summary_; }
    uint64_t nbits() const { return timeline_.nbits(); }
    uint64_t allocUnit() const { return timeline_.allocUnit(); }
    uint64_t entryCount() const { return timeline_.entryCount(); }

    uint64_t time() const { return summary_.time(); } // entries [0, time) applied
    void setTime(uint64_t time) { summary_.setTime(time); }
    HeatmapMode mode() const { return mode_; }
    void setMode(HeatmapMode mode) { mode_ = mode; }
    void setFindings(std::vector<fsck::Finding> findings);
    bool hasFindings() const { return findingsSet_; }
    const std::vector<fsck::Finding>& findings() const { return findings_; }
    const heatmap::SeverityMap& severities() const { return severities_; }
    std::optional<uint32_t> selectedEntry() const { return selected_; }
    void setSelectedEntry(std::optional<uint32_t> entry) { selected_ = entry; }

    // The replayed file an entry instantiated, or null (not a file, or refused by replay).
    const fs::FsFile* fileOfEntry(uint64_t entry) const;

    // The grid's cells at its origin (0, 0). `vector`: merged rectangles (SVG) instead of one
    // scaled image (screen, PNG).
    void paintGrid(QPainter& p, const heatmap::GridGeometry& grid, bool vector = false) const;
    void paintSelection(QPainter& p, const heatmap::GridGeometry& grid) const;
    // Where a planned file would land (the fragmentation panel's "Will it fit?", the create
    // dialog): outlined dashed in magenta and tagged P0, P1, ... in file order. Empty clears.
    void setPreview(const std::vector<famfs::SimpleExtent>& ranges, bool interleaved,
                    uint64_t chunkSize);
    const std::vector<heatmap::AuRange>& preview() const { return preview_; }
    void paintPreview(QPainter& p, const heatmap::GridGeometry& grid) const;
    // Device offsets of the rows in a gutter left of the grid (x < 0), every few rows.
    void paintRowLabels(QPainter& p, const heatmap::GridGeometry& grid, int gutterWidth) const;
    static constexpr int kGutterWidth = 72;

private:
    struct OutlineStyle {
        bool dashed = false;      // not on media (yet)
        bool interleaved = false; // strips: tagged S, numbered per chunk when cells allow
        uint64_t chunkSize = 0;
        QColor outer = Qt::black;
        QString tagPrefix; // empty: "S" or "E"
    };
    // Outlines `pieces` (file order) cell row by cell row, and numbers them.
    void paintOutlines(QPainter& p, const heatmap::GridGeometry& grid,
                       const std::vector<heatmap::AuRange>& pieces,
                       const OutlineStyle& style) const;
    std::vector<QRgb> cellColours(const heatmap::GridGeometry& grid) const;
    QRgb cellRgb(const heatmap::CellSummary& cell, const heatmap::AuRange& units, bool collision,
                 heatmap::CellSeverity severity) const;
    QRgb entryRgb(uint32_t entry) const; // the mode's colour of a file, cached per entry

    std::shared_ptr<const Snapshot> snapshot_;
    heatmap::AllocationTimeline timeline_;
    heatmap::HeatmapSummary summary_;
    HeatmapMode mode_ = HeatmapMode::Owner;
    std::vector<fsck::Finding> findings_;
    heatmap::SeverityMap severities_;
    bool findingsSet_ = false;
    std::optional<uint32_t> selected_;
    std::vector<heatmap::AuRange> preview_;
    bool previewInterleaved_ = false;
    uint64_t previewChunkSize_ = 0;
    std::vector<uint32_t> nodeOfEntry_; // fs::nodeOfEachEntry
    mutable std::vector<heatmap::CellSummary> cellBuffer_;
    mutable std::vector<QRgb> ownerRgb_; // 0: not computed yet (every colour is opaque)
    mutable std::vector<QRgb> ageRgb_;
    mutable QImage frame_; // reused between paints
};

} // namespace famscope::ui
