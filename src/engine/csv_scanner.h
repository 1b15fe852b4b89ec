// CsvScanner: an incremental RFC 4180 scanner. Text arrives in chunks of any size (a paste, or
// File.slice pieces of a 1 GB upload); whole records come out.
//
// Contract:
// - `feed(chunk, sink)` calls sink(fields, first_row, last_row) for every record completed by the
//   chunk; `finish(sink)` flushes the last record. `fields` are views into the scanner's buffer,
//   valid only during the call. Rows are 1-based physical lines: a record with a quoted newline
//   spans first_row..last_row, and blank lines are skipped but still counted, as in a spreadsheet.
// - Quoted fields may hold the delimiter, CR, LF and doubled quotes; CRLF, LF and CR all end a
//   record, also when the chunk boundary falls between CR and LF.
// - Text between a closing quote and the next delimiter is kept (spreadsheets do the same).
// - An unterminated quote is reported once through `unterminated_quote_row()` (0 when none);
//   the rest of the text becomes that field.
// - A quote inside a quoted field that is not doubled ("he said "hi" ok") closes the field early;
//   the cell is read as spreadsheets read it (he said hi" ok) and `quote_faults()` names its row,
//   field and the start of its text, for the first `max_quote_faults` such cells.
// - Memory: one record's bytes at a time, whatever the file size.
//
// Speed: a record that lies whole inside the chunk is handed out as views into the chunk
// itself, its field ends found 16 bytes at a time (byte_search.h). A quoted field is a view too
// when it holds no doubled quote and no line break and its closing quote ends the field. Other
// records, and records cut by a chunk boundary, go byte by byte through the buffer.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "engine/byte_search.h"

namespace engage {

// A cell whose quoted text ended before the field did: a quote inside it was not doubled.
struct QuoteFault {
    long row = 0;          // the row the cell starts in
    std::size_t field = 0; // 0-based field index in its record
    std::string cell;      // the cell as read, its first `kept_bytes` only: enough to quote it
    static constexpr std::size_t kept_bytes = 64;
};

class CsvScanner {
public:
    static constexpr std::size_t max_quote_faults = 1000;

    explicit CsvScanner(char delimiter) : delimiter_(delimiter) {}

    template <class Sink> void feed(std::string_view chunk, Sink&& sink);
    template <class Sink> void finish(Sink&& sink);

    long unterminated_quote_row() const { return unterminated_row_; }
    long rows_seen() const { return row_; }
    const std::vector<QuoteFault>& quote_faults() const { return quote_faults_; }

private:
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted, AfterClosingQuote };

    template <class Sink> void end_record(Sink& sink);
    void note_quote_fault();
    template <class Sink>
    const char* scan_in_place(const char* p, const char* end, ByteFinder& finder, Sink& sink);
    const char* quoted_field_end(const char* field, const char* end) const;

    char delimiter_;
    State state_ = State::FieldStart;
    std::string buffer_;
    std::vector<std::size_t> ends_;
    std::vector<std::string_view> views_;
    bool record_quoted_ = false;
    bool pending_cr_ = false;       // a CR ended the last record; swallow a following LF
    bool pending_cr_quoted_ = false; // a CR inside quotes; a following LF is the same line end
    long row_ = 1;
    long record_row_ = 1;
    long quote_row_ = 0;
    long unterminated_row_ = 0;
    bool stray_text_ = false; // text follows the closing quote of the current field
    std::vector<QuoteFault> quote_faults_;
};

// Called once per faulty field, when it ends: never on the per-byte path.
inline void CsvScanner::note_quote_fault() {
    stray_text_ = false;
    if (quote_faults_.size() >= max_quote_faults)
        return;
    const std::size_t start = ends_.empty() ? 0 : ends_.back();
    quote_faults_.push_back(
        {quote_row_, ends_.size(), buffer_.substr(start, QuoteFault::kept_bytes)});
}

template <class Sink> void CsvScanner::end_record(Sink& sink) {
    ends_.push_back(buffer_.size());
    const bool blank = !record_quoted_ && ends_.size() == 1 && buffer_.empty();
    if (!blank) {
        views_.clear();
        std::size_t start = 0;
        for (const std::size_t end : ends_) {
            views_.emplace_back(buffer_.data() + start, end - start);
            start = end;
        }
        sink(views_, record_row_, row_);
    }
    buffer_.clear();
    ends_.clear();
    record_quoted_ = false;
    state_ = State::FieldStart;
}

