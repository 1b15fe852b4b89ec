#include "engine/analysis.h"
#include "shared_data.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

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
        if (problem["row"] == 3 && problem["column"] == "Impressionen" &&
            problem["severity"] == "warning") {
            found_text = true;
            CHECK(problem["message"].get<std::string>().find("„viele“") != std::string::npos);
        }
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

TEST_CASE("engage table prints cells as in the file", "[analysis]") {
    Table table;
    table.header = {"a", "b"};
    table.rows = {{"1", "x\"y"}};
    const Json json = Json::parse(table_to_json(table));
    CHECK(json[0]["b"] == "x\"y");
}
