// Copies a sparse image file with its holes: only the ranges that hold data are read and
// written (SEEK_DATA / SEEK_HOLE), and the copy gets the source's size. QFile::copy() writes
// every byte: each copy of a 512 MiB test image took 512 MiB of TMPDIR, and a test stopped by
// a failure left them behind.
#pragma once

#include <QFile>
#include <QString>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <vector>

inline bool copySparse(const QString& from, const QString& to) {
    const int in = ::open(QFile::encodeName(from).constData(), O_RDONLY | O_CLOEXEC);
    if (in < 0)
        return false;
    const int out =
        ::open(QFile::encodeName(to).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    struct stat st {};
    bool ok = out >= 0 && ::fstat(in, &st) == 0 && ::ftruncate(out, st.st_size) == 0;
    std::vector<char> buffer(1 << 20);
    off_t at = 0;
    while (ok && at < st.st_size) {
        const off_t data = ::lseek(in, at, SEEK_DATA);
        if (data < 0) {
            ok = errno == ENXIO; // no data after `at`: the rest is a hole
            break;
        }
        const off_t hole = ::lseek(in, data, SEEK_HOLE);
        ok = hole > data;
        for (off_t pos = data; ok && pos < hole;) {
            const size_t want =
                static_cast<size_t>(std::min<off_t>(hole - pos, static_cast<off_t>(buffer.size())));
            const ssize_t n = ::pread(in, buffer.data(), want, pos);
            ok = n > 0 && ::pwrite(out, buffer.data(), static_cast<size_t>(n), pos) == n;
            pos += n > 0 ? n : 0;
        }
        at = hole;
    }
    if (out >= 0)
        ok = ::close(out) == 0 && ok;
    ::close(in);
    return ok;
}
