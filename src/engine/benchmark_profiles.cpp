#include "engine/benchmark_profiles.h"

#include <cassert>
#include <cmath>

#include <nlohmann/json.hpp>

#include "engine/builtin_profile_data.h"

namespace engage {
namespace {

using Json = nlohmann::ordered_json;

constexpr const char* single_format = "engagelens-benchmark-profile";
constexpr const char* list_format = "engagelens-benchmark-profiles";
constexpr int format_version = 1;

// ---- Reading ------------------------------------------------------------------------------
//
// The engine is built without exception support on the web (Emscripten aborts on a throw), so
// nothing here may throw: the document is parsed with the non-throwing API, every value's type
// is checked before `get`, and objects are searched with `find`, never `at`.

// A SAX handler that accepts every event and keeps the position of the first syntax error.
// Used only after the non-throwing parse failed, to say where the JSON breaks.
struct ErrorLocator : nlohmann::json_sax<Json> {
    std::size_t position = 0;
    std::string token;

    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t at, const std::string& last_token,
                     const nlohmann::detail::exception&) override {
        position = at;
        token = last_token;
        return false;
    }
};

Localized syntax_error(std::string_view text) {
    ErrorLocator locator;
    Json::sax_parse(text.begin(), text.end(), &locator, nlohmann::detail::input_format_t::json,
                    true);
    long line = 1;
    long column = 1;
    for (std::size_t i = 0; i + 1 < locator.position && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column; // count characters, not UTF-8 continuation bytes
        }
    }
    std::string near = locator.token.substr(0, 40);
    // ASCII only: a cut through a UTF-8 sequence would make the message itself invalid text.
    for (char& c : near)
        if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7E)
            c = ' ';
    const std::string where = std::to_string(line) + ", column " + std::to_string(column);
    const std::string where_de = std::to_string(line) + ", Spalte " + std::to_string(column);
    return {"The profile is not valid JSON: the text breaks at line " + where +
                (near.empty() ? "" : " (near \"" + near + "\")") +
                ". Check for a missing comma, quote or bracket.",
            "Das Profil ist kein gültiges JSON: Der Text bricht in Zeile " + where_de + " ab" +
                (near.empty() ? "" : " (bei \"" + near + "\")") +
                ". Prüfen Sie auf ein fehlendes Komma, Anführungszeichen oder eine Klammer."};
}

// Walks one document and keeps the first problem, with the path to the value that caused it
// ("profiles[1].benchmarks[0].bands[2].upper"), so the user can find it in their file.
class Reader {
public:
    bool failed() const { return !error_.empty(); }
    const Localized& error() const { return error_; }

    void fail(const std::string& path, const std::string& en, const std::string& de) {
        if (!failed())
            error_ = {path + ": " + en, path + ": " + de};
    }

    const Json* member(const Json& object, const std::string& path, const char* key,
                       bool required) {
        const auto it = object.find(key);
        if (it != object.end())
            return &*it;
        if (required)
            fail(path, std::string("\"") + key + "\" is missing.",
                 std::string("\"") + key + "\" fehlt.");
        return nullptr;
    }

    std::string text(const Json& object, const std::string& path, const char* key, bool required) {
        const Json* value = member(object, path, key, required);
        if (!value || value->is_null())
            return {};
        if (!value->is_string()) {
            fail(path + "." + key, "must be a text in quotes.",
                 "muss ein Text in Anführungszeichen sein.");
            return {};
        }
        return value->get<std::string>();
    }

