#include <catch2/catch.hpp>

#include "engine/csv_scanner.h"

using namespace engage;

namespace {

struct Scanned {
    std::vector<std::vector<std::string>> records;
    std::vector<std::pair<long, long>> rows;
    long unterminated = 0;
};

// Feeds `text` in pieces of `chunk` bytes, as File.slice or a pipe would deliver it.
Scanned scan(std::string_view text, char delimiter, std::size_t chunk) {
    Scanned out;
    CsvScanner scanner(delimiter);
    auto sink = [&](const std::vector<std::string_view>& fields, long first, long last) {
        out.records.emplace_back(fields.begin(), fields.end());
        out.rows.emplace_back(first, last);
    };
    for (std::size_t at = 0; at < text.size(); at += chunk)
        scanner.feed(text.substr(at, chunk), sink);
    scanner.finish(sink);
    out.unterminated = scanner.unterminated_quote_row();
    return out;
}

} // namespace

TEST_CASE("records do not depend on where chunks are cut", "[csv_scanner]") {
    const std::string text = "a;\"b;1\"\r\n\"x\r\ny\";\"say \"\"hi\"\"\"\r\n\r\nlast;row\rz;9";
    const Scanned whole = scan(text, ';', text.size());
    REQUIRE(whole.records.size() == 4);
    CHECK(whole.records[0] == std::vector<std::string>{"a", "b;1"});
    CHECK(whole.records[1] == std::vector<std::string>{"x\r\ny", "say \"hi\""});
    CHECK(whole.records[2] == std::vector<std::string>{"last", "row"});
    CHECK(whole.records[3] == std::vector<std::string>{"z", "9"});
    CHECK(whole.rows[1] == std::make_pair(2L, 3L));
    CHECK(whole.rows[2] == std::make_pair(5L, 5L)); // the blank line 4 still counts
    CHECK(whole.rows[3] == std::make_pair(6L, 6L));

    for (std::size_t chunk = 1; chunk < text.size(); ++chunk) {
        INFO("chunk size " << chunk);
        const Scanned pieces = scan(text, ';', chunk);
        CHECK(pieces.records == whole.records);
        CHECK(pieces.rows == whole.rows);
    }
}

TEST_CASE("regression: a CRLF split across two chunks is one line end", "[csv_scanner]") {
    const Scanned split = scan("a,b\r\nc,d\r\n", ',', 4); // "a,b\r" | "\nc,d" | "\r\n"
    REQUIRE(split.records.size() == 2);
    CHECK(split.rows[1].first == 2);
}

TEST_CASE("an unterminated quote is reported with its row", "[csv_scanner]") {
    const Scanned open = scan("a,b\n1,\"never closed\n2,3\n", ',', 5);
    CHECK(open.unterminated == 2);
    REQUIRE(open.records.size() == 2);
    CHECK(open.records[1][1] == "never closed\n2,3\n");
}

TEST_CASE("text after a closing quote stays in the field", "[csv_scanner]") {
    const Scanned odd = scan("\"12\" cm,x\n", ',', 100);
    CHECK(odd.records[0][0] == "12 cm");
}

TEST_CASE("regression: a quote inside a quoted field that is not doubled is a fault",
          "[csv_scanner]") {
    for (const std::size_t chunk : {1, 3, 7, 100}) {
        CsvScanner scanner(',');
        std::vector<std::vector<std::string>> records;
        auto sink = [&](const std::vector<std::string_view>& fields, long, long) {
            records.emplace_back(fields.begin(), fields.end());
        };
        const std::string_view text = "a,b\n\"ok\",\"say \"\"hi\"\"\"\n1,\"he said \"hi\" ok";
        for (std::size_t at = 0; at < text.size(); at += chunk)
            scanner.feed(text.substr(at, chunk), sink);
        scanner.finish(sink);
        REQUIRE(records.size() == 3);
        CHECK(records[2][1] == "he said hi\" ok");
        REQUIRE(scanner.quote_faults().size() == 1);
        CHECK(scanner.quote_faults()[0].row == 3);
        CHECK(scanner.quote_faults()[0].field == 1);
        CHECK(scanner.quote_faults()[0].cell == "he said hi\" ok");
    }
}

TEST_CASE("regression: a long cell with an undoubled quote is not copied whole", "[csv_scanner]") {
    CsvScanner scanner(',');
    auto sink = [](const std::vector<std::string_view>&, long, long) {};
    const std::string text = "\"a\"" + std::string(100000, 'x') + ",b\n";
    scanner.feed(text, sink);
    scanner.finish(sink);
    REQUIRE(scanner.quote_faults().size() == 1);
    CHECK(scanner.quote_faults()[0].cell.size() == QuoteFault::kept_bytes);
}
