package quote

import (
	"strings"
	"unicode/utf8"

	"github.com/wortlaut/wortlaut/internal/lexicon"
)

// The small closed word classes the rules need. Open classes (cues, role
// nouns, first names, organisation heads) come from internal/lexicon.

type gender uint8

const (
	genderUnknown gender = iota
	genderMale
	genderFemale
	genderNeuter
	genderPlural
)

func fromLexicon(g lexicon.Gender) gender {
	switch g {
	case lexicon.Male:
		return genderMale
	case lexicon.Female:
		return genderFemale
	}
	return genderUnknown
}

// nominative determiners that may open a speaker noun phrase, with the
// gender they signal in the nominative.
var nomDet = map[string]gender{
	"der": genderMale, "die": genderUnknown, "das": genderNeuter,
	"ein": genderMale, "eine": genderFemale,
	"dieser": genderMale, "diese": genderUnknown,
	"sein": genderMale, "seine": genderUnknown, "ihr": genderMale, "ihre": genderUnknown,
	"unser": genderUnknown, "unsere": genderUnknown,
}

// genDet are the determiners of a genitive complement (ein Sprecher des
// Ministeriums, die Chefin der Gewerkschaft).
var genDet = map[string]bool{"des": true, "der": true, "eines": true, "einer": true}

// notSpeaker are words that start no speaker phrase.
var notSpeaker = map[string]bool{
	"man": true, "es": true, "wir": true, "ich": true, "das": false, "dies": true, "dem": true,
	"den": true, "einem": true, "einen": true, "des": true, "eines": true, "jeder": true, "alle": true,
	"weiter": true, "ferner": true, "wörtlich": true,
}

// stopNoun are capitalised words that end a name run after a speaker: the
// addressee, time and place words that follow sagte X (sagte Ma
// Journalisten, sagte Merz Montag).
var stopNoun = map[string]bool{
	"Journalisten": true, "Journalistinnen": true, "Reportern": true, "Medien": true, "Medienvertretern": true,
	"Zuhörern": true, "Anhängern": true, "Abgeordneten": true, "Zeitung": true, "Nachrichtenagentur": true,
	"Agentur": true, "Abend": true, "Morgen": true, "Vormittag": true, "Nachmittag": true, "Mittag": true,
	"Nacht": true, "Wochenende": true, "Anfang": true, "Ende": true, "Mitte": true, "Rande": true,
	"Auftakt": true, "Sonntag": true, "Montag": true, "Dienstag": true, "Mittwoch": true,
	"Donnerstag": true, "Freitag": true, "Samstag": true, "Sonnabend": true, "Fernsehsender": true,
	"Sender": true, "Radiosender": true, "Rundfunk": true, "Gesprächen": true, "Gespräch": true,
	"Interview": true, "Telefon": true, "Pressekonferenz": true, "Angaben": true, "Erklärung": true,
	"Mitteilung": true, "Deutschland": false, "Vorfeld": true, "Dabei": true, "Damit": true,
	"Zudem": true, "Außerdem": true, "Auch": true, "Nun": true, "Jetzt": true, "Dazu": true,
	"Doch": true, "Aber": true, "Und": true, "Dann": true, "So": true, "Deshalb": true,
}

// media nouns: a genitive after a speaker that names them is an addressee
// (sagte der Minister der Zeitung), not the speaker's organisation.
var mediaNoun = []string{"zeitung", "nachrichtenagentur", "presseagentur", "presse-agentur", "bildagentur", "sender", "magazin", "zeitschrift", "blatt", "sendung", "fernsehen", "radio", "portal"}

// isMedia reports whether w names a medium: a compound of mediaNoun, or
// Agentur alone (berichtete die Agentur), but not an authority such as the
// Bundesagentur für Arbeit or the Bundesnetzagentur.
func isMedia(w string) bool {
	// ToLower keeps the length of the words it maps to these (no capital
	// outside ASCII lower-cases to their letters), so longer words skip it
	if len(w) <= len("agenturen") {
		switch strings.ToLower(w) {
		case "agentur", "agenturen":
			return true
		}
	}
	return hasSuffixFold(w, mediaNoun)
}

