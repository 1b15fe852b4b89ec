#include "engine/text_decoding.h"

#include <cstdint>

namespace engage {
namespace {

void append_utf8(std::string& out, std::uint32_t code_point) {
    if (code_point < 0x80) {
        out += static_cast<char>(code_point);
    } else if (code_point < 0x800) {
        out += static_cast<char>(0xC0 | (code_point >> 6));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    } else if (code_point < 0x10000) {
        out += static_cast<char>(0xE0 | (code_point >> 12));
        out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (code_point >> 18));
        out += static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    }
}

bool decode_utf16(std::string_view bytes, bool little_endian, std::string& out) {
    const std::size_t units = bytes.size() / 2;
    out.reserve(bytes.size());
    for (std::size_t i = 0; i < units; ++i) {
        const auto lo = static_cast<unsigned char>(bytes[2 * i + (little_endian ? 0 : 1)]);
        const auto hi = static_cast<unsigned char>(bytes[2 * i + (little_endian ? 1 : 0)]);
        std::uint32_t unit = static_cast<std::uint32_t>(hi) << 8 | lo;

        if (unit >= 0xD800 && unit <= 0xDBFF) {
            if (i + 1 >= units)
                return false;
            const auto lo2 =
                static_cast<unsigned char>(bytes[2 * (i + 1) + (little_endian ? 0 : 1)]);
            const auto hi2 =
                static_cast<unsigned char>(bytes[2 * (i + 1) + (little_endian ? 1 : 0)]);
            const std::uint32_t next = static_cast<std::uint32_t>(hi2) << 8 | lo2;
            if (next < 0xDC00 || next > 0xDFFF)
                return false;
            unit = 0x10000 + ((unit - 0xD800) << 10) + (next - 0xDC00);
            ++i;
        } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
            return false;
        }
        append_utf8(out, unit);
    }
    // An odd trailing byte is a cut-off file; it cannot be a character.
    return bytes.size() % 2 == 0;
}

// Windows-1252's 0x80..0x9F block; 0 marks the five unassigned bytes.
const std::uint16_t cp1252_high[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

bool starts_with(std::string_view bytes, std::string_view prefix) {
    return bytes.substr(0, prefix.size()) == prefix;
}

// Files people drop by mistake, recognised by their first bytes.
bool refuse_known_binary(std::string_view bytes, Localized& error) {
    struct Signature {
        std::string_view magic;
        const char* en;
        const char* de;
    };
    static const Signature signatures[] = {
        {"PK\x03\x04",
         "This looks like an Excel workbook (.xlsx) or another ZIP file. "
         "Save the sheet as CSV (File > Save as > CSV UTF-8) and open that.",
         "Das sieht nach einer Excel-Arbeitsmappe (.xlsx) oder einer anderen ZIP-Datei aus. "
         "Speichern Sie das Blatt als CSV (Datei > Speichern unter > CSV UTF-8) und öffnen "
         "Sie diese Datei."},
        {"\xD0\xCF\x11\xE0",
         "This looks like an old Excel workbook (.xls). Save the sheet as "
         "CSV and open that.",
         "Das sieht nach einer alten Excel-Arbeitsmappe (.xls) aus. Speichern Sie das Blatt als "
         "CSV und öffnen Sie diese Datei."},
        {"\x89PNG", "This is a PNG image, not a table. Export your figures as CSV instead.",
         "Das ist ein PNG-Bild, keine Tabelle. Exportieren Sie Ihre Zahlen stattdessen als CSV."},
        {"\xFF\xD8\xFF", "This is a JPEG image, not a table. Export your figures as CSV instead.",
         "Das ist ein JPEG-Bild, keine Tabelle. Exportieren Sie Ihre Zahlen stattdessen als "
         "CSV."},
        {"GIF8", "This is a GIF image, not a table. Export your figures as CSV instead.",
         "Das ist ein GIF-Bild, keine Tabelle. Exportieren Sie Ihre Zahlen stattdessen als CSV."},
        {"%PDF",
         "This is a PDF document, not a table. Export the report as CSV from the tool "
         "that made it.",
         "Das ist ein PDF-Dokument, keine Tabelle. Exportieren Sie den Bericht als CSV aus dem "
         "Programm, das ihn erstellt hat."},
        {"\x1F\x8B", "This is a gzip archive. Unpack it first, then open the CSV inside.",
         "Das ist ein gzip-Archiv. Entpacken Sie es zuerst und öffnen Sie dann die CSV darin."},
    };
    for (const Signature& signature : signatures) {
        if (starts_with(bytes, signature.magic)) {
            error = {signature.en, signature.de};
            return true;
        }
    }
    return false;
}

// UTF-16 without a mark: in mostly-ASCII text every other byte is zero.
int guess_utf16_without_bom(std::string_view bytes) {
    const std::size_t sample = bytes.size() < 4096 ? bytes.size() : 4096;
    if (sample < 4)
        return 0;
    std::size_t zero_even = 0;
    std::size_t zero_odd = 0;
    for (std::size_t i = 0; i < sample; ++i)
        if (bytes[i] == '\0')
            (i % 2 == 0 ? zero_even : zero_odd)++;
    const std::size_t pairs = sample / 2;
    if (zero_odd > pairs * 6 / 10 && zero_even < pairs / 10)
        return 1; // little-endian: "A\0"
    if (zero_even > pairs * 6 / 10 && zero_odd < pairs / 10)
        return 2; // big-endian: "\0A"
    return 0;
}

// Windows-1252 text from a German or English spreadsheet has few high bytes, mostly single
// letters (ä, ö, ü, ß, é) between ASCII ones. Shift-JIS, GBK or EUC text has runs of high
// bytes, and binary files have control bytes. Either is refused rather than garbled.
bool plausible_windows_1252(std::string_view bytes) {
    std::size_t high = 0;
    std::size_t high_runs = 0;
    std::size_t control = 0;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const auto byte = static_cast<unsigned char>(bytes[i]);
        if (byte >= 0x80) {
            ++high;
            if (i + 1 < bytes.size() && static_cast<unsigned char>(bytes[i + 1]) >= 0x80)
                ++high_runs;
        } else if (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') {
            ++control;
        }
    }
    if (control > 0)
        return false;
    return high_runs * 4 <= high;
}

} // namespace

