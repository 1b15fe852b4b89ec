#include "engine/attribution.h"

#include "engine/iso_time.h"
#include "engine/number_format.h"
#include "engine/number_text.h"
#include "engine/plain_number.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>
#include <set>

namespace engage {

// ---- Reading ----------------------------------------------------------------------------------

namespace {

std::string lower_ascii(std::string_view text) {
    std::string lower(text);
    for (char& c : lower)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return lower;
}

bool column_ok(const Table& table, int column) {
    return column >= 0 && static_cast<std::size_t>(column) < table.column_count();
}

long row_number(const Table& table, std::size_t index) {
    return table.source_row(index);
}

int find_header(const Table& table, std::initializer_list<const char*> names) {
    for (const char* name : names)
        for (std::size_t i = 0; i < table.header.size(); ++i)
            if (lower_ascii(trim_cell(table.header[i])) == name)
                return static_cast<int>(i);
    return -1;
}

// One column's decimal separator, decided from all its cells (number_format.h).
char column_decimal(const Table& table, int column, bool is_count) {
    if (!column_ok(table, column))
        return '.';
    std::vector<std::string_view> cells;
    for (std::size_t r = 0; r < table.row_count(); ++r)
        cells.push_back(table.cell(r, static_cast<std::size_t>(column)));
    return decide_decimal(cells, is_count, '.').decimal;
}

// A non-negative number from a cell, or a problem. Missing cells are `missing_value`.
std::optional<double> read_amount(const Table& table, std::size_t r, int column, char decimal,
                                  double missing_value, Problems& problems) {
    if (!column_ok(table, column))
        return missing_value;
    const std::string_view text = table.cell(r, static_cast<std::size_t>(column));
    const CellNumber number = parse_cell(text, decimal);
    if (number.kind == CellKind::Missing)
        return missing_value;
    if (number.kind == CellKind::Number && number.value >= 0 && std::isfinite(number.value))
        return number.value;
    problems.push_back(
        {row_number(table, r),
         table.header[static_cast<std::size_t>(column)],
         {"'" + std::string(text) + "' is not a count of journeys; the path is left out.",
          "'" + std::string(text) +
              "' ist keine Anzahl von Customer Journeys; der Pfad wird "
              "ausgelassen."},
         Severity::Warning});
    return std::nullopt;
}

std::vector<std::string> split_path(std::string_view path, std::string_view separator) {
    std::vector<std::string> channels;
    std::size_t start = 0;
    while (start <= path.size()) {
        const std::size_t end =
            separator.empty() ? std::string_view::npos : path.find(separator, start);
        const std::string_view part = path.substr(
            start, end == std::string_view::npos ? std::string_view::npos : end - start);
        channels.emplace_back(trim_cell(part));
        if (end == std::string_view::npos)
            break;
        start = end + separator.size();
    }
    return channels;
}

} // namespace

PathColumns find_path_columns(const Table& table) {
    PathColumns columns;
    columns.path = find_header(table, {"path", "paths", "pfad", "journey", "channel_path"});
    columns.conversions = find_header(table, {"total_conversions", "conversions", "conversion",
                                              "konversionen", "total_conversion"});
    columns.value = find_header(table, {"total_conversion_value", "conversion_value", "value",
                                        "revenue", "wert", "umsatz"});
    columns.nulls = find_header(
        table, {"total_null", "total_nulls", "null", "nulls", "non_conversions", "no_conversion"});
    return columns;
}

PathData paths_from_table(const Table& table, const PathColumns& columns,
                          std::string_view separator) {
    PathData data;
    if (!column_ok(table, columns.path)) {
        data.problems.push_back({0,
                                 "",
                                 {"No path column was found (a column named 'path' with "
                                  "touchpoints like 'search > social > email').",
                                  "Keine Pfadspalte gefunden (eine Spalte 'path' mit "
                                  "Kontaktpunkten wie 'search > social > email')."},
                                 Severity::Error});
        return data;
    }

    const char conversions_decimal = column_decimal(table, columns.conversions, true);
    const char value_decimal = column_decimal(table, columns.value, false);
    const char nulls_decimal = column_decimal(table, columns.nulls, true);
    const std::string& path_header = table.header[static_cast<std::size_t>(columns.path)];
    for (std::size_t r = 0; r < table.row_count(); ++r) {
        TouchpointPath path;
        path.source_row = row_number(table, r);
        const std::string text(table.cell(r, static_cast<std::size_t>(columns.path)));
        path.channels = split_path(text, separator);
        const bool gap = std::any_of(path.channels.begin(), path.channels.end(),
                                     [](const std::string& c) { return c.empty(); });
        if (trim_cell(text).empty() || gap) {
            data.problems.push_back(
                {path.source_row,
                 path_header,
                 {"The path '" + text + "' has an empty touchpoint; the path is left out.",
                  "Der Pfad '" + text +
                      "' hat einen leeren Kontaktpunkt; der Pfad wird "
                      "ausgelassen."},
                 Severity::Warning});
            continue;
        }

        // Without a conversions column every row is one converting journey, as in a list of
        // converting paths.
        const auto conversions =
            read_amount(table, r, columns.conversions, conversions_decimal,
                        column_ok(table, columns.conversions) ? 0.0 : 1.0, data.problems);
        const auto value = read_amount(table, r, columns.value, value_decimal, 0.0, data.problems);
        const auto nulls = read_amount(table, r, columns.nulls, nulls_decimal, 0.0, data.problems);
        if (!conversions || !value || !nulls)
            continue;
        path.conversions = *conversions;
        path.conversion_value = *value;
        path.nulls = *nulls;
        data.paths.push_back(std::move(path));
    }
    return data;
}

PathData paths_from_events(const Table& table, const EventColumns& columns) {
    PathData data;
    if (!column_ok(table, columns.customer) || !column_ok(table, columns.timestamp) ||
        !column_ok(table, columns.channel)) {
        data.problems.push_back({0,
                                 "",
                                 {"Journeys from events need a customer, a timestamp and a "
                                  "channel column.",
                                  "Customer Journeys aus Ereignissen brauchen eine Kunden-, eine "
                                  "Zeit- und eine Kanalspalte."},
                                 Severity::Error});
        return data;
    }

    struct Event {
        std::string customer;
        std::int64_t time = 0;
        std::string channel;
        bool converted = false;
        long row = 0;
    };
    std::vector<Event> events;
    for (std::size_t r = 0; r < table.row_count(); ++r) {
        const TableRow cells = table.row(r);
        Event event;
        event.row = row_number(table, r);
        event.customer = std::string(trim_cell(cells[static_cast<std::size_t>(columns.customer)]));
        const std::string time_text(cells[static_cast<std::size_t>(columns.timestamp)]);
        const std::optional<std::int64_t> time = parse_timestamp(time_text);
        if (event.customer.empty() || !time) {
            const int column = event.customer.empty() ? columns.customer : columns.timestamp;
            data.problems.push_back(
                {event.row,
                 table.header[static_cast<std::size_t>(column)],
                 {event.customer.empty()
                      ? "No customer in this row; the event is left out."
                      : "'" + time_text + "' is not a date and time; the event is left out.",
                  event.customer.empty()
                      ? "Kein Kunde in dieser Zeile; das Ereignis wird ausgelassen."
                      : "'" + time_text + "' ist kein Zeitpunkt; das Ereignis wird ausgelassen."},
                 Severity::Warning});
            continue;
        }
        event.time = *time;
        event.channel = std::string(trim_cell(cells[static_cast<std::size_t>(columns.channel)]));
        event.converted = column_ok(table, columns.converted) &&
                          cell_is_yes(cells[static_cast<std::size_t>(columns.converted)]);
        events.push_back(std::move(event));
    }
    std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
        return a.customer != b.customer ? a.customer < b.customer : a.time < b.time;
    });

    // Journeys close at a conversion; ages are measured back from the conversion, or from the
    // last touchpoint of a journey that never converted.
    std::vector<std::int64_t> times;
    TouchpointPath open;
    const auto close = [&](std::int64_t end, bool converted) {
        for (const std::int64_t time : times)
            open.ages_in_days.push_back(static_cast<double>(end - time) / 86400.0);
        open.conversions = converted ? 1 : 0;
        open.nulls = converted ? 0 : 1;
        data.paths.push_back(std::move(open));
        open = TouchpointPath{};
        times.clear();
    };
    for (std::size_t i = 0; i < events.size(); ++i) {
        const Event& event = events[i];
        if (!event.channel.empty()) {
            if (open.channels.empty())
                open.source_row = event.row;
            open.channels.push_back(event.channel);
            times.push_back(event.time);
        }
        if (event.converted) {
            if (open.channels.empty())
                data.problems.push_back(
                    {event.row,
                     table.header[static_cast<std::size_t>(columns.converted)],
                     {"A conversion without any touchpoint before it; it is left out.",
                      "Eine Konversion ohne vorherigen Kontaktpunkt; sie wird ausgelassen."},
                     Severity::Warning});
            else
                close(event.time, true);
        }
        const bool last_of_customer =
            i + 1 == events.size() || events[i + 1].customer != event.customer;
        if (last_of_customer && !open.channels.empty())
            close(times.back(), false);
    }
    return data;
}

