// A mutation fuzzer of the read commands, run through the real famscope binary: the metadata
// region (superblock, log header, log entries) of every golden image is mutated (bit flips,
// random bytes and words, boundary values) and sometimes cut short, then info, log, ls,
// getmap, resolve, fsck, verify and (now and then) heatmap run on it, with and without --json
// and --force. A run fails the test when famscope dies of a signal, runs past a time limit,
// exits with a status its --help does not list, or prints invalid JSON under --json.
//
// The budget is bounded by time (FAMSCOPE_FUZZ_SECONDS, default 40); every trial draws from
// its own generator seeded by (seed, trial), so a failure reproduces with
// FAMSCOPE_FUZZ_SEED=<seed> FAMSCOPE_FUZZ_TRIAL=<trial>, and the mutated image is kept.
#include "CliRun.h"
#include "GoldenImages.h"
#include "TempDir.h"

#include "core/format/Constants.h"
#include "core/fs/LoadedFs.h"
#include "core/fs/Replay.h"
#include "core/media/Media.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <random>
#include <set>
#include <unistd.h>

using namespace famscope;

namespace {

constexpr uint64_t kDefaultSeed = 20261204;
constexpr int kRunTimeoutMs = 20000; // a read command on a 4 GiB sparse image takes < 1 s

struct Base {
    QString name;
    QByteArray metadata; // [0, 2 MiB + log) of the original image
    uint64_t size = 0;   // the image's size (the copy is sparse beyond the metadata)
    uint64_t usedLogBytes = 0;
    QStringList files; // paths in the original namespace, for getmap/resolve/verify
};

std::optional<Base> loadBase(const QString& name) {
    const QString path = golden::imagePath(name);
    auto m = media::openMedia(path.toStdString(), media::Access::ReadOnly);
    if (!m)
        return std::nullopt;
    Base b;
    b.name = name;
    b.size = (*m)->size();
    uint64_t logLen = famfs::kDefaultLogLen;
    if (auto fs = fs::loadFileSystem(**m); fs) {
        if (fs->sb.magicValid() && fs->sb.logLen <= (uint64_t{64} << 20))
            logLen = std::max<uint64_t>(logLen, fs->sb.logLen);
        b.usedLogBytes = famfs::kLogHeaderSize + fs->entries.size() * famfs::kLogEntrySize;
        const fs::Namespace ns = fs::replay(*fs, fs::ReplayMode::Mount);
        for (const fs::FsFile& f : ns.files) {
            b.files << QString::fromStdString(f.path);
            if (b.files.size() == 4)
                break;
        }
    }
    if (b.files.isEmpty())
        b.files << QStringLiteral("no-such-file");
    const uint64_t metadataLen = std::min(b.size, famfs::kLogOffset + logLen);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    b.metadata = f.read(qint64(metadataLen));
    return b;
}

// What a trial does: which bytes change, and which command runs.
struct Trial {
    QByteArray metadata;
    uint64_t size = 0;
    QStringList args; // after the binary, TARGET marked as "@"
    std::set<int> allowedExits;
    bool json = false;
};

Trial makeTrial(const Base& b, std::mt19937_64& rng) {
    Trial t;
    t.metadata = b.metadata;
    t.size = b.size;
    auto pick = [&](uint64_t n) { return n == 0 ? 0 : rng() % n; };
    // Where mutations land: mostly the superblock and log header and the entries in use.
    auto offset = [&]() -> uint64_t {
        const uint64_t len = uint64_t(t.metadata.size());
        switch (pick(4)) {
        case 0:
            return pick(std::min<uint64_t>(len, famfs::kSuperblockSize + 16));
        case 1:
            return std::min(len - 1, famfs::kLogOffset + pick(famfs::kLogHeaderSize));
        case 2:
            return std::min(len - 1,
                            famfs::kLogOffset + pick(std::max<uint64_t>(b.usedLogBytes, 1)));
        default:
            return pick(len);
        }
    };
    const uint64_t mutations = 1 + pick(12);
    for (uint64_t i = 0; i < mutations && !t.metadata.isEmpty(); ++i) {
        const uint64_t at = offset();
        switch (pick(5)) {
        case 0:
            t.metadata[qsizetype(at)] = char(t.metadata[qsizetype(at)] ^ (1 << pick(8)));
            break;
        case 1:
            t.metadata[qsizetype(at)] = char(rng());
            break;
        case 2: { // an aligned 64-bit word set to a boundary value or a random one
            const uint64_t values[] = {
                0,      1,        UINT64_MAX, UINT64_MAX - 1, uint64_t{1} << 63, uint64_t{1} << 32,
                0x1000, 0x200000, rng()};
            const uint64_t v = values[pick(std::size(values))];
            const uint64_t w = at & ~uint64_t{7};
            for (uint64_t k = 0; k < 8 && w + k < uint64_t(t.metadata.size()); ++k)
                t.metadata[qsizetype(w + k)] = char(v >> (8 * k));
            break;
        }
        case 3: // a 32-bit word (counts, CRCs, sizes in the entries)
            for (uint64_t k = 0; k < 4 && at + k < uint64_t(t.metadata.size()); ++k)
                t.metadata[qsizetype(at + k)] = char(rng());
            break;
        default: // a run of bytes zeroed or set to 0xff
            for (uint64_t k = 0, n = 1 + pick(64); k < n && at + k < uint64_t(t.metadata.size());
                 ++k)
                t.metadata[qsizetype(at + k)] = pick(2) ? char(0) : char(0xff);
            break;
        }
    }
    if (pick(10) == 0) { // cut short, anywhere
        t.size = pick(b.size + 1);
        t.metadata.truncate(qsizetype(std::min<uint64_t>(t.size, uint64_t(t.metadata.size()))));
    }

    const QString file = b.files.at(qsizetype(pick(uint64_t(b.files.size()))));
    const std::set<int> opened{0, 2, 3, 4, 5}; // success, or the target cannot be used
    std::set<int> withLookup = opened;
    withLookup.insert(6);
    switch (pick(12)) {
    case 0:
    case 1:
        t.args = {QStringLiteral("info"), QStringLiteral("@")};
        t.allowedExits = opened;
        break;
    case 2:
        t.args = {QStringLiteral("log"), QStringLiteral("@")};
        t.allowedExits = opened;
        break;
    case 3:
        t.args = {QStringLiteral("ls"), QStringLiteral("-l"), QStringLiteral("@")};
        t.allowedExits = withLookup;
        break;
    case 4:
        t.args = {QStringLiteral("getmap"), QStringLiteral("@"), file};
        t.allowedExits = withLookup;
        break;
    case 5:
        t.args = {QStringLiteral("resolve"), QStringLiteral("@"), file,
                  QString::number(pick(uint64_t{8} << 20)), QString::number(1 + pick(1 << 22))};
        t.allowedExits = withLookup;
        break;
    case 6:
    case 7:
    case 8:
        t.args = {QStringLiteral("fsck"), QStringLiteral("@")};
        t.allowedExits = {0, 1, 4, 8}; // fsck's own scheme
        break;
    case 9:
        t.args = {QStringLiteral("verify"), QStringLiteral("@"), file, QStringLiteral("-S"),
                  QString::number(1 + pick(100))};
        t.allowedExits = withLookup;
        t.allowedExits.insert(9);
        break;
    case 10:
        t.args = {QStringLiteral("ls"), QStringLiteral("@"), QStringLiteral("--semantics"),
                  QStringLiteral("fsck")};
        t.allowedExits = withLookup;
        break;
    default:
        if (pick(4) == 0) { // heatmap loads the GUI library: slower, so rarer
            t.args = {QStringLiteral("heatmap"),
                      QStringLiteral("@"),
                      QStringLiteral("--svg"),
                      QStringLiteral("@svg"),
                      QStringLiteral("--mode"),
                      pick(2) ? QStringLiteral("fsck") : QStringLiteral("owner")};
            t.allowedExits = withLookup;
        } else {
            t.args = {QStringLiteral("info"), QStringLiteral("@")};
            t.allowedExits = opened;
        }
        break;
    }
    const bool forceable = t.args.first() != QLatin1String("fsck") &&
                           t.args.first() != QLatin1String("verify") &&
                           t.args.first() != QLatin1String("heatmap");
    if (forceable && pick(5) == 0)
        t.args << QStringLiteral("--force");
    t.json = t.args.first() != QLatin1String("heatmap") && pick(2) == 0;
    if (t.json)
        t.args << QStringLiteral("--json");
    return t;
}

bool writeImage(const QString& path, const Trial& t) {
    const int fd = ::open(path.toLocal8Bit().constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0)
        return false;
    // Until done or an error: a short write on a full TMPDIR is followed by the one that
    // sets errno (ENOSPC).
    qsizetype done = 0;
    while (done < t.metadata.size()) {
        const ssize_t n =
            ::write(fd, t.metadata.constData() + done, size_t(t.metadata.size() - done));
        if (n <= 0)
            break;
        done += n;
    }
    bool ok = done == t.metadata.size();
    ok = ok && ::ftruncate(fd, off_t(t.size)) == 0; // sparse: the data reads as zeros
    const int err = errno;
    ::close(fd);
    errno = err;
    return ok;
}

uint64_t envNumber(const char* name, uint64_t fallback) {
    bool ok = false;
    const uint64_t v = qEnvironmentVariable(name).toULongLong(&ok);
    return ok ? v : fallback;
}

} // namespace