    // {"en": ..., "de": ...}, or one string for both languages.
    Localized localized(const Json& object, const std::string& path, const char* key,
                        bool required) {
        const Json* value = member(object, path, key, required);
        if (!value || value->is_null())
            return {};
        if (value->is_string())
            return {value->get<std::string>(), value->get<std::string>()};
        if (!value->is_object()) {
            fail(path + "." + key, "must be {\"en\": \"...\", \"de\": \"...\"} or a text.",
                 "muss {\"en\": \"...\", \"de\": \"...\"} oder ein Text sein.");
            return {};
        }
        Localized result{text(*value, path + "." + key, "en", false),
                         text(*value, path + "." + key, "de", false)};
        if (result.en.empty())
            result.en = result.de;
        if (required && result.en.empty())
            fail(path + "." + key, "needs an English (\"en\") or German (\"de\") text.",
                 "braucht einen englischen (\"en\") oder deutschen (\"de\") Text.");
        return result;
    }

    std::optional<double> number(const Json& object, const std::string& path, const char* key) {
        const Json* value = member(object, path, key, false);
        if (!value || value->is_null())
            return std::nullopt;
        if (!value->is_number()) {
            fail(path + "." + key,
                 "must be a number (with a decimal point, no % sign) or null for open.",
                 "muss eine Zahl (mit Dezimalpunkt, ohne %-Zeichen) oder null für offen sein.");
            return std::nullopt;
        }
        return value->get<double>();
    }

    bool flag(const Json& object, const std::string& path, const char* key) {
        return optional_flag(object, path, key).value_or(false);
    }

    // true, false, or none when the member is missing or null.
    std::optional<bool> optional_flag(const Json& object, const std::string& path,
                                      const char* key) {
        const Json* value = member(object, path, key, false);
        if (!value || value->is_null())
            return std::nullopt;
        if (!value->is_boolean()) {
            fail(path + "." + key, "must be true or false.", "muss true oder false sein.");
            return std::nullopt;
        }
        return value->get<bool>();
    }

    // An array member, or nullptr (and an error when it is there but not an array).
    const Json* array(const Json& object, const std::string& path, const char* key, bool required) {
        const Json* value = member(object, path, key, required);
        if (!value || value->is_null())
            return nullptr;
        if (!value->is_array()) {
            fail(path + "." + key, "must be a list in [ ].", "muss eine Liste in [ ] sein.");
            return nullptr;
        }
        return value;
    }

    std::vector<std::string> texts(const Json& object, const std::string& path, const char* key) {
        std::vector<std::string> result;
        const Json* list = array(object, path, key, false);
        if (!list)
            return result;
        for (const Json& item : *list) {
            if (!item.is_string()) {
                fail(path + "." + key, "must be a list of texts.",
                     "muss eine Liste von Texten sein.");
                return {};
            }
            result.push_back(item.get<std::string>());
        }
        return result;
    }

    bool object(const Json& value, const std::string& path) {
        if (value.is_object())
            return true;
        fail(path, "must be an object in { }.", "muss ein Objekt in { } sein.");
        return false;
    }

    BenchmarkProfile profile(const Json& json, const std::string& path);

private:
    BenchmarkSource source(const Json& json, const std::string& path);
    ReferenceFigure reference(const Json& json, const std::string& path);
    RatingBand band(const Json& json, const std::string& path);
    KpiBenchmark benchmark(const Json& json, const std::string& path);
    ProfileAudience audience(const Json& json, const std::string& path);

    Localized error_;
};

std::string item_path(const std::string& path, const char* key, std::size_t index) {
    return path + "." + key + "[" + std::to_string(index) + "]";
}

BenchmarkSource Reader::source(const Json& json, const std::string& path) {
    BenchmarkSource source;
    if (!object(json, path))
        return source;
    source.id = text(json, path, "id", true);
    source.name = localized(json, path, "name", true);
    source.title = localized(json, path, "title", false);
    if (const std::optional<double> year = number(json, path, "year")) {
        if (*year != std::floor(*year) || *year < 1900 || *year > 2100)
            fail(path + ".year", "must be a year such as 2018, or null when none is given.",
                 "muss ein Jahr wie 2018 sein, oder null, wenn keines angegeben ist.");
        else
            source.year = static_cast<int>(*year);
    }
    source.weak = flag(json, path, "weak");
    source.verified = optional_flag(json, path, "verified");
    source.url = text(json, path, "url", false);
    return source;
}

