// report::leastCoveringCorner: the tour card takes the first corner (bottom right, bottom
// left, top right, top left) that covers least of the framed widget.
#include "core/report/CardPlacement.h"

#include <QTest>

using namespace famscope::report;

class TestCardPlacement : public QObject {
    Q_OBJECT

private slots:
    void overlap() {
        QCOMPARE(overlapArea({0, 0, 10, 10}, {5, 5, 10, 10}), 25LL);
        QCOMPARE(overlapArea({0, 0, 10, 10}, {10, 0, 5, 5}), 0LL); // edges touch only
        QCOMPARE(overlapArea({0, 0, 10, 10}, {}), 0LL);
    }

    void corners() {
        const Box area{10, 30, 1000, 600}; // x 10..1010, y 30..630
        // Nothing framed, or a frame clear of the corner: bottom right.
        QCOMPARE(leastCoveringCorner(area, 400, 200, {}), (Box{610, 430, 400, 200}));
        // A frame over the bottom right: bottom left.
        QCOMPARE(leastCoveringCorner(area, 400, 200, {700, 500, 300, 100}),
                 (Box{10, 430, 400, 200}));
        // The whole bottom framed: top right.
        QCOMPARE(leastCoveringCorner(area, 400, 200, {10, 400, 1000, 230}),
                 (Box{610, 30, 400, 200}));
        // Everything framed: the least covered wins, the first of equals.
        QCOMPARE(leastCoveringCorner(area, 400, 200, {10, 30, 1000, 600}),
                 (Box{610, 430, 400, 200}));
        QCOMPARE(leastCoveringCorner(area, 400, 200, {10, 30, 500, 600}),
                 (Box{610, 430, 400, 200}));
        QCOMPARE(leastCoveringCorner(area, 400, 200, {300, 30, 710, 600}),
                 (Box{10, 430, 400, 200}));
    }
};

QTEST_GUILESS_MAIN(TestCardPlacement)
#include "tst_card_placement.moc"
