// Taxonomy: the nine categories of customer engagement, as two axes.
//
// Contract:
// - An engagement activity is sorted by who started it (`Initiator`) and by what it concerns
//   (`Form`). The nine categories are the cells of that 3x3 grid; `Category` lists them row by
//   row (initiators as rows, forms as columns), so `category_index` is initiator * 3 + form.
// - Ids are stable ASCII snake_case ("provider", "third_party", "demand",
//   "customer_activity"): they are what the CLI prints and what model files store.
// - Names, definitions and examples are written for this product in English and German.
// - The `parse_*` functions read what people type into a table column, in either language,
//   in any case, with or without umlauts ("Anbieter", "Unternehmen", "Dritte", "third-party",
//   "Aktivität", "Aktivitaet", "activities", "customer_offer", "Kunden-initiierte Nachfrage").
//   They return nullopt for anything else; they never guess.
// - Everything here is constant data: no state, safe from any thread.
#pragma once

#include <array>
#include <optional>
#include <string_view>
#include <vector>

#include "engine/localized.h"

namespace engage {

// Who started the engagement: the company's programme, the customer's own initiative, or
// friends, family, acquaintances and other third parties.
enum class Initiator { Provider, Customer, ThirdParty };

// What the engagement concerns: products or services (offer), winning further customers or
// triggering purchases (demand), or actions with no direct product link (activity).
enum class Form { Offer, Demand, Activity };

enum class Category {
    ProviderOffer,
    ProviderDemand,
    ProviderActivity,
    CustomerOffer,
    CustomerDemand,
    CustomerActivity,
    ThirdPartyOffer,
    ThirdPartyDemand,
    ThirdPartyActivity,
};

constexpr int initiator_count = 3;
constexpr int form_count = 3;
constexpr int category_count = 9;

constexpr std::array<Initiator, initiator_count> all_initiators = {
    Initiator::Provider, Initiator::Customer, Initiator::ThirdParty};
constexpr std::array<Form, form_count> all_forms = {Form::Offer, Form::Demand, Form::Activity};
constexpr std::array<Category, category_count> all_categories = {
    Category::ProviderOffer,   Category::ProviderDemand,   Category::ProviderActivity,
    Category::CustomerOffer,   Category::CustomerDemand,   Category::CustomerActivity,
    Category::ThirdPartyOffer, Category::ThirdPartyDemand, Category::ThirdPartyActivity};

constexpr int initiator_index(Initiator initiator) {
    return static_cast<int>(initiator);
}
constexpr int form_index(Form form) {
    return static_cast<int>(form);
}
constexpr int category_index(Category category) {
    return static_cast<int>(category);
}

constexpr Category make_category(Initiator initiator, Form form) {
    return static_cast<Category>(initiator_index(initiator) * form_count + form_index(form));
}
constexpr Initiator initiator_of(Category category) {
    return static_cast<Initiator>(category_index(category) / form_count);
}
constexpr Form form_of(Category category) {
    return static_cast<Form>(category_index(category) % form_count);
}

// "provider", "customer", "third_party"; "offer", "demand", "activity";
// "provider_offer" .. "third_party_activity".
std::string_view initiator_id(Initiator initiator);
std::string_view form_id(Form form);
std::string_view category_id(Category category);

// Short names for labels and matrix headers: "Provider" / "Anbieter", "Offer" / "Angebot",
// "Provider-initiated offer" / "Anbieter-initiiertes Angebot".
const Localized& initiator_name(Initiator initiator);
const Localized& form_name(Form form);
const Localized& category_name(Category category);

// One card per category: what it means and examples of it, in our own words.
struct CategoryInfo {
    Category category = Category::ProviderOffer;
    Localized name;
    Localized definition;
    std::vector<Localized> examples;
};

const CategoryInfo& category_info(Category category);

// What the two axes mean, one sentence each, for the cards' headers and the quiz.
const Localized& initiator_axis_definition();
const Localized& form_axis_definition();

// Reading a cell typed by a person. See the contract at the top for what is accepted.
std::optional<Initiator> parse_initiator(std::string_view text);
std::optional<Form> parse_form(std::string_view text);
std::optional<Category> parse_category(std::string_view text);

} // namespace engage