ReferenceFigure Reader::reference(const Json& json, const std::string& path) {
    ReferenceFigure figure;
    if (!object(json, path))
        return figure;
    figure.id = text(json, path, "id", true);
    figure.label = localized(json, path, "label", false);
    if (const std::optional<double> value = number(json, path, "value"))
        figure.value = *value;
    else
        fail(path + ".value", "is missing; give the figure as a number.",
             "fehlt; geben Sie den Wert als Zahl an.");
    figure.sources = texts(json, path, "sources");
    return figure;
}

RatingBand Reader::band(const Json& json, const std::string& path) {
    RatingBand band;
    if (!object(json, path))
        return band;
    band.id = text(json, path, "id", true);
    band.label = localized(json, path, "label", true);
    band.lower = number(json, path, "lower");
    band.upper = number(json, path, "upper");
    band.upper_inclusive = flag(json, path, "upper_inclusive");
    const std::string tone = text(json, path, "tone", false);
    if (!tone.empty()) {
        if (const std::optional<BandTone> parsed = band_tone_from_id(tone))
            band.tone = *parsed;
        else
            fail(path + ".tone",
                 "'" + tone +
                     "' is not a tone; use bad, attention, neutral, favourable or "
                     "excellent.",
                 "'" + tone +
                     "' ist kein Ton; verwenden Sie bad, attention, neutral, "
                     "favourable oder excellent.");
    }
    band.sources = texts(json, path, "sources");
    band.edited = flag(json, path, "edited");
    return band;
}

KpiBenchmark Reader::benchmark(const Json& json, const std::string& path) {
    KpiBenchmark benchmark;
    if (!object(json, path))
        return benchmark;
    benchmark.kpi_id = text(json, path, "kpi", true);
    benchmark.sources = texts(json, path, "sources");
    benchmark.note = localized(json, path, "note", false);
    if (const Json* list = array(json, path, "reference", false))
        for (std::size_t i = 0; i < list->size() && !failed(); ++i)
            benchmark.reference.push_back(reference((*list)[i], item_path(path, "reference", i)));
    if (const Json* list = array(json, path, "bands", true))
        for (std::size_t i = 0; i < list->size() && !failed(); ++i)
            benchmark.bands.push_back(band((*list)[i], item_path(path, "bands", i)));
    return benchmark;
}

ProfileAudience Reader::audience(const Json& json, const std::string& path) {
    ProfileAudience audience;
    if (!object(json, path))
        return audience;
    audience.platform = text(json, path, "platform", false);
    audience.kind = text(json, path, "kind", false);
    audience.medium = text(json, path, "medium", false);
    audience.site_type = text(json, path, "site_type", false);
    audience.followers_min = number(json, path, "followers_min");
    audience.followers_max = number(json, path, "followers_max");
    return audience;
}

BenchmarkProfile Reader::profile(const Json& json, const std::string& path) {
    BenchmarkProfile profile;
    if (!object(json, path))
        return profile;
    profile.id = text(json, path, "id", true);
    profile.name = localized(json, path, "name", true);
    profile.group = localized(json, path, "group", false);
    profile.description = localized(json, path, "description", false);
    if (const Json* value = member(json, path, "audience", false); value && !value->is_null())
        profile.audience = audience(*value, path + ".audience");
    if (const Json* list = array(json, path, "sources", false))
        for (std::size_t i = 0; i < list->size() && !failed(); ++i)
            profile.sources.push_back(source((*list)[i], item_path(path, "sources", i)));
    if (const Json* list = array(json, path, "benchmarks", true))
        for (std::size_t i = 0; i < list->size() && !failed(); ++i)
            profile.benchmarks.push_back(benchmark((*list)[i], item_path(path, "benchmarks", i)));
    if (const Json* list = array(json, path, "unrated", false)) {
        for (std::size_t i = 0; i < list->size() && !failed(); ++i) {
            const std::string item = item_path(path, "unrated", i);
            if (!object((*list)[i], item))
                break;
            profile.unrated.push_back(
                {text((*list)[i], item, "kpi", true), localized((*list)[i], item, "note", false)});
        }
    }
    return profile;
}

