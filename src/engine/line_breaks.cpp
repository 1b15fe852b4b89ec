#include "engine/line_breaks.h"

#include <cstring>

namespace engage {
namespace {

// A number's unit after the space at `space`: "%", "s", "min", ..., with trailing punctuation
// allowed ("5,0 %)", "83 s;").
bool unit_after(std::string_view text, std::size_t space) {
    static const char* const units[] = {"%", "\u2030", "s", "min", "h", "\u20AC", "$"};
    std::size_t end = text.find_first_of(" \n", space + 1);
    if (end == std::string_view::npos)
        end = text.size();
    while (end > space + 1 && std::strchr(",;:.)]", text[end - 1]) != nullptr)
        --end;
    const std::string_view token = text.substr(space + 1, end - space - 1);
    for (const char* unit : units)
        if (token == unit)
            return true;
    return false;
}

// The end of the UTF-8 character starting at `at`.
std::size_t next_character(std::string_view text, std::size_t at) {
    ++at;
    while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80)
        ++at;
    return at;
}

} // namespace

std::string attach_units(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 8);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool after_digit = i > 0 && text[i - 1] >= '0' && text[i - 1] <= '9';
        if (text[i] == ' ' && after_digit && unit_after(text, i))
            out += "\u00A0";
        else
            out += text[i];
    }
    return out;
}

std::string break_lines(std::string_view text, float width,
                        const std::function<float(std::string_view)>& width_of) {
    std::string out;
    out.reserve(text.size() + 16);
    const auto piece = [&](std::size_t begin, std::size_t end) {
        return text.substr(begin, end - begin);
    };
    std::size_t line = 0;                       // where the current line starts
    std::size_t last_space = std::string_view::npos; // its last break opportunity
    for (std::size_t i = 0; i <= text.size(); ++i) {
        const bool end = i == text.size();
        if (!end && text[i] != ' ' && text[i] != '\n')
            continue;
        if (width_of(piece(line, i)) > width && last_space != std::string_view::npos) {
            out.append(piece(line, last_space));
            out += '\n';
            line = last_space + 1;
            last_space = std::string_view::npos;
        }
        // A word wider than the whole line: cut it where it must be, one line at a time.
        while (width_of(piece(line, i)) > width) {
            std::size_t cut = next_character(text, line);
            for (std::size_t next = next_character(text, cut);
                 cut < i && width_of(piece(line, next)) <= width;
                 next = next_character(text, next))
                cut = next;
            if (cut >= i)
                break;
            out.append(piece(line, cut));
            out += '\n';
            line = cut;
            last_space = std::string_view::npos;
        }
        if (end || text[i] == '\n') {
            out.append(piece(line, i));
            if (!end)
                out += '\n';
            line = i + 1;
            last_space = std::string_view::npos;
        } else {
            last_space = i;
        }
    }
    return out;
}

} // namespace engage
