// Reports, the share link and storage: the buttons, the state they carry, and the page's
// answers.
#include "app/share_panel.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include <GLFW/glfw3.h>
#include <nlohmann/json.hpp>

#include "app/panels.h"
#include "app/profile_panel.h"
#include "app/report_export.h"
#include "app/share_browser.h"
#include "app/share_text.h"
#include "engine/benchmark_profiles.h"
#include "engine/column_roles.h"
#include "engine/number_text.h"

namespace engage::app {

namespace {

using Json = nlohmann::ordered_json;

constexpr double storage_check_seconds = 0.5;

const char base64_alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

std::string base64_encode(const std::string& bytes) {
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    for (std::size_t i = 0; i < bytes.size(); i += 3) {
        std::uint32_t chunk = static_cast<unsigned char>(bytes[i]) << 16;
        if (i + 1 < bytes.size())
            chunk |= static_cast<unsigned char>(bytes[i + 1]) << 8;
        if (i + 2 < bytes.size())
            chunk |= static_cast<unsigned char>(bytes[i + 2]);
        out += base64_alphabet[(chunk >> 18) & 63];
        out += base64_alphabet[(chunk >> 12) & 63];
        out += i + 1 < bytes.size() ? base64_alphabet[(chunk >> 6) & 63] : '=';
        out += i + 2 < bytes.size() ? base64_alphabet[chunk & 63] : '=';
    }
    return out;
}

std::string base64_decode(const std::string& text) {
    std::string out;
    std::uint32_t chunk = 0;
    int bits = 0;
    for (char c : text) {
        const char* at = std::find(base64_alphabet, base64_alphabet + 64, c);
        if (at == base64_alphabet + 64)
            continue; // padding, line breaks
        chunk = (chunk << 6) | static_cast<std::uint32_t>(at - base64_alphabet);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += static_cast<char>((chunk >> bits) & 0xFF);
        }
    }
    return out;
}

bool valid_utf8(const std::string& bytes) {
    std::size_t i = 0;
    while (i < bytes.size()) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        const std::size_t length = c < 0x80           ? 1
                                   : (c >> 5) == 0x6  ? 2
                                   : (c >> 4) == 0xE  ? 3
                                   : (c >> 3) == 0x1E ? 4
                                                      : 0;
        if (length == 0 || i + length > bytes.size())
            return false;
        for (std::size_t k = 1; k < length; ++k)
            if ((static_cast<unsigned char>(bytes[i + k]) & 0xC0) != 0x80)
                return false;
        i += length;
    }
    return true;
}

std::uint64_t fnv1a(const std::string& bytes) {
    std::uint64_t hash = 1469598103934665603ull;
    for (char c : bytes) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ull;
    }
    return hash;
}

bool profile_changed_by_user(const AppState& app) {
    if (app.profiles.imported)
        return true;
    for (const KpiBenchmark& benchmark : active_profile(app).benchmarks)
        for (const RatingBand& band : benchmark.bands)
            if (band.edited)
                return true;
    return false;
}

// The whole input is held (not streamed in pieces by the page), so it can go into a link or
// into storage.
bool input_held_whole(const AppState& app) {
    return app.source_bytes.size() >= app.analysis.input.bytes;
}

std::string format_size(double bytes, Language language) {
    if (bytes < 1024)
        return format_number(bytes, language, 0) + " B";
    return format_number(bytes / 1024.0, language, bytes < 10 * 1024 ? 1 : 0) + " KB";
}

// Long enough to read "Saved as download: engagelens-a-very-long-name.png" twice.
constexpr double message_seconds = 6.0;

void set_message(AppState& app, Localized message, bool error) {
    app.share.message = std::move(message);
    app.share.message_is_error = error;
    app.share.message_until = glfwGetTime() + message_seconds;
}

bool message_showing(const AppState& app) {
    return !app.share.message.empty() &&
           (app.share.message_is_error || glfwGetTime() < app.share.message_until);
}

void draw_message(const AppState& app) {
    if (message_showing(app))
        wrapped_text(app.share.message_is_error ? theme::error : theme::accent,
                     app.share.message.in(app.language));
}

Localized with_detail(const Localized& text, const std::string& detail) {
    return Localized{text.en + " " + detail, text.in(Language::German) + " " + detail};
}

Localized formatted(const Localized& pattern, const std::string& a, const std::string& b = "") {
    auto fill = [&](const std::string& format) {
        char out[1024];
        std::snprintf(out, sizeof out, format.c_str(), a.c_str(), b.c_str());
        return std::string(out);
    };
    return Localized{fill(pattern.en), fill(pattern.in(Language::German))};
}

