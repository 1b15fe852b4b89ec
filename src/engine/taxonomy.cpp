#include "engine/taxonomy.h"

#include <string>

namespace engage {

namespace {

// Lower-case ASCII, German umlauts folded to their two-letter spelling, every other character
// a word break. People type "Aktivität", "AKTIVITAET" and "third-party" into the same column.
std::string fold_words(std::string_view text) {
    std::string out;
    bool pending_space = false;
    auto put = [&](std::string_view letters) {
        if (pending_space && !out.empty())
            out += ' ';
        pending_space = false;
        out += letters;
    };

    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == 0xC3 && i + 1 < text.size()) {
            const unsigned char next = static_cast<unsigned char>(text[i + 1]);
            const char* folded = nullptr;
            switch (next) {
            case 0xA4:
            case 0x84:
                folded = "ae";
                break; // ä Ä
            case 0xB6:
            case 0x96:
                folded = "oe";
                break; // ö Ö
            case 0xBC:
            case 0x9C:
                folded = "ue";
                break; // ü Ü
            case 0x9F:
                folded = "ss";
                break; // ß
            default:
                break;
            }
            if (folded) {
                put(folded);
                ++i;
                continue;
            }
        }
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            put(std::string_view(reinterpret_cast<const char*>(&text[i]), 1));
        } else if (c >= 'A' && c <= 'Z') {
            const char lower = static_cast<char>(c - 'A' + 'a');
            put(std::string_view(&lower, 1));
        } else {
            pending_space = true;
        }
    }
    return out;
}

// Words that only say "initiated by" and carry no axis of their own.
bool is_initiated_word(std::string_view word) {
    return word == "initiated" || word == "initiiert" || word == "initiierte" ||
           word == "initiiertes" || word == "initiierter" || word == "initiierten" ||
           word == "by" || word == "durch" || word == "led" || word == "driven";
}

std::string drop_initiated_words(const std::string& folded) {
    std::string out;
    std::size_t start = 0;
    while (start <= folded.size()) {
        std::size_t end = folded.find(' ', start);
        if (end == std::string::npos)
            end = folded.size();
        const std::string_view word(folded.data() + start, end - start);
        if (!word.empty() && !is_initiated_word(word)) {
            if (!out.empty())
                out += ' ';
            out += word;
        }
        start = end + 1;
    }
    return out;
}

template <typename T, std::size_t N>
std::optional<T> find_alias(const std::string& folded,
                            const std::pair<const char*, T> (&aliases)[N]) {
    for (const auto& [alias, value] : aliases)
        if (folded == alias)
            return value;
    return std::nullopt;
}

const std::pair<const char*, Initiator> initiator_aliases[] = {
    {"provider", Initiator::Provider},      {"providers", Initiator::Provider},
    {"company", Initiator::Provider},       {"firm", Initiator::Provider},
    {"brand", Initiator::Provider},         {"vendor", Initiator::Provider},
    {"seller", Initiator::Provider},        {"anbieter", Initiator::Provider},
    {"anbieterin", Initiator::Provider},    {"unternehmen", Initiator::Provider},
    {"firma", Initiator::Provider},         {"marke", Initiator::Provider},
    {"hersteller", Initiator::Provider},    {"customer", Initiator::Customer},
    {"customers", Initiator::Customer},     {"client", Initiator::Customer},
    {"consumer", Initiator::Customer},      {"kunde", Initiator::Customer},
    {"kunden", Initiator::Customer},        {"kundin", Initiator::Customer},
    {"third party", Initiator::ThirdParty}, {"third parties", Initiator::ThirdParty},
    {"thirdparty", Initiator::ThirdParty},  {"third", Initiator::ThirdParty},
    {"others", Initiator::ThirdParty},      {"dritte", Initiator::ThirdParty},
    {"dritter", Initiator::ThirdParty},     {"dritten", Initiator::ThirdParty},
    {"drittpartei", Initiator::ThirdParty}, {"andere", Initiator::ThirdParty},
};

const std::pair<const char*, Form> form_aliases[] = {
    {"offer", Form::Offer},           {"offers", Form::Offer},
    {"offering", Form::Offer},        {"angebot", Form::Offer},
    {"angebote", Form::Offer},        {"demand", Form::Demand},
    {"nachfrage", Form::Demand},      {"activity", Form::Activity},
    {"activities", Form::Activity},   {"aktivitaet", Form::Activity},
    {"aktivitaeten", Form::Activity},
};

} // namespace

std::string_view initiator_id(Initiator initiator) {
    switch (initiator) {
    case Initiator::Provider:
        return "provider";
    case Initiator::Customer:
        return "customer";
    case Initiator::ThirdParty:
        return "third_party";
    }
    return "provider";
}

