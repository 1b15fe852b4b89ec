#include <cmath>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/input.h"
#include "engine/attribution.h"
#include "engine/csv_reader.h"

namespace engage::cli {

// engage attribution FILE|-: the six attribution models over a path table such as
// ChannelAttribution's (path;total_conversions;total_conversion_value;total_null), or over
// event rows (customer, timestamp, channel, converted) when there is no path column.
int run_attribution(const Args& args, Language language) {
    int exit_code = 0;
    const std::optional<TableReading> read =
        read_table_argument(args, "attribution", language, exit_code);
    if (!read)
        return exit_code;
    const TableReading& reading = *read;

    const PathColumns path_columns = find_path_columns(reading.table);
    PathData data;
    if (path_columns.path >= 0) {
        data = paths_from_table(reading.table, path_columns);
    } else {
        // FIXME-CLI: event columns are found by these exact names only; add --column options.
        EventColumns events;
        events.customer = reading.table.find_column("customer");
        events.timestamp = reading.table.find_column("timestamp");
        events.channel = reading.table.find_column("channel");
        events.converted = reading.table.find_column("converted");
        data = paths_from_events(reading.table, events);
    }
    for (const Problem& problem : data.problems)
        print_problem(problem, language);

    const Attribution attribution = attribute(data);
    if (!attribution.defined) {
        print_error(attribution.reason, language);
        return 1;
    }

    nlohmann::ordered_json models = nlohmann::ordered_json::object();
    for (const ModelCredits& model : attribution.models) {
        nlohmann::ordered_json credits = nlohmann::ordered_json::object();
        for (const auto& [channel, credit] : model.credits)
            credits[channel] = credit;
        // An undefined model (Markov without any conversion) prints null, not made-up zeros.
        models[model.id] = model.defined ? credits : nlohmann::ordered_json();
    }
    nlohmann::ordered_json out;
    out["models"] = models;
    out["paths"] = attribution.paths;
    // Conversions are counted, so a whole total prints as one (12, not 12.0); a path table may
    // hold fractional totals (ChannelAttribution's own output), which print as they are.
    const double conversions = attribution.conversions;
    if (std::floor(conversions) == conversions && std::fabs(conversions) < 9.0e15)
        out["conversions"] = static_cast<long long>(conversions);
    else
        out["conversions"] = conversions;
    std::cout << out.dump(2) << "\n";
    return 0;
}

} // namespace engage::cli
