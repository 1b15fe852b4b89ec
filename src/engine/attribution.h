// Attribution: which touchpoints of the customer journey earn the conversions, under six
// models, with touchpoint frequencies, path lengths and the reach -> interaction -> transaction
// funnel.
//
// Contract:
// - Input is a list of paths ("search > social > email") with the number of journeys on that
//   path that converted (`conversions`) and that did not (`nulls`), as ChannelAttribution's
//   data has them; `paths_from_table` reads such a table, `paths_from_events` builds the paths
//   from event rows (customer, timestamp, channel, converted).
// - Every model's credits sum to the total conversions (up to rounding), and every channel
//   appears in every model's credits (0 when it earns nothing), so models line up in a chart.
// - Models: first touch, last touch, linear, time decay (weight 2^(-age / half-life); age in
//   touchpoint steps before the conversion for path input, in days for event input), position
//   based (40 % first, 40 % last, 20 % shared by the middle; 50/50 for two touchpoints) and
//   first-order Markov removal effects. Markov is solved exactly from the absorbing chain (a
//   linear system per channel), never by simulation.
// - Bad rows are problems with row, column and message; nothing throws, nothing is NaN.
#pragma once

#include "engine/kpi.h"
#include "engine/localized.h"
#include "engine/problem.h"
#include "engine/table.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace engage {

struct TouchpointPath {
    std::vector<std::string> channels;
    // Event input only: days from each touchpoint to the conversion (or to the journey's last
    // touchpoint when it did not convert), for time decay. Empty for path input.
    std::vector<double> ages_in_days;
    double conversions = 0; // journeys on this path that converted
    double conversion_value = 0;
    double nulls = 0; // journeys on this path that did not convert
    long source_row = 0;

    double journeys() const { return conversions + nulls; }
};

struct PathData {
    std::vector<TouchpointPath> paths;
    Problems problems;
};

// ---- Reading ----------------------------------------------------------------------------------

struct PathColumns {
    int path = -1;        // required
    int conversions = -1; // optional: 1 conversion per row when absent
    int value = -1;       // optional
    int nulls = -1;       // optional: 0 when absent
};

// Guesses the columns from ChannelAttribution's names and common variants ("path",
// "total_conversions", "conversions", "total_conversion_value", "value", "total_null", "null").
PathColumns find_path_columns(const Table& table);

// `separator` splits touchpoints; names are trimmed.
PathData paths_from_table(const Table& table, const PathColumns& columns,
                          std::string_view separator = ">");

struct EventColumns {
    int customer = -1;
    int timestamp = -1; // ISO 8601 or Unix time (iso_time.h)
    int channel = -1;
    int converted = -1; // "1", "true", "yes", "ja", ... ends the journey with a conversion
};

// One path per journey: a customer's touchpoints in time order up to and including a converted
// row; touchpoints after the last conversion form a journey without conversion.
PathData paths_from_events(const Table& table, const EventColumns& columns);

// ---- Models -----------------------------------------------------------------------------------

using Credits = std::map<std::string, double>; // channel -> conversions

struct AttributionOptions {
    double half_life_steps = 1.0; // time decay for path input: weight halves per step back
    double half_life_days = 7.0;  // time decay for event input (as Google Ads' default)
    double first_share = 0.4;     // position based
    double last_share = 0.4;
};

struct ModelCredits {
    std::string id; // first_touch, last_touch, linear, time_decay, position_based, markov
    Localized name;
    bool defined = false;
    Localized reason;
    Localized note; // how the model shares a conversion
    Credits credits;
};

struct ChannelFrequency {
    double touchpoints = 0;         // occurrences, weighted by journeys
    double journeys = 0;            // journeys that contain the channel
    double converting_journeys = 0; // ... and converted
};

struct PathLength {
    double journeys = 0;
    double conversions = 0;
};

struct MarkovDetails {
    double conversion_probability = 0;             // from the start state, with every channel
    std::map<std::string, double> removal_effects; // 1 - P(without channel) / P
};

struct Attribution {
    bool defined = false;
    Localized reason;
    long paths = 0; // path records used
    double journeys = 0;
    double conversions = 0;
    double conversion_value = 0;
    std::vector<ModelCredits> models; // in the order of the ids above
    std::map<std::string, ChannelFrequency> frequencies;
    std::map<long, PathLength> path_lengths; // touchpoints per path -> journeys
    MarkovDetails markov;
};

Attribution attribute(const PathData& data, const AttributionOptions& options = {});

// ---- Markov chain (exposed for tests and the UI's transition view) ------------------------------

struct MarkovChain {
    std::vector<std::string> channels;            // transient states, sorted
    std::vector<double> start;                    // journeys starting in each channel
    std::vector<std::vector<double>> transitions; // channel -> channel, journey counts
    std::vector<double> to_conversion;            // channel -> conversion
    std::vector<double> to_null;                  // channel -> no conversion
};

MarkovChain build_markov_chain(const PathData& data);

// P(conversion) from the start, with `removed` (an index into channels, or -1 for none)
// redirected to "no conversion". Exact: solves (I - Q) x = r by Gaussian elimination.
double markov_conversion_probability(const MarkovChain& chain, int removed = -1);

// ---- Funnel -----------------------------------------------------------------------------------

// The dimension a touchpoint name suggests: ads, display, TV, video ... reach; search, e-mail,
// social, referral, direct ... interaction; cart, checkout, purchase ... transaction; unknown
// names interaction (a logged touchpoint is usually a visit or click).
Dimension default_touchpoint_dimension(std::string_view channel);

struct FunnelStage {
    Dimension dimension = Dimension::Reach;
    double journeys = 0;
    bool rate_defined = false;
    double rate_from_previous = 0; // percent of the previous stage's journeys
};

struct Funnel {
    std::vector<FunnelStage> stages;          // reach, interaction, transaction
    std::map<std::string, Dimension> mapping; // every channel, as used
    Localized note;                           // what each stage counts
};

// Reach: every journey. Interaction: journeys with a touchpoint mapped to interaction or
// transaction, or with a conversion. Transaction: journeys with a conversion. `mapping`
// overrides the default per channel.
Funnel touchpoint_funnel(const PathData& data,
                         const std::map<std::string, Dimension>& mapping = {});

} // namespace engage
