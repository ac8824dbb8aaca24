#include "GoldenImages.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

namespace golden {

namespace {
QJsonObject loadJson(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s: the shared famfs-images directory is missing", qPrintable(path));
    return QJsonDocument::fromJson(f.readAll()).object();
}
} // namespace

QString imagePath(const QString& name) {
    // The unpacking fixture follows the same rule (UnpackGoldenImages.cmake), so a user who may
    // not write the build tree gets the images unpacked into a directory of their own.
    const QString workDir = qEnvironmentVariable("FAMSCOPE_TEST_WORK_DIR");
    const QString dir = workDir.isEmpty() ? QStringLiteral(FAMSCOPE_GOLDEN_DIR)
                                          : workDir + QStringLiteral("/golden-images");
    return dir + u'/' + name + QStringLiteral(".img");
}

QJsonObject manifest() {
    static const QJsonObject m = loadJson(QStringLiteral(FAMSCOPE_MANIFEST));
    return m;
}

QStringList imageNames() {
    QStringList names;
    for (const auto& v : manifest().value(QLatin1String("images")).toArray())
        names << v.toObject().value(QLatin1String("name")).toString();
    return names;
}

QJsonObject manifestImage(const QString& name) {
    for (const auto& v : manifest().value(QLatin1String("images")).toArray())
        if (v.toObject().value(QLatin1String("name")).toString() == name)
            return v.toObject();
    qFatal("image %s is not in the manifest", qPrintable(name));
}

QJsonObject prngVectors() {
    static const QJsonObject m = loadJson(QStringLiteral(FAMSCOPE_PRNG_VECTORS));
    return m;
}

QString famscopeBinary() {
    return QStringLiteral(FAMSCOPE_BINARY);
}

uint64_t number(const QJsonValue& v) {
    if (v.isString()) {
        bool ok = false;
        const QString s = v.toString();
        const uint64_t n = s.startsWith(QLatin1String("0x")) ? s.mid(2).toULongLong(&ok, 16)
                                                             : s.toULongLong(&ok, 10);
        if (!ok)
            qFatal("manifest number %s does not parse", qPrintable(s));
        return n;
    }
    return static_cast<uint64_t>(v.toDouble());
}

uint32_t octal(const QJsonValue& v) {
    bool ok = false;
    const uint32_t n = v.toString().toUInt(&ok, 8);
    if (!ok)
        qFatal("manifest mode %s does not parse", qPrintable(v.toString()));
    return n;
}

} // namespace golden