// titleNoun are heads that name the thing in the following marks: the
// title of a work, a ship, product, operation or slogan. A quotation right
// after one of them is a name, not someone's words.
var titleNoun = []string{
	"träger", "schiff", "fregatte", "boot", "operation", "mission", "manöver", "buch", "film", "roman",
	"titel", "motto", "album", "lied", "song", "single", "serie", "sendung", "show", "zeitung", "magazin",
	"zeitschrift", "blatt", "programm", "projekt", "kampagne", "aktion", "initiative", "marke", "modell",
	"hashtag", "slogan", "stichwort", "begriff", "wort", "schlagwort", "spitzname", "name", "namen",
	"bezeichnung", "kürzel", "stück", "oper", "ausstellung", "festival", "studie", "app", "plattform",
	"portal", "podcast", "talkshow", "rubrik", "kolumne", "restaurant", "hotel", "band", "bündnis",
	"bewegung", "verein", "firma", "gesetz", "paket", "plan", "reihe", "format", "kurs", "tour",
	"system", "rakete", "satellit", "sonde", "flugzeug", "zug", "produkt", "wahlspruch", "leitspruch",
	"parole", "schlagzeile", "überschrift", "fraktion", "partei", "gruppe", "sender", "ordner",
	"datei", "logo", "unwort", "wettbewerb", "preis", "award", "spiel", "game", "tarnname", "codename",
	"organisation", "agentur", "dienst", "site", "website", "stern", "planet", "fahrzeug", "kneipe",
	"enzyklika", "profil", "pille", "prädikat", "bereich", "stamm",
	"werk", "cd",
}

// markerBefore are words that flag the next quotation as a name or scare
// quote: sogenannte, genannten, namens, Marke.
var markerBefore = map[string]bool{
	"sogenannte": true, "sogenannten": true, "sogenannter": true, "sogenanntes": true, "sogenanntem": true,
	"genannte": true, "genannten": true, "genannter": true, "genanntes": true, "namens": true,
	"titelt": true, "titelte": true, "Titel": true, "heißt": false, "Unwort": true, "Motto": true,
	"vermeintliche": true, "vermeintlichen": true, "angebliche": true, "angeblichen": true,
}

func hasSuffixFold(w string, list []string) bool {
	// EqualFold on the tail instead of lower-casing w: no allocation for
	// the capitalised nouns this is asked about on every phrase. The last
	// bytes are compared first when both are ASCII (folding them is
	// lower-casing), which rejects most entries of a long list without
	// EqualFold's rune decoding; the result is EqualFold's.
	for _, s := range list {
		if len(w) < len(s) {
			continue
		}
		if s != "" {
			b, c := asciiLower(w[len(w)-1]), asciiLower(s[len(s)-1])
			if b < utf8.RuneSelf && c < utf8.RuneSelf && b != c {
				continue
			}
		}
		if strings.EqualFold(w[len(w)-len(s):], s) {
			return true
		}
	}
	return false
}

// suffixIndex is a suffix list for [hasSuffixFold] grouped by the lower
// case of each entry's last byte, for the long lists asked about on every
// noun (roleSuffix, orgSuffix): a word is compared only with the entries
// that can end like it, with the same answers.
type suffixIndex struct {
	// byLast holds the entries whose last byte is ASCII, by its lower case.
	byLast [utf8.RuneSelf][]string
	// other holds the entries whose last byte is not ASCII, and the empty
	// entry: hasSuffixFold folds those whatever the word's last byte.
	other []string
	all   []string
}

