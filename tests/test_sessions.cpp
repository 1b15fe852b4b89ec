// Tests for sessions.h: sessionisation of hit tables and access logs, the filters, and the
// seven visit KPIs.
#include <algorithm>

#include <catch2/catch.hpp>

#include "engine/iso_time.h"
#include "engine/sessions.h"
#include "shared_data.h"
#include "table_rows.h"

using namespace engage;

namespace {

const Kpi& kpi(const Kpis& kpis, const std::string& id) {
    const auto found =
        std::find_if(kpis.begin(), kpis.end(), [&](const Kpi& k) { return k.id == id; });
    REQUIRE(found != kpis.end());
    return *found;
}

// A hit table whose columns hold distinct kinds of values: visitor ids "v…", ISO times, page
// paths "/…", event names and 0/1 conversions.
Table hit_table(const std::vector<std::vector<std::string>>& rows) {
    Table table;
    table.header = {"visitor", "time", "page", "event", "converted"};
    std::vector<long> source_rows;
    for (std::size_t i = 0; i < rows.size(); ++i)
        source_rows.push_back(static_cast<long>(i) + 2);
    testing::add_rows(table, rows, source_rows);
    return table;
}

const HitColumns hit_columns = [] {
    HitColumns columns;
    columns.visitor = 0;
    columns.timestamp = 1;
    columns.page = 2;
    columns.event = 3;
    columns.conversion = 4;
    return columns;
}();

} // namespace

TEST_CASE("Timestamps for hits", "[sessions][iso_time]") {
    CHECK(parse_timestamp("1970-01-01T00:00:00Z") == 0);
    CHECK(parse_timestamp("2015-05-17 10:05:03") == 1431857103);
    CHECK(parse_timestamp("2015-05-17T12:05:03+02:00") == 1431857103);
    CHECK(parse_timestamp("2015-05-17T10:05:03.250Z") == 1431857103);
    CHECK(parse_timestamp("1431857103") == 1431857103);
    CHECK(parse_timestamp("1431857103250") == 1431857103);
    CHECK(parse_access_log_time("17/May/2015:10:05:03 +0000") == 1431857103);
    CHECK(parse_access_log_time("17/May/2015:12:05:03 +0200") == 1431857103);
    CHECK_FALSE(parse_timestamp("2023-02-30 10:00"));
    CHECK_FALSE(parse_timestamp("17.05.2015"));
    CHECK_FALSE(parse_timestamp("12345"));
    CHECK_FALSE(parse_access_log_time("17/Mai/2015:10:05:03 +0000"));
}

