// Tests for taxonomy.h and taxonomy_corpus.h: ids, names, parsing of typed cells, the corpus.
#include <map>
#include <set>

#include <catch2/catch.hpp>

#include "engine/taxonomy.h"
#include "engine/taxonomy_corpus.h"
#include "engine/taxonomy_table.h"
#include "table_rows.h"

using namespace engage;

TEST_CASE("categories are the cells of initiator x form", "[taxonomy]") {
    SECTION("row by row, initiators as rows") {
        CHECK(make_category(Initiator::Provider, Form::Offer) == Category::ProviderOffer);
        CHECK(make_category(Initiator::Customer, Form::Demand) == Category::CustomerDemand);
        CHECK(make_category(Initiator::ThirdParty, Form::Activity) == Category::ThirdPartyActivity);
        CHECK(category_index(Category::CustomerOffer) == 3);
    }
    SECTION("axes round-trip for all nine") {
        for (Category category : all_categories)
            CHECK(make_category(initiator_of(category), form_of(category)) == category);
    }
    SECTION("ids are stable snake_case") {
        CHECK(category_id(Category::ProviderOffer) == "provider_offer");
        CHECK(category_id(Category::ThirdPartyActivity) == "third_party_activity");
        CHECK(initiator_id(Initiator::ThirdParty) == "third_party");
        CHECK(form_id(Form::Demand) == "demand");
        std::set<std::string_view> ids;
        for (Category category : all_categories)
            ids.insert(category_id(category));
        CHECK(ids.size() == 9);
    }
}

TEST_CASE("every category has a card in both languages", "[taxonomy]") {
    for (Category category : all_categories) {
        const CategoryInfo& card = category_info(category);
        INFO(category_id(category));
        CHECK(card.category == category);
        CHECK_FALSE(card.name.en.empty());
        CHECK_FALSE(card.name.de.empty());
        CHECK_FALSE(card.definition.en.empty());
        CHECK_FALSE(card.definition.de.empty());
        REQUIRE(card.examples.size() >= 2);
        for (const Localized& example : card.examples) {
            CHECK_FALSE(example.en.empty());
            CHECK_FALSE(example.de.empty());
        }
    }
    CHECK(category_name(Category::CustomerDemand).de == "Kunden-initiierte Nachfrage");
    CHECK(initiator_name(Initiator::ThirdParty).de == "Dritte");
    CHECK(form_name(Form::Activity).de == "Aktivität");
    CHECK_FALSE(initiator_axis_definition().de.empty());
    CHECK_FALSE(form_axis_definition().en.empty());
}

TEST_CASE("typed initiator and form cells are read in German and English", "[taxonomy][parse]") {
    SECTION("initiator") {
        CHECK(parse_initiator("Anbieter") == Initiator::Provider);
        CHECK(parse_initiator("  unternehmen ") == Initiator::Provider);
        CHECK(parse_initiator("Company") == Initiator::Provider);
        CHECK(parse_initiator("Kunde") == Initiator::Customer);
        CHECK(parse_initiator("CUSTOMER") == Initiator::Customer);
        CHECK(parse_initiator("Dritte") == Initiator::ThirdParty);
        CHECK(parse_initiator("third-party") == Initiator::ThirdParty);
        CHECK(parse_initiator("third_party") == Initiator::ThirdParty);
        CHECK(parse_initiator("Anbieter-initiiert") == Initiator::Provider);
        CHECK(parse_initiator("durch Dritte") == Initiator::ThirdParty);
        CHECK(parse_initiator("customer-initiated") == Initiator::Customer);
    }
    SECTION("form, with and without umlauts") {
        CHECK(parse_form("Angebot") == Form::Offer);
        CHECK(parse_form("offer") == Form::Offer);
        CHECK(parse_form("Nachfrage") == Form::Demand);
        CHECK(parse_form("DEMAND") == Form::Demand);
        CHECK(parse_form("Aktivität") == Form::Activity);
        CHECK(parse_form("Aktivitaet") == Form::Activity);
        CHECK(parse_form("AKTIVITÄTEN") == Form::Activity);
        CHECK(parse_form("activities") == Form::Activity);
    }
    SECTION("categories by id or by name") {
        CHECK(parse_category("customer_offer") == Category::CustomerOffer);
        CHECK(parse_category("third_party_demand") == Category::ThirdPartyDemand);
        CHECK(parse_category("Kunden-initiierte Nachfrage") == Category::CustomerDemand);
        CHECK(parse_category("Durch Dritte initiierte Aktivität") == Category::ThirdPartyActivity);
        CHECK(parse_category("Provider-initiated offer") == Category::ProviderOffer);
        for (Category category : all_categories) {
            CHECK(parse_category(category_id(category)) == category);
            CHECK(parse_category(category_name(category).en) == category);
            CHECK(parse_category(category_name(category).de) == category);
        }
    }
    SECTION("anything else is refused, never guessed") {
        CHECK_FALSE(parse_initiator(""));
        CHECK_FALSE(parse_initiator("Kundenservice"));
        CHECK_FALSE(parse_initiator("x"));
        CHECK_FALSE(parse_form("Angebote und Nachfrage"));
        CHECK_FALSE(parse_form("3"));
        CHECK_FALSE(parse_category("provider"));
        CHECK_FALSE(parse_category("offer_provider"));
    }
}

