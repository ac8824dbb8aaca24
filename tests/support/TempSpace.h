// Free space in the temporary directory (TMPDIR, as QDir::tempPath() resolves it), for tests
// whose images and copies need room there. A small TMPDIR (a 64 MiB tmpfs, say) is the host's
// limit, not famscope's defect: such a test skips, saying how much it needs and how much there
// is. Checked before the test, and again when a write fails with ENOSPC during it, so that a
// TMPDIR that filled up under the test (other processes share it) skips, while famscope
// reporting ENOSPC with room to spare still fails.
#pragma once

#include <QDir>
#include <QString>
#include <QTest>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <optional>
#include <sys/statvfs.h>

namespace tempspace {

inline std::optional<uint64_t> freeBytes() {
    struct statvfs st {};
    if (::statvfs(QFile::encodeName(QDir::tempPath()).constData(), &st) != 0)
        return std::nullopt;
    return uint64_t(st.f_bavail) * st.f_frsize;
}

inline QString mib(uint64_t bytes) {
    return QString::number(double(bytes) / (1 << 20), 'f', 1) + QStringLiteral(" MiB");
}

// Empty when TMPDIR has `bytes` free (or its free space cannot be read: then the test runs and
// any real shortage shows up as ENOSPC, see failedForSpace); else why the test cannot run.
inline QString shortfall(uint64_t bytes, const QString& what) {
    const auto free = freeBytes();
    if (!free || *free >= bytes)
        return {};
    return QStringLiteral("TMPDIR (%1) has %2 free, %3 needs %4")
        .arg(QDir::tempPath(), mib(*free), what, mib(bytes));
}

// True when `errorText` reports ENOSPC and TMPDIR now has less than `margin` bytes free: the
// temporary directory ran out, not famscope.
inline bool failedForSpace(const QByteArray& errorText, uint64_t margin) {
    const auto free = freeBytes();
    return errorText.contains(std::strerror(ENOSPC)) && free && *free < margin;
}

} // namespace tempspace

// Skips the calling test function unless TMPDIR has `bytes` free.
#define SKIP_UNLESS_TEMP_SPACE(bytes, what)                                                        \
    do {                                                                                           \
        const QString why_ = tempspace::shortfall((bytes), (what));                                \
        if (!why_.isEmpty())                                                                       \
            QSKIP(qPrintable(why_));                                                               \
    } while (false)

// Skips the calling test function when `errorText` is an ENOSPC that TMPDIR's free space (now
// below `margin` bytes) explains; any other failure is left to the test's own checks.
#define SKIP_IF_TEMP_RAN_OUT(errorText, margin)                                                    \
    do {                                                                                           \
        if (tempspace::failedForSpace((errorText), (margin)))                                      \
            QSKIP(qPrintable(QStringLiteral("TMPDIR (%1) ran out of space during the test "        \
                                            "(%2 free now): ")                                     \
                                 .arg(QDir::tempPath(), tempspace::mib(*tempspace::freeBytes())) + \
                             QString::fromUtf8(errorText).trimmed()));                             \
    } while (false)
