#include "engine/column_roles.h"

#include <algorithm>
#include <string>

namespace engage {
namespace {

struct RoleText {
    Role role;
    const char* id;
    Localized name;
};

const RoleText role_texts[] = {
    {Role::None, "none", {"(not used)", "(nicht verwendet)"}},
    {Role::Label, "label", {"Label", "Bezeichnung"}},
    {Role::Followers, "followers", {"Followers", "Follower"}},
    {Role::Likes, "likes", {"Likes", "Gefällt mir"}},
    {Role::Comments, "comments", {"Comments", "Kommentare"}},
    {Role::Shares, "shares", {"Shares", "Geteilt"}},
    {Role::Interactions, "interactions", {"Interactions (total)", "Interaktionen (gesamt)"}},
    {Role::Impressions, "impressions", {"Impressions", "Impressionen"}},
    {Role::Reach, "reach", {"Reach", "Reichweite"}},
    {Role::Clicks, "clicks", {"Clicks", "Klicks"}},
    {Role::Visits, "visits", {"Visits / sessions", "Besuche / Sitzungen"}},
    {Role::Bounces, "bounces", {"Bounces", "Absprünge"}},
    {Role::UniqueVisitors, "unique_visitors", {"Unique visitors", "Eindeutige Besucher"}},
    {Role::Conversions, "conversions", {"Conversions", "Conversions"}},
    {Role::Duration, "duration", {"Visit duration", "Verweildauer"}},
    {Role::NpsScore, "nps_score", {"NPS answer (0–10)", "NPS-Antwort (0–10)"}},
    {Role::BounceRate, "bounce_rate", {"Bounce rate (per row)", "Absprungrate (je Zeile)"}},
    {Role::ConversionRate,
     "conversion_rate",
     {"Conversion rate (per row)", "Konversionsrate (je Zeile)"}},
    {Role::ConversionFlag,
     "conversion_flag",
     {"Converted (yes/no per session)", "Konvertiert (ja/nein je Sitzung)"}},
    {Role::Date, "date", {"Date", "Datum"}},
};

// Header names as the exports write them, after normalise(): lower case, single spaces, no
// punctuation at the ends. Exact names first; `contains` patterns only when no exact one fits.
struct HeaderPattern {
    Role role;
    std::vector<std::string> exact;
    std::vector<std::string> contains;
};

const std::vector<HeaderPattern>& header_patterns() {
    static const std::vector<HeaderPattern> patterns = {
        {Role::Followers,
         {"followers", "follower", "fans", "abonnenten", "page total likes", "anzahl follower",
          "follower anzahl", "followers count"},
         {"followers", "follower", "abonnenten"}},
        {Role::Likes,
         {"likes", "like", "gefällt mir", "gefällt mir angaben", "gefällt mir-angaben",
          "reactions",
          "reaktionen", "herzen", "hearts"},
         {"gefällt mir"}},
        {Role::Comments,
         {"comments", "comment", "kommentare", "kommentar", "replies", "antworten"},
         {"kommentare", "comments"}},
        {Role::Shares,
         {"shares", "share", "geteilt", "mal geteilt", "retweets", "teilungen", "reposts"},
         {"geteilt", "shares"}},
        {Role::Interactions,
         {"engagements", "interactions", "interaktionen", "total interactions",
          "interaktionen gesamt"},
         {}},
        {Role::Impressions,
         {"impressions", "impressionen", "ad impressions", "einblendungen", "tweet impressions",
          "tweet_impressions", "lifetime post total impressions"},
         {"impressions", "impressionen"}},
        {Role::Reach,
         {"reach", "reichweite", "lifetime post total reach", "erreichte personen",
          "accounts reached"},
         {"reichweite", "reach"}},
        {Role::Clicks,
         {"clicks", "klicks", "link clicks", "link-klicks", "linkklicks", "url clicks"},
         {}},
        {Role::Visits,
         {"visits", "besuche", "sessions", "sitzungen", "visits or sessions", "nb visits",
          "nb_visits", "sessies", "bezoeken"},
         {}},
        {Role::Bounces,
         {"bounces", "absprünge", "bounced sessions", "bounce count", "nb bounces",
          "bounce_count"},
         {}},
        {Role::UniqueVisitors,
         {"unique visitors", "eindeutige besucher", "unique users", "nb uniq visitors",
          "nb_uniq_visitors", "unique_visitors", "einzelne besucher", "users", "nutzer",
          "gebruikers", "unieke bezoekers"},
         {}},
        {Role::Conversions,
         {"conversions", "conversion", "konversionen", "total conversions", "total_conversion",
          "transactions", "transaktionen", "käufe", "purchases", "orders", "bestellungen",
          "goal completions", "abschlüsse für zielvorhaben", "doelvoltooiingen",
          "total conversion", "approved conversion",
          "nb conversions", "nb_conversions", "besuche mit konversionen", "conversies"},
         {}},
        {Role::Duration,
         {"session duration", "sitzungsdauer", "verweildauer", "time on site", "visit duration",
          "besuchsdauer", "avg session duration", "avg. session duration",
          "durchschn sitzungsdauer", "durchschn. sitzungsdauer", "average session duration",
          "durchschnittliche sitzungsdauer", "avg. time on site", "durchschn. besuchszeit",
          "durchschnittl. sitzungsdauer", "gem. sessieduur", "gemiddelde sessieduur",
          "avg time on site", "durchschn. besuchszeit (in sekunden)", "visitduration",
          "visit duration (seconds)"},
         {"sitzungsdauer", "session duration", "verweildauer", "time on site"}},
        {Role::NpsScore,
         {"nps", "score", "nps score", "nps-score", "empfehlung", "recommendation"},
         {"weiterempfehlen", "recommend", "empfehlen", "net promoter", "nps", "0-10", "0 - 10",
          "0 bis 10", "0 to 10", "0–10"}},
        // Google Analytics (UA) in English, German and Dutch, and Matomo.
        {Role::BounceRate,
         {"bounce rate", "absprungrate", "absprungsrate", "bouncepercentage", "bounce_rate",
          "bouncerates", "bounce rates",
          "bounce percentage"},
         {}},
        {Role::ConversionRate,
         {"conversion rate", "konversionsrate", "conversion_rate", "goal conversion rate",
          "zielvorhaben-conversion-rate", "conversieratio voor doel",
          "e-commerce conversion rate", "e-commerce-conversion-rate",
          "conversieratio e-commerce"},
         {}},
        {Role::ConversionFlag,
         {"converted", "konvertiert", "revenue", "purchased", "gekauft", "visitconverted"},
         {}},
        {Role::Date,
         {"date", "datum", "day", "tag", "timestamp", "zeitstempel", "time", "zeit", "datetime",
          "day index", "tagesindex", "dagindex", "week", "woche", "month", "monat", "period",
          "zeitraum"},
         {}},
        {Role::Label,
         {"post", "beitrag", "campaign", "kampagne", "title", "titel", "name", "bezeichnung",
          "page", "seite", "label", "kanal", "channel", "default channel grouping",
          "standard-channelgruppierung", "standaardkanaalgroepering", "source / medium",
          "quelle/medium", "bron/medium", "land", "country", "ad", "anzeige", "tweet text"},
         {}},
    };
    return patterns;
}

// Lower case (ASCII and the German capitals Ä Ö Ü), with quotes, brackets' contents kept,
// underscores as spaces, and surrounding punctuation removed.
std::string normalise(std::string_view header) {
    std::string out;
    for (std::size_t i = 0; i < header.size(); ++i) {
        const char c = header[i];
        if (c >= 'A' && c <= 'Z') {
            out += static_cast<char>(c - 'A' + 'a');
        } else if (c == '\xC3' && i + 1 < header.size() &&
                   (header[i + 1] == '\x84' || header[i + 1] == '\x96' ||
                    header[i + 1] == '\x9C')) {
            out += c;
            out += static_cast<char>(header[i + 1] + 0x20); // Ä Ö Ü -> ä ö ü
            ++i;
        } else if (c == '_' || c == '\t') {
            out += ' ';
        } else if (c == '"' || c == '\'') {
            continue;
        } else {
            out += c;
        }
    }

    std::string collapsed;
    for (const char c : out)
        if (!(c == ' ' && (collapsed.empty() || collapsed.back() == ' ')))
            collapsed += c;
    const auto is_edge_punct = [](char c) {
        return c == ' ' || c == ':' || c == '?' || c == '.' || c == '*' || c == '#';
    };
    while (!collapsed.empty() && is_edge_punct(collapsed.back()))
        collapsed.pop_back();
    std::size_t start = 0;
    while (start < collapsed.size() && is_edge_punct(collapsed[start]))
        ++start;
    return collapsed.substr(start);
}

} // namespace

const std::vector<Role>& all_roles() {
    static const std::vector<Role> roles = [] {
        std::vector<Role> list;
        for (const RoleText& text : role_texts)
            list.push_back(text.role);
        return list;
    }();
    return roles;
}

const char* role_id(Role role) {
    for (const RoleText& text : role_texts)
        if (text.role == role)
            return text.id;
    return "none";
}

Role role_from_id(std::string_view id) {
    for (const RoleText& text : role_texts)
        if (id == text.id)
            return text.role;
    return Role::None;
}

Localized role_name(Role role) {
    for (const RoleText& text : role_texts)
        if (text.role == role)
            return text.name;
    return role_texts[0].name;
}

RoleMatch match_header(std::string_view header) {
    const std::string name = normalise(header);
    if (name.empty())
        return {};

    for (const HeaderPattern& pattern : header_patterns())
        if (std::find(pattern.exact.begin(), pattern.exact.end(), name) != pattern.exact.end())
            return {pattern.role, true};

    // Long question texts: "Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen?"
    for (const HeaderPattern& pattern : header_patterns())
        for (const std::string& part : pattern.contains)
            if (name.find(part) != std::string::npos)
                return {pattern.role, false};
    return {};
}

Role role_for_header(std::string_view header) {
    return match_header(header).role;
}

} // namespace engage