// ---- Markov chain -----------------------------------------------------------------------------

MarkovChain build_markov_chain(const PathData& data) {
    MarkovChain chain;
    std::set<std::string> names;
    for (const TouchpointPath& path : data.paths)
        names.insert(path.channels.begin(), path.channels.end());
    chain.channels.assign(names.begin(), names.end());
    const std::size_t m = chain.channels.size();
    chain.start.assign(m, 0.0);
    chain.transitions.assign(m, std::vector<double>(m, 0.0));
    chain.to_conversion.assign(m, 0.0);
    chain.to_null.assign(m, 0.0);

    const auto index = [&](const std::string& name) {
        return static_cast<std::size_t>(
            std::lower_bound(chain.channels.begin(), chain.channels.end(), name) -
            chain.channels.begin());
    };
    // Every journey on a path walks all of its transitions (ChannelAttribution, order 1).
    for (const TouchpointPath& path : data.paths) {
        if (path.channels.empty() || path.journeys() <= 0)
            continue;
        const double weight = path.journeys();
        std::size_t previous = index(path.channels.front());
        chain.start[previous] += weight;
        for (std::size_t i = 1; i < path.channels.size(); ++i) {
            const std::size_t next = index(path.channels[i]);
            chain.transitions[previous][next] += weight;
            previous = next;
        }
        chain.to_conversion[previous] += path.conversions;
        chain.to_null[previous] += path.nulls;
    }
    return chain;
}

