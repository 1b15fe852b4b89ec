// Taxonomy quiz: an activity from the labelled corpus, the group picks one of the nine cells,
// the answer is explained and the score kept. Held-out items (never used to tune the lexicon)
// come first, in the UI's language. Works with touch (large cells), mouse and keyboard
// (1-9 pick a cell row by row, Enter goes on; arrow keys and Space through ImGui's navigation).
#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <random>

#include <GLFW/glfw3.h>

#include "app/panels.h"
#include "app/taxonomy_draw.h"
#include "app/taxonomy_text.h"
#include "engine/number_text.h"
#include "engine/taxonomy_corpus.h"

namespace engage::app {

namespace {

const ImVec4 right_green{0.118f, 0.482f, 0.275f, 1.0f};  // #1e7b46
const ImVec4 wrong_red{0.706f, 0.137f, 0.094f, 1.0f};    // #b42318
const ImVec4 right_ground{0.863f, 0.945f, 0.890f, 1.0f}; // #dcf1e3
const ImVec4 wrong_ground{0.984f, 0.882f, 0.871f, 1.0f}; // #fbe1de
const ImVec4 cell_ground{0.914f, 0.933f, 0.965f, 1.0f};  // #e9eef6
// Question beside the cells from this logical width (CSS px / zoom).
constexpr float quiz_side_by_side_min_width = 980.0f;

void build_order(QuizState& quiz, Language language) {
    const std::vector<CorpusItem>& corpus = taxonomy_corpus();
    std::vector<int> held_out;
    std::vector<int> development;
    for (std::size_t i = 0; i < corpus.size(); ++i) {
        if (corpus[i].language != language)
            continue;
        (corpus[i].held_out ? held_out : development).push_back(static_cast<int>(i));
    }
    // A fixed seed per round: the same round asks the same questions, which a trainer can
    // rehearse; "New round" moves to the next order.
    std::mt19937 random(20260u + quiz.round);
    std::shuffle(held_out.begin(), held_out.end(), random);
    std::shuffle(development.begin(), development.end(), random);
    quiz.order = held_out;
    quiz.order.insert(quiz.order.end(), development.begin(), development.end());
    quiz.position = 0;
    quiz.picked.reset();
    quiz.language = language;
    quiz.built = true;
}

const CorpusItem* current_item(const QuizState& quiz) {
    if (quiz.order.empty())
        return nullptr;
    return &taxonomy_corpus()[static_cast<std::size_t>(
        quiz.order[quiz.position % quiz.order.size()])];
}

void answer(QuizState& quiz, Category category) {
    const CorpusItem* item = current_item(quiz);
    if (!item || quiz.picked)
        return;
    quiz.picked = category;
    ++quiz.asked;
    if (category == item->category)
        ++quiz.right;
}

void next_question(QuizState& quiz) {
    quiz.picked.reset();
    ++quiz.position;
}

void draw_score(AppState& app, QuizState& quiz) {
    char score[96];
    std::snprintf(score, sizeof score, "%s: %d / %d", tr(app, text::quiz_score), quiz.right,
                  quiz.asked);
    ImGui::PushFont(app.fonts.heading);
    ImGui::AlignTextToFramePadding();
    ImGui::TextColored(theme::accent, "%s", score);
    ImGui::PopFont();
    remember_control(app, "quiz-score");
    ImGui::SameLine(0, ImGui::GetStyle().ItemSpacing.x * 3.0f);
    ImGui::AlignTextToFramePadding();
    ImGui::TextColored(theme::muted, "%s %d", tr(app, text::quiz_question),
                       quiz.asked + (quiz.picked ? 0 : 1));
    ImGui::SameLine();
    const std::string restart = std::string(tr(app, text::quiz_restart)) + "##quiz-restart";
    const float width = ImGui::CalcTextSize(restart.c_str(), nullptr, true).x +
                        ImGui::GetStyle().FramePadding.x * 2.0f;
    const float right = ImGui::GetContentRegionMax().x - width;
    if (ImGui::GetCursorPosX() < right)
        ImGui::SetCursorPosX(right);
    else
        ImGui::NewLine();
    if (ImGui::Button(restart.c_str())) {
        ++quiz.round;
        quiz.asked = 0;
        quiz.right = 0;
        build_order(quiz, app.language);
    }
    remember_control(app, "quiz-restart");
}

// The verdict goes into the question's card, right under the question, so the room sees it
// without scrolling; the category's card follows under the grid.
void draw_verdict(AppState& app, QuizState& quiz, const CorpusItem& item) {
    const bool right = *quiz.picked == item.category;
    ImGui::Spacing();
    ImGui::PushFont(app.fonts.heading);
    ImGui::TextColored(right ? right_green : wrong_red, "%s",
                       tr(app, right ? text::quiz_right : text::quiz_wrong));
    ImGui::PopFont();
    remember_control(app, "quiz-verdict");
    std::string answer_line = std::string(tr(app, text::quiz_answer_is)) + ": " +
                              category_name(item.category).in(app.language);
    if (!right)
        answer_line += "  (" + std::string(tr(app, text::quiz_you_picked)) + ": " +
                       category_name(*quiz.picked).in(app.language) + ")";
    wrapped_text(theme::ink, answer_line);
    wrapped_text(theme::ink, item.explanation.in(app.language));
    ImGui::Spacing();
    if (ImGui::Button((std::string(tr(app, text::quiz_next)) + "##quiz-next").c_str()))
        next_question(quiz);
    remember_control(app, "quiz-next");
}

void draw_question(AppState& app, QuizState& quiz, const CorpusItem& item) {
    begin_card(app);
    ImGui::PushFont(app.fonts.heading);
    const bool german = app.language == Language::German;
    wrapped_text(theme::ink, (german ? "„" : "“") + item.text + (german ? "“" : "”"));
    ImGui::PopFont();
    ImVec4 stripe = theme::accent;
    if (quiz.picked) {
        draw_verdict(app, quiz, item);
        stripe = *quiz.picked == item.category ? right_green : wrong_red;
    }
    end_card(app, stripe);
}

// The nine answer cells: each names its category in full, so nobody has to read the headers
// from the back of the room.
void draw_answer_grid(AppState& app, QuizState& quiz, const CorpusItem& item) {
    const GridLayout grid = grid_layout(app, 76.0f, 110.0f);
    // Narrow cells show their number only: the headers name row and column, and a category
    // name broken mid-word helps nobody.
    const bool names_fit = grid.cell_width >= scaled(app, 170.0f);
    draw_grid_headers(app, grid);
    ImDrawList* draw_list = ImGui::GetWindowDrawList();
    const float padding = scaled(app, 10.0f);
    const float rounding = scaled(app, 8.0f);

    for (Category category : all_categories) {
        const int row = initiator_index(initiator_of(category));
        const int column = form_index(form_of(category));
        const ImVec2 min = grid.cell_min(row, column);
        const ImVec2 max(min.x + grid.cell_width, min.y + grid.cell_height);
        const std::string id = std::string("quiz-") + std::string(category_id(category));

        ImGui::SetCursorScreenPos(min);
        ImGui::PushID(id.c_str());
        if (ImGui::InvisibleButton("cell", ImVec2(grid.cell_width, grid.cell_height)))
            answer(quiz, category);
        remember_control(app, id.c_str());
        const bool hovered = ImGui::IsItemHovered();
        const bool focused = ImGui::IsItemFocused();
        ImGui::PopID();

        const bool is_answer = quiz.picked && category == item.category;
        const bool is_wrong_pick = quiz.picked && *quiz.picked == category && !is_answer;
        ImVec4 ground = is_answer ? right_ground : is_wrong_pick ? wrong_ground : cell_ground;
        if (!quiz.picked && hovered)
            ground = ImVec4(0.824f, 0.867f, 0.945f, 1.0f);
        draw_list->AddRectFilled(min, max, ImGui::GetColorU32(ground), rounding);
        const ImVec4 edge = is_answer       ? right_green
                            : is_wrong_pick ? wrong_red
                            : focused       ? theme::ink
                                            : theme::card_border;
        draw_list->AddRect(min, max, ImGui::GetColorU32(edge), rounding, 0,
                           scaled(app, is_answer || is_wrong_pick || focused ? 3.0f : 1.0f));

        const ImU32 text_colour = ImGui::GetColorU32(is_answer       ? right_green
                                                     : is_wrong_pick ? wrong_red
                                                                     : theme::ink);
        const std::string number = std::to_string(category_index(category) + 1);
        if (!names_fit) {
            ImFont* font = app.fonts.value;
            const ImVec2 size = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, number.c_str());
            draw_list->AddText(font, font->FontSize,
                               ImVec2((min.x + max.x - size.x) * 0.5f,
                                      (min.y + max.y - size.y) * 0.5f),
                               text_colour, number.c_str());
            continue;
        }
        draw_list->AddText(app.fonts.heading, app.fonts.heading->FontSize,
                           ImVec2(min.x + padding, min.y + padding * 0.6f),
                           ImGui::GetColorU32(theme::muted), number.c_str());
        const std::string& name = category_name(category).in(app.language);
        const float text_x = min.x + padding + app.fonts.heading->FontSize;
        const float wrap = max.x - padding - text_x;
        const ImVec2 size = app.fonts.body->CalcTextSizeA(app.fonts.body->FontSize, FLT_MAX,
                                                          wrap, name.c_str());
        draw_list->AddText(app.fonts.body, app.fonts.body->FontSize,
                           ImVec2(std::max(text_x, (min.x + max.x - size.x) * 0.5f),
                                  std::max(min.y + padding * 0.6f,
                                           (min.y + max.y - size.y) * 0.5f)),
                           text_colour, name.c_str(), nullptr, wrap);
    }
    end_grid(grid);
}

void draw_explanation(AppState& app, const QuizState& quiz, const CorpusItem& item) {
    category_card_here(app, item.category,
                       *quiz.picked == item.category ? right_green : theme::accent);
}

// Digits pick a cell (1-3 the provider's row, 4-6 the customer's, 7-9 third parties'), Enter
// goes on. GLFW key codes index ImGui 1.86's KeysDown through the GLFW backend.
void handle_keys(QuizState& quiz) {
    if (ImGui::GetIO().WantTextInput)
        return;
    if (!quiz.picked) {
        for (int digit = 1; digit <= category_count; ++digit)
            if (ImGui::IsKeyPressed(GLFW_KEY_0 + digit, false) ||
                ImGui::IsKeyPressed(GLFW_KEY_KP_0 + digit, false))
                answer(quiz, all_categories[static_cast<std::size_t>(digit - 1)]);
        return;
    }
    if (ImGui::IsKeyPressed(GLFW_KEY_ENTER, false) || ImGui::IsKeyPressed(GLFW_KEY_KP_ENTER, false))
        next_question(quiz);
}

} // namespace

