// The GUI tests reach the window's parts as a script would: by type, or by object name where
// the window has several of one type, never through getters that exist only for tests.
#pragma once

#include <QObject>
#include <QString>

namespace uitest {

// The one descendant of `root` of type T (named `name`, if given). A missing part ends the
// test run with what was looked for, instead of a null dereference later.
template <class T> T* part(const QObject& root, const QString& name = {}) {
    T* found = root.findChild<T*>(name);
    if (!found)
        qFatal("no %s named '%s' under %s", T::staticMetaObject.className(), qPrintable(name),
               root.metaObject()->className());
    return found;
}

} // namespace uitest
