// Table: the cells of one table after decoding and unquoting, as UTF-8 text.
//
// Contract:
// - `header` holds the column names. Rows a reader adds have exactly header.size() cells
//   (readers pad short rows and report long ones as problems); a row added by hand keeps the
//   cells it was given, so readers of a table check `row(i).size()` before indexing.
// - Cell text is as in the file after unquoting: no trimming, no number conversion. Meaning is
//   given to cells later (number_format.h, column_roles.h).
// - `source_row(i)` is the 1-based record number of row i in the file, for problems. A row added
//   without one gets the number after the previous row's (header_row + 1 for the first).
// - Cells are packed: each row is one record of [cell count][cell ends][bytes] in blocks of
//   64 KiB that never move, so a kept row costs its bytes plus 2 bytes a cell (4 for a row over
//   64 KiB) and a pointer. Adding rows never moves earlier cells: the views `cell()` and `row()`
//   return stay valid until that row is edited (`set_cell`), the rows are cleared, or the table
//   is assigned to or destroyed.
// - Editing a cell writes the row anew at the end of the blocks; the old record's bytes are not
//   reused until the table is copied (a copy is packed afresh). Editing is for the few cells a
//   person changes, not for rewriting a column.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <iterator>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace engage {

// The cells of one kept row, as views into the table's blocks. Cheap to copy.
class TableRow {
public:
    class iterator {
    public:
        using value_type = std::string_view;
        using difference_type = std::ptrdiff_t;
        using iterator_category = std::forward_iterator_tag;
        using pointer = void;
        using reference = std::string_view;

        iterator(const TableRow* row, std::size_t column) : row_(row), column_(column) {}
        std::string_view operator*() const { return (*row_)[column_]; }
        iterator& operator++() {
            ++column_;
            return *this;
        }
        bool operator==(const iterator& other) const { return column_ == other.column_; }
        bool operator!=(const iterator& other) const { return column_ != other.column_; }

    private:
        const TableRow* row_;
        std::size_t column_;
    };

    explicit TableRow(const unsigned char* record = nullptr);

    std::size_t size() const { return count_; }
    bool empty() const { return count_ == 0; }
    std::string_view operator[](std::size_t column) const;
    iterator begin() const { return {this, 0}; }
    iterator end() const { return {this, count_}; }
    // The cells as strings, for a caller that keeps them beyond the table's life (and tests).
    std::vector<std::string> strings() const;

private:
    std::size_t end_of(std::size_t column) const;

    const unsigned char* ends_ = nullptr;
    const char* text_ = nullptr;
    std::size_t count_ = 0;
    bool wide_ = false;
};

class Table {
public:
    std::vector<std::string> header;
    long header_row = 1;

    Table() = default;
    Table(const Table& other);
    Table(Table&& other) noexcept;
    Table& operator=(const Table& other);
    Table& operator=(Table&& other) noexcept;
    ~Table() = default;

    std::size_t column_count() const { return header.size(); }
    std::size_t row_count() const { return rows_.size(); }

    TableRow row(std::size_t index) const { return TableRow(rows_[index]); }
    // Cell text, or an empty view for a column the row does not have.
    std::string_view cell(std::size_t row, std::size_t column) const;
    long source_row(std::size_t index) const { return source_rows_[index]; }
    // In file order, for binary search by record number.
    const std::vector<long>& source_rows() const { return source_rows_; }

    // Appends a row; `cells` is any range of things convertible to std::string_view.
    template <typename Cells> void add_row(const Cells& cells, long source_row);
    template <typename Cells> void add_row(const Cells& cells) {
        add_row(cells, next_source_row());
    }
    void add_row(std::initializer_list<std::string_view> cells, long source_row) {
        add_row<std::initializer_list<std::string_view>>(cells, source_row);
    }
    void add_row(std::initializer_list<std::string_view> cells) {
        add_row<std::initializer_list<std::string_view>>(cells, next_source_row());
    }
    // Replaces one cell's text; `column` must be below row(row).size().
    void set_cell(std::size_t row, std::size_t column, std::string_view text);
    void clear_rows();

    // Bytes held for the cells (blocks), for memory figures.
    std::size_t cell_bytes_reserved() const { return reserved_; }

    // Index of the first column whose header equals `name` exactly, or -1.
    int find_column(const std::string& name) const {
        for (std::size_t i = 0; i < header.size(); ++i)
            if (header[i] == name)
                return static_cast<int>(i);
        return -1;
    }

private:
    // A record being written: where its cell ends and text go.
    struct RecordWriter {
        unsigned char* ends;
        char* text;
        bool wide;
    };

    long next_source_row() const {
        return source_rows_.empty() ? header_row + 1 : source_rows_.back() + 1;
    }
    RecordWriter start_record(std::size_t count, std::size_t text_bytes);
    // Inline: called once per kept cell, in the per-row loop of big files.
    static void put_end(const RecordWriter& writer, std::size_t column, std::size_t end) {
        if (writer.wide) {
            const auto value = static_cast<std::uint32_t>(end);
            std::memcpy(writer.ends + column * 4, &value, sizeof value);
        } else {
            const auto value = static_cast<std::uint16_t>(end);
            std::memcpy(writer.ends + column * 2, &value, sizeof value);
        }
    }
    unsigned char* allocate(std::size_t bytes);

    std::vector<const unsigned char*> rows_; // one record per row, in the blocks below
    std::vector<long> source_rows_;
    std::vector<std::unique_ptr<unsigned char[]>> blocks_;
    unsigned char* free_ = nullptr; // the unused end of the current block
    std::size_t free_bytes_ = 0;
    std::size_t reserved_ = 0;
};

template <typename Cells> void Table::add_row(const Cells& cells, long source_row) {
    std::size_t count = 0;
    std::size_t text_bytes = 0;
    for (const auto& cell : cells) {
        ++count;
        text_bytes += std::string_view(cell).size();
    }
    const RecordWriter writer = start_record(count, text_bytes);
    std::size_t column = 0;
    std::size_t end = 0;
    for (const auto& cell : cells) {
        const std::string_view text(cell);
        if (!text.empty()) // an empty view may have no data pointer at all
            std::memcpy(writer.text + end, text.data(), text.size());
        end += text.size();
        put_end(writer, column++, end);
    }
    source_rows_.push_back(source_row);
}

} // namespace engage