// "format" and "version" are optional, so a hand-written profile needs neither; when present
// they must be ours, so that a file of some other tool is not half-read.
Localized check_format(const Json& root) {
    if (const auto it = root.find("format"); it != root.end()) {
        if (!it->is_string() || (*it != single_format && *it != list_format))
            return {"This is not an EngageLens benchmark profile: \"format\" must be \"" +
                        std::string(single_format) + "\".",
                    "Dies ist kein EngageLens-Richtwertprofil: \"format\" muss \"" +
                        std::string(single_format) + "\" sein."};
    }
    if (const auto it = root.find("version"); it != root.end()) {
        if (!it->is_number() || it->get<double>() > format_version)
            return {"The profile was written by a newer EngageLens (format version " + it->dump() +
                        "); this one reads version 1.",
                    "Das Profil stammt aus einer neueren EngageLens-Version (Formatversion " +
                        it->dump() + "); diese liest Version 1."};
    }
    return {};
}

// ---- Writing ------------------------------------------------------------------------------

Json localized_json(const Localized& text) {
    Json json = Json::object();
    json["en"] = text.en;
    json["de"] = text.de.empty() ? text.en : text.de;
    return json;
}

// 3 rather than 3.0, so the exported file reads like the built-in ones.
Json number_json(double value) {
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return static_cast<long long>(value);
    return value;
}

Json optional_number_json(const std::optional<double>& value) {
    return value ? number_json(*value) : Json(nullptr);
}

Json band_json(const RatingBand& band) {
    Json json = Json::object();
    json["id"] = band.id;
    json["label"] = localized_json(band.label);
    json["lower"] = optional_number_json(band.lower);
    json["upper"] = optional_number_json(band.upper);
    if (band.upper_inclusive)
        json["upper_inclusive"] = true;
    json["tone"] = band_tone_id(band.tone);
    if (!band.sources.empty())
        json["sources"] = band.sources;
    if (band.edited)
        json["edited"] = true;
    return json;
}

Json benchmark_json(const KpiBenchmark& benchmark) {
    Json json = Json::object();
    json["kpi"] = benchmark.kpi_id;
    json["sources"] = benchmark.sources;
    if (!benchmark.reference.empty()) {
        Json figures = Json::array();
        for (const ReferenceFigure& figure : benchmark.reference) {
            Json item = Json::object();
            item["id"] = figure.id;
            item["label"] = localized_json(figure.label);
            item["value"] = number_json(figure.value);
            if (!figure.sources.empty())
                item["sources"] = figure.sources;
            figures.push_back(item);
        }
        json["reference"] = figures;
    }
    if (!benchmark.note.empty())
        json["note"] = localized_json(benchmark.note);
    Json bands = Json::array();
    for (const RatingBand& band : benchmark.bands)
        bands.push_back(band_json(band));
    json["bands"] = bands;
    return json;
}

Json audience_json(const ProfileAudience& audience) {
    Json json = Json::object();
    const std::pair<const char*, const std::string*> texts[] = {{"platform", &audience.platform},
                                                                {"kind", &audience.kind},
                                                                {"medium", &audience.medium},
                                                                {"site_type", &audience.site_type}};
    for (const auto& [key, value] : texts)
        if (!value->empty())
            json[key] = *value;
    if (audience.followers_min)
        json["followers_min"] = number_json(*audience.followers_min);
    if (audience.followers_min || audience.followers_max)
        json["followers_max"] = optional_number_json(audience.followers_max);
    return json;
}

// ---- Built-in profiles ----------------------------------------------------------------------

