// engage: the EngageLens engine on the command line, for automation, tests and big files.
#include "cli/commands.h"

#include <cstring>
#include <iostream>

namespace {

struct Command {
    const char* name;
    int (*run)(const engage::cli::Args&);
    const char* usage;
};

const Command commands[] = {
    {"kpis", engage::cli::run_kpis,
     "engage kpis [--lang en|de] [--table N] [--role HEADER=ROLE] [--benchmark NAME|FILE|auto]\n"
     "            [--period day|week|month] [--nps-0-10] FILE|-\n"
     "                                         KPIs, problems and input details as JSON"},
    {"table", engage::cli::run_table,
     "engage table FILE|-                     the parsed table as a JSON array of objects"},
    {"classify", engage::cli::run_classify,
     "engage classify TEXT... | --file FILE   nine-category taxonomy for each text"},
    {"attribution", engage::cli::run_attribution,
     "engage attribution FILE|-               attribution models over touchpoint paths"},
    {"profiles", engage::cli::run_profiles,
     "engage profiles [--lang en|de] [ID]     built-in benchmark profiles as JSON"},
};

int usage() {
    std::cerr << "usage:\n";
    for (const Command& command : commands)
        std::cerr << "  " << command.usage << "\n";
    return 2;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2)
        return usage();
    if (std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0) {
        usage();
        return 0;
    }

    engage::cli::Args args(argv + 2, argv + argc);
    for (const Command& command : commands)
        if (std::strcmp(argv[1], command.name) == 0)
            return command.run(args);
    std::cerr << "engage: unknown command '" << argv[1] << "'\n";
    return usage();
}
