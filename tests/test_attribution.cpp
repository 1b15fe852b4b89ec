// Tests for attribution.h: reading paths and events, the six models, the exact Markov solution
// against a simulation, frequencies, path lengths and the funnel.
#include <algorithm>
#include <cmath>
#include <random>
#include <sstream>

#include <catch2/catch.hpp>

#include "engine/attribution.h"
#include "engine/csv_reader.h"
#include "shared_data.h"
#include "table_rows.h"

using namespace engage;

namespace {

TouchpointPath path(std::vector<std::string> channels, double conversions, double nulls) {
    TouchpointPath p;
    p.channels = std::move(channels);
    p.conversions = conversions;
    p.nulls = nulls;
    return p;
}

const ModelCredits& model(const Attribution& attribution, const std::string& id) {
    const auto found = std::find_if(attribution.models.begin(), attribution.models.end(),
                                    [&](const ModelCredits& m) { return m.id == id; });
    REQUIRE(found != attribution.models.end());
    return *found;
}

double sum(const Credits& credits) {
    double total = 0;
    for (const auto& [channel, credit] : credits)
        total += credit;
    return total;
}

// A small path set with a repeated channel, a path that never converts and a self-loop.
PathData small_paths() {
    PathData data;
    data.paths = {path({"search", "social"}, 3, 1), path({"social", "email"}, 1, 3),
                  path({"search", "email", "social"}, 2, 2), path({"email"}, 0, 4),
                  path({"search", "search", "email"}, 1, 1)};
    return data;
}

} // namespace

TEST_CASE("Heuristic models on one path", "[attribution]") {
    PathData data;
    data.paths = {path({"display", "search", "email"}, 1, 0)};
    const Attribution a = attribute(data);
    REQUIRE(a.defined);
    REQUIRE(a.models.size() == 6);

    CHECK(model(a, "first_touch").credits.at("display") == Approx(1.0));
    CHECK(model(a, "first_touch").credits.at("email") == Approx(0.0));
    CHECK(model(a, "last_touch").credits.at("email") == Approx(1.0));
    CHECK(model(a, "linear").credits.at("search") == Approx(1.0 / 3.0));
    CHECK(model(a, "position_based").credits.at("display") == Approx(0.4));
    CHECK(model(a, "position_based").credits.at("search") == Approx(0.2));
    // Half-life of one step: weights 1/4, 1/2, 1 from first to last.
    CHECK(model(a, "time_decay").credits.at("display") == Approx(0.25 / 1.75));
    CHECK(model(a, "time_decay").credits.at("email") == Approx(1.0 / 1.75));

    SECTION("two touchpoints split position based 50/50, one takes all") {
        PathData two;
        two.paths = {path({"a", "b"}, 2, 0), path({"c"}, 1, 0)};
        const Attribution b = attribute(two);
        CHECK(model(b, "position_based").credits.at("a") == Approx(1.0));
        CHECK(model(b, "position_based").credits.at("c") == Approx(1.0));
    }
    SECTION("the half-life is an option") {
        AttributionOptions options;
        options.half_life_steps = 2.0;
        const Attribution b = attribute(data, options);
        const double total = 0.5 + std::sqrt(0.5) + 1.0;
        CHECK(model(b, "time_decay").credits.at("display") == Approx(0.5 / total));
    }
}

TEST_CASE("Markov removal effects, exactly", "[attribution][markov]") {
    SECTION("a chain solvable by hand") {
        // start -> a (4 journeys); a -> b 2, a -> null 2; b -> conversion 1, b -> null 1.
        PathData data;
        data.paths = {path({"a", "b"}, 1, 1), path({"a"}, 0, 2)};
        const Attribution a = attribute(data);
        CHECK(a.markov.conversion_probability == Approx(0.25));
        CHECK(a.markov.removal_effects.at("a") == Approx(1.0));
        CHECK(a.markov.removal_effects.at("b") == Approx(1.0));
        CHECK(model(a, "markov").credits.at("a") == Approx(0.5));
        CHECK(model(a, "markov").credits.at("b") == Approx(0.5));
    }
    SECTION("a self-loop does not change the result") {
        PathData looped;
        looped.paths = {path({"a", "a", "b"}, 1, 1), path({"a"}, 0, 2)};
        const Attribution a = attribute(looped);
        CHECK(a.markov.conversion_probability == Approx(0.25));
        CHECK(model(a, "markov").credits.at("a") == Approx(0.5));
    }
    SECTION("pychattr's README example, which it simulates: A 1.991, B 1.009") {
        // Exactly: removing A loses everything, removing B half (A -> A 2/8, A -> conv 3/8).
        PathData readme;
        readme.paths = {path({"A", "B", "A", "B", "B", "A"}, 1, 0),
                        path({"A", "B", "B", "A", "A"}, 1, 0), path({"A", "A"}, 1, 0)};
        const Attribution a = attribute(readme);
        CHECK(a.markov.removal_effects.at("B") == Approx(0.5));
        CHECK(model(a, "markov").credits.at("A") == Approx(2.0));
        CHECK(model(a, "markov").credits.at("A") == Approx(1.991106).margin(0.02));
        CHECK(model(a, "markov").credits.at("B") == Approx(1.008894).margin(0.02));
    }
    SECTION("no conversions: Markov is not defined, the others give zeros") {
        PathData none;
        none.paths = {path({"a", "b"}, 0, 3)};
        const Attribution a = attribute(none);
        CHECK_FALSE(model(a, "markov").defined);
        CHECK(model(a, "markov").reason.en.find("no journey converted") != std::string::npos);
        CHECK(sum(model(a, "linear").credits) == Approx(0.0));
    }
}

