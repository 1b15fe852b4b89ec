#include "engine/sessions.h"

#include "engine/iso_time.h"
#include "engine/number_text.h"
#include "engine/plain_number.h"
#include "engine/proportions.h"

#include <algorithm>
#include <map>
#include <set>

namespace engage {

// ---- Sessionisation ---------------------------------------------------------------------------

std::vector<Session> sessionize(std::vector<Hit> hits, std::int64_t timeout_seconds) {
    // Logs are not in time order (Apache writes a line when the response ends), so sort per
    // visitor; the source row breaks ties so equal times keep their file order.
    std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
        if (a.visitor != b.visitor)
            return a.visitor < b.visitor;
        if (a.time != b.time)
            return a.time < b.time;
        return a.source_row < b.source_row;
    });

    std::vector<Session> sessions;
    for (const Hit& hit : hits) {
        // Only inactivity ends a session: no calendar boundary is checked here on purpose.
        const bool continues = !sessions.empty() && sessions.back().visitor == hit.visitor &&
                               hit.time - sessions.back().end <= timeout_seconds;
        if (!continues) {
            Session session;
            session.visitor = hit.visitor;
            session.start = hit.time;
            session.end = hit.time;
            sessions.push_back(session);
        }
        Session& session = sessions.back();
        session.end = hit.time;
        ++session.hits;
        session.page_views += hit.page_view ? 1 : 0;
        session.converted = session.converted || hit.conversion;
    }
    return sessions;
}

// ---- KPIs -------------------------------------------------------------------------------------

namespace {

Localized count_text(double value) {
    return localized_number(value, 0);
}

Localized session_rule(const SessionOptions& options) {
    const Localized minutes = localized_number(static_cast<double>(options.timeout_seconds) / 60.0,
                                               options.timeout_seconds % 60 == 0 ? 0 : 1);
    return {"; a session ends after " + minutes.en +
                " min of inactivity, with no reset at the full hour or at midnight",
            "; eine Sitzung endet nach " + minutes.de +
                " min Inaktivität, ohne Neubeginn zur vollen Stunde oder um Mitternacht"};
}

Kpi make_kpi(const char* id, Localized name, const char* unit, Dimension dimension) {
    Kpi kpi;
    kpi.id = id;
    kpi.name = std::move(name);
    kpi.unit = unit;
    kpi.dimension = dimension;
    return kpi;
}

// A rate in percent with its Wilson interval and the formula "name = a / b × 100 = r %".
void set_rate(Kpi& kpi, double part, double whole, const Localized& part_name,
              const Localized& whole_name, const Localized& tail) {
    const double percent = 100.0 * part / whole;
    const Localized value = localized_percent(percent, 1);
    kpi.value = percent;
    kpi.ci95 = percent_interval(wilson_interval(part, whole));
    kpi.details = {{"numerator", part}, {"denominator", whole}};
    kpi.formula = {part_name.en + " / " + whole_name.en + " × 100 = " + count_text(part).en +
                       " / " + count_text(whole).en + " × 100 = " + value.en + tail.en,
                   part_name.de + " / " + whole_name.de + " × 100 = " + count_text(part).de +
                       " / " + count_text(whole).de + " × 100 = " + value.de + tail.de};
}

const Localized no_sessions = {"not defined, because there are no sessions",
                               "nicht definiert, weil es keine Sitzungen gibt"};

Kpi time_on_site_kpi(const std::vector<Session>& sessions, const SessionOptions& options,
                     const Localized& rule) {
    Kpi kpi =
        make_kpi("time_on_site", {"Time on site", "Verweildauer"}, "s", Dimension::Interaction);
    double measured_seconds = 0;
    long measured = 0;
    for (const Session& session : sessions) {
        if (!session.measured())
            continue;
        measured_seconds += static_cast<double>(session.duration());
        ++measured;
    }
    const long single = static_cast<long>(sessions.size()) - measured;

    if (measured == 0) {
        kpi.reason = {"not measurable: no session has a second hit, and the time on a visit's "
                      "last page is never logged",
                      "nicht messbar: Keine Sitzung hat einen zweiten Aufruf, und die Zeit auf der "
                      "letzten Seite eines Besuchs wird nie protokolliert"};
        return kpi;
    }

    const bool zero = options.single_page == SinglePageDuration::CountAsZero;
    const double counted = static_cast<double>(zero ? measured + single : measured);
    const double average = measured_seconds / counted;
    const std::string duration = format_duration(average);
    kpi.value = average;
    kpi.details = {{"measured_sessions", static_cast<double>(measured)},
                   {"single_hit_sessions", static_cast<double>(single)},
                   {"measured_seconds", measured_seconds}};

    const Localized single_rule =
        zero ? Localized{"single-hit sessions (" + count_text(single).en +
                             ") count as 0 s (default; as Matomo, Plausible, Umami)",
                         "Sitzungen mit nur einem Aufruf (" + count_text(single).de +
                             ") zählen als 0 s (Standard; wie Matomo, Plausible, Umami)"}
             : Localized{"single-hit sessions (" + count_text(single).en +
                             ") are left out (the default is to count them as 0 s)",
                         "Sitzungen mit nur einem Aufruf (" + count_text(single).de +
                             ") sind nicht enthalten (Standard: sie zählen als 0 s)"};
    kpi.formula = {
        "time on site = sum of session durations / sessions = " + count_text(measured_seconds).en +
            " s / " + count_text(counted).en + " = " + duration +
            "; a session lasts from its first to its last hit "
            "(the last page has no measured time); " +
            single_rule.en + rule.en,
        "Verweildauer = Summe der Sitzungsdauern / Sitzungen = " + count_text(measured_seconds).de +
            " s / " + count_text(counted).de + " = " + duration +
            "; eine Sitzung dauert vom ersten bis zum letzten "
            "Aufruf (die letzte Seite hat keine gemessene Zeit); " +
            single_rule.de + rule.de};
    return kpi;
}

} // namespace

