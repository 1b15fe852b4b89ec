// NPS statistics: the Net Promoter Score with its standard error, margin of error and 95 %
// interval, the comparison of two groups, and the guard against answers on the wrong scale.
//
// Contract:
// - Scores are in NPS points, -100..100. Shares and variances are on the -1..1 scale the
//   R package "NPS" uses: variance = (p + d) - (p - d)^2, with p and d the promoter and
//   detractor shares, SE = sqrt(variance / n).
// - The interval is Wald (score +- 1.96 SE) from 100 answers up and adjusted Wald below
//   (0.75 promoters, 1.5 passives and 0.75 detractors added, n + 3); `method_note` states which
//   was used. The score itself is always the observed one; only the interval moves.
//   Intervals are clipped to -100..100, and always contain the observed score: where the
//   adjusted interval misses it (a few unanimous answers), it is widened to reach it.
// - Nothing here returns NaN or infinity: with no answers the result is not defined and
//   `reason` says why.
// - The NPS is computed from counts of 0-10 answers only; the mean answer is never an NPS.
//   `check_nps_scale` refuses answers that look like a 1-5, 1-7 or 1-10 scale (see its
//   comment for the exact rule) instead of bucketing them into 0-10 thresholds.
#pragma once

#include "engine/localized.h"
#include "engine/problem.h"
#include "engine/table.h"

#include <array>
#include <string>
#include <vector>

namespace engage {

struct NpsCounts {
    long promoters = 0;  // answers 9 and 10
    long passives = 0;   // answers 7 and 8: in the total, in neither group
    long detractors = 0; // answers 0 to 6

    long total() const { return promoters + passives + detractors; }
};

enum class NpsIntervalMethod { Wald, AdjustedWald };

struct NpsOptions {
    long adjusted_wald_below = 100; // adjusted Wald when fewer answers than this
};

struct NpsStatistics {
    bool defined = false;
    Localized reason;
    NpsCounts counts;
    double score = 0;           // observed NPS, -100..100
    double promoter_share = 0;  // 0..1
    double detractor_share = 0; // 0..1
    double variance = 0;        // per answer, on the -1..1 scale, of the method used
    double standard_error = 0;  // in NPS points
    double margin_of_error = 0; // 1.96 SE, in NPS points
    double low = 0;             // 95 % interval, NPS points
    double high = 0;
    NpsIntervalMethod method = NpsIntervalMethod::Wald;
    Localized method_note; // "Wald interval (n = 1,000)" / "adjusted Wald ... (n < 100)"
};

NpsStatistics nps_statistics(const NpsCounts& counts, const NpsOptions& options = {});

struct NpsComparison {
    bool defined = false;
    Localized reason;
    NpsStatistics first;
    NpsStatistics second;
    double difference = 0; // first.score - second.score, NPS points
    double low = 0;        // 95 % interval of the difference, NPS points, within -200..200
    double high = 0;
    double z = 0;
    double p_value = 1; // two-sided
    bool significant = false;
    Localized verdict; // "The difference is (not) statistically significant at 95 % ..."
};

// z-test with SE = sqrt(var1/n1 + var2/n2) (R package NPS, nps.test). Each group uses the
// variance of its own interval method, so a small group gets the adjusted-Wald variance, which
// is never 0 (a 0 variance would make every difference "certain").
NpsComparison compare_nps(const NpsCounts& first, const NpsCounts& second,
                          const NpsOptions& options = {});

// ---- The scale guard ------------------------------------------------------------------------

enum class NpsScale {
    ZeroToTen,  // accepted
    Empty,      // no answers at all
    NotWhole,   // a value with a fraction (a mean? another measure?)
    OutOfRange, // below 0 or above 10
    OneToFive,  // no 0 and nothing above 5
    OneToSeven, // no 0 and nothing above 7
    OneToTen,   // no 0, but both 1 and 10 occur
};

struct NpsScaleCheck {
    bool accepted = false;
    NpsScale scale = NpsScale::Empty;
    long offending_index = -1; // for NotWhole and OutOfRange: the first such answer
    Localized message;         // why refused and what to do; empty when accepted
    Localized reason;          // the same as a KPI's reason: "not defined, because the ..."
};

struct NpsScaleOptions {
    // The user states the survey asked 0-10; only NotWhole and OutOfRange are refused then.
    bool assume_zero_to_ten = false;
};

// The rule, in this order:
//   1. no answers: Empty;  2. a fraction: NotWhole;  3. below 0 or above 10: OutOfRange;
//   4. any 0: ZeroToTen (only a 0-10 scale has a 0);
//   5. no 0 and max <= 5: OneToFive;  6. no 0 and max <= 7: OneToSeven;
//   7. no 0, min == 1 and max == 10: OneToTen (on a real 0-10 survey, someone who picks the
//      bottom end picks 0; a 1 with no 0 means the bottom of the scale was 1);
//   8. otherwise ZeroToTen (e.g. answers 3..10 or 1..9: a 0-10 survey where nobody chose 0).
// Rules 5-7 can refuse a genuine 0-10 survey of very few, unhappy answers; the message then
// offers `assume_zero_to_ten`.
NpsScaleCheck check_nps_scale(const std::vector<double>& answers,
                              const NpsScaleOptions& options = {});

// Counts of 0-10 answers; call check_nps_scale first. Answers outside 0..10 or with a fraction
// are not counted.
NpsCounts count_nps_answers(const std::vector<double>& answers);

// ---- Groups from a table ----------------------------------------------------------------------

struct NpsComment {
    long row = 0; // source row, as in Problem
    int score = 0;
    std::string text;
};

struct NpsGroup {
    std::string name; // the group column's cell text; "" for the whole table
    NpsCounts counts;
    std::array<long, 11> histogram{}; // answers per score 0..10, for the chart
    NpsStatistics statistics;
    std::vector<NpsComment> comments; // non-empty comments beside the scores, in row order
};

struct NpsGroupColumns {
    int score = -1;   // required
    int group = -1;   // optional: segment, period, ... (-1: one group "")
    int comment = -1; // optional free-text column
};

struct NpsGroups {
    bool defined = false;
    NpsScaleCheck scale;          // the guard over all groups' answers
    std::vector<NpsGroup> groups; // in order of first appearance
    Problems problems;            // empty or unreadable answers, each with row and column
};

// Reads whole-number answers ("9", " 10 ", "7.0"); empty cells and text are problems, not
// zeros. When the scale guard refuses, `defined` is false, `groups` is empty and a problem
// carries the guard's message.
NpsGroups nps_by_group(const Table& table, const NpsGroupColumns& columns,
                       const NpsOptions& options = {}, const NpsScaleOptions& scale = {});

} // namespace engage
