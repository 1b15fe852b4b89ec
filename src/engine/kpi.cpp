#include "engine/kpi.h"

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