TEST_CASE("the corpus is big, balanced, bilingual and split", "[taxonomy][corpus]") {
    const std::vector<CorpusItem>& corpus = taxonomy_corpus();
    REQUIRE(corpus.size() >= 270);

    std::map<Category, int> per_category;
    std::map<Category, std::set<Language>> languages;
    std::map<Category, int> held_out;
    std::map<Category, int> article_examples;
    std::set<int> ids;
    std::set<std::string> texts;
    for (const CorpusItem& item : corpus) {
        ++per_category[item.category];
        languages[item.category].insert(item.language);
        held_out[item.category] += item.held_out ? 1 : 0;
        article_examples[item.category] += item.article_example ? 1 : 0;
        ids.insert(item.id);
        texts.insert(item.text);
        CHECK_FALSE(item.explanation.en.empty());
        CHECK_FALSE(item.explanation.de.empty());
    }

    CHECK(ids.size() == corpus.size());
    CHECK(texts.size() == corpus.size()); // no item twice
    for (Category category : all_categories) {
        INFO(category_id(category));
        CHECK(per_category[category] >= 30);
        CHECK(languages[category].size() == 2);
        CHECK(article_examples[category] == 2);
        // Every third item: a third of the category, rounded down.
        CHECK(held_out[category] == per_category[category] / 3);
    }
}

TEST_CASE("activity tables: given initiator and form are taken and checked", "[taxonomy][table]") {
    Table table;
    table.header = {"ID", "Aktivität", "Initiator", "Form"};
    testing::add_rows(table,
                      {
                          {"1", "Die Firma verteilt Produktproben.", "Anbieter", "Angebot"},
                          {"2", "Eine Kundin schreibt eine Rezension.", "Dritte", "Aktivitaet"},
                          {"3", "Freunde organisieren einen Protest.", "", ""},
                          {"4", "   ", "Kunde", "Nachfrage"},
                          {"5", "A fan wins new customers unasked.", "Kundschaft?", "demand"},
                      },
                      {2, 3, 5, 6, 7});

    const ActivityColumns columns = find_activity_columns(table);
    CHECK(columns.text == 1);
    CHECK(columns.initiator == 2);
    CHECK(columns.form == 3);

    const Classifier classifier;
    const ActivityTable result = classify_activity_table(classifier, table);
    REQUIRE(result.rows.size() == 4); // the blank text is skipped

    SECTION("given and agreeing") {
        CHECK(result.rows[0].given == Category::ProviderOffer);
        CHECK(result.rows[0].category == Category::ProviderOffer);
        CHECK_FALSE(result.rows[0].disagrees);
        CHECK(result.rows[0].source_row == 2);
    }
    SECTION("given and disagreeing: the given one stands, flagged") {
        CHECK(result.rows[1].given == Category::ThirdPartyActivity);
        CHECK(result.rows[1].category == Category::ThirdPartyActivity);
        CHECK(result.rows[1].predicted.category == Category::CustomerOffer);
        CHECK(result.rows[1].disagrees);
    }
    SECTION("not given: classified") {
        CHECK_FALSE(result.rows[2].given);
        CHECK(result.rows[2].category == Category::ThirdPartyActivity);
        CHECK(result.rows[2].source_row == 5);
    }
    SECTION("an unreadable cell is a problem with row and column") {
        CHECK_FALSE(result.rows[3].given);
        REQUIRE(result.problems.size() == 1);
        CHECK(result.problems[0].row == 7);
        CHECK(result.problems[0].column == "Initiator");
        CHECK(result.problems[0].severity == Severity::Warning);
        CHECK_FALSE(result.problems[0].message.de.empty());
    }
    SECTION("no text column is an error, not a crash") {
        Table numbers;
        numbers.header = {"likes", "shares"};
        testing::add_rows(numbers, {{"1", "2"}});
        const ActivityTable none = classify_activity_table(classifier, numbers);
        CHECK(none.rows.empty());
        REQUIRE(none.problems.size() == 1);
        CHECK(none.problems[0].severity == Severity::Error);
    }
}
