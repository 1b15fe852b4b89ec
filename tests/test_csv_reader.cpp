#include "engine/csv_reader.h"

#include <catch2/catch.hpp>

using namespace engage;

TEST_CASE("delimiter sniffing", "[csv_reader]") {
    CHECK(sniff_delimiter("a,b,c\n1,2,3\n") == ',');
    CHECK(sniff_delimiter("a;b;c\n1;2;3\n") == ';');
    CHECK(sniff_delimiter("a\tb\tc\n1\t2\t3\n") == '\t');
    CHECK(sniff_delimiter("a|b|c\n1|2|3\n") == '|');
    // Regression: decimal commas made sniffers pick "," in ";" files.
    CHECK(sniff_delimiter("Wert;Anteil\n1,5;2,5\n3,5;4,5\n") == ';');
    CHECK(sniff_delimiter("Follower;Likes;Kommentare\n5.000;200;50\n") == ';');
    // A quoted comma inside a header does not split it.
    CHECK(sniff_delimiter("\"Scale 0-10, how likely?\";Name\n9;Ann\n") == ';');
}

TEST_CASE("RFC 4180 quoting and line ends", "[csv_reader]") {
    SECTION("quotes, doubled quotes and newlines inside quotes") {
        const CsvRecords parsed =
            parse_csv("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"line1\nline2\",z\n", ',');
        REQUIRE(parsed.records.size() == 3);
        CHECK(parsed.records[1][0] == "x, y");
        CHECK(parsed.records[1][1] == "say \"hi\"");
        CHECK(parsed.records[2][0] == "line1\nline2");
        CHECK(parsed.rows == std::vector<long>{1, 2, 3});
    }
    SECTION("CRLF, LF and CR line ends give the same records") {
        const auto lf = parse_csv("a;b\n1;2\n", ';').records;
        CHECK(parse_csv("a;b\r\n1;2\r\n", ';').records == lf);
        CHECK(parse_csv("a;b\r1;2", ';').records == lf);
    }
    SECTION("blank lines count as rows but are not records") {
        const CsvRecords parsed = parse_csv("a;b\n\n1;2\n", ';');
        REQUIRE(parsed.records.size() == 2);
        CHECK(parsed.rows[1] == 3);
    }
    SECTION("an unterminated quote is a problem, not a crash") {
        const CsvRecords parsed = parse_csv("a,b\n\"open,2\n3,4\n", ',');
        REQUIRE(parsed.problems.size() == 1);
        CHECK(parsed.problems[0].row == 2);
    }
}

TEST_CASE("read_table builds the header and reports ragged rows", "[csv_reader]") {
    SECTION("short rows are padded, long rows cut, each with a problem") {
        const TableReading reading = read_table("a;b;c\n1;2\n1;2;3;4\n");
        REQUIRE(reading.ok);
        CHECK(reading.table.row(0).strings() == std::vector<std::string>{"1", "2", ""});
        CHECK(reading.table.row(1).size() == 3);
        REQUIRE(reading.problems.size() == 2);
        CHECK(reading.problems[0].row == 2);
        CHECK(reading.problems[1].row == 3);
    }
    SECTION("a trailing empty cell beyond the header is not a problem") {
        const TableReading reading = read_table("a;b\n1;2;\n");
        CHECK(reading.problems.empty());
    }
    SECTION("a first row of numbers is data, not a header") {
        const TableReading reading = read_table("9\n10\n3\n");
        REQUIRE(reading.ok);
        CHECK(reading.table.header == std::vector<std::string>{"Column 1"});
        CHECK(reading.table.row_count() == 3);
        CHECK(reading.table.source_row(0) == 1);
    }
    SECTION("empty input is not a table") {
        CHECK_FALSE(read_table("").ok);
        CHECK_FALSE(read_table("\n\n\r\n").ok);
    }
    SECTION("the BOM never sticks to the first header") {
        const TableReading reading = read_table("\xEF\xBB\xBF"
                                                "A,B,C\nX,Y,Z");
        REQUIRE(reading.ok);
        CHECK(reading.table.header[0] == "A");
        CHECK(reading.table.find_column("A") == 0);
    }
}

TEST_CASE("regression: a short row says 1 cell, not 1 cells", "[csv_reader]") {
    const TableReading reading = read_table("a;b;c\n1\n");
    REQUIRE(reading.problems.size() == 1);
    CHECK(reading.problems[0].message.en.find("This row has 1 cell, the header has 3") == 0);
    CHECK(reading.problems[0].message.de.find("Diese Zeile hat 1 Zelle, die Kopfzeile 3") == 0);
}

TEST_CASE("regression: an undoubled quote in a quoted cell is a problem", "[csv_reader]") {
    const TableReading reading = read_table("Follower,Likes,Text\n1000,10,\"he said \"hi\" ok\n");
    REQUIRE(reading.ok);
    CHECK(reading.table.row(0)[2] == "he said hi\" ok");
    REQUIRE(reading.problems.size() == 1);
    CHECK(reading.problems[0].row == 2);
    CHECK(reading.problems[0].column == "Text");
    CHECK(reading.problems[0].message.en.find("is not doubled") != std::string::npos);
    CHECK(reading.problems[0].message.de.find("„he said hi\" ok“") != std::string::npos);
    // "12" cm: text after the closing quote of the first field.
    CHECK(read_table("a,b\n\"12\" cm,x\n").problems.size() == 1);
}

TEST_CASE("regression: mixed separators in the header are a warning", "[csv_reader]") {
    const TableReading reading = read_table("Follower;Likes,Kommentare\n1000;10,1\n");
    REQUIRE(reading.problems.size() == 1);
    CHECK(reading.problems[0].column == "Likes,Kommentare");
    CHECK(reading.problems[0].severity == Severity::Warning);
    CHECK(mixed_separator_problems({"Umsatz, netto", "Wert"}, ';', 1).empty());
    CHECK(mixed_separator_problems({"Wie wahrscheinlich, dass"}, '\0', 1).empty());
    CHECK(mixed_separator_problems({"a;b", "c"}, ',', 1).size() == 1);
}
