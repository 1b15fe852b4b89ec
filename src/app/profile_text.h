// UI strings of the benchmark-profile card and the band gauge, in English and German.
#pragma once

#include "engine/localized.h"

namespace engage::app::text {

inline const Localized profile_title{"Benchmark profile", "Vergleichsprofil"};
inline const Localized profile_hint{
    "The bands every rating is measured against. Pick the profile that fits your account, "
    "platform or site type; each band names its source and year.",
    "Die Bereiche, an denen jede Bewertung gemessen wird. Wählen Sie das Profil, das zu Ihrem "
    "Konto, Ihrer Plattform oder Ihrer Website passt; jeder Bereich nennt Quelle und Jahr."};
// A tree node's label does not wrap: short enough for a 400 px screen.
inline const Localized profile_details{"Sources, editor, export", "Quellen, Editor, Export"};
inline const Localized profile_suggested{"Suggested for this data", "Vorschlag für diese Daten"};
inline const Localized profile_use_suggested{"Use the suggestion", "Vorschlag übernehmen"};
inline const Localized profile_in_use{"in use", "wird verwendet"};
inline const Localized profile_imported{"imported", "importiert"};
inline const Localized profile_edited{"edited by you", "von Ihnen geändert"};
inline const Localized profile_sources{"Sources", "Quellen"};
inline const Localized profile_edit_bands{"Edit bands", "Bereiche bearbeiten"};
inline const Localized profile_close_editor{"Close the band editor", "Bereichs-Editor schließen"};
inline const Localized profile_export{"Export profile (JSON)", "Profil exportieren (JSON)"};
inline const Localized profile_import{"Import profile …", "Profil importieren …"};
inline const Localized profile_reset{"Back to the built-in bands", "Zurück zu den mitgelieferten "
                                                                   "Bereichen"};
inline const Localized profile_import_failed{"This file is not a usable profile:",
                                             "Diese Datei ist kein brauchbares Profil:"};
inline const Localized profile_import_done{"Profile imported and in use.",
                                           "Profil importiert und in Verwendung."};
inline const Localized profile_exported{"Profile saved as a download.",
                                        "Profil als Download gespeichert."};
inline const Localized editor_hint{
    "Type a new boundary and press Enter or Tab; it must stay between its neighbours. Labels "
    "change in the language shown.",
    "Neue Grenze eintippen und Enter oder Tab drücken; sie muss zwischen ihren Nachbarn "
    "bleiben. Bezeichnungen ändern sich in der angezeigten Sprache."};
inline const Localized editor_band{"Band", "Bereich"};
inline const Localized editor_label{"Label", "Bezeichnung"};
inline const Localized editor_upper{"Upper boundary", "Obergrenze"};
inline const Localized editor_open{"open", "offen"};
inline const Localized editor_inclusive{"(included)", "(eingeschlossen)"};
inline const Localized editor_exclusive{"(excluded)", "(ausgeschlossen)"};
inline const Localized gauge_your_value{"your value", "Ihr Wert"};
inline const Localized gauge_band_sources{"Bands and their sources", "Bereiche und ihre Quellen"};
inline const Localized gauge_denominator{"Depends on the denominator", "Hängt vom Nenner ab"};
inline const Localized kpi_not_in_profile{"This profile has no bands for this figure.",
                                          "Dieses Profil hat keine Bereiche für diese Kennzahl."};

} // namespace engage::app::text
