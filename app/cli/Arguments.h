// Command-line arguments as bytes. Qt hands arguments around as QString, and decoding argv
// as UTF-8 turns every byte that is not UTF-8 into U+FFFD: a famfs name such as FF FE could
// neither be created nor reached. So argv is decoded the way Python decodes file names
// (PEP 383, "surrogateescape"): valid UTF-8 as text, each other byte b as the lone surrogate
// U+DC00 + b, which valid UTF-8 never produces. QCommandLineParser passes such strings through
// untouched, and argumentBytes() gives back exactly the bytes that were typed.
#pragma once

#include <QString>

#include <string>

namespace famscope::cli {

QString argumentText(const char* argument);     // argv bytes -> QString, losslessly
std::string argumentBytes(const QString& text); // the inverse: the bytes as given

// A path inside the file system as typed: its bytes, with \xNN and \\ undone (the notation
// text output uses for bytes a terminal cannot show; see report/TextEscape.h).
std::string fsPathArgument(const QString& text);

} // namespace famscope::cli
