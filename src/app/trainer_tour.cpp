#include "app/trainer_tour.h"

#include <algorithm>
#include <cstdio>
#include <string>

#include "app/app.h"
#include "app/panels.h"
#include "app/trainer_presentation.h"
#include "app/trainer_text.h"

namespace engage::app {

namespace {

namespace txt = trainer_text;

std::vector<TourStep> build_steps() {
    return {
        {"dimensions",
         {"Three dimensions of KPIs", "Drei Dimensionen der Kennzahlen"},
         {"Every engagement KPI belongs to one of three dimensions. Reach: how many people of the "
          "target group were reached. Interaction: a first action was triggered – a like, a "
          "comment, a click. Transaction: the final goal – a purchase, a sign-up, a membership. "
          "Engagement begins where at least one interaction happens; reach alone is not "
          "engagement.",
          "Jede Engagement-Kennzahl gehört zu einer von drei Dimensionen. Reichweite: Wie viele "
          "Menschen der Zielgruppe wurden erreicht? Interaktion: Eine erste Handlung wurde "
          "ausgelöst – ein Like, ein Kommentar, ein Klick. Transaktion: das eigentliche Ziel "
          "– "
          "ein Kauf, eine Anmeldung, eine Mitgliedschaft. Engagement beginnt dort, wo es "
          "mindestens eine Interaktion gibt; Reichweite allein ist noch kein Engagement."},
         {},
         {"A spring campaign reached 8,000 people with 12,000 impressions; 204 clicked, 12 "
          "ordered. One figure for each dimension.",
          "Eine Frühjahrsaktion erreichte 8.000 Menschen mit 12.000 Impressionen; 204 klickten, "
          "12 bestellten. Eine Kennzahl je Dimension."},
         {"Read the dimensions as a funnel: each one is narrower than the one before.",
          "Lesen Sie die Dimensionen als Trichter: Jede ist schmaler als die vorige."},
         "tour-1-dimensionen.csv",
         "Kampagne;Reichweite;Impressionen;Klicks;Conversions\n"
         "Frühjahrsaktion;8.000;12.000;204;12\n",
         {"reach", "click_through_rate", "conversion_rate"}},
        {"engagement_rate",
         {"Engagement rate", "Engagement-Rate"},
         {"How many interactions a post earns per follower. It suits Instagram, Facebook, X and "
          "other social channels, and is a staple of influencer marketing.",
          "Wie viele Interaktionen ein Beitrag pro Follower erzielt. Sie passt zu Instagram, "
          "Facebook, X und anderen sozialen Kanälen und ist im Influencer-Marketing üblich."},
         {"(likes + comments) / followers × 100", "(Likes + Kommentare) / Follower × 100"},
         {"A company account has 5,000 followers; a new picture gets 250 likes and comments "
          "(here 200 + 50): 250 / 5,000 × 100 = 5 %.",
          "Ein Firmenaccount hat 5.000 Follower; ein neues Bild bekommt 250 Likes und Kommentare "
          "(hier 200 + 50): 250 / 5.000 × 100 = 5 %."},
         {"The article's rule of thumb: 3 to 8 % is good.",
          "Faustregel des Artikels: 3 bis 8 % gelten als gut."},
         "tour-2-engagement-rate.csv",
         "Follower;Likes;Kommentare\n5.000;200;50\n",
         {"engagement_rate"}},
        {"click_through_rate",
         {"Click-through rate", "Klickrate (CTR)"},
         {"The share of ad impressions that led to a click on the ad.",
          "Der Anteil der Werbeeinblendungen, die zu einem Klick auf das Werbemittel führten."},
         {"clicks / ad impressions × 100", "Klicks / Werbeeinblendungen × 100"},
         {"A banner on Facebook is shown 1,000 times and clicked 17 times: 17 / 1,000 × 100 = "
          "1.7 %.",
          "Ein Banner auf Facebook wird 1.000-mal eingeblendet und 17-mal angeklickt: 17 / 1.000 "
          "× 100 = 1,7 %."},
         {"No universal target: it depends on the medium and the kind of content. Compare your "
          "own campaigns over time, not one platform with another.",
          "Kein allgemeiner Sollwert: Er hängt von Medium und Inhalt ab. Vergleichen Sie eigene "
          "Kampagnen über die Zeit, nicht Plattformen miteinander."},
         "tour-3-klickrate.csv",
         "Anzeige;Impressionen;Klicks\nBanner auf Facebook;1.000;17\n",
         {"click_through_rate"}},
        {"bounce_rate",
         {"Bounce rate", "Absprungrate"},
         {"The share of visits that end on the first page, without any further page.",
          "Der Anteil der Besuche, die auf der ersten Seite enden, ohne eine weitere Seite."},
         {"visits without a further action / all visits × 100",
          "Besuche ohne weitere Aktion / alle Besuche × 100"},
         {"The home page has 800 visits with 300 bounces, the blog 200 visits with 150: (300 + "
          "150) / (800 + 200) × 100 = 45 %. The totals are divided, the two page rates are not "
          "averaged.",
          "Die Startseite hat 800 Besuche mit 300 Absprüngen, der Blog 200 Besuche mit 150: "
          "(300 + 150) / (800 + 200) × 100 = 45 %. Geteilt werden die Summen; die beiden "
          "Seitenraten werden nicht gemittelt."},
         {"Up to about 60 % counts as normal; lower is better, and sectors differ.",
          "Bis etwa 60 % gilt als normal; niedriger ist besser, und Branchen unterscheiden sich."},
         "tour-4-absprungrate.csv",
         "Seite;Besuche;Absprünge\n/startseite;800;300\n/blog;200;150\n",
         {"bounce_rate"}},
        {"time_on_site",
         {"Time on site", "Verweildauer"},
         {"How long a visit lasts on average: a hint at how intensely visitors deal with the "
          "content.",
          "Wie lange ein Besuch im Schnitt dauert: ein Hinweis darauf, wie intensiv sich "
          "Besucher mit dem Inhalt beschäftigen."},
         {"total visit duration / visits", "Summe der Besuchsdauern / Besuche"},
         {"A restaurant's menu page: 300 visits of 40 s; its recipe blog: 100 visits of 4:20. "
          "Each page weighs by its visits: (300 × 40 s + 100 × 260 s) / 400 = 95 s = 1:35.",
          "Die Speisekarte eines Restaurants: 300 Besuche à 40 s; sein Rezeptblog: 100 Besuche à "
          "4:20. Jede Seite zählt nach ihren Besuchen: (300 × 40 s + 100 × 260 s) / 400 = 95 s "
          "= 1:35."},
         {"No universal target: a menu is read briefly, a blog for longer. Compare similar "
          "content of your own over time; very short visits mean little engagement.",
          "Kein allgemeiner Sollwert: Eine Speisekarte liest man kurz, einen Blog länger. "
          "Vergleichen Sie eigene, ähnliche Inhalte über die Zeit; sehr kurze Besuche bedeuten "
          "wenig Engagement."},
         "tour-5-verweildauer.csv",
         "Seite;Sitzungen;Durchschn. Sitzungsdauer\n/speisekarte;300;0:00:40\n"
         "/blog/rezepte;100;0:04:20\n",
         {"time_on_site"}},
        {"conversion_rate",
         {"Conversion rate", "Konversionsrate"},
         {"The transaction KPI: how many visits (or clicks, or impressions) reached the goal – "
          "an order, a download, a newsletter sign-up.",
          "Die Transaktions-Kennzahl: Wie viele Besuche (oder Klicks, oder Impressionen) das "
          "Ziel erreichten – eine Bestellung, einen Download, eine Newsletter-Anmeldung."},
         {"conversions / visits × 100", "Conversions / Besuche × 100"},
         {"2,000 sessions of 1,600 different people bring 50 orders: 2.5 % per session, 3.1 % "
          "per visitor.",
          "2.000 Sitzungen von 1.600 verschiedenen Menschen bringen 50 Bestellungen: 2,5 % pro "
          "Sitzung, 3,1 % pro Besucher."},
         {"Sessions or unique visitors instead of raw page views keep repeat visits from "
          "distorting the rate. Say which one you used.",
          "Sitzungen oder eindeutige Besucher statt bloßer Seitenaufrufe verhindern, dass "
          "wiederholte Besuche die Rate verzerren. Sagen Sie, welche Basis Sie nutzen."},
         "tour-6-konversionsrate.csv",
         "Zeitraum;Sitzungen;Eindeutige Besucher;Conversions\nMai;2.000;1.600;50\n",
         {"conversion_rate", "conversion_rate_per_visitor"}},
        {"nps",
         {"Net Promoter Score", "Net Promoter Score"},
         {"One question – how likely are you to recommend us? – answered from 0 to 10. 9 and "
          "10 "
          "are promoters, 0 to 6 detractors; 7 and 8 are passives, counted in the total only.",
          "Eine Frage – wie wahrscheinlich empfehlen Sie uns weiter? – beantwortet von 0 bis "
          "10. "
          "9 und 10 sind Promotoren, 0 bis 6 Kritiker; 7 und 8 sind Passive und zählen nur zur "
          "Gesamtzahl."},
         {"% promoters − % detractors", "% Promotoren − % Kritiker"},
         {"10 answers: 5 promoters, 3 passives, 2 detractors: 50 % − 20 % = +30.",
          "10 Antworten: 5 Promotoren, 3 Passive, 2 Kritiker: 50 % − 20 % = +30."},
         {"A score from −100 to +100: the higher, the more people would recommend you.",
          "Ein Wert von −100 bis +100: Je höher, desto mehr Menschen würden Sie "
          "weiterempfehlen."},
         "tour-7-nps.csv",
         "Person;Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen?\n"
         "A;10\nB;9\nC;9\nD;8\nE;7\nF;10\nG;6\nH;3\nI;9\nJ;8\n",
         {"nps"}},
        {"customer_journey",
         {"Customer journey", "Customer Journey"},
         {"Not a KPI, but the map behind them: every touchpoint from the first contact – an ad, "
          "online marketing, a friend's recommendation, a review – to the target action: a "
          "purchase, a membership, a newsletter subscription. Looking at each touchpoint shows "
          "what drives engagement.",
          "Keine Kennzahl, sondern die Landkarte dahinter: jeder Berührungspunkt vom ersten "
          "Kontakt – Werbung, Online-Marketing, die Empfehlung einer Freundin, eine Rezension "
          "– "
          "bis zur Zielhandlung: Kauf, Mitgliedschaft, Newsletter-Abo. Der Blick auf jeden "
          "Berührungspunkt zeigt, was Engagement auslöst."},
         {},
         {"The spring campaign of step 1 is one touchpoint of many: ask the group which others "
          "led to the 12 orders.",
          "Die Frühjahrsaktion aus Schritt 1 ist ein Berührungspunkt von vielen: Fragen Sie die "
          "Gruppe, welche anderen zu den 12 Bestellungen führten."},
         {"Reach, interaction and transaction KPIs are measured along this journey.",
          "Reichweiten-, Interaktions- und Transaktions-Kennzahlen werden entlang dieser Reise "
          "gemessen."},
         nullptr,
         nullptr,
         {}},
    };
}

void labelled_paragraph(const AppState& app, const Localized& label, const Localized& text,
                        const ImVec4& colour) {
    if (text.empty())
        return;
    ImGui::Spacing();
    ImGui::TextColored(theme::muted, "%s", tr(app, label));
    wrapped_text(colour, text.in(app.language));
}

void draw_progress(const AppState& app, int step, int count) {
    // One segment per step, the steps done in the accent colour.
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const float gap = scaled(app, 4.0f);
    const float height = scaled(app, 8.0f);
    const float segment = (width - gap * static_cast<float>(count - 1)) / static_cast<float>(count);
    ImDrawList* draw_list = ImGui::GetWindowDrawList();
    for (int i = 0; i < count; ++i) {
        const float x = origin.x + static_cast<float>(i) * (segment + gap);
        const ImVec4 colour =
            i <= step ? theme::accent : ImGui::GetStyleColorVec4(ImGuiCol_Button);
        draw_list->AddRectFilled(ImVec2(x, origin.y), ImVec2(x + segment, origin.y + height),
                                 ImGui::GetColorU32(colour), height * 0.5f);
    }
    ImGui::Dummy(ImVec2(width, height));
}

} // namespace

const std::vector<TourStep>& tour_steps() {
    static const std::vector<TourStep> steps = build_steps();
    return steps;
}

void go_to_tour_step(AppState& app, int step) {
    const int count = static_cast<int>(tour_steps().size());
    step = std::clamp(step, 0, count - 1);
    app.trainer.tour_step = step;
    const TourStep& current = tour_steps()[static_cast<std::size_t>(step)];
    if (current.table)
        load_text(app, current.table, current.file_name);
}

void draw_tour(AppState& app) {
    const std::vector<TourStep>& steps = tour_steps();
    const int count = static_cast<int>(steps.size());
    TrainerViewState& trainer = app.trainer;
    const bool keys = !ImGui::GetIO().WantTextInput && !trainer.full_screen;
    const auto pressed = [](ImGuiKey key) {
        return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), false);
    };
    const bool key_next = keys && (pressed(ImGuiKey_RightArrow) || pressed(ImGuiKey_PageDown));
    const bool key_back = keys && (pressed(ImGuiKey_LeftArrow) || pressed(ImGuiKey_PageUp));

    if (trainer.tour_step < 0) {
        wrapped_text(theme::ink, tr(app, txt::tour_intro));
        ImGui::Spacing();
        const std::string label = std::string(tr(app, txt::tour_start)) + "##tour-start";
        const bool start = large_button(label.c_str(), true);
        remember_control(app, "tour-start");
        wrapped_text(theme::muted, tr(app, txt::tour_keys));
        if (start || key_next)
            go_to_tour_step(app, 0);
        return;
    }

    const int step = std::min(trainer.tour_step, count - 1);
    const TourStep& current = steps[static_cast<std::size_t>(step)];

    char position[64];
    std::snprintf(position, sizeof position, tr(app, txt::tour_step_of), step + 1, count);
    wrapped_text(theme::muted, std::string(position) + "  ·  " + tr(app, txt::tour_keys));
    draw_progress(app, step, count);
    ImGui::Spacing();

    // Back / Next above the content, so they stay in one place while steps change length.
    const ImGuiStyle& style = ImGui::GetStyle();
    const float half = (ImGui::GetContentRegionAvail().x - style.ItemSpacing.x) * 0.5f;
    int move = 0;
    ImGui::BeginDisabled(step == 0);
    if (large_button((std::string(tr(app, txt::tour_back)) + "##tour-back").c_str(), false, half))
        move = -1;
    ImGui::EndDisabled();
    remember_control(app, "tour-back");
    ImGui::SameLine();
    const bool last = step == count - 1;
    const Localized& next_label = last ? txt::tour_restart : txt::tour_next;
    if (large_button((std::string(tr(app, next_label)) + "##tour-next").c_str(), true, half))
        move = last ? -step : 1;
    remember_control(app, "tour-next");
    ImGui::Spacing();

    // Wide screens (a projector's 16:9): the explanation on the left, the card beside it, so
    // both are seen at once; narrow screens stack them.
    const bool wide = ImGui::GetContentRegionAvail().x / app.ui_scale >= 760.0f && current.table;
    const bool table = wide && ImGui::BeginTable("tour-step", 2, ImGuiTableFlags_None);
    if (table) {
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::PushTextWrapPos(0.0f);
    }
    section_title(app, current.title.in(app.language).c_str());
    wrapped_text(theme::ink, current.explanation.in(app.language));
    if (!current.formula.empty()) {
        ImGui::Spacing();
        ImGui::TextColored(theme::muted, "%s", tr(app, txt::formula));
        ImGui::PushFont(app.fonts.heading);
        wrapped_text(theme::accent, current.formula.in(app.language));
        ImGui::PopFont();
    }
    labelled_paragraph(app, txt::worked_example, current.worked_example, theme::ink);
    labelled_paragraph(app, txt::rule_of_thumb, current.reading, theme::ink);
    if (table) {
        ImGui::PopTextWrapPos();
        ImGui::TableSetColumnIndex(1);
        ImGui::Indent(scaled(app, 8.0f));
    }

    if (current.table) {
        if (!table)
            ImGui::Spacing();
        ImGui::TextColored(theme::muted, "%s: %s", tr(app, txt::tour_table), current.file_name);
        ImGui::Spacing();
        if (app.source_name == current.file_name) {
            for (const char* id : current.kpis)
                if (const Kpi* kpi = current_kpi(app, id))
                    draw_room_card(app, *kpi, true);
        } else {
            // Someone loaded other data meanwhile (a paste, a case): offer the step's table.
            wrapped_text(theme::muted, tr(app, txt::not_loaded));
            const std::string label = std::string(tr(app, txt::load_again)) + "##tour-reload";
            if (large_button(label.c_str()))
                go_to_tour_step(app, step);
            remember_control(app, "tour-reload");
        }
    }
    if (table) {
        ImGui::Unindent(scaled(app, 8.0f));
        ImGui::EndTable();
    }

    if (key_next && !last)
        move = 1;
    if (key_back && step > 0)
        move = -1;
    if (move != 0)
        go_to_tour_step(app, step + move);
}

} // namespace engage::app
