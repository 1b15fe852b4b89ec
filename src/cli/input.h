// Reading the CLI's input: a file path, or "-" for standard input.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace engage::cli {

// The file's bytes, unchanged, or nullopt after printing a message to stderr.
std::optional<std::string> read_input(const std::string& path);

// Calls `chunk` with successive pieces of the input (1 MiB each), so big files stream with
// constant memory. Returns false after printing a message when the input cannot be opened.
bool read_input_chunks(const std::string& path, const std::function<void(std::string_view)>& chunk);

// Prints "engage: <message>" to stderr.
void print_error(const std::string& message);

} // namespace engage::cli
