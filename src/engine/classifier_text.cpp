#include "engine/classifier_text.h"

#include <algorithm>
#include <iterator>
#include <unordered_set>

namespace engage {

namespace {

bool ends_with(std::string_view word, std::string_view suffix) {
    return word.size() >= suffix.size() &&
           word.compare(word.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool is_clause_break(unsigned char c) {
    return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '(' ||
           c == ')';
}

// The second byte of a two-byte UTF-8 sequence starting with 0xC3 (Latin-1 letters), folded
// to ASCII: German umlauts and sharp s to their two-letter spelling, accented letters to their
// base ("Café" and "Cafe" are the same word to a person typing an activity list).
const char* fold_c3(unsigned char second) {
    switch (second) {
    case 0xA4:
    case 0x84:
        return "ae";
    case 0xB6:
    case 0x96:
        return "oe";
    case 0xBC:
    case 0x9C:
        return "ue";
    case 0x9F:
        return "ss";
    default:
        break;
    }
    const unsigned char lower = second >= 0x80 && second <= 0x9E ? second + 0x20 : second;
    if (lower >= 0xA0 && lower <= 0xA5)
        return "a";
    if (lower == 0xA7)
        return "c";
    if (lower >= 0xA8 && lower <= 0xAB)
        return "e";
    if (lower >= 0xAC && lower <= 0xAF)
        return "i";
    if (lower == 0xB1)
        return "n";
    if (lower >= 0xB2 && lower <= 0xB6)
        return "o";
    if (lower >= 0xB9 && lower <= 0xBC)
        return "u";
    return nullptr;
}

} // namespace

std::vector<Token> tokenize(std::string_view text) {
    std::vector<Token> tokens;
    tokens.reserve(text.size() / 5 + 1); // about one word per five bytes in both languages
    Token current;
    bool in_word = false;
    bool saw_break = false;

    auto finish = [&](std::size_t end) {
        if (!in_word)
            return;
        current.end = end;
        current.stem = stem_word(current.folded);
        tokens.push_back(std::move(current));
        current = Token{};
        in_word = false;
    };
    auto start = [&](std::size_t begin) {
        if (in_word)
            return;
        in_word = true;
        current.begin = begin;
        current.clause_start = saw_break || tokens.empty();
        saw_break = false;
    };

    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            start(i);
            current.folded += static_cast<char>(c);
        } else if (c >= 'A' && c <= 'Z') {
            start(i);
            current.folded += static_cast<char>(c - 'A' + 'a');
        } else if (c == 0xC3 && i + 1 < text.size()) {
            const unsigned char second = static_cast<unsigned char>(text[i + 1]);
            start(i);
            if (const char* folded = fold_c3(second)) {
                current.folded += folded;
            } else {
                current.folded += static_cast<char>(c);
                current.folded += static_cast<char>(second);
            }
            ++i;
        } else if (c >= 0x80) {
            // Other multi-byte letters stay part of the word; only ASCII separates words, so
            // no UTF-8 sequence is ever cut in half.
            start(i);
            current.folded += static_cast<char>(c);
        } else {
            finish(i);
            if (is_clause_break(c))
                saw_break = true;
        }
    }
    finish(text.size());
    return tokens;
}

// FIXME-TAXONOMY: one stemmer for both languages makes rare cross-language collisions
// (English "spends" and German "Spende" both become "spend"); a per-language stemmer chosen by
// looks_german() would separate them.
// Order matters: the longer, more specific suffix is tried first, and at most one is removed.
// The minimum lengths keep short words ("this", "bus", "tee") whole.
std::string stem_word(std::string_view word) {
    auto cut = [&](std::size_t count, std::string_view append = {}) {
        std::string out(word.substr(0, word.size() - count));
        out += append;
        return out;
    };

    if (word.size() <= 3)
        return std::string(word);
    if (ends_with(word, "innen") && word.size() >= 8)
        return cut(3); // Kundinnen -> kundin
    if (ends_with(word, "ungen") && word.size() >= 7)
        return cut(2); // Aktionen stays, Werbungen -> werbung
    if (ends_with(word, "ies") && word.size() >= 5)
        return cut(3, "y"); // parties -> party
    if (ends_with(word, "ing") && word.size() >= 6)
        return cut(3); // sharing -> shar
    if (ends_with(word, "ed") && word.size() >= 5)
        return cut(2); // shared -> shar
    if (ends_with(word, "ern") && word.size() >= 6)
        return cut(3); // Kindern -> kind
    if (ends_with(word, "en") && word.size() >= 5)
        return cut(2); // Kunden -> kund
    if (ends_with(word, "es") && word.size() >= 5)
        return cut(2); // shares -> shar, Produktes -> produkt
    if (ends_with(word, "em") && word.size() >= 5)
        return cut(2); // eigenem -> eigen
    if (ends_with(word, "e") && word.size() >= 4)
        return cut(1); // Probe -> prob, share -> shar
    if (ends_with(word, "s") && !ends_with(word, "ss") && !ends_with(word, "us") &&
        !ends_with(word, "is") && word.size() >= 4)
        return cut(1); // reviews -> review
    return std::string(word);
}

bool is_stopword(std::string_view word) {
    // Kept sorted for the reader. Prepositions that decide roles ("to", "von") are stopwords
    // too: the role rules read them before this filter applies.
    static constexpr std::string_view sorted_words[] = {
        "a",      "ab",    "about",  "after",  "all",    "als",    "also",    "am",     "an",
        "and",    "are",   "as",     "at",     "auch",   "auf",    "aus",     "be",     "been",
        "bei",    "beim",  "being",  "bis",    "but",    "by",     "can",     "da",     "dann",
        "das",    "dass",  "dein",   "deine",  "dem",    "den",    "denen",   "der",    "des",
        "die",    "dies",  "diese",  "diesem", "diesen", "dieser", "doch",    "du",     "durch",
        "each",   "ein",   "eine",   "einem",  "einen",  "einer",  "eines",   "er",     "es",
        "for",    "from",  "fuer",   "gegen",  "haben",  "has",    "hat",     "have",   "he",
        "her",    "him",   "his",    "ihm",    "ihn",    "ihnen",  "ihr",     "ihre",   "ihrem",
        "ihren",  "ihrer", "im",     "in",     "ins",    "into",   "is",      "ist",    "it",
        "its",    "ja",    "jeder",  "just",   "man",    "mein",   "meine",   "meinen", "mit",
        "my",     "nach",  "nicht",  "noch",   "nun",    "oder",   "of",      "on",     "one",
        "or",     "our",   "sehr",   "sein",   "seine",  "seinem", "seinen",  "seiner", "she",
        "sich",   "sie",   "sind",   "so",     "some",   "than",   "that",    "the",    "their",
        "them",   "then",  "there",  "these",  "they",   "this",   "to",      "ueber",  "um",
        "und",    "uns",   "unser",  "unter",  "up",     "very",   "vom",     "von",    "vor",
        "was",    "we",    "welche", "wenn",   "werden", "were",   "when",    "which",  "while",
        "who",    "wie",   "will",   "wir",    "wird",   "with",   "without", "wo",     "wurde",
        "wurden", "your",  "zu",     "zum",    "zur"};
    // Asked for every word of every text: a hash set built once from the sorted list.
    static const std::unordered_set<std::string_view> words(std::begin(sorted_words),
                                                            std::end(sorted_words));
    return words.count(word) > 0;
}

bool looks_german(const std::vector<Token>& tokens) {
    static const std::unordered_set<std::string_view> german = {
        "auf",  "aus",   "das",   "dem",   "den", "der", "die",  "ein",
        "eine", "einem", "einen", "einer", "er",  "ihr", "ihre", "ist",
        "mit",  "sein",  "sich",  "sie",   "und", "von", "zu"};
    static const std::unordered_set<std::string_view> english = {
        "a",  "and", "by",   "for", "from",  "her",  "his", "is",  "of",
        "on", "she", "that", "the", "their", "they", "to",  "who", "with"};
    int score = 0;
    for (const Token& token : tokens) {
        if (german.count(token.folded))
            ++score;
        if (english.count(token.folded))
            --score;
    }
    return score > 0;
}

} // namespace engage
