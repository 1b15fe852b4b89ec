#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "engine/analysis.h"
#include "shared_data.h"
#include "table_rows.h"

using namespace engage;
using Json = nlohmann::json;

namespace {

Json report(std::string_view text, Language language = Language::English,
            const AnalysisOptions& options = {}) {
    const Analysis analysis = analyze(text, "test", options);
    return Json::parse(analysis_to_json(analysis, language));
}

const Json* kpi(const Json& json, const std::string& id) {
    for (const Json& item : json["kpis"])
        if (item["id"] == id)
            return &item;
    return nullptr;
}

} // namespace

TEST_CASE("the done-when example: a German table pasted", "[analysis]") {
    const Json json = report("Follower;Likes;Kommentare\n5.000;200;50\n", Language::German);
    const Json* er = kpi(json, "engagement_rate");
    REQUIRE(er);
    CHECK((*er)["value"].get<double>() == Approx(5.0));
    CHECK((*er)["display"] == "5,0 %");
    CHECK((*er)["rating"] == "good");
    CHECK((*er)["rating_label"] == "gut");
    CHECK((*er)["formula"] == "(200 + 50) / 5.000 × 100 = 5,0 %");
    CHECK((*er)["dimension"] == "interaction");
    CHECK(json["input"]["delimiter"] == ";");
    CHECK(json["input"]["decimal_separator"] == ",");
    CHECK(json["input"]["columns"][0]["role"] == "followers");
    CHECK(json["problems"].empty());
}

TEST_CASE("a key/value list is one row of figures", "[analysis]") {
    SECTION("without a header") {
        const Json json = report("Follower;5000\nGefällt mir;240\nKommentare;10\n");
        CHECK(json["input"]["shape"] == "key_value");
        CHECK((*kpi(json, "engagement_rate"))["value"].get<double>() == Approx(5.0));
    }
    SECTION("with a header and German thousands") {
        const Json json = report("Kennzahl;Wert\nImpressionen;2.400\nKlicks;48\n");
        CHECK(json["input"]["shape"] == "key_value");
        CHECK((*kpi(json, "click_through_rate"))["value"].get<double>() == Approx(2.0));
    }
    SECTION("an ordinary two-column table stays a table") {
        const Json json = report("Post;Likes\nA;10\nB;20\n");
        CHECK(json["input"]["shape"] == "rows");
    }
}

TEST_CASE("English numbers and the article's CTR example", "[analysis]") {
    const Json json = report("Impressions,Clicks\n\"1,000\",17\n");
    CHECK(json["input"]["delimiter"] == ",");
    CHECK((*kpi(json, "click_through_rate"))["value"].get<double>() == Approx(1.7));
    CHECK((*kpi(json, "click_through_rate"))["rating"].is_null());
    CHECK_FALSE((*kpi(json, "click_through_rate"))["rating_note"].is_null());
}

TEST_CASE("role overrides", "[analysis]") {
    AnalysisOptions options;
    options.role_overrides["Fans"] = Role::Followers;
    options.role_overrides["Likes"] = Role::None;
    const Json json = report("Fans;Likes;Kommentare\n1000;99;50\n", Language::English, options);
    CHECK(json["input"]["columns"][0]["role"] == "followers");
    CHECK(json["input"]["columns"][0]["overridden"] == true);
    CHECK(json["input"]["columns"][1]["role"] == "none");
    CHECK((*kpi(json, "engagement_rate"))["value"].get<double>() == Approx(5.0));
}

TEST_CASE("bad cells are problems with row and column, never silently dropped", "[analysis]") {
    const Json json =
        report("Impressionen;Klicks\n1.000;10\nviele;5\n2.000;abc\n", Language::German);
    REQUIRE(json["problems"].size() >= 2);
    bool found_text = false;
    for (const Json& problem : json["problems"]) {
        // Row 3 also starts the grouped "no number in column" problem; the cell's own names it.
        if (problem["row"] == 3 && problem["column"] == "Impressionen" &&
            problem["severity"] == "warning" &&
            problem["message"].get<std::string>().find("„viele“") != std::string::npos)
            found_text = true;
    }
    CHECK(found_text);
    CHECK(json["input"]["skipped_rows"] == 2);
    CHECK((*kpi(json, "click_through_rate"))["value"].get<double>() == Approx(1.0));
}

TEST_CASE("input that is not a table is refused with a message", "[analysis]") {
    const Analysis empty = analyze("", "empty.csv", {});
    CHECK_FALSE(empty.readable);
    CHECK_FALSE(empty.error.de.empty());
    const Analysis xlsx = analyze(std::string("PK\x03\x04rest", 8), "book.xlsx", {});
    CHECK_FALSE(xlsx.readable);
    CHECK(xlsx.error.en.find("Excel") != std::string::npos);
}

