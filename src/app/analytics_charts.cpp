#include "app/analytics_charts.h"

#include <algorithm>
#include <cmath>

#include "app/app.h"
#include "app/panels.h"
#include "app/theme.h"

namespace engage::app {

namespace {

ImU32 colour_u32(const ImVec4& colour, float alpha = 1.0f) {
    return ImGui::GetColorU32(ImVec4(colour.x, colour.y, colour.z, colour.w * alpha));
}

// A chart's box: the full width left in the window, `height` logical pixels high. Returns the
// top-left corner; the cursor moves below the box.
ImVec2 reserve(const AppState& app, float height, ImVec2* size_out) {
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    // The card's right padding (widgets.cpp) stays free, as it does for text.
    const ImVec2 size(std::max(ImGui::GetContentRegionAvail().x - scaled(app, 14.0f),
                               scaled(app, 120.0f)),
                      scaled(app, height));
    ImGui::Dummy(size);
    *size_out = size;
    return origin;
}

void dashed_line(ImDrawList* draw, ImVec2 from, ImVec2 to, ImU32 colour, float dash,
                 float thickness) {
    const float length = std::hypot(to.x - from.x, to.y - from.y);
    if (length <= 0.0f)
        return;
    const ImVec2 step((to.x - from.x) / length, (to.y - from.y) / length);
    for (float at = 0.0f; at < length; at += dash * 2.0f) {
        const float end = std::min(at + dash, length);
        draw->AddLine(ImVec2(from.x + step.x * at, from.y + step.y * at),
                      ImVec2(from.x + step.x * end, from.y + step.y * end), colour, thickness);
    }
}

// "Nice" axis steps: 1, 2 or 5 times a power of ten.
double nice_step(double range, int target_ticks) {
    if (range <= 0.0)
        return 1.0;
    const double raw = range / target_ticks;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    const double fraction = raw / power;
    const double nice = fraction < 1.5 ? 1.0 : fraction < 3.5 ? 2.0 : fraction < 7.5 ? 5.0 : 10.0;
    return nice * power;
}

} // namespace

void legend_item(const ImVec4& colour, const char* label) {
    const float size = ImGui::GetTextLineHeight() * 0.7f;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float offset = (ImGui::GetTextLineHeight() - size) * 0.5f;
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(at.x, at.y + offset),
                                              ImVec2(at.x + size, at.y + offset + size),
                                              colour_u32(colour), size * 0.2f);
    ImGui::Dummy(ImVec2(size, ImGui::GetTextLineHeight()));
    ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
    ImGui::TextUnformatted(label);
}

void nps_gauge(const AppState& app, double score, double low, double high) {
    ImVec2 size;
    const ImVec2 origin = reserve(app, 62.0f, &size);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float margin = ImGui::CalcTextSize("+100").x * 0.5f + scaled(app, 2.0f);
    const float left = origin.x + margin;
    const float right = origin.x + size.x - margin;
    const auto x_of = [&](double value) {
        const double clamped = std::clamp(value, -100.0, 100.0);
        return static_cast<float>(left + (clamped + 100.0) / 200.0 * (right - left));
    };
    const float bar_top = origin.y + scaled(app, 14.0f);
    const float bar_bottom = bar_top + scaled(app, 16.0f);

    // The rating bands of the README (below 0 negative, 0-49 good, 50-69 excellent, 70+ world
    // class), pale, so the interval band on top stays the strongest mark.
    struct Band {
        double from, to;
        ImVec4 colour;
    };
    const Band bands[] = {{-100, 0, chart_colours::detractor},
                          {0, 50, ImVec4(0.60f, 0.75f, 0.40f, 1.0f)},
                          {50, 70, chart_colours::promoter},
                          {70, 100, ImVec4(0.05f, 0.40f, 0.22f, 1.0f)}};
    for (const Band& band : bands)
        draw->AddRectFilled(ImVec2(x_of(band.from), bar_top), ImVec2(x_of(band.to), bar_bottom),
                            colour_u32(band.colour, 0.25f));
    draw->AddRect(ImVec2(left, bar_top), ImVec2(right, bar_bottom), colour_u32(theme::card_border));

    // The interval, then the score.
    const float pad = scaled(app, 4.0f);
    draw->AddRectFilled(ImVec2(x_of(low), bar_top - pad), ImVec2(x_of(high), bar_bottom + pad),
                        colour_u32(theme::accent, 0.35f), scaled(app, 3.0f));
    draw->AddRect(ImVec2(x_of(low), bar_top - pad), ImVec2(x_of(high), bar_bottom + pad),
                  colour_u32(theme::accent), scaled(app, 3.0f), 0, scaled(app, 1.5f));
    const float marker = x_of(score);
    draw->AddLine(ImVec2(marker, bar_top - pad * 2.5f), ImVec2(marker, bar_bottom + pad * 2.5f),
                  colour_u32(theme::ink), scaled(app, 3.0f));

    // Ticks and their labels under the bar.
    for (int tick = -100; tick <= 100; tick += 50) {
        const float x = x_of(tick);
        draw->AddLine(ImVec2(x, bar_bottom), ImVec2(x, bar_bottom + scaled(app, 5.0f)),
                      colour_u32(theme::muted), scaled(app, 1.0f));
        const std::string label = tick > 0 ? "+" + std::to_string(tick)
                                  : tick < 0 ? "\u2212" + std::to_string(-tick)
                                             : std::string("0");
        const float width = ImGui::CalcTextSize(label.c_str()).x;
        draw->AddText(ImVec2(x - width * 0.5f, bar_bottom + scaled(app, 7.0f)),
                      colour_u32(theme::muted), label.c_str());
    }
}

