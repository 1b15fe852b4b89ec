// Localized: a text the user reads, in both of the product's languages.
//
// Contract:
// - The engine writes every user-facing sentence (problems, reasons, formulas) in English and
//   German at once, so the UI can switch language without recomputing anything.
// - `in(language)` picks one; an empty German text falls back to the English one.
#pragma once

#include <string>
#include <string_view>

namespace engage {

enum class Language { English, German };

// "de", "de-DE", "de_AT" ... are German; everything else is English.
Language language_from_tag(std::string_view tag);
const char* language_tag(Language language);

struct Localized {
    std::string en;
    std::string de;

    const std::string& in(Language language) const {
        return language == Language::German && !de.empty() ? de : en;
    }
    bool empty() const { return en.empty() && de.empty(); }
};

} // namespace engage