double markov_conversion_probability(const MarkovChain& chain, int removed) {
    // x_i = P(conversion | in channel i) solves x = Q x + r, i.e. (I - Q) x = r, with Q the
    // channel-to-channel and r the channel-to-conversion probabilities. A removed channel
    // leads to "no conversion": its row becomes x_k = 0.
    const std::size_t m = chain.channels.size();
    std::vector<std::vector<double>> a(m, std::vector<double>(m + 1, 0.0));
    for (std::size_t i = 0; i < m; ++i) {
        a[i][i] = 1.0;
        double out = chain.to_conversion[i] + chain.to_null[i];
        for (const double count : chain.transitions[i])
            out += count;
        if (static_cast<int>(i) == removed || out <= 0.0)
            continue; // absorbing into "no conversion": x_i = 0
        for (std::size_t j = 0; j < m; ++j)
            a[i][j] -= chain.transitions[i][j] / out;
        a[i][m] = chain.to_conversion[i] / out;
    }

    // Gaussian elimination with partial pivoting. I - Q is non-singular here: every channel
    // with an outflow reaches absorption, since every observed path ends in one.
    for (std::size_t col = 0; col < m; ++col) {
        std::size_t pivot = col;
        for (std::size_t row = col + 1; row < m; ++row)
            if (std::fabs(a[row][col]) > std::fabs(a[pivot][col]))
                pivot = row;
        if (std::fabs(a[pivot][col]) < 1e-12)
            return 0.0; // FIXME-ATTRIBUTION: cannot happen for observed paths; report if it does
        std::swap(a[pivot], a[col]);
        for (std::size_t row = col + 1; row < m; ++row) {
            const double factor = a[row][col] / a[col][col];
            if (factor == 0.0)
                continue;
            for (std::size_t k = col; k <= m; ++k)
                a[row][k] -= factor * a[col][k];
        }
    }
    std::vector<double> x(m, 0.0);
    for (std::size_t i = m; i-- > 0;) {
        double sum = a[i][m];
        for (std::size_t j = i + 1; j < m; ++j)
            sum -= a[i][j] * x[j];
        x[i] = sum / a[i][i];
    }

    double starts = 0.0;
    double probability = 0.0;
    for (std::size_t i = 0; i < m; ++i) {
        starts += chain.start[i];
        probability += chain.start[i] * x[i];
    }
    if (starts <= 0.0 || !std::isfinite(probability))
        return 0.0;
    return std::clamp(probability / starts, 0.0, 1.0);
}

// ---- Models -----------------------------------------------------------------------------------

