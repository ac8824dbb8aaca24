#include "ui/GuiOptions.h"

#include <QRegularExpression>

namespace famscope::ui {

namespace {
GuiOptionsResult fail(const QString& message) {
    // Printed before any translator exists: the CLI's language, like every CLI error.
    return {std::nullopt,
            QStringLiteral("famscope: ") + message + QStringLiteral(" (see famscope --help)")};
}
} // namespace

GuiOptionsResult parseGuiOptions(const QStringList& args) {
    GuiOptions o;
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        auto value = [&](QString& out) {
            if (i + 1 >= args.size())
                return false;
            out = args[++i];
            return true;
        };
        QString v;
        if (a == QLatin1String("--demo")) {
            o.demo = true;
        } else if (a == QLatin1String("--tour")) {
            o.tour = true;
        } else if (a == QLatin1String("--lang")) {
            if (!value(o.lang))
                return fail(QStringLiteral("--lang needs a language (de, fr, en)"));
        } else if (a == QLatin1String("--screenshot")) {
            if (!value(o.screenshot))
                return fail(QStringLiteral("--screenshot needs an output file"));
        } else if (a == QLatin1String("--size")) {
            static const QRegularExpression re(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
            const auto m = value(v) ? re.match(v) : QRegularExpressionMatch();
            if (!m.hasMatch())
                return fail(QStringLiteral("--size needs WIDTHxHEIGHT, e.g. 1600x1000"));
            o.size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
        } else if (a == QLatin1String("--view")) {
            if (!value(o.view))
                return fail(QStringLiteral("--view needs a view name"));
        } else if (a == QLatin1String("--select")) {
            if (!value(o.select))
                return fail(QStringLiteral("--select needs a path"));
        } else if (a == QLatin1String("--state-file")) {
            if (!value(o.stateFile))
                return fail(QStringLiteral("--state-file needs a file"));
        } else if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            return fail(QStringLiteral("unknown option '") + a + QLatin1Char('\''));
        } else if (o.target.isEmpty()) {
            o.target = a;
        } else {
            return fail(QStringLiteral("more than one target given"));
        }
    }
    if (o.demo && !o.target.isEmpty())
        return fail(QStringLiteral("--demo and a target exclude each other"));
    if (o.tour && !o.target.isEmpty())
        return fail(QStringLiteral("--tour runs on the demo, not on a target"));
    return {o, QString()};
}

} // namespace famscope::ui
