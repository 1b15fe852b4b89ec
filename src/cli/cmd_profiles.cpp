#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/input.h"
#include "engine/benchmark_profiles.h"

namespace engage::cli {
namespace {

using Json = nlohmann::ordered_json;

// One line per source, with its year, so the list itself shows where each figure comes from.
Json sources_json(const BenchmarkProfile& profile, Language language) {
    Json sources = Json::array();
    for (const BenchmarkSource& source : profile.sources)
        sources.push_back(source_text(source).in(language));
    return sources;
}

Json summary_json(const BenchmarkProfile& profile, Language language) {
    Json item = Json::object();
    item["id"] = profile.id;
    item["name"] = profile.name.in(language);
    item["group"] = profile.group.in(language);
    item["description"] = profile.description.in(language);
    Json kpis = Json::array();
    for (const KpiBenchmark& benchmark : profile.benchmarks)
        kpis.push_back(benchmark.kpi_id);
    item["kpis"] = kpis;
    item["sources"] = sources_json(profile, language);
    return item;
}

} // namespace

// engage profiles [--lang en|de]        the built-in benchmark profiles, as a JSON list
// engage profiles [--lang en|de] ID     one profile as its full JSON document, to edit and
//                                       pass back with `engage kpis --benchmark FILE`
int run_profiles(const Args& args, Language language) {
    const Localized usage{"engage profiles [--lang en|de] [ID]",
                          "engage profiles [--lang en|de] [ID]"};
    std::string id;
    bool options_ended = false;
    for (const std::string& arg : args) {
        if (arg == "--" && !options_ended) {
            options_ended = true;
            continue;
        }
        if (!options_ended && !arg.empty() && arg[0] == '-')
            return usage_error({"unknown option '" + arg + "'", "unbekannte Option "
                                                                "„" + arg + "“"},
                               usage, language);
        if (!id.empty())
            return usage_error(
                {"one profile ID at a time; got '" + id + "' and '" + arg + "'",
                 "nur eine Profil-ID auf einmal; angegeben: "
                 "„" + id + "“ und „" + arg + "“"},
                usage, language);
        id = arg;
    }

    if (!id.empty()) {
        const BenchmarkProfile* profile = find_builtin_profile(id);
        if (!profile) {
            print_error({"unknown profile '" + id + "'; built-in: " + builtin_profile_ids(),
                         "unbekanntes Profil "
                         "„" + id + "“; eingebaut: " + builtin_profile_ids()},
                        language);
            return 1; // like a --benchmark that names no profile: the input cannot be read
        }
        std::cout << profile_to_json(*profile) << "\n";
        return 0;
    }

    Json list = Json::array();
    for (const BenchmarkProfile& profile : builtin_profiles())
        list.push_back(summary_json(profile, language));
    Json root = Json::object();
    root["default"] = "article";
    root["profiles"] = list;
    std::cout << root.dump(2) << "\n";
    return 0;
}

} // namespace engage::cli
