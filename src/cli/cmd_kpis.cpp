#include <fstream>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/input.h"
#include "engine/analysis.h"
#include "engine/benchmark_profiles.h"
#include "engine/period_kpis.h"
#include "engine/profile_suggestion.h"

namespace engage::cli {
namespace {

// Rows kept for `--benchmark auto`: the follower tier comes from the followers column's mean,
// which needs the rows; a bounded number keeps memory constant for any file size.
constexpr std::size_t suggestion_rows = 10000;
// Rows kept for `--period`: KPIs per period are computed from the kept rows (period_kpis.h).
constexpr std::size_t history_rows = 2000000;

// --benchmark NAME|FILE: a built-in id first, so a stray file called "article" cannot shadow
// the default; then a profile JSON file. Prints the reason and returns nullopt when neither.
std::optional<BenchmarkProfile> load_benchmark(const std::string& name, Language language) {
    if (const BenchmarkProfile* builtin = find_builtin_profile(name))
        return *builtin;
    std::ifstream file(name, std::ios::binary);
    if (!file) {
        print_error({"unknown benchmark '" + name + "': not a built-in profile (" +
                         builtin_profile_ids() + ", or auto) and not a readable profile file",
                     "unbekannter Benchmark „" + name + "“: kein eingebautes Profil (" +
                         builtin_profile_ids() + " oder auto) und keine lesbare Profildatei"},
                    language);
        return std::nullopt;
    }
    const std::string json((std::istreambuf_iterator<char>(file)),
                           std::istreambuf_iterator<char>());
    ProfileResult result = parse_profile(json);
    if (!result.ok()) {
        print_error({name + ": " + result.error.en, name + ": " + result.error.de}, language);
        return std::nullopt;
    }
    return std::move(result.profile);
}

// The report with a "benchmark" part naming the profile used and, for auto, why.
std::string with_benchmark(const std::string& report, const BenchmarkProfile& profile,
                           const Localized& reason, Language language) {
    using Json = nlohmann::ordered_json;
    Json root = Json::parse(report, nullptr, false);
    if (root.is_discarded())
        return report;
    Json benchmark = Json::object();
    benchmark["id"] = profile.id;
    benchmark["name"] = profile.name.in(language);
    benchmark["reason"] = reason.empty() ? Json(nullptr) : Json(reason.in(language));
    root["benchmark"] = benchmark;
    return root.dump(2, ' ', false, Json::error_handler_t::replace);
}

} // namespace

const Localized kpis_usage{
    "engage kpis [--lang en|de] [--table N] [--role HEADER=ROLE] [--benchmark NAME|FILE|auto] "
    "[--period day|week|month] [--nps-0-10] FILE|-",
    "engage kpis [--lang en|de] [--table N] [--role KOPF=ROLLE] [--benchmark NAME|DATEI|auto] "
    "[--period day|week|month] [--nps-0-10] DATEI|-"};

// engage kpis [--table N] [--role HEADER=ROLE]... [--benchmark NAME|FILE|auto]
//             [--period day|week|month] [--nps-0-10] [--] FILE|-     (--lang: main.cpp)
int run_kpis(const Args& args, Language language) {
    const auto usage = [&](const Localized& message) {
        return usage_error(message, kpis_usage, language);
    };
    std::string path;
    AnalysisOptions options;
    std::string benchmark_name;
    std::optional<Period> period;
    bool options_ended = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (options_ended) {
            // After "--" a word is the FILE even when it starts with '-' (a file "-x.csv").
            if (!path.empty())
                return usage({"only one FILE is read; got '" + path + "' and '" + arg + "'",
                              "es wird nur eine DATEI gelesen; angegeben: "
                              "„" + path + "“ und „" +
                                  arg + "“"});
            path = arg;
        } else if (arg == "--") {
            options_ended = true;
        } else if (arg == "--nps-0-10") {
            // The survey asked 0-10: answers without a 0 are not refused as a 1-5/1-7/1-10 scale.
            options.nps_assume_zero_to_ten = true;
        } else if (arg == "--table" && i + 1 < args.size()) {
            const std::string& number = args[++i];
            if (number.empty() || number.find_first_not_of("0123456789") != std::string::npos ||
                number.size() > 6 || std::stol(number) < 1) {
                return usage({"--table takes the table's number, counted from 1",
                              "--table erwartet die Nummer der Tabelle, ab 1 gezählt"});
            }
            options.table_index = std::stol(number) - 1;
        } else if (arg == "--role" && i + 1 < args.size()) {
            const std::string& pair = args[++i];
            const std::size_t eq = pair.rfind('=');
            if (eq == std::string::npos) {
                return usage({"--role takes HEADER=ROLE, e.g. --role \"Fans=followers\"",
                              "--role erwartet KOPF=ROLLE, z. B. --role \"Fans=followers\""});
            }
            const std::string id = pair.substr(eq + 1);
            const Role role = role_from_id(id);
            if (role == Role::None && id != "none") {
                std::string ids;
                for (const Role known : all_roles())
                    ids += std::string(ids.empty() ? "" : ", ") + role_id(known);
                return usage({"unknown role '" + id + "'; roles are: " + ids,
                              "unbekannte Rolle „" + id + "“; Rollen sind: " + ids});
            }
            options.role_overrides[pair.substr(0, eq)] = role;
        } else if (arg == "--period" && i + 1 < args.size()) {
            const std::string& unit = args[++i];
            if (unit != "day" && unit != "week" && unit != "month") {
                return usage({"--period takes day, week or month",
                              "--period erwartet day, week oder month"});
            }
            period = unit == "day" ? Period::Day : unit == "week" ? Period::Week : Period::Month;
        } else if (arg == "--benchmark" && i + 1 < args.size()) {
            benchmark_name = args[++i];
        } else if (arg == "--table" || arg == "--role" || arg == "--period" ||
                   arg == "--benchmark") {
            return usage({arg + " needs a value", arg + " braucht einen Wert"});
        } else if (!arg.empty() && arg[0] == '-' && arg != "-") {
            return usage({"unknown option '" + arg + "'", "unbekannte Option „" + arg + "“"});
        } else if (path.empty()) {
            path = arg;
        } else {
            return usage(
                {"only one FILE is read; got '" + path + "' and '" + arg + "'",
                 "es wird nur eine DATEI gelesen; angegeben: "
                 "„" + path + "“ und „" + arg + "“"});
        }
    }
    if (path.empty())
        return usage({"no FILE given (- reads standard input)",
                      "keine DATEI angegeben (- liest die Standardeingabe)"});
    const bool suggest = benchmark_name == "auto";
    if (!benchmark_name.empty() && !suggest) {
        // A profile that cannot be found or read is input that cannot be read: exit 1.
        options.benchmark = load_benchmark(benchmark_name, language);
        if (!options.benchmark)
            return 1;
    }

