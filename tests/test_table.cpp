#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "engine/table.h"

using namespace engage;

namespace {

// A row whose cells differ in every column and row, so a shifted cell or row is caught.
std::vector<std::string> numbered_row(std::size_t r) {
    return {"row" + std::to_string(r), std::to_string(r * 7), "", "tail-" + std::to_string(r)};
}

} // namespace

TEST_CASE("Table keeps cells as they were added", "[table]") {
    Table table;
    table.header = {"id", "text", "empty", "note"};

    SECTION("cells, sizes and source rows") {
        table.add_row({"1", "Grüße, \"quoted\"", "", "x"}, 4);
        table.add_row(std::vector<std::string>{"2", "b", "", "y"}, 9);
        REQUIRE(table.row_count() == 2);
        CHECK(table.row(0).strings() ==
              std::vector<std::string>{"1", "Grüße, \"quoted\"", "", "x"});
        CHECK(table.cell(1, 3) == "y");
        CHECK(table.cell(1, 2).empty());
        CHECK(table.source_row(0) == 4);
        CHECK(table.source_rows() == std::vector<long>{4, 9});
    }
    SECTION("a row without a source row follows the previous one") {
        table.header_row = 3;
        table.add_row({"1", "a", "", "b"});
        table.add_row({"2", "c", "", "d"});
        CHECK(table.source_rows() == std::vector<long>{4, 5});
    }
    SECTION("a column the row does not have reads as empty") {
        table.add_row({"only"}, 2);
        CHECK(table.row(0).size() == 1);
        CHECK(table.cell(0, 3).empty());
    }
    SECTION("a row of no cells") {
        table.add_row(std::vector<std::string>{}, 2);
        CHECK(table.row(0).empty());
        CHECK(table.row(0).begin() == table.row(0).end());
    }
}

TEST_CASE("Table views stay valid while rows are added", "[table]") {
    Table table;
    table.header = {"a", "b", "c", "d"};
    table.add_row(numbered_row(0), 2);
    const std::string_view first = table.cell(0, 3);
    // Enough rows for many 64 KiB blocks.
    for (std::size_t r = 1; r < 20000; ++r)
        table.add_row(numbered_row(r), static_cast<long>(r) + 2);

    CHECK(first == "tail-0");
    CHECK(table.row(19999).strings() == numbered_row(19999));
    CHECK(table.row(12345).strings() == numbered_row(12345));
    CHECK(table.source_row(19999) == 20001);
    // Packed: the cells' bytes plus 2 bytes a cell and the word before, within a block's slack.
    std::size_t text = 0;
    for (std::size_t r = 0; r < table.row_count(); ++r)
        for (const std::string_view cell : table.row(r))
            text += cell.size();
    CHECK(table.cell_bytes_reserved() < text + table.row_count() * (4 + 8 + 3) + 64 * 1024);
}

TEST_CASE("Table rows over 64 KiB and single huge cells", "[table]") {
    // An unclosed quote can make the rest of a file one cell; the cell ends need 4 bytes then.
    Table table;
    table.header = {"a", "b", "c"};
    const std::string big(70000, 'x');
    const std::string medium(20000, 'm');
    table.add_row({"before", "", "z"}, 2);
    table.add_row({"1", big, "after"}, 3);
    table.add_row({medium, "2", "3"}, 4);
    table.add_row({"next", "", "q"}, 5);

    CHECK(table.cell(1, 1) == big);
    CHECK(table.cell(1, 2) == "after");
    CHECK(table.cell(2, 0) == medium);
    CHECK(table.cell(2, 2) == "3");
    CHECK(table.row(0).strings() == std::vector<std::string>{"before", "", "z"});
    CHECK(table.row(3).strings() == std::vector<std::string>{"next", "", "q"});
}

TEST_CASE("Table cells can be edited", "[table]") {
    Table table;
    table.header = {"a", "b", "c"};
    table.add_row({"1", "two", "3"}, 2);
    table.add_row({"4", "five", "6"}, 3);

    SECTION("longer, shorter and empty text") {
        table.set_cell(0, 1, "a much longer second cell");
        table.set_cell(1, 0, "");
        table.set_cell(1, 2, "6");
        CHECK(table.row(0).strings() ==
              std::vector<std::string>{"1", "a much longer second cell", "3"});
        CHECK(table.row(1).strings() == std::vector<std::string>{"", "five", "6"});
        CHECK(table.source_row(1) == 3);
    }
    SECTION("the new text may be a view into the table itself") {
        table.set_cell(0, 0, table.cell(1, 1));
        CHECK(table.row(0).strings() == std::vector<std::string>{"five", "two", "3"});
    }
    SECTION("a cell grown past 64 KiB") {
        const std::string big(70000, 'b');
        table.set_cell(1, 1, big);
        CHECK(table.cell(1, 1) == big);
        CHECK(table.cell(1, 2) == "6");
    }
}

TEST_CASE("Table copies are packed and independent; moves keep the cells", "[table]") {
    Table table;
    table.header = {"a", "b", "c", "d"};
    for (std::size_t r = 0; r < 3000; ++r)
        table.add_row(numbered_row(r), static_cast<long>(r) + 2);
    table.set_cell(5, 1, "edited");

    Table copy = table;
    table.set_cell(6, 1, "only in the original");
    CHECK(copy.cell(5, 1) == "edited");
    CHECK(copy.cell(6, 1) == "42");
    CHECK(copy.row(2999).strings() == numbered_row(2999));
    CHECK(copy.source_rows() == table.source_rows());
    CHECK(copy.cell_bytes_reserved() <= table.cell_bytes_reserved());

    const std::string_view kept = table.cell(100, 3);
    Table moved = std::move(table);
    CHECK(moved.cell(100, 3).data() == kept.data());
    CHECK(moved.cell(6, 1) == "only in the original");

    // The moved-from table is empty and usable again.
    CHECK(table.row_count() == 0); // NOLINT(bugprone-use-after-move): the state is specified
    table.add_row({"fresh"}, 2);
    CHECK(table.cell(0, 0) == "fresh");

    copy = moved;
    CHECK(copy.cell(6, 1) == "only in the original");
    copy.clear_rows();
    CHECK(copy.row_count() == 0);
    CHECK(copy.cell_bytes_reserved() == 0);
}
