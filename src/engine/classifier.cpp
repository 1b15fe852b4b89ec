#include "engine/classifier.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

#include <nlohmann/json.hpp>

#include "engine/classifier_lexicon.h"
#include "engine/classifier_text.h"

namespace engage {

namespace {

// ---- Features ---------------------------------------------------------------------------------

// Smoothing of P(value | feature): one pseudo-count per value, so a lexicon weight of w gives
// odds of (w + 1) : 1 against a value it says nothing about.
constexpr double smoothing = 1.0;

// The party named first as acting is usually the grammatical subject in both languages
// ("Eine Kundin schreibt ...", "The company sends ..."), and "by"/"von" names the initiator of
// a passive; both deserve more weight than a party merely mentioned.
constexpr double first_actor_weight = 1.5;
constexpr double from_weight = 1.5;

enum class Role { Acts, From, Audience };

struct Feature {
    std::string key;                     // lexicon key; learned counts use `learn_key()`
    const LexiconEntry* entry = nullptr; // null for words the lexicon does not know
    bool initiator_silent = false;       // a party that is acted on, or a compound's modifier
    double weight = 1.0;
    std::size_t begin = 0; // span of the word(s) in the text, for evidence
    std::size_t end = 0;
    bool compound_part = false;

    // A party that is acted on is a different feature from the same party acting: corrections
    // must not teach "friends" as an initiator from "recommends it to friends".
    std::string learn_key() const { return initiator_silent ? key + " ^" : key; }
};

// The words around a party that tell its role, per language: German "an" is "to", English
// "an" is an article; German "die" opens a relative clause only after a comma.
// Sets, not lists: these are asked about every word, and hashing once beats comparing with each.
using WordSet = std::unordered_set<std::string_view>;

struct RoleWords {
    WordSet from;     // names the initiator of a passive
    WordSet audience; // the party is acted on
    WordSet possessive;
    WordSet clause_openers;
    WordSet relative;
};

const RoleWords& english_roles() {
    static const RoleWords words = {
        {"from", "by"},
        {"to",       "with",   "among",   "amongst", "for",       "against",   "about",  "at",
         "towards",  "helps",  "helping", "advises", "advising",  "invites",   "taking", "takes",
         "bringing", "brings", "getting", "gets",    "convinces", "persuades", "tells",  "gives",
         "sends",    "offers", "pays",    "asks",    "rewards",   "lends"},
        {"his", "her", "their", "my", "your", "our"},
        {"after", "because", "when", "since", "until", "once", "that", "who", "which", "while",
         "so", "before", "although"},
        {"that", "who", "which"},
    };
    return words;
}

const RoleWords& german_roles() {
    static const RoleWords words = {
        {"von", "vom", "durch", "seitens"},
        {"an",       "unter",   "mit",     "fuer",       "gegen",      "ueber",
         "bei",      "beim",    "zu",      "zum",        "zur",        "am",
         "hilft",    "beraet",  "laedt",   "bringt",     "ueberzeugt", "ueberredet",
         "erzaehlt", "schenkt", "schickt", "verschickt", "bietet",     "gibt",
         "zahlt",    "bezahlt", "bittet",  "belohnt",    "leiht"},
        {"seinen", "ihren", "seine", "ihre", "seiner", "ihrer", "seinem", "ihrem", "meine",
         "meinen", "meinem", "meiner", "deine", "deinen", "unsere", "unseren"},
        {"nachdem", "weil", "als", "bis", "dass", "damit", "wenn", "worauf", "bevor", "sobald",
         "obwohl"},
        {"die", "der", "das", "den", "dem", "denen", "deren"},
    };
    return words;
}

bool one_of(std::string_view word, const WordSet& words) {
    return words.count(word) > 0;
}

// Apostrophe-s after a party ("the customer's sister") makes it a possessor, not the actor.
bool followed_by_genitive_s(std::string_view text, const std::vector<Token>& tokens,
                            std::size_t i) {
    if (i + 1 >= tokens.size() || tokens[i + 1].folded != "s")
        return false;
    const std::string_view gap = text.substr(tokens[i].end, tokens[i + 1].begin - tokens[i].end);
    return gap == "'" || gap == "\xE2\x80\x99";
}

// What the rules know about the sentence so far when they meet a party.
struct RoleContext {
    bool acted_in_clause = false;   // another party already acts in this clause
    bool acted_in_sentence = false; // ... or anywhere before in this text
    bool relative_clause = false;   // the clause began with "that", "who", ", die" ...
};

Role role_of(std::string_view text, const std::vector<Token>& tokens, const Lexicon& lexicon,
             const RoleWords& words, std::size_t i, const RoleContext& context) {
    const std::size_t lookback = 3;
    for (std::size_t step = 1; step <= lookback && step <= i; ++step) {
        const Token& before = tokens[i - step];
        if (one_of(before.folded, words.from))
            return Role::From;
        if (one_of(before.folded, words.audience))
            return Role::Audience;
        // "a customer ... her colleagues": the colleagues belong to someone already named,
        // and are what that person acts on; in a relative clause they may act themselves.
        if (one_of(before.folded, words.possessive) && context.acted_in_sentence &&
            !context.relative_clause)
            return Role::Audience;
        if (tokens[i - step + 1].clause_start)
            break;
    }

    // "Freunden" is dative plural only: without "von" it is the audience ("empfiehlt es
    // Freunden"), never the subject.
    if (tokens[i].folded == "freunden")
        return Role::Audience;

    // "the customer's sister": the sister acts. "a neighbour's story": the neighbour does.
    if (followed_by_genitive_s(text, tokens, i) && i + 2 < tokens.size()) {
        const LexiconEntry* next = lexicon.find(tokens[i + 2].stem);
        if (next && next->actor)
            return Role::Audience;
    }

    // A second party in the same clause is nearly always the object: "a fan brings three
    // friends", "Aktivisten rufen zum Boykott der Kette auf".
    return context.acted_in_clause ? Role::Audience : Role::Acts;
}

// German main clauses put a separable verb's particle last: "meldet sich beim Verein an",
// "schließt einen Vertrag ab". The lexicon lists such verbs as "meldet an"; this finds the
// particle at the end of the clause and adds the pair as one feature.
void add_separable_verb(const std::vector<Token>& tokens, std::size_t i, const Lexicon& lexicon,
                        std::vector<Feature>& features) {
    std::size_t last = i;
    while (last + 1 < tokens.size() && !tokens[last + 1].clause_start)
        ++last;
    static const WordSet particles = {"an", "ab", "ein", "auf", "mit", "weiter", "vor", "zu"};
    if (last == i || !one_of(tokens[last].folded, particles))
        return;
    const std::string key = tokens[i].stem + " " + tokens[last].folded;
    if (const LexiconEntry* entry = lexicon.find(key))
        features.push_back(Feature{key, entry, false, 1.0, tokens[i].begin, tokens[i].end, false});
}

// FIXME-TAXONOMY: negation is ignored ("does not recommend" counts as a recommendation), and
// a German subordinate clause without a comma can hide its subject from the role rules.
std::vector<Feature> extract_features(std::string_view text, const Lexicon& lexicon) {
    const std::vector<Token> tokens = tokenize(text);
    const bool german = looks_german(tokens);
    const RoleWords& words = german ? german_roles() : english_roles();
    std::vector<Feature> features;
    features.reserve(tokens.size() + 4);
    bool first_actor_seen = false;
    RoleContext context;

    auto add_actor_role = [&](Feature& feature, std::size_t i) {
        if (!feature.entry || !feature.entry->actor)
            return;
        const Role role = role_of(text, tokens, lexicon, words, i, context);
        if (role == Role::Audience) {
            feature.initiator_silent = true;
            return;
        }
        if (role == Role::From)
            feature.weight *= from_weight;
        else if (!first_actor_seen)
            feature.weight *= first_actor_weight;
        first_actor_seen = true;
        context.acted_in_clause = true;
        context.acted_in_sentence = true;
    };

    std::size_t i = 0;
    std::string key;
    while (i < tokens.size()) {
        const bool opener = one_of(tokens[i].folded, words.clause_openers);
        if (tokens[i].clause_start || opener) {
            context.acted_in_clause = false;
            // "so that" opens a purpose clause, not a relative one.
            const bool after_so = i > 0 && tokens[i - 1].folded == "so";
            context.relative_clause = one_of(tokens[i].folded, words.relative) && !after_so;
        }

        // Longest phrase first, within one clause.
        std::size_t matched = 0;
        if (lexicon.starts_phrase(tokens[i].stem)) {
            const std::size_t longest = static_cast<std::size_t>(lexicon.longest_phrase());
            for (std::size_t n = std::min(longest, tokens.size() - i); n >= 2 && !matched; --n) {
                key = tokens[i].stem;
                bool crosses_clause = false;
                for (std::size_t k = 1; k < n; ++k) {
                    crosses_clause = crosses_clause || tokens[i + k].clause_start;
                    key += ' ';
                    key += tokens[i + k].stem;
                }
                if (crosses_clause)
                    continue;
                if (const LexiconEntry* entry = lexicon.find(key)) {
                    Feature feature{key,  entry, false, 1.0, tokens[i].begin, tokens[i + n - 1].end,
                                    false};
                    add_actor_role(feature, i);
                    features.push_back(std::move(feature));
                    matched = n;
                }
            }
        }
        if (matched) {
            i += matched;
            continue;
        }

        const Token& token = tokens[i];
        if (is_stopword(token.folded)) {
            ++i;
            continue;
        }

        if (german)
            add_separable_verb(tokens, i, lexicon, features);

        if (const LexiconEntry* entry = lexicon.find(token.stem)) {
            Feature feature{token.stem, entry, false, 1.0, token.begin, token.end, false};
            add_actor_role(feature, i);
            features.push_back(std::move(feature));
            ++i;
            continue;
        }

        // German compounds carry their meaning in the last part (the head): "Kundenforum" is a
        // forum, "Stammkundin" a customer. Only the head may name the acting party.
        const std::vector<std::string> parts = lexicon.split_compound(token.folded, german);
        for (std::size_t p = 0; p < parts.size(); ++p) {
            if (parts[p].empty())
                continue;
            const LexiconEntry* entry = lexicon.find(parts[p]);
            const bool head = p + 1 == parts.size();
            Feature feature{parts[p], entry, false, 1.0, token.begin, token.end, true};
            if (head)
                add_actor_role(feature, i);
            else
                feature.initiator_silent = entry && entry->actor;
            features.push_back(std::move(feature));
        }
        if (parts.empty())
            features.push_back(
                Feature{token.stem, nullptr, false, 1.0, token.begin, token.end, false});
        ++i;
    }
    return features;
}

// Case, spacing and punctuation do not make a different text for the user's corrections.
std::string normalised(std::string_view text) {
    std::string out;
    for (const Token& token : tokenize(text)) {
        if (!out.empty())
            out += ' ';
        out += token.folded;
    }
    return out;
}

// ---- Scoring ----------------------------------------------------------------------------------

struct FeatureScore {
    std::array<double, 3> log_p{};
    double weight = 0.0;
    bool informative = false;
    bool learned = false;
};

struct AxisScore {
    std::array<double, 3> total{};
    std::vector<FeatureScore> per_feature;
    bool any_information = false;
};

AxisScore score_axis(const std::vector<std::array<double, 3>>& priors,
                     const std::vector<std::array<double, 3>>& learned,
                     const std::vector<double>& weights) {
    AxisScore score;
    score.per_feature.resize(priors.size());
    for (std::size_t f = 0; f < priors.size(); ++f) {
        double prior_sum = 0.0;
        double learned_sum = 0.0;
        for (int v = 0; v < 3; ++v) {
            prior_sum += priors[f][v];
            learned_sum += learned[f][v];
        }
        const double sum = prior_sum + learned_sum;
        if (sum <= 1e-9)
            continue;

        FeatureScore& fs = score.per_feature[f];
        fs.informative = true;
        fs.weight = weights[f];
        fs.learned = learned_sum > prior_sum;
        for (int v = 0; v < 3; ++v) {
            const double count = std::max(0.0, priors[f][v] + learned[f][v]);
            fs.log_p[v] = std::log((count + smoothing) / (sum + 3 * smoothing));
            score.total[v] += fs.weight * fs.log_p[v];
        }
        score.any_information = true;
    }
    return score;
}

template <typename Value>
AxisVerdict<Value> verdict_from(const AxisScore& score, const std::vector<Feature>& features,
                                std::string_view text, int max_evidence) {
    AxisVerdict<Value> verdict;

    // Softmax; ties keep the lower index so an empty text is stable.
    const double top = *std::max_element(score.total.begin(), score.total.end());
    double norm = 0.0;
    for (int v = 0; v < 3; ++v) {
        verdict.probabilities[v] = std::exp(score.total[v] - top);
        norm += verdict.probabilities[v];
    }
    int best = 0;
    for (int v = 0; v < 3; ++v) {
        verdict.probabilities[v] /= norm;
        if (verdict.probabilities[v] > verdict.probabilities[best] + 1e-12)
            best = v;
    }
    verdict.value = static_cast<Value>(best);
    verdict.confidence = verdict.probabilities[best];

    for (std::size_t f = 0; f < features.size(); ++f) {
        const FeatureScore& fs = score.per_feature[f];
        if (!fs.informative)
            continue;
        double others = 0.0;
        for (int v = 0; v < 3; ++v)
            if (v != best)
                others += fs.log_p[v];
        const double pull = fs.weight * (fs.log_p[best] - others / 2.0);
        if (pull < 0.05)
            continue;
        const Feature& feature = features[f];
        std::string word(text.substr(feature.begin, feature.end - feature.begin));
        if (feature.compound_part)
            word = feature.key + " (" + word + ")";
        verdict.evidence.push_back({std::move(word), pull, fs.learned});
    }
    std::stable_sort(verdict.evidence.begin(), verdict.evidence.end(),
                     [](const Evidence& a, const Evidence& b) { return a.weight > b.weight; });
    if (verdict.evidence.size() > static_cast<std::size_t>(std::max(0, max_evidence)))
        verdict.evidence.resize(static_cast<std::size_t>(std::max(0, max_evidence)));
    return verdict;
}

} // namespace

// ---- Classifier ---------------------------------------------------------------------------------

Classification Classifier::classify(std::string_view text) const {
    if (!corrected_texts_.empty()) {
        const auto it = corrected_texts_.find(normalised(text));
        if (it != corrected_texts_.end()) {
            Classification result = classify_with_model(text);
            const Category category = it->second;
            result.category = category;
            result.unsure = false;
            result.from_correction = true;
            result.initiator.value = initiator_of(category);
            result.form.value = form_of(category);
            result.initiator.confidence = 1.0;
            result.form.confidence = 1.0;
            result.initiator.probabilities = {};
            result.form.probabilities = {};
            result.initiator.probabilities[initiator_index(initiator_of(category))] = 1.0;
            result.form.probabilities[form_index(form_of(category))] = 1.0;
            return result;
        }
    }
    return classify_with_model(text);
}

std::vector<Classification> Classifier::classify_all(const std::vector<std::string>& texts) const {
    std::vector<Classification> results;
    results.reserve(texts.size());
    for (const std::string& text : texts)
        results.push_back(classify(text));
    return results;
}

Classification Classifier::classify_with_model(std::string_view text) const {
    return classify_leaving_out(text, nullptr);
}

Classification Classifier::classify_leaving_out(std::string_view text,
                                                const Category* left_out) const {
    const std::vector<Feature> features = extract_features(text, builtin_lexicon());

    const std::size_t n = features.size();
    std::vector<std::array<double, 3>> initiator_prior(n), form_prior(n);
    std::vector<std::array<double, 3>> initiator_learned(n), form_learned(n);
    std::vector<double> weights(n);
    for (std::size_t f = 0; f < n; ++f) {
        const Feature& feature = features[f];
        weights[f] = feature.weight;
        if (feature.entry) {
            for (int v = 0; v < 3; ++v) {
                initiator_prior[f][v] =
                    feature.initiator_silent ? 0.0 : feature.entry->initiator[v];
                form_prior[f][v] = feature.entry->form[v];
            }
        }
        if (learned_.empty())
            continue;
        const std::string learn_key = feature.learn_key();
        const auto it = learned_.find(learn_key);
        if (it == learned_.end())
            continue;
        initiator_learned[f] = it->second.initiator;
        form_learned[f] = it->second.form;

        // Leave-one-out: take back what this very text's correction added to this key.
        if (left_out) {
            double occurrences = 0.0;
            for (const Feature& other : features)
                if (other.learn_key() == learn_key)
                    occurrences += 1.0;
            const double added = occurrences * settings_.correction_weight;
            initiator_learned[f][initiator_index(initiator_of(*left_out))] -= added;
            form_learned[f][form_index(form_of(*left_out))] -= added;
        }
    }

    Classification result;
    const AxisScore initiator_score = score_axis(initiator_prior, initiator_learned, weights);
    const AxisScore form_score = score_axis(form_prior, form_learned, weights);
    result.initiator =
        verdict_from<Initiator>(initiator_score, features, text, settings_.max_evidence);
    result.form = verdict_from<Form>(form_score, features, text, settings_.max_evidence);
    result.category = make_category(result.initiator.value, result.form.value);
    result.unsure = !initiator_score.any_information || !form_score.any_information ||
                    result.initiator.evidence.empty() || result.form.evidence.empty() ||
                    result.initiator.confidence < settings_.unsure_below ||
                    result.form.confidence < settings_.unsure_below;
    return result;
}

void Classifier::add_counts(std::string_view text, Category category, double sign) {
    const double amount = sign * settings_.correction_weight;
    for (const Feature& feature : extract_features(text, builtin_lexicon())) {
        const std::string learn_key = feature.learn_key();
        Counts& counts = learned_[learn_key];
        counts.initiator[initiator_index(initiator_of(category))] += amount;
        counts.form[form_index(form_of(category))] += amount;

        // Forgetting must leave no trace, or the map grows with every changed mind.
        bool empty = true;
        for (int v = 0; v < 3; ++v)
            empty =
                empty && std::abs(counts.initiator[v]) < 1e-9 && std::abs(counts.form[v]) < 1e-9;
        if (empty)
            learned_.erase(learn_key);
    }
}

void Classifier::correct(std::string_view text, Category category) {
    const std::string key = normalised(text);
    if (key.empty())
        return; // nothing to learn from, and nothing a later text could match

    const Category predicted = classify(text).category;
    forget(text);
    add_counts(text, category, +1.0);
    corrections_.push_back({std::string(text), category, predicted});
    corrected_texts_[key] = category;
}

bool Classifier::forget(std::string_view text) {
    const std::string key = normalised(text);
    const auto it = corrected_texts_.find(key);
    if (it == corrected_texts_.end())
        return false;

    const auto correction =
        std::find_if(corrections_.begin(), corrections_.end(),
                     [&](const Correction& c) { return normalised(c.text) == key; });
    if (correction != corrections_.end()) {
        add_counts(correction->text, correction->category, -1.0);
        corrections_.erase(correction);
    }
    corrected_texts_.erase(it);
    return true;
}

void Classifier::clear_corrections() {
    corrections_.clear();
    corrected_texts_.clear();
    learned_.clear();
}

CorrectionAccuracy Classifier::correction_accuracy() const {
    CorrectionAccuracy accuracy;
    for (const Correction& correction : corrections_) {
        ++accuracy.items;
        if (correction.predicted_before == correction.category)
            ++accuracy.right_before;

        const Classification held_out = classify_leaving_out(correction.text, &correction.category);
        if (held_out.category == correction.category)
            ++accuracy.right_leave_one_out;
        if (held_out.initiator.value == initiator_of(correction.category))
            ++accuracy.axis_right_leave_one_out[0];
        if (held_out.form.value == form_of(correction.category))
            ++accuracy.axis_right_leave_one_out[1];
    }
    return accuracy;
}

// ---- Model files --------------------------------------------------------------------------------

namespace {

constexpr const char* model_format = "engagelens-taxonomy-model";
constexpr int model_version = 1;

ImportResult refused(std::string en, std::string de) {
    ImportResult result;
    result.reason = {std::move(en), std::move(de)};
    return result;
}

} // namespace

std::string Classifier::export_model() const {
    nlohmann::json model;
    model["format"] = model_format;
    model["version"] = model_version;
    model["settings"] = {{"unsure_below", settings_.unsure_below},
                         {"correction_weight", settings_.correction_weight}};
    nlohmann::json corrections = nlohmann::json::array();
    for (const Correction& correction : corrections_) {
        corrections.push_back(
            {{"text", correction.text},
             {"category", std::string(category_id(correction.category))},
             {"predicted_before", std::string(category_id(correction.predicted_before))}});
    }
    model["corrections"] = std::move(corrections);
    // Corrections may hold any bytes the user typed; replace invalid UTF-8 rather than throw.
    return model.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

ImportResult Classifier::import_model(std::string_view json) {
    const nlohmann::json model = nlohmann::json::parse(json.begin(), json.end(), nullptr, false);
    if (model.is_discarded() || !model.is_object())
        return refused("The model file is not valid JSON.",
                       "Die Modelldatei ist kein gültiges JSON.");
    const auto format = model.find("format");
    if (format == model.end() || !format->is_string() || *format != model_format)
        return refused("This file is not an EngageLens taxonomy model.",
                       "Diese Datei ist kein EngageLens-Taxonomiemodell.");
    const auto version = model.find("version");
    if (version == model.end() || !version->is_number_integer() || *version != model_version)
        return refused("This model file has a version this build cannot read.",
                       "Diese Modelldatei hat eine Version, die dieser Build nicht lesen kann.");
    const auto list = model.find("corrections");
    if (list == model.end() || !list->is_array())
        return refused("The model file has no list of corrections.",
                       "Die Modelldatei enthält keine Liste von Korrekturen.");

    // Read everything before changing anything, so a bad item leaves the classifier as it was.
    std::vector<Correction> read;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const nlohmann::json& item = (*list)[i];
        const std::string number = std::to_string(i + 1);
        if (!item.is_object() || !item.contains("text") || !item["text"].is_string() ||
            !item.contains("category") || !item["category"].is_string())
            return refused("Correction " + number + " needs a text and a category.",
                           "Korrektur " + number + " braucht einen Text und eine Kategorie.");
        const auto category = parse_category(item["category"].get<std::string>());
        if (!category)
            return refused("Correction " + number + " has an unknown category.",
                           "Korrektur " + number + " hat eine unbekannte Kategorie.");
        Correction correction{item["text"].get<std::string>(), *category, *category};
        if (item.contains("predicted_before") && item["predicted_before"].is_string())
            correction.predicted_before =
                parse_category(item["predicted_before"].get<std::string>()).value_or(*category);
        read.push_back(std::move(correction));
    }

    ClassifierSettings settings = settings_;
    if (const auto s = model.find("settings"); s != model.end() && s->is_object()) {
        if (s->contains("unsure_below") && (*s)["unsure_below"].is_number())
            settings.unsure_below = (*s)["unsure_below"].get<double>();
        if (s->contains("correction_weight") && (*s)["correction_weight"].is_number())
            settings.correction_weight = (*s)["correction_weight"].get<double>();
    }

    clear_corrections();
    settings_ = settings;
    for (const Correction& correction : read) {
        if (normalised(correction.text).empty())
            continue; // correct() ignores it too
        correct(correction.text, correction.category);
        corrections_.back().predicted_before = correction.predicted_before;
    }

    ImportResult result;
    result.ok = true;
    result.corrections = static_cast<int>(corrections_.size());
    return result;
}

std::vector<std::string> split_lines(std::string_view text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find_first_of("\r\n", start);
        if (end == std::string_view::npos)
            end = text.size();
        std::string_view line = text.substr(start, end - start);
        while (!line.empty() && (line.front() == ' ' || line.front() == '\t'))
            line.remove_prefix(1);
        while (!line.empty() && (line.back() == ' ' || line.back() == '\t'))
            line.remove_suffix(1);
        if (!line.empty())
            lines.emplace_back(line);
        start = end + 1;
    }
    return lines;
}

