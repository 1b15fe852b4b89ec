// engage: the EngageLens engine on the command line, for automation, tests and big files.
#include <cstring>
#include <iostream>

#include "cli/commands.h"
#include "cli/input.h"

namespace {

using engage::Language;
using engage::Localized;

struct Command {
    const char* name;
    int (*run)(const engage::cli::Args&, Language);
    Localized usage;
};

const Command commands[] = {
    {"kpis",
     engage::cli::run_kpis,
     {"engage kpis [--lang en|de] [--table N] [--role HEADER=ROLE] [--benchmark NAME|FILE|auto]\n"
      "            [--period day|week|month] [--nps-0-10] FILE|-\n"
      "                                         KPIs, problems and input details as JSON",
      "engage kpis [--lang en|de] [--table N] [--role KOPF=ROLLE] [--benchmark NAME|DATEI|auto]\n"
      "            [--period day|week|month] [--nps-0-10] DATEI|-\n"
      "                                         Kennzahlen, Probleme und Angaben zur Eingabe "
      "als JSON"}},
    {"table",
     engage::cli::run_table,
     {"engage table FILE|-                     the parsed table as a JSON array of objects",
      "engage table DATEI|-                    die gelesene Tabelle als JSON-Liste von Objekten"}},
    {"classify",
     engage::cli::run_classify,
     {"engage classify [--model MODEL.json] TEXT... | --file FILE|-\n"
      "                                         nine-category taxonomy for each text",
      "engage classify [--model MODELL.json] TEXT... | --file DATEI|-\n"
      "                                         die neun Kategorien für jeden Text"}},
    {"attribution",
     engage::cli::run_attribution,
     {"engage attribution FILE|-               attribution models over touchpoint paths",
      "engage attribution DATEI|-              Attributionsmodelle über Kontaktpunkt-Pfade"}},
    {"profiles",
     engage::cli::run_profiles,
     {"engage profiles [--lang en|de] [ID]     built-in benchmark profiles as JSON",
      "engage profiles [--lang en|de] [ID]     die eingebauten Benchmark-Profile als JSON"}},
};

void print_usage(std::ostream& out, Language language) {
    const bool german = language == Language::German;
    out << (german ? "Aufruf:\n" : "usage:\n");
    for (const Command& command : commands)
        out << "  " << command.usage.in(language) << "\n";
    out << (german ? "--lang en|de wählt die Sprache aller Meldungen, bei jedem Befehl.\n"
                   : "--lang en|de chooses the language of every message, for every command.\n");
}

// --lang applies to every message of every command, usage errors included, so it is read here
// wherever it stands ("engage --lang de kpis ..." or "engage kpis --lang de ..."), and taken
// out of the words the command sees. Words after "--" are texts or a FILE, not options.
bool take_language(engage::cli::Args& words, Language& language) {
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (words[i] == "--")
            break;
        std::string tag;
        std::size_t taken = 1;
        if (words[i].rfind("--lang=", 0) == 0) {
            tag = words[i].substr(7);
        } else if (words[i] == "--lang") {
            tag = i + 1 < words.size() ? words[i + 1] : "";
            taken = i + 1 < words.size() ? 2 : 1;
        } else {
            continue;
        }
        if (tag != "en" && tag != "de")
            return false;
        language = engage::language_from_tag(tag);
        words.erase(words.begin() + static_cast<long>(i),
                    words.begin() + static_cast<long>(i + taken));
        --i;
    }
    return true;
}

} // namespace

int main(int argc, char** argv) {
    engage::cli::Args words(argv + 1, argv + argc);
    Language language = Language::English;
    if (!take_language(words, language)) {
        // The language itself is what is wrong: say it in both.
        std::cerr << "engage: --lang takes en or de\nengage: --lang erwartet en oder de\n";
        return 2;
    }
    if (words.empty()) {
        print_usage(std::cerr, language);
        return 2;
    }
    if (words[0] == "--help" || words[0] == "-h") {
        print_usage(std::cout, language);
        return 0;
    }

    const engage::cli::Args args(words.begin() + 1, words.end());
    for (const Command& command : commands)
        if (words[0] == command.name)
            return command.run(args, language);
    engage::cli::print_error(
        {"unknown command '" + words[0] + "'", "unbekannter Befehl „" + words[0] + "“"}, language);
    print_usage(std::cerr, language);
    return 2;
}
