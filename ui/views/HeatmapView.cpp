#include "ui/views/HeatmapView.h"

#include "ui/SelectionModel.h"
#include "ui/util/Format.h"
#include "ui/util/ShownText.h"
#include "ui/views/HeatmapRenderer.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>

namespace famscope::ui {

using namespace heatmap;

namespace {
constexpr int kGutter = HeatmapRenderer::kGutterWidth; // row offsets, left of the grid
constexpr int kTop = 6;
} // namespace

HeatmapView::HeatmapView(SelectionModel* selection, QWidget* parent)
    : QWidget(parent), selection_(selection) {
    setObjectName(QStringLiteral("heatmapView"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    connect(selection_, &SelectionModel::currentPathChanged, this, &HeatmapView::followSelection);
    connect(selection_, &SelectionModel::resolvedLocationChanged, this,
            &HeatmapView::followLocation);
}

HeatmapView::~HeatmapView() = default;

void HeatmapView::setRenderer(std::shared_ptr<HeatmapRenderer> renderer) {
    renderer_ = std::move(renderer);
    zoomToFit();
    if (renderer_)
        followSelection(selection_->currentPath());
    followLocation(selection_->resolvedLocation());
}

void HeatmapView::setGrid(const GridGeometry& grid) {
    grid_ = grid;
    update();
    emit viewChanged();
}

// The grid is laid out in device pixels, so that on a screen scaled 2× every cell edge is
// a device pixel edge and the squares are drawn sharp, not a half-size picture blown up.
qreal HeatmapView::scale() const {
    return devicePixelRatioF();
}

uint32_t HeatmapView::areaWidth() const {
    return static_cast<uint32_t>(std::max(1, qRound((width() - kGutter - 4) * scale())));
}

uint32_t HeatmapView::areaHeight() const {
    return static_cast<uint32_t>(std::max(1, qRound((height() - kTop) * scale())));
}

std::optional<uint64_t> HeatmapView::cellAt(QPoint pos) const {
    return grid_.cellAt(static_cast<int>((pos.x() - kGutter) * scale()),
                        static_cast<int>((pos.y() - kTop) * scale()));
}

void HeatmapView::zoomToFit() {
    setGrid(fillGrid(renderer_ ? renderer_->nbits() : 0, areaWidth(), areaHeight()));
}

void HeatmapView::zoom(int steps, QPoint anchor) {
    if (!renderer_)
        return;
    setGrid(zoomViewGrid(grid_, steps, static_cast<int>((anchor.x() - kGutter) * scale()),
                         static_cast<int>((anchor.y() - kTop) * scale())));
}

void HeatmapView::scrollToUnit(uint64_t au) {
    if (renderer_)
        setGrid(heatmap::scrollToUnit(grid_, au));
}

void HeatmapView::panRows(int64_t rows) {
    setGrid(panGrid(grid_, rows));
}

void HeatmapView::refresh() {
    update();
    emit viewChanged();
}

void HeatmapView::followSelection(const QString& path) {
    if (!renderer_)
        return;
    const fs::FsFile* file = renderer_->snapshot().ns.findFile(pathBytes(path));
    renderer_->setSelectedEntry(file ? std::optional<uint32_t>(static_cast<uint32_t>(
                                           std::min<uint64_t>(file->entryIndex, kLastEntryCode)))
                                     : std::nullopt);
    update();
}

void HeatmapView::followLocation(const std::optional<ResolvedLocation>& location) {
    resolvedUnit_.reset();
    // The heatmap draws device 0 only (the device the snapshot opened).
    if (renderer_ && location && location->devindex == 0 && renderer_->allocUnit() != 0) {
        const uint64_t unit = location->deviceOffset / renderer_->allocUnit();
        if (unit < renderer_->nbits())
            resolvedUnit_ = unit;
    }
    if (resolvedUnit_) {
        const AuRange shown = grid_.visibleUnits();
        if (*resolvedUnit_ < shown.first || *resolvedUnit_ >= shown.end)
            scrollToUnit(*resolvedUnit_);
    }
    update();
}

// A frame in the highlight colour with a white inner edge, so it stands out on any cell colour.
void HeatmapView::paintResolvedUnit(QPainter& p) const {
    if (!resolvedUnit_ || grid_.cellPx == 0)
        return;
    const GridGeometry::Point o = grid_.cellOrigin(*resolvedUnit_ >> grid_.level);
    const QRectF cell(static_cast<qreal>(o.x), static_cast<qreal>(o.y), grid_.cellPx, grid_.cellH);
    const qreal w = std::max<qreal>(2, scale() * 2);
    p.save();
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(Qt::white, w));
    p.drawRect(cell.adjusted(-w, -w, w, w));
    p.setPen(QPen(palette().color(QPalette::Highlight), w));
    p.drawRect(cell.adjusted(-2 * w, -2 * w, 2 * w, 2 * w));
    p.restore();
}

QPoint HeatmapView::cellCentre(uint64_t cell) const {
    const GridGeometry::Point o = grid_.cellOrigin(cell);
    return {kGutter + static_cast<int>((static_cast<qreal>(o.x) + grid_.cellPx / 2) / scale()),
            kTop + static_cast<int>((static_cast<qreal>(o.y) + grid_.cellH / 2) / scale())};
}

QString HeatmapView::describeAt(QPoint pos) const {
    if (!renderer_)
        return {};
    const std::optional<uint64_t> cell = cellAt(pos);
    if (!cell)
        return {};
    const HeatmapRenderer& r = *renderer_;
    const AuRange units = grid_.unitsOfCell(*cell);
    const uint64_t au = r.allocUnit();
    QStringList lines;
    lines << tr("Device offset %1 – %2 (%3)")
                 .arg(formatHex(units.first * au), formatHex(units.end * au),
                      formatSize(units.size() * au));
    const CellSummary summary = r.summary().cell(grid_.level, *cell);
    if (units.size() > 1)
        lines << tr("%1 of %n allocation unit(s) in use", nullptr, countForTr(units.size()))
                     .arg(summary.usedAus);
    // The owner the cell shows, and one of its units inside the cell.
    const uint64_t probeAu = r.timeline().firstClaimedIn(summary.dominant, units);
    const UnitProbe probe = r.timeline().probe(probeAu, r.time());
    const uint32_t owner = units.size() > 1 ? summary.dominant : probe.owner;
    if (owner == kCellFree) {
        lines << tr("Free");
    } else if (owner == kCellMetadata) {
        lines << tr("Superblock and log");
    } else {
        const fs::FsFile* file = r.fileOfEntry(owner);
        lines << (file ? tr("File %1").arg(shownText(file->path))
                       : tr("Log entry %1 (not in the namespace)").arg(owner));
        const auto pieces = r.timeline().claimsOf(owner);
        if (probe.owner == owner && probe.pieceIndex)
            lines << (probe.interleaved ? tr("Strip %1 of %2") : tr("Extent %1 of %2"))
                         .arg(*probe.pieceIndex)
                         .arg(pieces.size());
        lines << tr("Written by log entry %1").arg(owner);
    }
    if (!probe.alsoClaimedBy.empty()) {
        QStringList others;
        for (const uint64_t e : probe.alsoClaimedBy)
            others << QString::number(e);
        lines
            << tr("Collision: also claimed by log entry %1").arg(others.join(QStringLiteral(", ")));
    }
    if (probe.beyondMedia)
        lines << tr("Beyond the end of the media");
    if (r.hasFindings()) {
        const std::vector<size_t> found = r.severities().findingsAt(probeAu);
        for (size_t i = 0; i < found.size() && i < 3; ++i) {
            const fsck::Finding& f = r.findings()[found[i]];
            lines << QStringLiteral("fsck %1 %2: %3")
                         .arg(QLatin1String(fsck::severityName(f.severity)),
                              QString::fromStdString(f.code), shownText(f.message));
        }
        if (found.size() > 3)
            lines << tr("… and %n more finding(s)", nullptr, countForTr(found.size() - 3));
    }
    if (r.time() < r.entryCount())
        lines << tr("As after the first %1 of %2 log entries").arg(r.time()).arg(r.entryCount());
    return lines.join(QLatin1Char('\n'));
}

bool HeatmapView::selectAt(QPoint pos) {
    if (!renderer_)
        return false;
    const std::optional<uint64_t> cell = cellAt(pos);
    if (!cell)
        return false;
    const uint32_t owner = grid_.level == 0
                               ? renderer_->timeline().ownerAt(*cell, renderer_->time())
                               : renderer_->summary().cell(grid_.level, *cell).dominant;
    if (!isEntryCode(owner))
        return false;
    if (const fs::FsFile* file = renderer_->fileOfEntry(owner)) {
        selection_->setCurrentPath(shownText(file->path));
    } else { // a file replay did not instantiate: outline it here only
        selection_->clear();
        renderer_->setSelectedEntry(owner);
        update();
    }
    return true;
}

void HeatmapView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    if (!renderer_) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("Open an image or device to see its heatmap."));
        return;
    }
    p.translate(kGutter, kTop);
    // Device pixels: one grid pixel is one screen pixel at any scale.
    const qreal s = scale();
    p.scale(1 / s, 1 / s);
    renderer_->paintGrid(p, grid_);
    renderer_->paintSelection(p, grid_);
    renderer_->paintPreview(p, grid_);
    paintResolvedUnit(p);
    p.setPen(palette().color(QPalette::WindowText));
    QFont labels = font(); // the widget's text size, drawn in device pixels
    if (labels.pointSizeF() > 0)
        labels.setPointSizeF(labels.pointSizeF() * s);
    else
        labels.setPixelSize(qRound(labels.pixelSize() * s));
    p.setFont(labels);
    renderer_->paintRowLabels(p, grid_, qRound(kGutter * s));
}