Kpis session_kpis(const std::vector<Session>& sessions, const SessionOptions& options,
                  bool conversions_known) {
    const Localized rule = session_rule(options);
    const double count = static_cast<double>(sessions.size());
    long page_views = 0;
    long bounces = 0;
    long not_engaged = 0;
    long converted = 0;
    std::set<std::string> visitors;
    std::set<std::string> converting_visitors;
    for (const Session& session : sessions) {
        page_views += session.page_views;
        // Classic bounce: one page view. A session of events only has no second page either.
        bounces += session.page_views <= 1 ? 1 : 0;
        // GA4: engaged = at least 10 s, or a conversion, or 2+ page views.
        const bool engaged = session.duration() >= options.engaged_seconds || session.converted ||
                             session.page_views >= 2;
        not_engaged += engaged ? 0 : 1;
        converted += session.converted ? 1 : 0;
        visitors.insert(session.visitor);
        if (session.converted)
            converting_visitors.insert(session.visitor);
    }

    Kpis kpis;
    Kpi sessions_kpi = make_kpi("sessions", {"Sessions", "Sitzungen"}, "count", Dimension::Reach);
    sessions_kpi.value = count;
    const Localized views =
        counted(page_views, {"page view", "Seitenaufruf"}, {"page views", "Seitenaufrufen"});
    const Localized visitor_count = counted(static_cast<long long>(visitors.size()),
                                            {"visitor", "Besucher"}, {"visitors", "Besuchern"});
    sessions_kpi.formula = {
        "sessions = visits rebuilt from " + views.en + " of " + visitor_count.en + " = " +
            count_text(count).en + rule.en,
        "Sitzungen = Besuche, gebildet aus " + views.de + " von " + visitor_count.de + " = " +
            count_text(count).de + rule.de};
    sessions_kpi.details = {{"page_views", static_cast<double>(page_views)},
                            {"visitors", static_cast<double>(visitors.size())}};
    kpis.push_back(sessions_kpi);

    Kpi pages = make_kpi("pages_per_session", {"Pages per session", "Seiten pro Sitzung"}, "ratio",
                         Dimension::Interaction);
    Kpi bounce = make_kpi("bounce_rate", {"Bounce rate (classic)", "Absprungrate (klassisch)"}, "%",
                          Dimension::Interaction);
    Kpi engaged = make_kpi("engaged_bounce_rate", {"Bounce rate (GA4)", "Absprungrate (GA4)"}, "%",
                           Dimension::Interaction);
    if (sessions.empty()) {
        pages.reason = bounce.reason = engaged.reason = no_sessions;
    } else {
        const double ratio = static_cast<double>(page_views) / count;
        pages.value = ratio;
        pages.details = {{"page_views", static_cast<double>(page_views)}, {"sessions", count}};
        pages.formula = {
            "pages per session = page views / sessions = " + count_text(page_views).en + " / " +
                count_text(count).en + " = " + localized_number(ratio, 2).en,
            "Seiten pro Sitzung = Seitenaufrufe / Sitzungen = " + count_text(page_views).de +
                " / " + count_text(count).de + " = " + localized_number(ratio, 2).de};
        set_rate(bounce, static_cast<double>(bounces), count,
                 {"bounce rate = single-page sessions", "Absprungrate = Sitzungen mit einer Seite"},
                 {"sessions", "Sitzungen"}, rule);
        const Localized seconds = count_text(static_cast<double>(options.engaged_seconds));
        set_rate(engaged, static_cast<double>(not_engaged), count,
                 {"GA4 bounce rate = sessions not engaged", "GA4-Absprungrate = nicht "
                                                            "engagierte Sitzungen"},
                 {"sessions", "Sitzungen"},
                 {"; not engaged = under " + seconds.en +
                      " s, no conversion and fewer than 2 "
                      "page views; durations from the hits, as a log shows no time in the "
                      "foreground" +
                      rule.en,
                  "; nicht engagiert = unter " + seconds.de +
                      " s, keine Konversion und weniger "
                      "als 2 Seitenaufrufe; Dauer aus den Aufrufen, da ein Log keine Zeit im "
                      "Vordergrund zeigt" +
                      rule.de});
    }
    kpis.push_back(pages);
    kpis.push_back(bounce);
    kpis.push_back(engaged);

    kpis.push_back(sessions.empty()
                       ? undefined_kpi("time_on_site", {"Time on site", "Verweildauer"}, "s",
                                       Dimension::Interaction, no_sessions)
                       : time_on_site_kpi(sessions, options, rule));

    Kpi per_session =
        make_kpi("conversion_rate", {"Conversion rate per session", "Konversionsrate pro Sitzung"},
                 "%", Dimension::Transaction);
    Kpi per_visitor = make_kpi("conversion_rate_per_visitor",
                               {"Conversion rate per visitor", "Konversionsrate pro Besucher"}, "%",
                               Dimension::Transaction);
    if (!conversions_known) {
        per_session.reason = per_visitor.reason = {
            "not defined, because the input marks no conversions: name a conversion column, a "
            "conversion event or a conversion page",
            "nicht definiert, weil die Eingabe keine Konversionen kennzeichnet: Geben Sie eine "
            "Konversionsspalte, ein Konversionsereignis oder eine Konversionsseite an"};
    } else if (sessions.empty()) {
        per_session.reason = per_visitor.reason = no_sessions;
    } else {
        set_rate(per_session, static_cast<double>(converted), count,
                 {"conversion rate = sessions with a conversion",
                  "Konversionsrate = Sitzungen mit Konversion"},
                 {"sessions", "Sitzungen"}, rule);
        set_rate(per_visitor, static_cast<double>(converting_visitors.size()),
                 static_cast<double>(visitors.size()),
                 {"conversion rate = visitors with a conversion",
                  "Konversionsrate = Besucher mit Konversion"},
                 {"unique visitors", "eindeutige Besucher"},
                 {" (per visitor, as Plausible counts)", " (pro Besucher, wie Plausible zählt)"});
    }
    kpis.push_back(per_session);
    kpis.push_back(per_visitor);
    return kpis;
}