void draw_taxonomy_quiz(AppState& app) {
    QuizState& quiz = app.taxonomy.quiz;
    // A language switch before answering asks in the new language; the score stays.
    if (!quiz.built || (quiz.language != app.language && !quiz.picked))
        build_order(quiz, app.language);
    const CorpusItem* item = current_item(quiz);
    if (!item)
        return;

    draw_score(app, quiz);
    // The how-to until the first answer; after that the room knows, and a projector at 200 %
    // needs every line for the question and the cells.
    if (quiz.asked == 0 && !quiz.picked)
        wrapped_text(theme::muted, tr(app, text::quiz_intro));
    ImGui::Spacing();
    handle_keys(quiz);

    // Wide screens: the question and its explanation on the left, the cells on the right, each
    // scrolling on its own. Narrow ones: one column.
    const float available = ImGui::GetContentRegionAvail().x;
    if (available / app.ui_scale >= quiz_side_by_side_min_width) {
        ImGui::BeginChild("quiz-left", ImVec2(std::floor(available * 0.42f), 0), false);
        draw_question(app, quiz, *item);
        ImGui::Spacing();
        if (quiz.picked)
            draw_explanation(app, quiz, *item);
        ImGui::Spacing();
        wrapped_text(theme::muted, tr(app, text::quiz_held_out));
        ImGui::EndChild();
        ImGui::SameLine();
        ImGui::BeginChild("quiz-right", ImVec2(0, 0), false);
        draw_answer_grid(app, quiz, *item);
        ImGui::EndChild();
        return;
    }
    draw_question(app, quiz, *item);
    ImGui::Spacing();
    draw_answer_grid(app, quiz, *item);
    ImGui::Spacing();
    if (quiz.picked)
        draw_explanation(app, quiz, *item);
    ImGui::Spacing();
    wrapped_text(theme::muted, tr(app, text::quiz_held_out));
}

std::string quiz_json(const AppState& app) {
    const QuizState& quiz = app.taxonomy.quiz;
    const CorpusItem* item = current_item(quiz);
    std::string out = "{\"asked\":" + std::to_string(quiz.asked) +
                      ",\"right\":" + std::to_string(quiz.right) +
                      ",\"position\":" + std::to_string(quiz.position);
    out += ",\"picked\":";
    out += quiz.picked ? "\"" + std::string(category_id(*quiz.picked)) + "\"" : "null";
    if (item) {
        out += ",\"question\":{\"id\":" + std::to_string(item->id) +
               ",\"language\":\"" + language_tag(item->language) + "\"" +
               ",\"held_out\":" + (item->held_out ? "true" : "false") +
               ",\"category\":\"" + std::string(category_id(item->category)) + "\"}";
    } else {
        out += ",\"question\":null";
    }
    return out + "}";
}

} // namespace engage::app
