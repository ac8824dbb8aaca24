// Small text formatting helpers shared by the CLI commands.
#pragma once

#include <QString>

#include <cstdint>
#include <string_view>

namespace famscope::cli {

// report::humanBytes and report::octalMode (report/SizeText.h, report/TextFormat.h) as QString.
QString humanBytes(uint64_t bytes); // 4.00 GiB, 512 B
QString octalMode(uint32_t mode);   // 0644

// Every name, path, device path and message from media (or typed by the user) goes through
// these before it reaches text output: control and invisible characters and bytes that are
// not UTF-8 are shown as \xNN, a backslash as \\ (report::escapeText).
QString shown(std::string_view bytes);
QString shownArgument(const QString& argument); // an argument's bytes as given, escaped

// Writes to stdout / stderr without going through QDebug (no quoting, no log prefixes).
void printOut(const QString& text);
void printOut(std::string_view bytes);
void printErr(const QString& text);

} // namespace famscope::cli
