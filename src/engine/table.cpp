// Why the table is packed this way: on wasm32 a std::string over 10 bytes is a heap block of
// its own (with dlmalloc's 8-byte header and rounding), and a row as std::vector<std::string>
// costs 12 bytes a cell plus the vector's block. An 80-byte row of 11 cells took about 2.5x its
// size, and the table view ran at 0.7x the KPI-only speed for the allocations. One record per
// row in fixed blocks costs the bytes, 2 bytes a cell and a pointer, and one copy.
#include "engine/table.h"

#include <cassert>
#include <cstring>
#include <utility>

namespace engage {

namespace {

// Blocks are never reallocated (earlier views stay valid, and no doubling copy makes a peak of
// three times the content). 64 KiB wastes at most one record's size per block at its end.
constexpr std::size_t block_bytes = 64 * 1024;
// A record bigger than this (a long survey answer, an unclosed quote that swallowed the rest of
// the file) gets a block of its own size rather than wasting most of a shared one.
constexpr std::size_t own_block_bytes = block_bytes / 4;
// Cell ends are 2 bytes while the row's text fits in 16 bits, else 4 (flag in the count word).
constexpr std::size_t narrow_limit = 0xFFFF;
constexpr std::size_t record_alignment = 4;

std::uint32_t load_u32(const unsigned char* at) {
    std::uint32_t value;
    std::memcpy(&value, at, sizeof value);
    return value;
}

std::uint16_t load_u16(const unsigned char* at) {
    std::uint16_t value;
    std::memcpy(&value, at, sizeof value);
    return value;
}

} // namespace

TableRow::TableRow(const unsigned char* record) {
    if (!record)
        return;
    const std::uint32_t word = load_u32(record);
    count_ = word >> 1;
    wide_ = (word & 1) != 0;
    ends_ = record + sizeof word;
    text_ = reinterpret_cast<const char*>(ends_ + count_ * (wide_ ? 4 : 2));
}

std::size_t TableRow::end_of(std::size_t column) const {
    return wide_ ? load_u32(ends_ + column * 4) : load_u16(ends_ + column * 2);
}

std::string_view TableRow::operator[](std::size_t column) const {
    assert(column < count_ && "TableRow: column out of range; check size() first");
    const std::size_t begin = column == 0 ? 0 : end_of(column - 1);
    return {text_ + begin, end_of(column) - begin};
}

std::vector<std::string> TableRow::strings() const {
    std::vector<std::string> out;
    out.reserve(count_);
    for (const std::string_view cell : *this)
        out.emplace_back(cell);
    return out;
}

Table::Table(const Table& other) : header(other.header), header_row(other.header_row) {
    rows_.reserve(other.rows_.size());
    source_rows_.reserve(other.source_rows_.size());
    for (std::size_t r = 0; r < other.row_count(); ++r)
        add_row(other.row(r), other.source_row(r));
}

Table::Table(Table&& other) noexcept
    : header(std::move(other.header)), header_row(other.header_row), rows_(std::move(other.rows_)),
      source_rows_(std::move(other.source_rows_)), blocks_(std::move(other.blocks_)),
      free_(other.free_), free_bytes_(other.free_bytes_), reserved_(other.reserved_) {
    other.clear_rows();
}

Table& Table::operator=(const Table& other) {
    if (this != &other) {
        Table copy(other);
        *this = std::move(copy);
    }
    return *this;
}

Table& Table::operator=(Table&& other) noexcept {
    if (this != &other) {
        header = std::move(other.header);
        header_row = other.header_row;
        rows_ = std::move(other.rows_);
        source_rows_ = std::move(other.source_rows_);
        blocks_ = std::move(other.blocks_);
        free_ = other.free_;
        free_bytes_ = other.free_bytes_;
        reserved_ = other.reserved_;
        other.clear_rows();
    }
    return *this;
}

std::string_view Table::cell(std::size_t row, std::size_t column) const {
    const TableRow cells(rows_[row]);
    return column < cells.size() ? cells[column] : std::string_view();
}

void Table::set_cell(std::size_t row, std::size_t column, std::string_view text) {
    const TableRow old(rows_[row]);
    assert(column < old.size() && "Table::set_cell: the row has no such column");

    // The new record is written before the old one is let go: `text` may be a view into it.
    std::size_t text_bytes = 0;
    for (std::size_t c = 0; c < old.size(); ++c)
        text_bytes += c == column ? text.size() : old[c].size();
    const RecordWriter writer = start_record(old.size(), text_bytes);
    std::size_t end = 0;
    for (std::size_t c = 0; c < old.size(); ++c) {
        const std::string_view cell = c == column ? text : old[c];
        cell.copy(writer.text + end, cell.size());
        end += cell.size();
        put_end(writer, c, end);
    }
    rows_[row] = rows_.back();
    rows_.pop_back();
}

void Table::clear_rows() {
    rows_.clear();
    source_rows_.clear();
    blocks_.clear();
    free_ = nullptr;
    free_bytes_ = 0;
    reserved_ = 0;
}

Table::RecordWriter Table::start_record(std::size_t count, std::size_t text_bytes) {
    const bool wide = text_bytes > narrow_limit;
    const std::size_t ends_bytes = count * (wide ? 4 : 2);
    unsigned char* record = allocate(4 + ends_bytes + text_bytes);
    const auto word = static_cast<std::uint32_t>(count << 1 | (wide ? 1 : 0));
    std::memcpy(record, &word, sizeof word);
    rows_.push_back(record);
    return {record + 4, reinterpret_cast<char*>(record + 4 + ends_bytes), wide};
}

unsigned char* Table::allocate(std::size_t bytes) {
    bytes = (bytes + record_alignment - 1) / record_alignment * record_alignment;
    if (bytes > own_block_bytes) {
        // `new[]` without `()`: the bytes are written at once, zeroing them first is waste.
        blocks_.emplace_back(new unsigned char[bytes]);
        reserved_ += bytes;
        return blocks_.back().get();
    }
    if (bytes > free_bytes_) {
        blocks_.emplace_back(new unsigned char[block_bytes]);
        reserved_ += block_bytes;
        free_ = blocks_.back().get();
        free_bytes_ = block_bytes;
    }
    unsigned char* out = free_;
    free_ += bytes;
    free_bytes_ -= bytes;
    return out;
}

} // namespace engage
