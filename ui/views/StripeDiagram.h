// Where the chunks of an interleaved file live: one bar per strip, in log order, each split
// into the chunks it holds and labelled with the file chunk number, plus a bar of the file
// itself with the same colours, so "chunk 5 is the second chunk of strip 2" can be read off.
// A simple file is drawn as its extents along the file, proportional to their length.
// The resolved location of the shared selection is outlined: its extent, or its strip and chunk.
#pragma once

#include "core/fs/Namespace.h"
#include "ui/SelectionModel.h"

#include <QWidget>

#include <optional>

namespace famscope::ui {

class StripeDiagram : public QWidget {
    Q_OBJECT
public:
    static constexpr uint64_t kMaxChunksDrawn = 64; // per file; more are summarised

    explicit StripeDiagram(QWidget* parent = nullptr);
    void setFile(const fs::FsFile* file); // also drops the highlight
    void setHighlight(const std::optional<ResolvedLocation>& location);
    // What is outlined: the extent or strip index, and for an interleaved file the chunk.
    std::optional<uint32_t> highlightedPiece() const;
    std::optional<uint64_t> highlightedChunk() const;

    // Which strip, and which chunk within it, holds file chunk `chunk` (0-based).
    static std::pair<uint64_t, uint64_t> stripOfChunk(uint64_t chunk, uint64_t nstrips) {
        return {chunk % nstrips, chunk / nstrips};
    }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void paintInterleaved(QPainter& p);
    void paintSimple(QPainter& p);
    QColor chunkColour(uint64_t chunk, uint64_t chunks) const;
    void outline(QPainter& p, const QRectF& rect) const;

    std::optional<fs::FsFile> file_;
    std::optional<ResolvedLocation> highlight_;
};

} // namespace famscope::ui