    // The CLI prints no table, so it keeps none: memory stays constant for any file size.
    // --period needs the rows again per period: they are kept (up to history_rows).
    options.max_table_rows = period ? history_rows : suggest ? suggestion_rows : 0;
    Analyzer analyzer(path, options);
    if (!read_input_chunks(path, language, [&](std::string_view chunk) {
            if (!analyzer.refused())
                analyzer.feed(chunk);
        }))
        return 1;
    Analysis analysis = analyzer.finish();
    if (!analysis.readable) {
        print_error(analysis.error, language);
        return 1;
    }
    if (period) {
        // The report gains "history": every KPI per period and against its own history.
        using Json = nlohmann::ordered_json;
        Json root = Json::parse(analysis_to_json(analysis, language));
        root["history"] = Json::parse(history_to_json(kpis_by_period(analysis, *period), language));
        std::cout << root.dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
        return 0;
    }
    if (benchmark_name.empty()) {
        std::cout << analysis_to_json(analysis, language) << "\n";
        return 0;
    }

    Localized reason;
    if (suggest) {
        const ProfileSuggestion suggestion = suggest_profile(analysis);
        reason = suggestion.reason;
        const BenchmarkProfile* suggested = find_builtin_profile(suggestion.profile_id);
        options.benchmark = suggested ? *suggested : article_profile();
        rate_kpis(analysis.kpis, *options.benchmark);
    }
    std::cout << with_benchmark(analysis_to_json(analysis, language), *options.benchmark, reason,
                                language)
              << "\n";
    return 0;
}

} // namespace engage::cli