std::string_view form_id(Form form) {
    switch (form) {
    case Form::Offer:
        return "offer";
    case Form::Demand:
        return "demand";
    case Form::Activity:
        return "activity";
    }
    return "offer";
}

std::string_view category_id(Category category) {
    constexpr std::string_view ids[category_count] = {
        "provider_offer",    "provider_demand",    "provider_activity",
        "customer_offer",    "customer_demand",    "customer_activity",
        "third_party_offer", "third_party_demand", "third_party_activity"};
    return ids[category_index(category)];
}

const Localized& initiator_name(Initiator initiator) {
    static const Localized names[initiator_count] = {
        {"Provider", "Anbieter"}, {"Customer", "Kunde"}, {"Third parties", "Dritte"}};
    return names[initiator_index(initiator)];
}

const Localized& form_name(Form form) {
    static const Localized names[form_count] = {
        {"Offer", "Angebot"}, {"Demand", "Nachfrage"}, {"Activity", "Aktivität"}};
    return names[form_index(form)];
}

const Localized& category_name(Category category) {
    return category_info(category).name;
}

const Localized& initiator_axis_definition() {
    static const Localized text{
        "Initiator: who gave the impulse - the company with its own programme, the customer on "
        "their own initiative, or third parties such as friends, family and acquaintances.",
        "Initiator: wer den Anstoß gibt - das Unternehmen mit einem eigenen Programm, der Kunde "
        "aus eigenem Antrieb oder Dritte wie Freunde, Familie und Bekannte."};
    return text;
}

const Localized& form_axis_definition() {
    static const Localized text{
        "Form: what the engagement is about - a product or service (offer), bringing in further "
        "customers or purchases (demand), or an action without a direct product link "
        "(activity).",
        "Form: worum es beim Engagement geht - ein Produkt oder eine Dienstleistung (Angebot), "
        "weitere Kunden oder Käufe gewinnen (Nachfrage) oder eine Aktion ohne direkten "
        "Produktbezug (Aktivität)."};
    return text;
}

