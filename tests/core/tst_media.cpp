// One set of media checks run against every backend (memory, image file, devdax), in the
// spirit of Okteta's abstract interface tests, plus openMedia() error cases and DaxMedia on a
// fake sysfs tree (its mmap/rounding/flush code run over /dev/zero).
#include "TempDir.h"
#include "core/media/CacheFlush.h"
#include "core/media/DaxMedia.h"
#include "core/media/ImageMedia.h"
#include "core/media/Media.h"
#include "core/media/MemoryMedia.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <glob.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace famscope::media;

namespace {

enum class Backend { Memory, Image, Dax };

constexpr uint64_t kMiB = 1024 * 1024;
// Not a page multiple, so the tail page of the image is a partial one.
constexpr uint64_t kSize = 6 * kMiB + 3 * 4096 + 77;
// The fixture content: a patterned head and tail around a sparse (all-zero) middle.
constexpr uint64_t kHead = 64 * 1024;
constexpr uint64_t kTail = 8 * 1024;

uint8_t patternByte(uint64_t i) {
    return static_cast<uint8_t>((i * 131u) ^ (i >> 11) ^ 0x5a);
}
uint8_t expectedByte(uint64_t i) {
    return i < kHead || i >= kSize - kTail ? patternByte(i) : uint8_t{0};
}

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

uint64_t pageSize() {
    return static_cast<uint64_t>(sysconf(_SC_PAGESIZE));
}

QByteArray toBytes(std::span<const uint8_t> s) {
    return QByteArray(reinterpret_cast<const char*>(s.data()), static_cast<qsizetype>(s.size()));
}

// A real devdax device: FAMSCOPE_TEST_DAX names one the tests may overwrite; otherwise the
// first /dev/dax* found is used for read-only checks only.
struct DaxChoice {
    std::string path;
    bool destructiveAllowed = false;
};
std::optional<DaxChoice> findDaxDevice() {
    if (const char* env = std::getenv("FAMSCOPE_TEST_DAX"); env && *env)
        return DaxChoice{env, true};
    glob_t g{};
    std::optional<DaxChoice> found;
    if (::glob("/dev/dax*", 0, nullptr, &g) == 0 && g.gl_pathc > 0)
        found = DaxChoice{g.gl_pathv[0], false};
    ::globfree(&g);
    return found;
}

bool isMapped(const void* addr) {
    const uint64_t ps = pageSize();
    auto page = reinterpret_cast<uintptr_t>(addr);
    page -= page % ps;
    unsigned char vec = 0;
    return ::mincore(reinterpret_cast<void*>(page), ps, &vec) == 0;
}

int mediaFd(const Media& media) {
    if (auto* image = dynamic_cast<const ImageMedia*>(&media))
        return image->fd();
    if (auto* dax = dynamic_cast<const DaxMedia*>(&media))
        return dax->fd();
    return -1;
}

struct Fixture {
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Media> media;
    bool knownContent = false; // false on a real device: its bytes are whatever is there
    QString skip;
    QString failure;
};

bool writeImageFile(const QString& path, QString& failure) {
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_CREAT | O_TRUNC | O_RDWR | O_CLOEXEC, 0644);
    if (fd < 0) {
        failure = QStringLiteral("cannot create %1").arg(path);
        return false;
    }
    std::vector<uint8_t> head(kHead), tail(kTail);
    for (uint64_t i = 0; i < kHead; ++i)
        head[i] = patternByte(i);
    for (uint64_t i = 0; i < kTail; ++i)
        tail[i] = patternByte(kSize - kTail + i);
    // ftruncate first: the middle stays a hole, as in a freshly created sparse image.
    const bool ok = ::ftruncate(fd, static_cast<off_t>(kSize)) == 0 &&
                    ::pwrite(fd, head.data(), head.size(), 0) == static_cast<ssize_t>(kHead) &&
                    ::pwrite(fd, tail.data(), tail.size(), static_cast<off_t>(kSize - kTail)) ==
                        static_cast<ssize_t>(kTail);
    ::close(fd);
    if (!ok)
        failure = QStringLiteral("cannot fill %1").arg(path);
    return ok;
}