func newSuffixIndex(list []string) *suffixIndex {
	x := &suffixIndex{all: list}
	for _, s := range list {
		if s != "" && s[len(s)-1] < utf8.RuneSelf {
			c := asciiLower(s[len(s)-1])
			x.byLast[c] = append(x.byLast[c], s)
		} else {
			x.other = append(x.other, s)
		}
	}
	return x
}

// has is hasSuffixFold(w, list) for the list x was built from.
func (x *suffixIndex) has(w string) bool {
	if w == "" || w[len(w)-1] >= utf8.RuneSelf {
		return hasSuffixFold(w, x.all)
	}
	return hasSuffixFold(w, x.byLast[asciiLower(w[len(w)-1])]) || hasSuffixFold(w, x.other)
}

// asciiLower lower-cases an ASCII capital and returns any other byte as is.
func asciiLower(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

// orgSuffix are heads of organisation nouns (die Polizei, das
// Innenministerium, die Staatsanwaltschaft), matched at the end of a
// compound.
var orgSuffix = []string{
	"polizei", "regierung", "ministerium", "staatsanwaltschaft", "gericht", "behörde", "unternehmen",
	"konzern", "gruppe", "partei", "verband", "gewerkschaft", "kommission", "feuerwehr", "stadt",
	"gemeinde", "verwaltung", "amt", "rat", "bank", "klinik", "krankenhaus", "universität", "institut",
	"stiftung", "verein", "firma", "hersteller", "fluggesellschaft", "airline", "bahn", "armee",
	"militär", "bundeswehr", "kreml", "präsidium", "direktion", "agentur", "organisation", "union",
	"bund", "bündnis", "fraktion", "senat", "parlament", "kabinett", "komitee", "ausschuss", "werk",
	"gmbh", "club", "klub", "team", "konsortium", "zentrale", "dienst",
	"außenamt", "wache", "kommando", "streitkräfte", "ministerien", "behörden", "staat",
}

func isOrgWord(w string) bool {
	if t, ok := lexicon.Head(w); ok && t == "ORG" {
		return true
	}
	if t, ok := lexicon.Trigger(w); ok && t == "ORG" {
		return true
	}
	// A word ToLower maps to one of these has at most four bytes (İnc and
	// the Kelvin sign's Kg are the longest), so longer words skip ToLower
	// and its allocation.
	if x := strings.TrimSuffix(w, "."); len(x) <= len("corp") {
		switch strings.ToLower(x) {
		case "ag", "se", "inc", "ltd", "kg", "co", "corp", "plc", "sa", "spa", "nv":
			return true
		}
	}
	return orgSuffixes.has(trimGenitive(w)) || orgSuffixes.has(w)
}

// roleSuffix are endings of role nouns the role list may lack (compounds:
// Polizeisprecher, Landesinnenministerin).
var roleSuffix = []string{
	"sprecher", "sprecherin", "minister", "ministerin", "präsident", "präsidentin", "chef", "chefin",
	"leiter", "leiterin", "vorsitzende", "vorsitzender", "kanzler", "kanzlerin", "direktor", "direktorin",
	"experte", "expertin", "politiker", "politikerin", "sekretär", "sekretärin", "berater", "beraterin",
	"führer", "führerin", "beauftragte", "beauftragter", "anwalt", "anwältin", "richter", "richterin",
	"trainer", "trainerin", "manager", "managerin", "ermittler", "ermittlerin", "bürgermeister",
	"bürgermeisterin", "abgeordnete", "abgeordneter", "sprechers", "ministers", "präsidenten",
	"wissenschaftler", "wissenschaftlerin", "forscher", "forscherin", "analyst", "analystin",
	"gründer", "gründerin", "vorstand", "geschäftsführer", "geschäftsführerin", "jährige", "jähriger",
	"ankläger", "anklägerin", "bischof", "bischöfin", "kommissar", "kommissarin", "botschafter",
	"botschafterin", "senator", "senatorin", "kommandeur", "kommandeurin", "dekan", "dekanin",
	"professor", "professorin", "doktorvater", "doktormutter", "beamter", "beamtin", "general",
	"vertreter", "vertreterin", "mitarbeiter", "mitarbeiterin",
}

var (
	roleSuffixes = newSuffixIndex(roleSuffix)
	orgSuffixes  = newSuffixIndex(orgSuffix)
)

// role reports whether w is a role noun and the gender it signals.
func role(w string) (gender, bool) {
	if g, ok := lexicon.Role(w); ok {
		gg := fromLexicon(g)
		if gg == genderUnknown {
			gg = suffixGender(w)
		}
		return gg, true
	}
	if roleSuffixes.has(w) {
		return suffixGender(w), true
	}
	return genderUnknown, false
}

func suffixGender(w string) gender {
	lw := strings.ToLower(w)
	switch {
	case strings.HasSuffix(lw, "innen"):
		return genderPlural
	case strings.HasSuffix(lw, "in"):
		return genderFemale
	case strings.HasSuffix(lw, "er"), strings.HasSuffix(lw, "ent"), strings.HasSuffix(lw, "ef"), strings.HasSuffix(lw, "or"):
		return genderMale
	}
	return genderUnknown
}

// spokesWord reports whether w is a spokesperson noun (Sprecher,
// Polizeisprecherin), whose organisation is the speaker when the person is
// not named, and returns the organisation prefix of a compound (Polizei).
func spokesWord(w string) (prefix string, ok bool) {
	// the endings below end in r, n or s, to which only these letters
	// lower-case: other words skip ToLower and its allocation
	if w == "" || !strings.ContainsRune("rRnNsS", rune(w[len(w)-1])) {
		return "", false
	}
	lw := strings.ToLower(w)
	for _, s := range []string{"sprecherinnen", "sprecherin", "sprechers", "sprecher"} {
		if strings.HasSuffix(lw, s) {
			p := w[:len(w)-len(s)]
			p = strings.TrimSuffix(p, "-")
			p = strings.TrimSuffix(p, "s")
			if strings.HasPrefix(lw, "regierung") {
				p = "Regierung"
			}
			return p, true
		}
	}
	return "", false
}

// konjunktiv are frequent Konjunktiv I and II forms that mark reported
// speech.
var konjunktiv = map[string]bool{
	"sei": true, "seien": true, "habe": true, "hätte": true, "hätten": true, "werde": true, "würde": true,
	"würden": true, "wäre": true, "wären": true, "könne": true, "könnte": true, "könnten": true,
	"müsse": true, "müsste": true, "müssten": true, "solle": true, "wolle": true, "dürfe": true,
	"dürfte": true, "dürften": true, "gebe": true, "gäbe": true, "gehe": true, "komme": true,
	"stehe": true, "liege": true, "wisse": true, "brauche": true, "bleibe": true, "mache": true,
	"lasse": true, "sehe": true, "trage": true, "halte": true, "handle": true, "handele": true,
	"gelte": true, "fehle": true, "plane": true, "arbeite": true, "zeige": true, "führe": true,
	"bedeute": true, "erwarte": true, "verfüge": true, "befinde": true, "besitze": true,
	"rate": true, "ruhe": true, "tue": true, // too short for konjAt's rule for verbs in -e
	// verbs whose stem ends in t: their Konjunktiv I ends in -te like a
	// past tense, which konjAt's rule leaves out (der Minister trete
	// zurück); a weak verb's past is -tete, a strong verb's has no -te
	"trete": true, "vertrete": true, "betrete": true, "biete": true, "verbiete": true,
	"erhalte": true, "enthalte": true, "behalte": true, "verhalte": true, "unterhalte": true,
	"leite": true, "leiste": true, "warte": true, "richte": true, "fürchte": true,
	"beobachte": true, "betrachte": true, "berichte": true, "gestalte": true, "koste": true, "vermute": true,
	// Konjunktiv II forms that no indicative shares (not gingen, blieben)
	"bräuchte": true, "bräuchten": true, "gäben": true, "käme": true, "kämen": true, "ginge": true,
	"stünde": true, "stünden": true, "stände": true, "ständen": true, "läge": true, "lägen": true,
	"wüsste": true, "wüssten": true, "hieße": true, "bliebe": true, "fände": true, "fänden": true,
	"täte": true, "täten": true, "ließe": true, "sähe": true, "sähen": true, "befände": true, "befänden": true,
}

// isKonjunktiv reports whether the word w is a Konjunktiv form: a listed
// form, or a clause-final verb in -e after a subordinate structure (…
// zusammenarbeite), which the caller decides.
func isKonjunktiv(w string) bool { return konjunktiv[w] }

// firstPerson are words that show a quotation is someone's own words.
var firstPerson = map[string]bool{
	"ich": true, "Ich": true, "wir": true, "Wir": true, "mir": true, "mich": true, "uns": true,
	"unser": true, "unsere": true, "unseren": true, "unserer": true, "mein": true, "meine": true,
	"meinen": true, "meiner": true, "Sie": false, "ihr": false,
}

// abstractSuffix are endings of nouns for things, acts and ideas, which
// say nothing (der Grund, die Investition, eine Laboranalyse, der
// Vorschlag), unlike the collective bodies in collectiveNoun.
var abstractSuffix = []string{
	"ung", "ungen", "heit", "heiten", "keit", "keiten", "tät", "täten", "nis", "nisse", "ismus",
	"trag", "träge", "gebot", "wurf", "würfe", "grund", "gründe", "schlag", "schläge", "analyse",
	"ergebnis", "ergebnisse", "investition", "regelung", "ziel", "ziele",
}

// collectiveNoun are nouns in -ung or -ion that name a body of people, who
// speak (die Führung der Partei, die Versammlung, die Opposition).
var collectiveNoun = []string{"führung", "leitung", "versammlung", "vertretung", "vereinigung", "bewegung", "regierung", "verwaltung", "stiftung", "zeitung", "forschung", "verteidigung", "opposition"}

// abstractNoun reports whether w names a thing or idea rather than someone
// who can speak.
func abstractNoun(w string) bool {
	return hasSuffixFold(w, abstractSuffix) && !hasSuffixFold(w, collectiveNoun) && !isOrgWord(w)
}

// contentNoun are nouns whose content a dass-clause, a Konjunktiv clause or
// an infinitive with zu gives (die Hoffnung, dass …; die These, die Partei
// stagniere; kam zu dem Ergebnis, dass …); most are no cues in the lexicon, the views Ansicht, Meinung
// and Auffassung are, listed here so that their holder is found when a
// phrase stands between them and their verb. True marks a view
// held by the subject of the sentence when no genitive names its holder
// (Er äußerte die Hoffnung, …); false a claim that is mostly someone
// else's (wies die Behauptung zurück, …). Verdacht is left out: on SpkAtt
// train its clause (stand im Verdacht, … zu haben) was never an event.
var contentNoun = map[string]bool{
	"Hoffnung": true, "Argument": true, "Begründung": true, "These": true, "Prognose": true,
	"Befürchtung": true, "Befürchtungen": true, "Aufforderung": true, "Bitte": true, "Drohung": true,
	"Zusage": true, "Versprechen": true, "Vermutung": true, "Vermutungen": true, "Annahme": true,
	"Überzeugung": true, "Erwartung": true, "Erwartungen": true, "Hinweis": true, "Hinweise": true,
	"Vorschlag": true, "Einwand": true, "Hypothese": true, "Theorie": true, "Schluss": true,
	"Sorge": true, "Angst": true, "Zweifel": true, "Ansicht": true, "Meinung": true, "Auffassung": true,
	"Behauptung": false, "Behauptungen": false, "Gerücht": false, "Gerüchte": false, "Gerüchten": false,
	"Ergebnis": true, "Schlussfolgerung": true, "Fazit": true,
}