namespace {

bool starts_with(std::string_view text, std::string_view prefix) {
    return text.size() >= prefix.size() && text.substr(0, prefix.size()) == prefix;
}

void mark_conversion_pages(std::vector<Hit>& hits, const SessionOptions& options) {
    for (Hit& hit : hits)
        for (const std::string& page : options.conversion_pages)
            if (hit.page_view && !page.empty() && starts_with(hit.page, page))
                hit.conversion = true;
}

} // namespace

SessionReport sessions_from_hits(std::vector<Hit> hits, const SessionOptions& options,
                                 bool conversions_known) {
    SessionReport report;
    mark_conversion_pages(hits, options);
    std::set<std::string> visitors;
    for (const Hit& hit : hits) {
        visitors.insert(hit.visitor);
        report.page_views += hit.page_view ? 1 : 0;
    }
    report.visitors = static_cast<long>(visitors.size());

    const bool known = conversions_known || !options.conversion_pages.empty();
    report.sessions = sessionize(std::move(hits), options.timeout_seconds);
    report.kpis = session_kpis(report.sessions, options, known);
    return report;
}

// ---- Hit tables -------------------------------------------------------------------------------

namespace {

std::string lower_ascii(std::string_view text) {
    std::string lower(text);
    for (char& c : lower)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return lower;
}

bool is_page_view_event(std::string_view cell) {
    const std::string text = lower_ascii(trim_cell(cell));
    return text.empty() || text == "page_view" || text == "pageview" || text == "page view" ||
           text == "screen_view";
}

bool column_ok(const Table& table, int column) {
    return column >= 0 && static_cast<std::size_t>(column) < table.column_count();
}

long row_number(const Table& table, std::size_t index) {
    return table.source_row(index);
}

} // namespace

