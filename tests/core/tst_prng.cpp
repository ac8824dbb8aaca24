// The famfs test-data PRNG against prng-vectors.json (checked against data the real famfs
// creat wrote), and jump-ahead against the plain sequential stream: polynomial jumps of many
// distances, composition, and the lane kernels of verify and fill at every size around their
// thresholds, including a planted mismatch at random words.
#include "GoldenImages.h"

#include "core/edit/PatternKernel.h"
#include "core/edit/Prng.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTest>

#include <vector>

using namespace famscope::edit;

class TestPrng : public QObject {
    Q_OBJECT

private slots:
    void vectors() {
        const QJsonArray vs = golden::prngVectors().value(QLatin1String("vectors")).toArray();
        QVERIFY(vs.size() >= 5);
        for (const auto& v : vs) {
            const QJsonObject o = v.toObject();
            const uint64_t seed = golden::number(o.value(QLatin1String("seed_value")));
            std::vector<uint8_t> buf(1 << 20);
            FamfsPrng(seed).fill(buf.data(), buf.size());
            const QByteArray bytes(reinterpret_cast<const char*>(buf.data()),
                                   static_cast<qsizetype>(buf.size()));
            QCOMPARE(bytes.left(64).toHex(),
                     o.value(QLatin1String("first_64_bytes_hex")).toString().toLatin1());
            QCOMPARE(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex(),
                     o.value(QLatin1String("sha256_first_1MiB")).toString().toLatin1());
        }
    }

    void seedIsTruncatedTo32Bits() {
        QVERIFY(FamfsPrng((uint64_t{1} << 32) + 7) == FamfsPrng(7));
        QVERIFY(!(FamfsPrng(8) == FamfsPrng(7)));
    }

    void tailBytesTakeTheLowBytesOfOneMoreOutput() {
        uint8_t full[8];
        FamfsPrng(42).fill(full, 8);
        for (size_t n = 5; n <= 7; ++n) {
            uint8_t part[8] = {};
            FamfsPrng(42).fill(part, n);
            QCOMPARE(QByteArray(reinterpret_cast<char*>(part), qsizetype(n)),
                     QByteArray(reinterpret_cast<char*>(full), qsizetype(n)));
        }
    }

    void characteristicPolynomialAnnihilatesTheGenerator() {
        // Cayley-Hamilton on a state: sum_i p_i T^i s + T^128 s = 0.
        const JumpPoly p = FamfsPrng::characteristic();
        uint64_t acc0 = 0, acc1 = 0;
        FamfsPrng w(5);
        for (unsigned i = 0; i < 128; ++i) {
            if ((p.bits[i / 64] >> (i % 64)) & 1U) {
                acc0 ^= w.s0();
                acc1 ^= w.s1();
            }
            w.step();
        }
        QCOMPARE(acc0, w.s0());
        QCOMPARE(acc1, w.s1());
    }

    void jumpEqualsSequentialStream() {
        std::vector<uint64_t> distances = {0,   1,    2,    127,   128,      255,           256,
                                           257, 1000, 4096, 65537, 1u << 20, (1u << 20) + 3};
        auto* rng = QRandomGenerator::global();
        for (int i = 0; i < 8; ++i)
            distances.push_back(rng->bounded(3000000u));
        for (uint64_t n : distances) {
            const uint64_t seed = rng->generate();
            FamfsPrng seq(seed), jumped(seed), viaPoly(seed);
            for (uint64_t k = 0; k < n; ++k)
                seq.step();
            jumped.jump(n);
            viaPoly.jump(FamfsPrng::jumpPolynomial(n));
            QVERIFY2(seq == jumped, qPrintable(QString::number(n)));
            QVERIFY2(seq == viaPoly, qPrintable(QString::number(n)));
            QCOMPARE(seq.next(), jumped.next());
        }
    }

