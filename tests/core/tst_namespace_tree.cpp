// fs::namespaceTree: every node under its parent directory in path order, top-level nodes
// under the root, and a node a damaged log put under a file hung under that file.
#include "core/fs/NamespaceTree.h"

#include <QTest>

#include <optional>
#include <string>
#include <vector>

using namespace famscope::fs;

class TestNamespaceTree : public QObject {
    Q_OBJECT

    // Entry k made the k-th of these, except "c" (entry 9, past the log of 9 entries asked).
    static Namespace sample() {
        Namespace ns; // both lists sorted by path, as replay leaves them
        uint64_t entry = 0;
        for (const char* d : {"a", "a/b", "c"}) {
            ns.dirs.emplace_back().path = d;
            ns.dirs.back().entryIndex = entry++;
        }
        ns.dirs.back().entryIndex = 9;
        for (const char* f : {"a/b/f", "a/g", "c/h", "top", "top/under"}) {
            ns.files.emplace_back().path = f;
            ns.files.back().entryIndex = entry++;
        }
        return ns;
    }

private slots:
    void nodesHangUnderTheirParents() {
        const NamespaceTree t = namespaceTree(sample());
        // Nodes: 0 a, 1 a/b, 2 c, 3 a/b/f, 4 a/g, 5 c/h, 6 top, 7 top/under; 8 the root.
        QCOMPARE(t.root(), 8u);
        QCOMPARE(t.children[t.root()], (std::vector<uint32_t>{0, 2, 6}));
        QCOMPARE(t.children[0], (std::vector<uint32_t>{1, 4}));
        QCOMPARE(t.children[1], (std::vector<uint32_t>{3}));
        QCOMPARE(t.children[2], (std::vector<uint32_t>{5}));
        QCOMPARE(t.children[6], (std::vector<uint32_t>{7})); // under a file: a damaged log
        QCOMPARE(t.parent, (std::vector<uint32_t>{8, 0, 8, 1, 0, 2, 8, 6, 8}));
        QCOMPARE(t.row[4], 1u);
        QCOMPARE(t.row[6], 2u);
        for (uint32_t node = 0; node < t.root(); ++node)
            QCOMPARE(t.children[t.parent[node]][t.row[node]], node);
    }

    void nodesByPathAndByEntry() {
        const Namespace ns = sample();
        QCOMPARE(nodeOfPath(ns, "a/b"), std::optional<uint32_t>(1));
        QCOMPARE(nodeOfPath(ns, "a/g"), std::optional<uint32_t>(4));
        QCOMPARE(nodeOfPath(ns, "a/x"), std::nullopt);
        QCOMPARE(nodeOfPath(ns, ""), std::nullopt); // the root is not a node of the lists
        QCOMPARE(namespaceNode(ns, 1).dir, &ns.dirs[1]);
        QCOMPARE(namespaceNode(ns, 4).file, &ns.files[1]);
        QCOMPARE(namespaceNode(ns, 4).path(), std::string("a/g"));
        QCOMPARE(namespaceNode(ns, 2).entryIndex(), uint64_t{9});
        // Entry 2 made nothing here ("c" is entry 9), and entry 9 is past the 9 entries asked.
        QCOMPARE(nodeOfEachEntry(ns, 9),
                 (std::vector<uint32_t>{0, 1, kNoNode, 3, 4, 5, 6, 7, kNoNode}));
    }

    void anEmptyNamespaceIsTheRootAlone() {
        for (const NamespaceTree& t : {namespaceTree(Namespace{}), NamespaceTree{}}) {
            QCOMPARE(t.root(), 0u);
            QVERIFY(t.children[0].empty());
        }
    }
};

QTEST_GUILESS_MAIN(TestNamespaceTree)
#include "tst_namespace_tree.moc"