SessionReport sessions_from_table(const Table& table, const HitColumns& columns,
                                  const SessionOptions& options) {
    const bool keyed = column_ok(table, columns.visitor) || column_ok(table, columns.ip);
    if (!keyed || !column_ok(table, columns.timestamp) ||
        !(column_ok(table, columns.page) || column_ok(table, columns.event))) {
        SessionReport report;
        report.problems.push_back(
            {0,
             "",
             {"Sessions need a visitor (or IP) column, a timestamp column and a page column.",
              "Für Sitzungen braucht es eine Besucher- (oder IP-)Spalte, eine Zeitspalte und "
              "eine Seitenspalte."},
             Severity::Error});
        report.kpis = session_kpis({}, options, false);
        return report;
    }

    Problems problems;
    std::vector<Hit> hits;
    const auto cell = [&](std::size_t r, int column) {
        return table.cell(r, static_cast<std::size_t>(column));
    };
    for (std::size_t r = 0; r < table.row_count(); ++r) {
        const long row = row_number(table, r);
        Hit hit;
        hit.source_row = row;
        if (column_ok(table, columns.visitor)) {
            hit.visitor = std::string(trim_cell(cell(r, columns.visitor)));
        } else {
            hit.visitor = std::string(trim_cell(cell(r, columns.ip)));
            if (column_ok(table, columns.user_agent) && !hit.visitor.empty())
                hit.visitor += " " + std::string(trim_cell(cell(r, columns.user_agent)));
        }
        const int key_column = column_ok(table, columns.visitor) ? columns.visitor : columns.ip;
        if (hit.visitor.empty()) {
            problems.push_back({row,
                                table.header[static_cast<std::size_t>(key_column)],
                                {"No visitor in this row; the hit is not counted.",
                                 "Kein Besucher in dieser Zeile; der Aufruf wird nicht gezählt."},
                                Severity::Warning});
            continue;
        }

        const std::string_view time_text = cell(r, columns.timestamp);
        const std::optional<std::int64_t> time = parse_timestamp(time_text);
        if (!time) {
            problems.push_back(
                {row,
                 table.header[static_cast<std::size_t>(columns.timestamp)],
                 {"'" + std::string(time_text) +
                      "' is not a date and time (expected e.g. "
                      "2024-05-17 10:05:03 or Unix seconds); the hit is not counted.",
                  "'" + std::string(time_text) +
                      "' ist kein Zeitpunkt (erwartet z. B. 2024-05-17 10:05:03 "
                      "oder Unix-Sekunden); der Aufruf wird nicht gezählt."},
                 Severity::Warning});
            continue;
        }
        hit.time = *time;

        if (column_ok(table, columns.page))
            hit.page = std::string(trim_cell(cell(r, columns.page)));
        if (column_ok(table, columns.event)) {
            const std::string_view event = cell(r, columns.event);
            hit.page_view = is_page_view_event(event);
            const std::string name = lower_ascii(trim_cell(event));
            for (const std::string& conversion : columns.conversion_events)
                hit.conversion = hit.conversion || name == lower_ascii(conversion);
        }
        if (column_ok(table, columns.conversion))
            hit.conversion = hit.conversion || cell_is_yes(cell(r, columns.conversion));
        hits.push_back(std::move(hit));
    }

    const bool conversions_known =
        column_ok(table, columns.conversion) ||
        (column_ok(table, columns.event) && !columns.conversion_events.empty());
    SessionReport report = sessions_from_hits(std::move(hits), options, conversions_known);
    report.problems = std::move(problems);
    return report;
}

// ---- Access logs ------------------------------------------------------------------------------

