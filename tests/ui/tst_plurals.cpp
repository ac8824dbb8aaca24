// English plurals in real views: with the English catalogue installed, a file system with one
// file and one directory of one byte says "1 file, 1 directory" and "1 byte", one with two
// files of two bytes says "2 files, 0 directories" and "2 bytes" (never "1 files" or "1 bytes",
// nor the "(s)" of the source strings).
#include "UiTestSupport.h"
#include "WindowParts.h"
#include "core/edit/Creat.h"
#include "core/edit/EditSession.h"
#include "core/edit/Mkdir.h"
#include "core/edit/Mkfs.h"
#include "ui/SelectionModel.h"
#include "ui/Translations.h"
#include "ui/document/Document.h"
#include "ui/document/SnapshotLoader.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/models/NamespaceModel.h"
#include "ui/panels/NamespacePanel.h"

#include <QFile>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace famscope;
using namespace famscope::ui;

namespace {

constexpr uint64_t kMiB = uint64_t{1} << 20;

// A fresh 64 MiB image holding `files` files of `size` bytes and `dirs` directories.
QString makeImage(const QTemporaryDir& dir, const QString& name, int files, uint64_t size,
                  int dirs) {
    const std::string img = dir.filePath(name).toStdString();
    const std::string suuid = dir.filePath(QStringLiteral("system_uuid")).toStdString();
    const std::string mountinfo = dir.filePath(QStringLiteral("mountinfo")).toStdString();
    QFile(QString::fromStdString(mountinfo)).open(QIODevice::WriteOnly);
    edit::MkfsOptions mo;
    mo.createSize = 64 * kMiB;
    mo.systemUuidPath = suuid;
    mo.mountInfoPath = mountinfo;
    if (auto r = edit::makeFileSystem(img, mo); !r)
        qFatal("mkfs: %s", r.error().c_str());
    edit::SessionOptions so;
    so.systemUuidPath = suuid;
    so.mountInfoPath = mountinfo;
    so.backup = false;
    auto session = edit::EditSession::open(img, so);
    if (!session)
        qFatal("session: %s", session.error().c_str());
    for (int d = 0; d < dirs; ++d)
        if (auto r = edit::makeDirectory(**session, "dir" + std::to_string(d), {}); !r)
            qFatal("mkdir: %s", r.error().c_str());
    for (int f = 0; f < files; ++f) {
        edit::CreatOptions co;
        co.size = size;
        if (auto r = edit::createFile(**session, "file" + std::to_string(f), co); !r)
            qFatal("creat: %s", r.error().c_str());
    }
    return QString::fromStdString(img);
}

void removeTranslators() {
    for (QTranslator* t : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QLocale::setDefault(QLocale::c());
}

// The namespace panel's summary line (the label that counts files).
QString namespaceSummary(MainWindow& w) {
    for (QLabel* label : uitest::part<NamespacePanel>(w)->findChildren<QLabel*>())
        if (label->text().contains(QLatin1String("file")))
            return label->text();
    return {};
}

// The Size column of the namespace row named `name`.
QString sizeShown(MainWindow& w, const QString& name) {
    NamespaceModel* model = uitest::part<NamespacePanel>(w)->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex nameIndex = model->index(row, NamespaceModel::Name);
        if (nameIndex.data().toString() == name)
            return model->index(row, NamespaceModel::Size).data().toString();
    }
    return {};
}

} // namespace

class TestPlurals : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        uitest::useOwnSettings("plurals");
        QVERIFY(dir_.isValid());
        one_ = makeImage(dir_, QStringLiteral("one.img"), 1, 1, 1);
        two_ = makeImage(dir_, QStringLiteral("two.img"), 2, 2, 0);
    }
    void init() { QVERIFY(installTranslations(QStringLiteral("en"))); }
    void cleanup() { removeTranslators(); }

    void singularForOne() {
        MainWindow w;
        uitest::part<Document>(w)->setLoadResult(loadSnapshotNow({one_, false}));
        QCOMPARE(namespaceSummary(w), QStringLiteral("1 file, 1 directory"));
        QCOMPARE(sizeShown(w, QStringLiteral("file0")), QStringLiteral("1 byte"));
    }

    void pluralForTwo() {
        MainWindow w;
        uitest::part<Document>(w)->setLoadResult(loadSnapshotNow({two_, false}));
        QCOMPARE(namespaceSummary(w), QStringLiteral("2 files, 0 directories"));
        QCOMPARE(sizeShown(w, QStringLiteral("file0")), QStringLiteral("2 bytes"));
    }

    // The English forms sit under every other catalogue: German still wins where it has one.
    void otherLanguagesKeepTheirOwnForms() {
        removeTranslators();
        QVERIFY(installTranslations(QStringLiteral("de")));
        MainWindow w;
        uitest::part<Document>(w)->setLoadResult(loadSnapshotNow({one_, false}));
        QCOMPARE(sizeShown(w, QStringLiteral("file0")), QStringLiteral("1 Byte"));
    }

private:
    QTemporaryDir dir_;
    QString one_;
    QString two_;
};

QTEST_MAIN(TestPlurals)
#include "tst_plurals.moc"
