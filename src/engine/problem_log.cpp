#include "engine/problem_log.h"

#include <algorithm>

#include "engine/number_text.h"

namespace engage {
namespace {

// Problems of one kind share their wording up to the first quoted value or number.
std::string kind_of(const Problem& problem) {
    const std::string& text = problem.message.en;
    const std::size_t cut = text.find_first_of("\"0123456789");
    return problem.column + "|" + text.substr(0, cut);
}

} // namespace

void ProblemLog::add(Problem problem) {
    ++total_;
    if (kept_.size() < limit_) {
        kept_.push_back(std::move(problem));
        return;
    }
    auto& entry = more_[kind_of(problem)];
    if (entry.first++ == 0)
        entry.second = std::move(problem);
}

Problems ProblemLog::take() {
    Problems out = std::move(kept_);
    std::stable_sort(out.begin(), out.end(),
                     [](const Problem& a, const Problem& b) { return a.row < b.row; });
    for (auto& [kind, entry] : more_) {
        const auto& [count, example] = entry;
        const bool one = count == 1;
        const Localized n = counted(count, {"more problem", "weiteres Problem"},
                                    {"more problems", "weitere Probleme"});
        out.push_back({0, example.column,
                       {n.en + " like this one from row " + std::to_string(example.row) +
                            (one ? " was" : " were") + " counted but not listed: " +
                            example.message.en,
                        n.de + " wie dieses aus Zeile " + std::to_string(example.row) +
                            (one ? " wurde" : " wurden") +
                            " gezählt, aber nicht aufgeführt: " + example.message.de},
                       example.severity});
    }
    more_.clear();
    kept_.clear();
    return out;
}

std::string quote_cell(std::string_view text) {
    constexpr std::size_t limit = 60;
    if (text.size() <= limit)
        return std::string(text);
    std::size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut;
    return std::string(text.substr(0, cut)) + "…";
}

} // namespace engage