TEST_CASE("no input crashes the analysis", "[analysis]") {
    const char* inputs[] = {"\"",
                            ";;;\n;;;",
                            "a\n\"b",
                            "\xFF",
                            "1;2\n3",
                            ",\n,\n,",
                            "Follower;Likes\n0;0\n",
                            "Follower\n-\n",
                            "\t\t\n\r\r"};
    for (const char* input : inputs) {
        INFO(input);
        const Analysis analysis = analyze(input, "x", {});
        CHECK_NOTHROW(analysis_to_json(analysis, Language::German));
    }
}

TEST_CASE("real exports give the figures computed by hand", "[analysis][shared-data]") {
    SECTION("Google Forms survey: NPS -35.9") {
        ENGAGE_REQUIRE_SHARED_FILE(bytes,
                                   "nps/preppin-data-2019w-sudzilla-nps-survey-google-forms.csv");
        const Json json = report(bytes);
        const Json* nps = kpi(json, "nps");
        REQUIRE(nps);
        CHECK((*nps)["value"].get<double>() == Approx(100.0 * (8 - 22) / 39.0));
        CHECK((*nps)["details"]["promoters"] == 8);
        CHECK((*nps)["details"]["detractors"] == 22);
    }
    SECTION("Facebook Ads: CTR 0.0179 %") {
        ENGAGE_REQUIRE_SHARED_FILE(bytes, "ads/facebook-ads-KAG_conversion_data.csv");
        const Json json = report(bytes);
        CHECK(json["input"]["encoding"] == "UTF-8 (BOM)");
        CHECK((*kpi(json, "click_through_rate"))["value"].get<double>() ==
              Approx(0.0179).margin(0.00005));
    }
    SECTION("Matomo VisitsSummary (German, UTF-16LE): bounce rate 100 %") {
        ENGAGE_REQUIRE_SHARED_FILE(bytes,
                                   "web-analytics/matomo-export-de-VisitsSummary-utf16le.csv");
        const Json json = report(bytes);
        CHECK(json["input"]["encoding"] == "UTF-16LE (BOM)");
        CHECK((*kpi(json, "bounce_rate"))["value"].get<double>() == Approx(100.0));
    }
}

TEST_CASE("regression: Matomo rows with is_aggregate = 1 are not counted twice", "[analysis]") {
    // A flattened Matomo report with aggregate rows: each group's row sums the rows under it.
    const char* text = "Label,Visits,Impressions,Metadata: is_aggregate\n"
                       "Banner,9,30,1\n"
                       "Banner - top,4,10,0\n"
                       "Banner - side,5,20,0\n"
                       "Video,7,40,1\n"
                       "Video - intro,7,40,0\n";
    const Json json = report(text);
    CHECK((*kpi(json, "impressions"))["value"].get<double>() == Approx(70.0));
    CHECK(json["input"]["aggregate_rows"] == 2);
    CHECK(json["input"]["totals_rows"] == 0);
    int said = 0;
    for (const Json& problem : json["problems"])
        if (problem["message"].get<std::string>().find("is_aggregate = 1") != std::string::npos) {
            CHECK((problem["row"] == 2 || problem["row"] == 5));
            CHECK(problem["severity"] == "info");
            ++said;
        }
    CHECK(said == 2);

    SECTION("the German header of Matomo's German export") {
        std::string german = text;
        german.replace(german.find("Metadata"), 8, "Metadaten");
        CHECK(report(german)["input"]["aggregate_rows"] == 2);
    }
    SECTION("the real Contents export (German, UTF-16LE)") {
        ENGAGE_REQUIRE_SHARED_FILE(bytes, "web-analytics/matomo-export-de-Contents-utf16le.csv");
        const Json contents = report(bytes);
        // 3 aggregate rows (ImageAd 8, Text Ad 6, Video Ad 4); the 6 others hold 2+2+2+2+2+4.
        CHECK(contents["input"]["aggregate_rows"] == 3);
        CHECK((*kpi(contents, "impressions"))["value"].get<double>() == Approx(16.0));
    }
}

TEST_CASE("engage table prints cells as in the file", "[analysis]") {
    Table table;
    table.header = {"a", "b"};
    testing::add_rows(table, {{"1", "x\"y"}});
    const Json json = Json::parse(table_to_json(table));
    CHECK(json[0]["b"] == "x\"y");
}