void HeatmapView::resizeEvent(QResizeEvent*) {
    if (!renderer_)
        return zoomToFit();
    setGrid(resizedGrid(grid_, areaWidth(), areaHeight()));
}

void HeatmapView::wheelEvent(QWheelEvent* event) {
    const int steps = event->angleDelta().y() / 120;
    if (steps == 0)
        return;
    if (event->modifiers() & Qt::ShiftModifier)
        panRows(-steps * 3);
    else
        zoom(steps, event->position().toPoint());
    event->accept();
}

void HeatmapView::keyPressEvent(QKeyEvent* event) {
    const int page = std::max(1, static_cast<int>(grid_.rows) - 1);
    const QPoint centre(width() / 2, height() / 2);
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoom(1, centre);
        break;
    case Qt::Key_Minus:
        zoom(-1, centre);
        break;
    case Qt::Key_0:
        zoomToFit();
        break;
    case Qt::Key_Up:
        panRows(-1);
        break;
    case Qt::Key_Down:
        panRows(1);
        break;
    case Qt::Key_PageUp:
        panRows(-page);
        break;
    case Qt::Key_PageDown:
        panRows(page);
        break;
    case Qt::Key_Home:
        scrollToUnit(0);
        break;
    case Qt::Key_End:
        scrollToUnit(grid_.nbits ? grid_.nbits - 1 : 0);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void HeatmapView::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    pressPos_ = event->position().toPoint();
    pressTopRow_ = grid_.topRow;
    dragging_ = false;
}

void HeatmapView::mouseMoveEvent(QMouseEvent* event) {
    const QPoint pos = event->position().toPoint();
    if (event->buttons() & Qt::LeftButton) {
        const int dy = pos.y() - pressPos_.y();
        if (std::abs(dy) > 4)
            dragging_ = true;
        if (dragging_) {
            GridGeometry pressed = grid_;
            pressed.topRow = pressTopRow_;
            setGrid(panGrid(pressed, -qRound(dy * scale()) / static_cast<int>(grid_.cellH)));
        }
    }
    emit hovered(describeAt(pos)
                     .section(QLatin1Char('\n'), 0, 2)
                     .replace(QLatin1Char('\n'), QStringLiteral(" · ")));
}

void HeatmapView::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton && !dragging_)
        selectAt(event->position().toPoint());
    dragging_ = false;
}

bool HeatmapView::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const QString text = describeAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace famscope::ui
