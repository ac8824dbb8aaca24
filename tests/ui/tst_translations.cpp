// Translations: German and French load and translate the window; an unknown language is
// refused; and a pseudo-translation (every famscope string wrapped in ⟦ ⟧) proves that no
// visible text of the filled main window escaped tr().
#include "UiTestSupport.h"
#include "WindowParts.h"

#include "ui/SelectionModel.h"
#include "ui/Translations.h"
#include "ui/document/Document.h"
#include "ui/mainwindow/MainWindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTranslator>

using namespace famscope::ui;

namespace {

const QString kOpen = QStringLiteral("⟦");
const QString kClose = QStringLiteral("⟧");

// Wraps every famscope source string; Qt's own strings (context outside famscope) are left to
// Qt, as they would be in a real locale.
class PseudoTranslator : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char*, int) const override {
        if (!QByteArray(context).startsWith("famscope"))
            return {};
        return kOpen + QString::fromUtf8(source) + kClose;
    }
};

void removeTranslators() {
    // installTranslations() parents its translators to the application.
    for (QTranslator* t : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QLocale::setDefault(QLocale::c());
}

QMenu* fileMenu(MainWindow& w) {
    return w.menuBar()->actions().first()->menu();
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        // Settings (recent files, window state) go to a test location, never the user's.
        uitest::useOwnSettings("translations");
    }
    void cleanup() { removeTranslators(); }
    void languagesLoad_data();
    void languagesLoad();
    void unknownLanguageIsRefused();
    void englishNeedsNoCatalogue();
    void noVisibleStringEscapesTranslation();
};

void TestTranslations::languagesLoad_data() {
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("fileMenu");
    QTest::addColumn<QString>("cancel");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("&Datei")
                        << QStringLiteral("Abbrechen");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("&Fichier")
                        << QStringLiteral("Annuler");
}

void TestTranslations::languagesLoad() {
    QFETCH(QString, lang);
    QFETCH(QString, fileMenu);
    QFETCH(QString, cancel);
    QVERIFY(installTranslations(lang));
    MainWindow w;
    QCOMPARE(::fileMenu(w)->title(), fileMenu);
    QCOMPARE(QCoreApplication::translate("famscope::ui::StatusSummary", "Cancel"), cancel);
    // Plural forms come from the catalogue too.
    const QString one =
        QCoreApplication::translate("famscope::ui::NamespacePanel", "%n file(s)", nullptr, 1);
    const QString many =
        QCoreApplication::translate("famscope::ui::NamespacePanel", "%n file(s)", nullptr, 5);
    QVERIFY(one != many);
    QVERIFY(!one.contains(QStringLiteral("(s)")));
}

void TestTranslations::unknownLanguageIsRefused() {
    QVERIFY(!installTranslations(QStringLiteral("xx")));
}

void TestTranslations::englishNeedsNoCatalogue() {
    QVERIFY(installTranslations(QStringLiteral("en")));
    MainWindow w;
    QCOMPARE(fileMenu(w)->title(), QStringLiteral("&File"));
}

void TestTranslations::noVisibleStringEscapesTranslation() {
    PseudoTranslator pseudo;
    QCoreApplication::installTranslator(&pseudo);
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    uitest::part<Document>(w)->setLoadResult(loadSnapshotNow({QString(), true}));
    const auto snapshot = uitest::part<Document>(w)->snapshot();
    for (const auto& f : snapshot->ns.files)
        if (f.map.interleaved) {
            uitest::part<SelectionModel>(w)->setCurrentPath(QString::fromStdString(f.path));
            break;
        }
    QCoreApplication::processEvents();

    QStringList escaped;
    int checked = 0;
    auto check = [&](const QString& where, const QString& text) {
        if (text.trimmed().isEmpty())
            return;
        ++checked;
        if (!text.contains(kOpen) || !text.contains(kClose))
            escaped << where + QStringLiteral(": ") + text;
    };
    check(QStringLiteral("window title"), w.windowTitle());
    for (QWidget* widget : w.findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(&w))
            continue; // hidden widgets (error banner, idle progress) show nothing
        const QString name = QString::fromLatin1(widget->metaObject()->className()) +
                             QLatin1Char('/') + widget->objectName();
        if (auto* label = qobject_cast<QLabel*>(widget))
            check(name, label->text());
        else if (auto* button = qobject_cast<QAbstractButton*>(widget))
            check(name, button->text());
        else if (auto* edit = qobject_cast<QLineEdit*>(widget))
            check(name, edit->placeholderText());
        if (auto* tabs = qobject_cast<QTabWidget*>(widget))
            for (int i = 0; i < tabs->count(); ++i)
                check(name + QStringLiteral(" tab"), tabs->tabText(i));
        if (auto* view = qobject_cast<QAbstractItemView*>(widget); view && view->model())
            for (int c = 0; c < view->model()->columnCount(); ++c)
                check(name + QStringLiteral(" header"),
                      view->model()->headerData(c, Qt::Horizontal).toString());
    }
    // Menus and every action in them, context-menu actions of the tables included.
    for (QAction* action : w.findChildren<QAction*>()) {
        if (action->isSeparator() || action->menu())
            continue;
        if (action->text().startsWith(kOpen + QStringLiteral("&%1"))) // recent-file entries
            continue;
        check(QStringLiteral("action"), action->text());
    }
    for (QMenu* menu : w.findChildren<QMenu*>())
        check(QStringLiteral("menu"), menu->title());
    QCoreApplication::removeTranslator(&pseudo);
    QVERIFY2(escaped.isEmpty(), qPrintable(escaped.join(QLatin1Char('\n'))));
    QVERIFY2(checked > 60, qPrintable(QString::number(checked)));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