// Wording is ours; the facts (who starts it, what it concerns, one example per cell) follow the
// German article in shared/seed.
const CategoryInfo& category_info(Category category) {
    static const CategoryInfo cards[category_count] = {
        {Category::ProviderOffer,
         {"Provider-initiated offer", "Anbieter-initiiertes Angebot"},
         {"The company starts it, and it is about its products or services: the customer gets "
          "something to try, test or help shape.",
          "Das Unternehmen stößt es an, und es geht um seine Produkte oder Dienstleistungen: "
          "Kunden bekommen etwas zum Ausprobieren, Testen oder Mitgestalten."},
         {{"A brand hands out free samples that people try and pass on.",
           "Eine Marke verteilt Gratisproben, die Kunden testen und weitergeben."},
          {"A manufacturer invites customers to vote on the next flavour.",
           "Ein Hersteller lädt Kunden ein, über die nächste Geschmacksrichtung abzustimmen."}}},
        {Category::ProviderDemand,
         {"Provider-initiated demand", "Anbieter-initiierte Nachfrage"},
         {"The company starts it to win further customers or trigger purchases, for example "
          "with paid advertising or a referral programme.",
          "Das Unternehmen stößt es an, um weitere Kunden oder Käufe zu gewinnen, etwa mit "
          "bezahlter Werbung oder einem Empfehlungsprogramm."},
         {{"A company pays a customer to hang its poster on their garden fence.",
           "Eine Firma bezahlt einen Kunden dafür, ihr Plakat an seinen Gartenzaun zu hängen."},
          {"A shop gives a bonus for every new customer a member brings in.",
           "Ein Laden zahlt eine Prämie für jeden Neukunden, den ein Mitglied wirbt."}}},
        {Category::ProviderActivity,
         {"Provider-initiated activity", "Anbieter-initiierte Aktivität"},
         {"The company organises something that is not about its products, and customers "
          "take part.",
          "Das Unternehmen organisiert etwas ohne direkten Produktbezug, und Kunden machen "
          "mit."},
         {{"A company organises a charity run that customers can join.",
           "Ein Unternehmen richtet einen Spendenlauf aus, an dem Kunden teilnehmen können."},
          {"A bank invites its customers to plant trees in the town park.",
           "Eine Bank lädt ihre Kunden ein, im Stadtpark Bäume zu pflanzen."}}},
        {Category::CustomerOffer,
         {"Customer-initiated offer", "Kunden-initiiertes Angebot"},
         {"The customer acts on their own about a product or service, for example by reviewing "
          "it or recommending it.",
          "Der Kunde wird von sich aus zu einem Produkt oder einer Dienstleistung aktiv, etwa "
          "mit einer Rezension oder einer Empfehlung."},
         {{"A customer writes a review of a product, good or bad.",
           "Eine Kundin schreibt eine positive oder negative Rezension zu einem Produkt."},
          {"A customer recommends a particular product to friends.",
           "Ein Kunde empfiehlt seinen Bekannten ein bestimmtes Produkt."}}},
        {Category::CustomerDemand,
         {"Customer-initiated demand", "Kunden-initiierte Nachfrage"},
         {"The customer, on their own initiative, brings the company further customers or "
          "purchases.",
          "Der Kunde bringt dem Unternehmen aus eigenem Antrieb weitere Kunden oder Käufe."},
         {{"Unasked, a customer wins new customers among acquaintances.",
           "Ein Kunde wirbt ungefragt in seinem Bekanntenkreis neue Kunden."},
          {"A fan talks colleagues into switching to the same provider.",
           "Ein Fan überredet Kollegen, zum selben Anbieter zu wechseln."}}},
        {Category::CustomerActivity,
         {"Customer-initiated activity", "Kunden-initiierte Aktivität"},
         {"The customer starts something on their own that is not directly about buying a "
          "product, such as helping others like a member of staff.",
          "Der Kunde startet selbst etwas, das nicht direkt mit einem Produktangebot "
          "zusammenhängt, etwa anderen zu helfen wie ein Servicemitarbeiter."},
         {{"Customers answer other customers' questions in an online forum, like service staff.",
           "Kunden beantworten in einem Onlineforum die Fragen anderer Kunden wie "
           "Servicemitarbeitende."},
          {"A fan sets up a regular meet-up for users of a brand.",
           "Eine Kundin gründet einen Stammtisch für Nutzer einer Marke."}}},
        {Category::ThirdPartyOffer,
         {"Third-party-initiated offer", "Durch Dritte initiiertes Angebot"},
         {"Friends, family or acquaintances set it off, and it concerns a product or service, "
          "for example by passing on product information.",
          "Freunde, Familie oder Bekannte geben den Anstoß, und es geht um ein Produkt oder "
          "eine Dienstleistung, etwa indem sie Produktinformationen weitergeben."},
         {{"A friend sends product details found on a comparison platform.",
           "Ein Freund schickt Produktdetails von einem Vergleichsportal."},
          {"A sister shows how her new coffee machine works.",
           "Eine Schwester zeigt, wie ihre neue Kaffeemaschine funktioniert."}}},
        {Category::ThirdPartyDemand,
         {"Third-party-initiated demand", "Durch Dritte initiierte Nachfrage"},
         {"Others such as family or friends set it off, and it leads to new demand, for "
          "example when reviews they pass on make someone buy.",
          "Andere wie Familie oder Freunde geben den Anstoß, und daraus entsteht Nachfrage, "
          "etwa wenn weitergereichte Bewertungen jemanden zum Kauf bewegen."},
         {{"Ratings forwarded by a friend make a customer order.",
           "Von einer Freundin weitergeleitete Bewertungen bringen einen Kunden zur Bestellung."},
          {"Relatives' enthusiasm pushes someone to sign up.",
           "Die Begeisterung der Verwandten bringt jemanden dazu, sich anzumelden."}}},
        {Category::ThirdPartyActivity,
         {"Third-party-initiated activity", "Durch Dritte initiierte Aktivität"},
         {"Others organise something that is not about a product, and the customer joins, such "
          "as a protest for or against a company.",
          "Andere organisieren etwas ohne Produktbezug, und der Kunde macht mit, etwa einen "
          "Protest für oder gegen ein Unternehmen."},
         {{"Activists organise a protest against a company, and customers join.",
           "Aktivisten organisieren einen Protest gegen ein Unternehmen, und Kunden schließen "
           "sich an."},
          {"Neighbours collect signatures in support of the local bakery.",
           "Nachbarn sammeln Unterschriften zur Unterstützung der Bäckerei im Ort."}}},
    };
    return cards[category_index(category)];
}

std::optional<Initiator> parse_initiator(std::string_view text) {
    return find_alias(drop_initiated_words(fold_words(text)), initiator_aliases);
}

std::optional<Form> parse_form(std::string_view text) {
    return find_alias(fold_words(text), form_aliases);
}

// Accepts the id ("third_party_demand") and written names in either language, since a quiz
// sheet or a spreadsheet may hold either.
std::optional<Category> parse_category(std::string_view text) {
    const std::string words = drop_initiated_words(fold_words(text));

    for (std::size_t space = words.find(' '); space != std::string::npos;
         space = words.find(' ', space + 1)) {
        const auto initiator = find_alias(words.substr(0, space), initiator_aliases);
        const auto form = find_alias(words.substr(space + 1), form_aliases);
        if (initiator && form)
            return make_category(*initiator, *form);
    }
    return std::nullopt;
}

} // namespace engage
