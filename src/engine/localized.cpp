#include "engine/localized.h"

namespace engage {

Language language_from_tag(std::string_view tag) {
    if (tag.size() >= 2 && (tag[0] == 'd' || tag[0] == 'D') && (tag[1] == 'e' || tag[1] == 'E'))
        return Language::German;
    return Language::English;
}

const char* language_tag(Language language) {
    return language == Language::German ? "de" : "en";
}

} // namespace engage
