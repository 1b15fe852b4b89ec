#include "app/samples.h"

namespace engage::app {

namespace {

// German export style: `;` between fields because `,` is the decimal mark; thousands with `.`.
// Every column holds distinct values, so a shifted field shows in the results.
const char* const instagram_posts_de = "Beitrag;Datum;Follower;Gefällt mir;Kommentare;Geteilt\n"
                                       "Sommeraktion „Eis für "
                                       "alle“;03.06.2024;5.000;212;38;9\n"
                                       "Blick hinter die Kulissen;10.06.2024;5.040;187;21;4\n"
                                       "Gewinnspiel – Zweiter Teil;17.06.2024;5.115;402;167;31\n"
                                       "Rezept der Woche;24.06.2024;5.160;96;7;2\n"
                                       "Kundenfrage: Welche Sorte?;01.07.2024;5.230;158;64;6\n"
                                       "Team-Porträt;08.07.2024;5.275;133;12;3\n";

// English analytics export: `,` between fields, `.` decimals, durations as h:mm:ss.
const char* const web_analytics_en =
    "Page,Sessions,Bounces,Unique visitors,Conversions,Session duration\n"
    "/,4210,1893,3377,61,0:01:52\n"
    "/pricing,1564,402,1290,88,0:03:05\n"
    "/blog/engagement-rate,2875,2209,2651,14,0:00:47\n"
    "/contact,611,139,583,47,0:02:21\n";

// Ad campaigns in German: thousands with `.`, a rate column with a decimal comma and a percent.
const char* const ad_campaigns_de = "Kampagne;Impressionen;Reichweite;Klicks;Conversions\n"
                                    "Frühjahr Suche;12.400;8.950;771;42\n"
                                    "Frühjahr Display;48.900;31.200;226;5\n"
                                    "Sommer Social;23.750;17.480;301;19\n";

// A survey export: the question as the header, 0-10 answers, a free-text comment, and two
// answers the engine must report instead of counting (a blank and an 11).
const char* const nps_survey_de =
    "Wie wahrscheinlich ist es, dass Sie uns einem Freund weiterempfehlen?;Kommentar\n"
    "10;Super Service, gerne wieder!\n"
    "9;Schnelle Lieferung\n"
    "7;Ganz okay\n"
    "3;Zu teuer für das, was man bekommt\n"
    "10;„Beste Beratung“ – danke!\n"
    "8;\n"
    "6;Lieferung kam verspätet\n"
    "9;Immer freundlich\n"
    ";keine Angabe\n"
    "11;Skala verwechselt?\n"
    "10;Top\n"
    "5;Hotline schwer erreichbar\n";

// Totals as a two-column key/value list, as people copy them from an insights screen.
const char* const key_value_de = "Follower;5000\n"
                                 "Gefällt mir;240\n"
                                 "Kommentare;35\n"
                                 "Geteilt;12\n"
                                 "Impressionen;18.300\n"
                                 "Klicks;311\n";

// The article's worked example.
const char* const article_example_de = "Follower;Likes;Kommentare\n5.000;200;50\n";

} // namespace

const std::vector<Sample>& samples() {
    static const std::vector<Sample> all = {
        {"article",
         {"Article example (3 numbers)", "Beispiel aus dem Artikel (3 Zahlen)"},
         {"5,000 followers, 200 likes, 50 comments", "5.000 Follower, 200 Likes, 50 Kommentare"},
         "artikel-beispiel.csv",
         article_example_de},
        {"instagram",
         {"Instagram posts (German, ;)", "Instagram-Beiträge (deutsch, ;)"},
         {"six posts, one row each, thousands with a point",
          "sechs Beiträge, je eine Zeile, Tausenderpunkte"},
         "instagram-beitraege.csv",
         instagram_posts_de},
        {"web",
         {"Web analytics (English, ,)", "Web-Analyse (englisch, ,)"},
         {"sessions, bounces, conversions, durations", "Sitzungen, Absprünge, Conversions, Dauer"},
         "web-analytics.csv",
         web_analytics_en},
        {"ads",
         {"Ad campaigns (German)", "Werbekampagnen (deutsch)"},
         {"impressions, reach and clicks", "Impressionen, Reichweite und Klicks"},
         "kampagnen.csv",
         ad_campaigns_de},
        {"nps",
         {"NPS survey (0–10 answers)", "NPS-Umfrage (Antworten 0–10)"},
         {"with comments and two invalid answers", "mit Kommentaren und zwei ungültigen "
                                                   "Antworten"},
         "umfrage-nps.csv",
         nps_survey_de},
        {"key_value",
         {"Key/value list (totals)", "Schlüssel/Wert-Liste (Summen)"},
         {"Follower;5000 – one figure per line", "Follower;5000 – eine Zahl pro Zeile"},
         "insights.txt",
         key_value_de},
    };
    return all;
}

const Sample& article_example() {
    return samples().front();
}

} // namespace engage::app
