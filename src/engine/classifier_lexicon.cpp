#include "engine/classifier_lexicon.h"

#include <algorithm>
#include <limits>

#include "engine/classifier_text.h"

namespace engage {

namespace {

struct Source {
    const char* words;              // alternatives separated by '|'; a space makes a phrase
    std::array<float, 3> initiator; // provider, customer, third party
    std::array<float, 3> form;      // offer, demand, activity
    bool actor = false;
};

constexpr bool actor = true;

// The scale: 1 hints, 2-3 points clearly, 4-6 decides on its own. The distinctions follow the
// article: who gave the impulse (a company programme, the customer's own initiative, friends,
// family and other people), and whether it concerns a product or service, winning further
// customers and purchases, or an action with no product link.
const Source sources[] = {
    // ---- Parties (actors) ------------------------------------------------------------------
    {"company|companies|firm|brand|manufacturer|maker|retailer|vendor|provider|business|"
     "corporation|supplier|chain|operator|label|bank|brewery|insurer|carrier|airline|startup|"
     "start-up|publisher|hotel|restaurant|cafe|gym|studio|agency|newspaper|parlour|roaster|"
     "bakery|bookshop|pharmacy|telecom|insurance company|mobile operator|energy provider",
     {3, 0, 0},
     {},
     actor},
    {"shop|store|supermarket|boutique|dealer|dealership|branch", {2, 0, 0}, {}, actor},
    {"unternehmen|firma|marke|hersteller|haendler|anbieter|konzern|betreiber|laden|geschaeft|"
     "bank|brauerei|versicherung|versicherer|filiale|kette|modehaus|supermarkt|baumarkt|"
     "onlineshop|versandhaendler|verlag|mobilfunkanbieter|energieversorger|stadtwerke|"
     "fitnessstudio|cafe|restaurant|hotel|baeckerei|autohaus|drogerie|agentur|start-up|startup|"
     "sparkasse|krankenkasse|lieferdienst|zeitung|eisdiele|roester|kaffeeroester|buchhandlung|"
     "apotheke|sprachschule|stromanbieter|telekommunikationskonzern|versandzentrum",
     {3, 0, 0},
     {},
     actor},
    {"customer|customers|client|buyer|shopper|consumer|user|fan|follower|subscriber|guest|"
     "regular|owner|member|reader|listener|viewer|patient|passenger|traveller|diner|player|"
     "frequent flyer|frequent flyers",
     {0, 2, 0},
     {},
     actor},
    {"kunde|kundin|kaeufer|kaeuferin|nutzer|nutzerin|verbraucher|verbraucherin|stammkunde|"
     "stammkundin|abonnent|abonnentin|gast|mitglied|leser|leserin|zuschauer|besitzerin|"
     "besitzer|fahrgast|reisende|spieler|spielerin|anwender|anwenderin|bestandskunde",
     {0, 2, 0},
     {},
     actor},
    {"friend|friends|family|relative|relatives|acquaintance|acquaintances|neighbour|neighbor|"
     "neighbours|neighbors|colleague|colleagues|coworker|sister|brother|mother|father|mum|mom|"
     "dad|parents|cousin|aunt|uncle|grandmother|grandfather|grandma|grandpa|roommate|flatmate|"
     "classmate|partner|wife|husband|daughter|son|sibling|in-law|godmother|teammate",
     {0, 0, 5},
     {},
     actor},
    {"freund|freunde|freundin|freundinnen|familie|verwandte|verwandter|verwandten|bekannte|"
     "bekannter|bekanntenkreis|freundeskreis|nachbar|nachbarin|nachbarn|nachbarschaft|kollege|"
     "kollegin|kollegen|arbeitskollege|arbeitskollegin|schwester|bruder|mutter|vater|eltern|"
     "cousine|cousin|tante|onkel|oma|opa|grossmutter|grossvater|mitbewohner|mitbewohnerin|"
     "schwiegermutter|schwager|tochter|sohn|ehemann|ehefrau|partnerin|geschwister|patentante|"
     "kommilitone|kommilitonin|teamkollege|mitschueler|mitschuelerin",
     {0, 0, 5},
     {},
     actor},
    {"activist|activists|aktivist|aktivisten|aktivistin|ngo|campaigners|initiative group|"
     "buergerinitiative|anwohner|anwohnerin|residents|union|gewerkschaft|"
     "umweltverband|umweltgruppe|verbraucherschuetzer|tierschuetzer|protesters|demonstranten|"
     "students|studierende|parents association|elternverein|club members|dritte|dritten|"
     "third parties|third party",
     {0, 0, 5},
     {0, 0, 1},
     actor},
    {"environmental group|consumer group|pressure group|campaign group|protest group|"
     "neighbourhood association|neighborhood association|parent group|animal rights activists|"
     "umweltaktivisten|tierschuetzer|gewerkschaftsmitglieder|verbraucherzentrale|"
     "elternvertretung|anwohnerinitiative",
     {0, 0, 5},
     {0, 0, 1},
     actor},
    {"others|other people|andere|anderen|anderer|strangers|fremde|someone else|people",
     {0, 0, 3},
     {},
     actor},
    {"other customers|other customer|other users|other buyers|fellow customers|"
     "andere kunden|anderen kunden|anderer kunden|andere nutzer|anderen nutzern|anderer nutzer|"
     "andere kaeufer|anderen kaeufern|mitkunden",
     {0, 0, 3},
     {0, 0, 1},
     actor},

    // ---- Who gave the impulse, besides the parties ------------------------------------------
    {"own initiative|own accord|on her own|on his own|on their own|by herself|by himself|"
     "unasked|unprompted|unbidden|voluntarily|spontaneously|without being asked|nobody asked|"
     "no one asked|off her own bat|of her own|of his own|entirely alone|privately|"
     "self-organised|self-organized|in her free time|in his free time|in their spare time",
     {0, 6, 0},
     {}},
    {"eigene initiative|eigener initiative|eigenen initiative|eigenem antrieb|von sich aus|"
     "ungefragt|unaufgefordert|freiwillig|spontan|aus freien stuecken|ohne aufforderung|"
     "ohne dass|auf eigene faust|privat|in ihrer freizeit|in seiner freizeit|"
     "selbstorganisiert|eigeninitiative|aus ueberzeugung|ganz allein",
     {0, 6, 0},
     {}},
    {"own|eigene|eigenen|eigener|eigenes|herself|himself|themselves", {0, 2, 0}, {}},
    // "selbst" also means "itself" and "even"; it only hints.
    {"selbst|selber", {0, 2, 0}, {}},
    // Anyone can invite or ask; companies do it most.
    {"invites|invited|invitation|asks|laedt|einladung|eingeladen|laedt ein|bittet", {1, 0, 0}, {}},
    {"campaign|programme|program|scheme|initiative by|official|officially|paid|pays|paying|"
     "sponsored|sponsors|sponsor|hires|commissioned|hosted|hosts|"
     "asks customers|asked customers|calls on|rewards|reward|bonus|premium|voucher|vouchers|"
     "coupon|discount|loyalty|points|cashback|incentive|commission|prize|giveaway|raffle|"
     "sweepstake|competition|contest|newsletter|mailing|hands out|handed out|gives away|"
     "distributes|distributed|provides|supplies|organised by|organized by|run by",
     {3, 0, 0},
     {}},
    {"kampagne|programm|aktion|offiziell|bezahlt|bezahlte|bezahlten|zahlt|bezahlung|"
     "gesponsert|sponsert|sponsor|sponsoring|beauftragt|veranstaltet|"
     "ruft auf|fordert auf|belohnt|belohnung|praemie|bonus|"
     "gutschein|gutscheine|rabatt|treuepunkte|punkte|provision|preisausschreiben|"
     "gewinnspiel|wettbewerb|newsletter|verteilt|verteilen|verschenkt|verschenken|"
     "verlost|verlosung|stellt bereit|organisiert vom|ausgerichtet|richtet aus|"
     "gesucht werden",
     {3, 0, 0},
     {}},
    {"passed on|passes on|pass on|forwarded|forwards|forward|shows|showed|"
     "word of mouth|heard|learns|learned|sent her|sent him|sends her|sends him|"
     "tipped off|tip|points out|mentioned|mentions|drags|takes her|takes him|brings her|"
     "brings him|invites her|invites him|talked her|talked him",
     {0, 0, 2},
     {}},
    // The article's third-party demand is reviews that others pass on: passing on leans to
    // demand, unless the thing passed on is product information (offer words outweigh it).
    {"passed on|passes on|pass on|forwarded|forwards|forward|"
     "weitergegeben|weitergereicht|weiterreichen|weitergeleitet|weitergeleitete|leitet weiter|"
     "gibt weiter|weitergibt",
     {0, 0, 2},
     {0, 3, 0}},
    {"shared|shares|share|sharing|teilt|teilen|geteilt", {}, {0, 1, 0}},
    {"weitergegeben|weitergereicht|weitergeleitet|leitet weiter|gibt weiter|"
     "zeigt|zeigte|mundpropaganda|hoert|erfaehrt|erfuhr|schickt ihr|schickt ihm|"
     "schickte ihr|schickte ihm|nimmt sie mit|nimmt ihn mit|macht sie aufmerksam|"
     "macht ihn aufmerksam|tipp|hinweis|berichtet|schwaermt|nimmt mit",
     {0, 0, 2},
     {}},

    // ---- Offer: about a product or service ---------------------------------------------------
    {"sample|samples|free sample|product sample|trial|trial pack|test pack|tester|testers|"
     "tasting|taste|test drive|demo day|try|tries|tried|trying out|test|tests|testing|beta|"
     "demonstrates|demonstrated|explains|explained|"
     "prototype|pilot|free trial|trial month|trial period|co-create|co-design|design|"
     "packaging|flavour|flavor|recipe|new range|collection|feature|features|model|version",
     {1, 0, 0},
     {4, 0, 0}},
    {"probe|proben|produktprobe|gratisprobe|warenprobe|probepackung|testpaket|testphase|"
     "testmonat|testen|testet|getestet|ausprobieren|probiert|probieren|verkostung|verkosten|"
     "probefahrt|prototyp|beta|pilot|mitgestalten|gestalten|gestaltet|design|verpackung|"
     "etikett|geschmack|geschmacksrichtung|sorte|rezept|kollektion|sortiment|modell|funktion|"
     "funktionen|version|testaktion|produkttest|produkttester|erklaert|erklaeren|vorgefuehrt|"
     "fuehrt vor",
     {1, 0, 0},
     {4, 0, 0}},
    {"product|products|service|services|device|app|software|tariff|plan|item|goods|machine|"
     "phone|laptop|camera|coffee|shoes|jacket|bike|car|tea|chocolate|cream|shampoo|vacuum|"
     "produkt|produkte|dienstleistung|dienstleistungen|geraet|app|software|tarif|artikel|"
     "ware|maschine|handy|smartphone|laptop|kamera|kaffee|schuhe|jacke|fahrrad|auto|tee|"
     "schokolade|creme|staubsauger|kaffeemaschine|mixer|kopfhoerer|headphones|blender",
     {},
     {2, 0, 0}},
    {"review|reviews|reviewed|rating|ratings|stars|star rating|testimonial|unboxing|"
     "feedback|opinion|opinions|complaint|praise|experience report|rates|rated|"
     "rezension|rezensionen|testergebnis|testergebnisse|bewertung|bewertungen|bewertet|sterne|"
     "sternen|testbericht|"
     "erfahrungsbericht|meinung|meinungen|kritik|lob|beschwerde|kommentar|kommentiert",
     {0, 1, 0},
     {2, 0, 0}},
    {"recommends|recommended|recommend|recommending|recommendation|suggests|praises|"
     "empfiehlt|empfohlen|empfehlen|empfehlung|weiterempfehlung|lobt|schwaermt von",
     {0, 1, 0},
     {3, 0, 0}},
    {"information|info|details|specifications|specs|comparison|compare|compares|price|prices|"
     "how it works|instructions|manual|quality|ingredients|"
     "information|informationen|infos|details|datenblatt|vergleich|vergleicht|preis|preise|"
     "funktioniert|anleitung|qualitaet|inhaltsstoffe|produktinformationen|produktdetails|"
     "vergleichsportal|vergleichsseite",
     {},
     {4, 0, 0}},
    {"survey|questionnaire|vote|votes|voting|poll|ideas|idea|suggestion|suggestions|"
     "umfrage|befragung|fragebogen|abstimmen|abstimmung|stimmen ab|ideen|idee|vorschlag|"
     "vorschlaege|ideenplattform",
     {1, 0, 0},
     {2, 0, 0}},
    {"writes|wrote|posts|posted|uploads|uploaded|films|filmed|photographs|blog|vlog|video|"
     "photo|schreibt|schrieb|verfasst|postet|gepostet|laedt hoch|filmt|fotografiert|foto|"
     "blogbeitrag|beitrag",
     {0, 1, 0},
     {1, 0, 0}},

    // ---- Demand: winning further customers, triggering purchases ------------------------------
    {"advertising|advert|advertisement|ad|ads|advertises|poster|posters|billboard|banner|"
     "flyer|flyers|leaflet|commercial|tv spot|radio spot|sticker|stickers|logo|"
     "garden fence|fence|car wrap|shop window",
     {2, 0, 0},
     {0, 5, 0}},
    {"werbung|werbe|werbeplakat|plakat|plakate|plakatwand|litfasssaeule|werbebanner|banner|"
     "flyer|handzettel|prospekt|werbespot|anzeige|inserat|aufkleber|logo|gartenzaun|zaun|"
     "werbeflaeche|autowerbung|schaufenster|reklame|werbetafel",
     {2, 0, 0},
     {0, 5, 0}},
    {"referral|referrals|refer a friend|refer|referred|refers|recruit|recruits|recruited|"
     "win over|wins over|won over|new customer|new customers|new clients|new members|"
     "bring a friend|brings in|brought in|customers recruit customers|signs up|sign up|"
     "signed up|convince|convinces|convinced|persuade|persuades|persuaded|talks into|"
     "talked into|switch|switches|switched|become a customer|became customers|join|joins|"
     "become customers|become customer|becomes a customer|new buyers|new users|"
     "new subscribers|new guests|new diners|new account holders|new students|new subscription|"
     "opens an account|open an account|request a quote",
     {},
     {0, 5, 0}},
    {"empfehlungsprogramm|werben|wirbt|geworben|anwerben|neukunde|neukunden|neue kunden|"
     "neukundenwerbung|kunden werben kunden|freunde werben|gewinnt|gewinnen|gewonnen|"
     "ueberzeugt|ueberzeugen|ueberredet|ueberreden|bringt dazu|dazu bringen|wechseln|"
     "wechselt|gewechselt|anmelden|meldet sich an|melden sich an|angemeldet|registriert|"
     "kunde werden|kunden werden|mitglied werden|beitreten|tritt bei|abschliessen|"
     "schliesst ab|werbepraemie|vermittelt|vermittlung|neue kaeufer|neue schueler|"
     "neue mitglieder|neue nutzer|neue gaeste|kundinnen werden|abzuschliessen|abschliesst",
     {},
     {0, 5, 0}},
    {"buy|buys|bought|buying|purchase|purchases|purchased|order|orders|ordered|book|books|"
     "booked|subscribe|subscribes|subscribed|demand|sales|checkout|basket|cart|pre-order|"
     "kaufen|kauft|kaufte|gekauft|kauf|kaeufe|bestellen|bestellt|bestellte|bestellung|buchen|"
     "bucht|gebucht|abonniert|abonnieren|abo|nachfrage|umsatz|warenkorb|kaufwunsch|kauflust|"
     "kaufentscheidung|vorbestellt|kaufanreiz|zugreifen|zugegriffen|anmeldet|kaufte|"
     "bestellte|downloads|pays for|einkaufen|kauft ein|shopping|bucht|buchung",
     {},
     {0, 6, 0}},
    {"meldet|wish|wunsch", {}, {0, 2, 0}},
    // German separable verbs, matched when the particle closes the clause
    // ("meldet sich beim Verein an"); see the classifier.
    {"meldet an|melden an|schliesst ab|schliessen ab|kauft ein|kaufen ein", {}, {0, 6, 0}},
    {"want|wants|wanted|tempted|desire|craving|urge|interest|interested|trigger|triggers|"
     "triggered|sparks|sparked|makes her want|makes him want|lust|lust bekommen|neugierig|"
     "ausgeloest|loest aus|weckt|geweckt|reizt|verlockt",
     {},
     {0, 2, 0}},

    // ---- Activity: no direct product link ------------------------------------------------------
    {"charity|charitable|donation|donations|donate|donates|fundraiser|fundraising|benefit|"
     "run|charity run|fun run|marathon|race|walk|sponsored walk|relay|volunteer|volunteers|"
     "volunteering|clean-up|cleanup|litter|rubbish|trees|tree planting|plant|planting|"
     "festival|fair|party|concert|event|events|gala|picnic|barbecue|tournament|match|"
     "football|cycling|hike|quiz night|open day|workshop|course|cooking class|lecture|"
     "environment|climate|animal|animals|shelter|school|kids|children|hospital|refugees|"
     "good cause|social|blood donation|sports day|summer party|street party|carnival|"
     "charity collection|christmas collection|food drive|clothing drive|food bank",
     {},
     {0, 0, 4}},
    {"spende|spenden|spendet|spendenlauf|spendenaktion|wohltaetig|wohltaetigkeit|benefiz|"
     "benefizlauf|lauf|laeuft|marathon|staffel|ehrenamt|ehrenamtlich|freiwillige|helfer|"
     "aufraeumaktion|muell|muellsammeln|muellsammelaktion|baeume|baum|pflanzen|pflanzaktion|"
     "baumpflanzaktion|fest|feier|sommerfest|strassenfest|stadtfest|party|konzert|"
     "veranstaltung|event|gala|picknick|grillfest|turnier|fussball|radtour|wanderung|"
     "tag der offenen tuer|workshop|kurs|kochkurs|vortrag|umwelt|klima|tiere|tierheim|"
     "schule|kinder|kita|krankenhaus|gefluechtete|guter zweck|blutspende|sportfest|"
     "fahrradtour|karneval|flohmarkt|sammelaktion|aufforstung|sammlung|kleidersammlung|"
     "spendensammlung",
     {},
     {0, 0, 4}},
    {"protest|protests|protested|protesting|demonstration|demonstrations|rally|"
     "march|boycott|boycotts|boycotting|petition|petitions|signatures|vigil|strike|"
     "flash mob|flashmob|sit-in|campaign against|shitstorm|outrage|solidarity|support rally|"
     "protestieren|protestiert|proteste|demonstration|demonstrieren|demonstriert|demo|"
     "kundgebung|boykott|boykottieren|boykottiert|petition|unterschriften|unterschriftenaktion|"
     "mahnwache|streik|menschenkette|solidaritaet|aufruf|empoerung|unterstuetzeraktion",
     {0, 0, 2},
     {0, 0, 5}},
    {"forum|forums|support forum|help forum|discord|subreddit|meetup|meet-up|meeting|"
     "get-together|fan club|fanclub|club|user group|answers|answered|answering|questions|"
     "advises|advised|advise|advising|tutorial|guide|guides|moderates|moderator|admin|mentor|"
     "mentors|service staff|support staff|member of staff|troubleshoot|troubleshooting|"
     "repair cafe|stammtisch|each other|one another|newcomers|beginners",
     {},
     {0, 0, 4}},
    {"forum|foren|onlineforum|kundenforum|hilfeforum|treffen|stammtisch|fanclub|"
     "nutzergruppe|beantwortet|antwortet|fragen|beraet|beraten|moderiert|moderator|"
     "moderatorin|admin|servicemitarbeiter|servicemitarbeiterin|servicemitarbeitende|"
     "mentorin|mentor|reparaturcafe|tauschboerse|ratschlaege|gegenseitig|einsteiger|"
     "anfaenger|sprechstunde|sprechstunden",
     {},
     {0, 0, 4}},
    // Help, groups, chats and clubs are where customers support each other, but product news
    // and purchases travel through them too; they only hint.
    {"help|helps|helped|helping|community|online community|group|facebook group|chat|"
     "hilft|helfen|geholfen|community|gruppe|facebookgruppe|whatsapp-gruppe|chat|tipps|"
     "unterstuetzt|verein|sportverein",
     {},
     {0, 0, 2}},
    {"organises|organizes|organised|organized|organise|organize|founds|founded|sets up|"
     "set up|starts|started|launches|launched|gathers|collects|collecting|coordinate|"
     "organisiert|organisieren|gruendet|gegruendet|startet|gestartet|ruft ins leben|sammelt|"
     "sammeln|koordiniert|initiiert",
     {},
     {0, 0, 1}},
    {"neu|new|neue", {}, {}},
    {"kreis|stamm|gratis|kostenlos|kostenlose|free|tag|platz|park|stadt|garten", {}, {}},
};

} // namespace

Lexicon::Lexicon() {
    for (const Source& source : sources) {
        LexiconEntry entry;
        entry.initiator = source.initiator;
        entry.form = source.form;
        entry.actor = source.actor;
        add(source.words, entry);
    }
}

void Lexicon::add(std::string_view alternatives, const LexiconEntry& entry) {
    std::size_t start = 0;
    while (start <= alternatives.size()) {
        std::size_t end = alternatives.find('|', start);
        if (end == std::string_view::npos)
            end = alternatives.size();
        const std::vector<Token> tokens = tokenize(alternatives.substr(start, end - start));
        start = end + 1;
        if (tokens.empty())
            continue;

        std::string key;
        for (const Token& token : tokens)
            key += (key.empty() ? "" : " ") + token.stem;
        const std::string_view stored = storage_.emplace_back(std::move(key));

        // An alternative listed twice keeps the stronger pull on each value.
        auto [it, inserted] = entries_.try_emplace(stored, entry);
        if (!inserted) {
            for (int i = 0; i < 3; ++i) {
                it->second.initiator[i] = std::max(it->second.initiator[i], entry.initiator[i]);
                it->second.form[i] = std::max(it->second.form[i], entry.form[i]);
            }
            it->second.actor = it->second.actor || entry.actor;
        }

        if (tokens.size() > 1) {
            phrase_starts_.insert(storage_.emplace_back(tokens.front().stem));
            longest_phrase_ = std::max(longest_phrase_, static_cast<int>(tokens.size()));
            continue;
        }
        for (std::string_view part :
             {std::string_view(tokens.front().stem), std::string_view(tokens.front().folded)}) {
            if (part.size() < 3)
                continue;
            parts_.insert(storage_.emplace_back(part));
            if (part[0] >= 'a' && part[0] <= 'z' && part[1] >= 'a' && part[1] <= 'z' &&
                part[2] >= 'a' && part[2] <= 'z')
                part_prefixes_.set((part[0] - 'a') * 676 + (part[1] - 'a') * 26 + (part[2] - 'a'));
        }
    }
}

const LexiconEntry* Lexicon::find(std::string_view key) const {
    const auto it = entries_.find(key);
    return it == entries_.end() ? nullptr : &it->second;
}

bool Lexicon::starts_phrase(std::string_view stem) const {
    return phrase_starts_.count(stem) > 0;
}

bool Lexicon::has_prefix(std::string_view piece) const {
    if (piece.size() < 3)
        return false;
    for (int i = 0; i < 3; ++i)
        if (piece[i] < 'a' || piece[i] > 'z')
            return false;
    return part_prefixes_.test((piece[0] - 'a') * 676 + (piece[1] - 'a') * 26 + (piece[2] - 'a'));
}

// A non-final part may carry a linking letter ("Kunden|forum", "Nachbarschafts|fest"); the final
// part may be inflected ("Produkt|proben"), so its stem is tried too.
bool Lexicon::is_part(std::string_view piece, bool final_part) const {
    if (parts_.count(piece))
        return true;
    if (final_part)
        return parts_.count(stem_word(piece)) > 0;
    for (std::string_view link : {"s", "es", "n", "en", "e"}) {
        if (piece.size() > link.size() + 2 &&
            piece.compare(piece.size() - link.size(), link.size(), link) == 0 &&
            parts_.count(piece.substr(0, piece.size() - link.size())))
            return true;
    }
    return false;
}

// Fewest parts win, which prefers "neukunden|werbung" over "neu|kunden|werbung" and keeps
// three-letter accidents rare. Only positions reachable from the start are explored, and a
// bitset of known three-letter beginnings skips most of those, so a long unknown word costs a
// few dozen look-ups.
std::vector<std::string> Lexicon::split_compound(std::string_view folded,
                                                 bool allow_partial) const {
    constexpr std::size_t min_part = 3;
    constexpr std::size_t max_part = 24;
    const std::size_t n = folded.size();
    if (n < 2 * min_part || n > 64)
        return {};

    constexpr int unreachable = std::numeric_limits<int>::max();
    std::vector<int> parts_to(n + 1, unreachable);
    std::vector<std::size_t> previous(n + 1, 0);
    parts_to[0] = 0;
    for (std::size_t from = 0; from + min_part <= n; ++from) {
        if (parts_to[from] == unreachable || !has_prefix(folded.substr(from, 3)))
            continue;
        for (std::size_t length = min_part; length <= max_part && from + length <= n; ++length) {
            const std::size_t to = from + length;
            // The whole word as one part is the caller's own look-up, not a split.
            if (parts_to[from] + 1 >= parts_to[to] || (from == 0 && to == n))
                continue;
            if (is_part(folded.substr(from, length), to == n)) {
                parts_to[to] = parts_to[from] + 1;
                previous[to] = from;
            }
        }
    }
    if (parts_to[n] == unreachable)
        return allow_partial ? split_partially(folded) : std::vector<std::string>{};

    std::vector<std::string> stems;
    for (std::size_t to = n; to > 0; to = previous[to])
        stems.push_back(part_stem(folded.substr(previous[to], to - previous[to]), to == n));
    std::reverse(stems.begin(), stems.end());
    return stems;
}

// The lexicon key of a part: a final part is stemmed as a word; a non-final one may end in a
// linking letter that belongs to neither word.
std::string Lexicon::part_stem(std::string_view piece, bool final_part) const {
    std::string stem = stem_word(piece);
    if (final_part || parts_.count(piece) || parts_.count(stem))
        return stem;
    for (std::string_view link : {"s", "es", "n", "en", "e"}) {
        if (piece.size() > link.size() + 2 &&
            piece.compare(piece.size() - link.size(), link.size(), link) == 0 &&
            parts_.count(piece.substr(0, piece.size() - link.size())))
            return stem_word(piece.substr(0, piece.size() - link.size()));
    }
    return stem;
}

std::vector<std::string> Lexicon::split_partially(std::string_view folded) const {
    constexpr std::size_t min_known = 4;
    constexpr std::size_t min_rest = 4;
    const std::size_t n = folded.size();
    if (n < min_known + min_rest)
        return {};

    // Every lexicon part starts with a known three letters; the bitset rules out most starts.
    std::vector<std::string> stems;
    for (std::size_t length = n - min_rest; length >= min_known && has_prefix(folded); --length) {
        if (is_part(folded.substr(0, length), false)) {
            stems.push_back(part_stem(folded.substr(0, length), false));
            break;
        }
    }
    bool head_found = false;
    for (std::size_t start = min_rest; start + min_known <= n && !head_found; ++start) {
        if (has_prefix(folded.substr(start)) && is_part(folded.substr(start), true)) {
            stems.push_back(part_stem(folded.substr(start), true));
            head_found = true;
        }
    }
    // An unknown head stays a placeholder, so a known first part is never taken for the head.
    if (!stems.empty() && !head_found)
        stems.emplace_back();
    return stems;
}

const Lexicon& builtin_lexicon() {
    // Built on first use and never changed afterwards: a constant table, not shared state.
    static const Lexicon lexicon;
    return lexicon;
}

} // namespace engage
