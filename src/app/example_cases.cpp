#include "app/example_cases.h"

#include "app/app.h"
#include "engine/case_figures.h"
#include "engine/number_text.h"

namespace engage::app {

namespace {

// My Starbucks Idea after five years, as Starbucks reported it (source article, section 6.1).
struct StarbucksFacts {
    double ideas_submitted = 150000;
    double ideas_implemented = 277;
    double votes = 2000000;
};
constexpr StarbucksFacts starbucks;

// The platform as a one-row table, written from the facts above, German style.
std::string starbucks_table() {
    const auto count = [](double value) { return format_number(value, Language::German, 0); };
    return "Plattform;Zeitraum;Eingereichte Ideen;Umgesetzte Ideen;Stimmen\n"
           "My Starbucks Idea;2008–2013;" +
           count(starbucks.ideas_submitted) + ";" + count(starbucks.ideas_implemented) + ";" +
           count(starbucks.votes) + "\n";
}

// Weekly figures of a contest page, invented for the exercise (only "over 50,000 designs" is
// real): they show interactions rising while the mood turns.
const char* const pril_table = "Woche;Follower;Gefällt mir;Kommentare;Gelöscht\n"
                               "1 – Aufruf;21.500;1.840;410;0\n"
                               "2 – Entwürfe;48.900;6.120;2.380;0\n"
                               "3 – Abstimmung;112.400;15.300;9.870;40\n"
                               "4 – Jury-Entscheid;131.700;9.450;18.920;1.150\n"
                               "5 – Danach;133.100;2.210;7.640;860\n";

// A German export: `;` between fields, thousands with `.`, decimals with `,`.
const char* const instagram_table =
    "Beitrag;Datum;Follower;Gefällt mir;Kommentare;Reichweite;Ø Wiedergabe (s)\n"
    "Neue Zimtschnecken;04.03.2025;912;61;9;1.204;7,5\n"
    "Backstube um 5 Uhr;11.03.2025;918;84;14;1.530;12,8\n"
    "Gewinnspiel: Lieblingsbrot;18.03.2025;931;127;96;2.977;9,1\n"
    "Sauerteig erklärt;25.03.2025;944;49;6;1.018;15,4\n"
    "Team-Foto;01.04.2025;950;72;11;1.386;6,2\n"
    "Osterzopf vorbestellen;08.04.2025;963;58;23;1.471;8,9\n";

const char* const seminar_nps_table =
    "Wie wahrscheinlich ist es, dass Sie dieses Seminar weiterempfehlen?;Kommentar\n"
    "10;Die Rechenbeispiele haben mir sehr geholfen.\n"
    "9;Gute Mischung aus Theorie und Übungen\n"
    "8;Etwas zu viel Stoff für einen Tag\n"
    "10;Sofort im eigenen Team anwendbar\n"
    "7;Mittagspause war zu kurz\n"
    "9;Klare Formeln, endlich verstanden\n"
    "6;Die Beispiele waren mir zu sehr auf Social Media bezogen\n"
    "10;Sehr lebendig vorgetragen\n"
    "9;\n"
    "4;Raum zu warm, Beamer schlecht lesbar\n"
    "8;Hätte gern mehr Zeit für Fragen gehabt\n"
    "10;Das Pril-Beispiel bleibt im Kopf\n"
    "9;Gerne ein Aufbauseminar\n"
    "5;Für Einsteiger zu schnell\n"
    "8;Solide\n"
    "10;Beste Weiterbildung dieses Jahr\n";

// One row per page view; v03 pauses for 43 minutes (two visits), v08 shops across midnight
// (one visit), an order ends on /kasse/danke.
const char* const shop_log_table = "visitor;timestamp;page;conversion\n"
                                   "v01;2025-05-06T09:02:11;/;0\n"
                                   "v01;2025-05-06T09:03:40;/produkte/kaffeemuehle;0\n"
                                   "v01;2025-05-06T09:06:05;/warenkorb;0\n"
                                   "v01;2025-05-06T09:08:52;/kasse/danke;1\n"
                                   "v02;2025-05-06T09:15:30;/blog/espresso-guide;0\n"
                                   "v03;2025-05-06T10:01:00;/;0\n"
                                   "v03;2025-05-06T10:01:48;/produkte/milchschaeumer;0\n"
                                   "v03;2025-05-06T10:45:12;/produkte/milchschaeumer;0\n"
                                   "v03;2025-05-06T10:47:30;/warenkorb;0\n"
                                   "v03;2025-05-06T10:49:05;/kasse/danke;1\n"
                                   "v04;2025-05-06T11:20:14;/produkte/bohnen-hausmischung;0\n"
                                   "v05;2025-05-06T12:05:00;/;0\n"
                                   "v05;2025-05-06T12:05:37;/angebote;0\n"
                                   "v05;2025-05-06T12:07:10;/produkte/bohnen-hausmischung;0\n"
                                   "v06;2025-05-06T13:30:45;/blog/milch-aufschaeumen;0\n"
                                   "v07;2025-05-06T14:12:03;/;0\n"
                                   "v07;2025-05-06T14:13:29;/produkte/kaffeemuehle;0\n"
                                   "v07;2025-05-06T14:18:51;/warenkorb;0\n"
                                   "v08;2025-05-06T23:58:10;/angebote;0\n"
                                   "v08;2025-05-07T00:03:22;/produkte/kaffeemuehle;0\n"
                                   "v08;2025-05-07T00:09:47;/kasse/danke;1\n";

std::vector<ExampleCase> build_cases() {
    // One entry a case, its fields in ExampleCase's order (example_cases.h): id, title,
    // subtitle, story, what to look at, lesson, file name, table, role overrides, KPI
    // cards, illustrative.
    return {
        ExampleCase{
            "starbucks",
            {"My Starbucks Idea", "My Starbucks Idea"},
            {"Starbucks' ideas platform, 2008–2017", "Die Ideenplattform von Starbucks, "
                                                     "2008–2017"},
            {"In 2008 Starbucks opened a website where customers could propose new products and "
             "changes, discuss them and vote on each other's suggestions. At its fifth birthday "
             "the company counted more than 150,000 submitted ideas, 277 of them put into "
             "practice, and about 2 million votes. In 2017 the site was rebuilt as a plain contact "
             "form: the public discussion and the voting were gone. Starbucks gave no reasons; "
             "many joke ideas and waves of outrage inside the community are the likely ones.",
             "2008 eröffnete Starbucks eine Website, auf der Kundinnen und Kunden neue Produkte "
             "und Verbesserungen vorschlagen, darüber diskutieren und über die Vorschläge "
             "anderer "
             "abstimmen konnten. Zum fünften Geburtstag zählte das Unternehmen über 150.000 "
             "eingereichte Ideen, davon 277 umgesetzt, und rund 2 Millionen Stimmen. 2017 wurde "
             "die Seite zu einem schlichten Kontaktformular umgebaut: Die öffentliche Diskussion "
             "und die Abstimmungen verschwanden. Gründe nannte Starbucks nicht; wahrscheinlich "
             "gaben viele nicht ernst gemeinte Ideen und Empörungswellen in der Community den "
             "Ausschlag."},
            {{"The calculator reads the platform as a funnel: a submitted idea counts as a visit, "
              "an implemented one as a conversion. Its conversion rate is the implementation rate, "
              "a transaction KPI.",
              "Der Rechner liest die Plattform als Trichter: Eine eingereichte Idee zählt als "
              "Besuch, eine umgesetzte als Conversion. Seine Konversionsrate ist die "
              "Umsetzungsquote, eine Transaktions-Kennzahl."},
             {"Votes per idea is an interaction figure: how much the community engaged with the "
              "average idea.",
              "Stimmen pro Idee ist eine Interaktions-Kennzahl: Wie stark sich die Community mit "
              "der durchschnittlichen Idee beschäftigt hat."},
             {"Huge participation, small yield: ask the group whether 0.2 % is a failure or simply "
              "what open idea platforms look like.",
              "Riesige Beteiligung, kleine Ausbeute: Fragen Sie die Gruppe, ob 0,2 % ein "
              "Misserfolg sind oder einfach typisch für offene Ideenplattformen."}},
            {"Letting customers shape products pays off, but participation needs a frame: clear "
             "topics, rules and visible answers keep joke ideas and outrage small, without "
             "shutting the community out.",
             "Kunden an der Produktentwicklung zu beteiligen, lohnt sich – aber Beteiligung "
             "braucht einen Rahmen: Klare Themen, Regeln und sichtbare Antworten halten Spaßideen "
             "und Empörung klein, ohne die Community auszusperren."},
            "my-starbucks-idea.csv",
            starbucks_table(),
            {{"Eingereichte Ideen", Role::Visits}, {"Umgesetzte Ideen", Role::Conversions}},
            {"conversion_rate"},
            false},
        ExampleCase{
            "pril",
            {"Pril design contest", "Pril-Designwettbewerb"},
            {"Henkel's label contest on Facebook, 2011",
             "Henkels Etiketten-Wettbewerb auf Facebook, 2011"},
            {"In 2011 Henkel asked Facebook users to design a new label for its Pril washing-up "
             "liquid and to vote for the best designs. More than 50,000 designs came in – an "
             "enormous response. Then the mood turned: users suspected the voting was manipulated, "
             "a Pril jury chose the winners instead of the public vote (the crowd's favourites had "
             "about ten times as many votes), and critical comments were deleted instead of "
             "answered. The contest became a textbook PR disaster.",
             "2011 bat Henkel Facebook-Nutzer, ein neues Etikett für das Spülmittel Pril zu "
             "gestalten und über die besten Entwürfe abzustimmen. Über 50.000 Entwürfe gingen "
             "ein "
             "– eine enorme Resonanz. Dann kippte die Stimmung: Nutzer vermuteten Manipulation "
             "bei "
             "der Abstimmung, eine Pril-Jury bestimmte die Gewinner statt des Publikumsvotums (die "
             "Favoriten der Teilnehmer hatten rund zehnmal so viele Stimmen), und kritische "
             "Kommentare wurden gelöscht statt beantwortet. Der Wettbewerb wurde zum "
             "Lehrbuchbeispiel für ein PR-Debakel."},
            {{"The weekly figures are made up for the exercise; only the 50,000 designs are real.",
              "Die Wochenzahlen sind für die Übung ausgedacht; echt sind nur die 50.000 "
              "Entwürfe."},
             {"The engagement rate is far above 8 % and rated high – yet after the jury decision "
              "most comments were angry. A rate counts interactions; it cannot tell praise from "
              "protest.",
              "Die Engagement-Rate liegt weit über 8 % und gilt als hoch – doch nach dem "
              "Jury-Entscheid waren die meisten Kommentare verärgert. Eine Rate zählt "
              "Interaktionen; Lob und Protest unterscheidet sie nicht."},
             {"Compare the weeks in the table: from week 4 comments outnumber likes, and the "
              "deleted ones pile up. That is the moment to answer, not to delete.",
              "Vergleichen Sie die Wochen in der Tabelle: Ab Woche 4 gibt es mehr Kommentare als "
              "Likes, und die gelöschten häufen sich. Genau dann ist Antworten gefragt, nicht "
              "Löschen."}},
            {"Watch a running campaign closely, keep the conversation open when it turns critical, "
             "and respect what participants contribute: if you ask for votes, honour them – or "
             "say "
             "the rules before the vote starts.",
             "Laufende Kampagnen genau beobachten, den Dialog auch bei Kritik offen halten und "
             "respektieren, was die Teilnehmenden beitragen: Wer zur Abstimmung aufruft, muss das "
             "Ergebnis achten – oder die Regeln vorher nennen."},
            "pril-wettbewerb-uebung.csv",
            pril_table,
            {},
            {"engagement_rate"},
            true},
        ExampleCase{
            "instagram",
            {"A small Instagram account", "Ein kleiner Instagram-Account"},
            {"A local bakery: six posts, under 1,000 followers",
             "Eine Bäckerei vor Ort: sechs Beiträge, unter 1.000 Follower"},
            {"A neighbourhood bakery posts once a week. Its export is German: semicolons between "
             "fields, a point for thousands and a comma for decimals (the average view time in "
             "seconds). The numbers are made up, the shape is real.",
             "Eine Bäckerei im Viertel postet einmal pro Woche. Ihr Export ist deutsch: "
             "Semikolons "
             "zwischen den Feldern, ein Punkt für Tausender und ein Komma für Dezimalstellen "
             "(die "
             "durchschnittliche Wiedergabezeit in Sekunden). Die Zahlen sind ausgedacht, die Form "
             "ist echt."},
            {{"The engagement rate is the mean of six per-post rates, each post divided by that "
              "week's followers.",
              "Die Engagement-Rate ist der Mittelwert von sechs Raten je Beitrag, jeder geteilt "
              "durch die Follower der jeweiligen Woche."},
             {"The article's rule of thumb rates it high (above 8 %). Small accounts usually earn "
              "more interactions per follower: HypeAuditor (2018) measured an average of 10.58 % "
              "for accounts under 1,000 followers. A benchmark must fit the account's size.",
              "Nach der Faustregel des Artikels ist sie hoch (über 8 %). Kleine Accounts bekommen "
              "meist mehr Interaktionen pro Follower: HypeAuditor (2018) maß im Schnitt 10,58 % "
              "für Accounts unter 1.000 Followern. Ein Richtwert muss zur Größe des Accounts "
              "passen."},
             {"The giveaway post lifts the average: its comments are entries, not conversation.",
              "Der Gewinnspiel-Beitrag hebt den Schnitt: Seine Kommentare sind Teilnahmen, keine "
              "Gespräche."},
             {"Engagement by reach divides by the people who saw a post and is lower here. Always "
              "say which denominator you used.",
              "Die Engagement-Rate nach Reichweite teilt durch die Menschen, die einen Beitrag "
              "gesehen haben, und fällt hier niedriger aus. Nennen Sie immer den Nenner."}},
            {"A rate is only good or bad against a fitting benchmark: account size, campaigns such "
             "as giveaways and the denominator all change the picture.",
             "Eine Rate ist nur im Vergleich mit einem passenden Richtwert gut oder schlecht: "
             "Accountgröße, Aktionen wie Gewinnspiele und der Nenner verändern das Bild."},
            "baeckerei-instagram.csv",
            instagram_table,
            {},
            {"engagement_rate", "engagement_rate_by_reach"},
            true},
        ExampleCase{
            "seminar_nps",
            {"Seminar feedback (NPS)", "Seminar-Feedback (NPS)"},
            {"16 participants answer the recommendation question",
             "16 Teilnehmende beantworten die Weiterempfehlungsfrage"},
            {"At the end of a one-day seminar every participant answered one question from 0 to 10 "
             "– how likely they are to recommend the seminar – and could add a comment.",
             "Am Ende eines eintägigen Seminars beantworteten alle Teilnehmenden eine Frage von 0 "
             "bis 10 – wie wahrscheinlich sie das Seminar weiterempfehlen – und konnten einen "
             "Kommentar ergänzen."},
            {{"9 and 10 are promoters, 0 to 6 detractors. 7 and 8 are passives: they count in the "
              "total but in neither group.",
              "9 und 10 sind Promotoren, 0 bis 6 Kritiker. 7 und 8 sind Passive: Sie zählen zur "
              "Gesamtzahl, aber zu keiner der beiden Gruppen."},
             {"NPS = % promoters − % detractors: a score from −100 to +100, neither a "
              "percentage "
              "nor the mean answer.",
              "NPS = % Promotoren − % Kritiker: ein Wert von −100 bis +100, weder ein "
              "Prozentsatz "
              "noch die mittlere Antwort."},
             {"With 16 answers the 95 % interval is wide: a single additional critic moves the "
              "score by several points.",
              "Bei 16 Antworten ist das 95-%-Intervall breit: Ein einziger weiterer Kritiker "
              "verschiebt den Wert um mehrere Punkte."},
             {"Read what the detractors wrote: pace, room and examples are things to change.",
              "Lesen Sie, was die Kritiker geschrieben haben: Tempo, Raum und Beispiele lassen "
              "sich ändern."}},
            {"One question gives a quick score that can be compared over time; the comments say "
             "why.",
             "Eine Frage liefert einen schnellen Wert, der sich über die Zeit vergleichen lässt; "
             "die Kommentare sagen, warum."},
            "seminar-feedback.csv",
            seminar_nps_table,
            {},
            {"nps"},
            true},
        ExampleCase{
            "shop_log",
            {"A web-shop log", "Ein Webshop-Protokoll"},
            {"21 page views of 8 visitors in one day",
             "21 Seitenaufrufe von 8 Besuchern an einem Tag"},
            {"A small coffee shop exports its page views: a pseudonymous visitor id, the time, the "
             "page, and whether the view completed an order. EngageLens rebuilds the visits from "
             "it.",
             "Ein kleiner Kaffee-Shop exportiert seine Seitenaufrufe: eine pseudonyme Besucher-ID, "
             "die Uhrzeit, die Seite und ob der Aufruf eine Bestellung abschloss. EngageLens baut "
             "daraus die Besuche wieder auf."},
            {{"A visit ends after 30 minutes without a page view: v03 comes back after 43 minutes "
              "and so has two visits.",
              "Ein Besuch endet nach 30 Minuten ohne Seitenaufruf: v03 kommt nach 43 Minuten "
              "zurück und hat daher zwei Besuche."},
             {"v08 shops across midnight and still has one visit: sessions do not restart at "
              "midnight.",
              "v08 kauft über Mitternacht ein und hat trotzdem nur einen Besuch: Sitzungen "
              "beginnen um Mitternacht nicht neu."},
             {"Bounce rate = visits with one page / all visits. Time on site runs from the first "
              "to the last page view: the time spent on the last page is never logged.",
              "Absprungrate = Besuche mit einer Seite / alle Besuche. Die Verweildauer reicht vom "
              "ersten bis zum letzten Aufruf: Die Zeit auf der letzten Seite wird nie erfasst."},
             {"Conversion rate per visit and per visitor differ: the same orders, divided by "
              "visits or by people.",
              "Konversionsrate pro Besuch und pro Besucher unterscheiden sich: dieselben "
              "Bestellungen, geteilt durch Besuche oder durch Personen."}},
            {"Raw logs hide decisions – where a visit ends, how the last page is timed. Say how "
             "you counted, and compare only figures counted the same way.",
             "Rohdaten verbergen Entscheidungen – wo ein Besuch endet, wie die letzte Seite "
             "zählt. "
             "Sagen Sie, wie Sie gezählt haben, und vergleichen Sie nur gleich gezählte Werte."},
            "kaffeeshop-seitenaufrufe.csv",
            shop_log_table,
            {},
            {"sessions", "bounce_rate", "time_on_site", "conversion_rate",
             "conversion_rate_per_visitor"},
            true},
    };
}

} // namespace

const std::vector<ExampleCase>& example_cases() {
    static const std::vector<ExampleCase> cases = build_cases();
    return cases;
}

Kpis case_figures(const ExampleCase& example) {
    if (std::string(example.id) != "starbucks")
        return {};
    return {implementation_rate(starbucks.ideas_submitted, starbucks.ideas_implemented),
            votes_per_idea(starbucks.votes, starbucks.ideas_submitted)};
}

void load_example_case(AppState& app, const ExampleCase& example) {
    load_text(app, example.table, example.file_name);
    if (example.role_overrides.empty())
        return;
    app.options.role_overrides = example.role_overrides;
    reanalyze(app);
}

bool example_case_loaded(const AppState& app, const ExampleCase& example) {
    return app.has_input && app.source_name == example.file_name &&
           app.source_bytes == example.table;
}

} // namespace engage::app