Fixture makeFixture(Backend backend, Access access) {
    Fixture f;
    const bool rw = access == Access::ReadWrite;
    switch (backend) {
    case Backend::Memory: {
        std::vector<uint8_t> bytes(kSize);
        for (uint64_t i = 0; i < kSize; ++i)
            bytes[i] = expectedByte(i);
        f.media = std::make_unique<MemoryMedia>("memory", std::move(bytes), rw);
        f.knownContent = true;
        break;
    }
    case Backend::Image: {
        f.dir = std::make_unique<QTemporaryDir>();
        const QString path = tempPath(*f.dir, QStringLiteral("media.img"));
        if (!writeImageFile(path, f.failure))
            return f;
        auto opened = ImageMedia::open(QFile::encodeName(path).toStdString(), access);
        if (!opened) {
            f.failure = QString::fromStdString(opened.error());
            return f;
        }
        f.media = std::move(*opened);
        f.knownContent = true;
        break;
    }
    case Backend::Dax: {
        const auto dax = findDaxDevice();
        if (!dax) {
            f.skip = QStringLiteral("no devdax device exists on this machine (no /dev/dax*)");
            return f;
        }
        if (rw && !dax->destructiveAllowed) {
            f.skip = QStringLiteral("write checks on %1 skipped: set FAMSCOPE_TEST_DAX=<device> "
                                    "to allow overwriting a devdax device")
                         .arg(QString::fromStdString(dax->path));
            return f;
        }
        auto opened = DaxMedia::open(dax->path, access);
        if (!opened) {
            f.failure = QString::fromStdString(opened.error());
            return f;
        }
        f.media = std::move(*opened);
        break;
    }
    }
    return f;
}

// QSKIP/QFAIL return from the test function, so fixture creation is a macro.
#define FIXTURE(f, access)                                                                         \
    QFETCH(int, backendValue);                                                                     \
    Fixture f = makeFixture(static_cast<Backend>(backendValue), access);                           \
    if (!f.skip.isEmpty())                                                                         \
        QSKIP(qPrintable(f.skip));                                                                 \
    if (!f.failure.isEmpty())                                                                      \
        QFAIL(qPrintable(f.failure));                                                              \
    QVERIFY(f.media)

struct Range {
    uint64_t offset;
    uint64_t len;
};

} // namespace

class TestMedia : public QObject {
    Q_OBJECT

private:
    static void addBackends() {
        QTest::addColumn<int>("backendValue");
        QTest::newRow("memory") << static_cast<int>(Backend::Memory);
        QTest::newRow("image") << static_cast<int>(Backend::Image);
        QTest::newRow("devdax") << static_cast<int>(Backend::Dax);
    }

private slots:
    // ---- the abstract checks, once per backend ----
    void geometry_data() { addBackends(); }
    void geometry() {
        FIXTURE(f, Access::ReadOnly);
        const Media& m = *f.media;
        QVERIFY(!m.path().empty());
        QVERIFY(!m.writable());
        const uint64_t a = m.alignment();
        QVERIFY(a != 0 && (a & (a - 1)) == 0);
        if (f.knownContent)
            QCOMPARE(m.size(), kSize);
        QVERIFY(mediaKindName(m.kind()) != nullptr);
    }

    void mapEdges_data() { addBackends(); }
    void mapEdges() {
        FIXTURE(f, Access::ReadOnly);
        Media& m = *f.media;
        const uint64_t size = m.size();
        QVERIFY(size > 0);
        for (const uint64_t off : {uint64_t{0}, size / 2, size}) {
            auto empty = m.map(off, 0, Access::ReadOnly);
            QVERIFY2(empty.ok(), empty.error().c_str());
            QCOMPARE(empty->size(), uint64_t{0});
        }
        auto last = m.map(size - 1, 1, Access::ReadOnly);
        QVERIFY2(last.ok(), last.error().c_str());
        QCOMPARE(last->size(), uint64_t{1});
        const uint64_t headLen = std::min<uint64_t>(size, 8 * kMiB);
        auto head = m.map(0, headLen, Access::ReadOnly);
        QVERIFY2(head.ok(), head.error().c_str());
        QCOMPARE(head->bytes().size(), headLen);
        if (f.knownContent) {
            QCOMPARE(last->data()[0], expectedByte(size - 1));
            for (uint64_t i = 0; i < headLen; i += 997)
                QCOMPARE(head->data()[i], expectedByte(i));
        }
        auto whole = m.read(0, 0);
        QVERIFY(whole.ok() && whole->empty());
    }