bool report_button(AppState& app, const Localized& label, const Localized& tip, const char* id) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const std::string text = std::string(tr(app, label)) + "##" + id;
    const float width =
        ImGui::CalcTextSize(text.c_str(), nullptr, true).x + style.FramePadding.x * 2.0f;
    const float right = ImGui::GetWindowPos().x + ImGui::GetContentRegionMax().x;
    if (std::string(id) != "report-copy" &&
        ImGui::GetItemRectMax().x + style.ItemInnerSpacing.x + width < right)
        ImGui::SameLine(0, style.ItemInnerSpacing.x);
    const bool pressed = ImGui::Button(text.c_str());
    // After a press the outcome appears under the buttons; the tooltip would cover it, so it
    // stays away until the pointer has left the button.
    std::string& quiet = app.share.quiet_tooltip;
    if (pressed)
        quiet = id;
    const bool hovered = ImGui::IsItemHovered();
    if (!hovered && quiet == id)
        quiet.clear();
    if (hovered && quiet != id)
        ImGui::SetTooltip("%s", tr(app, tip));
    remember_control(app, id);
    return pressed;
}

void request_share_link(AppState& app) {
    ShareUiState& share = app.share;
    share.link_text.clear();
    if (!input_held_whole(app)) {
        share.link = ShareUiState::Link::NotWhole;
        return;
    }
    share.link = ShareUiState::Link::Working;
    page::make_share_link(share_state_json(app, true), share_link_limit);
}

void draw_share_box(AppState& app) {
    ShareUiState& share = app.share;
    switch (share.link) {
    case ShareUiState::Link::None:
        return;
    case ShareUiState::Link::Working:
        wrapped_text(theme::muted, tr(app, text::share_working));
        return;
    case ShareUiState::Link::TooLarge:
        wrapped_text(theme::error,
                     formatted(text::share_too_large, format_size(share.link_size, app.language),
                               format_size(share_link_limit, app.language))
                         .in(app.language));
        remember_control(app, "share-too-large");
        return;
    case ShareUiState::Link::NotWhole:
        wrapped_text(theme::error, tr(app, text::share_not_whole));
        remember_control(app, "share-too-large");
        return;
    case ShareUiState::Link::Failed:
        wrapped_text(theme::error, share.link_text);
        return;
    case ShareUiState::Link::Ready:
        break;
    }

    // The warning first and in the warning colour: it must be read before the link is sent.
    wrapped_text(theme::warning, tr(app, text::share_warning));
    remember_control(app, "share-warning");
    ImGui::SetNextItemWidth(-1.0f);
    ImGui::InputText("##share-link-text", share.link_text.data(), share.link_text.size() + 1,
                     ImGuiInputTextFlags_ReadOnly);
    remember_control(app, "share-link-text");
    const std::string copy = std::string(tr(app, text::share_copy_link)) + "##share-link-copy";
    if (ImGui::Button(copy.c_str()))
        page::copy_to_clipboard(share.link_text);
    remember_control(app, "share-link-copy");
    ImGui::SameLine();
    const std::string close = std::string(tr(app, text::share_close)) + "##share-link-close";
    if (ImGui::Button(close.c_str()))
        share.link = ShareUiState::Link::None;
    remember_control(app, "share-link-close");
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextColored(theme::muted, "%s", format_size(share.link_size, app.language).c_str());
}

void hand_state_to_storage(AppState& app) {
    ShareUiState& share = app.share;
    if (!share.storage_enabled || glfwGetTime() < share.next_storage_check)
        return;
    share.next_storage_check = glfwGetTime() + storage_check_seconds;
    if (analysis_progress(app) >= 0.0f)
        return; // a running analysis: the settings may still change with it

    const bool with_data = app.has_input && input_held_whole(app);
    const std::string settings = share_state_json(app, false);
    const std::string signature = settings + '|' + app.source_name + '|' +
                                  std::to_string(app.source_bytes.size()) + '|' +
                                  std::to_string(with_data ? fnv1a(app.source_bytes) : 0);
    if (signature == share.stored_signature)
        return;
    share.stored_signature = signature;
    page::store_state(settings, with_data ? app.source_bytes : std::string(),
                      with_data ? app.source_name : std::string());
}

} // namespace

std::string share_state_json(const AppState& app, bool with_data) {
    Json state = {{"format", "engagelens-state"},
                  {"version", 1},
                  {"language", language_tag(app.language)},
                  {"zoom", app.zoom}};
    if (profile_changed_by_user(app))
        state["profile"] = Json::parse(profile_to_json(active_profile(app)), nullptr, false);
    else
        state["profile"] = active_profile(app).id;
    Json roles = Json::object();
    for (const auto& [header, role] : app.options.role_overrides)
        roles[header] = role_id(role);
    state["roles"] = roles;
    state["table"] = app.options.table_index;
    if (with_data && app.has_input) {
        state["name"] = app.source_name;
        if (valid_utf8(app.source_bytes))
            state["text"] = app.source_bytes;
        else
            state["bytes_base64"] = base64_encode(app.source_bytes);
    }
    return state.dump();
}

