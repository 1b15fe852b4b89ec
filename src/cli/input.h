// Reading the CLI's input (a file path, or "-" for standard input) and printing its messages.
//
// Contract:
// - Every message goes to stderr as "engage: <message>", in the language chosen with --lang
//   (main.cpp reads it for all commands), German or English.
// - A file that cannot be read gets a message naming the file and why (missing, a folder, no
//   permission), never a bare C library text.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "cli/commands.h"
#include "engine/csv_reader.h"
#include "engine/localized.h"
#include "engine/problem.h"

namespace engage::cli {

// The file's bytes, unchanged, or nullopt after printing a message to stderr.
std::optional<std::string> read_input(const std::string& path, Language language);

// Calls `chunk` with successive pieces of the input (1 MiB each), so big files stream with
// constant memory. Returns false after printing a message when the input cannot be opened.
bool read_input_chunks(const std::string& path, Language language,
                       const std::function<void(std::string_view)>& chunk);

// The one FILE|- argument of `engage <command>` (table, attribution), read as a table, its
// problems printed. On failure prints the usage or the reason and returns nullopt with
// `exit_code` set: 2 for usage, 1 for input that cannot be read.
std::optional<TableReading> read_table_argument(const Args& args, const std::string& command,
                                                Language language, int& exit_code);

// Prints "engage: <message>" to stderr.
void print_error(const Localized& message, Language language);

// Prints "engage: row N: <message>" ("Zeile N: ..." in German) to stderr.
void print_problem(const Problem& problem, Language language);

// Prints the message and then `usage` ("usage: ..." / "Aufruf: ..."); returns 2, the exit
// code of usage errors.
int usage_error(const Localized& message, const Localized& usage, Language language);

} // namespace engage::cli
