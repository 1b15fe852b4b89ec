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

bool read_input_chunks(const std::string& path,
                       const std::function<void(std::string_view)>& chunk) {
    std::ifstream file;
    std::istream* in = &std::cin;
    if (path != "-") {
        file.open(path, std::ios::binary);
        if (!file) {
            print_error("cannot open '" + path + "': " + std::strerror(errno));
            return false;
        }
        in = &file;
    }

    std::string buffer(1 << 20, '\0');
    while (*in) {
        in->read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        const std::streamsize got = in->gcount();
        if (got <= 0)
            break;
        chunk(std::string_view(buffer.data(), static_cast<std::size_t>(got)));
    }
    return true;
}

} // namespace engage::cli
