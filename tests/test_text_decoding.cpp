#include "engine/text_decoding.h"
#include "shared_data.h"

#include <catch2/catch.hpp>

using namespace engage;

namespace {

std::string utf16(const std::u16string& text, bool little_endian, bool bom) {
    std::string bytes;
    if (bom)
        bytes += little_endian ? "\xFF\xFE" : "\xFE\xFF";
    for (const char16_t unit : text) {
        const char lo = static_cast<char>(unit & 0xFF);
        const char hi = static_cast<char>(unit >> 8);
        bytes += little_endian ? std::string{lo, hi} : std::string{hi, lo};
    }
    return bytes;
}

} // namespace

TEST_CASE("UTF-8 with and without byte-order mark", "[text_decoding]") {
    const DecodedText plain = decode_text("Gef\xC3\xA4llt mir;5\n");
    CHECK(plain.ok);
    CHECK(plain.encoding == "UTF-8");

    // Regression: the mark glued to the first header name hid the first column.
    const DecodedText marked = decode_text("\xEF\xBB\xBF"
                                           "Follower;Likes\n");
    CHECK(marked.ok);
    CHECK(marked.encoding == "UTF-8 (BOM)");
    CHECK(marked.text == "Follower;Likes\n");
}

TEST_CASE("UTF-16 in both byte orders", "[text_decoding]") {
    const std::u16string text = u"Absprünge\t€\n";
    const std::string expected = "Absprünge\t€\n";
    SECTION("little endian with BOM (Excel Unicode text, Matomo)") {
        const DecodedText decoded = decode_text(utf16(text, true, true));
        CHECK(decoded.ok);
        CHECK(decoded.encoding == "UTF-16LE (BOM)");
        CHECK(decoded.text == expected);
    }
    SECTION("big endian with BOM") {
        const DecodedText decoded = decode_text(utf16(text, false, true));
        CHECK(decoded.encoding == "UTF-16BE (BOM)");
        CHECK(decoded.text == expected);
    }
    SECTION("little endian without BOM is recognised by its zero bytes") {
        const DecodedText decoded = decode_text(utf16(u"Follower;Likes\n5000;250\n", true, false));
        CHECK(decoded.ok);
        CHECK(decoded.encoding == "UTF-16LE");
        CHECK(decoded.text == "Follower;Likes\n5000;250\n");
    }
    SECTION("a cut-off UTF-16 file is refused, not garbled") {
        std::string bytes = utf16(u"ab", true, true);
        bytes += 'x';
        CHECK_FALSE(decode_text(bytes).ok);
    }
}

TEST_CASE("Windows-1252 when the bytes are not UTF-8", "[text_decoding]") {
    const DecodedText decoded = decode_text("Gef\xE4llt mir;Umsatz \x80\n5;7\n");
    CHECK(decoded.ok);
    CHECK(decoded.encoding == "Windows-1252");
    CHECK(decoded.text == "Gefällt mir;Umsatz €\n5;7\n");
}

TEST_CASE("files that are not text tables are refused with advice", "[text_decoding]") {
    SECTION("xlsx") {
        const DecodedText decoded = decode_text(std::string("PK\x03\x04\x14\x00", 6));
        CHECK_FALSE(decoded.ok);
        CHECK(decoded.error.en.find("CSV") != std::string::npos);
        CHECK(decoded.error.de.find("CSV") != std::string::npos);
    }
    SECTION("png and pdf") {
        CHECK_FALSE(decode_text("\x89PNG\r\n\x1A\n").ok);
        CHECK(decode_text("%PDF-1.7\n").error.en.find("PDF") != std::string::npos);
    }
    SECTION("Shift-JIS from the PapaParse fixture") {
        ENGAGE_REQUIRE_SHARED_FILE(bytes, "csv-edge-cases/papaparse/sjis-sample.csv");
        const DecodedText decoded = decode_text(bytes);
        CHECK_FALSE(decoded.ok);
        CHECK(decoded.error.en.find("Shift-JIS") != std::string::npos);
    }
}

TEST_CASE("UTF-8 validation", "[text_decoding]") {
    CHECK(is_valid_utf8("a\xC3\xA4\xE2\x82\xAC\xF0\x9F\x98\x80"));
    CHECK_FALSE(is_valid_utf8("\xC0\xAF"));     // overlong
    CHECK_FALSE(is_valid_utf8("\xED\xA0\x80")); // surrogate
    CHECK_FALSE(is_valid_utf8("\xE2\x82"));     // cut off
}
