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

// True when `bytes` is well-formed UTF-8 (no overlong forms, no surrogates).
bool is_valid_utf8(std::string_view bytes);

} // namespace engage