namespace {

// Google Analytics (Universal Analytics) exports as the tool writes them, in three UI languages:
// a comment block, the main table with a totals row, a blank line, a second daily table.
const char* ga_english =
    "# ----------------------------------------\n"
    "# All Web Site Data\n"
    "# Channels\n"
    "# 20240101-20240131\n"
    "# ----------------------------------------\n"
    "\n"
    "Default Channel Grouping,Users,New Users,Sessions,Bounce Rate,Pages / Session,"
    "Avg. Session Duration,Goal Conversion Rate,Goal Completions,Goal Value\n"
    "Organic Search,\"1,200\",\"1,100\",\"1,500\",40.00%,2.50,00:02:00,2.00%,30,$0.00\n"
    "Direct,400,380,500,60.00%,1.80,00:01:00,1.00%,5,$0.00\n"
    ",\"1,600\",\"1,480\",\"2,000\",45.00%,2.33,00:01:45,1.75%,35,$0.00\n"
    "\n"
    "# ----------------------------------------\n"
    "\n"
    "Day Index,Sessions\n"
    "1/1/24,60\n"
    "1/2/24,70\n";

const char* ga_german =
    "# ----------------------------------------\n"
    "# Alle Websitedaten\n"
    "# Channels\n"
    "# 20240101-20240131\n"
    "# ----------------------------------------\n"
    "\n"
    "Standard-Channelgruppierung,Nutzer,Neue Nutzer,Sitzungen,Absprungrate,Seiten/Sitzung,"
    "Durchschnittl. Sitzungsdauer,Zielvorhaben-Conversion-Rate,Abschlüsse für Zielvorhaben\n"
    "Organic Search,\"1.200\",\"1.100\",\"1.500\",\"40,00 %\",\"2,50\",00:02:00,\"2,00 %\",30\n"
    "Direct,400,380,500,\"60,00 %\",\"1,80\",00:01:00,\"1,00 %\",5\n"
    ",\"1.600\",\"1.480\",\"2.000\",\"45,00 %\",\"2,33\",00:01:45,\"1,75 %\",35\n";

const char* ga_dutch =
    "# ----------------------------------------\n"
    "# Alle websitegegevens\n"
    "# ----------------------------------------\n"
    "\n"
    "Standaardkanaalgroepering,Gebruikers,Sessies,Bouncepercentage,Gem. sessieduur\n"
    "Organic Search,\"1.200\",\"1.500\",\"40,00%\",00:02:00\n"
    "Direct,400,500,\"60,00%\",00:01:00\n"
    "Totaal,\"1.600\",\"2.000\",\"45,00%\",00:01:45\n";

} // namespace

TEST_CASE("Google Analytics exports in English, German and Dutch", "[analysis]") {
    // Bounce rate weighted by sessions: (40 % x 1500 + 60 % x 500) / 2000 = 45 %, not the
    // mean of 40 % and 60 %; the totals row is not counted again.
    for (const char* text : {ga_english, ga_german, ga_dutch}) {
        const Json json = report(text);
        INFO(std::string(text).substr(0, 200));
        CHECK(json["input"]["comment_rows"].get<long>() >= 3);
        CHECK(json["input"]["totals_rows"] == 1);
        CHECK(json["input"]["row_count"] == 3);
        CHECK((*kpi(json, "bounce_rate"))["value"].get<double>() == Approx(45.0));
        // (120 s x 1500 + 60 s x 500) / 2000 = 105 s
        CHECK((*kpi(json, "time_on_site"))["value"].get<double>() == Approx(105.0));
    }
    const Json english = report(ga_english);
    CHECK(english["input"]["tables"].size() == 2);
    CHECK((*kpi(english, "conversion_rate"))["value"].get<double>() == Approx(35.0 / 2000 * 100));
    CHECK(report(ga_german)["input"]["decimal_separator"] == ",");
}

TEST_CASE("several tables in one file: listed, the first read, any one selectable", "[analysis]") {
    const std::string text = "Visits Summary\nnb_visits\tbounce_rate\n11\t27%\n\n"
                             "Country\nlabel\tnb_visits\tbounce_rate\nFrance\t3\t100%\n"
                             "Germany\t1\t0%\n";
    const Json first = report(text);
    REQUIRE(first["input"]["tables"].size() == 2);
    CHECK(first["input"]["tables"][0]["title"] == "Visits Summary");
    CHECK(first["input"]["tables"][1]["title"] == "Country");
    CHECK(first["input"]["table_index"] == 0);
    CHECK((*kpi(first, "bounce_rate"))["value"].get<double>() == Approx(27.0));

    AnalysisOptions second;
    second.table_index = 1;
    const Json json = report(text, Language::English, second);
    CHECK(json["input"]["table_index"] == 1);
    CHECK((*kpi(json, "bounce_rate"))["value"].get<double>() == Approx(75.0));
}

