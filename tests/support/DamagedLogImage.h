// A small famfs image (core mkfs, empty log) whose log header claims entries that were never
// written, with random bytes over some of the slots: long runs of damaged entries, which fsck
// reports as one finding per cause. The host files (system UUID) are beside the image.
#pragma once

#include "TempImage.h"

#include "core/format/Constants.h"

#include <QFile>

#include <cstdint>
#include <random>
#include <string>

struct DamagedLogImage {
    TempImage image;

    // next_index and next_seqnum claim `claimed` entries (the header CRC does not cover them);
    // slots [randomFrom, randomTo) get random bytes of a fixed seed, the others stay zero.
    DamagedLogImage(uint64_t claimed, uint64_t randomFrom, uint64_t randomTo) {
        using namespace famscope::famfs;
        QFile f(path());
        if (!f.open(QIODevice::ReadWrite))
            qFatal("cannot open the image to damage it");
        put(f, kLogOffset + 32, claimed); // famfs_log_next_seqnum
        put(f, kLogOffset + 40, claimed); // famfs_log_next_index
        std::mt19937_64 rng(20261204);
        QByteArray noise(static_cast<qsizetype>((randomTo - randomFrom) * kLogEntrySize), 0);
        for (char& c : noise)
            c = static_cast<char>(rng());
        if (!f.seek(static_cast<qint64>(slot(randomFrom))) || f.write(noise) != noise.size())
            qFatal("cannot write random bytes into the log");
    }

    QString path() const { return QString::fromStdString(image.img); }
    QString systemUuidFile() const { return QString::fromStdString(image.suuid); }
    static uint64_t slot(uint64_t i) {
        using namespace famscope::famfs;
        return kLogOffset + kLogHeaderSize + i * kLogEntrySize;
    }

private:
    static void put(QFile& f, uint64_t offset, uint64_t value) {
        char le[8];
        for (int i = 0; i < 8; ++i)
            le[i] = static_cast<char>(value >> (8 * i));
        if (!f.seek(static_cast<qint64>(offset)) || f.write(le, 8) != 8)
            qFatal("cannot write the log header");
    }
};
