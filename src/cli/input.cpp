#include "cli/input.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace engage::cli {

void print_error(const std::string& message) {
    std::cerr << "engage: " << message << "\n";
}

std::optional<std::string> read_input(const std::string& path) {
    if (path == "-") {
        std::ostringstream buffer;
        buffer << std::cin.rdbuf();
        return buffer.str();
    }

    std::ifstream file(path, std::ios::binary);
    if (!file) {
        print_error("cannot open '" + path + "': " + std::strerror(errno));
        return std::nullopt;
    }
    return std::string(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
}

} // namespace engage::cli
