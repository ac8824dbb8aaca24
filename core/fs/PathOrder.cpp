#include "core/fs/PathOrder.h"

#include "core/fs/BulkAllocator.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <optional>
#include <system_error>
#include <thread>
#include <type_traits>

namespace famscope::fs::replay_detail {

namespace {

// What one directory lists, to be sorted by key. A file is one child keyed by its name. A
// directory is two: the directory itself, keyed by its name, and everything below it, keyed by
// its name + '/', since every path below it starts with that. Keys of one directory are all
// distinct (paths are unique, names hold no '/'), and sorting them orders every path below
// that directory: two paths first differ within the keys they fall under.
enum class ChildKind : uint8_t { File, Dir, Subtree };

// Small, as sorting moves children around, yet enough to emit the records in order without
// going back to the (randomly ordered) input.
struct Child {
    // The key's first sixteen bytes as two big-endian numbers, zero-padded (no key holds a
    // NUL), so that most comparisons are integer compares.
    uint64_t prefix[2] = {0, 0};
    const char* path = nullptr; // the whole path; the key starts at nameStart
    uint32_t id = 0;            // File, Dir: the creating entry; Subtree: the directory's node
    uint8_t nameStart = 0;      // paths are at most kMaxPathLen bytes
    uint8_t keySize = 0;
    ChildKind kind = ChildKind::File;

    Child() = default;
    Child(const Pending& p, uint32_t start, ChildKind k, uint32_t subtreeNode = 0)
        : path(p.data), id(k == ChildKind::Subtree ? subtreeNode : p.entryIndex),
          nameStart(static_cast<uint8_t>(start)),
          keySize(static_cast<uint8_t>(p.size - start + (k == ChildKind::Subtree ? 1 : 0))),
          kind(k) {
        std::array<uint8_t, 16> head{};
        std::memcpy(head.data(), key(), std::min<size_t>(keySize, head.size()));
        prefix[0] = loadBigEndian(head.data());
        prefix[1] = loadBigEndian(head.data() + 8);
    }
    const char* key() const { return path + nameStart; }
    // The record of a File or Dir child of the node `parent`.
    Pending record(uint32_t parent) const {
        return {path, static_cast<uint32_t>(nameStart + keySize), parent, id};
    }

