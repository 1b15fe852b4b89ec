#include "engine/kpi.h"

#include "engine/number_text.h"

#include <algorithm>
#include <cmath>

namespace engage {

const char* dimension_id(Dimension dimension) {
    switch (dimension) {
    case Dimension::Reach:
        return "reach";
    case Dimension::Interaction:
        return "interaction";
    case Dimension::Transaction:
        return "transaction";
    }
    return "interaction";
}

Localized dimension_name(Dimension dimension) {
    switch (dimension) {
    case Dimension::Reach:
        return {"Reach", "Reichweite"};
    case Dimension::Interaction:
        return {"Interaction", "Interaktion"};
    case Dimension::Transaction:
        return {"Transaction", "Transaktion"};
    }
    return {"Interaction", "Interaktion"};
}

Kpi undefined_kpi(std::string id, Localized name, std::string unit, Dimension dimension,
                  Localized reason) {
    Kpi kpi;
    kpi.id = std::move(id);
    kpi.name = std::move(name);
    kpi.unit = std::move(unit);
    kpi.dimension = dimension;
    kpi.reason = std::move(reason);
    return kpi;
}

} // namespace engage

namespace engage {

std::string format_kpi_value(const Kpi& kpi, Language language) {
    if (!kpi.value)
        return "\xE2\x80\x93"; // en dash
    const double value = *kpi.value;
    if (kpi.unit == "%") {
        return format_percent(value, language, percent_decimals(value));
    }
    if (kpi.unit == "s")
        return format_duration(value);
    if (kpi.unit == "score")
        return (value > 0 ? "+" : "") + format_number(value, language, 1);
    if (kpi.unit == "count")
        return format_number(value, language, 0);
    return format_number(value, language, 2);
}

std::string format_kpi_interval(const Kpi& kpi, Language language) {
    if (!kpi.value || !kpi.ci95)
        return {};
    const auto [lower, upper] = *kpi.ci95;
    const std::string dash = " \xE2\x80\x93 "; // en dash between spaces
    if (kpi.unit == "s")
        return format_duration(lower) + dash + format_duration(upper);
    if (kpi.unit == "count")
        return format_number(lower, language, 0) + dash + format_number(upper, language, 0);
    if (kpi.unit == "%") {
        const int decimals = percent_decimals(*kpi.value);
        return format_number(lower, language, decimals) + dash +
               format_percent(upper, language, decimals);
    }
    return format_number(lower, language, 1) + dash + format_number(upper, language, 1);
}

} // namespace engage