std::vector<BenchmarkProfile> parse_builtin_profiles() {
    std::vector<BenchmarkProfile> profiles;
    for (std::size_t i = 0; i < builtin_profile_data::document_count; ++i) {
        const builtin_profile_data::Document& document = builtin_profile_data::documents[i];
        ProfilesResult result = parse_profiles(document.json);
        // A broken built-in file is a programmer error, caught by test_benchmark_profiles.cpp;
        // in a release build the file's profiles are left out rather than crashing the page.
        assert(result.error.empty() && "a data/profiles file is invalid: run engage_tests");
        for (BenchmarkProfile& profile : result.profiles)
            profiles.push_back(std::move(profile));
    }
    return profiles;
}

} // namespace

const std::vector<BenchmarkProfile>& builtin_profiles() {
    // Parsed once, then constant: built-in data, not mutable state.
    static const std::vector<BenchmarkProfile> profiles = parse_builtin_profiles();
    return profiles;
}

const BenchmarkProfile* find_builtin_profile(std::string_view id) {
    for (const BenchmarkProfile& profile : builtin_profiles())
        if (profile.id == id)
            return &profile;
    return nullptr;
}

std::string builtin_profile_ids() {
    std::string ids;
    for (const BenchmarkProfile& profile : builtin_profiles())
        ids += (ids.empty() ? "" : ", ") + profile.id;
    return ids;
}

BenchmarkProfile article_profile() {
    if (const BenchmarkProfile* profile = find_builtin_profile("article"))
        return *profile;
    assert(false && "data/profiles/article.json is missing from the build");
    BenchmarkProfile empty;
    empty.id = "article";
    return empty;
}

ProfilesResult parse_profiles(std::string_view json) {
    ProfilesResult result;
    const Json root = Json::parse(json.begin(), json.end(), nullptr, false);
    if (root.is_discarded()) {
        result.error = syntax_error(json);
        return result;
    }
    if (!root.is_object()) {
        result.error = {"A profile must be a JSON object in { }, with \"id\", \"name\" and "
                        "\"benchmarks\".",
                        "Ein Profil muss ein JSON-Objekt in { } sein, mit \"id\", \"name\" und "
                        "\"benchmarks\"."};
        return result;
    }
    if (Localized problem = check_format(root); !problem.empty()) {
        result.error = problem;
        return result;
    }

    Reader reader;
    if (const auto list = root.find("profiles"); list != root.end()) {
        if (!list->is_array() || list->empty()) {
            result.error = {"\"profiles\" must be a list with at least one profile.",
                            "\"profiles\" muss eine Liste mit mindestens einem Profil sein."};
            return result;
        }
        for (std::size_t i = 0; i < list->size() && !reader.failed(); ++i)
            result.profiles.push_back(
                reader.profile((*list)[i], "profiles[" + std::to_string(i) + "]"));
    } else {
        result.profiles.push_back(reader.profile(root, "profile"));
    }
    if (reader.failed()) {
        result.profiles.clear();
        result.error = reader.error();
        return result;
    }

    for (const BenchmarkProfile& profile : result.profiles) {
        if (Localized problem = validate_profile(profile); !problem.empty()) {
            result.profiles.clear();
            result.error = problem;
            return result;
        }
    }
    return result;
}

ProfileResult parse_profile(std::string_view json) {
    ProfilesResult all = parse_profiles(json);
    ProfileResult result;
    if (!all.error.empty()) {
        result.error = all.error;
    } else if (all.profiles.size() != 1) {
        result.error = {"The file holds " + std::to_string(all.profiles.size()) +
                            " profiles; import them one at a time.",
                        "Die Datei enthält " + std::to_string(all.profiles.size()) +
                            " Profile; importieren Sie sie einzeln."};
    } else {
        result.profile = std::move(all.profiles.front());
    }
    return result;
}

