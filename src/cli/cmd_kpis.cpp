#include "cli/commands.h"
#include "cli/input.h"
#include "engine/analysis.h"

#include <iostream>

namespace engage::cli {

// engage kpis [--lang en|de] [--table N] [--role HEADER=ROLE]... FILE|-
int run_kpis(const Args& args) {
    std::string path;
    Language language = Language::English;
    AnalysisOptions options;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "--lang" && i + 1 < args.size()) {
            language = language_from_tag(args[++i]);
        } else if (arg == "--table" && i + 1 < args.size()) {
            const std::string& number = args[++i];
            if (number.empty() || number.find_first_not_of("0123456789") != std::string::npos ||
                number.size() > 6 || std::stol(number) < 1) {
                print_error("--table takes the table's number, counted from 1");
                return 2;
            }
            options.table_index = std::stol(number) - 1;
        } else if (arg == "--role" && i + 1 < args.size()) {
            const std::string& pair = args[++i];
            const std::size_t eq = pair.rfind('=');
            if (eq == std::string::npos) {
                print_error("--role takes HEADER=ROLE, e.g. --role \"Fans=followers\"");
                return 2;
            }
            options.role_overrides[pair.substr(0, eq)] = role_from_id(pair.substr(eq + 1));
        } else if (!arg.empty() && arg[0] == '-' && arg != "-") {
            print_error("unknown option '" + arg + "'");
            return 2;
        } else if (path.empty()) {
            path = arg;
        } else {
            print_error("only one FILE is read; got '" + path + "' and '" + arg + "'");
            return 2;
        }
    }
    if (path.empty()) {
        print_error("usage: engage kpis [--lang en|de] [--table N] [--role HEADER=ROLE] FILE|-");
        return 2;
    }

    // The CLI prints no table, so it keeps none: memory stays constant for any file size.
    options.max_table_rows = 0;
    Analyzer analyzer(path, options);
    if (!read_input_chunks(path, [&](std::string_view chunk) {
            if (!analyzer.refused())
                analyzer.feed(chunk);
        }))
        return 1;
    const Analysis analysis = analyzer.finish();
    if (!analysis.readable) {
        print_error(analysis.error.in(language));
        return 1;
    }
    std::cout << analysis_to_json(analysis, language) << "\n";
    return 0;
}

} // namespace engage::cli