    void refusesOutOfRange_data() { addBackends(); }
    void refusesOutOfRange() {
        FIXTURE(f, Access::ReadOnly);
        Media& m = *f.media;
        const uint64_t size = m.size();
        const Range bad[] = {
            {size, 1},           {size - 1, 2},   {size + 1, 0},      {UINT64_MAX, 1},
            {UINT64_MAX, 0},     {1, UINT64_MAX}, {size, UINT64_MAX}, {UINT64_MAX, UINT64_MAX},
            {UINT64_MAX - 1, 2}, {0, size + 1}};
        for (const Range& r : bad) {
            const QByteArray what = QByteArray::number(r.offset) + "+" + QByteArray::number(r.len);
            QVERIFY2(!m.contains(r.offset, r.len), what.constData());
            auto mapped = m.map(r.offset, r.len, Access::ReadOnly);
            QVERIFY2(!mapped.ok(), what.constData());
            QVERIFY2(mapped.error().find("outside") != std::string::npos, mapped.error().c_str());
            auto read = m.read(r.offset, r.len);
            QVERIFY2(!read.ok(), what.constData());
            QVERIFY(!read.error().empty());
        }
        const uint8_t one = 1;
        QVERIFY(!m.write(UINT64_MAX, std::span<const uint8_t>(&one, 1)).ok());
        QVERIFY(!m.write(size, std::span<const uint8_t>(&one, 1)).ok());
    }

    void unalignedMapsReturnExactBytes_data() { addBackends(); }
    void unalignedMapsReturnExactBytes() {
        FIXTURE(f, Access::ReadOnly);
        Media& m = *f.media;
        const uint64_t size = m.size();
        const uint64_t offsets[] = {0,
                                    1,
                                    63,
                                    64,
                                    4095,
                                    4096,
                                    4097,
                                    2 * kMiB - 1,
                                    2 * kMiB + 1,
                                    kHead - 3,
                                    size - kTail - 1,
                                    size - 7,
                                    size - 1};
        for (const uint64_t off : offsets) {
            for (const uint64_t want : {uint64_t{1}, uint64_t{7}, uint64_t{4099}}) {
                if (off >= size)
                    continue;
                const uint64_t len = std::min(want, size - off);
                auto exact = m.map(off, len, Access::ReadOnly);
                QVERIFY2(exact.ok(), exact.error().c_str());
                QCOMPARE(exact->size(), len);
                // The same bytes seen through a window that starts elsewhere in the page.
                const uint64_t back = std::min(off, off % pageSize() + 1);
                auto wider = m.map(off - back, len + back, Access::ReadOnly);
                QVERIFY2(wider.ok(), wider.error().c_str());
                QCOMPARE(toBytes(exact->bytes()), toBytes(wider->bytes().subspan(back)));
                auto copy = m.read(off, len);
                QVERIFY2(copy.ok(), copy.error().c_str());
                QCOMPARE(toBytes(*copy), toBytes(exact->bytes()));
                if (f.knownContent) {
                    for (uint64_t i = 0; i < len; ++i)
                        QCOMPARE(exact->data()[i], expectedByte(off + i));
                }
            }
        }
    }

