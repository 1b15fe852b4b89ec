// Taxonomy corpus: engagement activities labelled with their category, written for this product.
//
// Contract:
// - At least 30 items per category, in German and English, with varied wording; the first two
//   items of each category retell the article's example for that cell (one German, one English)
//   and carry `article_example`.
// - Each item has a one-sentence explanation in both languages, for the quiz.
// - Within each category every third item (positions 2, 5, 8, ...) is `held_out`: it is kept
//   for the evaluation and must not be used to tune the lexicon. The rest is the development
//   part.
// - `id` is stable while items are only appended: category index * 1000 + position.
// - The corpus is constant data, built on first use.
#pragma once

#include <string>
#include <vector>

#include "engine/localized.h"
#include "engine/taxonomy.h"

namespace engage {

struct CorpusItem {
    int id = 0;
    std::string text;
    Language language = Language::English;
    Category category = Category::ProviderOffer;
    Localized explanation;
    bool held_out = false;
    bool article_example = false;
};

const std::vector<CorpusItem>& taxonomy_corpus();

} // namespace engage