TEST_CASE("Access log lines", "[sessions][access_log]") {
    SECTION("combined format") {
        const auto line = parse_access_log_line(
            R"(83.149.9.216 - - [17/May/2015:10:05:03 +0000] "GET /blog/x.html?a=1 HTTP/1.1" )"
            R"(200 203023 "http://semicomplete.com/" "Mozilla/5.0 (X11; Linux) \"q\"")");
        REQUIRE(line);
        CHECK(line->ip == "83.149.9.216");
        CHECK(line->time == 1431857103);
        CHECK(line->method == "GET");
        CHECK(line->path == "/blog/x.html?a=1");
        CHECK(line->status == 200);
        CHECK(line->referrer == "http://semicomplete.com/");
        CHECK(line->user_agent == "Mozilla/5.0 (X11; Linux) \"q\"");
    }
    SECTION("common format has no user agent") {
        const auto line = parse_access_log_line(
            R"(10.0.0.7 - frank [10/Oct/2000:13:55:36 -0700] "GET /a.html HTTP/1.0" 200 2326)");
        REQUIRE(line);
        CHECK_FALSE(line->has_user_agent);
        CHECK(line->time == parse_timestamp("2000-10-10T20:55:36Z"));
    }
    SECTION("not a log line") {
        CHECK_FALSE(parse_access_log_line("visitor,time,page"));
        CHECK_FALSE(parse_access_log_line(R"(1.2.3.4 - - [17/May/2015:10:05:03 +0000] "GET /")"));
    }
    SECTION("the detector") {
        CHECK(looks_like_access_log(
            "1.2.3.4 - - [17/May/2015:10:05:03 +0000] \"GET / HTTP/1.1\" 200 5 \"-\" \"M\"\n"
            "\n1.2.3.5 - - [17/May/2015:10:06:03 +0000] \"GET /b HTTP/1.1\" 404 5 \"-\" "
            "\"M\"\r\n"));
        CHECK_FALSE(looks_like_access_log("visitor,time,page\nv1,2024-01-01 10:00,/a\n"));
        CHECK_FALSE(looks_like_access_log(""));
    }
}

TEST_CASE("Access log filters are counted one by one", "[sessions][access_log]") {
    const std::string browser = "\"Mozilla/5.0 (Windows NT 10.0) Firefox/120.0\"";
    const std::string prefix = "5.6.7.8 - - [17/May/2015:10:0";
    const std::string log =
        prefix + "0:00 +0000] \"GET /index.html HTTP/1.1\" 200 10 \"-\" " + browser + "\n" +
        prefix + "0:05 +0000] \"GET /style.css HTTP/1.1\" 200 10 \"-\" " + browser + "\n" + prefix +
        "0:06 +0000] \"GET /img/logo.PNG?v=2 HTTP/1.1\" 200 10 \"-\" " + browser + "\n" + prefix +
        "0:07 +0000] \"GET /favicon.ico HTTP/1.1\" 200 10 \"-\" " + browser + "\n" + prefix +
        "0:08 +0000] \"GET /fonts/a.woff2 HTTP/1.1\" 200 10 \"-\" " + browser + "\n" + prefix +
        "1:00 +0000] \"GET /missing HTTP/1.1\" 404 10 \"-\" " + browser + "\n" + prefix +
        "1:10 +0000] \"GET /old HTTP/1.1\" 301 10 \"-\" " + browser + "\n" + prefix +
        "1:20 +0000] \"POST /form HTTP/1.1\" 200 10 \"-\" " + browser + "\n" + prefix +
        "1:30 +0000] \"GET /about HTTP/1.1\" 200 10 \"-\" \"Googlebot/2.1\"\n" + prefix +
        "1:40 +0000] \"GET /about HTTP/1.1\" 200 10 \"-\" \"-\"\n" + prefix +
        "1:50 +0000] \"GET /blog?flav=rss20 HTTP/1.1\" 200 10 \"-\" " + browser + "\n" +
        "this is not a log line\n" + prefix + "2:00 +0000] \"GET /about HTTP/1.1\" 200 10 \"-\" " +
        browser + "\n";

    const SessionReport report = sessions_from_access_log(log);
    CHECK(report.log.lines == 13);
    CHECK(report.log.malformed == 1);
    CHECK(report.log.bots == 2);
    CHECK(report.log.not_get == 1);
    CHECK(report.log.not_200 == 2);
    CHECK(report.log.assets == 4);
    CHECK(report.log.feeds == 1);
    CHECK(report.log.page_views == 2);
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems[0].row == 12);

    REQUIRE(report.sessions.size() == 1);
    CHECK(report.sessions[0].page_views == 2);
    CHECK(report.sessions[0].duration() == 120);
    CHECK(*kpi(report.kpis, "time_on_site").value == Approx(120.0));
    CHECK_FALSE(kpi(report.kpis, "conversion_rate").defined());

    SECTION("a conversion page makes conversions measurable") {
        SessionOptions options;
        options.conversion_pages = {"/about"};
        const SessionReport converted = sessions_from_access_log(log, options);
        CHECK(*kpi(converted.kpis, "conversion_rate").value == Approx(100.0));
    }
}

TEST_CASE("Sessions end after 30 minutes of inactivity", "[sessions][timeout]") {
    SECTION("a gap of exactly 30 min continues, one second more starts a new session") {
        const Table table = hit_table({{"v1", "2024-03-01 10:00:00", "/a", "", "0"},
                                       {"v1", "2024-03-01 10:30:00", "/b", "", "0"},
                                       {"v1", "2024-03-01 11:00:01", "/c", "", "0"}});
        const SessionReport report = sessions_from_table(table, hit_columns);
        REQUIRE(report.sessions.size() == 2);
        CHECK(report.sessions[0].page_views == 2);
        CHECK(report.sessions[1].page_views == 1);
    }
    SECTION("the timeout is configurable") {
        const Table table = hit_table({{"v1", "2024-03-01 10:00:00", "/a", "", "0"},
                                       {"v1", "2024-03-01 10:20:00", "/b", "", "0"}});
        SessionOptions options;
        options.timeout_seconds = 15 * 60;
        CHECK(sessions_from_table(table, hit_columns, options).sessions.size() == 2);
        CHECK(sessions_from_table(table, hit_columns).sessions.size() == 1);
    }
    SECTION("hits out of order are sorted per visitor") {
        const Table table = hit_table({{"v2", "2024-03-01 10:10:00", "/b", "", "0"},
                                       {"v1", "2024-03-01 09:00:00", "/x", "", "0"},
                                       {"v2", "2024-03-01 10:00:00", "/a", "", "0"}});
        const SessionReport report = sessions_from_table(table, hit_columns);
        REQUIRE(report.sessions.size() == 2);
        CHECK(report.sessions[1].visitor == "v2");
        CHECK(report.sessions[1].duration() == 600);
    }
}