    bool operator<(const Child& o) const {
        if (prefix[0] != o.prefix[0])
            return prefix[0] < o.prefix[0];
        if (prefix[1] != o.prefix[1])
            return prefix[1] < o.prefix[1];
        const size_t common = std::min(keySize, o.keySize);
        if (common > 16)
            if (const int c = std::memcmp(key() + 16, o.key() + 16, common - 16); c != 0)
                return c < 0;
        return keySize < o.keySize;
    }

private:
    static uint64_t loadBigEndian(const uint8_t* p) {
        uint64_t v = 0;
        for (size_t b = 0; b < 8; ++b)
            v = (v << 8) | p[b];
        return v;
    }
};

static_assert(std::is_trivially_destructible_v<Child>);
static_assert(sizeof(Child) == 32);     // sorting moves them: two to a cache line
constexpr size_t kParallelFrom = 16384; // files or children; below, a thread costs more
using Children = std::vector<Child, BulkAllocator<Child>>;

// Where a path's name starts: after its parent's path and the '/'.
uint32_t nameStart(const Pending& p, std::span<const Pending> dirs) {
    return p.parent == 0 ? 0 : dirs[p.parent - 1].size + 1;
}

// The tree's nodes are the mount point (0) and every directory (k + 1); the children of node v
// are children[first[v], first[v + 1]).
struct Tree {
    std::vector<uint32_t> first;
    Children children;
};

// Lists every file and directory under its parent. With many files two threads place them:
// one the first half of the files, the other the rest and the directories, each after the
// other's within a node.
Tree buildTree(std::span<const Pending> files, std::span<const Pending> dirs) {
    const size_t nodes = dirs.size() + 1;
    const bool parallel = files.size() >= kParallelFrom && std::thread::hardware_concurrency() > 1;
    const size_t half = parallel ? files.size() / 2 : files.size();
    std::vector<uint32_t> lowerCount(nodes, 0), upperCount(nodes, 0);
    for (size_t k = 0; k < half; ++k)
        ++lowerCount[files[k].parent];
    for (size_t k = half; k < files.size(); ++k)
        ++upperCount[files[k].parent];
    for (const Pending& d : dirs)
        upperCount[d.parent] += 2;
    Tree tree;
    tree.first.assign(nodes + 1, 0);
    for (size_t v = 0; v < nodes; ++v)
        tree.first[v + 1] = tree.first[v] + lowerCount[v] + upperCount[v];
    {
        bulk::DeferredConstruction deferred;
        tree.children.resize(tree.first[nodes]); // storage only: each slot is constructed once
    }

    const auto place = [&tree](std::vector<uint32_t>& fill, uint32_t node, const Child& c) {
        ::new (static_cast<void*>(&tree.children[fill[node]++])) Child(c);
    };
    const auto placeFiles = [&](size_t from, size_t to, std::vector<uint32_t>& fill) {
        for (size_t k = from; k < to; ++k)
            place(fill, files[k].parent,
                  Child(files[k], nameStart(files[k], dirs), ChildKind::File));
    };
    const auto placeUpper = [&] {
        std::vector<uint32_t> fill(nodes);
        for (size_t v = 0; v < nodes; ++v)
            fill[v] = tree.first[v] + lowerCount[v];
        placeFiles(half, files.size(), fill);
        for (uint32_t k = 0; k < dirs.size(); ++k) {
            const Pending& d = dirs[k];
            const uint32_t at = nameStart(d, dirs);
            place(fill, d.parent, Child(d, at, ChildKind::Dir));
            place(fill, d.parent, Child(d, at, ChildKind::Subtree, k + 1));
        }
    };
    std::optional<std::jthread> upper;
    if (parallel) {
        try {
            upper.emplace(placeUpper);
        } catch (const std::system_error&) {
            // no second thread: place everything here
        }
    }
    std::vector<uint32_t> fill(tree.first.begin(), tree.first.end() - 1);
    placeFiles(0, half, fill);
    if (!upper)
        placeUpper();
    upper.reset(); // joins
    return tree;
}

// Sorts the children of every node. With many children the array is cut in the middle and
// each half sorted on its own thread, node by node; the one node whose children the cut splits
// (all of them, in a flat layout of one big directory) then has its two sorted parts merged.
void sortEachDirectory(Tree& tree) {
    const std::vector<uint32_t>& first = tree.first;
    Children& children = tree.children;
    const auto sortPart = [&children, &first](uint32_t from, uint32_t to) {
        // The node holding child `from`: the last one starting at or before it.
        auto v = static_cast<size_t>(std::upper_bound(first.begin(), first.end(), from) -
                                     first.begin() - 1);
        for (; v + 1 < first.size() && first[v] < to; ++v)
            std::sort(children.begin() + std::max(first[v], from),
                      children.begin() + std::min(first[v + 1], to));
    };
    const uint32_t total = first.back();
    if (total < kParallelFrom || std::thread::hardware_concurrency() < 2) {
        sortPart(0, total);
        return;
    }
    const uint32_t mid = total / 2;
    {
        std::optional<std::jthread> upper;
        try {
            upper.emplace(sortPart, mid, total);
        } catch (const std::system_error&) {
            sortPart(0, total); // no second thread: sort everything here
            return;
        }
        sortPart(0, mid);
    } // the upper half is joined here
    const auto v =
        static_cast<size_t>(std::upper_bound(first.begin(), first.end(), mid) - first.begin() - 1);
    if (first[v] < mid)
        std::inplace_merge(children.begin() + first[v], children.begin() + mid,
                           children.begin() + first[v + 1]);
}

// Depth-first from the mount point, each node's children in key order. Nesting is bounded by
// the path length, so the stack stays small.
PathOrder walk(const Tree& tree, size_t files, size_t dirs) {
    PathOrder order;
    order.files.reserve(files);
    order.dirs.reserve(dirs);
    struct Visit {
        uint32_t node;
        uint32_t next; // the next child of the node to take
    };
    std::vector<Visit> stack{{0, tree.first[0]}};
    while (!stack.empty()) {
        const Visit top = stack.back();
        if (top.next == tree.first[top.node + 1]) {
            stack.pop_back();
            continue;
        }
        ++stack.back().next;
        const Child& c = tree.children[top.next];
        switch (c.kind) {
        case ChildKind::File:
            order.files.push_back(c.record(top.node));
            break;
        case ChildKind::Dir:
            order.dirs.push_back(c.record(top.node));
            break;
        case ChildKind::Subtree: {
            const uint32_t node = c.id;
            stack.push_back({node, tree.first[node]});
            break;
        }
        }
    }
    return order;
}

} // namespace

PathOrder orderByPath(std::span<const Pending> files, std::span<const Pending> dirs) {
    Tree tree = buildTree(files, dirs);
    sortEachDirectory(tree);
    return walk(tree, files.size(), dirs.size());
}

} // namespace famscope::fs::replay_detail
