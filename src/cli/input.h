// Reading the CLI's input: a file path, or "-" for standard input.
#pragma once

#include <optional>
#include <string>

namespace engage::cli {

// The file's bytes, unchanged, or nullopt after printing a message to stderr.
std::optional<std::string> read_input(const std::string& path);

// Prints "engage: <message>" to stderr.
void print_error(const std::string& message);

} // namespace engage::cli
