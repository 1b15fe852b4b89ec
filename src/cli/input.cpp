#include "cli/input.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include <sys/stat.h>

namespace engage::cli {
namespace {

// Why a path cannot be read, in words the user can act on: the C library's strerror text is
// English only.
Localized unreadable(const std::string& path, int error) {
    const std::string quoted = "'" + path + "'";
    const std::string quoted_de = "„" + path + "“";
    struct stat info {};
    if (::stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode))
        return {"cannot read " + quoted + ": it is a folder, not a file",
                "kann " + quoted_de + " nicht lesen: das ist ein Ordner, keine Datei"};
    switch (error) {
    case ENOENT:
        return {"cannot open " + quoted + ": there is no such file",
                "kann " + quoted_de + " nicht öffnen: diese Datei gibt es nicht"};
    case EACCES:
    case EPERM:
        return {"cannot open " + quoted + ": no permission to read it",
                "kann " + quoted_de + " nicht öffnen: keine Berechtigung zum Lesen"};
    default:
        return {"cannot open " + quoted + ": " + std::strerror(error),
                "kann " + quoted_de + " nicht öffnen (" + std::strerror(error) + ")"};
    }
}

// An ifstream opens a folder without complaint on Linux and then reads nothing: ask first.
bool is_folder(const std::string& path) {
    struct stat info {};
    return ::stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode);
}

} // namespace

std::optional<TableReading> read_table_argument(const Args& args, const std::string& command,
                                                Language language, int& exit_code) {
    exit_code = 2;
    // "--" ends the options, so a FILE may start with '-' ("engage table -- -x.csv").
    const Args files(args.begin() + (!args.empty() && args[0] == "--" ? 1 : 0), args.end());
    if (files.size() != 1) {
        usage_error({"engage " + command + " reads one FILE, or - for standard input",
                     "engage " + command + " liest eine DATEI, oder - für die Standardeingabe"},
                    {"engage " + command + " FILE|-", "engage " + command + " DATEI|-"}, language);
        return std::nullopt;
    }

    exit_code = 1;
    const std::optional<std::string> bytes = read_input(files[0], language);
    if (!bytes)
        return std::nullopt;
    TableReading reading = read_table(*bytes);
    if (!reading.ok) {
        print_error(reading.error, language);
        return std::nullopt;
    }
    for (const Problem& problem : reading.problems)
        print_problem(problem, language);
    exit_code = 0;
    return reading;
}

void print_error(const Localized& message, Language language) {
    std::cerr << "engage: " << message.in(language) << "\n";
}

void print_problem(const Problem& problem, Language language) {
    std::cerr << "engage: " << (language == Language::German ? "Zeile " : "row ") << problem.row
              << ": " << problem.message.in(language) << "\n";
}

int usage_error(const Localized& message, const Localized& usage, Language language) {
    print_error(message, language);
    std::cerr << (language == Language::German ? "Aufruf: " : "usage: ") << usage.in(language)
              << "\n";
    return 2;
}

std::optional<std::string> read_input(const std::string& path, Language language) {
    if (path == "-") {
        std::ostringstream buffer;
        buffer << std::cin.rdbuf();
        return buffer.str();
    }

    std::ifstream file;
    if (!is_folder(path))
        file.open(path, std::ios::binary);
    if (!file.is_open()) {
        print_error(unreadable(path, errno), language);
        return std::nullopt;
    }
    return std::string(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
}

bool read_input_chunks(const std::string& path, Language language,
                       const std::function<void(std::string_view)>& chunk) {
    std::ifstream file;
    std::istream* in = &std::cin;
    if (path != "-") {
        if (!is_folder(path))
            file.open(path, std::ios::binary);
        if (!file.is_open()) {
            print_error(unreadable(path, errno), language);
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
