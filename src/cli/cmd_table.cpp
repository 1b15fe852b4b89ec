#include <iostream>

#include "cli/commands.h"
#include "cli/input.h"
#include "engine/analysis.h"
#include "engine/csv_reader.h"

namespace engage::cli {

// engage table FILE|-: the table exactly as read, before any roles or numbers.
int run_table(const Args& args, Language language) {
    int exit_code = 0;
    const std::optional<TableReading> reading =
        read_table_argument(args, "table", language, exit_code);
    if (!reading)
        return exit_code;
    std::cout << table_to_json(reading->table) << "\n";
    return 0;
}

} // namespace engage::cli
