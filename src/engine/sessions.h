// Sessions: visits rebuilt from raw hits, either a table of hits or an Apache/Nginx access log,
// and the visit KPIs computed from them.
//
// Contract:
// - A visitor's session ends after `timeout_seconds` (default 30 min, as GA and Matomo) without
//   a hit; a gap of exactly the timeout continues the session. There is no reset at the full
//   hour or at midnight (GA4 behaviour), so a visit across 23:59 stays one visit.
// - Durations follow the last-page rule: a session lasts from its first to its last hit, since
//   the time on the last page is never logged. A session with a single hit has no measured
//   duration; `SessionOptions::single_page` says whether it counts as 0 s (default, like
//   Matomo, Plausible and Umami) or is left out. When no session has a measured duration,
//   time_on_site is not defined and says "not measurable" - never 0:00.
// - KPI ids (stable, used by `engage kpis`): sessions, pages_per_session, bounce_rate,
//   engaged_bounce_rate, time_on_site, conversion_rate, conversion_rate_per_visitor.
//   Bounce rates are always per session, never per unique visitor (that can exceed 100 %).
//   Rates carry Wilson 95 % intervals in `ci95`.
// - Access logs: every line is either used as a page view or counted under exactly one filter
//   (first match in the order of AccessLogCounts); unreadable lines are problems.
// - No exceptions; bad rows are problems with row, column and a message in en and de.
#pragma once

#include "engine/kpi.h"
#include "engine/localized.h"
#include "engine/problem.h"
#include "engine/table.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace engage {

struct Hit {
    std::string visitor;   // visitor id, or IP + user agent
    std::int64_t time = 0; // seconds since the epoch (iso_time.h)
    std::string page;
    bool page_view = true; // false for other events: they keep a session alive, add no page
    bool conversion = false;
    long source_row = 0; // 1-based row or line, for problems
};

enum class SinglePageDuration {
    CountAsZero, // default: single-hit sessions add 0 s to the average
    Exclude,     // the average is over sessions with a measured duration only
};

struct SessionOptions {
    std::int64_t timeout_seconds = 30 * 60;
    SinglePageDuration single_page = SinglePageDuration::CountAsZero;
    std::int64_t engaged_seconds = 10; // GA4: shorter sessions without more are not engaged
    // A page view whose path starts with one of these is a conversion ("/thank-you").
    std::vector<std::string> conversion_pages;
};

struct Session {
    std::string visitor;
    std::int64_t start = 0; // first hit
    std::int64_t end = 0;   // last hit
    long hits = 0;
    long page_views = 0;
    bool converted = false;

    std::int64_t duration() const { return end - start; }
    bool measured() const { return hits >= 2; }
};

// Sessions of all visitors, ordered by visitor, then start. Hits need not be sorted.
std::vector<Session> sessionize(std::vector<Hit> hits, std::int64_t timeout_seconds);

// The seven KPIs, in the order of the ids above. `conversions_known` is false when the input
// has no way to mark a conversion; the conversion KPIs then say so instead of showing 0 %.
Kpis session_kpis(const std::vector<Session>& sessions, const SessionOptions& options,
                  bool conversions_known);

struct AccessLogCounts {
    long lines = 0;      // non-empty lines
    long malformed = 0;  // not in common or combined log format
    long bots = 0;       // user agent of a crawler, monitor, script or feed reader
    long not_get = 0;    // HEAD, POST, ... or no request at all
    long not_200 = 0;    // any status other than 200 (redirects, 304, errors)
    long assets = 0;     // images, CSS, JS, fonts, favicon, robots.txt, source maps
    long feeds = 0;      // RSS/Atom fetches
    long page_views = 0; // what is left
};

struct SessionReport {
    std::vector<Session> sessions;
    long visitors = 0; // unique visitor keys with at least one hit
    long page_views = 0;
    AccessLogCounts log; // only for access logs
    Kpis kpis;
    Problems problems;
};

SessionReport sessions_from_hits(std::vector<Hit> hits, const SessionOptions& options,
                                 bool conversions_known);

// ---- Hit tables -------------------------------------------------------------------------------

struct HitColumns {
    int visitor = -1;    // a visitor or client id; or else:
    int ip = -1;         //   IP address, and
    int user_agent = -1; //   optionally the user agent, joined to one key
    int timestamp = -1;  // required: ISO 8601 or Unix time (iso_time.h)
    int page = -1;       // page path or title; required unless `event` names page views
    int event = -1;      // optional event name: empty or "page_view"/"pageview" is a page view
    int conversion = -1; // optional: "1", "true", "yes", "ja", a positive number
    // Event names that count as conversions (case-insensitive), for inputs with `event`.
    std::vector<std::string> conversion_events = {"conversion", "purchase", "transaction",  "order",
                                                  "signup",     "sign_up",  "generate_lead"};
};

SessionReport sessions_from_table(const Table& table, const HitColumns& columns,
                                  const SessionOptions& options = {});

// ---- Access logs ------------------------------------------------------------------------------

struct AccessLogOptions {
    bool key_includes_user_agent = true; // visitor = IP + user agent (else the IP alone)
};

struct AccessLogLine {
    std::string ip;
    std::int64_t time = 0;
    std::string method;
    std::string path; // request target, with the query
    int status = 0;
    std::string referrer; // empty in the common log format
    std::string user_agent;
    bool has_user_agent = false; // combined format
};

// One line of the common or combined log format, or nullopt.
std::optional<AccessLogLine> parse_access_log_line(std::string_view line);

// True when most of the first non-empty lines (at least one) parse as access-log lines, so
// the main pipeline can route such input here instead of the CSV reader.
bool looks_like_access_log(std::string_view text);

SessionReport sessions_from_access_log(std::string_view text, const SessionOptions& options = {},
                                       const AccessLogOptions& log_options = {});

} // namespace engage