    void jumpsCompose() {
        // Far distances cannot be walked; check T^a T^b = T^(a+b) instead.
        const uint64_t a = 0x123456789abcULL, b = 0xfedcba987ULL;
        FamfsPrng one(9), two(9);
        one.jump(a);
        one.jump(b);
        two.jump(a + b);
        QVERIFY(one == two);
        FamfsPrng three(9);
        three.jump(uint64_t{1} << 62);
        three.jump(uint64_t{1} << 62);
        FamfsPrng four(9);
        four.jump(uint64_t{1} << 63);
        QVERIFY(three == four);
    }

    // Each compare loop, chosen through FAMSCOPE_SIMD as a user would, against the sequential
    // stream on the same inputs. A loop this CPU lacks is skipped, saying so.
    void laneKernelsEqualSequential_data() {
        QTest::addColumn<QString>("level");
        QTest::addColumn<int>("isa");
        QTest::newRow("scalar") << QStringLiteral("scalar") << int(PatternIsa::Portable);
        QTest::newRow("avx2") << QStringLiteral("avx2") << int(PatternIsa::Avx2);
        QTest::newRow("avx512") << QStringLiteral("avx512") << int(PatternIsa::Avx512);
    }
    void laneKernelsEqualSequential() {
        QFETCH(QString, level);
        QFETCH(int, isa);
        if (!patternIsaAvailable(static_cast<PatternIsa>(isa)))
            QSKIP(qPrintable(QStringLiteral("this CPU lacks ") + level.toUpper() +
                             QStringLiteral(", so its compare loop cannot run here")));
        qputenv("FAMSCOPE_SIMD", level.toLatin1());
        auto restore = qScopeGuard([] { qunsetenv("FAMSCOPE_SIMD"); });
        QCOMPARE(int(activePatternIsa()), isa);
        // Around the size where lanes start (kPatternLanes lanes of 4096 words).
        const quint64 lanesFrom = kPatternLanes * 4096ULL;
        for (quint64 words :
             {0ULL, 1ULL, 7ULL, lanesFrom - 1, lanesFrom, lanesFrom + 5, 300001ULL, 1ULL << 20}) {
            checkLanes(words);
            if (QTest::currentTestFailed())
                return;
        }
    }

    // Lane blocks start an odd number of cache lines apart (each in its own L1 set) and leave
    // less than 32 words per lane to the single generator after them.
    void laneStaggerLeavesLittleAfterTheLanes() {
        const uint64_t lanesFrom = kPatternLanes * 4096ULL;
        QCOMPARE(patternWordsPerLane(lanesFrom - 1), 0ULL);
        for (uint64_t words = lanesFrom; words < (uint64_t{1} << 24); words = words * 3 / 2 + 7) {
            const uint64_t perLane = patternWordsPerLane(words);
            QVERIFY2(perLane % 16 == 0 && (perLane / 16) % 2 == 1,
                     qPrintable(QString::number(words)));
            QVERIFY(kPatternLanes * perLane <= words);
            QVERIFY2(words - kPatternLanes * perLane < kPatternLanes * 32,
                     qPrintable(QString::number(words)));
        }
    }