TEST_CASE("The exact Markov result matches a brute-force simulation",
          "[attribution][markov][simulation]") {
    const PathData data = small_paths();
    const Attribution exact = attribute(data);
    const MarkovChain chain = build_markov_chain(data);
    const std::size_t m = chain.channels.size();

    // Random walks through the chain. A walk that converts without visiting channel k would
    // convert in the chain without k too, so one set of walks gives every removal at once.
    std::mt19937_64 random(20240517);
    const auto pick = [&](const std::vector<double>& weights) {
        std::discrete_distribution<std::size_t> distribution(weights.begin(), weights.end());
        return distribution(random);
    };
    const long walks = 200000;
    long converted = 0;
    std::vector<long> converted_without(m, 0);
    for (long w = 0; w < walks; ++w) {
        std::vector<bool> visited(m, false);
        std::size_t state = pick(chain.start);
        bool conversion = false;
        for (;;) {
            visited[state] = true;
            std::vector<double> next = chain.transitions[state];
            next.push_back(chain.to_conversion[state]);
            next.push_back(chain.to_null[state]);
            const std::size_t step = pick(next);
            if (step >= m) {
                conversion = step == m;
                break;
            }
            state = step;
        }
        if (!conversion)
            continue;
        ++converted;
        for (std::size_t k = 0; k < m; ++k)
            converted_without[k] += visited[k] ? 0 : 1;
    }

    const double simulated_p = static_cast<double>(converted) / walks;
    CHECK(exact.markov.conversion_probability == Approx(simulated_p).margin(0.005));

    std::vector<double> effects(m);
    double effects_sum = 0;
    for (std::size_t k = 0; k < m; ++k) {
        effects[k] = 1.0 - static_cast<double>(converted_without[k]) / converted;
        effects_sum += effects[k];
    }
    std::ostringstream report;
    report << "Markov exact vs simulated (" << walks << " walks): P(conversion) "
           << exact.markov.conversion_probability << " vs " << simulated_p;
    for (std::size_t k = 0; k < m; ++k) {
        const std::string& channel = chain.channels[k];
        const double simulated_credit = exact.conversions * effects[k] / effects_sum;
        CHECK(exact.markov.removal_effects.at(channel) == Approx(effects[k]).margin(0.01));
        CHECK(model(exact, "markov").credits.at(channel) == Approx(simulated_credit).margin(0.05));
        report << "; " << channel << " " << model(exact, "markov").credits.at(channel) << " vs "
               << simulated_credit;
    }
    WARN(report.str());
}

TEST_CASE("Every model's credits sum to the conversions", "[attribution]") {
    const Attribution a = attribute(small_paths());
    CHECK(a.conversions == Approx(7.0));
    CHECK(a.journeys == Approx(18.0));
    CHECK(a.paths == 5);
    for (const ModelCredits& m : a.models) {
        INFO(m.id);
        CHECK(m.defined);
        CHECK(m.credits.size() == 3);
        CHECK(sum(m.credits) == Approx(7.0));
    }
}

TEST_CASE("Touchpoint frequencies and path lengths", "[attribution]") {
    const Attribution a = attribute(small_paths());
    // search: twice on the last path (2 journeys) and once on two others (4 + 4 journeys).
    CHECK(a.frequencies.at("search").touchpoints == Approx(4 + 4 + 2 * 2));
    CHECK(a.frequencies.at("search").journeys == Approx(10.0));
    CHECK(a.frequencies.at("search").converting_journeys == Approx(6.0));
    CHECK(a.path_lengths.at(1).journeys == Approx(4.0));
    CHECK(a.path_lengths.at(2).journeys == Approx(8.0));
    CHECK(a.path_lengths.at(3).conversions == Approx(3.0));
}