class TestCliFuzz : public QObject {
    Q_OBJECT

private slots:
    void mutatedGoldenImages() {
        std::vector<Base> bases;
        for (const QString& name : golden::imageNames())
            if (auto b = loadBase(name))
                bases.push_back(std::move(*b));
        QVERIFY2(!bases.empty(), "no golden image could be read");

        const uint64_t seed = envNumber("FAMSCOPE_FUZZ_SEED", kDefaultSeed);
        const uint64_t seconds = envNumber("FAMSCOPE_FUZZ_SECONDS", 40);
        const bool oneTrial = qEnvironmentVariableIsSet("FAMSCOPE_FUZZ_TRIAL");
        const uint64_t firstTrial = envNumber("FAMSCOPE_FUZZ_TRIAL", 0);
        qInfo("fuzz seed %llu (reproduce one trial: FAMSCOPE_FUZZ_SEED=%llu "
              "FAMSCOPE_FUZZ_TRIAL=N), budget %llu s",
              static_cast<unsigned long long>(seed), static_cast<unsigned long long>(seed),
              static_cast<unsigned long long>(seconds));

        QTemporaryDir dir;
        const QString img = tempPath(dir, QStringLiteral("mutated.img"));
        const QString svg = tempPath(dir, QStringLiteral("out.svg"));
        QElapsedTimer clock;
        clock.start();
        std::map<QString, int> runsPerCommand;
        uint64_t trial = firstTrial;
        for (; oneTrial ? trial == firstTrial : clock.elapsed() < qint64(seconds * 1000); ++trial) {
            std::seed_seq seq{seed, trial};
            std::mt19937_64 rng(seq);
            const Base& b = bases[rng() % bases.size()];
            Trial t = makeTrial(b, rng);
            if (!writeImage(img, t)) {
                const int err = errno;
                // The test's own image, not famscope's write: a full TMPDIR is the host's.
                if (err == ENOSPC)
                    QSKIP(qPrintable(QStringLiteral("TMPDIR (%1) is full: cannot write a %2-byte "
                                                    "mutated image")
                                         .arg(QDir::tempPath())
                                         .arg(t.metadata.size())));
                QFAIL(qPrintable(QStringLiteral("cannot write the mutated image: ") +
                                 QString::fromLocal8Bit(std::strerror(err))));
            }
            QStringList args = t.args;
            args.replaceInStrings(QRegularExpression(QStringLiteral("^@$")), img);
            args.replaceInStrings(QRegularExpression(QStringLiteral("^@svg$")), svg);

            QProcess p;
            p.setProcessEnvironment(cli::headlessEnvironment());
            p.start(golden::famscopeBinary(), args);
            const bool finished = p.waitForFinished(kRunTimeoutMs);
            if (!finished) {
                p.kill();
                p.waitForFinished();
            }
            const QByteArray out = p.readAllStandardOutput();
            const QByteArray err = p.readAllStandardError();
            QString problem;
            if (!finished)
                problem = QStringLiteral("did not finish within %1 ms").arg(kRunTimeoutMs);
            else if (p.exitStatus() != QProcess::NormalExit)
                problem = QStringLiteral("died (signal or crash)");
            else if (t.allowedExits.count(p.exitCode()) == 0)
                problem = QStringLiteral("exit status %1 is not one the command documents")
                              .arg(p.exitCode());
            else if (t.json && !out.isEmpty()) {
                QJsonParseError e{};
                const QJsonDocument doc = QJsonDocument::fromJson(out, &e);
                if (e.error != QJsonParseError::NoError || !doc.isObject())
                    problem = QStringLiteral("invalid JSON: ") + e.errorString();
            } else if (t.json && p.exitCode() == 0) {
                problem = QStringLiteral("--json printed nothing");
            }
            if (!problem.isEmpty()) {
                const QString kept = QDir::temp().filePath(
                    QStringLiteral("famscope-fuzz-%1-%2.img").arg(seed).arg(trial));
                QFile::remove(kept);
                QFile::copy(img, kept);
                QFAIL(qPrintable(QStringLiteral("seed %1 trial %2 (%3): famscope %4: %5\n"
                                                "stderr: %6\nimage kept as %7")
                                     .arg(seed)
                                     .arg(trial)
                                     .arg(b.name, t.args.join(QLatin1Char(' ')), problem,
                                          QString::fromUtf8(err.left(2000)), kept)));
            }
            ++runsPerCommand[t.args.first()];
        }
        QString summary;
        for (const auto& [cmd, n] : runsPerCommand)
            summary += QStringLiteral(" %1:%2").arg(cmd).arg(n);
        qInfo("%llu trials in %lld ms:%s", static_cast<unsigned long long>(trial - firstTrial),
              static_cast<long long>(clock.elapsed()), qPrintable(summary));
        QVERIFY(trial > firstTrial);
    }
};

QTEST_GUILESS_MAIN(TestCliFuzz)
#include "tst_cli_fuzz.moc"