// FIXME-TAXONOMY: without Unicode tables a code point outside ASCII counts as a letter unless it
// lies in the blocks of punctuation, symbols, arrows, box drawing, dingbats, variation selectors
// or emoji; that is enough to refuse "🙂" or "→ …" and to keep every script's words.
bool has_letters(std::string_view text) {
    const auto is_symbol = [](char32_t point) {
        return point < 0xC0 || point == 0xD7 || point == 0xF7 ||
               (point >= 0x2000 && point <= 0x2BFF) || (point >= 0x3000 && point <= 0x303F) ||
               (point >= 0xFE00 && point <= 0xFE0F) || (point >= 0xFF00 && point <= 0xFF20) ||
               (point >= 0x1F000 && point <= 0x1FAFF) || point >= 0xE0000;
    };
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x80) {
            if ((byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z'))
                return true;
            ++i;
            continue;
        }
        const std::size_t length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
        char32_t point = length == 4 ? byte & 0x07 : length == 3 ? byte & 0x0F : byte & 0x1F;
        for (std::size_t k = 1; k < length && i + k < text.size(); ++k)
            point = (point << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
        // A stray continuation byte (length 1) is not text the reader can see as a letter.
        if (length > 1 && !is_symbol(point))
            return true;
        i += length;
    }
    return false;
}

} // namespace engage