void nps_histogram(const AppState& app, const std::vector<HistogramSeries>& series,
                   bool by_answer) {
    long largest = 1;
    for (int score = 0; score <= 10; ++score) {
        long stacked = 0;
        for (const HistogramSeries& one : series)
            stacked += one.counts[static_cast<std::size_t>(score)];
        largest = std::max(largest, stacked);
    }

    ImVec2 size;
    const ImVec2 origin = reserve(app, 170.0f, &size);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float line = ImGui::GetTextLineHeight();
    const float plot_top = origin.y + line * 1.2f; // room for the counts above the bars
    const float plot_bottom = origin.y + size.y - line * 1.3f;
    const float slot = size.x / 11.0f;
    const float gap = std::max(scaled(app, 2.0f), slot * 0.15f);

    draw->AddLine(ImVec2(origin.x, plot_bottom), ImVec2(origin.x + size.x, plot_bottom),
                  colour_u32(theme::muted), scaled(app, 1.0f));
    for (int score = 0; score <= 10; ++score) {
        const auto index = static_cast<std::size_t>(score);
        const float x0 = origin.x + slot * score + gap * 0.5f;
        const float x1 = origin.x + slot * (score + 1) - gap * 0.5f;
        float y = plot_bottom;
        long total = 0;
        for (const HistogramSeries& one : series) {
            const long count = one.counts[index];
            if (count <= 0)
                continue;
            total += count;
            const float height =
                (plot_bottom - plot_top) * static_cast<float>(count) / static_cast<float>(largest);
            const ImVec4 colour = !by_answer    ? one.colour
                                  : score >= 9 ? chart_colours::promoter
                                  : score >= 7 ? chart_colours::passive
                                               : chart_colours::detractor;
            draw->AddRectFilled(ImVec2(x0, y - height), ImVec2(x1, y), colour_u32(colour));
            y -= height;
        }
        const std::string count = count_text(app, total);
        const float count_width = ImGui::CalcTextSize(count.c_str()).x;
        draw->AddText(ImVec2((x0 + x1 - count_width) * 0.5f, y - line - scaled(app, 1.0f)),
                      colour_u32(theme::muted), count.c_str());
        const std::string label = std::to_string(score);
        const float width = ImGui::CalcTextSize(label.c_str()).x;
        draw->AddText(ImVec2((x0 + x1 - width) * 0.5f, plot_bottom + scaled(app, 3.0f)),
                      colour_u32(theme::ink), label.c_str());
    }
}