TEST_CASE("rate columns hold percents or ratios and are shown as percent", "[analysis]") {
    const Json ratios = report("Sessions,Bounce Rate\n100,0.2\n300,0.6\n");
    CHECK(ratios["input"]["columns"][1]["scale"] == "ratio");
    CHECK((*kpi(ratios, "bounce_rate"))["value"].get<double>() == Approx(50.0));
    const Json percents = report("Sessions;Absprungrate\n100;20 %\n300;60 %\n");
    CHECK((*kpi(percents, "bounce_rate"))["value"].get<double>() == Approx(50.0));
}

TEST_CASE("a yes/no column makes each row one session", "[analysis]") {
    const Json json = report("Session;Converted\na;TRUE\nb;FALSE\nc;false\nd;ja\n");
    CHECK((*kpi(json, "conversion_rate"))["value"].get<double>() == Approx(50.0));
    const Json money = report("Page;Revenue\nA;$0\nB;$10\n");
    CHECK(kpi(money, "conversion_rate") == nullptr);
}

TEST_CASE("duplicate, empty and unnamed columns are reported", "[analysis]") {
    const Json json = report("Likes;Likes;;Follower\n1;2;;100\n");
    bool duplicate = false;
    bool unnamed = false;
    for (const Json& problem : json["problems"]) {
        const std::string message = problem["message"];
        duplicate = duplicate || message.find("appears in columns 1 and 2") != std::string::npos;
        unnamed = unnamed || message.find("has no name") != std::string::npos;
    }
    CHECK(duplicate);
    CHECK(unnamed);
}

TEST_CASE("ambiguous day and month are reported", "[analysis]") {
    const Json json = report("Date,Sessions\n11/1/2019,5\n11/2/2019,6\n");
    CHECK(json["input"]["columns"][0]["date_order"] == "m/d/y");
    bool reported = false;
    for (const Json& problem : json["problems"])
        reported = reported || problem["message"].get<std::string>().find("Day and month") == 0;
    CHECK(reported);
}

TEST_CASE("streaming gives the same analysis as reading at once", "[analysis]") {
    std::string text = "Datum;Follower;Gefällt mir;Kommentare;Impressionen;Klicks\n";
    for (int i = 0; i < 3000; ++i)
        text += std::to_string(i % 28 + 1) + ".01.2024;5.000;" + std::to_string(i % 300) + ";" +
                std::to_string(i % 7) + ";2.000;" + (i % 97 == 0 ? "x" : std::to_string(i % 50)) +
                "\r\n";
    const std::string whole = analysis_to_json(analyze(text, "t", {}), Language::German);
    for (const std::size_t chunk : {1UL, 7UL, 4096UL, 65537UL}) {
        Analyzer analyzer("t", {});
        for (std::size_t at = 0; at < text.size(); at += chunk)
            analyzer.feed(std::string_view(text).substr(at, chunk));
        INFO("chunk " << chunk);
        CHECK(analysis_to_json(analyzer.finish(), Language::German) == whole);
    }
}

TEST_CASE("the table view keeps what fits and says so; the KPIs use every row", "[analysis]") {
    std::string text = "Impressions,Clicks\n";
    for (int i = 0; i < 500; ++i)
        text += "100,1\n";
    AnalysisOptions options;
    options.max_table_rows = 50;
    options.max_problems = 10;
    const Analysis analysis = analyze(text + "x,y\nz,w\nv,u\n", "t", options);
    CHECK(analysis.table.row_count() == 50);
    CHECK(analysis.input.row_count == 503);
    CHECK(analysis.input.rows_kept == 50);
    CHECK(analysis.input.skipped_rows == 3);
    const Json json = Json::parse(analysis_to_json(analysis, Language::English));
    CHECK((*kpi(json, "click_through_rate"))["value"].get<double>() == Approx(1.0));
}

TEST_CASE("regression: a UTF-16 file split at an odd byte decodes whole", "[analysis]") {
    std::string bytes = "\xFF\xFE";
    for (const char16_t unit : std::u16string(u"Besuche,Absprünge\n4,1\n")) {
        bytes += static_cast<char>(unit & 0xFF);
        bytes += static_cast<char>(unit >> 8);
    }
    Analyzer analyzer("t", {});
    for (std::size_t i = 0; i < bytes.size(); i += 3)
        analyzer.feed(std::string_view(bytes).substr(i, 3));
    const Analysis analysis = analyzer.finish();
    REQUIRE(analysis.readable);
    CHECK(analysis.input.encoding == "UTF-16LE (BOM)");
    CHECK(analysis.table.header[1] == "Absprünge");
    CHECK(analysis.kpis.at(0).value == Approx(25.0));
}

