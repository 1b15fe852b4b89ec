// Drawing pieces the taxonomy view and its quiz share (taxonomy_view.cpp): the 3x3 grid's
// geometry and headers, and a category card drawn at a fixed place with a known height.
#pragma once

#include "app/app.h"
#include "engine/taxonomy.h"
#include "imgui.h"

namespace engage::app {

// Where the 3x3 grid goes: initiators as rows, forms as columns, headers on the top and left.
struct GridLayout {
    ImVec2 origin;          // top-left of the header row, screen coordinates
    float header_width = 0; // the row headers' column
    float header_height = 0;
    float cell_width = 0;
    float cell_height = 0;
    float gap = 0;

    ImVec2 cell_min(int row, int column) const {
        return ImVec2(origin.x + header_width + static_cast<float>(column) * (cell_width + gap),
                      origin.y + header_height + static_cast<float>(row) * (cell_height + gap));
    }
    float bottom() const { return origin.y + header_height + 3.0f * (cell_height + gap); }
};

// A grid over the available width at the cursor. Cells are at least `min_cell_height` logical
// pixels high and grow with their width, up to `max_cell_height`.
GridLayout grid_layout(const AppState& app, float min_cell_height, float max_cell_height);

// The form names over the columns and the initiator names beside the rows.
void draw_grid_headers(const AppState& app, const GridLayout& grid);

// Moves the cursor under the grid, so what follows is laid out below it.
void end_grid(const GridLayout& grid);

// A category card of `width` at `min`: name, axes, definition and examples. The height is what
// category_card_height returns for the same width.
float category_card_height(const AppState& app, Category category, float width);
void draw_category_card(const AppState& app, Category category, const ImVec2& min, float width,
                        float height, const ImVec4& accent);

// The card laid out at the cursor over the available width.
void category_card_here(const AppState& app, Category category, const ImVec4& accent);

// "Provider · Offer": where the category sits in the matrix.
std::string category_axes(const AppState& app, Category category);

// Text wrapped to `width`, drawn at `at` with `font`; returns its height.
float text_height(ImFont* font, const std::string& text, float width);

} // namespace engage::app