namespace {

// Shares one path's conversions among its touchpoints by weights that need not sum to 1.
void share(Credits& credits, const TouchpointPath& path, const std::vector<double>& weights) {
    double total = 0.0;
    for (const double weight : weights)
        total += weight;
    if (total <= 0.0)
        return;
    for (std::size_t i = 0; i < path.channels.size(); ++i)
        credits[path.channels[i]] += path.conversions * weights[i] / total;
}

std::vector<double> position_weights(std::size_t n, const AttributionOptions& options) {
    if (n == 1)
        return {1.0};
    if (n == 2)
        return {0.5, 0.5};
    const double middle =
        (1.0 - options.first_share - options.last_share) / static_cast<double>(n - 2);
    std::vector<double> weights(n, std::max(0.0, middle));
    weights.front() = options.first_share;
    weights.back() = options.last_share;
    return weights;
}

std::vector<double> decay_weights(const TouchpointPath& path, const AttributionOptions& options) {
    const std::size_t n = path.channels.size();
    std::vector<double> weights(n, 1.0);
    const bool timed = path.ages_in_days.size() == n;
    const double half_life = timed ? options.half_life_days : options.half_life_steps;
    if (!(half_life > 0.0) || !std::isfinite(half_life))
        return weights; // no decay: linear
    for (std::size_t i = 0; i < n; ++i) {
        const double age = timed ? path.ages_in_days[i] : static_cast<double>(n - 1 - i);
        weights[i] = std::exp2(-std::max(0.0, age) / half_life);
    }
    return weights;
}

ModelCredits model(const char* id, Localized name, Localized note) {
    ModelCredits credits;
    credits.id = id;
    credits.name = std::move(name);
    credits.note = std::move(note);
    return credits;
}

} // namespace

Attribution attribute(const PathData& data, const AttributionOptions& options) {
    Attribution result;
    std::set<std::string> channels;
    for (const TouchpointPath& path : data.paths) {
        if (path.channels.empty())
            continue;
        ++result.paths;
        result.journeys += path.journeys();
        result.conversions += path.conversions;
        result.conversion_value += path.conversion_value;
        channels.insert(path.channels.begin(), path.channels.end());

        std::set<std::string> seen(path.channels.begin(), path.channels.end());
        for (const std::string& channel : path.channels)
            result.frequencies[channel].touchpoints += path.journeys();
        for (const std::string& channel : seen) {
            result.frequencies[channel].journeys += path.journeys();
            result.frequencies[channel].converting_journeys += path.conversions;
        }
        PathLength& length = result.path_lengths[static_cast<long>(path.channels.size())];
        length.journeys += path.journeys();
        length.conversions += path.conversions;
    }

    const Localized half_life = {
        localized_number(options.half_life_steps, 1).en + " touchpoint steps (paths) or " +
            localized_number(options.half_life_days, 1).en + " days (events)",
        localized_number(options.half_life_steps, 1).de + " Kontaktpunkt-Schritte (Pfade) oder " +
            localized_number(options.half_life_days, 1).de + " Tage (Ereignisse)"};
    std::vector<ModelCredits> models = {
        model("first_touch", {"First touch", "Erster Kontakt"},
              {"all credit to the first touchpoint", "alles an den ersten Kontaktpunkt"}),
        model("last_touch", {"Last touch", "Letzter Kontakt"},
              {"all credit to the last touchpoint", "alles an den letzten Kontaktpunkt"}),
        model("linear", {"Linear", "Linear"},
              {"equal shares for every touchpoint", "gleiche Anteile für jeden Kontaktpunkt"}),
        model("time_decay", {"Time decay", "Zeitverfall"},
              {"weight halves every " + half_life.en + " before the conversion",
               "Gewicht halbiert sich alle " + half_life.de + " vor der Konversion"}),
        model("position_based", {"Position based", "Positionsbasiert"},
              {"40 % first, 40 % last, 20 % shared by the touchpoints between",
               "40 % erster, 40 % letzter, 20 % verteilt auf die Kontaktpunkte dazwischen"}),
        model("markov", {"Markov chain (removal effect)", "Markow-Kette (Entfernungseffekt)"},
              {"first-order chain; each channel's share of the conversions it would cost to "
               "remove it, solved exactly",
               "Kette erster Ordnung; Anteil jedes Kanals an den Konversionen, die sein "
               "Entfernen kosten würde, exakt gelöst"}),
    };
    for (ModelCredits& m : models)
        for (const std::string& channel : channels)
            m.credits[channel] = 0.0;

    if (result.paths == 0) {
        result.reason = {"not defined, because there are no paths with touchpoints",
                         "nicht definiert, weil es keine Pfade mit Kontaktpunkten gibt"};
        for (ModelCredits& m : models)
            m.reason = result.reason;
        result.models = std::move(models);
        return result;
    }
    result.defined = true;

    for (const TouchpointPath& path : data.paths) {
        if (path.channels.empty() || path.conversions <= 0)
            continue;
        const std::size_t n = path.channels.size();
        models[0].credits[path.channels.front()] += path.conversions;
        models[1].credits[path.channels.back()] += path.conversions;
        share(models[2].credits, path, std::vector<double>(n, 1.0));
        share(models[3].credits, path, decay_weights(path, options));
        share(models[4].credits, path, position_weights(n, options));
    }
    for (std::size_t i = 0; i < 5; ++i)
        models[i].defined = true;

    // Markov: removal effects, then the conversions shared in proportion to them.
    const MarkovChain chain = build_markov_chain(data);
    const double base = markov_conversion_probability(chain);
    result.markov.conversion_probability = base;
    ModelCredits& markov = models[5];
    if (base <= 0.0) {
        markov.reason = {"not defined, because no journey converted",
                         "nicht definiert, weil keine Customer Journey konvertiert hat"};
    } else {
        double effects = 0.0;
        for (std::size_t k = 0; k < chain.channels.size(); ++k) {
            const double without = markov_conversion_probability(chain, static_cast<int>(k));
            const double effect = std::clamp(1.0 - without / base, 0.0, 1.0);
            result.markov.removal_effects[chain.channels[k]] = effect;
            effects += effect;
        }
        if (effects > 0.0) {
            for (const auto& [channel, effect] : result.markov.removal_effects)
                markov.credits[channel] = result.conversions * effect / effects;
            markov.defined = true;
        }
    }
    result.models = std::move(models);
    return result;
}