TEST_CASE("UCI online shoppers: Revenue is the conversion flag", "[analysis][shared-data]") {
    ENGAGE_REQUIRE_SHARED_FILE(bytes, "web-analytics/uci-online-shoppers-intention-sessions.csv");
    const Json json = report(bytes);
    CHECK((*kpi(json, "conversion_rate"))["value"].get<double>() ==
          Approx(1908.0 / 12330.0 * 100.0));
}

TEST_CASE("NPS carries its interval, and 1-5 answers are refused, not bucketed", "[analysis]") {
    std::string survey = "Wie wahrscheinlich würden Sie uns weiterempfehlen?\n";
    for (int i = 0; i < 250; ++i)
        survey += "10\n";
    for (int i = 0; i < 675; ++i)
        survey += "8\n";
    for (int i = 0; i < 75; ++i)
        survey += "0\n";
    const Json json = report(survey);
    const Json& nps = *kpi(json, "nps");
    CHECK(nps["value"].get<double>() == Approx(17.5));
    CHECK(nps["ci95"][0].get<double>() == Approx(14.14).margin(0.01));
    CHECK(nps["ci95"][1].get<double>() == Approx(20.86).margin(0.01));

    const Json five = report("Empfehlung\n1\n2\n5\n4\n3\n");
    CHECK((*kpi(five, "nps"))["value"].is_null());
    CHECK((*kpi(five, "nps"))["reason"].get<std::string>().find("1–5") != std::string::npos);

    AnalysisOptions stated;
    stated.nps_assume_zero_to_ten = true;
    const Json accepted = report("Empfehlung\n1\n2\n5\n4\n3\n", Language::English, stated);
    CHECK((*kpi(accepted, "nps"))["value"].get<double>() == Approx(-100.0));
}

TEST_CASE("rates of counts carry a Wilson interval", "[analysis]") {
    const Json json = report("Impressions,Clicks\n1000,17\n");
    const Json& ctr = *kpi(json, "click_through_rate");
    REQUIRE(ctr["ci95"].size() == 2);
    CHECK(ctr["ci95"][0].get<double>() < 1.7);
    CHECK(ctr["ci95"][1].get<double>() > 1.7);
}

TEST_CASE("a hit table is sessionised, with no reset at midnight", "[analysis]") {
    const Json json = report("visitor;timestamp;page\n"
                             "a;2024-05-17T10:00:00;/\n"
                             "a;2024-05-17T10:00:30;/shop\n"
                             "b;2024-05-17T10:05:00;/\n"
                             "b;2024-05-17T23:50:00;/\n"
                             "b;2024-05-18T00:10:00;/x\n");
    CHECK(json["input"]["shape"] == "hit_table");
    CHECK((*kpi(json, "sessions"))["value"].get<double>() == Approx(3));
    CHECK((*kpi(json, "bounce_rate"))["value"].get<double>() == Approx(100.0 / 3));
}

TEST_CASE("an access log is routed to sessions", "[analysis][shared-data]") {
    ENGAGE_REQUIRE_SHARED_FILE(
        bytes, "clickstream/apache-combined-access-log-semicomplete-2015-first8000.log");
    const Json json = report(bytes);
    CHECK(json["input"]["shape"] == "access_log");
    CHECK(json["input"]["sessions"]["lines"] == 8000);
    CHECK(json["input"]["sessions"]["bots"].get<long>() > 0);
    CHECK(json["input"]["sessions"]["assets"].get<long>() > 0);
    const double sessions = (*kpi(json, "sessions"))["value"].get<double>();
    const double pages = (*kpi(json, "pages_per_session"))["value"].get<double>();
    CHECK(sessions > 0);
    CHECK(pages >= 1.0);
}

// ---- Regressions from a newcomer's attempt to break the import ---------------------------------

TEST_CASE("regression: durations are not counts, abbreviated counts are", "[analysis]") {
    const Json json = report("Follower,Likes\n1.2M,100\n5000,250\n10s,50\n");
    // 100 / 1,200,000 and 250 / 5,000; "10s" is not ten followers.
    CHECK((*kpi(json, "engagement_rate"))["value"].get<double>() ==
          Approx((100.0 / 1.2e6 + 250.0 / 5000.0) * 100.0 / 2.0));
    bool duration = false;
    for (const Json& problem : json["problems"])
        duration = duration || problem["message"].get<std::string>().find("is a duration") !=
                                   std::string::npos;
    CHECK(duration);
    CHECK((*kpi(report("Follower;Likes\n3K;30\n1,5 Mio.;150\n"), "engagement_rate"))["value"]
              .get<double>() == Approx(1.0 * 0.5 + 0.01 * 0.5));
}