void trend_chart(const AppState& app, const std::vector<std::string>& labels,
                 const std::vector<double>& values, std::optional<double> reference,
                 const std::function<std::string(double)>& format_value) {
    if (values.empty())
        return;
    double low = *std::min_element(values.begin(), values.end());
    double high = *std::max_element(values.begin(), values.end());
    if (reference) {
        low = std::min(low, *reference);
        high = std::max(high, *reference);
    }
    const double step = nice_step(high - low > 0 ? high - low : std::max(1.0, std::fabs(high)), 4);
    low = std::floor(low / step) * step;
    high = std::ceil(high / step) * step;
    if (high <= low)
        high = low + step;

    ImVec2 size;
    const ImVec2 origin = reserve(app, 220.0f, &size);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float line = ImGui::GetTextLineHeight();

    // The y axis labels decide the left margin.
    std::vector<std::pair<double, std::string>> ticks;
    float label_width = 0.0f;
    for (double tick = low; tick <= high + step * 0.5; tick += step) {
        ticks.emplace_back(tick, format_value(tick));
        label_width = std::max(label_width, ImGui::CalcTextSize(ticks.back().second.c_str()).x);
    }
    const float left = origin.x + label_width + scaled(app, 8.0f);
    const float right = origin.x + size.x - scaled(app, 16.0f);
    const float top = origin.y + line * 0.5f;
    const float bottom = origin.y + size.y - line * 1.6f;
    const auto y_of = [&](double value) {
        return static_cast<float>(bottom - (value - low) / (high - low) * (bottom - top));
    };
    const std::size_t count = values.size();
    const auto x_of = [&](std::size_t i) {
        return count == 1 ? (left + right) * 0.5f
                          : left + (right - left) * static_cast<float>(i) /
                                       static_cast<float>(count - 1);
    };

    for (const auto& [tick, text] : ticks) {
        const float y = y_of(tick);
        draw->AddLine(ImVec2(left, y), ImVec2(right, y), colour_u32(theme::card_border),
                      scaled(app, 1.0f));
        const float width = ImGui::CalcTextSize(text.c_str()).x;
        draw->AddText(ImVec2(left - scaled(app, 6.0f) - width, y - line * 0.5f),
                      colour_u32(theme::muted), text.c_str());
    }
    draw->AddLine(ImVec2(left, top), ImVec2(left, bottom), colour_u32(theme::muted),
                  scaled(app, 1.0f));
    if (reference)
        dashed_line(draw, ImVec2(left, y_of(*reference)), ImVec2(right, y_of(*reference)),
                    colour_u32(theme::warning), scaled(app, 6.0f), scaled(app, 2.0f));

    for (std::size_t i = 1; i < count; ++i)
        draw->AddLine(ImVec2(x_of(i - 1), y_of(values[i - 1])), ImVec2(x_of(i), y_of(values[i])),
                      colour_u32(theme::accent), scaled(app, 2.5f));
    for (std::size_t i = 0; i < count; ++i)
        draw->AddCircleFilled(ImVec2(x_of(i), y_of(values[i])),
                              scaled(app, i + 1 == count ? 5.0f : 3.0f), colour_u32(theme::accent));

    // X labels: as many as fit without overlapping, always the first and the last.
    float widest = 0.0f;
    for (const std::string& label : labels)
        widest = std::max(widest, ImGui::CalcTextSize(label.c_str()).x);
    const float room = count > 1 ? (right - left) / static_cast<float>(count - 1) : right - left;
    const std::size_t every =
        std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil((widest + line) / room)));
    float last_end = -1e9f;
    for (std::size_t i = 0; i < count && i < labels.size(); ++i) {
        if (i % every != 0 && i + 1 != count)
            continue;
        const float width = ImGui::CalcTextSize(labels[i].c_str()).x;
        float x = std::clamp(x_of(i) - width * 0.5f, left, origin.x + size.x - width);
        if (x < last_end + line * 0.5f)
            continue;
        draw->AddText(ImVec2(x, bottom + scaled(app, 4.0f)), colour_u32(theme::ink),
                      labels[i].c_str());
        last_end = x + width;
    }
}

