// Text decoding: from the bytes of a pasted or uploaded file to UTF-8 text.
//
// Contract:
// - Byte-order marks decide first: EF BB BF is UTF-8, FF FE is UTF-16LE, FE FF is UTF-16BE.
//   The mark is removed, so it never sticks to the first header name.
// - Without a mark: UTF-16 is recognised by its zero bytes in ASCII text; valid UTF-8 is UTF-8;
//   anything else that reads as Western European text is Windows-1252 (a superset of Latin-1).
// - Bytes that are neither (Shift-JIS and other East Asian encodings, binary files, spreadsheets,
//   images, PDFs) are refused with a message naming what the file looks like and what to do.
//   Nothing is ever decoded into garbled text.
// - Line ends are kept as they are; the CSV reader handles CRLF, LF and CR.
#pragma once

#include "engine/localized.h"

#include <string>
#include <string_view>

namespace engage {

struct DecodedText {
    bool ok = false;
    std::string text;     // UTF-8, without byte-order mark
    std::string encoding; // "UTF-8", "UTF-8 (BOM)", "UTF-16LE (BOM)", "Windows-1252", ...
    Localized error;      // when !ok
};

DecodedText decode_text(std::string_view bytes);

// The same decisions for text that arrives in chunks (File.slice pieces, stdin blocks).
// - The encoding is decided from the first 64 KiB (or all of a shorter input): marks, UTF-16
//   zero bytes, binary signatures, then UTF-8 validity and the Windows-1252 plausibility test.
// - Later chunks are decoded in the same encoding; characters split across chunk boundaries are
//   carried over. A UTF-8 file that turns invalid later gets U+FFFD for the bad bytes, counted
//   in `replaced_bytes()` so the caller can report it: never silently garbled.
class TextStreamDecoder {
public:
    // Appends the UTF-8 text decoded so far to `out`. Returns false once the input was refused.
    bool feed(std::string_view bytes, std::string& out);
    bool finish(std::string& out);

    bool refused() const { return refused_; }
    const Localized& error() const { return error_; }
    const std::string& encoding() const { return encoding_; }
    long replaced_bytes() const { return replaced_; }

private:
    enum class Kind { Undecided, Utf8, Utf16Le, Utf16Be, Windows1252 };

    bool decide(std::string& out, bool final_chunk);
    void decode(std::string_view bytes, std::string& out, bool final_chunk);

    Kind kind_ = Kind::Undecided;
    std::string head_;  // bytes held back until the encoding is decided
    std::string carry_; // an incomplete character at a chunk boundary
    std::string encoding_;
    Localized error_;
    bool refused_ = false;
    long replaced_ = 0;
};

// True when `bytes` is well-formed UTF-8 (no overlong forms, no surrogates).
bool is_valid_utf8(std::string_view bytes);

} // namespace engage