// ---- Funnel -----------------------------------------------------------------------------------

Dimension default_touchpoint_dimension(std::string_view channel) {
    const std::string name = lower_ascii(channel);
    const auto has = [&](std::initializer_list<const char*> words) {
        for (const char* word : words)
            if (name.find(word) != std::string::npos)
                return true;
        return false;
    };
    if (has({"purchase", "checkout", "cart", "basket", "warenkorb", "kauf", "order", "bestell",
             "transaction", "sale", "signup", "sign_up", "anmeld", "subscribe"}))
        return Dimension::Transaction;
    if (has({"display",   "banner", "impression",   "tv",      "radio",
             "print",     "video",  "youtube",      "poster",  "plakat",
             "outdoor",   "ooh",    "programmatic", "podcast", "affiliate",
             "awareness", "reach",  "reichweite",   "ad_view", "sponsor"}))
        return Dimension::Reach;
    return Dimension::Interaction;
}

Funnel touchpoint_funnel(const PathData& data, const std::map<std::string, Dimension>& mapping) {
    Funnel funnel;
    const auto dimension_of = [&](const std::string& channel) {
        const auto given = mapping.find(channel);
        return given != mapping.end() ? given->second : default_touchpoint_dimension(channel);
    };

    double reach = 0;
    double interaction = 0;
    double transaction = 0;
    for (const TouchpointPath& path : data.paths) {
        if (path.channels.empty())
            continue;
        bool interacted = false;
        for (const std::string& channel : path.channels) {
            const Dimension dimension = dimension_of(channel);
            funnel.mapping[channel] = dimension;
            interacted = interacted || dimension != Dimension::Reach;
        }
        reach += path.journeys();
        // A conversion is an interaction too, even after reach-only touchpoints.
        interaction += interacted ? path.journeys() : path.conversions;
        transaction += path.conversions;
    }

    const double counts[] = {reach, interaction, transaction};
    const Dimension dimensions[] = {Dimension::Reach, Dimension::Interaction,
                                    Dimension::Transaction};
    for (std::size_t i = 0; i < 3; ++i) {
        FunnelStage stage;
        stage.dimension = dimensions[i];
        stage.journeys = counts[i];
        if (i > 0 && counts[i - 1] > 0) {
            stage.rate_defined = true;
            stage.rate_from_previous = 100.0 * counts[i] / counts[i - 1];
        }
        funnel.stages.push_back(stage);
    }
    funnel.note = {"reach: every journey; interaction: journeys with a touchpoint mapped to "
                   "interaction or transaction, or with a conversion; transaction: journeys "
                   "with a conversion",
                   "Reichweite: jede Customer Journey; Interaktion: Journeys mit einem "
                   "Kontaktpunkt der Dimension Interaktion oder Transaktion oder mit Konversion; "
                   "Transaktion: Journeys mit Konversion"};
    return funnel;
}

} // namespace engage