Localized apply_state_json(AppState& app, const std::string& json, bool from_link) {
    const Json state = Json::parse(json, nullptr, false);
    if (state.is_discarded() || !state.is_object() ||
        state.value("format", "") != "engagelens-state")
        return Localized{"the data inside it is not an EngageLens state.",
                         "Die Daten darin sind kein EngageLens-Zustand."};

    std::optional<BenchmarkProfile> profile;
    bool imported = false;
    if (state.contains("profile") && state["profile"].is_string()) {
        if (const BenchmarkProfile* builtin =
                find_builtin_profile(state["profile"].get<std::string>()))
            profile = *builtin;
    } else if (state.contains("profile") && state["profile"].is_object()) {
        ProfileResult result = parse_profile(state["profile"].dump());
        if (!result.ok())
            return result.error;
        profile = std::move(result.profile);
        imported = !find_builtin_profile(profile->id);
    }

    // Data first: loading resets the options the settings below restore.
    if (state.contains("text") && state["text"].is_string())
        load_text(app, state["text"].get<std::string>(), state.value("name", "shared.csv"));
    else if (state.contains("bytes_base64") && state["bytes_base64"].is_string())
        load_bytes(app, base64_decode(state["bytes_base64"].get<std::string>()),
                   state.value("name", "shared.csv"));

    if (state.contains("language") && state["language"].is_string())
        app.language = language_from_tag(state["language"].get<std::string>());
    if (state.contains("zoom") && state["zoom"].is_number())
        app.zoom = std::clamp(state["zoom"].get<float>(), 0.8f, 2.5f);
    if (profile) {
        app.profiles.selected_id = profile->id;
        app.profiles.imported = imported;
        app.options.benchmark = std::move(profile);
    }
    app.options.role_overrides.clear();
    if (state.contains("roles") && state["roles"].is_object())
        for (const auto& [header, role] : state["roles"].items())
            if (role.is_string())
                app.options.role_overrides[header] = role_from_id(role.get<std::string>());
    if (state.contains("table") && state["table"].is_number_integer())
        app.options.table_index = state["table"].get<long>();
    reanalyze(app);

    app.share.opened_from_link = from_link;
    return {};
}

void share_event(AppState& app, const std::string& kind, const std::string& detail) {
    ShareUiState& share = app.share;
    if (kind == "copy") {
        if (detail == "link") {
            set_message(app, text::copied_link, false);
        } else {
            const int count = static_cast<int>(app.analysis.kpis.size());
            char en[128];
            char de[128];
            std::snprintf(en, sizeof en, text::copied_table.en.c_str(), count);
            std::snprintf(de, sizeof de, text::copied_table.de.c_str(), count);
            set_message(app, Localized{en, de}, false);
        }
    } else if (kind == "copy-failed") {
        set_message(app, with_detail(text::copy_failed, detail), true);
    } else if (kind == "download") {
        set_message(app, formatted(text::saved_file, detail), false);
    } else if (kind == "link") {
        share.link = ShareUiState::Link::Ready;
        share.link_text = detail;
        const std::size_t hash = detail.find('#');
        share.link_size =
            hash == std::string::npos ? 0.0 : static_cast<double>(detail.size() - hash - 1);
    } else if (kind == "link-too-large") {
        share.link = ShareUiState::Link::TooLarge;
        share.link_size = std::atof(detail.c_str());
    } else if (kind == "link-failed") {
        share.link = ShareUiState::Link::Failed;
        share.link_text = with_detail(text::share_failed, detail).in(app.language);
    } else if (kind == "link-bad") {
        // No detail: the fragment itself would not decode (cut off, mistyped); the browser's
        // own words for that ("Failed to fetch") tell the reader nothing.
        set_message(app, detail.empty() ? text::share_bad_link_undecodable
                                        : with_detail(text::share_bad_link, detail),
                    true);
    } else if (kind == "profile-file") {
        import_profile_json(app, detail);
    } else if (kind == "storage-inventory") {
        // {"settings": bool, "datasets": [{"name", "bytes"}]}, newest first
        const Json inventory = Json::parse(detail, nullptr, false);
        share.stored_datasets.clear();
        share.stored_settings = inventory.is_object() && inventory.value("settings", false);
        if (inventory.is_object() && inventory.contains("datasets") &&
            inventory["datasets"].is_array())
            for (const Json& dataset : inventory["datasets"])
                if (dataset.is_object())
                    share.stored_datasets.emplace_back(dataset.value("name", ""),
                                                       dataset.value("bytes", 0.0));
    } else if (kind == "storage-restored") {
        share.storage_enabled = true;
        share.storage_message = text::storage_restored;
        share.storage_message_is_error = false;
    } else if (kind == "storage-deleted") {
        share.storage_enabled = false;
        share.stored_datasets.clear();
        share.stored_settings = false;
        share.stored_signature.clear();
        share.storage_message = text::storage_deleted;
        share.storage_message_is_error = false;
    } else if (kind == "storage-error") {
        share.storage_enabled = false;
        share.stored_signature.clear();
        share.storage_message = with_detail(text::storage_unavailable, detail);
        share.storage_message_is_error = true;
    }
}