    void writeThenRead_data() { addBackends(); }
    void writeThenRead() {
        FIXTURE(f, Access::ReadWrite);
        Media& m = *f.media;
        QVERIFY(m.writable());
        const uint64_t size = m.size();
        // Crossing a page boundary, the 2 MiB devdax alignment, and the last byte.
        const Range spots[] = {{0, 3}, {4090, 20}, {2 * kMiB - 3, 10}, {size - 5, 5}};
        std::vector<std::vector<uint8_t>> saved;
        for (const Range& r : spots) {
            auto before = m.read(r.offset, r.len);
            QVERIFY2(before.ok(), before.error().c_str());
            saved.push_back(*before);
            std::vector<uint8_t> data(r.len);
            for (uint64_t i = 0; i < r.len; ++i)
                data[i] = static_cast<uint8_t>(0xc0 + i);
            const auto st = m.write(r.offset, data);
            QVERIFY2(st.ok(), st.error().c_str());
            auto after = m.read(r.offset, r.len);
            QVERIFY2(after.ok(), after.error().c_str());
            QCOMPARE(toBytes(*after), toBytes(data));
            // Bytes around the write are untouched.
            if (f.knownContent && r.offset > 0)
                QCOMPARE(m.read(r.offset - 1, 1)->at(0), expectedByte(r.offset - 1));
        }
        // A store through one writable mapping is seen through another (MAP_SHARED).
        {
            auto w = m.map(4099, 2, Access::ReadWrite);
            QVERIFY2(w.ok(), w.error().c_str());
            w->writableData()[0] = 0xee;
            w->writableData()[1] = 0xef;
            auto r = m.map(4098, 4, Access::ReadOnly);
            QVERIFY2(r.ok(), r.error().c_str());
            QCOMPARE(r->data()[1], uint8_t{0xee});
            QCOMPARE(r->data()[2], uint8_t{0xef});
            QVERIFY(m.flush(4099, 2).ok());
        }
        // Leave a real device as it was.
        if (!f.knownContent) {
            for (size_t i = 0; i < std::size(spots); ++i)
                QVERIFY(m.write(spots[i].offset, saved[i]).ok());
        }
    }

    void readOnlyRefusesWrites_data() { addBackends(); }
    void readOnlyRefusesWrites() {
        FIXTURE(f, Access::ReadOnly);
        Media& m = *f.media;
        QVERIFY(!m.writable());
        auto before = m.read(0, 64);
        QVERIFY(before.ok());
        auto w = m.map(0, 1, Access::ReadWrite);
        QVERIFY(!w.ok());
        QVERIFY2(w.error().find("read-only") != std::string::npos, w.error().c_str());
        const uint8_t junk[4] = {1, 2, 3, 4};
        const auto st = m.write(0, junk);
        QVERIFY(!st.ok());
        QVERIFY2(st.error().find("read-only") != std::string::npos, st.error().c_str());
        QCOMPARE(toBytes(*m.read(0, 64)), toBytes(*before));
    }

    void flushSucceeds_data() { addBackends(); }
    void flushSucceeds() {
        QFETCH(int, backendValue);
        // A real device without FAMSCOPE_TEST_DAX is flushed read-only (nothing written).
        const auto dax = findDaxDevice();
        const bool rw =
            static_cast<Backend>(backendValue) != Backend::Dax || (dax && dax->destructiveAllowed);
        Fixture f = makeFixture(static_cast<Backend>(backendValue),
                                rw ? Access::ReadWrite : Access::ReadOnly);
        if (!f.skip.isEmpty())
            QSKIP(qPrintable(f.skip));
        if (!f.failure.isEmpty())
            QFAIL(qPrintable(f.failure));
        Media& m = *f.media;
        if (rw) {
            auto before = m.read(100, 1);
            QVERIFY(before.ok());
            QVERIFY(m.write(100, *before).ok()); // same byte back: harmless on any device
        }
        // Every flush method this machine has, forced in turn (FAMSCOPE_FLUSH; a devdax device
        // takes the cache-line ones).
        auto restore = qScopeGuard([] { qunsetenv("FAMSCOPE_FLUSH"); });
        for (CacheFlushMethod method :
             {CacheFlushMethod::Clflushopt, CacheFlushMethod::Clflush, CacheFlushMethod::Msync}) {
            if (!cacheFlushMethodAvailable(method))
                continue;
            qputenv("FAMSCOPE_FLUSH", cacheFlushMethodName(method));
            for (const Range& r :
                 {Range{100, 1}, Range{0, 0}, Range{4095, 2}, Range{m.size() - 1, 1},
                  Range{0, std::min<uint64_t>(m.size(), 4 * kMiB)}}) {
                const auto st = m.flush(r.offset, r.len);
                QVERIFY2(st.ok(), (cacheFlushMethodName(method) + (": " + st.error())).c_str());
            }
        }
    }