TEST_CASE("regression: huge numbers never make inf, negative counts are refused", "[analysis]") {
    const Json huge = report("Follower;Likes;Kommentare\n1e308;1e308;1e308\n");
    const std::string dump = huge.dump();
    CHECK(dump.find("inf") == std::string::npos);
    CHECK((*kpi(huge, "engagement_rate"))["value"].is_null());
    CHECK(huge["input"]["skipped_rows"] == 1);

    const Json negative = report("Follower,Likes,Comments\n5000,-240,12\n5000,100,5\n");
    bool refused = false;
    for (const Json& problem : negative["problems"])
        refused = refused || (problem["row"] == 2 && problem["column"] == "Likes" &&
                              problem["message"].get<std::string>().find("negative") !=
                                  std::string::npos);
    CHECK(refused);
}

TEST_CASE("regression: rates outside 0-100 % are left out with a problem", "[analysis]") {
    const Json json = report("Visits,Bounce Rate\n100,150%\n100,-5%\n100,40%\n");
    CHECK((*kpi(json, "bounce_rate"))["value"].get<double>() == Approx(40.0));
    CHECK(json["input"]["skipped_rows"] == 2);
}

TEST_CASE("regression: a 50 MB cell is not copied into its problem", "[analysis]") {
    const std::string cell(200000, '7');
    const Json json = report("Follower,Likes\n5000,x" + cell + "\n");
    for (const Json& problem : json["problems"])
        CHECK(problem["message"].get<std::string>().size() < 400);
}

TEST_CASE("regression: a comma in a one-column survey's question is no delimiter",
          "[analysis]") {
    std::string survey = "Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen?\n";
    for (int i = 0; i < 20; ++i)
        survey += std::to_string(i % 5 + 1) + "\n";
    const Json json = report(survey);
    CHECK(json["input"]["delimiter"] == "none");
    CHECK(json["input"]["columns"].size() == 1);
    // 1-5 answers: refused by the scale guard, not bucketed.
    CHECK((*kpi(json, "nps"))["reason"].get<std::string>().find("1–5") != std::string::npos);
}

TEST_CASE("regression: broken numbers in a count column are reported per row", "[analysis]") {
    const Json json = report("Follower;Likes\n1000;%240\n1000;24%0\n1000;50\n");
    CHECK(json["input"]["columns"][1]["role"] == "likes");
    long per_row = 0;
    for (const Json& problem : json["problems"])
        per_row += problem["column"] == "Likes" && problem["row"].get<long>() > 1;
    CHECK(per_row >= 2);
}

TEST_CASE("regression: empty results say why", "[analysis]") {
    const auto says = [](const Json& json, const char* words) {
        for (const Json& problem : json["problems"])
            if (problem["message"].get<std::string>().find(words) != std::string::npos)
                return true;
        return false;
    };
    CHECK(says(report("Follower;Likes\n"), "no data rows"));
    CHECK(says(report("Name;Stadt\nAnna;Köln\n"), "No column was recognised"));
    AnalysisOptions typo;
    typo.role_overrides["Nope"] = Role::Likes;
    CHECK(says(report("Follower;Likes\n1;2\n", Language::English, typo), "no column of that name"));
}

TEST_CASE("regression: recognised columns of real exports", "[analysis]") {
    CHECK(role_for_header("Total_Conversion") == Role::Conversions);
    CHECK(role_for_header("BounceRates") == Role::BounceRate);
    CHECK(role_for_header("visitDuration") == Role::Duration);
    CHECK(role_for_header("visitConverted") == Role::ConversionFlag);
}

TEST_CASE("regression: Twitter's engagements column is named as not added", "[analysis]") {
    const Json json = report("impressions,engagements,likes,replies\n1000,40,10,2\n");
    const std::string formula = (*kpi(json, "engagement_rate_by_impressions"))["formula"];
    CHECK(formula.find("\"engagements\"") != std::string::npos);
}

TEST_CASE("regression: a short row's message says 1 cell, not 1 cells", "[analysis]") {
    const auto messages = [](std::string_view text, Language language) {
        const Json json = report(text, language);
        std::string all;
        for (const Json& problem : json["problems"])
            all += problem["message"].get<std::string>() + "\n";
        return all;
    };
    const std::string text = "Likes;Clicks;Impressions\n1\n2;3;4\n";
    CHECK(messages(text, Language::English).find("This row has 1 cell, the header has 3") !=
          std::string::npos);
    CHECK(messages(text, Language::German).find("Diese Zeile hat 1 Zelle, die Kopfzeile 3") !=
          std::string::npos);
}