TEST_CASE("Reading path tables", "[attribution][table]") {
    Table table;
    table.header = {"path", "total_conversions", "total_conversion_value", "total_null"};
    testing::add_rows(table,
                      {{"eta > iota > alpha", "1", "0.244", "3"},
                       {"beta", "2", "3.195", "0"},
                       {"beta >  > eta", "1", "1.5", "1"},
                       {"iota", "x", "2.0", "1"}},
                      {2, 3, 4, 5});

    const PathColumns columns = find_path_columns(table);
    CHECK(columns.path == 0);
    CHECK(columns.conversions == 1);
    CHECK(columns.value == 2);
    CHECK(columns.nulls == 3);

    const PathData data = paths_from_table(table, columns);
    REQUIRE(data.paths.size() == 2);
    CHECK(data.paths[0].channels == std::vector<std::string>{"eta", "iota", "alpha"});
    CHECK(data.paths[0].conversion_value == Approx(0.244));
    CHECK(data.paths[0].nulls == Approx(3.0));
    REQUIRE(data.problems.size() == 2);
    CHECK(data.problems[0].row == 4);
    CHECK(data.problems[1].row == 5);
    CHECK(data.problems[1].column == "total_conversions");
}

TEST_CASE("Journeys from event rows", "[attribution][events]") {
    Table table;
    table.header = {"customer", "time", "channel", "converted"};
    testing::add_rows(table,
                      {{"c2", "2024-05-03T10:00:00Z", "email", "yes"},
                       {"c1", "2024-05-01T10:00:00Z", "display", "0"},
                       {"c1", "2024-05-08T10:00:00Z", "search", "1"},
                       {"c1", "2024-05-09T10:00:00Z", "social", "0"},
                       {"c2", "2024-05-01T10:00:00Z", "search", "no"},
                       {"c3", "not a time", "email", "0"}},
                      {2, 3, 4, 5, 6, 7});

    const PathData data = paths_from_events(table, {0, 1, 2, 3});
    REQUIRE(data.paths.size() == 3);
    CHECK(data.paths[0].channels == std::vector<std::string>{"display", "search"});
    CHECK(data.paths[0].conversions == 1);
    CHECK(data.paths[0].ages_in_days == std::vector<double>{7.0, 0.0});
    CHECK(data.paths[1].channels == std::vector<std::string>{"social"});
    CHECK(data.paths[1].nulls == 1);
    CHECK(data.paths[2].channels == std::vector<std::string>{"search", "email"});
    REQUIRE(data.problems.size() == 1);
    CHECK(data.problems[0].row == 7);

    SECTION("time decay by days: a 7-day-old touch gets half the weight") {
        const Attribution a = attribute(data);
        CHECK(model(a, "time_decay").credits.at("display") == Approx(0.5 / 1.5));
        // c1's search is the conversion touch (weight 1 of 1.5); c2's search is 2 days old.
        const double two_days = std::exp2(-2.0 / 7.0);
        CHECK(model(a, "time_decay").credits.at("search") ==
              Approx(1.0 / 1.5 + two_days / (1.0 + two_days)));
        CHECK(sum(model(a, "time_decay").credits) == Approx(2.0));
    }
}

TEST_CASE("The funnel reach -> interaction -> transaction", "[attribution][funnel]") {
    PathData data;
    data.paths = {path({"display"}, 1, 9),           // reach only; 1 converted anyway
                  path({"display", "search"}, 2, 8), // interaction
                  path({"tv", "checkout"}, 3, 0)};   // transaction touchpoint
    const Funnel funnel = touchpoint_funnel(data);
    REQUIRE(funnel.stages.size() == 3);
    CHECK(funnel.stages[0].journeys == Approx(23.0));
    CHECK(funnel.stages[1].journeys == Approx(1 + 10 + 3));
    CHECK(funnel.stages[2].journeys == Approx(6.0));
    CHECK(funnel.stages[2].rate_from_previous == Approx(600.0 / 14.0));
    CHECK(funnel.mapping.at("display") == Dimension::Reach);
    CHECK(funnel.mapping.at("search") == Dimension::Interaction);
    CHECK(funnel.mapping.at("checkout") == Dimension::Transaction);

    SECTION("the caller's mapping wins") {
        const Funnel mapped = touchpoint_funnel(data, {{"display", Dimension::Interaction}});
        CHECK(mapped.stages[1].journeys == Approx(23.0));
    }
}

TEST_CASE("Attribution on ChannelAttribution's example data", "[attribution][shared_data]") {
    ENGAGE_REQUIRE_SHARED_FILE(bytes, "attribution/channelattribution-pathdata.csv");
    const TableReading reading = read_table(bytes);
    REQUIRE(reading.ok);
    CHECK(reading.delimiter == ';');

    const PathData data = paths_from_table(reading.table, find_path_columns(reading.table));
    CHECK(data.problems.empty());
    const Attribution a = attribute(data);
    REQUIRE(a.defined);
    CHECK(a.paths == 10000);
    CHECK(a.frequencies.size() == 12);

    std::ostringstream figures;
    figures << "ChannelAttribution data: " << a.paths << " paths, " << a.conversions
            << " conversions; iota credits:";
    for (const ModelCredits& m : a.models) {
        INFO(m.id);
        REQUIRE(m.defined);
        CHECK(sum(m.credits) == Approx(a.conversions).epsilon(1e-9));
        figures << " " << m.id << " " << m.credits.at("iota");
    }
    WARN(figures.str());
}