    void mappingLifetime_data() { addBackends(); }
    void mappingLifetime() {
        FIXTURE(f, Access::ReadOnly);
        const bool fileBacked = f.media->kind() != MediaKind::Memory;
        const uint64_t off = 4096 + 5;

        // Moving hands over the window; the moved-from mapping is empty and releases nothing.
        auto a = f.media->map(off, 1, Access::ReadOnly);
        QVERIFY2(a.ok(), a.error().c_str());
        const uint8_t* addrA = a->data();
        Mapping moved = std::move(*a);
        QVERIFY(a->data() == nullptr);
        QCOMPARE(a->size(), uint64_t{0});
        QCOMPARE(moved.data(), addrA);
        if (f.knownContent)
            QCOMPARE(moved.data()[0], expectedByte(off));

        // Move-assignment releases the window it replaces.
        auto b = f.media->map(off + 1, 1, Access::ReadOnly);
        QVERIFY(b.ok());
        const uint8_t* addrB = b->data();
        moved = std::move(*b);
        QCOMPARE(moved.data(), addrB);
        if (fileBacked) {
            QVERIFY2(!isMapped(addrA), "replaced mapping was not unmapped");
            QVERIFY(isMapped(addrB));
        }

        // A file-backed mapping holds the file itself: it survives the media object, and the
        // media's descriptor is closed with it.
        if (fileBacked) {
            const int fd = mediaFd(*f.media);
            QVERIFY(fd >= 0);
            f.media.reset();
            errno = 0;
            QCOMPARE(::fcntl(fd, F_GETFD), -1);
            QCOMPARE(errno, EBADF);
            QVERIFY(isMapped(addrB));
            if (f.knownContent)
                QCOMPARE(moved.data()[0], expectedByte(off + 1));
            moved = Mapping();
            QVERIFY2(!isMapped(addrB), "released mapping is still mapped");
        }
    }

    // ---- openMedia() ----
    void openNonexistent() {
        QTemporaryDir dir;
        const std::string path = tempPath(dir, QStringLiteral("no/such/image")).toStdString();
        auto r = openMedia(path, Access::ReadOnly);
        QVERIFY(!r.ok());
        QCOMPARE(q(r.error()), q("cannot open " + path + ": No such file or directory"));
    }

    void openDirectory() {
        QTemporaryDir dir;
        const std::string path = QFile::encodeName(dir.path()).toStdString();
        auto r = openMedia(path, Access::ReadOnly);
        QVERIFY(!r.ok());
        QCOMPARE(q(r.error()), q(path + " is a directory"));
        // Asked directly, ImageMedia says the same.
        auto direct = ImageMedia::open(path, Access::ReadOnly);
        QVERIFY(!direct.ok());
        QCOMPARE(q(direct.error()), q(path + " is a directory"));
    }

    void openNotMedia() {
        auto null = openMedia("/dev/null", Access::ReadOnly);
        QVERIFY(!null.ok());
        QVERIFY2(null.error().starts_with("/dev/null is not a regular file or a devdax device"),
                 null.error().c_str());
        auto zero = DaxMedia::open("/dev/zero", Access::ReadOnly);
        QVERIFY(!zero.ok());
        QVERIFY2(zero.error().find("is not a devdax device") != std::string::npos,
                 zero.error().c_str());
        // A FIFO is refused without waiting for a writer, by openMedia and by ImageMedia.
        QTemporaryDir dir;
        const QByteArray fifo = QFile::encodeName(tempPath(dir, QStringLiteral("fifo")));
        QCOMPARE(::mkfifo(fifo.constData(), 0600), 0);
        auto viaOpen = openMedia(fifo.toStdString(), Access::ReadOnly);
        QVERIFY(!viaOpen.ok());
        QCOMPARE(q(viaOpen.error()),
                 q(fifo.toStdString() + " is not a regular file or a devdax device (FIFO)"));
        auto direct = ImageMedia::open(fifo.toStdString(), Access::ReadOnly);
        QVERIFY(!direct.ok());
        QCOMPARE(q(direct.error()), q(fifo.toStdString() + " is not a regular file"));
        QVERIFY(!openMedia("", Access::ReadOnly).ok());
    }