TEST_CASE("regression: a row with an empty date is a totals row only if it holds the sums",
          "[analysis]") {
    SECTION("other figures: counted, with a warning that its date is missing") {
        const Json json =
            report("Datum;Impressionen;Klicks\n01.02.2024;100;5\n02.02.2024;200;10\n;50;1\n");
        CHECK(json["input"]["totals_rows"] == 0);
        CHECK((*kpi(json, "impressions"))["value"].get<double>() == Approx(350.0));
        bool warned = false;
        for (const Json& problem : json["problems"])
            warned = warned || (problem["row"] == 4 && problem["column"] == "Datum" &&
                                problem["severity"] == "warning" &&
                                problem["message"].get<std::string>().find("no date") !=
                                    std::string::npos);
        CHECK(warned);
    }
    SECTION("the sums of the rows above (or since the last totals row): a totals row") {
        const Json json = report("Datum;Impressionen;Klicks\n01.02.2024;100;5\n"
                                 "02.02.2024;200;10\n;300;15\n03.02.2024;40;2\n;40;2\n");
        CHECK(json["input"]["totals_rows"] == 2);
        CHECK((*kpi(json, "impressions"))["value"].get<double>() == Approx(340.0));
    }
    SECTION("a totals word in the date column is no bad date") {
        const Json json =
            report("Datum;Impressionen;Klicks\n01.02.2024;100;5\n02.02.2024;200;10\n"
                   "Total;999;15\n");
        CHECK(json["input"]["totals_rows"] == 1);
        CHECK((*kpi(json, "impressions"))["value"].get<double>() == Approx(300.0));
        for (const Json& problem : json["problems"])
            CHECK(problem["message"].get<std::string>().find("not a date") == std::string::npos);
    }
}

TEST_CASE("regression: a date column of mixed formats says so, naming the misfit cells",
          "[analysis]") {
    // It became a label in silence, and --period then said the table has no date column.
    const Json json = report("Datum;Impressionen;Klicks\n01.02.2024;100;5\n2024-02-03;200;10\n"
                             "3/2/2024;50;1\n1706918400;10;1\nFeb 5, 2024;10;1\n");
    CHECK(json["input"]["columns"][0]["role"] == "label");
    bool found = false;
    for (const Json& problem : json["problems"]) {
        const std::string message = problem["message"].get<std::string>();
        if (problem["column"] == "Datum" && message.find("one date format") != std::string::npos) {
            found = true;
            CHECK(problem["severity"] == "warning");
            CHECK(message.find("3 cells do not fit") != std::string::npos);
            CHECK(message.find("\"01.02.2024\", \"3/2/2024\", \"Feb 5, 2024\"") !=
                  std::string::npos);
        }
    }
    CHECK(found);

    SECTION("month names are a label, not a mix of dates") {
        const Json months = report("Month;Impressions\nJanuary;100\nFebruary;200\n");
        for (const Json& problem : months["problems"])
            CHECK(problem["message"].get<std::string>().find("date format") == std::string::npos);
    }
}

namespace {

// The first problem whose message holds `text`, or nullptr.
const Json* problem_with(const Json& json, const std::string& text) {
    for (const Json& problem : json["problems"])
        if (problem["message"].get<std::string>().find(text) != std::string::npos)
            return &problem;
    return nullptr;
}

} // namespace

TEST_CASE("regression: a blank line inside a table does not drop the rows after it",
          "[analysis]") {
    SECTION("dated rows: the row after the blank line is data, not a new header") {
        const Json json = report("Date,Likes,Comments,Followers\n2024-01-01,10,1,1000\n"
                                 "2024-01-02,20,2,1000\n\n2024-01-04,30,3,1000\n");
        CHECK(json["input"]["row_count"] == 3);
        CHECK(json["input"]["tables"].size() == 1);
        const Json* blank = problem_with(json, "Row 4 is empty; the table continues after it.");
        REQUIRE(blank);
        CHECK((*blank)["row"] == 4);
        CHECK((*blank)["severity"] == "info");
        const Json german = report("Datum;Likes\n01.01.2024;10\n\n\n03.01.2024;30\n",
                                   Language::German);
        CHECK(german["input"]["row_count"] == 2);
        CHECK(problem_with(german,
                           "Die Zeilen 3 bis 4 sind leer; die Tabelle geht danach weiter."));
    }
    SECTION("one column of NPS answers: text after a blank line is a bad answer, not a header") {
        const Json json = report("NPS\n10\n11\n-1\n7,5\n\nabc\n9\n0\n");
        CHECK(json["input"]["tables"].size() == 1);
        CHECK(json["input"]["row_count"] == 7);
        CHECK(problem_with(json, "Row 6 is empty"));
        bool abc_reported = false;
        for (const Json& problem : json["problems"])
            abc_reported = abc_reported || problem["row"] == 7;
        CHECK(abc_reported);
    }
    SECTION("a blank line the streaming phase meets is reported too") {
        std::string text = "Date,Likes,Followers\n";
        for (int i = 0; i < 6000; ++i)
            text += "2024-01-01," + std::to_string(i % 97) + ",1000\n";
        text += "\n2024-02-01,5,1000\n";
        const Json json = report(text);
        CHECK(json["input"]["row_count"] == 6001);
        const Json* blank = problem_with(json, "is empty; the table continues after it.");
        REQUIRE(blank);
        CHECK((*blank)["row"] == 6002);
    }
    SECTION("a header after a blank line still starts a new table, and the file says so") {
        const Json json = report("Date,Likes,Followers\n2024-01-01,10,1000\n\n"
                                 "Country,Likes,Followers\nFrance,3,200\n");
        CHECK(json["input"]["tables"].size() == 2);
        CHECK(json["input"]["row_count"] == 1);
        CHECK(problem_with(json, "The file holds 2 tables; only table 1 was read."));

        // The last table read: nothing follows it, and still the others are named.
        AnalysisOptions last;
        last.table_index = 1;
        const Json second = report("Date,Likes,Followers\n2024-01-01,10,1000\n\n"
                                   "Country,Likes,Followers\nFrance,3,200\n",
                                   Language::English, last);
        CHECK(second["input"]["row_count"] == 1);
        CHECK(problem_with(second, "The file holds 2 tables; only table 2 was read."));
    }
}