std::string profile_to_json(const BenchmarkProfile& profile) {
    Json json = Json::object();
    json["format"] = single_format;
    json["version"] = format_version;
    json["id"] = profile.id;
    json["name"] = localized_json(profile.name);
    if (!profile.group.empty())
        json["group"] = localized_json(profile.group);
    if (!profile.description.empty())
        json["description"] = localized_json(profile.description);
    json["audience"] = audience_json(profile.audience);

    Json sources = Json::array();
    for (const BenchmarkSource& source : profile.sources) {
        Json item = Json::object();
        item["id"] = source.id;
        item["name"] = localized_json(source.name);
        if (!source.title.empty())
            item["title"] = localized_json(source.title);
        item["year"] = source.year ? Json(*source.year) : Json(nullptr);
        if (source.weak)
            item["weak"] = true;
        if (source.verified)
            item["verified"] = *source.verified;
        if (!source.url.empty())
            item["url"] = source.url;
        sources.push_back(item);
    }
    json["sources"] = sources;

    Json benchmarks = Json::array();
    for (const KpiBenchmark& benchmark : profile.benchmarks)
        benchmarks.push_back(benchmark_json(benchmark));
    json["benchmarks"] = benchmarks;

    Json unrated = Json::array();
    for (const UnratedKpi& item : profile.unrated)
        unrated.push_back({{"kpi", item.kpi_id}, {"note", localized_json(item.note)}});
    json["unrated"] = unrated;

    // Replace, not throw, on invalid UTF-8 in a user's label: the export must always work.
    return json.dump(2, ' ', false, Json::error_handler_t::replace);
}

Localized set_band_boundary(BenchmarkProfile& profile, const std::string& kpi_id,
                            std::size_t boundary, double value) {
    KpiBenchmark* benchmark = nullptr;
    for (KpiBenchmark& candidate : profile.benchmarks)
        if (candidate.kpi_id == kpi_id)
            benchmark = &candidate;
    if (!benchmark)
        return {"The profile has no bands for '" + kpi_id + "'.",
                "Das Profil hat keine Bänder für '" + kpi_id + "'."};
    if (boundary + 1 >= benchmark->bands.size())
        return {"There is no boundary " + std::to_string(boundary + 1) + " between bands of '" +
                    kpi_id + "'.",
                "Es gibt keine Grenze " + std::to_string(boundary + 1) + " zwischen Bändern von "
                    "'" +
                    kpi_id + "'."};
    RatingBand& below = benchmark->bands[boundary];
    RatingBand& above = benchmark->bands[boundary + 1];
    if (!std::isfinite(value))
        return {"The boundary must be a number.", "Die Grenze muss eine Zahl sein."};
    if ((below.lower && !(value > *below.lower)) || (above.upper && !(value < *above.upper)))
        return {"The boundary between '" + below.label.en + "' and '" + above.label.en +
                    "' must stay between its neighbours, so that no band becomes empty.",
                "Die Grenze zwischen '" + below.label.in(Language::German) + "' und '" +
                    above.label.in(Language::German) +
                    "' muss zwischen ihren Nachbarn bleiben, damit kein Band leer wird."};

    below.upper = value;
    above.lower = value;
    below.edited = true;
    above.edited = true;
    return {};
}

Localized set_band_label(BenchmarkProfile& profile, const std::string& kpi_id,
                         const std::string& band_id, const Localized& label) {
    if (label.en.empty() && label.de.empty())
        return {"A band needs a label.", "Ein Band braucht eine Beschriftung."};
    for (KpiBenchmark& benchmark : profile.benchmarks) {
        if (benchmark.kpi_id != kpi_id)
            continue;
        for (RatingBand& band : benchmark.bands) {
            if (band.id != band_id)
                continue;
            band.label = {label.en.empty() ? label.de : label.en, label.de};
            band.edited = true;
            return {};
        }
    }
    return {"The profile has no band '" + band_id + "' for '" + kpi_id + "'.",
            "Das Profil hat kein Band '" + band_id + "' für '" + kpi_id + "'."};
}

} // namespace engage