bool is_valid_utf8(std::string_view bytes) {
    std::size_t i = 0;
    const std::size_t n = bytes.size();
    while (i < n) {
        const auto byte = static_cast<unsigned char>(bytes[i]);
        if (byte < 0x80) {
            ++i;
            continue;
        }

        std::size_t length = 0;
        std::uint32_t code_point = 0;
        if ((byte & 0xE0) == 0xC0) {
            length = 2;
            code_point = byte & 0x1F;
        } else if ((byte & 0xF0) == 0xE0) {
            length = 3;
            code_point = byte & 0x0F;
        } else if ((byte & 0xF8) == 0xF0) {
            length = 4;
            code_point = byte & 0x07;
        } else {
            return false;
        }
        if (i + length > n)
            return false;
        for (std::size_t k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(bytes[i + k]);
            if ((next & 0xC0) != 0x80)
                return false;
            code_point = code_point << 6 | (next & 0x3F);
        }

        const bool overlong = (length == 2 && code_point < 0x80) ||
                              (length == 3 && code_point < 0x800) ||
                              (length == 4 && code_point < 0x10000);
        if (overlong || code_point > 0x10FFFF || (code_point >= 0xD800 && code_point <= 0xDFFF))
            return false;
        i += length;
    }
    return true;
}

DecodedText decode_text(std::string_view bytes) {
    DecodedText result;

    if (starts_with(bytes, "\xEF\xBB\xBF")) {
        const std::string_view body = bytes.substr(3);
        if (!is_valid_utf8(body)) {
            result.error = {"The file starts with a UTF-8 mark but is not valid UTF-8. Save it "
                            "again as \"CSV UTF-8\".",
                            "Die Datei beginnt mit einer UTF-8-Markierung, ist aber kein "
                            "gültiges UTF-8. Speichern Sie sie erneut als „CSV UTF-8“."};
            return result;
        }
        result.ok = true;
        result.text = std::string(body);
        result.encoding = "UTF-8 (BOM)";
        return result;
    }

    const bool bom_le = starts_with(bytes, "\xFF\xFE");
    const bool bom_be = starts_with(bytes, "\xFE\xFF");
    const int guessed = bom_le || bom_be ? 0 : guess_utf16_without_bom(bytes);
    if (bom_le || bom_be || guessed != 0) {
        const bool little = bom_le || guessed == 1;
        const std::string_view body = bom_le || bom_be ? bytes.substr(2) : bytes;
        if (!decode_utf16(body, little, result.text)) {
            result.text.clear();
            result.error = {"The file looks like UTF-16 text but is cut off or damaged. Export it "
                            "again, or save it as \"CSV UTF-8\".",
                            "Die Datei sieht nach UTF-16-Text aus, ist aber abgeschnitten oder "
                            "beschädigt. Exportieren Sie sie erneut oder speichern Sie sie als "
                            "„CSV UTF-8“."};
            return result;
        }
        result.ok = true;
        result.encoding =
            std::string(little ? "UTF-16LE" : "UTF-16BE") + (bom_le || bom_be ? " (BOM)" : "");
        return result;
    }

    if (refuse_known_binary(bytes, result.error))
        return result;

    if (is_valid_utf8(bytes)) {
        if (bytes.find('\0') != std::string_view::npos) {
            result.error = {"The file contains binary data, not text. Export your figures as CSV.",
                            "Die Datei enthält Binärdaten, keinen Text. Exportieren Sie Ihre "
                            "Zahlen als CSV."};
            return result;
        }
        result.ok = true;
        result.text = std::string(bytes);
        result.encoding = "UTF-8";
        return result;
    }

    if (!plausible_windows_1252(bytes)) {
        result.error = {"The file is in an encoding EngageLens cannot read (for example "
                        "Shift-JIS or another East Asian encoding), or it is not text. Save it "
                        "as \"CSV UTF-8\" and open it again.",
                        "Die Datei hat eine Zeichenkodierung, die EngageLens nicht lesen kann "
                        "(zum Beispiel Shift-JIS oder eine andere ostasiatische Kodierung), oder "
                        "sie ist kein Text. Speichern Sie sie als „CSV UTF-8“ und öffnen "
                        "Sie sie "
                        "erneut."};
        return result;
    }

    result.text.reserve(bytes.size() + bytes.size() / 8);
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x80 && byte < 0xA0) {
            const std::uint16_t mapped = cp1252_high[byte - 0x80];
            append_utf8(result.text, mapped != 0 ? mapped : byte);
        } else {
            append_utf8(result.text, byte);
        }
    }
    result.ok = true;
    result.encoding = "Windows-1252";
    return result;
}

} // namespace engage