void draw_report_bar(AppState& app) {
    const bool ready = app.has_input && app.analysis.readable && analysis_progress(app) < 0.0f;
    if (!ready) {
        // Before any data only an outcome can be worth showing, e.g. a damaged share link.
        draw_message(app);
        return;
    }
    ImGui::PushID("report");
    section_title(app, tr(app, text::report_title));

    if (report_button(app, text::report_copy, text::report_copy_tip, "report-copy"))
        page::copy_to_clipboard(kpi_table_tsv(app));
    if (report_button(app, text::report_csv, text::report_csv_tip, "report-csv"))
        page::download(report_file_stem(app) + ".csv", "text/csv;charset=utf-8",
                       kpi_table_csv(app));
    if (report_button(app, text::report_json, text::report_json_tip, "report-json"))
        page::download(report_file_stem(app) + ".json", "application/json",
                       report_document_json(app));
    if (report_button(app, text::report_png, text::report_png_tip, "report-png"))
        app.share.png_requested = true;
    if (report_button(app, text::report_print, text::report_print_tip, "report-print"))
        page::open_print_view(summary_html(app), tr(app, text::summary_title));
    if (report_button(app, text::share_link, text::share_link_tip, "share-link"))
        request_share_link(app);

    draw_message(app);
    if (app.share.opened_from_link)
        wrapped_text(theme::warning, tr(app, text::share_opened));
    draw_share_box(app);
    ImGui::PopID();
}

void draw_privacy_card(AppState& app) {
    ShareUiState& share = app.share;
    ImGui::PushID("privacy");
    begin_card(app);
    section_title(app, tr(app, text::privacy_title));
    wrapped_text(theme::ink, tr(app, text::privacy_sent));
    wrapped_text(theme::ink, tr(app, share.storage_enabled ? text::privacy_stored_on
                                                           : text::privacy_stored_off));
    wrapped_text(theme::muted, tr(app, text::privacy_links));
    ImGui::Spacing();

    // The checkbox's own label cannot wrap, which cuts it on a 400 px screen: the label is
    // wrapped text beside it, and a click or tap on it toggles too.
    bool enabled = share.storage_enabled;
    bool toggled = ImGui::Checkbox("##storage-toggle", &enabled);
    remember_control(app, "storage-toggle");
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    wrapped_text(theme::ink, std::string(tr(app, text::storage_toggle)) + " (IndexedDB)");
    if (ImGui::IsItemClicked()) {
        enabled = !enabled;
        toggled = true;
    }
    if (toggled) {
        if (enabled) {
            share.storage_enabled = true;
            share.stored_signature.clear();
            share.next_storage_check = 0;
            share.storage_message = {};
            page::storage_enable();
        } else {
            share.storage_enabled = false; // nothing more is handed over from now on
            page::storage_delete_all();    // off means nothing kept: the page answers "deleted"
        }
    }

    const std::string remove = std::string(tr(app, text::storage_delete)) + "##storage-delete";
    if (ImGui::Button(remove.c_str())) {
        share.storage_enabled = false;
        page::storage_delete_all();
    }
    remember_control(app, "storage-delete");

    if (share.storage_enabled && (share.stored_settings || !share.stored_datasets.empty())) {
        std::string inventory;
        for (const auto& [name, bytes] : share.stored_datasets)
            inventory += (inventory.empty() ? "" : ", ") + name + " (" +
                         format_size(bytes, app.language) + ")";
        if (share.stored_settings)
            inventory += (inventory.empty() ? std::string() : std::string("; ")) +
                         tr(app, text::storage_settings);
        wrapped_text(theme::muted, std::string(tr(app, text::storage_now)) + " " + inventory);
        remember_control(app, "storage-inventory");
    }
    if (!share.storage_message.empty())
        wrapped_text(share.storage_message_is_error ? theme::error : theme::accent,
                     share.storage_message.in(app.language));
    end_card(app, theme::accent);
    ImGui::PopID();
}

std::string share_status_text(const AppState& app) {
    return message_showing(app) ? app.share.message.in(app.language) : std::string();
}

void share_after_render(AppState& app) {
    if (app.share.png_requested) {
        app.share.png_requested = false;
        page::save_canvas_png(report_file_stem(app) + ".png");
    }
    hand_state_to_storage(app);
}

} // namespace engage::app
