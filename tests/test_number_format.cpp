#include "engine/number_format.h"

#include <catch2/catch.hpp>

using namespace engage;

namespace {

double number(std::string_view text, char decimal) {
    const CellNumber cell = parse_cell(text, decimal);
    REQUIRE(cell.kind == CellKind::Number);
    return cell.value;
}

DecimalDecision decide(std::vector<std::string_view> cells, bool is_count, char fallback = '?') {
    return decide_decimal(cells, is_count, fallback);
}

} // namespace

TEST_CASE("German and English numbers", "[number_format]") {
    SECTION("thousands and decimals in both orders") {
        CHECK(number("1.234,5", ',') == Approx(1234.5));
        CHECK(number("1,234.5", '.') == Approx(1234.5));
        CHECK(number("334.327,57", ',') == Approx(334327.57));
        CHECK(number("5.000", ',') == Approx(5000));
        CHECK(number("5,000", '.') == Approx(5000));
        CHECK(number("1.234.567", ',') == Approx(1234567));
    }
    SECTION("space-like and Swiss thousands separators") {
        CHECK(number("12 345", '.') == Approx(12345));
        CHECK(number("12\xC2\xA0"
                     "345,5",
                     ',') == Approx(12345.5)); // no-break space
        CHECK(number("12\xE2\x80\x89"
                     "345",
                     ',') == Approx(12345)); // thin space
        CHECK(number("1'234'567.5", '.') == Approx(1234567.5));
        CHECK(number("1\xE2\x80\x99"
                     "234",
                     '.') == Approx(1234)); // ’
    }
    SECTION("signs, percent and currency") {
        CHECK(number("-12,5", ',') == Approx(-12.5));
        CHECK(number("\xE2\x88\x92"
                     "3",
                     '.') == Approx(-3)); // U+2212
        CHECK(number("(12,50)", ',') == Approx(-12.5));
        const CellNumber percent = parse_cell("12,5 %", ',');
        CHECK(percent.kind == CellKind::Number);
        CHECK(percent.percent);
        CHECK(percent.value == Approx(12.5));
        CHECK(parse_cell("99,88%", ',').value == Approx(99.88));
        CHECK(number("1.234,50 \xE2\x82\xAC", ',') == Approx(1234.5)); // €
        CHECK(number("US$ 0,00", ',') == Approx(0));
        CHECK(number("$1,299.99", '.') == Approx(1299.99));
    }
    SECTION("durations in seconds") {
        CHECK(number("00:01:19", '.') == Approx(79));
        CHECK(number("1:02:03", ',') == Approx(3723));
        CHECK(number("2:31", '.') == Approx(151));
        CHECK(number("4 min 31s", '.') == Approx(271));
        CHECK(number("83 s", '.') == Approx(83));
        CHECK(parse_cell("00:01:19", '.').duration);
    }
    SECTION("float-written counts from the Twitter export") {
        CHECK(number("7767.0", '.') == Approx(7767));
    }
}

TEST_CASE("missing markers are missing, not zero", "[number_format]") {
    for (const char* marker : {"", "  ", "-", "\xE2\x80\x93", "NA", "n/a", "N/A", "null", "None"})
        CHECK(parse_cell(marker, '.').kind == CellKind::Missing);
}

TEST_CASE("text that is not a number in the column's format", "[number_format]") {
    CHECK(parse_cell("abc", '.').kind == CellKind::Text);
    CHECK(parse_cell("1,234.5", ',').kind == CellKind::Text); // English form in a German column
    CHECK(parse_cell("0.25", ',').kind == CellKind::Text);    // decimal point, German column
    CHECK(parse_cell("1.23.4", ',').kind == CellKind::Text);  // broken grouping
    CHECK(parse_cell("12 apples", '.').kind == CellKind::Text);
    CHECK(parse_cell("1,5,5", ',').kind == CellKind::Text);
}

TEST_CASE("a column's decimal separator is decided from all its values", "[number_format]") {
    SECTION("an unambiguous cell decides for the whole column") {
        CHECK(decide({"5.000", "12,5"}, false).decimal == ',');
        CHECK(decide({"5,000", "0.25"}, false).decimal == '.');
        CHECK(decide({"1.234,5"}, false).decimal == ',');
        CHECK(decide({"1,234.5"}, false).decimal == '.');
        CHECK(decide({"1.234.567"}, false).decimal == ',');
    }
    SECTION("counts are whole numbers, so 2.400 impressions are 2400") {
        const DecimalDecision german = decide({"2.400", "5.000"}, true);
        CHECK(german.decimal == ',');
        CHECK(number("2.400", german.decimal) == Approx(2400));
        const DecimalDecision english = decide({"2,400", "5,000"}, true);
        CHECK(english.decimal == '.');
    }
    SECTION("ambiguous non-count columns fall back to the file's hint") {
        const DecimalDecision decision = decide({"1.500"}, false, ',');
        CHECK(decision.decimal == ',');
        CHECK_FALSE(decision.from_values);
    }
    SECTION("regression: 0,123 is a decimal, not a thousands group") {
        CHECK(decide({"0,123"}, false).decimal == ',');
    }
}

TEST_CASE("the plain-number fast path gives the general path's values", "[number_format]") {
    SECTION("grouped counts and decimal commas, correctly rounded") {
        double value = 0;
        REQUIRE(parse_plain_number("1.808.792", ',', value));
        CHECK(value == 1808792.0);
        REQUIRE(parse_plain_number("-1.234,56", ',', value));
        CHECK(value == -1234.56); // the double nearest to -1234.56, as strtod gives
        REQUIRE(parse_plain_number("0.1", '.', value));
        CHECK(value == 0.1);
    }
    SECTION("malformed groups and long numbers are left to the general path") {
        double value = 0;
        CHECK_FALSE(parse_plain_number("1.23", ',', value));
        CHECK_FALSE(parse_plain_number("1.2345", ',', value));
        CHECK_FALSE(parse_plain_number("1234.567", ',', value));
        CHECK_FALSE(parse_plain_number("12 345", ',', value));
        CHECK_FALSE(parse_plain_number("1234567890123456", '.', value)); // 16 digits
    }
    SECTION("regression: 24 digits overflowed the mantissa before the 15-digit refusal") {
        double value = 0;
        CHECK_FALSE(parse_plain_number("333333333333333333333333", '.', value));
        CHECK(number("333333333333333333333333", '.') == Approx(3.33333333333333e23));
    }
}
