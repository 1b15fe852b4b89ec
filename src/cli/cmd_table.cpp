#include "cli/commands.h"
#include "cli/input.h"
#include "engine/analysis.h"
#include "engine/csv_reader.h"

#include <iostream>

namespace engage::cli {

// engage table FILE|-: the table exactly as read, before any roles or numbers.
int run_table(const Args& args) {
    if (args.size() != 1) {
        print_error("usage: engage table FILE|-");
        return 2;
    }

    const auto bytes = read_input(args[0]);
    if (!bytes)
        return 1;
    const TableReading reading = read_table(*bytes);
    if (!reading.ok) {
        print_error(reading.error.en);
        return 1;
    }
    for (const Problem& problem : reading.problems)
        std::cerr << "engage: row " << problem.row << ": " << problem.message.en << "\n";
    std::cout << table_to_json(reading.table) << "\n";
    return 0;
}

} // namespace engage::cli
