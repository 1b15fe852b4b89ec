#include "engine/text_decoding.h"

#include <cstdint>
#include <cstring>

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

namespace engage {
namespace {

constexpr std::size_t decision_bytes = 64 * 1024;

// Length of a complete UTF-8 sequence starting at `at`, 0 when invalid, -1 when cut off by the
// end of the buffer.
int utf8_sequence_length(std::string_view bytes, std::size_t at) {
    const auto lead = static_cast<unsigned char>(bytes[at]);
    int length = 0;
    if (lead < 0x80)
        return 1;
    if ((lead & 0xE0) == 0xC0 && lead >= 0xC2)
        length = 2;
    else if ((lead & 0xF0) == 0xE0)
        length = 3;
    else if ((lead & 0xF8) == 0xF0 && lead <= 0xF4)
        length = 4;
    else
        return 0;
    for (int k = 1; k < length; ++k) {
        if (at + static_cast<std::size_t>(k) >= bytes.size())
            return -1;
        if ((static_cast<unsigned char>(bytes[at + k]) & 0xC0) != 0x80)
            return 0;
    }
    return is_valid_utf8(bytes.substr(at, static_cast<std::size_t>(length))) ? length : 0;
}

} // namespace

bool TextStreamDecoder::feed(std::string_view bytes, std::string& out) {
    if (refused_)
        return false;
    if (kind_ == Kind::Undecided) {
        head_.append(bytes);
        if (head_.size() < decision_bytes)
            return true;
        return decide(out, false);
    }
    decode(bytes, out, false);
    return true;
}

bool TextStreamDecoder::finish(std::string& out) {
    if (refused_)
        return false;
    if (kind_ == Kind::Undecided)
        return decide(out, true);
    decode({}, out, true);
    return true;
}

bool TextStreamDecoder::decide(std::string& out, bool final_chunk) {
    std::string_view head = head_;

    // The one-shot decoder makes the decision; on a head cut at an arbitrary byte, a trailing
    // partial UTF-8 or UTF-16 character must not count against its encoding.
    std::string_view probe = head;
    if (!final_chunk) {
        std::size_t cut = probe.size();
        for (int back = 1; back <= 3 && back <= static_cast<int>(cut); ++back) {
            const auto byte = static_cast<unsigned char>(probe[cut - back]);
            if ((byte & 0xC0) == 0xC0) {
                cut -= back;
                break;
            }
            if ((byte & 0x80) == 0)
                break;
        }
        probe = probe.substr(0, cut);
        if (probe.size() % 2 == 1 && (probe.substr(0, 2) == "\xFF\xFE" ||
                                      probe.substr(0, 2) == "\xFE\xFF"))
            probe.remove_suffix(1);
    }
    DecodedText decided = decode_text(probe);
    if (!decided.ok) {
        refused_ = true;
        error_ = decided.error;
        encoding_ = decided.encoding;
        return false;
    }
    encoding_ = decided.encoding;

    std::size_t skip = 0;
    if (encoding_.rfind("UTF-16LE", 0) == 0) {
        kind_ = Kind::Utf16Le;
        skip = encoding_.find("BOM") != std::string::npos ? 2 : 0;
    } else if (encoding_.rfind("UTF-16BE", 0) == 0) {
        kind_ = Kind::Utf16Be;
        skip = encoding_.find("BOM") != std::string::npos ? 2 : 0;
    } else if (encoding_ == "Windows-1252") {
        kind_ = Kind::Windows1252;
    } else {
        kind_ = Kind::Utf8;
        skip = encoding_ == "UTF-8 (BOM)" ? 3 : 0;
    }
    std::string held = head_.substr(skip);
    head_.clear();
    head_.shrink_to_fit();
    decode(held, out, final_chunk);
    return true;
}

void TextStreamDecoder::decode(std::string_view bytes, std::string& out, bool final_chunk) {
    std::string joined;
    if (!carry_.empty()) {
        joined = carry_;
        joined.append(bytes);
        carry_.clear();
        bytes = joined;
    }

    switch (kind_) {
    case Kind::Utf8: {
        std::size_t i = 0;
        std::size_t run = 0;
        while (i < bytes.size()) {
            // Exports are mostly ASCII: skip 32 such bytes at a time (the hot path), then eight.
            if (bytes.size() - i >= 32) {
                std::uint64_t words[4];
                std::memcpy(words, bytes.data() + i, sizeof words);
                if (((words[0] | words[1] | words[2] | words[3]) & 0x8080808080808080) == 0) {
                    i += sizeof words;
                    continue;
                }
            }
            std::uint64_t word = 0;
            if (bytes.size() - i >= sizeof word) {
                std::memcpy(&word, bytes.data() + i, sizeof word);
                if ((word & 0x8080808080808080) == 0) {
                    i += sizeof word;
                    continue;
                }
            }
            if (static_cast<unsigned char>(bytes[i]) < 0x80) {
                ++i;
                continue;
            }
            const int length = utf8_sequence_length(bytes, i);
            if (length > 0) {
                i += static_cast<std::size_t>(length);
            } else if (length < 0 && !final_chunk) {
                break; // cut by the chunk boundary: carry it over
            } else {
                out.append(bytes.substr(run, i - run));
                out += "\xEF\xBF\xBD";
                ++replaced_;
                ++i;
                run = i;
            }
        }
        out.append(bytes.substr(run, i - run));
        carry_ = std::string(bytes.substr(i));
        break;
    }
    case Kind::Utf16Le:
    case Kind::Utf16Be: {
        std::size_t usable = bytes.size() - bytes.size() % 2;
        // Keep a high surrogate for the next chunk.
        if (usable >= 2 && !final_chunk) {
            const bool little = kind_ == Kind::Utf16Le;
            const auto hi = static_cast<unsigned char>(bytes[usable - (little ? 1 : 2)]);
            if (hi >= 0xD8 && hi <= 0xDB)
                usable -= 2;
        }
        std::string piece;
        if (!decode_utf16(bytes.substr(0, usable), kind_ == Kind::Utf16Le, piece)) {
            ++replaced_;
            piece += "\xEF\xBF\xBD";
        }
        out += piece;
        carry_ = std::string(bytes.substr(usable));
        if (final_chunk && !carry_.empty()) {
            ++replaced_;
            carry_.clear();
        }
        break;
    }
    case Kind::Windows1252:
        for (const char c : bytes) {
            const auto byte = static_cast<unsigned char>(c);
            if (byte >= 0x80 && byte < 0xA0) {
                const std::uint16_t mapped = cp1252_high[byte - 0x80];
                append_utf8(out, mapped != 0 ? mapped : byte);
            } else {
                append_utf8(out, byte);
            }
        }
        break;
    case Kind::Undecided:
        break;
    }
}

} // namespace engage