    void simdSwitch() {
        QCOMPARE(patternIsaNamed("scalar"), std::optional(PatternIsa::Portable));
        QCOMPARE(patternIsaNamed("portable"), std::optional(PatternIsa::Portable));
        QCOMPARE(patternIsaNamed("avx2"), std::optional(PatternIsa::Avx2));
        QCOMPARE(patternIsaNamed("avx512"), std::optional(PatternIsa::Avx512));
        QCOMPARE(patternIsaNamed("auto"), std::optional(PatternIsa::Auto));
        QVERIFY(!patternIsaNamed("sse9").has_value());
        for (PatternIsa isa :
             {PatternIsa::Auto, PatternIsa::Portable, PatternIsa::Avx2, PatternIsa::Avx512})
            QCOMPARE(patternIsaNamed(patternIsaName(isa)), std::optional(isa));

        auto restore = qScopeGuard([] {
            qunsetenv("FAMSCOPE_SIMD");
            forcePatternIsa(PatternIsa::Auto);
        });
        qunsetenv("FAMSCOPE_SIMD");
        const PatternIsa best = activePatternIsa();
        QVERIFY(best != PatternIsa::Auto);
        QVERIFY(patternIsaAvailable(best));
        qputenv("FAMSCOPE_SIMD", "scalar");
        QCOMPARE(activePatternIsa(), PatternIsa::Portable);
        qputenv("FAMSCOPE_SIMD", "no-such-level"); // ignored: the best loop runs
        QCOMPARE(activePatternIsa(), best);
        // The API wins over the environment; a level the CPU lacks runs the scalar loop.
        qputenv("FAMSCOPE_SIMD", "scalar");
        forcePatternIsa(best);
        QCOMPARE(activePatternIsa(), best);
        for (PatternIsa isa : {PatternIsa::Avx2, PatternIsa::Avx512}) {
            forcePatternIsa(isa);
            QCOMPARE(activePatternIsa(), patternIsaAvailable(isa) ? isa : PatternIsa::Portable);
        }
    }

private:
    void checkLanes(uint64_t words) {
        const uint64_t seed = 0xdeadbeef;
        std::vector<uint8_t> expect(4 * words + 4), got(4 * words + 4);
        FamfsPrng seq(seed);
        seq.fill(expect.data(), 4 * words);
        FamfsPrng fill(seed);
        fillWords(got.data(), words, fill);
        QVERIFY(expect == got);
        QVERIFY(fill == seq); // both left at the same word

        QVERIFY(patternLanesMatch(got.data(), words, FamfsPrng(seed)));
        FamfsPrng check(seed);
        QCOMPARE(firstMismatchWord(got.data(), words, check), words);
        QVERIFY(check == seq);
        if (words == 0)
            return;
        for (int trial = 0; trial < 6; ++trial) {
            const uint64_t at = QRandomGenerator::global()->bounded(quint64(words));
            std::vector<uint8_t> bad = got;
            bad[4 * at + QRandomGenerator::global()->bounded(4u)] ^= 0x10;
            FamfsPrng c(seed);
            QCOMPARE(firstMismatchWord(bad.data(), words, c), at);
        }
        // One bad word in each lane's block, so that no lane (and no set of lanes) goes
        // unchecked whatever the random trials hit.
        const uint64_t perLane = patternWordsPerLane(words);
        for (uint64_t lane = 0; perLane > 0 && lane < kPatternLanes; ++lane) {
            const uint64_t at = lane * perLane + perLane / 2;
            std::vector<uint8_t> bad = got;
            bad[4 * at] ^= 0x01;
            FamfsPrng c(seed);
            QCOMPARE(firstMismatchWord(bad.data(), words, c), at);
        }
        // The SIMD loops compare eight consecutive words of every lane at once (a transpose of
        // the generators' output): a bad word at each place of such a group, in the first lane
        // of every set of eight (the AVX2 loop walks the third set on its own), in the last
        // lane, and in the words after the lanes.
        std::vector<uint64_t> lanesToSpoil;
        for (uint64_t lane = 0; lane < kPatternLanes; lane += 8)
            lanesToSpoil.push_back(lane);
        lanesToSpoil.push_back(kPatternLanes - 1);
        for (uint64_t lane : lanesToSpoil) {
            for (uint64_t place = 0; perLane > 0 && place < 8; ++place) {
                const uint64_t at = lane * perLane + 8 * (perLane / 16) + place;
                std::vector<uint8_t> bad = got;
                bad[4 * at + 3] ^= 0x80;
                QVERIFY(!patternLanesMatch(bad.data(), words, FamfsPrng(seed)));
                FamfsPrng c(seed);
                QCOMPARE(firstMismatchWord(bad.data(), words, c), at);
            }
        }
        if (perLane > 0 && kPatternLanes * perLane < words) {
            std::vector<uint8_t> bad = got;
            bad[4 * (words - 1)] ^= 0x01;
            FamfsPrng c(seed);
            QCOMPARE(firstMismatchWord(bad.data(), words, c), words - 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestPrng)
#include "tst_prng.moc"