    void openEmptyFile() {
        QTemporaryDir dir;
        const QString path = tempPath(dir, QStringLiteral("empty.img"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        auto r = openMedia(QFile::encodeName(path).toStdString(), Access::ReadOnly);
        QVERIFY2(r.ok(), r.error().c_str());
        Media& m = **r;
        QCOMPARE(m.kind(), MediaKind::ImageFile);
        QCOMPARE(m.size(), uint64_t{0});
        auto one = m.map(0, 1, Access::ReadOnly);
        QVERIFY(!one.ok());
        QVERIFY2(one.error().find("outside") != std::string::npos, one.error().c_str());
        auto none = m.map(0, 0, Access::ReadOnly);
        QVERIFY(none.ok());
        QCOMPARE(none->size(), uint64_t{0});
        QVERIFY(m.read(0, 0).ok());
        QVERIFY(!m.read(0, 1).ok());
        QVERIFY(m.flush(0, 0).ok());
    }

    void openReadOnlyIsNotWritable() {
        QTemporaryDir dir;
        const QString path = tempPath(dir, QStringLiteral("ro.img"));
        const QByteArray content = QByteArrayLiteral("famscope read-only check\n");
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(content), content.size());
        }
        {
            auto r = openMedia(QFile::encodeName(path).toStdString(), Access::ReadOnly);
            QVERIFY2(r.ok(), r.error().c_str());
            Media& m = **r;
            QCOMPARE(m.kind(), MediaKind::ImageFile);
            QVERIFY(!m.writable());
            QCOMPARE(m.size(), static_cast<uint64_t>(content.size()));
            const uint8_t junk[3] = {'X', 'Y', 'Z'};
            const auto st = m.write(2, junk);
            QVERIFY(!st.ok());
            QVERIFY2(st.error().find("read-only") != std::string::npos, st.error().c_str());
            QVERIFY(!m.map(0, 4, Access::ReadWrite).ok());
            QVERIFY(m.flush(0, m.size()).ok());
            auto back = m.read(0, m.size());
            QVERIFY(back.ok());
            QCOMPARE(toBytes(*back), content);
        }
        QFile check(path);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), content);
    }

    void openReadWriteWritesThrough() {
        QTemporaryDir dir;
        const QString path = tempPath(dir, QStringLiteral("rw.img"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(3 * 4096));
        }
        {
            auto r = openMedia(QFile::encodeName(path).toStdString(), Access::ReadWrite);
            QVERIFY2(r.ok(), r.error().c_str());
            QVERIFY((*r)->writable());
            const uint8_t bytes[3] = {'a', 'b', 'c'};
            QVERIFY((*r)->write(4095, bytes).ok());
            QVERIFY((*r)->flush(4095, 3).ok());
            QVERIFY(!(*r)->flush(3 * 4096, 1).ok());
            QVERIFY(!(*r)->flush(UINT64_MAX, 2).ok());
        }
        QFile check(path);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll().mid(4095, 3), QByteArray("abc"));
    }

    void imageShrunkAfterOpenIsRefused() {
        // Touching a mapped page past end of file would raise SIGBUS: map() must refuse.
        QTemporaryDir dir;
        const QString path = tempPath(dir, QStringLiteral("shrink.img"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(4 * 4096));
        auto r = ImageMedia::open(QFile::encodeName(path).toStdString(), Access::ReadOnly);
        QVERIFY2(r.ok(), r.error().c_str());
        QVERIFY(file.resize(4096));
        auto m = (*r)->map(3 * 4096, 10, Access::ReadOnly);
        QVERIFY(!m.ok());
        QVERIFY2(m.error().find("shrank") != std::string::npos, m.error().c_str());
        QVERIFY((*r)->map(0, 100, Access::ReadOnly).ok());
    }

    void openPermissionDenied() {
        if (::geteuid() == 0)
            QSKIP("running as root: file permissions are not enforced");
        QTemporaryDir dir;
        const QString path = tempPath(dir, QStringLiteral("locked.img"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(4096));
        }
        QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
        const std::string p = QFile::encodeName(path).toStdString();
        auto r = openMedia(p, Access::ReadOnly);
        QVERIFY(!r.ok());
        QCOMPARE(q(r.error()), q("cannot open " + p + ": Permission denied"));
        auto w = openMedia(p, Access::ReadWrite);
        QVERIFY(!w.ok());
        QCOMPARE(q(w.error()), q("cannot open " + p + " for writing: Permission denied"));
    }

    // ---- DaxMedia code paths over /dev/zero, described as a dax device by a fake sysfs ----
    void daxMediaOnFakeSysfs() {
        QTemporaryDir dir;
        struct stat st {};
        QCOMPARE(::stat("/dev/zero", &st), 0);
        const QString charDir = tempPath(
            dir,
            QStringLiteral("sys/dev/char/%1:%2").arg(major(st.st_rdev)).arg(minor(st.st_rdev)));
        QVERIFY(QDir().mkpath(charDir));
        const auto put = [&](const QString& name, const QByteArray& text) {
            QFile f(charDir + QLatin1Char('/') + name);
            return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
        };
        QVERIFY(put(QStringLiteral("size"), "8388608\n"));
        QVERIFY(put(QStringLiteral("align"), "2097152\n"));
        QVERIFY(QFile::link(QStringLiteral("../../../bus/dax"),
                            charDir + QStringLiteral("/subsystem")));
        const std::string sysfs =
            QFile::encodeName(dir.filePath(QStringLiteral("sys"))).toStdString();

        auto rw = DaxMedia::open("/dev/zero", Access::ReadWrite, sysfs);
        QVERIFY2(rw.ok(), rw.error().c_str());
        DaxMedia& m = **rw;
        QCOMPARE(m.kind(), MediaKind::DaxDevice);
        QCOMPARE(m.size(), 8 * kMiB);
        QCOMPARE(m.alignment(), 2 * kMiB);
        QVERIFY(m.writable());
        QVERIFY(m.fd() >= 0);
        // A shared /dev/zero mapping is a fresh shmem object sized to the window, so only
        // windows that start at device offset 0 may be touched (others would SIGBUS); the
        // rest are only mapped.
        for (const Range& r :
             {Range{3, 10}, Range{2 * kMiB - 1, 2}, Range{0, 8 * kMiB}, Range{kMiB + 17, kMiB}}) {
            auto mapped = m.map(r.offset, r.len, Access::ReadWrite);
            QVERIFY2(mapped.ok(), mapped.error().c_str());
            QCOMPARE(mapped->size(), r.len);
            QCOMPARE(mapped->data()[0], uint8_t{0});
            QCOMPARE(mapped->data()[r.len - 1], uint8_t{0});
            mapped->writableData()[r.len - 1] = 0xab; // the whole window is mapped and writable
            QCOMPARE(mapped->data()[r.len - 1], uint8_t{0xab});
            // Exercises the cache-line flush (clflushopt/clflush + sfence) on a live range.
            const auto fl = m.flush(r.offset, r.len);
            QVERIFY2(fl.ok(), fl.error().c_str());
        }
        for (const Range& r :
             {Range{8 * kMiB - 1, 1}, Range{5 * kMiB + 17, kMiB}, Range{2 * kMiB, 6 * kMiB}}) {
            auto mapped = m.map(r.offset, r.len, Access::ReadOnly);
            QVERIFY2(mapped.ok(), mapped.error().c_str());
            QCOMPARE(mapped->size(), r.len);
        }
        QVERIFY(!m.map(8 * kMiB, 1, Access::ReadOnly).ok());
        QVERIFY(!m.map(UINT64_MAX, 1, Access::ReadOnly).ok());
        QVERIFY(!m.map(1, UINT64_MAX, Access::ReadOnly).ok());
        QVERIFY(!m.flush(8 * kMiB - 1, 2).ok());
        QVERIFY(m.flush(0, 0).ok());

        auto ro = DaxMedia::open("/dev/zero", Access::ReadOnly, sysfs);
        QVERIFY2(ro.ok(), ro.error().c_str());
        QVERIFY(!(*ro)->writable());
        QVERIFY(!(*ro)->map(0, 1, Access::ReadWrite).ok());
        const uint8_t one = 1;
        QVERIFY(!(*ro)->write(0, std::span<const uint8_t>(&one, 1)).ok());
        QVERIFY((*ro)->flush(4096, 100).ok()); // window [0, 2 MiB)

        // A size that is not a multiple of the alignment leaves a tail devdax cannot map.
        QVERIFY(put(QStringLiteral("size"), "3145728\n"));
        auto odd = DaxMedia::open("/dev/zero", Access::ReadOnly, sysfs);
        QVERIFY2(odd.ok(), odd.error().c_str());
        QVERIFY((*odd)->map(0, 10, Access::ReadOnly).ok());
        auto tail = (*odd)->map(2 * kMiB + 5, 1, Access::ReadOnly);
        QVERIFY(!tail.ok());
        QVERIFY2(tail.error().find("alignment") != std::string::npos, tail.error().c_str());
    }
};

QTEST_GUILESS_MAIN(TestMedia)
#include "tst_media.moc"
