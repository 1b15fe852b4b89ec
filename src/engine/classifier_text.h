// Classifier text: turning an activity description into words the lexicon can look up.
//
// Contract:
// - `tokenize` splits UTF-8 text into words: ASCII letters are lower-cased, German umlauts are
//   folded to two letters (ä -> ae, ß -> ss), other Latin-1 letters to their base letter
//   (é -> e), other non-ASCII letters are kept as they are, and
//   everything else (spaces, punctuation, hyphens, digits' separators) is a break. Each token
//   keeps the byte range of its word in the input, so evidence can quote the user's own word.
// - `clause_start` marks a word that follows sentence or clause punctuation (. , ; : ! ? ( ),
//   so rules that look back ("to friends", "von Freunden") stop at clause borders.
// - `stem_word` is a light suffix stripper shared by English and German ("sharing", "shares"
//   and "share" meet; "Kunden" and "Kunde" meet). It only ever removes or shortens a suffix;
//   the lexicon is stemmed with the same function, so mismatches cancel out.
// - `is_stopword` covers articles, pronouns and particles of both languages; rules may still
//   read them (prepositions decide roles), but they are never features.
// - Nothing allocates beyond the returned vectors and strings.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace engage {

struct Token {
    std::string folded;    // lower case, umlauts folded
    std::string stem;      // stem_word(folded)
    std::size_t begin = 0; // byte range of the word in the original text
    std::size_t end = 0;
    bool clause_start = false;
};

std::vector<Token> tokenize(std::string_view text);

std::string stem_word(std::string_view folded);

bool is_stopword(std::string_view folded);

// A guess from function words, for the few rules whose words differ by language (German "an"
// is a preposition, English "an" an article). Ties and texts without such words are English.
bool looks_german(const std::vector<Token>& tokens);

} // namespace engage