TEST_CASE("regression: a quote inside a quoted cell that is not doubled is reported",
          "[analysis]") {
    const std::string text = "Follower,Likes,Text\n1000,10,\"he said \"hi\" ok\n";
    const Analysis analysis = analyze(text, "test", {});
    REQUIRE(analysis.table.row_count() == 1);
    CHECK(analysis.table.row(0)[2] == "he said hi\" ok");
    const Json json = report(text);
    const Json* quote = problem_with(json, "A quote inside a quoted cell is not doubled");
    REQUIRE(quote);
    CHECK((*quote)["row"] == 2);
    CHECK((*quote)["column"] == "Text");
    CHECK((*quote)["message"].get<std::string>().find("read as \"he said hi\" ok\"") !=
          std::string::npos);
    CHECK(problem_with(report(text, Language::German), "ist nicht verdoppelt"));
    CHECK_FALSE(problem_with(report("a,b\n\"x\",\"say \"\"hi\"\"\"\n"), "not doubled"));
}

TEST_CASE("regression: a header name holding another separator warns of mixed separators",
          "[analysis]") {
    const Json json = report("Follower;Likes,Kommentare\n1000;10,1\n1000;20,2\n");
    const Json* mixed = problem_with(json, "may mix separators");
    REQUIRE(mixed);
    CHECK((*mixed)["column"] == "Likes,Kommentare");
    CHECK((*mixed)["row"] == 1);
    CHECK((*mixed)["severity"] == "warning");
    CHECK(problem_with(report("Follower;Likes,Kommentare\n1000;10,1\n", Language::German),
                       "mischt womöglich Trennzeichen"));
    // A comma in prose ("Umsatz, netto") and decimal commas in the data are no such sign.
    CHECK_FALSE(problem_with(report("Follower;Umsatz, netto\n1000;10,5\n"), "mix separators"));
}

TEST_CASE("regression: a 20,000-column header is read whole, duplicates still reported",
          "[analysis]") {
    std::string header;
    std::string values;
    for (int c = 0; c < 20000; ++c) {
        header += (c ? "," : "") + std::string("Column") + std::to_string(c % 19999);
        values += (c ? "," : "") + std::to_string(c);
    }
    const Analysis analysis = analyze(header + "\n" + values + "\n", "test", {});
    REQUIRE(analysis.readable);
    CHECK(analysis.table.column_count() == 20000);
    CHECK(analysis.table.row(0)[19999] == "19999");
    const Json json = Json::parse(analysis_to_json(analysis, Language::English));
    CHECK(problem_with(json, "appears in columns 1 and 20000"));

    // The table's JSON keeps a repeated name in its first place with its last column's value.
    const Json rows = Json::parse(table_to_json(analysis.table));
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].size() == 19999);
    CHECK(rows[0]["Column0"] == "19999");
    CHECK(rows[0]["Column19998"] == "19998");
}

TEST_CASE("table_to_json writes what nlohmann's dump wrote", "[analysis]") {
    Table table;
    table.header = {"a", "b\"", "a"};
    testing::add_rows(table, {{"1", "x\ny", "3"}, {"4", "5", "6"}});
    CHECK(table_to_json(table) == "[\n  {\n    \"a\": \"3\",\n    \"b\\\"\": \"x\\ny\"\n  },\n"
                                  "  {\n    \"a\": \"6\",\n    \"b\\\"\": \"5\"\n  }\n]");
    CHECK(table_to_json(Table{}) == "[]");
}
