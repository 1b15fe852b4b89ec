// engage classify: the nine-category taxonomy for activity descriptions, as JSON.
//
//   engage classify [--model MODEL.json] TEXT...
//   engage classify [--model MODEL.json] --file FILE      (one text per line; "-" for stdin)
//
// Prints a JSON array with one object per text, in input order:
//   {"text": "...", "category": "customer_offer", "initiator": "customer", "form": "offer",
//    "confidence": {"initiator": 0.93, "form": 0.88, "category": 0.82},
//    "evidence": {"initiator": ["Eine Kundin", ...], "form": ["Rezension", ...]},
//    "unsure": false}
// `confidence` is an object per axis (plus their product for the category) because the two
// axes fail independently: "who" can be clear while "what" is not. `evidence` lists the words
// that decided each axis, strongest first. `--model` loads corrections exported from the app
// (Classifier::export_model) so the CLI answers like the user's trained model.
//
// Exit codes (commands.h): 0 read and classified; 1 a file or model cannot be read or used, or
// a text has no letters (nothing to classify); 2 usage (no texts, unknown option, missing value).
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/input.h"
#include "engine/classifier.h"

namespace engage::cli {

namespace {

int classify_usage_error(const Localized& message, Language language) {
    return usage_error(message,
                       {"engage classify [--model MODEL.json] TEXT... | --file FILE|-",
                        "engage classify [--model MODELL.json] TEXT... | --file DATEI|-"},
                       language);
}

nlohmann::ordered_json evidence_words(const std::vector<Evidence>& evidence) {
    nlohmann::ordered_json words = nlohmann::ordered_json::array();
    for (const Evidence& item : evidence)
        words.push_back(item.word);
    return words;
}

nlohmann::ordered_json to_json(const std::string& text, const Classification& result) {
    return {{"text", text},
            {"category", std::string(category_id(result.category))},
            {"initiator", std::string(initiator_id(result.initiator.value))},
            {"form", std::string(form_id(result.form.value))},
            {"confidence",
             {{"initiator", result.initiator.confidence},
              {"form", result.form.confidence},
              {"category", result.confidence()}}},
            {"evidence",
             {{"initiator", evidence_words(result.initiator.evidence)},
              {"form", evidence_words(result.form.evidence)}}},
            {"unsure", result.unsure}};
}

} // namespace

int run_classify(const Args& args, Language language) {
    std::vector<std::string> texts;
    std::optional<std::string> file;
    std::optional<std::string> model;

    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "--file" || arg == "--model") {
            if (i + 1 >= args.size())
                return classify_usage_error(
                    {"'" + arg + "' needs a value", "„" + arg + "“ braucht einen Wert"}, language);
            (arg == "--file" ? file : model) = args[++i];
        } else if (arg == "--") {
            texts.insert(texts.end(), args.begin() + static_cast<long>(i) + 1, args.end());
            break;
        } else if (arg.size() > 1 && arg[0] == '-' && arg[1] == '-') {
            return classify_usage_error(
                {"unknown option '" + arg + "'", "unbekannte Option „" + arg + "“"}, language);
        } else {
            texts.push_back(arg);
        }
    }
    if (file && !texts.empty())
        return classify_usage_error(
            {"give texts or --file, not both", "Texte oder --file angeben, nicht beides"},
            language);

    Classifier classifier;
    if (model) {
        const std::optional<std::string> json = read_input(*model, language);
        if (!json)
            return 1;
        const ImportResult imported = classifier.import_model(*json);
        if (!imported.ok) {
            print_error({"model '" + *model + "': " + imported.reason.en,
                         "Modell „" + *model + "“: " + imported.reason.in(Language::German)},
                        language);
            return 1;
        }
    }

    if (file) {
        const std::optional<std::string> content = read_input(*file, language);
        if (!content)
            return 1;
        texts = split_lines(*content);
    }
    if (texts.empty() && !file)
        return classify_usage_error({"no texts to classify", "keine Texte zum Einordnen"},
                                    language);

    // A text without a single letter gets no category at all, rather than a guess marked unsure.
    for (std::size_t i = 0; i < texts.size(); ++i) {
        if (has_letters(texts[i]))
            continue;
        const std::string where = file ? std::to_string(i + 1) : "";
        print_error(file ? Localized{"text " + where + " has no letters, so there is nothing to "
                                     "classify: '" + texts[i] + "'",
                                     "Text " + where + " enthält keine Buchstaben und lässt sich "
                                     "daher nicht einordnen: „" + texts[i] + "“"}
                         : Localized{"'" + texts[i] + "' has no letters, so there is nothing to "
                                     "classify; describe the activity in words",
                                     "„" + texts[i] + "“ enthält keine Buchstaben und lässt sich "
                                     "daher nicht einordnen; beschreiben Sie die Aktivität in "
                                     "Worten"},
                    language);
        return 1;
    }

    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const std::string& text : texts)
        out.push_back(to_json(text, classifier.classify(text)));
    // Input bytes that are not UTF-8 are replaced, not fatal: the CLI must answer for every line.
    std::cout << out.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
    return 0;
}

} // namespace engage::cli