void grouped_bars(const AppState& app, const std::vector<std::string>& categories,
                  const std::vector<BarSeries>& series,
                  const std::function<std::string(double)>& format_value) {
    // Legend: wraps like text.
    for (std::size_t s = 0; s < series.size(); ++s) {
        const float needed = ImGui::CalcTextSize(series[s].name.c_str()).x +
                             ImGui::GetTextLineHeight() * 1.5f;
        if (s > 0) {
            ImGui::SameLine(0, ImGui::GetStyle().ItemSpacing.x * 2.0f);
            if (ImGui::GetContentRegionAvail().x < needed)
                ImGui::NewLine();
        }
        legend_item(series[s].colour, series[s].name.c_str());
    }

    double largest = 0.0;
    for (const BarSeries& one : series)
        for (double value : one.values)
            largest = std::max(largest, value);
    if (largest <= 0.0)
        largest = 1.0;

    const float line = ImGui::GetTextLineHeight();
    const float bar = std::max(scaled(app, 5.0f), line * 0.42f);
    const float group_gap = line * 0.6f;
    float label_width = 0.0f;
    for (const std::string& category : categories)
        label_width = std::max(label_width, ImGui::CalcTextSize(category.c_str()).x);
    const float value_width = ImGui::CalcTextSize(format_value(largest).c_str()).x;

    const float group_height = std::max(line, bar * static_cast<float>(series.size()));
    ImVec2 size;
    const ImVec2 origin =
        reserve(app,
                (group_height + group_gap) * static_cast<float>(categories.size()) / app.ui_scale,
                &size);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float left = origin.x + label_width + scaled(app, 10.0f);
    const float right = origin.x + size.x - value_width - scaled(app, 8.0f);
    const float length = std::max(right - left, scaled(app, 40.0f));

    for (std::size_t c = 0; c < categories.size(); ++c) {
        const float top = origin.y + (group_height + group_gap) * static_cast<float>(c);
        draw->AddText(ImVec2(origin.x, top + (group_height - line) * 0.5f),
                      colour_u32(theme::ink), categories[c].c_str());
        draw->AddLine(ImVec2(left, top - group_gap * 0.25f),
                      ImVec2(left, top + group_height + group_gap * 0.25f),
                      colour_u32(theme::muted), scaled(app, 1.0f));
        double group_max = 0.0;
        for (std::size_t s = 0; s < series.size(); ++s) {
            const double value = c < series[s].values.size() ? series[s].values[c] : 0.0;
            group_max = std::max(group_max, value);
            const float y = top + bar * static_cast<float>(s);
            const float width = static_cast<float>(value / largest) * length;
            draw->AddRectFilled(ImVec2(left, y + 1.0f), ImVec2(left + width, y + bar - 1.0f),
                                colour_u32(series[s].colour));
        }
        // The largest credit of the channel, so a reader can put a number on the bars.
        const std::string text = format_value(group_max);
        const float text_x = left + static_cast<float>(group_max / largest) * length +
                             scaled(app, 4.0f);
        draw->AddText(ImVec2(text_x, top + (group_height - line) * 0.5f),
                      colour_u32(theme::muted), text.c_str());
    }
}

void stage_bars(const AppState& app, const std::vector<std::string>& labels,
                const std::vector<double>& values, const std::vector<std::string>& texts) {
    double largest = 0.0;
    for (double value : values)
        largest = std::max(largest, value);
    if (largest <= 0.0)
        largest = 1.0;
    const float line = ImGui::GetTextLineHeight();
    float label_width = 0.0f;
    for (const std::string& label : labels)
        label_width = std::max(label_width, ImGui::CalcTextSize(label.c_str()).x);

    const bool stacked_labels = label_width > ImGui::GetContentRegionAvail().x * 0.4f;
    for (std::size_t i = 0; i < labels.size() && i < values.size(); ++i) {
        if (stacked_labels)
            ImGui::TextUnformatted(labels[i].c_str());
        ImVec2 size;
        const ImVec2 origin = reserve(app, line * 1.5f / app.ui_scale, &size);
        ImDrawList* draw = ImGui::GetWindowDrawList();
        float left = origin.x;
        if (!stacked_labels) {
            draw->AddText(ImVec2(origin.x, origin.y + line * 0.25f), colour_u32(theme::ink),
                          labels[i].c_str());
            left += label_width + scaled(app, 10.0f);
        }
        const float length = origin.x + size.x - left;
        const float width = static_cast<float>(values[i] / largest) * length;
        const ImVec4 colour = chart_colours::series[i % chart_colours::series.size()];
        draw->AddRectFilled(ImVec2(left, origin.y), ImVec2(left + width, origin.y + size.y),
                            colour_u32(colour, 0.85f), scaled(app, 3.0f));
        const std::string& text = i < texts.size() ? texts[i] : std::string();
        const float text_width = ImGui::CalcTextSize(text.c_str()).x;
        const bool inside = width > text_width + scaled(app, 12.0f);
        const bool beside = !inside && width + text_width + scaled(app, 8.0f) <= length;
        if (inside || beside) {
            draw->AddText(
                ImVec2(inside ? left + scaled(app, 6.0f) : left + width + scaled(app, 6.0f),
                       origin.y + line * 0.25f),
                inside ? IM_COL32_WHITE : colour_u32(theme::ink), text.c_str());
        } else {
            wrapped_text(theme::ink, text); // no room on the bar: under it
        }
    }
}

} // namespace engage::app
