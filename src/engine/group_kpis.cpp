#include "engine/group_kpis.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <memory>

#include "engine/kpis.h"
#include "engine/number_format.h"
#include "engine/period_kpis.h"

namespace engage {

namespace {

std::optional<double> detail(const Kpi& kpi, const char* name) {
    for (const auto& [key, value] : kpi.details)
        if (key == name)
            return value;
    return std::nullopt;
}

} // namespace

int first_date_column(const Analysis& analysis) {
    const auto& columns = analysis.input.columns;
    for (std::size_t c = 0; c < columns.size(); ++c)
        if (columns[c].role == Role::Date)
            return static_cast<int>(c);
    return -1;
}

std::vector<std::string> group_labels(const Analysis& analysis, const Grouping& grouping) {
    const Table& table = analysis.table;
    std::vector<std::string> labels(table.row_count());
    const int column = grouping.by_period ? first_date_column(analysis) : grouping.column;
    if (column < 0 || static_cast<std::size_t>(column) >= table.column_count())
        return labels;
    const auto index = static_cast<std::size_t>(column);

    for (std::size_t r = 0; r < table.row_count(); ++r) {
        const TableRow row = table.row(r);
        if (index >= row.size())
            continue;
        if (!grouping.by_period) {
            labels[r] = std::string(trim_spaces(row[index]));
            continue;
        }
        // Dates are read as the pipeline read them (the column's date order, Unix seconds).
        const auto seconds = role_cell_value(analysis.input.columns[index], row[index]);
        if (!seconds)
            continue;
        const auto days = static_cast<std::int64_t>(std::floor(*seconds / 86400.0));
        labels[r] = period_label(period_start(civil_from_days(days), grouping.period),
                                 grouping.period);
    }
    return labels;
}

GroupedKpis kpis_by_group(const Analysis& analysis, const Grouping& grouping,
                          bool nps_assume_zero_to_ten) {
    GroupedKpis result;
    if (analysis.input.shape != TableShape::Rows && analysis.input.shape != TableShape::KeyValue) {
        result.reason = {"Groups need a table with one row per post, period or answer.",
                         "Gruppen brauchen eine Tabelle mit einer Zeile je Beitrag, Zeitraum "
                         "oder Antwort."};
        return result;
    }
    const std::vector<std::string> labels = group_labels(analysis, grouping);
    const auto& columns = analysis.input.columns;
    std::array<std::string, role_count> headers;
    for (const ColumnInfo& column : columns)
        if (column.role != Role::None && column.role != Role::Label)
            headers[static_cast<std::size_t>(column.role)] = column.header;

    // Segments keep their order of first appearance; periods sort by their labels, which
    // sort like the calendar (ISO dates, "YYYY-Www", "YYYY-MM").
    std::vector<std::string> order;
    std::map<std::string, std::unique_ptr<KpiAccumulator>> accumulators;
    std::map<std::string, long> rows;
    const KpiOptions options{nps_assume_zero_to_ten};
    Problems ignored; // the whole-file analysis has reported every row problem already
    RowValues values;
    const Table& table = analysis.table;
    for (std::size_t r = 0; r < table.row_count(); ++r) {
        if (labels[r].empty()) {
            ++result.ungrouped_rows;
            continue;
        }
        const TableRow row = table.row(r);
        values.fill(std::nullopt);
        for (std::size_t c = 0; c < columns.size() && c < row.size(); ++c)
            if (columns[c].role != Role::None && columns[c].role != Role::Label)
                values[static_cast<std::size_t>(columns[c].role)] =
                    role_cell_value(columns[c], row[c]);
        auto& accumulator = accumulators[labels[r]];
        if (!accumulator) {
            accumulator = std::make_unique<KpiAccumulator>(headers, options);
            order.push_back(labels[r]);
        }
        accumulator->add_row(table.source_row(r), values, ignored);
        ++rows[labels[r]];
    }
    if (grouping.by_period)
        std::sort(order.begin(), order.end());

    for (const std::string& name : order)
        result.groups.push_back({name, rows[name], accumulators[name]->finish(ignored)});
    result.defined = result.groups.size() >= 2;
    if (!result.defined)
        result.reason = {"There are fewer than two groups to compare.",
                         "Es gibt weniger als zwei Gruppen zum Vergleichen."};
    return result;
}

NpsGroups nps_by_grouping(const Analysis& analysis, const Grouping& grouping, int score_column,
                          int comment_column, const NpsScaleOptions& scale) {
    const Table& source = analysis.table;
    const std::vector<std::string> labels = group_labels(analysis, grouping);

    // A narrow table of score, group and comment, so nps_by_group sees period labels as a
    // column like any segment. Rows without a group stay out of the groups.
    Table narrow;
    narrow.header = {"score", "group", "comment"};
    narrow.header_row = source.header_row;
    const auto cell = [&](std::size_t r, int column) {
        return column < 0 ? std::string_view() : source.cell(r, static_cast<std::size_t>(column));
    };
    for (std::size_t r = 0; r < source.row_count(); ++r) {
        if (labels[r].empty())
            continue;
        narrow.add_row({cell(r, score_column), labels[r], cell(r, comment_column)},
                       source.source_row(r));
    }
    NpsGroups groups = nps_by_group(narrow, {0, 1, comment_column >= 0 ? 2 : -1}, {}, scale);
    // Problems name the columns of the narrow table: give them the file's headers back.
    for (Problem& problem : groups.problems) {
        if (problem.column == "score" && score_column >= 0)
            problem.column = source.header[static_cast<std::size_t>(score_column)];
    }
    if (grouping.by_period)
        std::sort(groups.groups.begin(), groups.groups.end(),
                  [](const NpsGroup& a, const NpsGroup& b) { return a.name < b.name; });
    return groups;
}

ProportionComparison compare_rate(const Kpi& first, const Kpi& second) {
    const auto top1 = detail(first, "numerator");
    const auto bottom1 = detail(first, "denominator");
    const auto top2 = detail(second, "numerator");
    const auto bottom2 = detail(second, "denominator");
    if (!top1 || !bottom1 || !top2 || !bottom2) {
        ProportionComparison comparison;
        comparison.reason = {"This rate was averaged from a rate column, so the counts behind "
                             "it are unknown and it cannot be tested.",
                             "Diese Rate wurde aus einer Ratenspalte gemittelt; die Zählungen "
                             "dahinter sind unbekannt, daher lässt sie sich nicht testen."};
        return comparison;
    }
    return compare_proportions(*top1, *bottom1, *top2, *bottom2);
}

const Kpi* find_kpi(const Kpis& kpis, const std::string& id) {
    for (const Kpi& kpi : kpis)
        if (kpi.id == id)
            return &kpi;
    return nullptr;
}

} // namespace engage
