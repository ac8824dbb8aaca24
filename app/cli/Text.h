// Small text formatting helpers shared by the CLI commands.
#pragma once

#include <QString>

#include <cstdint>
#include <string_view>

namespace famscope::cli {

QString hex(uint64_t v);            // 0x1f
QString humanBytes(uint64_t bytes); // 4.0 GiB, 512 B
QString octalMode(uint32_t mode);   // 0644
QString percent(double fraction);   // 12.5%

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
