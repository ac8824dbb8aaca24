#include "ui/util/OutputFile.h"

#include "core/report/OutputFile.h"

#include <QBuffer>
#include <QFile>

#include <span>

namespace famscope::ui {

QString writeOutputFile(const QString& path, const QByteArray& bytes) {
    const auto* data = reinterpret_cast<const uint8_t*>(bytes.constData());
    const Status st = report::writeOutputFile(QFile::encodeName(path).toStdString(),
                                              std::span(data, static_cast<size_t>(bytes.size())));
    return st ? QString() : QString::fromLocal8Bit(st.error());
}

QString writeImageFile(const QString& path, const QImage& image, const char* format) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (image.isNull() || !buffer.open(QIODevice::WriteOnly) || !image.save(&buffer, format))
        return QStringLiteral("cannot encode the picture for ") + path;
    return writeOutputFile(path, bytes);
}

QString checkOutputPath(const QString& path) {
    const Status st = report::checkOutputPath(QFile::encodeName(path).toStdString());
    return st ? QString() : QString::fromLocal8Bit(st.error());
}

} // namespace famscope::ui