namespace {

// Reads a space-free field at `pos`.
std::string_view read_token(std::string_view line, std::size_t& pos) {
    const std::size_t start = pos;
    while (pos < line.size() && line[pos] != ' ')
        ++pos;
    return line.substr(start, pos - start);
}

bool skip_space(std::string_view line, std::size_t& pos) {
    if (pos >= line.size() || line[pos] != ' ')
        return false;
    while (pos < line.size() && line[pos] == ' ')
        ++pos;
    return true;
}

// A "quoted" field; Apache writes a quote inside as \" (mod_log_config escapes).
std::optional<std::string> read_quoted(std::string_view line, std::size_t& pos) {
    if (pos >= line.size() || line[pos] != '"')
        return std::nullopt;
    ++pos;
    std::string value;
    while (pos < line.size() && line[pos] != '"') {
        if (line[pos] == '\\' && pos + 1 < line.size())
            ++pos;
        value += line[pos++];
    }
    if (pos >= line.size())
        return std::nullopt;
    ++pos;
    return value;
}

bool contains_any(const std::string& text, std::initializer_list<const char*> needles) {
    for (const char* needle : needles)
        if (text.find(needle) != std::string::npos)
            return true;
    return false;
}

bool ends_with(std::string_view text, std::string_view suffix) {
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

bool is_bot(const AccessLogLine& line) {
    if (!line.has_user_agent)
        return false;
    const std::string agent = lower_ascii(trim_cell(line.user_agent));
    if (agent.empty() || agent == "-")
        return true; // browsers always send one; scripts often do not
    // Crawlers name a contact address ("+http://...", "help@moz.com"); browsers never do.
    // FIXME-SESSIONS: a substring list; the IAB/ABC spiders list would catch more.
    return contains_any(agent, {"http://",     "https://",
                                "@",           "ezooms",
                                "bot",         "crawl",
                                "spider",      "slurp",
                                "archiver",    "facebookexternal",
                                "curl/",       "wget",
                                "python",      "java/",
                                "libwww",      "perl",
                                "httpclient",  "http-client",
                                "okhttp",      "scrapy",
                                "headless",    "phantomjs",
                                "pingdom",     "monitor",
                                "uptime",      "check_http",
                                "nagios",      "feed",
                                "rss",         "tiny tiny",
                                "newsblur",    "inoreader",
                                "apachebench", "lighthouse",
                                "preview",     "scanner",
                                "nutch",       "ruby",
                                "php/",        "zgrab",
                                "masscan",     "yahoo! searchmonkey",
                                "sogou",       "baidu",
                                "yandex",      "ahrefs",
                                "semrush",     "mj12",
                                "dotbot",      "blexbot"});
}

std::string path_only(std::string_view target) {
    const std::size_t end = target.find_first_of("?#");
    return lower_ascii(target.substr(0, end));
}

bool is_asset(const AccessLogLine& line) {
    const std::string path = path_only(line.path);
    static constexpr const char* extensions[] = {
        ".png",  ".jpg",   ".jpeg", ".gif", ".svg", ".ico", ".webp", ".bmp",
        ".tif",  ".tiff",  ".avif", ".css", ".js",  ".mjs", ".map",  ".json",
        ".woff", ".woff2", ".ttf",  ".otf", ".eot", ".mp4", ".webm", ".mp3",
        ".ogg",  ".wav",   ".pdf",  ".zip", ".gz",  ".tgz", ".txt",  ".swf"};
    for (const char* extension : extensions)
        if (ends_with(path, extension))
            return true;
    return path.find("favicon") != std::string::npos;
}

bool is_feed(const AccessLogLine& line) {
    const std::string path = path_only(line.path);
    const std::string target = lower_ascii(line.path);
    return ends_with(path, ".xml") || ends_with(path, ".rss") || ends_with(path, ".atom") ||
           ends_with(path, ".rdf") || ends_with(path, "/feed") || ends_with(path, "/feed/") ||
           contains_any(target, {"flav=rss", "flav=atom", "format=rss", "feed=rss"});
}

std::string_view next_line(std::string_view text, std::size_t& pos) {
    const std::size_t end = text.find('\n', pos);
    const std::size_t stop = end == std::string_view::npos ? text.size() : end;
    std::string_view line = text.substr(pos, stop - pos);
    pos = end == std::string_view::npos ? text.size() : end + 1;
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    return line;
}

constexpr long max_line_problems = 20;

} // namespace

std::optional<AccessLogLine> parse_access_log_line(std::string_view line) {
    // host ident authuser [date] "request" status bytes ["referrer" "user-agent"]
    AccessLogLine parsed;
    std::size_t pos = 0;
    parsed.ip = std::string(read_token(line, pos));
    if (parsed.ip.empty() || !skip_space(line, pos) || read_token(line, pos).empty() ||
        !skip_space(line, pos) || read_token(line, pos).empty() || !skip_space(line, pos))
        return std::nullopt;

    if (pos >= line.size() || line[pos] != '[')
        return std::nullopt;
    const std::size_t close = line.find(']', pos);
    if (close == std::string_view::npos)
        return std::nullopt;
    const std::optional<std::int64_t> time =
        parse_access_log_time(line.substr(pos + 1, close - pos - 1));
    if (!time)
        return std::nullopt;
    parsed.time = *time;
    pos = close + 1;

    if (!skip_space(line, pos))
        return std::nullopt;
    const std::optional<std::string> request = read_quoted(line, pos);
    if (!request)
        return std::nullopt;
    const std::size_t space = request->find(' ');
    if (space != std::string::npos) {
        parsed.method = request->substr(0, space);
        const std::size_t target_end = request->find(' ', space + 1);
        parsed.path =
            request->substr(space + 1, target_end == std::string::npos ? std::string::npos
                                                                       : target_end - space - 1);
    }

    if (!skip_space(line, pos))
        return std::nullopt;
    const std::string_view status = read_token(line, pos);
    if (status.size() != 3 ||
        !std::all_of(status.begin(), status.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    parsed.status = (status[0] - '0') * 100 + (status[1] - '0') * 10 + (status[2] - '0');
    if (!skip_space(line, pos) || read_token(line, pos).empty())
        return std::nullopt;

    // Combined format adds referrer and user agent; Nginx may append more fields after them.
    std::size_t rest = pos;
    if (skip_space(line, rest) && rest < line.size() && line[rest] == '"') {
        const std::optional<std::string> referrer = read_quoted(line, rest);
        if (!referrer || !skip_space(line, rest))
            return std::nullopt;
        const std::optional<std::string> agent = read_quoted(line, rest);
        if (!agent)
            return std::nullopt;
        parsed.referrer = *referrer == "-" ? "" : *referrer;
        parsed.user_agent = *agent;
        parsed.has_user_agent = true;
    }
    return parsed;
}

bool looks_like_access_log(std::string_view text) {
    std::size_t pos = 0;
    int checked = 0;
    int parsed = 0;
    while (pos < text.size() && checked < 20) {
        const std::string_view line = next_line(text, pos);
        if (trim_cell(line).empty())
            continue;
        ++checked;
        parsed += parse_access_log_line(line) ? 1 : 0;
    }
    // Most, not all: a log cut mid-line or with a stray header still is a log.
    return checked > 0 && parsed * 5 >= checked * 4;
}

SessionReport sessions_from_access_log(std::string_view text, const SessionOptions& options,
                                       const AccessLogOptions& log_options) {
    AccessLogCounts counts;
    Problems problems;
    std::vector<Hit> hits;
    std::size_t pos = 0;
    long line_number = 0;
    while (pos < text.size()) {
        const std::string_view raw = next_line(text, pos);
        ++line_number;
        if (trim_cell(raw).empty())
            continue;
        ++counts.lines;

        const std::optional<AccessLogLine> line = parse_access_log_line(raw);
        if (!line) {
            if (++counts.malformed <= max_line_problems)
                problems.push_back({line_number,
                                    "",
                                    {"This line is not in the combined log format; it is skipped.",
                                     "Diese Zeile ist nicht im Combined-Log-Format; sie wird "
                                     "übersprungen."},
                                    Severity::Warning});
            continue;
        }
        if (is_bot(*line)) {
            ++counts.bots;
            continue;
        }
        if (line->method != "GET") {
            ++counts.not_get;
            continue;
        }
        if (line->status != 200) {
            ++counts.not_200;
            continue;
        }
        if (is_asset(*line)) {
            ++counts.assets;
            continue;
        }
        if (is_feed(*line)) {
            ++counts.feeds;
            continue;
        }

        ++counts.page_views;
        Hit hit;
        hit.visitor = line->ip;
        if (log_options.key_includes_user_agent && line->has_user_agent)
            hit.visitor += " " + line->user_agent;
        hit.time = line->time;
        hit.page = line->path;
        hit.source_row = line_number;
        hits.push_back(std::move(hit));
    }
    if (counts.malformed > max_line_problems) {
        const Localized more =
            localized_number(static_cast<double>(counts.malformed - max_line_problems), 0);
        problems.push_back(
            {0,
             "",
             {"... and " + more.en + " more lines not in the combined log format.",
              "... und " + more.de + " weitere Zeilen nicht im Combined-Log-Format."},
             Severity::Warning});
    }

    SessionReport report = sessions_from_hits(std::move(hits), options, false);
    report.log = counts;
    report.problems = std::move(problems);
    return report;
}

} // namespace engage
