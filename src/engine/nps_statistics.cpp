#include "engine/nps_statistics.h"

#include "engine/number_text.h"
#include "engine/plain_number.h"
#include "engine/significance.h"

#include <algorithm>
#include <cmath>

namespace engage {

namespace {

// Pseudo-observations of the adjusted Wald interval (Rocks 2016, "Interval estimation for the
// net promoter score", The American Statistician 70(4); also in the R package NPS): like
// Agresti-Coull for one proportion, they pull small samples away from zero variance.
constexpr double pseudo_promoters = 0.75;
constexpr double pseudo_passives = 1.5;
constexpr double pseudo_detractors = 0.75;

struct Shares {
    double promoters = 0;
    double detractors = 0;
    double n = 0;
};

double multinomial_variance(const Shares& shares) {
    // Var(X) for X in {+1, 0, -1}: E[X^2] - E[X]^2 = (p + d) - (p - d)^2.
    const double difference = shares.promoters - shares.detractors;
    return std::max(0.0, shares.promoters + shares.detractors - difference * difference);
}

Shares observed_shares(const NpsCounts& counts) {
    const double n = static_cast<double>(counts.total());
    return {counts.promoters / n, counts.detractors / n, n};
}

Shares adjusted_shares(const NpsCounts& counts) {
    const double n = static_cast<double>(counts.total()) + pseudo_promoters + pseudo_passives +
                     pseudo_detractors;
    return {(counts.promoters + pseudo_promoters) / n, (counts.detractors + pseudo_detractors) / n,
            n};
}

Localized method_note(NpsIntervalMethod method, long n, long threshold) {
    const Localized count = localized_number(static_cast<double>(n), 0);
    const Localized limit = localized_number(static_cast<double>(threshold), 0);
    if (method == NpsIntervalMethod::Wald)
        return {"95 % interval: Wald, NPS ± 1.96 × SE (n = " + count.en + ")",
                "95-%-Intervall: Wald, NPS ± 1,96 × SE (n = " + count.de + ")"};
    return {"95 % interval: adjusted Wald, with 0.75 promoters, 1.5 passives and 0.75 detractors "
            "added, because n = " +
                count.en + " is below " + limit.en,
            "95-%-Intervall: adjustiertes Wald-Intervall mit 0,75 Promotoren, 1,5 Passiven und "
            "0,75 Kritikern zusätzlich, weil n = " +
                count.de + " unter " + limit.de + " liegt"};
}

} // namespace

NpsStatistics nps_statistics(const NpsCounts& counts, const NpsOptions& options) {
    NpsStatistics statistics;
    statistics.counts = counts;
    if (counts.promoters < 0 || counts.passives < 0 || counts.detractors < 0) {
        statistics.reason = {"not defined, because a count of answers is negative",
                             "nicht definiert, weil eine Anzahl von Antworten negativ ist"};
        return statistics;
    }
    if (counts.total() == 0) {
        statistics.reason = {"not defined, because there are no answers",
                             "nicht definiert, weil es keine Antworten gibt"};
        return statistics;
    }

    const Shares observed = observed_shares(counts);
    statistics.defined = true;
    statistics.promoter_share = observed.promoters;
    statistics.detractor_share = observed.detractors;
    statistics.score = 100.0 * (observed.promoters - observed.detractors);

    const bool small = counts.total() < options.adjusted_wald_below;
    statistics.method = small ? NpsIntervalMethod::AdjustedWald : NpsIntervalMethod::Wald;
    const Shares used = small ? adjusted_shares(counts) : observed;
    const double centre = 100.0 * (used.promoters - used.detractors);

    statistics.variance = multinomial_variance(used);
    statistics.standard_error = 100.0 * std::sqrt(statistics.variance / used.n);
    statistics.margin_of_error = z_95 * statistics.standard_error;
    statistics.low = std::max(-100.0, centre - statistics.margin_of_error);
    statistics.high = std::min(100.0, centre + statistics.margin_of_error);
    statistics.method_note =
        method_note(statistics.method, counts.total(), options.adjusted_wald_below);

    // The adjusted interval is centred on the adjusted score, which for a few unanimous answers
    // lies far from the observed one: one answer of 10 gives -48.5 .. 98.5 around a score of
    // +100. An interval that leaves out what was measured reads as an error, so it is widened
    // to reach the observed score, and the note says so.
    if (statistics.score < statistics.low || statistics.score > statistics.high) {
        statistics.low = std::min(statistics.low, statistics.score);
        statistics.high = std::max(statistics.high, statistics.score);
        statistics.method_note.en += "; widened to include the observed score";
        statistics.method_note.de += "; erweitert, damit es den gemessenen Wert enthält";
    }
    return statistics;
}

NpsComparison compare_nps(const NpsCounts& first, const NpsCounts& second,
                          const NpsOptions& options) {
    NpsComparison comparison;
    comparison.first = nps_statistics(first, options);
    comparison.second = nps_statistics(second, options);
    if (!comparison.first.defined || !comparison.second.defined) {
        const Localized& why =
            comparison.first.defined ? comparison.second.reason : comparison.first.reason;
        comparison.reason = {"The groups cannot be compared: " + why.en,
                             "Die Gruppen sind nicht vergleichbar: " + why.de};
        return comparison;
    }

    // Standard errors are in NPS points already, so the difference's SE is too.
    const double se_first = comparison.first.standard_error;
    const double se_second = comparison.second.standard_error;
    double se = std::sqrt(se_first * se_first + se_second * se_second);
    if (se <= 0.0) {
        // Both groups are large and unanimous (e.g. all promoters): fall back to the adjusted
        // variances, which are never 0, rather than calling any difference certain.
        const Shares a = adjusted_shares(first);
        const Shares b = adjusted_shares(second);
        se = 100.0 * std::sqrt(multinomial_variance(a) / a.n + multinomial_variance(b) / b.n);
    }

    comparison.defined = true;
    comparison.difference = comparison.first.score - comparison.second.score;
    comparison.low = std::max(-200.0, comparison.difference - z_95 * se);
    comparison.high = std::min(200.0, comparison.difference + z_95 * se);
    comparison.z = comparison.difference / se;
    comparison.p_value = two_sided_p_value(comparison.z);
    comparison.significant = comparison.p_value < 0.05;
    comparison.verdict = significance_verdict(comparison.significant, comparison.p_value);
    return comparison;
}

// ---- The scale guard ------------------------------------------------------------------------

namespace {

bool is_whole(double value) {
    return std::isfinite(value) && value == std::floor(value);
}

// Why a scale is refused, twice: as a sentence for the problems list (`message`) and as the
// clause of a KPI's reason ("not defined, because the answers look like ..."). German needs its
// own word order after "weil", so the clause is written out rather than glued on.
struct ScaleTexts {
    Localized message;
    Localized reason;
};

ScaleTexts scale_texts(NpsScale scale, double offending) {
    const std::string hint_en = " If the question really was asked on 0–10, say so and the "
                                "answers are used as they are.";
    const std::string hint_de = " Wurde die Frage wirklich auf 0–10 gestellt, geben Sie das an; "
                                "dann werden die Antworten unverändert verwendet.";
    const auto both = [](const std::string& sentence_en, const std::string& sentence_de,
                         const std::string& clause_en, const std::string& clause_de,
                         const std::string& rest_en, const std::string& rest_de) {
        return ScaleTexts{{sentence_en + rest_en, sentence_de + rest_de},
                          {"not defined, because " + clause_en + rest_en,
                           "nicht definiert, weil " + clause_de + rest_de}};
    };
    switch (scale) {
    case NpsScale::ZeroToTen:
        return {};
    case NpsScale::Empty:
        return both("No NPS answers: the score column holds no numbers.",
                    "Keine NPS-Antworten: Die Spalte mit den Bewertungen enthält keine Zahlen.",
                    "the score column holds no numbers.",
                    "die Spalte mit den Bewertungen keine Zahlen enthält.", "", "");
    case NpsScale::NotWhole: {
        const Localized value = localized_number(offending, 2);
        return both("The NPS needs whole-number answers from 0 to 10, but " + value.en +
                        " was found.",
                    "Der NPS braucht ganzzahlige Antworten von 0 bis 10, gefunden wurde aber " +
                        value.de + ".",
                    "the NPS needs whole-number answers from 0 to 10, but " + value.en +
                        " was found.",
                    "der NPS ganzzahlige Antworten von 0 bis 10 braucht, gefunden wurde aber " +
                        value.de + ".",
                    " A column of averages cannot give an NPS; the NPS is not the mean score.",
                    " Aus einer Spalte mit Mittelwerten lässt sich kein NPS berechnen; der NPS "
                    "ist nicht die Durchschnittsnote.");
    }
    case NpsScale::OutOfRange: {
        const Localized value = localized_number(offending, 0);
        return both("The NPS needs answers from 0 to 10, but " + value.en + " was found.",
                    "Der NPS braucht Antworten von 0 bis 10, gefunden wurde aber " + value.de +
                        ".",
                    "the NPS needs answers from 0 to 10, but " + value.en + " was found.",
                    "der NPS Antworten von 0 bis 10 braucht, gefunden wurde aber " + value.de +
                        ".",
                    " Answers on another scale cannot be turned into an NPS.",
                    " Antworten auf einer anderen Skala ergeben keinen NPS.");
    }
    case NpsScale::OneToFive:
        return both("The answers look like a 1–5 scale (no 0, nothing above 5).",
                    "Die Antworten sehen nach einer Skala von 1–5 aus (keine 0, nichts über 5).",
                    "the answers look like a 1–5 scale (no 0, nothing above 5).",
                    "die Antworten nach einer Skala von 1–5 aussehen (keine 0, nichts über 5).",
                    " The NPS is defined only for the 0–10 question; putting 1–5 answers into "
                    "0–10 groups would make almost everyone a detractor." +
                        hint_en,
                    " Der NPS ist nur für die Frage mit 0–10 definiert; 1–5-Antworten in die "
                    "0–10-Gruppen einzuordnen, machte fast alle zu Kritikern." +
                        hint_de);
    case NpsScale::OneToSeven:
        return both("The answers look like a 1–7 scale (no 0, nothing above 7).",
                    "Die Antworten sehen nach einer Skala von 1–7 aus (keine 0, nichts über 7).",
                    "the answers look like a 1–7 scale (no 0, nothing above 7).",
                    "die Antworten nach einer Skala von 1–7 aussehen (keine 0, nichts über 7).",
                    " The NPS is defined only for the 0–10 question; 1–7 answers cannot be "
                    "sorted into promoters, passives and detractors." +
                        hint_en,
                    " Der NPS ist nur für die Frage mit 0–10 definiert; 1–7-Antworten lassen "
                    "sich nicht in Promotoren, Passive und Kritiker einteilen." +
                        hint_de);
    case NpsScale::OneToTen:
        return both("The answers look like a 1–10 scale: 1 and 10 occur but no 0.",
                    "Die Antworten sehen nach einer Skala von 1–10 aus: 1 und 10 kommen vor, 0 "
                    "nicht.",
                    "the answers look like a 1–10 scale: 1 and 10 occur but no 0.",
                    "die Antworten nach einer Skala von 1–10 aussehen: 1 und 10 kommen vor, 0 "
                    "nicht.",
                    " The NPS is defined for 0–10, and on a 1–10 scale the groups shift." +
                        hint_en,
                    " Der NPS ist für 0–10 definiert; auf einer 1–10-Skala verschieben sich "
                    "die Gruppen." +
                        hint_de);
    }
    return {};
}

NpsScaleCheck refuse(NpsScale scale, long index, double offending) {
    NpsScaleCheck check;
    check.scale = scale;
    check.offending_index = index;
    ScaleTexts texts = scale_texts(scale, offending);
    check.message = std::move(texts.message);
    check.reason = std::move(texts.reason);
    return check;
}

} // namespace

NpsScaleCheck check_nps_scale(const std::vector<double>& answers, const NpsScaleOptions& options) {
    if (answers.empty())
        return refuse(NpsScale::Empty, -1, 0);

    double lowest = 10;
    double highest = 0;
    bool has_zero = false;
    for (std::size_t i = 0; i < answers.size(); ++i) {
        const double answer = answers[i];
        if (!is_whole(answer))
            return refuse(NpsScale::NotWhole, static_cast<long>(i),
                          std::isfinite(answer) ? answer : 0.0);
        if (answer < 0 || answer > 10)
            return refuse(NpsScale::OutOfRange, static_cast<long>(i), answer);
        lowest = std::min(lowest, answer);
        highest = std::max(highest, answer);
        has_zero = has_zero || answer == 0;
    }

    NpsScaleCheck accepted;
    accepted.accepted = true;
    accepted.scale = NpsScale::ZeroToTen;
    if (has_zero || options.assume_zero_to_ten)
        return accepted;
    if (highest <= 5)
        return refuse(NpsScale::OneToFive, -1, 0);
    if (highest <= 7)
        return refuse(NpsScale::OneToSeven, -1, 0);
    if (lowest == 1 && highest == 10)
        return refuse(NpsScale::OneToTen, -1, 0);
    return accepted;
}

NpsCounts count_nps_answers(const std::vector<double>& answers) {
    NpsCounts counts;
    for (const double answer : answers) {
        if (!is_whole(answer) || answer < 0 || answer > 10)
            continue;
        if (answer >= 9)
            ++counts.promoters;
        else if (answer >= 7)
            ++counts.passives;
        else
            ++counts.detractors;
    }
    return counts;
}

// ---- Groups from a table ----------------------------------------------------------------------

namespace {

std::string column_name(const Table& table, int column) {
    return column >= 0 && static_cast<std::size_t>(column) < table.header.size()
               ? table.header[static_cast<std::size_t>(column)]
               : std::string();
}

long source_row(const Table& table, std::size_t index) {
    return table.source_row(index);
}

} // namespace

NpsGroups nps_by_group(const Table& table, const NpsGroupColumns& columns,
                       const NpsOptions& options, const NpsScaleOptions& scale) {
    NpsGroups result;
    const auto width = static_cast<int>(table.column_count());
    const std::string score_name = column_name(table, columns.score);
    if (columns.score < 0 || columns.score >= width) {
        result.scale = refuse(NpsScale::Empty, -1, 0);
        result.problems.push_back({0,
                                   "",
                                   {"No column with NPS answers was chosen.",
                                    "Es wurde keine Spalte mit NPS-Antworten gewählt."},
                                   Severity::Error});
        return result;
    }

    // Read every answer first: the scale guard must see the whole column before any grouping.
    std::vector<double> answers;
    std::vector<std::size_t> answer_rows;
    for (std::size_t r = 0; r < table.row_count(); ++r) {
        const std::string_view cell = table.cell(r, static_cast<std::size_t>(columns.score));
        if (trim_cell(cell).empty()) {
            result.problems.push_back(
                {source_row(table, r),
                 score_name,
                 {"No answer in this row; the row is not counted.",
                  "In dieser Zeile fehlt die Antwort; die Zeile wird nicht gezählt."},
                 Severity::Info});
            continue;
        }
        const std::optional<double> value = parse_plain_number(cell);
        if (!value) {
            result.problems.push_back(
                {source_row(table, r),
                 score_name,
                 {"'" + std::string(cell) +
                      "' is not a number from 0 to 10; the row is not counted.",
                  "'" + std::string(cell) +
                      "' ist keine Zahl von 0 bis 10; die Zeile wird nicht gezählt."},
                 Severity::Warning});
            continue;
        }
        answers.push_back(*value);
        answer_rows.push_back(r);
    }

    result.scale = check_nps_scale(answers, scale);
    if (!result.scale.accepted) {
        const long row =
            result.scale.offending_index >= 0
                ? source_row(table,
                             answer_rows[static_cast<std::size_t>(result.scale.offending_index)])
                : 0;
        result.problems.push_back({row, score_name, result.scale.message, Severity::Error});
        return result;
    }

    for (std::size_t i = 0; i < answers.size(); ++i) {
        const TableRow cells = table.row(answer_rows[i]);
        const bool grouped = columns.group >= 0 && columns.group < width;
        const std::string name(grouped ? cells[static_cast<std::size_t>(columns.group)] : "");
        auto group = std::find_if(result.groups.begin(), result.groups.end(),
                                  [&](const NpsGroup& g) { return g.name == name; });
        if (group == result.groups.end()) {
            result.groups.push_back(NpsGroup{});
            result.groups.back().name = name;
            group = result.groups.end() - 1;
        }

        const int score = static_cast<int>(answers[i]);
        ++group->histogram[static_cast<std::size_t>(score)];
        const NpsCounts one = count_nps_answers({answers[i]});
        group->counts.promoters += one.promoters;
        group->counts.passives += one.passives;
        group->counts.detractors += one.detractors;

        if (columns.comment >= 0 && columns.comment < width) {
            const std::string_view text = cells[static_cast<std::size_t>(columns.comment)];
            if (!trim_cell(text).empty())
                group->comments.push_back(
                    {source_row(table, answer_rows[i]), score, std::string(trim_cell(text))});
        }
    }

    for (NpsGroup& group : result.groups)
        group.statistics = nps_statistics(group.counts, options);
    result.defined = true;
    return result;
}

} // namespace engage
