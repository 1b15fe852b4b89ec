// Classifier: sorts an engagement activity, described in German or English, into the nine
// categories (taxonomy.h), says how sure it is and which words decided it, and learns from the
// user's corrections.
//
// Contract:
// - Transparent by design. A text becomes word features (classifier_text.h: folding, light
//   stemming, German compounds split into lexicon words). A few rules read the words before a
//   party to find out whether it acts or is acted on: "recommends it to friends" names friends
//   as the audience, "reviews passed on by friends" as the initiator; the first acting party
//   counts more.
// - Each axis (initiator, form) is a naive Bayes over those features with a uniform class prior:
//   P(value | text) ∝ Π P(value | feature)^weight, where P(value | feature) is smoothed from
//   the built-in lexicon's pseudo-counts (classifier_lexicon.h) plus the counts the user's
//   corrections added. A word the lexicon does not know says nothing until a correction
//   teaches it something.
// - `classify` never fails. Empty or meaningless text gives `unsure = true`, the first category
//   and confidences of about 1/3; the caller shows it as "cannot tell", not as a verdict.
// - `correct` takes effect at once: the same text (up to case, spacing and punctuation) returns
//   the user's category from then on, and similar texts move towards it through the counts.
//   Correcting a text again replaces the earlier correction.
// - Model files are JSON (format "engagelens-taxonomy-model", version 1) holding the
//   corrections; importing replays them, so a model file stays valid when the lexicon improves.
//   Import never throws: a bad file leaves the classifier unchanged and returns the reason.
// - No global state: every Classifier holds its own corrections and counts; the lexicon it
//   reads is constant. `classify` is const and safe to call from several threads at once;
//   `correct` and `import_model` are not.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine/localized.h"
#include "engine/taxonomy.h"

namespace engage {

// One word (or phrase, or compound part) that pushed an axis towards its chosen value.
struct Evidence {
    std::string word;     // as written in the text; a compound part is shown as "part (Word)"
    double weight = 0.0;  // its pull towards the chosen value, in log-odds against the others
    bool learned = false; // the user's corrections contributed more than the lexicon
};

template <typename Value> struct AxisVerdict {
    Value value{};
    double confidence = 0.0;               // probability of `value`, 0..1
    std::array<double, 3> probabilities{}; // indexed by initiator_index / form_index
    std::vector<Evidence> evidence;        // strongest first, at most ClassifierSettings::
                                           // max_evidence items
};

struct Classification {
    Category category = Category::ProviderOffer;
    AxisVerdict<Initiator> initiator;
    AxisVerdict<Form> form;
    bool unsure = true;           // an axis had no evidence or too low a confidence
    bool from_correction = false; // this exact text was corrected by the user

    // Probability of the whole category under the model's independence assumption.
    double confidence() const { return initiator.confidence * form.confidence; }
};

struct ClassifierSettings {
    // Below this probability on either axis the result is marked unsure. Three values mean
    // that 1/3 is a coin toss; half is the least a user should act on without looking.
    double unsure_below = 0.5;
    // How many counts one correction adds to each of its text's features. Two lets a single
    // correction outweigh a weak lexicon hint on the same word but not a strong one.
    double correction_weight = 2.0;
    int max_evidence = 5;
};

// A correction the user made, as stored in the model file.
struct Correction {
    std::string text;
    Category category = Category::ProviderOffer;
    Category predicted_before = Category::ProviderOffer; // what the classifier said then
};

// How well the classifier does on the user's own corrected items.
struct CorrectionAccuracy {
    int items = 0;
    // Items the classifier already had right when the user reviewed them (a correction to the
    // same category counts as a confirmation).
    int right_before = 0;
    // Items the current model gets right when that item's own correction is left out
    // (leave-one-out), i.e. how well what it learned carries over to texts it has not seen.
    int right_leave_one_out = 0;
    std::array<int, 2> axis_right_leave_one_out{}; // initiator, form

    double before_share() const { return items ? double(right_before) / items : 0.0; }
    double leave_one_out_share() const { return items ? double(right_leave_one_out) / items : 0.0; }
};

struct ImportResult {
    bool ok = false;
    int corrections = 0; // how many were read
    Localized reason;    // why the file was refused, when !ok
};

class Classifier {
public:
    Classifier() = default;
    explicit Classifier(ClassifierSettings settings) : settings_(settings) {}

    Classification classify(std::string_view text) const;
    std::vector<Classification> classify_all(const std::vector<std::string>& texts) const;

    void correct(std::string_view text, Category category);
    bool forget(std::string_view text); // removes a correction; false when there was none
    void clear_corrections();

    const std::vector<Correction>& corrections() const { return corrections_; }
    CorrectionAccuracy correction_accuracy() const;

    std::string export_model() const; // JSON, pretty-printed
    ImportResult import_model(std::string_view json);

    const ClassifierSettings& settings() const { return settings_; }

private:
    struct Counts {
        std::array<double, 3> initiator{};
        std::array<double, 3> form{};
    };

    Classification classify_with_model(std::string_view text) const;
    // The model as if the correction of this text to `left_out` had not been made.
    Classification classify_leaving_out(std::string_view text, const Category* left_out) const;
    void add_counts(std::string_view text, Category category, double sign);

    ClassifierSettings settings_;
    std::vector<Correction> corrections_;
    std::unordered_map<std::string, Category> corrected_texts_; // normalised text -> category
    std::unordered_map<std::string, Counts> learned_;           // feature key -> counts
};

// Splits pasted text into one activity per line: trims spaces, drops empty lines, accepts
// \n, \r\n and \r.
std::vector<std::string> split_lines(std::string_view text);

// True when the text holds at least one letter of any script. A text of digits, punctuation,
// symbols or emoji only ("", "🙂", "123") says nothing about who acted or how, so callers refuse
// it instead of showing a guess.
bool has_letters(std::string_view text);

} // namespace engage