TEST_CASE("No session reset at the full hour or at midnight", "[sessions][timeout][regression]") {
    // Regression: counting per hourly or daily bucket splits one visit into two bounces.
    const Table table = hit_table({{"v7", "2024-03-01 23:50:00", "/home", "", "0"},
                                   {"v7", "2024-03-02 00:10:00", "/shop", "", "0"},
                                   {"v8", "2024-03-02 10:59:00", "/home", "", "0"},
                                   {"v8", "2024-03-02 11:01:00", "/blog", "", "0"}});
    const SessionReport report = sessions_from_table(table, hit_columns);
    REQUIRE(report.sessions.size() == 2);
    CHECK(report.sessions[0].page_views == 2);
    CHECK(report.sessions[1].page_views == 2);
    CHECK(*kpi(report.kpis, "bounce_rate").value == Approx(0.0));
    CHECK(*kpi(report.kpis, "time_on_site").value == Approx((1200.0 + 120.0) / 2.0));
}

TEST_CASE("Visit KPIs", "[sessions][kpis]") {
    const Table table = hit_table({
        // v1: one page, then a purchase event 12 s later: not a bounce in GA4, a classic bounce
        {"v1", "2024-03-01 10:00:00", "/product", "", "0"},
        {"v1", "2024-03-01 10:00:12", "", "purchase", "0"},
        // v1 again two hours later: a new single-page session
        {"v1", "2024-03-01 12:00:00", "/home", "page_view", "0"},
        // v2: three pages in one session, converted by the conversion column
        {"v2", "2024-03-01 10:00:00", "/a", "", "0"},
        {"v2", "2024-03-01 10:01:00", "/b", "", "0"},
        {"v2", "2024-03-01 10:03:00", "/c", "", "1"},
        // v3: one page only
        {"v3", "2024-03-01 10:05:00", "/a", "", "0"},
    });
    const SessionReport report = sessions_from_table(table, hit_columns);
    const Kpis& kpis = report.kpis;
    REQUIRE(kpis.size() == 7);
    CHECK(kpis[0].id == "sessions");
    CHECK(kpis[6].id == "conversion_rate_per_visitor");

    CHECK(report.visitors == 3);
    CHECK(report.page_views == 6);
    CHECK(*kpi(kpis, "sessions").value == Approx(4.0));
    CHECK(*kpi(kpis, "pages_per_session").value == Approx(1.5));

    SECTION("classic bounce rate is per session, never per visitor") {
        const Kpi& bounce = kpi(kpis, "bounce_rate");
        CHECK(*bounce.value == Approx(75.0)); // 3 of 4 sessions, not 3 of 3 visitors
        REQUIRE(bounce.ci95);
        CHECK(bounce.ci95->first < 75.0);
        CHECK(bounce.ci95->second > 75.0);
        CHECK(bounce.formula.en.find("3 / 4") != std::string::npos);
        // Regression: the access-log formulas wrote "x 100" where all others write "× 100".
        CHECK(bounce.formula.en.find("3 / 4 × 100") != std::string::npos);
        CHECK(bounce.formula.de.find(" x ") == std::string::npos);
        REQUIRE(bounce.details.size() == 2);
        CHECK(bounce.details[0].second == Approx(3.0));
        CHECK(bounce.details[1].second == Approx(4.0));
        CHECK(bounce.formula.de.find("Mitternacht") != std::string::npos);
    }
    SECTION("GA4 bounce: the 12 s purchase session is engaged") {
        CHECK(*kpi(kpis, "engaged_bounce_rate").value == Approx(50.0));
    }
    SECTION("conversion per session and per visitor") {
        CHECK(*kpi(kpis, "conversion_rate").value == Approx(50.0));
        CHECK(*kpi(kpis, "conversion_rate_per_visitor").value == Approx(200.0 / 3.0));
    }
    SECTION("time on site: single-hit sessions as 0 s by default, or left out") {
        const Kpi& zero = kpi(kpis, "time_on_site");
        CHECK(*zero.value == Approx((12.0 + 180.0) / 4.0));
        CHECK(zero.formula.en.find("count as 0 s (default") != std::string::npos);

        SessionOptions options;
        options.single_page = SinglePageDuration::Exclude;
        const SessionReport excluding = sessions_from_table(table, hit_columns, options);
        const Kpi& excluded = kpi(excluding.kpis, "time_on_site");
        CHECK(*excluded.value == Approx((12.0 + 180.0) / 2.0));
        CHECK(excluded.formula.en.find("left out") != std::string::npos);
    }
}

