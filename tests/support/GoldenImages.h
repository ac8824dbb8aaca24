// Access to the real famfs images (unpacked by the golden_images fixture) and their manifest.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace golden {

// <build>/golden-images/<name>.img, or $FAMSCOPE_TEST_WORK_DIR/golden-images/<name>.img
QString imagePath(const QString& name);
QStringList imageNames(); // every image in the manifest, in order
QJsonObject manifestImage(const QString& name);
QJsonObject manifest();    // the whole MANIFEST.json (cached)
QJsonObject prngVectors(); // prng-vectors.json
QString famscopeBinary();  // the built famscope executable

// Manifest numbers come as JSON numbers or "0x..." strings.
uint64_t number(const QJsonValue& v);
uint32_t octal(const QJsonValue& v); // "644" -> 0644

} // namespace golden
