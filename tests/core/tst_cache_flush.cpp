// The cache-flush methods DaxMedia::flush chooses between (media/CacheFlush.h), each forced
// through FAMSCOPE_FLUSH as a user would and run on the same ranges as the others, so that a
// machine with clflushopt still tests the clflush path a machine without it takes. A method
// this machine cannot run is skipped, saying why.
#include "core/media/CacheFlush.h"

#include <QScopeGuard>
#include <QTest>

#include <cstring>
#include <sys/mman.h>

using namespace famscope::media;

namespace {

struct Range {
    uint64_t from, len;
};
// Unaligned starts and ends, one byte, nothing, exactly one line, many lines.
const Range kRanges[] = {{0, 0},    {0, 1},     {63, 2},          {64, 64},
                         {1, 4096}, {17, 6405}, {4095, 8192 + 1}, {0, 3 * 4096}};
constexpr uint64_t kBuffer = 3 * 4096;

// What a cache-line method must flush: every line [from, from+len) touches.
uint64_t linesTouched(const uint8_t* base, Range r, uint64_t line) {
    if (r.len == 0)
        return 0;
    const auto first = reinterpret_cast<uintptr_t>(base) + r.from;
    return (first + r.len - 1) / line - first / line + 1;
}

QString skipReason(CacheFlushMethod m) {
    return QStringLiteral("this machine cannot flush with %1 (it flushes with %2)")
        .arg(QLatin1String(cacheFlushMethodName(m)),
             QLatin1String(cacheFlushMethodName(bestCacheFlushMethod())));
}

} // namespace

class TestCacheFlush : public QObject {
    Q_OBJECT
private slots:
    void cleanup() { qunsetenv("FAMSCOPE_FLUSH"); }

    void eachMethodAgainstTheOthers_data() {
        QTest::addColumn<int>("method");
        QTest::newRow("clflushopt") << int(CacheFlushMethod::Clflushopt);
        QTest::newRow("clflush") << int(CacheFlushMethod::Clflush);
        QTest::newRow("msync") << int(CacheFlushMethod::Msync);
    }
    void eachMethodAgainstTheOthers() {
        QFETCH(int, method);
        const auto m = static_cast<CacheFlushMethod>(method);
        if (!cacheFlushMethodAvailable(m))
            QSKIP(qPrintable(skipReason(m)));
        // A shared mapping, as of a device: msync needs one, the others do not care.
        void* map =
            ::mmap(nullptr, kBuffer, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
        QVERIFY(map != MAP_FAILED);
        auto unmap = qScopeGuard([&] { ::munmap(map, kBuffer); });
        auto* base = static_cast<uint8_t*>(map);
        for (uint64_t i = 0; i < kBuffer; ++i)
            base[i] = static_cast<uint8_t>(i * 7 + 3);
        const QByteArray before(reinterpret_cast<const char*>(base), kBuffer);

        for (const Range& r : kRanges) {
            const QByteArray where = QByteArray::number(r.from) + "+" + QByteArray::number(r.len);
            qputenv("FAMSCOPE_FLUSH", cacheFlushMethodName(m));
            QCOMPARE(activeCacheFlushMethod(), m);
            auto lines = flushMappedRange(map, kBuffer, r.from, r.len, "test buffer");
            QVERIFY2(lines.ok(), (where + ": " + lines.error().c_str()).constData());
            const uint64_t want =
                m == CacheFlushMethod::Msync ? 0 : linesTouched(base, r, cacheFlushLineSize());
            QVERIFY2(*lines == want, where.constData());
            // Every other method this machine has flushes the same lines.
            for (CacheFlushMethod other :
                 {CacheFlushMethod::Clflushopt, CacheFlushMethod::Clflush}) {
                if (other == m || m == CacheFlushMethod::Msync || !cacheFlushMethodAvailable(other))
                    continue;
                qputenv("FAMSCOPE_FLUSH", cacheFlushMethodName(other));
                auto theirs = flushMappedRange(map, kBuffer, r.from, r.len, "test buffer");
                QVERIFY2(theirs.ok() && *theirs == *lines, where.constData());
            }
            // Past the end of the mapping: refused, nothing touched.
            QVERIFY(!flushMappedRange(map, kBuffer, r.from, kBuffer - r.from + 1, "test buffer"));
            // Flushing writes back; it never changes what the memory holds.
            QCOMPARE(QByteArray(reinterpret_cast<const char*>(base), kBuffer), before);
        }
    }

    void forcingSwitch() {
        for (CacheFlushMethod m : {CacheFlushMethod::Auto, CacheFlushMethod::Clflushopt,
                                   CacheFlushMethod::Clflush, CacheFlushMethod::Msync})
            QCOMPARE(cacheFlushMethodNamed(cacheFlushMethodName(m)), std::optional(m));
        QVERIFY(!cacheFlushMethodNamed("wbinvd").has_value());
        const CacheFlushMethod best = bestCacheFlushMethod();
        QVERIFY(best != CacheFlushMethod::Auto);
        QVERIFY(cacheFlushMethodAvailable(best));
        QVERIFY(!cacheFlushMethodAvailable(CacheFlushMethod::Auto));
        qunsetenv("FAMSCOPE_FLUSH");
        QCOMPARE(activeCacheFlushMethod(), best);
        for (const char* ignored : {"auto", "wbinvd", ""}) { // the best method runs
            qputenv("FAMSCOPE_FLUSH", ignored);
            QCOMPARE(activeCacheFlushMethod(), best);
        }
        // A method this machine lacks runs the best one instead of failing every flush.
        for (CacheFlushMethod m :
             {CacheFlushMethod::Clflushopt, CacheFlushMethod::Clflush, CacheFlushMethod::Msync}) {
            qputenv("FAMSCOPE_FLUSH", cacheFlushMethodName(m));
            QCOMPARE(activeCacheFlushMethod(), cacheFlushMethodAvailable(m) ? m : best);
        }
#if defined(__x86_64__)
        // x86_64 always has clflush (SSE2); it is never worse than the best choice.
        QVERIFY(cacheFlushMethodAvailable(CacheFlushMethod::Clflush));
        QVERIFY(best != CacheFlushMethod::Msync);
#endif
    }
};

QTEST_GUILESS_MAIN(TestCacheFlush)
#include "tst_cache_flush.moc"
