#include <iostream>

#include "cli/commands.h"
#include "cli/input.h"
#include "engine/analysis.h"
#include "engine/csv_reader.h"

namespace engage::cli {

// engage table FILE|-: the table exactly as read, before any roles or numbers.
int run_table(const Args& args, Language language) {
    if (args.size() != 1)
        return usage_error({"engage table reads one FILE, or - for standard input",
                            "engage table liest eine DATEI, oder - für die Standardeingabe"},
                           {"engage table FILE|-", "engage table DATEI|-"}, language);

    const auto bytes = read_input(args[0], language);
    if (!bytes)
        return 1;
    const TableReading reading = read_table(*bytes);
    if (!reading.ok) {
        print_error(reading.error, language);
        return 1;
    }
    for (const Problem& problem : reading.problems)
        print_problem(problem, language);
    std::cout << table_to_json(reading.table) << "\n";
    return 0;
}

} // namespace engage::cli
