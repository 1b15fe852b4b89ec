#include "engine/rating.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "engine/number_text.h"

namespace engage {
namespace {

// Every KPI id the engine computes (kpis.h, sessions.h). A profile naming another id is almost
// always a typo ("engagment_rate") that would silently rate nothing, so validation refuses it.
// A new KPI must be added here before a profile can rate it.
const char* const known_kpi_ids[] = {
    "engagement_rate",
    "engagement_rate_by_reach",
    "engagement_rate_by_impressions",
    "click_through_rate",
    "bounce_rate",
    "engaged_bounce_rate",
    "time_on_site",
    "conversion_rate",
    "conversion_rate_per_visitor",
    "nps",
    "reach",
    "impressions",
    "sessions",
    "pages_per_session",
};

bool is_known_kpi(const std::string& id) {
    for (const char* known : known_kpi_ids)
        if (id == known)
            return true;
    return false;
}

std::string known_kpi_list() {
    std::string list;
    for (const char* known : known_kpi_ids)
        list += (list.empty() ? "" : ", ") + std::string(known);
    return list;
}

// Boundaries such as 0.0175 % (half of Rival IQ's X/Twitter median) need four decimals, 3 %
// needs none: the fewest decimals that show the boundary exactly, at most four.
int boundary_decimals(double value) {
    for (int decimals = 0; decimals < 4; ++decimals) {
        const double scale = std::pow(10.0, decimals);
        if (std::fabs(std::round(value * scale) / scale - value) < 1e-9)
            return decimals;
    }
    return 4;
}

Localized boundary_text(double boundary, const std::string& unit) {
    const int decimals = boundary_decimals(boundary);
    const std::string suffix = unit == "%" ? " %" : "";
    return {format_number(boundary, Language::English, decimals) + suffix,
            format_number(boundary, Language::German, decimals) + suffix};
}

Localized sources_text(const BenchmarkProfile& profile, const std::vector<std::string>& ids) {
    Localized text;
    for (const std::string& id : ids) {
        const BenchmarkSource* source = find_source(profile, id);
        if (!source)
            continue;
        const Localized one = source_text(*source);
        text.en += (text.en.empty() ? "" : "; ") + one.en;
        text.de += (text.de.empty() ? "" : "; ") + one.de;
    }
    return text;
}

// "low | 3 % | good | 8 % | high", built from the bands themselves so the text can never
// disagree with the rating. A band backed by sources beyond the benchmark's names those, so
// every band's source is visible on the card.
Localized describe_bands(const BenchmarkProfile& profile, const KpiBenchmark& benchmark,
                         const std::string& unit) {
    Localized text;
    for (std::size_t i = 0; i < benchmark.bands.size(); ++i) {
        const RatingBand& band = benchmark.bands[i];
        if (i > 0 && band.lower) {
            const Localized boundary = boundary_text(*band.lower, unit);
            text.en += " | " + boundary.en + " | ";
            text.de += " | " + boundary.de + " | ";
        }
        text.en += band.label.en;
        text.de += band.label.in(Language::German);
        std::vector<std::string> own;
        for (const std::string& id : band.sources)
            if (std::find(benchmark.sources.begin(), benchmark.sources.end(), id) ==
                benchmark.sources.end())
                own.push_back(id);
        if (!own.empty()) {
            const Localized sources = sources_text(profile, own);
            text.en += " (" + sources.en + ")";
            text.de += " (" + sources.de + ")";
        }
    }
    return text;
}

Localized error(const std::string& where, const std::string& en, const std::string& de) {
    return {where + ": " + en, where + ": " + de};
}

Localized validate_sources(const BenchmarkProfile& profile) {
    std::set<std::string> ids;
    for (const BenchmarkSource& source : profile.sources) {
        if (source.id.empty())
            return error(profile.id, "a source has no id.", "Eine Quelle hat keine ID.");
        if (!ids.insert(source.id).second)
            return error(profile.id, "the source id '" + source.id + "' appears twice.",
                         "Die Quellen-ID '" + source.id + "' kommt doppelt vor.");
        if (source.name.en.empty())
            return error(profile.id, "source '" + source.id + "' has no name.",
                         "Quelle '" + source.id + "' hat keinen Namen.");
        if (!source.url.empty() && source.url.rfind("https://", 0) != 0 &&
            source.url.rfind("http://", 0) != 0)
            return error(profile.id,
                         "source '" + source.id + "' has the address '" + source.url +
                             "'; give a web address that starts with https://.",
                         "Quelle '" + source.id + "' hat die Adresse '" + source.url +
                             "'; geben Sie eine Webadresse an, die mit https:// beginnt.");
        if (source.year && (*source.year < 1900 || *source.year > 2100))
            return error(profile.id,
                         "source '" + source.id + "' has the year " + std::to_string(*source.year) +
                             "; give a year like 2018.",
                         "Quelle '" + source.id + "' hat das Jahr " + std::to_string(*source.year) +
                             "; geben Sie ein Jahr wie 2018 an.");
    }
    return {};
}

Localized validate_source_ids(const BenchmarkProfile& profile, const std::string& where,
                              const std::vector<std::string>& ids) {
    for (const std::string& id : ids)
        if (!find_source(profile, id))
            return error(where, "the source '" + id + "' is not in the profile's sources.",
                         "Die Quelle '" + id + "' steht nicht in den Quellen des Profils.");
    return {};
}

// The bands must cover the whole line in order: the first open below, the last open above,
// each starting where the previous one ends, none empty.
Localized validate_bands(const BenchmarkProfile& profile, const KpiBenchmark& benchmark) {
    const std::string where = profile.id + ", " + benchmark.kpi_id;
    const std::vector<RatingBand>& bands = benchmark.bands;
    if (bands.empty())
        return error(where, "the benchmark has no bands.", "Der Richtwert hat keine Bänder.");

    std::set<std::string> ids;
    for (std::size_t i = 0; i < bands.size(); ++i) {
        const RatingBand& band = bands[i];
        const std::string name = "band " + std::to_string(i + 1) + " ('" + band.id + "')";
        const std::string name_de = "Band " + std::to_string(i + 1) + " ('" + band.id + "')";
        if (band.id.empty() || !ids.insert(band.id).second)
            return error(where, "band " + std::to_string(i + 1) + " needs an id of its own.",
                         "Band " + std::to_string(i + 1) + " braucht eine eigene ID.");
        if (band.label.en.empty())
            return error(where, name + " has no label.", name_de + " hat keine Beschriftung.");
        if ((band.lower && !std::isfinite(*band.lower)) ||
            (band.upper && !std::isfinite(*band.upper)))
            return error(where, name + " has a boundary that is not a finite number.",
                         name_de + " hat eine Grenze, die keine endliche Zahl ist.");
        if (i == 0 && band.lower)
            return error(where,
                         "the first band must be open below (lower: null), so that "
                         "every value gets a rating.",
                         "Das erste Band muss nach unten offen sein (lower: null), damit jeder "
                         "Wert eine Bewertung erhält.");
        if (i + 1 == bands.size() && band.upper)
            return error(where,
                         "the last band must be open above (upper: null), so that "
                         "every value gets a rating.",
                         "Das letzte Band muss nach oben offen sein (upper: null), damit jeder "
                         "Wert eine Bewertung erhält.");
        if (i > 0 && (!band.lower || !bands[i - 1].upper || *band.lower != *bands[i - 1].upper))
            return error(where,
                         name + " must start where band " + std::to_string(i) +
                             " ends: the bands must meet without a gap or an overlap.",
                         name_de + " muss dort beginnen, wo Band " + std::to_string(i) +
                             " endet: Die Bänder müssen lückenlos und ohne Überlappung "
                             "aneinanderstoßen.");
        if (band.lower && band.upper && !(*band.lower < *band.upper))
            return error(where, name + " is empty: its lower boundary must be below its upper.",
                         name_de + " ist leer: Die untere Grenze muss unter der oberen liegen.");
    }

    // Sources after the geometry: a gap is the more basic fault and is reported first.
    for (std::size_t i = 0; i < bands.size(); ++i) {
        const RatingBand& band = bands[i];
        if (band_sources(benchmark, band).empty())
            return error(where,
                         "band " + std::to_string(i + 1) + " ('" + band.id +
                             "') has no source; name one in the band or the benchmark.",
                         "Band " + std::to_string(i + 1) + " ('" + band.id +
                             "') hat keine Quelle; nennen Sie eine im Band oder im Richtwert.");
        if (Localized problem = validate_source_ids(profile, where, band.sources); !problem.empty())
            return problem;
    }
    return {};
}

} // namespace

const char* band_tone_id(BandTone tone) {
    switch (tone) {
    case BandTone::Bad:
        return "bad";
    case BandTone::Attention:
        return "attention";
    case BandTone::Neutral:
        return "neutral";
    case BandTone::Favourable:
        return "favourable";
    case BandTone::Excellent:
        return "excellent";
    }
    return "neutral";
}

std::optional<BandTone> band_tone_from_id(const std::string& id) {
    for (BandTone tone : {BandTone::Bad, BandTone::Attention, BandTone::Neutral,
                          BandTone::Favourable, BandTone::Excellent})
        if (id == band_tone_id(tone))
            return tone;
    return std::nullopt;
}

Localized source_text(const BenchmarkSource& source) {
    Localized text{source.name.en, source.name.in(Language::German)};
    if (source.year) {
        text.en += " " + std::to_string(*source.year);
        text.de += " " + std::to_string(*source.year);
    } else {
        // CustomerGauge's page and the source article carry no date; Delighted's and HubSpot's
        // figures were not found in a dated publication. Saying so beats guessing a year.
        text.en += ", year not stated";
        text.de += ", ohne Jahresangabe";
    }
    if (source.weak) {
        text.en += ", weak source";
        text.de += ", schwache Quelle";
    }
    if (source.verified == false) {
        text.en += ", not verified";
        text.de += ", nicht geprüft";
    }
    return text;
}

const KpiBenchmark* find_benchmark(const BenchmarkProfile& profile, const std::string& kpi_id) {
    for (const KpiBenchmark& benchmark : profile.benchmarks)
        if (benchmark.kpi_id == kpi_id)
            return &benchmark;
    return nullptr;
}

const BenchmarkSource* find_source(const BenchmarkProfile& profile, const std::string& source_id) {
    for (const BenchmarkSource& source : profile.sources)
        if (source.id == source_id)
            return &source;
    return nullptr;
}

const std::vector<std::string>& band_sources(const KpiBenchmark& benchmark,
                                             const RatingBand& band) {
    return band.sources.empty() ? benchmark.sources : band.sources;
}

bool band_holds(const RatingBand& band, double value) {
    const bool above_lower = !band.lower || value >= *band.lower;
    const bool below_upper =
        !band.upper || value < *band.upper || (band.upper_inclusive && value == *band.upper);
    return above_lower && below_upper;
}

Localized validate_profile(const BenchmarkProfile& profile) {
    if (profile.id.empty() ||
        profile.id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_-") != std::string::npos)
        return {"The profile id '" + profile.id +
                    "' must be lowercase letters, digits, '_' or '-', e.g. \"my_shop\".",
                "Die Profil-ID '" + profile.id +
                    "' darf nur Kleinbuchstaben, Ziffern, '_' oder '-' enthalten, z. B. "
                    "\"mein_shop\"."};
    if (profile.name.en.empty())
        return error(profile.id, "the profile has no name.", "Das Profil hat keinen Namen.");
    if (Localized problem = validate_sources(profile); !problem.empty())
        return problem;

    std::set<std::string> kpis;
    for (const KpiBenchmark& benchmark : profile.benchmarks) {
        if (!is_known_kpi(benchmark.kpi_id))
            return error(profile.id,
                         "'" + benchmark.kpi_id + "' is not a KPI id; known: " + known_kpi_list(),
                         "'" + benchmark.kpi_id +
                             "' ist keine Kennzahl-ID; bekannt: " + known_kpi_list());
        if (!kpis.insert(benchmark.kpi_id).second)
            return error(profile.id, "'" + benchmark.kpi_id + "' has two benchmarks.",
                         "'" + benchmark.kpi_id + "' hat zwei Richtwerte.");
        const std::string where = profile.id + ", " + benchmark.kpi_id;
        if (Localized problem = validate_source_ids(profile, where, benchmark.sources);
            !problem.empty())
            return problem;
        if (Localized problem = validate_bands(profile, benchmark); !problem.empty())
            return problem;
        for (const ReferenceFigure& figure : benchmark.reference) {
            if (!std::isfinite(figure.value))
                return error(where, "the reference figure '" + figure.id + "' is not a number.",
                             "Der Bezugswert '" + figure.id + "' ist keine Zahl.");
            if (Localized problem = validate_source_ids(profile, where, figure.sources);
                !problem.empty())
                return problem;
        }
    }
    for (const UnratedKpi& unrated : profile.unrated) {
        if (!is_known_kpi(unrated.kpi_id))
            return error(
                profile.id, "'" + unrated.kpi_id + "' is not a KPI id; known: " + known_kpi_list(),
                "'" + unrated.kpi_id + "' ist keine Kennzahl-ID; bekannt: " + known_kpi_list());
        if (kpis.count(unrated.kpi_id))
            return error(profile.id,
                         "'" + unrated.kpi_id + "' is both rated and listed as unrated.",
                         "'" + unrated.kpi_id +
                             "' ist zugleich bewertet und als unbewertet "
                             "aufgeführt.");
    }
    return {};
}

void rate(Kpi& kpi, const BenchmarkProfile& profile) {
    kpi.rating.clear();
    kpi.rating_label = {};
    kpi.rating_bands = {};
    kpi.rating_source = {};
    kpi.rating_note = {};

    const KpiBenchmark* benchmark = find_benchmark(profile, kpi.id);
    if (!benchmark) {
        for (const UnratedKpi& unrated : profile.unrated)
            if (unrated.kpi_id == kpi.id)
                kpi.rating_note = unrated.note;
        return;
    }
    kpi.rating_bands = describe_bands(profile, *benchmark, kpi.unit);
    kpi.rating_source = sources_text(profile, benchmark->sources);
    kpi.rating_note = benchmark->note;
    if (!kpi.value)
        return;

    for (const RatingBand& band : benchmark->bands) {
        if (!band_holds(band, *kpi.value))
            continue;
        kpi.rating = band.id;
        kpi.rating_label = band.label;
        kpi.rating_source = sources_text(profile, band_sources(*benchmark, band));
        if (band.edited) {
            kpi.rating_source.en += " – band edited by the user";
            kpi.rating_source.de += " – Band vom Nutzer geändert";
        }
        return;
    }
}

void rate_kpis(Kpis& kpis, const BenchmarkProfile& profile) {
    for (Kpi& kpi : kpis)
        rate(kpi, profile);
}

} // namespace engage
