#include "engine/line_breaks.h"

#include <catch2/catch.hpp>

#include <sstream>
#include <vector>

using namespace engage;

namespace {

// One unit per character (UTF-8 continuation bytes take no room): a monospaced font.
float characters(std::string_view text) {
    float width = 0.0f;
    for (const char c : text)
        width += (static_cast<unsigned char>(c) & 0xC0) == 0x80 ? 0.0f : 1.0f;
    return width;
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}

} // namespace

TEST_CASE("a number and its unit stay together", "[line_breaks]") {
    CHECK(attach_units("= 5,0 % (über 3 Zeilen)") == "= 5,0\u00A0% (über 3 Zeilen)");
    CHECK(attach_units("542 s / 2 = 4 min; 1.234 €") ==
          "542\u00A0s / 2 = 4\u00A0min; 1.234\u00A0€");
    CHECK(attach_units("95 %: 12,5 %)") == "95\u00A0%: 12,5\u00A0%)");
    CHECK(attach_units("likes + comments") == "likes + comments");
    CHECK(attach_units("row 3 s") == "row 3\u00A0s");
}

TEST_CASE("regression: German numbers never wrap after their comma or point", "[line_breaks]") {
    const std::string formula =
        attach_units("38.165 / 213.434.828 × 100 = 0,0179 % (Verhältnis der Summen über 1.143 "
                     "Zeilen)");
    // From the longest word up: narrower lines must cut words (tested below).
    for (float width = 11.0f; width <= 40.0f; width += 1.0f) {
        INFO("width " << width);
        const std::vector<std::string> lines = lines_of(break_lines(formula, width, characters));
        std::string joined;
        for (const std::string& line : lines) {
            CHECK(characters(line) <= width);
            CHECK(line.back() != ',');
            CHECK(line.back() != '.');
            CHECK(line.rfind("%", 0) != 0);
            joined += (joined.empty() ? "" : " ") + line;
        }
        CHECK(joined == formula);
    }
}

TEST_CASE("line breaks keep the text's own lines and cut words wider than a line",
          "[line_breaks]") {
    CHECK(break_lines("one two\nthree", 100.0f, characters) == "one two\nthree");
    CHECK(break_lines("one two three", 7.0f, characters) == "one two\nthree");
    CHECK(break_lines("abcdefghij", 4.0f, characters) == "abcd\nefgh\nij");
    CHECK(break_lines("ä ööööö", 3.0f, characters) == "ä\nööö\nöö");
    CHECK(break_lines("", 10.0f, characters).empty());
}