// Whole unquoted records from `p` on, as views into the chunk. Returns where it stopped: the
// start of a record with a quoted field or one the chunk's end cuts, for the byte-by-byte path.
template <class Sink>
const char* CsvScanner::scan_in_place(const char* p, const char* end, ByteFinder& finder,
                                      Sink& sink) {
    const char delimiter = delimiter_;
    while (p < end) {
        if (pending_cr_) {
            pending_cr_ = false;
            if (*p == '\n') {
                ++p;
                continue;
            }
        }
        views_.clear();
        bool quoted = false;
        const char* field = p;
        for (;;) {
            if (field == end)
                return p;
            const char* stop = nullptr;
            if (*field == '"') {
                stop = quoted_field_end(field, end);
                if (!stop)
                    return p;
                views_.emplace_back(field + 1, static_cast<std::size_t>(stop - field - 2));
                quoted = true;
            } else {
                stop = finder.next(field);
                if (stop == end)
                    return p;
                views_.emplace_back(field, static_cast<std::size_t>(stop - field));
            }
            field = stop + 1;
            if (*stop == delimiter)
                continue;
            // A line end: an empty single field is a blank line, counted but not handed out.
            if (quoted || views_.size() > 1 || !views_[0].empty())
                sink(views_, row_, row_);
            pending_cr_ = *stop == '\r';
            ++row_;
            record_row_ = row_;
            break;
        }
        p = field;
    }
    return p;
}

// For a field opening with a quote at `field`: the delimiter or line end right after its closing
// quote, or nullptr when the field needs the byte-by-byte path (a doubled quote, a line break
// inside, text after the closing quote, or no closing quote before `end`).
inline const char* CsvScanner::quoted_field_end(const char* field, const char* end) const {
    const char* close = field + 1;
    for (; close != end; ++close) {
        const char c = *close;
        if (c == '"')
            break;
        if (c == '\n' || c == '\r')
            return nullptr;
    }
    if (close == end || close + 1 == end)
        return nullptr;
    const char after = close[1];
    return after == delimiter_ || after == '\n' || after == '\r' ? close + 1 : nullptr;
}

template <class Sink> void CsvScanner::feed(std::string_view chunk, Sink&& sink) {
    const char* p = chunk.data();
    const char* const end = p + chunk.size();
    const char delimiter = delimiter_;
    ByteFinder finder(p, end, delimiter, '\n', '\r');

    // After scan_in_place gives up on a record, that record goes byte by byte to its end.
    bool in_place = true;
    while (p < end) {
        if (in_place && state_ == State::FieldStart && buffer_.empty() && ends_.empty() &&
            !record_quoted_) {
            p = scan_in_place(p, end, finder, sink);
            if (p == end)
                return;
            in_place = false;
        }
        const char c = *p;
        if (pending_cr_) {
            pending_cr_ = false;
            if (c == '\n') {
                ++p;
                continue;
            }
        }

        switch (state_) {
        case State::FieldStart:
            if (c == '"') {
                state_ = State::Quoted;
                record_quoted_ = true;
                quote_row_ = row_;
                ++p;
                continue;
            }
            state_ = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted:
        case State::AfterClosingQuote: {
            // The hot loop: copy plain bytes up to the next delimiter or line end.
            const char* run = p;
            while (p < end && *p != delimiter && *p != '\n' && *p != '\r')
                ++p;
            buffer_.append(run, static_cast<std::size_t>(p - run));
            if (p == end)
                return;
            if (stray_text_)
                note_quote_fault();
            if (*p == delimiter) {
                ends_.push_back(buffer_.size());
                state_ = State::FieldStart;
            } else {
                end_record(sink);
                pending_cr_ = *p == '\r';
                ++row_;
                record_row_ = row_;
                in_place = true;
            }
            ++p;
            continue;
        }
        case State::Quoted: {
            if (pending_cr_quoted_) {
                pending_cr_quoted_ = false;
                if (c == '\n') {
                    buffer_ += '\n';
                    ++p;
                    continue;
                }
            }
            const char* run = p;
            while (p < end && *p != '"' && *p != '\n' && *p != '\r')
                ++p;
            buffer_.append(run, static_cast<std::size_t>(p - run));
            if (p == end)
                return;
            if (*p == '"') {
                state_ = State::QuoteInQuoted;
            } else {
                buffer_ += *p;
                ++row_;
                pending_cr_quoted_ = *p == '\r';
            }
            ++p;
            continue;
        }
        case State::QuoteInQuoted:
            if (c == '"') {
                buffer_ += '"';
                state_ = State::Quoted;
                ++p;
            } else {
                state_ = State::AfterClosingQuote;
                stray_text_ = c != delimiter && c != '\n' && c != '\r';
            }
            continue;
        }
    }
}

template <class Sink> void CsvScanner::finish(Sink&& sink) {
    if (stray_text_)
        note_quote_fault();
    if (state_ == State::Quoted) {
        unterminated_row_ = quote_row_;
        end_record(sink);
        return;
    }
    if (!buffer_.empty() || !ends_.empty() || record_quoted_)
        end_record(sink);
}

} // namespace engage