TEST_CASE("Time on site is 'not measurable' when no visit has a second hit",
          "[sessions][kpis][regression]") {
    // Regression: single-page visits averaged as 0:00 instead of "not measurable".
    const Table table = hit_table({{"v1", "2024-03-01 10:00:00", "/a", "", "0"},
                                   {"v2", "2024-03-01 10:00:00", "/b", "", "1"}});
    const SessionReport report = sessions_from_table(table, hit_columns);
    const Kpi& time = kpi(report.kpis, "time_on_site");
    CHECK_FALSE(time.defined());
    CHECK(time.reason.en.find("not measurable") != std::string::npos);
    CHECK(time.reason.de.find("nicht messbar") != std::string::npos);
}

TEST_CASE("Hit tables with bad rows and other key columns", "[sessions][table]") {
    SECTION("bad rows are problems with row and column") {
        const Table table = hit_table({{"v1", "2024-03-01 10:00:00", "/a", "", "0"},
                                       {"", "2024-03-01 10:01:00", "/b", "", "0"},
                                       {"v1", "yesterday", "/c", "", "0"}});
        const SessionReport report = sessions_from_table(table, hit_columns);
        REQUIRE(report.problems.size() == 2);
        CHECK(report.problems[0].row == 3);
        CHECK(report.problems[0].column == "visitor");
        CHECK(report.problems[1].row == 4);
        CHECK(report.problems[1].column == "time");
        CHECK(report.problems[1].message.en.find("yesterday") != std::string::npos);
        CHECK(report.page_views == 1);
    }
    SECTION("IP plus user agent as the key") {
        Table table;
        table.header = {"ip", "agent", "ts", "url"};
        testing::add_rows(table, {{"10.0.0.1", "Firefox", "1709287200", "/a"},
                                  {"10.0.0.1", "Safari", "1709287260", "/b"},
                                  {"10.0.0.1", "Firefox", "1709287320", "/c"}});
        HitColumns columns;
        columns.ip = 0;
        columns.user_agent = 1;
        columns.timestamp = 2;
        columns.page = 3;
        const SessionReport report = sessions_from_table(table, columns);
        CHECK(report.visitors == 2);
        CHECK(report.sessions.size() == 2);
        CHECK_FALSE(kpi(report.kpis, "conversion_rate").defined());
    }
    SECTION("missing columns") {
        const SessionReport report = sessions_from_table(hit_table({}), HitColumns{});
        REQUIRE(report.problems.size() == 1);
        CHECK(report.problems[0].severity == Severity::Error);
        CHECK(report.kpis.size() == 7);
        CHECK(*kpi(report.kpis, "sessions").value == Approx(0.0));
        CHECK_FALSE(kpi(report.kpis, "bounce_rate").defined());
    }
}

TEST_CASE("Sessions on the real Apache access log are plausible", "[sessions][shared_data]") {
    ENGAGE_REQUIRE_SHARED_FILE(
        text, "clickstream/apache-combined-access-log-semicomplete-2015-first8000.log");
    REQUIRE(looks_like_access_log(text));

    const SessionReport report = sessions_from_access_log(text);
    const AccessLogCounts& log = report.log;
    CHECK(log.lines == 8000);
    CHECK(log.malformed == 0);
    CHECK(log.lines == log.malformed + log.bots + log.not_get + log.not_200 + log.assets +
                           log.feeds + log.page_views);
    CHECK(log.assets > 3000); // the log is mostly images, CSS and JS
    CHECK(log.bots > 1000);   // Googlebot, feed readers, archive.org ...

    const double sessions = *kpi(report.kpis, "sessions").value;
    const double pages = *kpi(report.kpis, "pages_per_session").value;
    const double bounce = *kpi(report.kpis, "bounce_rate").value;
    const double time = *kpi(report.kpis, "time_on_site").value;
    CHECK(sessions >= report.visitors);
    CHECK(sessions < log.page_views);
    CHECK(pages > 1.0);
    CHECK(pages < 5.0);
    CHECK(bounce > 40.0); // a blog: most visits read one article
    CHECK(bounce < 95.0);
    CHECK(time > 0.0);
    CHECK(time < 30 * 60);

    WARN("access log: " << log.lines << " lines, filtered bots " << log.bots << ", not GET "
                        << log.not_get << ", not 200 " << log.not_200 << ", assets " << log.assets
                        << ", feeds " << log.feeds << " -> " << log.page_views << " page views, "
                        << report.visitors << " visitors (IP + UA), " << sessions << " sessions, "
                        << pages << " pages/session, bounce " << bounce << " %, GA4 bounce "
                        << *kpi(report.kpis, "engaged_bounce_rate").value << " %, time on site "
                        << time << " s");

    SECTION("keyed by IP alone there are fewer or equal visitors") {
        AccessLogOptions by_ip;
        by_ip.key_includes_user_agent = false;
        CHECK(sessions_from_access_log(text, {}, by_ip).visitors <= report.visitors);
    }
}
