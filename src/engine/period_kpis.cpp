#include "engine/period_kpis.h"

#include <cmath>

#include <nlohmann/json.hpp>

#include "engine/date_format.h"
#include "engine/kpis.h"
#include "engine/number_format.h"
#include "engine/number_text.h"

namespace engage {
namespace {

bool higher_is_better(const std::string& kpi_id) {
    return kpi_id != "bounce_rate" && kpi_id != "engaged_bounce_rate";
}

} // namespace

std::optional<double> role_cell_value(const ColumnInfo& column, std::string_view text) {
    if (is_missing_marker(text))
        return std::nullopt;
    switch (column.role) {
    case Role::None:
    case Role::Label:
        return std::nullopt;
    case Role::ConversionFlag: {
        const auto yes = parse_yes_no(text);
        if (!yes)
            return std::nullopt;
        return *yes ? 1.0 : 0.0;
    }
    case Role::Date: {
        const auto seconds = parse_date(text, date_order_from_id(column.date_order));
        if (!seconds)
            return std::nullopt;
        return static_cast<double>(*seconds);
    }
    default:
        break;
    }
    const CellNumber cell = parse_cell(text, column.decimal_separator);
    if (cell.kind != CellKind::Number)
        return std::nullopt;
    return column.ratio_scale ? cell.value * 100.0 : cell.value;
}

KpiHistory kpis_by_period(const Analysis& analysis, Period period) {
    KpiHistory history;
    history.period = period;

    const std::vector<ColumnInfo>& columns = analysis.input.columns;
    int date_column = -1;
    std::array<std::string, role_count> headers;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const Role role = columns[c].role;
        if (role == Role::Date && date_column < 0)
            date_column = static_cast<int>(c);
        if (role != Role::None && role != Role::Label)
            headers[static_cast<std::size_t>(role)] = columns[c].header;
    }
    if (date_column < 0 || analysis.input.shape != TableShape::Rows) {
        history.reason = {"No history: the table has no date column.",
                          "Kein Verlauf: Die Tabelle hat keine Datumsspalte."};
        return history;
    }

    // One accumulator per period, keyed by the period's first day.
    std::map<std::int64_t, std::unique_ptr<KpiAccumulator>> accumulators;
    std::map<std::int64_t, long> rows_per_period;
    Problems ignored; // the whole-file analysis has reported every row problem already
    RowValues values;
    const Table& table = analysis.table;
    for (std::size_t r = 0; r < table.row_count(); ++r) {
        const TableRow row = table.row(r);
        const auto seconds = role_cell_value(columns[static_cast<std::size_t>(date_column)],
                                             row[static_cast<std::size_t>(date_column)]);
        if (!seconds) {
            ++history.undated_rows;
            continue;
        }
        const auto days = static_cast<std::int64_t>(std::floor(*seconds / 86400.0));
        const std::int64_t key = days_from_civil(period_start(civil_from_days(days), period));

        values.fill(std::nullopt);
        for (std::size_t c = 0; c < columns.size() && c < row.size(); ++c)
            if (columns[c].role != Role::None && columns[c].role != Role::Label)
                values[static_cast<std::size_t>(columns[c].role)] =
                    role_cell_value(columns[c], row[c]);

        auto& accumulator = accumulators[key];
        if (!accumulator)
            accumulator = std::make_unique<KpiAccumulator>(headers);
        accumulator->add_row(table.source_row(r), values, ignored);
        ++rows_per_period[key];
    }

    for (const auto& [key, accumulator] : accumulators) {
        PeriodKpis entry;
        entry.start = civil_from_days(key);
        entry.label = period_label(entry.start, period);
        entry.rows = rows_per_period[key];
        entry.kpis = accumulator->finish(ignored);
        history.periods.push_back(std::move(entry));
    }
    if (history.periods.size() < 2) {
        history.reason = {"No history: all dated rows fall into one period.",
                          "Kein Verlauf: Alle datierten Zeilen fallen in einen Zeitraum."};
        return history;
    }
    history.defined = true;

    std::map<std::string, std::vector<PeriodValue>> series;
    for (const PeriodKpis& entry : history.periods)
        for (const Kpi& kpi : entry.kpis)
            if (kpi.value)
                series[kpi.id].push_back({entry.start, entry.label, *kpi.value, entry.rows});
    for (auto& [id, points] : series) {
        TrendOptions options;
        options.higher_is_better = higher_is_better(id);
        history.trends[id] = compare_with_history(points, period, options);
    }

    if (analysis.input.rows_kept < analysis.input.row_count)
        history.note = {"The history uses the first " +
                            localized_count(analysis.input.rows_kept).en +
                            " rows the table view kept, not all " +
                            localized_count(analysis.input.row_count).en + ".",
                        "Der Verlauf verwendet die ersten " +
                            localized_count(analysis.input.rows_kept).de +
                            " Zeilen der Tabellenansicht, nicht alle " +
                            localized_count(analysis.input.row_count).de + "."};
    return history;
}

std::string history_to_json(const KpiHistory& history, Language language) {
    using Json = nlohmann::ordered_json;
    Json root;
    root["period"] = period_id(history.period);
    root["defined"] = history.defined;
    if (!history.reason.empty())
        root["reason"] = history.reason.in(language);
    if (!history.note.empty())
        root["note"] = history.note.in(language);
    root["undated_rows"] = history.undated_rows;

    Json periods = Json::array();
    for (const PeriodKpis& entry : history.periods) {
        Json kpis = Json::object();
        for (const Kpi& kpi : entry.kpis)
            kpis[kpi.id] = kpi.value ? Json(*kpi.value) : Json(nullptr);
        periods.push_back({{"label", entry.label}, {"rows", entry.rows}, {"kpis", kpis}});
    }
    root["periods"] = periods;

    Json trends = Json::object();
    for (const auto& [id, trend] : history.trends) {
        const auto change = [](const PercentChange& c) {
            return c.defined ? Json(c.percent) : Json(nullptr);
        };
        Json item;
        item["latest"] = trend.latest.label;
        item["latest_value"] = trend.latest.value;
        item["change_vs_previous"] = change(trend.change_vs_previous);
        item["history_median"] = trend.has_history ? Json(trend.history_median) : Json(nullptr);
        item["change_vs_median"] = change(trend.change_vs_median);
        item["rating"] = trend.rating.empty() ? Json(nullptr) : Json(trend.rating);
        item["rating_label"] = trend.rating_label.empty() ? Json(nullptr)
                                                          : Json(trend.rating_label.in(language));
        item["rating_note"] = trend.rating_note.empty() ? Json(nullptr)
                                                        : Json(trend.rating_note.in(language));
        trends[id] = item;
    }
    root["trends"] = trends;
    return root.dump(2, ' ', false, Json::error_handler_t::replace);
}

} // namespace engage
