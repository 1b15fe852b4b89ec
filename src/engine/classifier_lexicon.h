// Classifier lexicon: the built-in words and phrases that point to an initiator or a form.
//
// Contract:
// - Each entry holds pseudo-counts for the three initiators and the three forms (0 = says
//   nothing about that value). They are the prior of the learning layer (classifier.h): a
//   user's corrections add real counts to the same keys.
// - Keys are stems (classifier_text.h) joined by single spaces; a key with several words is a
//   phrase ("own initiative", "von sich aus"), matched on consecutive words of one clause.
// - An `actor` entry names a party (company, customer, friend). Its initiator counts apply only
//   when the party acts; the classifier decides that from the words before it. Its form counts
//   always apply.
// - `split_compound` cuts a German compound into lexicon words ("Produktprobe" -> produkt,
//   prob; "Neukundenwerbung" -> neukund, werbung), allowing linking letters (s, es, n, en, e).
//   It returns the parts' stems, or nothing when the word cannot be covered by known parts.
//   With `allow_partial` (German text) a word that cannot be covered still yields its longest
//   known head and modifier of four letters or more ("Vortragsabend" -> vortrag), since
//   German builds new compounds freely. An unknown head is returned as an empty string.
// - The lexicon is immutable after construction; `builtin_lexicon()` builds it once.
#pragma once

#include <array>
#include <bitset>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace engage {

struct LexiconEntry {
    std::array<float, 3> initiator{}; // provider, customer, third party
    std::array<float, 3> form{};      // offer, demand, activity
    bool actor = false;
};

class Lexicon {
public:
    Lexicon();
    Lexicon(const Lexicon&) = delete;
    Lexicon& operator=(const Lexicon&) = delete;

    const LexiconEntry* find(std::string_view key) const;

    // True when some phrase starts with this stem; saves building n-gram keys for most words.
    bool starts_phrase(std::string_view stem) const;
    int longest_phrase() const { return longest_phrase_; }

    std::vector<std::string> split_compound(std::string_view folded,
                                            bool allow_partial = false) const;

    std::size_t size() const { return entries_.size(); }

private:
    void add(std::string_view alternatives, const LexiconEntry& entry);
    bool is_part(std::string_view piece, bool final_part) const;
    bool has_prefix(std::string_view piece) const;
    std::string part_stem(std::string_view piece, bool final_part) const;
    std::vector<std::string> split_partially(std::string_view folded) const;

    // Views in the maps point into `storage_`, whose elements never move.
    std::deque<std::string> storage_;
    std::unordered_map<std::string_view, LexiconEntry> entries_;
    std::unordered_set<std::string_view> phrase_starts_;
    std::unordered_set<std::string_view> parts_;
    std::bitset<26 * 26 * 26> part_prefixes_;
    int longest_phrase_ = 1;
};

const Lexicon& builtin_lexicon();

} // namespace engage
