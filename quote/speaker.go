package quote

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/wortlaut/wortlaut"
	"github.com/wortlaut/wortlaut/entity"
	"github.com/wortlaut/wortlaut/internal/lexicon"
	"github.com/wortlaut/wortlaut/internal/text"
)

type npKind uint8

const (
	npPronoun npKind = iota + 1
	npName           // a proper name, maybe after role words: Ma, Bundeskanzler Olaf Scholz
	npRole           // determiner + role noun: der Minister, ein Sprecher des Ministeriums
	npOrg            // determiner + organisation noun: die Polizei, die Alibaba-Gruppe
	npNoun           // determiner + other noun: ein Augenzeuge
	npDoc            // a document or medium that names no one: im Bericht heißt es
)

// np is a speaker mention: tokens [first, last).
type np struct {
	first, last int
	kind        npKind
	head        int    // the role or organisation noun, else -1
	name        [2]int // the proper-name tokens, or {-1, -1}
	gen         [2]int // the genitive or von complement (its noun phrase), or {-1, -1}
	g           gender
	// rel is the relative pronoun that stands for the phrase as the
	// subject of a relative clause (Jimmy Carter, der … sagte): the
	// mention as written, as SpkAtt marks it, while the phrase gives the
	// name. 0 when none.
	rel int
	// appo is the comma that opens an apposition with its own article
	// joined to the mention (der Eigentümer, das Medienhaus Larsen,):
	// the mention runs to last, as SpkAtt marks it, while the phrase
	// before the comma gives the name. 0 when none.
	appo int
}

// extendedAttribute returns the token after an extended attribute that
// starts at token j, right after a determiner: a few words that end in a
// participle before a capitalised noun or name (die in Berlin geborene
// Autorin, Die das Unglück überlebende Alice Kamara). It returns j when
// none stands there.
func (d *doc) extendedAttribute(j, hi int) int {
	if j >= hi || !d.isLower(j) || d.inQuote[j] >= 0 {
		return j
	}
	prep := attributePrep[d.tok(j)]
	for k := j + 1; k < hi && k < j+10; k++ {
		if d.toks[k].Kind == text.QuoteMark && d.inQuote[k] < 0 {
			continue // a name in marks inside the attribute (das die „Kieler Post“ verlegende Medienhaus)
		}
		if d.toks[k].Kind != text.Word || d.inQuote[k] >= 0 {
			return j
		}
		if d.isLower(k) && (participleAdj(d.tok(k)) || prep && k > j+1 && adjLike(d.tok(k)) && !phraseWord[d.tok(k)] && !articleWord[d.tok(k-1)]) && k+1 < hi && d.isCap(k+1) && d.inQuote[k+1] < 0 {
			return k + 1
		}
	}
	return j
}

// attributePrep are the prepositions that open an extended attribute
// whose last word is an adjective rather than a participle (der für die
// Region zuständige Koordinator, die in Bonn ansässige Stiftung); an
// article right before the adjective opens a new phrase instead (ihr im
// Falle einer Verurteilung eine langjährige Strafe).
var attributePrep = map[string]bool{"für": true, "in": true, "im": true, "seit": true, "bei": true, "beim": true, "von": true, "vom": true, "mit": true, "an": true, "am": true, "auf": true, "aus": true}

// participleAdj reports whether w looks like a participle used as an
// adjective (lebende, geborene, gewählten).
func participleAdj(w string) bool {
	for _, s := range []string{"ende", "enden", "ene", "enen", "te", "ten"} {
		if strings.HasSuffix(w, s) && len(w) > len(s)+3 {
			return true
		}
	}
	return false
}

// academicTitle are the titles written before a name; they are part of
// the mention but not of the name.
var academicTitle = map[string]bool{"Dr.": true, "Prof.": true, "Professor": true, "Professorin": true, "Dipl.-Ing.": true, "med.": true, "h.c.": true}

func isFirstName(w string) bool {
	_, ok := lexicon.FirstName(w)
	return ok
}

// npAt parses a speaker noun phrase starting at token i within toks[:hi].
func (d *doc) npAt(i, hi int) (np, bool) {
	if i < hi && d.toks[i].Kind == text.QuoteMark && d.inQuote[i] < 0 {
		if k, ok := d.closingName(i, hi); ok {
			return np{first: i, last: k + 1, kind: npOrg, head: i + 1, name: [2]int{i + 1, k}, gen: [2]int{-1, -1}}, true
		}
	}
	if i >= hi || d.toks[i].Kind != text.Word && !academicTitle[d.tok(i)] || d.inQuote[i] >= 0 {
		return np{}, false
	}
	w := d.tok(i)
	lw := d.low(i)
	switch lw {
	case "er":
		return np{first: i, last: i + 1, kind: npPronoun, head: -1, name: [2]int{-1, -1}, gen: [2]int{-1, -1}, g: genderMale}, true
	case "sie":
		return np{first: i, last: i + 1, kind: npPronoun, head: -1, name: [2]int{-1, -1}, gen: [2]int{-1, -1}, g: genderFemale}, true
	}
	if focusParticle[lw] && i+1 < hi && d.sentStart(i) {
		// Selbst die Wochenzeitung „Jungle World“ hatte kritisiert: the
		// particle is no name; the phrase after it is the subject.
		if _, ok := nomDet[d.tok(i+1)]; ok {
			return d.npAt(i+1, hi)
		}
	}
	if (lw == "einer" || lw == "eine") && i+2 < hi && d.tok(i+1) == "der" {
		// Einer der 13 beteiligten Feuerwehrmänner: one of a group, named
		// by the group noun; the article gives the gender. The noun is
		// plural, so no role lookup: a group that speaks is one of
		// persons, unless it names organisations or media.
		j := i + 2
		for k := 0; k < 3 && j < hi && d.inQuote[j] < 0 && (d.isLower(j) && adjLike(d.tok(j)) || d.toks[j].Kind == text.Number); k++ {
			j++
		}
		if j < hi && d.inQuote[j] < 0 && d.isCapWord(j) && d.entAt[j] < 0 && !d.orgWord(j) && !isMedia(d.tok(j)) {
			g := genderMale
			if lw == "eine" {
				g = genderFemale
			}
			return np{first: i, last: j + 1, kind: npRole, head: j, name: [2]int{-1, -1}, gen: [2]int{-1, -1}, g: g}, true
		}
	}
	if (w == "Frau" || w == "Herr") && i+1 < hi && d.isCapWord(i+1) {
		// Frau Hinz, Herr Kolb: the form of address is part of the
		// mention and gives the gender; the name after it speaks.
		if n, ok := d.npAt(i+1, hi); ok && n.kind == npName && n.first == i+1 {
			n.first = i
			n.g = genderMale
			if w == "Frau" {
				n.g = genderFemale
			}
			return n, true
		}
	}
	if notSpeaker[lw] {
		return np{}, false
	}
	if n, ok := d.bareGroup(i, hi); ok {
		return n, true
	}
	if n, ok := d.bareMedium(i, hi); ok {
		return n, true
	}
	n := np{first: i, head: -1, name: [2]int{-1, -1}, gen: [2]int{-1, -1}}
	j := i
	det := false
	g, ok := nomDet[lw]
	if lw == "dessen" || lw == "deren" {
		// teilte dessen Stellvertreter mit: a genitive pronoun as
		// determiner; the noun after it gives the gender
		g, ok = genderUnknown, true
	}
	if !ok && d.isCapWord(i) && strings.HasSuffix(w, "s") && d.genitiveOwner(i, hi) {
		// Berlins früherer Regierender Bürgermeister Eberhard Diepgen,
		// Jelpkes wissenschaftlicher Mitarbeiter Nick Brauns: a genitive
		// name before adjectives and a role is a determiner
		g, ok = genderUnknown, true
	}
	if ok {
		det = true
		n.g = g
		j++
		for k := 0; k < 3 && j < hi && d.inQuote[j] < 0 && (d.isLower(j) && adjLike(d.tok(j)) || d.toks[j].Kind == text.Number || d.toks[j].Kind == text.Ordinal || d.ageAdj(j)); k++ {
			if e := d.agePhrase(j, hi); e > j {
				j = e // der 54 Jahre alte Hafenchef: an age, no noun
				continue
			}
			j++
			if j+1 < hi && j > i+1 && (lw == "die" || lw == "der") && d.isLower(j-1) && (d.tok(j) == "und" || d.tok(j) == "sowie") && d.isLower(j+1) && adjLike(d.tok(j+1)) && d.inQuote[j+1] < 0 {
				// Die deutschen und französischen Behörden: coordinated
				// adjectives (after a definite article only: eine
				// unabhängige und gründliche Prüfung is an object)
				j++
			}
		}
		j = d.extendedAttribute(j, hi)
		if j > i+1 && d.ageAdj(j-1) && (j >= hi || !d.isCap(j) || d.inQuote[j] >= 0) {
			// sagte der 81-jährige in einem Interview: the age written in
			// lower case as the noun (der 81-Jährige), a description like
			// any role noun
			n.kind, n.head, n.last = npRole, j-1, j
			return n, true
		}
	}
	if j < hi && d.toks[j].Kind == text.QuoteMark && d.inQuote[j] < 0 {
		// A name in marks that is no quotation: schrieb „Die Zeit“,
		// berichtet die „Süddeutsche Zeitung“.
		if k, ok := d.closingName(j, hi); ok {
			n.kind, n.head, n.name, n.last = npOrg, j+1, [2]int{j + 1, k}, d.editionEnd(k+1, hi)
			return n, true
		}
	}
	if j >= hi || !(d.isCap(j) || det && d.isCapWord(j) || academicTitle[d.tok(j)]) || d.inQuote[j] >= 0 {
		return np{}, false
	}
	if det && stopNoun[d.tok(j)] && isMedia(d.tok(j)) {
		// Die Zeitung berichtet, die Nachrichtenagentur „Interfax“
		// meldete, die Nachrichtenagentur Xinhua: a medium as subject,
		// named or not.
		n.kind, n.head, n.last = npOrg, j, j+1
		if name, last, ok := d.mediumName(j+1, hi); ok {
			n.name, n.last = name, last
		}
		return n, true
	}
	if !det && (stopNoun[d.tok(j)] || lexicon.Stopword(d.low(j)) || groupQuantifier[d.low(j)]) {
		// a quantifier that bareGroup did not read with a group after it
		// (Drei Ärzte, Mehrere Tausend) is no name
		return np{}, false
	}
	if !det && d.sentStart(j) && j+3 < hi && d.tok(j+1) == "und" && adjLike(lowerFirst(d.tok(j))) && d.isLower(j+2) && adjLike(d.tok(j+2)) && d.isCapWord(j+3) && d.inQuote[j+2] < 0 && d.inQuote[j+3] < 0 && d.entAt[j] < 0 {
		// Arabische und iranische Medien werfen ihm vor: two adjectives
		// opening the sentence, then their plural noun; the first
		// adjective is no name (it was the speaker Arabische)
		n.kind, n.name, n.last, n.g = npName, [2]int{j + 3, j + 4}, j+4, genderUnknown
		d.markUnnamed(d.tok(j + 3))
		return n, true
	}
	if !det && d.sentStart(j) && sentenceAdverb(d.tok(j)) && !d.nameEvidence(j) {
		return np{}, false // Unterdessen, Zudem, Dennoch: adverbs opening a sentence
	}
	if !det && d.sentStart(j) && leadPrep[d.tok(j)] {
		return np{}, false // Gegenüber NDR Info äußerte er sich: a preposition, not a name
	}
	// Role words, then the name.
	k := j
	for k < hi && d.isCapWord(k) && d.inQuote[k] < 0 {
		if _, ok := d.role(k); !ok && !(det && k == j && d.personNoun(k) && d.roleAnd(k+1, hi)) {
			break
		}
		k++
		if d.roleAnd(k, hi) {
			// Der Vizekanzler und Arbeitsminister Franz Kolb, der
			// Künstler und Netzaktivist: two roles of one person, the
			// second with no article of its own
			k += 2
		}
	}
	if k > j {
		n.head = k - 1
		if g, _ := d.role(k - 1); g != genderUnknown && !(det && strings.HasSuffix(d.tok(k-1), "e")) {
			n.g = g
		}
		if det && j > i+1 && (d.low(i+1) == "beiden" || d.low(i+1) == "beide") {
			// Die beiden Unternehmer: a pair, no one person the role noun
			// refers back to (it gave the speaker named last)
			n.g = genderUnknown
			d.markUnnamed(d.tok(k - 1))
		}
	}
	if k > j && k < hi && d.tok(k) == "für" {
		// Der EU-Kommissar für Energie Jan Kolb, die Beauftragte für
		// Datenschutz und Medien Eva Lind: the office's field stands
		// between role and name; only a given name after it tells that
		// the name follows and the field is no object of the verb
		// An adjective may stand before a noun of the field (für
		// Erweiterung und europäische Nachbarschaftspolitik).
		adj := func(i int) bool {
			return i+1 < hi && d.isLower(i) && adjLike(d.tok(i)) && d.inQuote[i] < 0 && d.isCapWord(i+1)
		}
		e := k + 1
		if adj(e) {
			e++
		}
		for e < hi && d.isCapWord(e) && d.inQuote[e] < 0 && !isFirstName(d.tok(e)) && e < k+6 {
			e++
			if e+1 < hi && d.tok(e) == "und" && d.isCapWord(e+1) {
				e++
			} else if e+2 < hi && d.tok(e) == "und" && adj(e+1) {
				e += 2
			}
		}
		if e > k+1 && d.isCapWord(e-1) && e+1 < hi && isFirstName(d.tok(e)) && d.isCap(e+1) && d.inQuote[e+1] < 0 {
			k = e
		}
	}
	for k < hi && d.inQuote[k] < 0 && academicTitle[d.tok(k)] {
		k++ // Dr. Heino Stoever, Prof. Dr. Anna Kern: the name follows
	}
	if n.head >= 0 && d.placeGenitive(k, hi) {
		// Der Präsident Frankreichs, Jan Kolb; der Außenminister
		// Deutschlands: a place in the genitive after the role is the
		// role's complement, not the person's name, who if named follows
		// in apposition
		n.gen = [2]int{k, k + 1}
		k++
	}
	nameStart := k
	for k < hi && d.inQuote[k] < 0 && k-nameStart < 4 {
		// A surname that is also a function word (Lothar Nicht) counts
		// after a given name, capitalised inside the sentence.
		surname := k > nameStart && d.isCap(k) && !d.sentStart(k) && isFirstName(d.tok(k-1)) && !genDet[d.tok(k)]
		if k > nameStart && k-nameStart <= 2 && academicTitle[d.tok(k)] && k+1 < hi && (d.isCap(k+1) || academicTitle[d.tok(k+1)]) && d.inQuote[k+1] < 0 && !isFirstName(d.tok(nameStart)) {
			// Privatdozent Dr. Jan Dietrich: the words before an academic
			// title are a title the role list lacks; the name follows it
			n.head = k - 1
			for k < hi && d.inQuote[k] < 0 && academicTitle[d.tok(k)] {
				k++
			}
			nameStart = k
			continue
		}
		if d.isCap(k) && (surname || !stopNoun[d.tok(k)] && !genDet[d.tok(k)] && !lexicon.Stopword(d.low(k))) {
			if _, ok := d.role(k); ok && k > nameStart {
				if _, first := lexicon.FirstName(d.tok(k - 1)); !first {
					if k+1 < hi && (d.isCap(k+1) || academicTitle[d.tok(k+1)]) && d.inQuote[k+1] < 0 && k-nameStart <= 3 {
						// Human Rights Watch-Sprecher Malinowski, Bremer
						// Forscher Dr. Heino Stoever: an organisation and
						// role before the name
						n.head = k
						k++
						for k < hi && d.inQuote[k] < 0 && academicTitle[d.tok(k)] {
							k++
						}
						nameStart = k
						continue
					}
					break
				}
			}
			k++
			continue
		}
		// Lower-case or other parts inside one recognised entity (Bank of
		// America, Jean-Claude de la Tour).
		if k > nameStart && d.entAt[k] >= 0 && d.entAt[k] == d.entAt[k-1] && d.toks[k].Kind == text.Word {
			k++
			continue
		}
		// Ärzte ohne Grenzen, Reporter ohne Grenzen: an organisation's name
		if k > nameStart && d.tok(k) == "ohne" && k+1 < hi && d.isCap(k+1) && d.inQuote[k+1] < 0 {
			k += 2
			continue
		}
		// die Gewerkschaft ver.di: a name written in lower case with a
		// dot after an organisation noun
		if k == nameStart+1 && d.orgWord(nameStart) && d.toks[k].Kind == text.Word && d.isLower(k) && strings.Contains(d.tok(k), ".") {
			k++
		}
		break
	}
	// Title words the role list lacks (Finanzvorständin Claudia Brenner):
	// the name starts at its first name.
	if k-nameStart >= 2 && d.entAt[nameStart] < 0 {
		for x := nameStart + 1; x < k-1+1 && x < k; x++ {
			if _, ok := lexicon.FirstName(d.tok(x)); ok && k-x >= 2 {
				if _, ok := lexicon.FirstName(d.tok(nameStart)); !ok {
					n.head = x - 1
					nameStart = x
				}
				break
			}
		}
	}
	if k == nameStart+1 && det && n.head < 0 && k < hi && d.toks[k].Kind == text.QuoteMark && d.inQuote[k] < 0 && (d.orgWord(nameStart) || isMedia(d.tok(nameStart))) {
		// Die Organisation „Reporter ohne Grenzen“, der Verein „Pro
		// Bahn“, die Wochenzeitung „Nordkurier“: an organisation or
		// medium noun and its name in marks
		if c, ok := d.closingName(k, hi); ok {
			n.kind, n.head, n.name, n.last = npOrg, nameStart, [2]int{k + 1, c}, c+1
			return n, true
		}
	}
	switch {
	case k > nameStart && det && n.head < 0:
		// der/die + capitalised word(s) with no role: an organisation, a
		// common noun or a name with article (die Alibaba-Gruppe).
		n.head = nameStart
		if k-nameStart > 1 && d.orgWord(nameStart) {
			n.name = [2]int{nameStart + 1, k}
		}
		switch {
		case d.orgWord(k-1) || d.orgWord(nameStart):
			n.kind = npOrg
		case nameStart > i+1 && d.ageAdj(nameStart-1) && d.knownPerson(nameStart, k):
			// Der 84-jährige Küng: an age before a person's name
			n.kind = npName
			n.name = [2]int{nameStart, k}
		default:
			n.kind = npNoun
		}
	case k == nameStart+1 && n.head < 0 && d.sentStart(nameStart) && k < hi && genDet[d.tok(k)] && d.entAt[nameStart] < 0 && !isFirstName(d.tok(nameStart)) && personGroup(d.tok(nameStart)):
		// Gegner des Gesetzes verweisen, Vertraute der Insassen
		// berichteten: a plural noun with no article opening the
		// sentence takes a genitive, as a name does not; it is read as
		// the name, and the mention takes the genitive; it names no one,
		// so the Speaker's Name stays empty (see markUnnamed)
		n.kind, n.name = npName, [2]int{nameStart, k}
		d.markUnnamed(d.tok(nameStart))
		if c, ok := d.complement(k, hi); ok {
			n.gen, k = c, c[1]
		}
	case k > nameStart:
		n.kind = npName
		n.name = [2]int{nameStart, k}
	case n.head >= 0:
		n.kind = npRole
	default:
		return np{}, false
	}
	n.last = k
	if n.kind == npName && !det && k == nameStart+1 && d.orgWord(nameStart) {
		// Laut Bundesamt für Statistik: an organisation noun with no
		// article runs on over its für phrase, as after one
		if e, _ := d.orgTail(k, hi); e > k {
			n.kind, n.head, n.name, n.last = npOrg, nameStart, [2]int{-1, -1}, e
		}
	}
	if (n.kind == npOrg || n.kind == npNoun) && det {
		// Der Verband für Sport (VfS), Das Organisationskomitee (OK) der
		// Meisterschaft: the organisation's name runs on after its
		// noun; an abbreviation in brackets tells that a noun the word
		// lists lack names one (Die Deutsche Vereinigung für Anleger (DVA))
		if e, abbr := d.orgTail(k, hi); n.kind == npOrg && n.head == k-1 && n.name[0] < 0 || abbr {
			n.kind, n.last = npOrg, e
		}
	}
	if n.kind == npNoun {
		if g, ok := d.role(n.head); ok {
			n.kind = npRole
			if g != genderUnknown && !(det && strings.HasSuffix(d.tok(n.head), "e")) {
				n.g = g
			}
		} else if femaleNoun(d.tok(n.head)) {
			n.kind = npRole
			n.g = genderFemale
		} else if indefiniteMale[lw] && n.last == n.head+1 && agentNoun(d.tok(n.head)) {
			// ein Passant, ein Anwohner, ein Soldat: someone the text
			// introduces and does not name, as a role noun does (see
			// Speaker); the noun is no name
			n.kind = npRole
			n.g = genderMale
		}
	}
	// Genitive or von complement of a role or spokesperson noun.
	if (n.kind == npRole || n.kind == npNoun) && k < hi && d.inQuote[k] < 0 {
		if c, ok := d.complement(k, hi); ok && quantGen[d.tok(k)] {
			// Vertreter aller Parteien: no one body owns the role, so
			// the phrase names no one (its Name stays empty)
			n.last = c[1]
		} else if ok {
			n.gen = c
			n.last = c[1]
			// der Vereinigung der kommunalen Arbeitgeberverbände; but a
			// medium after the owner is addressed (sagte eine Sprecherin
			// der Stadt der Deutschen Presse-Agentur)
			if c2, ok := d.complement(c[1], hi); ok && d.tok(c[1]) != "von" && !d.mediumIn(c2) {
				n.last = c2[1]
			}
		}
	}
	// A bracketed abbreviation or party after a role and its complement
	// (der Direktor der Atomenergie-Organisation (IAEO), …) stays in the
	// mention, so that the apposition after it is found.
	if (n.kind == npRole || n.kind == npNoun) && n.last < hi && d.isPunct(n.last, "(") {
		for j := n.last + 1; j < hi && j < n.last+5 && d.inQuote[j] < 0; j++ {
			if d.isPunct(j, ")") {
				if j > n.last+1 {
					n.last = j + 1
					if c, ok := d.complement(n.last, hi); ok && n.gen[0] < 0 && d.tok(n.last) != "von" {
						// Die Kommission (EK) der Union: the
						// genitive after the abbreviation
						n.gen, n.last = c, c[1]
					}
				}
				break
			}
		}
	}
	// Apposition with the name: Die Sprecherin der IG Metall, Hanna Roth, …
	if (n.kind == npRole || n.kind == npNoun) && n.name[0] < 0 {
		if c := d.roleTail(n.last, hi); c > n.last {
			// Der Vertreter der Arbeitgeber im Aufsichtsrat der
			// Bundesagentur für Arbeit (BA), Peter Clever, …: the role's
			// further complements, kept only when the name follows them
			if m := n; d.appositionName(&m, c, hi) {
				n = m
			}
		} else {
			d.appositionName(&n, n.last, hi)
		}
	}
	// Der Focus in seiner Onlineausgabe, die Zeitung in ihrer Ausgabe:
	// the edition belongs to the medium's mention, as written; the
	// medium before it stays the name
	if e := n.last; (n.kind == npName || (n.kind == npOrg || n.kind == npNoun) && n.head >= 0 && (isMedia(d.tok(n.head)) || d.entAt[n.head] >= 0)) && d.editionEnd(e, hi) > e {
		if n.name[0] < 0 {
			n.kind, n.name = npName, [2]int{n.head, e}
		}
		n.last = d.editionEnd(e, hi)
	}
	if n.kind == npNoun && det && d.tok(i) == "die" || n.kind == npNoun && strings.HasSuffix(d.low(n.head), "en") && !det {
		n.g = genderUnknown
	}
	return n, true
}

// editionEnd returns the end of the edition of a medium that starts at
// token e (die Zeitung in ihrer Ausgabe vom 17. Mai, der Focus in seiner
// Onlineausgabe), or e when none stands there. The edition, with its date,
// belongs to the medium's mention as written, as SpkAtt marks it.
func (d *doc) editionEnd(e, hi int) int {
	if e+2 >= hi || d.tok(e) != "in" || !framePossessive[d.tok(e+1)] && d.tok(e+1) != "der" || d.inQuote[e+2] >= 0 || !hasSuffixFold(d.tok(e+2), []string{"ausgabe"}) {
		return e
	}
	last := e + 3
	if last+1 < hi && (d.tok(last) == "vom" || d.tok(last) == "von") && d.inQuote[last+1] < 0 {
		k := last + 1
		for k < hi && k < last+5 && d.inQuote[k] < 0 && (d.isCap(k) || d.toks[k].Kind == text.Number || d.toks[k].Kind == text.Ordinal || d.toks[k].Kind == text.Date) {
			k++
		}
		if k > last+1 {
			last = k
		}
	}
	return last
}

// bareGroup parses a plural group with no article, opening at token i
// with adjectives or a quantifier (berichteten arabische Medien, sagten
// mehrere Zeugen, erklärten palästinensische Sicherheitskräfte; Arabische
// Medien berichteten; Mehrere Abgeordnete sagten, Einige führende Ökonomen
// erwarten: the quantifier opening the sentence is capitalised, and is no
// name): the group noun is the mention's head. It names no one, so the Speaker's Name
// stays empty (see markUnnamed), and media are a document source with
// Type MISC, as other unnamed media are. Only media,
// organisations and groups of persons are read, so that an object after
// a verb (forderte höhere Löhne) is none.
func (d *doc) bareGroup(i, hi int) (np, bool) {
	if _, det := nomDet[d.low(i)]; det || phraseWord[d.low(i)] || notSpeaker[d.low(i)] {
		return np{}, false // an article or pronoun: the phrase has a determiner
	}
	j := i
	for j < hi && j < i+3 && d.inQuote[j] < 0 && d.toks[j].Kind == text.Word && d.entAt[j] < 0 {
		w := d.tok(j)
		// a bare plural subject's adjectives end in -e (arabische
		// Medien); -en is a dative (gegenüber mehreren spanischen
		// Medien: the addressee)
		if d.isLower(j) && (strings.HasSuffix(w, "e") && adjLike(w) && !phraseWord[w] && !isKonjunktiv(w) && !d.cueVerbWord(j) || groupQuantifier[w]) ||
			j == i && d.sentStart(j) && d.isCapWord(j) && (groupQuantifier[lowerFirst(w)] || strings.HasSuffix(w, "e") && adjLike(lowerFirst(w)) && !sentenceAdverb(w)) ||
			j == i && countNoun[w] {
			j++
			continue
		}
		break
	}
	if j == i || j >= hi || !d.isCapWord(j) || d.inQuote[j] >= 0 || d.entAt[j] >= 0 || j+1 < hi && d.isCap(j+1) && d.inQuote[j+1] < 0 {
		return np{}, false
	}
	quant := groupQuantifier[d.low(i)]
	if w := d.tok(j); !isMedia(w) && !personGroup(w) && !hasSuffixFold(w, []string{"medien", "kräfte", "kreise"}) && (!d.orgWord(j) || !d.isLower(i) && !quant) && !(quant && groupBody[w]) {
		// an organisation noun only after a lower-case first word:
		// Deutsche Bank opening a sentence is a name
		return np{}, false
	}
	if w := d.tok(j); isMedia(w) || hasSuffixFold(w, []string{"medien"}) {
		// media that name no one are a document source (see Speaker)
		return np{first: i, last: j + 1, kind: npDoc, head: j, name: [2]int{-1, -1}, gen: [2]int{-1, -1}}, true
	}
	d.markUnnamed(d.tok(j))
	return np{first: i, last: j + 1, kind: npName, head: -1, name: [2]int{j, j + 1}, gen: [2]int{-1, -1}, g: genderUnknown}, true
}

// bareMedium parses a medium's class noun with no article and the
// medium's name right after it (laut Nachrichtenagentur Reuters, Laut
// Agentur dpa, laut Zeitung „Nordkurier“, Sender NDR zufolge): news style
// drops the article there, and the class noun is part of the mention as
// written while the name after it is the Name (see [nominativeName]).
// With no name after it the noun names no medium in particular, and it is
// not read. The recogniser may tag the class noun as a person (Magazin);
// a name of an organisation that opens with it (Radio Bremen) is left to
// the name reading.
func (d *doc) bareMedium(j, hi int) (np, bool) {
	if j+1 >= hi || !d.isCapWord(j) || d.inQuote[j] >= 0 || d.entAt[j] >= 0 && d.ents[d.entAt[j]].Type != entity.Person || !isMedia(d.tok(j)) {
		return np{}, false
	}
	name, last, ok := d.mediumName(j+1, hi)
	if !ok {
		return np{}, false
	}
	return np{first: j, last: last, kind: npOrg, head: j, name: name, gen: [2]int{-1, -1}}, true
}

// mediumName reads the name of a medium right after its class noun, at
// token k: a name in marks (die Zeitung „Nordkurier“), up to three
// capitalised words (die Nachrichtenagentur Xinhua) or an agency's
// acronym in lower case (die Agentur dpa). It returns the name's tokens
// and the end of the mention.
func (d *doc) mediumName(k, hi int) ([2]int, int, bool) {
	if k >= hi || d.inQuote[k] >= 0 {
		return [2]int{}, 0, false
	}
	if d.toks[k].Kind == text.QuoteMark {
		if c, ok := d.closingName(k, hi); ok {
			return [2]int{k + 1, c}, c + 1, true
		}
		return [2]int{}, 0, false
	}
	e := k
	for e < hi && e < k+3 && d.isCap(e) && d.inQuote[e] < 0 && !stopNoun[d.tok(e)] && !genDet[d.tok(e)] && !lexicon.Stopword(d.low(e)) {
		e++
	}
	if e == k {
		if m, ok := d.lowerSource(k, hi); !ok || m.kind != npOrg {
			return [2]int{}, 0, false
		}
		e++
	}
	return [2]int{k, e}, e, true
}

// groupQuantifier are the words that open a plural group with no article
// (mehrere Zeugen, zahlreiche Anwohner).
var groupQuantifier = map[string]bool{
	"mehrere": true, "einige": true, "viele": true, "manche": true, "zahlreiche": true, "zwei": true, "drei": true, "vier": true,
	"beide": true, "andere": true, "weitere": true, "fünf": true, "zehn": true, "dutzende": true, "hunderte": true,
	"tausende": true,
}

// countNoun are the quantifiers written as nouns, capitalised anywhere in
// the sentence (sagten Hunderte Demonstranten, Tausende Menschen).
var countNoun = map[string]bool{"Dutzende": true, "Hunderte": true, "Tausende": true}

// groupBody are plural nouns of the parties to a matter that speak as a
// group after a quantifier (beide Seiten, andere Quellen, mehrere
// Staaten), though no person or organisation noun names them.
var groupBody = map[string]bool{
	"Seiten": true, "Quellen": true, "Parteien": true, "Staaten": true, "Länder": true, "Regierungen": true,
	"Fraktionen": true, "Verbände": true, "Gewerkschaften": true, "Firmen": true, "Konzerne": true,
}

// roleAnd reports whether token k is und before a second role or person
// noun of the same person (der Künstler und Netzaktivist).
func (d *doc) roleAnd(k, hi int) bool {
	return k+1 < hi && d.tok(k) == "und" && d.isCapWord(k+1) && d.inQuote[k+1] < 0 && d.personNoun(k+1)
}

// roleOnlyAntecedent resolves er/sie at token i, when no named person fits,
// to an unnamed person introduced by a role noun of the pronoun's gender
// shortly before (ein 39-jähriger Landwirt … Er sagte: / die
// Bundeskanzlerin … Sie sagte:): the person the role names if one is known
// (see [doc.roleAntecedent]), else the role noun itself. Only when exactly
// one such role noun of that gender stands in the pronoun's paragraph and
// the one before it, with no named person of either gender after it.
func (d *doc) roleOnlyAntecedent(g gender, i, at, para int, prev []stmt) (string, bool) {
	if g != genderMale && g != genderFemale {
		return "", false
	}
	lo := d.paras[max(0, para-1)].first
	found := -1
	for k := i - 1; k >= lo && k >= i-120; k-- {
		if d.inQuote[k] >= 0 || !d.isCap(k) || d.entAt[k] >= 0 && d.ents[d.entAt[k]].Type == entity.Person {
			if d.entAt[k] >= 0 && d.ents[d.entAt[k]].Type == entity.Person && found < 0 {
				return "", false // a named person stands between
			}
			continue
		}
		rg, ok := d.role(k)
		if !ok || rg != g || k == 0 || !(articleWord[d.tok(k-1)] || d.isLower(k-1) && (adjLike(d.tok(k-1)) || d.ageAdj(k-1))) {
			continue
		}
		if k+1 < len(d.toks) && d.isCap(k+1) && d.inQuote[k+1] < 0 {
			continue // a name follows: a named person, not an unnamed one
		}
		if found >= 0 && !strings.EqualFold(d.tok(found), d.tok(k)) {
			return "", false // two roles of that gender: unclear
		}
		found = k
	}
	if found < 0 {
		return "", false
	}
	if p := d.roleAntecedent(d.tok(found), g, true, found, d.paraOf(found), prev); p != nil {
		return p.name, true
	}
	d.markUnnamed(d.tok(found))
	return d.tok(found), true
}

// genitiveOwner reports whether the capitalised word in -s at token i is
// a genitive name that determines the role phrase after it: lower-case
// adjectives follow, then, after at most one capitalised adjective
// (Regierender), a role or person noun (Berlins früherer Regierender
// Bürgermeister, Jelpkes wissenschaftlicher Mitarbeiter). With no
// adjective the word must be the genitive of a person the text names
// (Jan Kolb … Kolbs Sprecherin) or of a place (Frankreichs Präsident):
// the spokeswoman or the president speaks, not the person or the country
// (before an organisation noun the place stays the speaker: Thailands
// Regierung), and a given name in -s (Andreas) is no genitive.
func (d *doc) genitiveOwner(i, hi int) bool {
	w := d.tok(i)
	if lexicon.Stopword(d.low(i)) || sentenceAdverb(w) || leadPrep[w] {
		return false // Als, Des, Bis: no name
	}
	j := i + 1
	for c := 0; c < 3 && j < hi && d.isLower(j) && adjLike(d.tok(j)) && !phraseWord[d.tok(j)] && !documentDet[d.tok(j)] && d.inQuote[j] < 0; c++ {
		j++
	}
	if j >= hi || d.inQuote[j] >= 0 {
		return false
	}
	if j == i+1 {
		_, known := d.byLast[strings.TrimSuffix(w, "s")]
		if !known && !(d.entAt[i] >= 0 && d.ents[d.entAt[i]].Type == entity.Person) && !(d.placeGenitive(i, hi) && !d.orgWord(j)) || isFirstName(w) {
			return false
		}
	}
	if !d.personNoun(j) && j+1 < hi && d.isCapWord(j) && adjLike(lowerFirst(d.tok(j))) {
		j++
	}
	return j < hi && d.isCapWord(j) && d.personNoun(j)
}

// placeGenitive reports whether token k is a place of one word in the
// genitive (Frankreichs, Thailands): one the recogniser found, or one the
// gazetteer lists that the recogniser took for no person.
func (d *doc) placeGenitive(k, hi int) bool {
	if k >= hi || !d.isCap(k) || d.inQuote[k] >= 0 || !strings.HasSuffix(d.tok(k), "s") {
		return false
	}
	w := d.tok(k)
	if e := d.entAt[k]; e >= 0 && (k+1 < hi && d.entAt[k+1] == e || k > 0 && d.entAt[k-1] == e) {
		return false
	}
	return d.isPlace(k, w[:len(w)-1])
}

// isPlace reports whether name, written at token k, is a place: one the
// recogniser found there, or one the gazetteer lists that the recogniser
// took for no person.
func (d *doc) isPlace(k int, name string) bool {
	e := d.entAt[k]
	if e >= 0 && d.ents[e].Type == entity.Location {
		return true
	}
	n, ok := lexicon.Names().Lookup(name)
	return ok && n.Type == "LOC" && (e < 0 || d.ents[e].Type != entity.Person)
}

// knownPerson reports whether tokens [a, b) name a person: a person
// entity, a given name first, or a surname of a person named in the
// text (byLast).
func (d *doc) knownPerson(a, b int) bool {
	if e := d.entAt[a]; e >= 0 {
		return d.ents[e].Type == entity.Person
	}
	if _, ok := lexicon.FirstName(d.tok(a)); ok {
		return true
	}
	_, ok := d.byLast[d.tok(b-1)]
	return ok
}

// ageAdj reports whether token i is an age adjective (23-jährige,
// 84-jähriger) before a noun: der 23-jährige Sportler.
func (d *doc) ageAdj(i int) bool {
	w := d.tok(i)
	if d.toks[i].Kind != text.Word || !unicode.IsDigit(d.rune(i)) {
		return false
	}
	k := strings.IndexByte(w, '-')
	return k > 0 && adjLike(w) && strings.HasPrefix(w[k+1:], "jährig") // not the noun 47-Jährige
}

// indefiniteMale are the masculine forms of the indefinite article that
// open a phrase for one man or one person of either sex (ein Passant).
var indefiniteMale = map[string]bool{"ein": true, "einem": true, "eines": true}

// agentNoun reports whether w has the ending of a noun for a person by
// what they do or where they live (Anwohner, Passant, Student, Polizist,
// Soldat, Flüchtling, Landwirt, Feuerwehrmann), and is none of the nouns
// for things that share those endings (Dokument, Parlament, Restaurant,
// Computer).
func agentNoun(w string) bool {
	return hasSuffixFold(w, agentSuffix) && !hasSuffixFold(w, thingSuffix) && !isMedia(w) && !isOrgWord(w) && !abstractNoun(w)
}

// agentSuffix are endings of nouns for persons (see agentNoun).
var agentSuffix = []string{"er", "ant", "ent", "ist", "at", "eur", "ling", "wirt", "loge", "graf", "aut", "mann"}

// thingSuffix are endings of nouns for things that agentSuffix would take
// for persons.
var thingSuffix = []string{"ment", "zent", "aurant", "computer", "papier", "wasser", "feuer", "fehler", "inserat", "zertifikat", "resultat", "mandat", "zitat", "apparat", "format", "plakat", "referat", "senat", "rat"}

// mediumIn reports whether a medium's noun stands in tokens [c[0], c[1]).
func (d *doc) mediumIn(c [2]int) bool {
	for i := c[0]; i < c[1]; i++ {
		if isMedia(d.tok(i)) {
			return true
		}
	}
	return false
}

// agePhrase returns the token after an age written out between article
// and noun that starts at token j (der 54 Jahre alte Hafenchef, eine 31
// Jahre junge Frau), or j when none stands there: Jahre is part of the
// attribute, not the phrase's noun.
func (d *doc) agePhrase(j, hi int) int {
	if j+2 >= hi || d.toks[j].Kind != text.Number || d.tok(j+1) != "Jahre" || d.inQuote[j+2] >= 0 {
		return j
	}
	switch d.tok(j + 2) {
	case "alte", "alter", "alten", "junge", "junger", "jungen":
		return j + 3
	}
	return j
}

// closingName returns the closing mark of a name in marks opening at token
// j: at most five capitalised words (or joiners) before it. Names come
// out of the quotation candidates earlier, so their marks are free.
func (d *doc) closingName(j, hi int) (int, bool) {
	for k := j + 1; k < hi && k <= j+6; k++ {
		if d.toks[k].Kind == text.QuoteMark {
			if k+1 < len(d.toks) && d.toks[k+1].Start == d.toks[k].End && (d.toks[k+1].Kind == text.Word || d.tok(k+1) == "-") {
				return 0, false // „Bild“-Zeitung: part of a compound
			}
			if k > j+1 && d.isCap(j+1) && d.inQuote[k] < 0 {
				return k, true
			}
			return 0, false
		}
		if d.toks[k].Kind == text.Word && !d.isCap(k) && !nameJoiner[d.tok(k)] {
			return 0, false
		}
	}
	return 0, false
}

// focusParticle are the particles that may open a sentence before its
// subject (Selbst die Zeitung, Auch der Minister).
var focusParticle = map[string]bool{"selbst": true, "sogar": true, "auch": true, "gerade": true, "nur": true}

// sentenceAdverb reports whether a capitalised sentence-initial word looks
// like an adverb or conjunction rather than a name (Unterdessen, Zudem,
// Dennoch, Gleichzeitig, Möglicherweise).
func sentenceAdverb(w string) bool {
	switch w {
	case "Unterdessen", "Zudem", "Dennoch", "Außerdem", "Inzwischen", "Gleichzeitig", "Später", "Derzeit",
		"Damals", "Bislang", "Bisher", "Trotzdem", "Deshalb", "Daher", "Darum", "Allerdings", "Jedoch",
		"Zuvor", "Danach", "Anschließend", "Nun", "Jetzt", "Heute", "Gestern", "Morgen", "Zuletzt",
		"Zunächst", "Schließlich", "Ebenso", "Ebenfalls", "Auch", "Doch", "Aber", "Und", "Oder", "Denn",
		"So", "Dort", "Hier", "Dabei", "Damit", "Dazu", "Darauf", "Demnach", "Insgesamt", "Weiterhin",
		"Mittlerweile", "Erst", "Noch", "Immer", "Bereits", "Schon", "Offenbar", "Vermutlich",
		"Laut", "Nach", "Wie", "Als", "Wenn", "Während", "Seit", "Bei", "Am", "Im", "In", "Auf", "Mit", "Für",
		"Hierzu", "Hierbei", "Hierfür", "Hiermit", "Hierauf", "Hierüber", "Dafür", "Dagegen", "Darüber",
		"Daraufhin", "Deswegen", "Ferner", "Überdies", "Hingegen", "Stattdessen", "Indes", "Folglich",
		"Insbesondere", "Aktuell", "Sinngemäß", "Wörtlich", "Konkret", "Ausdrücklich", "Darin", "Daran",
		"Davon", "Darunter", "Letzte", "Letzten", "Vergangene", "Vergangenen", "Kommende", "Nächste":
		return true
	}
	// Adjectives used as adverbs end so too (Offiziell, Höhnisch,
	// Einschlägig, Eventuell, Wahrscheinlich); nameEvidence keeps a name.
	for _, s := range []string{"dessen", "weise", "mals", "dings", "falls", "zeitig", "erdem", "erhin", "rend", "tend", "gend", "zend", "ßend", "fend", "kend", "chend", "elang", "ndlich", "ntlich", "ständlich", "erlich", "ächlich", "ütlich",
		"isch", "iell", "uell", "ig", "lich", "bar", "sam", "haft", "iv"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// leadPrep are prepositions that open a sentence with a phrase that is no
// speaker, even before a name (Gegenüber NDR Info, Bei Siemens).
var leadPrep = map[string]bool{
	"Gegenüber": true, "Laut": true, "Nach": true, "Bei": true, "Beim": true, "Am": true, "Im": true,
	"In": true, "Auf": true, "Mit": true, "Für": true, "Seit": true, "Während": true, "Zum": true,
	"Zur": true, "Über": true, "Unter": true, "Aus": true, "Gegen": true, "Trotz": true,
	"Wegen": true, "Angesichts": true, "Neben": true, "Vor": true, "Ohne": true, "Durch": true,
}

// nameEvidence reports whether the capitalised word at token i can be a
// noun or name and not just a sentence-initial adverb: the recogniser
// tagged it, it is a first name or role, it is followed by more
// capitalised words, or it is capitalised somewhere inside a sentence.
func (d *doc) nameEvidence(i int) bool {
	if d.entAt[i] >= 0 {
		return true
	}
	w := d.tok(i)
	if _, ok := lexicon.FirstName(w); ok {
		return true
	}
	if _, ok := d.role(i); ok {
		return true
	}
	if i+1 < len(d.toks) && d.isCap(i+1) {
		return true
	}
	if d.midCap == nil {
		d.midCap = make(map[string]bool)
		for k := range d.toks {
			if d.isCap(k) && !d.sentStart(k) {
				d.midCap[d.tok(k)] = true
			}
		}
	}
	return d.midCap[w]
}

// femaleNoun reports whether w is a feminine person noun in -in
// (Anklägerin, Kanadierin, Gewerkschafterin, Kollegin).
func femaleNoun(w string) bool {
	// every ending below ends in n, and only n and N lower-case to n: other
	// words skip ToLower and its allocation
	if w == "" || w[len(w)-1] != 'n' && w[len(w)-1] != 'N' {
		return false
	}
	lw := strings.ToLower(w)
	if len(lw) < 7 {
		return false
	}
	for _, s := range []string{"erin", "tin", "gin", "fin", "din", "nin", "sin", "kin", "pin", "bin"} {
		if strings.HasSuffix(lw, s) {
			switch {
			case strings.HasSuffix(lw, "ein"), strings.HasSuffix(lw, "zin"), strings.HasSuffix(lw, "medizin"), strings.HasSuffix(lw, "termin"), strings.HasSuffix(lw, "benzin"), strings.HasSuffix(lw, "kamin"), strings.HasSuffix(lw, "vitamin"), strings.HasSuffix(lw, "protein"), strings.HasSuffix(lw, "insulin"), strings.HasSuffix(lw, "disziplin"), strings.HasSuffix(lw, "berlin"), strings.HasSuffix(lw, "kremlin"), strings.HasSuffix(lw, "turin"):
				return false
			}
			return true
		}
	}
	return false
}

// complement parses a genitive (des Ministeriums, der Polizei) or a von
// phrase (von Alibaba) at token k. A medium there (sagte der Minister der
// Zeitung) is an addressee, not a complement.
func (d *doc) complement(k, hi int) ([2]int, bool) { return d.complementOf(k, hi, false) }

// complementOf is complement; with speech set, the complement of a speech
// noun: a medium counts too (ein Bericht der Nachrichtenagentur Reuters),
// and so does a genitive with no article (nach Ansicht einiger Juristen,
// nach Meinung Russlands).
func (d *doc) complementOf(k, hi int, speech bool) ([2]int, bool) {
	if k >= hi || d.inQuote[k] >= 0 {
		return [2]int{}, false
	}
	w := d.tok(k)
	if speech && !genDet[w] && w != "von" && w != "vom" {
		j := k
		for c := 0; c < 3 && j < hi && d.isLower(j) && strings.HasSuffix(d.tok(j), "er") && adjLike(d.tok(j)) && d.inQuote[j] < 0; c++ {
			j++ // einiger, vieler, politischer
		}
		if j >= hi || !d.isCap(j) || d.inQuote[j] >= 0 || j == k && !strings.HasSuffix(d.tok(j), "s") {
			return [2]int{}, false
		}
		e := j + 1
		for e < hi && e-j < 4 && d.isCap(e) && d.inQuote[e] < 0 && !stopNoun[d.tok(e)] {
			e++
		}
		return [2]int{j, e}, true
	}
	if !genDet[w] && w != "von" && w != "vom" && !quantGen[w] {
		return [2]int{}, false
	}
	j := k + 1
	if w == "von" && j < hi && (d.tok(j) == "der" || d.tok(j) == "dem") {
		j++
	}
	if quantGen[w] {
		// Vertreter aller im Bundestag vertretenen Parteien: a
		// quantifier, maybe an extended attribute, then the plural
		j = d.extendedAttribute(j, hi)
	}
	// adjectives and numbers: der drei Organisationen, der 27 Staaten
	// (not von 5,57 Prozent: a quantity, no one)
	for c := 0; c < 3 && j < hi && d.inQuote[j] < 0 && (d.isLower(j) && (adjLike(d.tok(j)) || numberWord[d.tok(j)]) || genDet[w] && d.toks[j].Kind == text.Number); c++ {
		j++
	}
	if j < hi && d.toks[j].Kind == text.QuoteMark && d.inQuote[j] < 0 {
		// a name in marks: vom „Queer Beograd“ Kollektiv, von der
		// „Aktion Deutschland hilft“ (an organisation's name may hold
		// lower-case words)
		if c, ok := d.nameInMarks(j, hi); ok {
			e := c + 1
			for e < hi && e-c <= 2 && d.isCapWord(e) && d.inQuote[e] < 0 && !stopNoun[d.tok(e)] {
				e++
			}
			return [2]int{j, e}, true
		}
	}
	if j >= hi || !d.isCap(j) || d.inQuote[j] >= 0 {
		return [2]int{}, false
	}
	if !speech && w != "von" && w != "vom" && (isMedia(d.tok(j)) || stopNoun[d.tok(j)]) {
		return [2]int{}, false
	}
	e := j + 1
	for e < hi && e-j < 4 && d.isCap(e) && d.inQuote[e] < 0 && !stopNoun[d.tok(e)] && !lexicon.Stopword(d.low(e)) {
		e++
	}
	if e == j+1 && isMedia(d.tok(j)) {
		// der Zeitung „Kieler Bote“, der Agentur dpa: the medium's name
		// in marks or in lower case
		if _, last, ok := d.mediumName(e, hi); ok {
			e = last
		}
	}
	for e < hi && e-j < 8 && d.entAt[e] >= 0 && d.entAt[e] == d.entAt[e-1] {
		e++ // the rest of a recognised name: der Bundesagentur für Arbeit
	}
	for e+1 < hi && e-j < 6 && romanceJoiner[d.tok(e)] && d.isWord(e+1) && d.inQuote[e+1] < 0 {
		// des Front de gauche, der Banca di Roma, des Partido de los
		// Trabajadores: a foreign name runs on over its lower-case
		// articles and prepositions, and may end in a lower-case word
		e += 2
		for e < hi && e-j < 8 && d.isCap(e) && d.inQuote[e] < 0 && !stopNoun[d.tok(e)] {
			e++
		}
	}
	if (w == "von" || w == "vom") && e < hi && d.toks[e].Kind == text.QuoteMark && d.inQuote[e] < 0 && (d.orgWord(e-1) || isMedia(d.tok(e-1))) {
		// Jan Kolb vom Verein „Hilfe für alle“: the organisation noun
		// and its name in marks say where the person belongs (a
		// genitive's name in marks is read by the callers, which take
		// it as the Name)
		if c, ok := d.nameInMarks(e, hi); ok {
			e = c + 1
		}
	}
	return [2]int{j, e}, true
}

// nameInMarks is closingName for a name in marks after an organisation
// noun or a von/genitive article, where the context already says a name
// stands: after a capitalised first word, lower-case words may follow
// (die „Aktion Deutschland hilft“, der Verein „Hilfe für alle“).
// Quotations have inQuote set, so only marks the extractor left as a
// name are read.
func (d *doc) nameInMarks(j, hi int) (int, bool) {
	if k, ok := d.closingName(j, hi); ok {
		return k, true
	}
	if j+1 >= hi || !d.isCap(j+1) || d.inQuote[j+1] >= 0 {
		return 0, false
	}
	for k := j + 2; k < hi && k <= j+6; k++ {
		switch {
		case d.toks[k].Kind == text.QuoteMark:
			if d.inQuote[k] >= 0 || k+1 < len(d.toks) && d.toks[k+1].Start == d.toks[k].End && (d.toks[k+1].Kind == text.Word || d.tok(k+1) == "-") {
				return 0, false
			}
			return k, true
		case d.toks[k].Kind != text.Word || d.inQuote[k] >= 0:
			return 0, false
		}
	}
	return 0, false
}

// romanceJoiner are the lower-case words inside French, Italian, Spanish
// and Portuguese names (Front de gauche, Banca di Roma); German function
// words are not among them, so a German genitive still ends at its noun.
var romanceJoiner = map[string]bool{
	"de": true, "du": true, "del": true, "della": true, "di": true, "do": true,
	"dos": true, "la": true, "le": true, "les": true, "los": true, "las": true, "y": true,
}

// quantGen are the quantifiers that open a genitive plural complement
// (Vertreter aller Parteien, Sprecher beider Verbände).
var quantGen = map[string]bool{"aller": true, "beider": true, "mehrerer": true, "zahlreicher": true}

// adjLike reports whether a lower-case word can be an attributive
// adjective or participle (designierte, chinesischen, stellvertretende).
func adjLike(w string) bool {
	for _, s := range []string{"e", "en", "er", "es", "em"} {
		if strings.HasSuffix(w, s) {
			switch w {
			case "sagte", "habe", "hatte", "werde", "wurde", "sagen", "haben", "werden", "sehe", "gebe", "heute", "gerne", "ohne", "gegen", "unter", "über", "hinter", "oder", "aber", "wieder", "immer", "sehr", "mehr", "weiter", "später", "bereits", "zuvor", "dabei", "daher", "schon", "einen", "dem", "den":
				return false
			}
			return true
		}
	}
	return false
}

// person is a candidate antecedent for pronouns and role nouns.
type person struct {
	pos     int // token index of the mention
	para    int
	name    string
	typ     entity.Type
	g       gender
	roles   []string // role nouns seen next to the name
	subject bool     // the mention opens its sentence
	speaker bool     // a resolved speaker of an earlier statement
	// described marks a speaker named only by a role noun (die Chefin),
	// whom a different role noun does not refer back to.
	described bool
	mention   wortlaut.Span
}

// splitAgents splits a person entity the recogniser made of a name and
// the agent of passive zitiert after it (wie Jan Kolb von Nordradio
// zitiert wird: one entity "Jan Kolb von Nordradio"): the von phrase
// names the medium that quotes the person (see [doc.agentVon]), so the
// person's tokens and name end before von, and the words after von and
// its article are an organisation of their own. The caller's entities are
// not changed: d.ents is copied before the first split.
func (d *doc) splitAgents() {
	copied := false
	for i := 1; i < len(d.toks); i++ {
		e := d.entAt[i]
		if e < 0 || d.entAt[i-1] != e || d.ents[e].Type != entity.Person || d.sentOf[i] < 0 || !d.agentVon(i, int(d.sents[d.sentOf[i]].last)) {
			continue
		}
		a, b := i-1, i+1
		for a > 0 && d.entAt[a-1] == e {
			a--
		}
		for b < len(d.toks) && d.entAt[b] == e {
			b++
		}
		if !copied {
			d.ents = slices.Clone(d.ents)
			copied = true
		}
		if d.ents[e].Name == d.src[d.toks[a].Start:d.toks[b-1].End] {
			d.ents[e].Name = d.src[d.toks[a].Start:d.toks[i-1].End]
		}
		d.entAt[i] = -1
		j := i + 1
		if j < b && articleWord[d.tok(j)] {
			d.entAt[j] = -1
			j++
		}
		if j < b {
			sp := wortlaut.Span{Start: d.toks[j].Start, End: d.toks[b-1].End}
			org := int32(len(d.ents))
			d.ents = append(d.ents, entity.Entity{Name: d.src[sp.Start:sp.End], Type: entity.Organization,
				Mentions: []entity.Mention{{Span: sp, Text: d.src[sp.Start:sp.End], Type: entity.Organization}}})
			for ; j < b; j++ {
				d.entAt[j] = org
			}
		}
		i = b - 1
	}
}

// byline reports whether sentence s is an author's byline, a paragraph of
// its own among the first three that reads Von, names and perhaps an
// agency (Von Jan Kolb, dpa; Von Eva Lind und Jan Kolb): the article's
// author, never a person its statements speak of.
func (d *doc) byline(s sent) bool {
	p := d.paras[s.para]
	if s.para > 2 || s.first != p.first || s.last != p.last || s.last-s.first < 3 || s.last-s.first > 10 || d.tok(s.first) != "Von" {
		return false
	}
	for i := s.first + 1; i < s.last; i++ {
		w := d.tok(i)
		switch {
		case d.inQuote[i] >= 0:
			return false
		case d.isCap(i), w == ",", w == "/", w == "und":
		case d.isLower(i) && utf8.RuneCountInString(w) <= 5 && !lexicon.Stopword(w):
			// dpa, afp: an agency in lower case
		default:
			return false
		}
	}
	return true
}

// collectPersons finds person mentions outside quotations: entity
// mentions of persons and, so that pronouns resolve without a tagger too,
// role nouns or known first names followed by a capitalised name.
func (d *doc) collectPersons() {
	d.splitAgents()
	d.byLast = make(map[string]string)
	for _, e := range d.ents {
		if e.Type != entity.Person {
			continue
		}
		name := entName(e)
		if i := strings.LastIndexByte(name, ' '); i > 0 {
			if _, ok := d.byLast[name[i+1:]]; !ok {
				d.byLast[name[i+1:]] = name
			}
		}
	}
	// First name + surname anywhere outside quotations: Jack Ma.
	for i := 1; i < len(d.toks); i++ {
		if d.inQuote[i] >= 0 || !d.isCap(i) || !d.isCap(i-1) || d.toks[i-1].End+1 < d.toks[i].Start {
			continue
		}
		if _, ok := lexicon.FirstName(d.tok(i - 1)); ok {
			if _, ok := d.byLast[d.tok(i)]; !ok {
				d.byLast[d.tok(i)] = d.tok(i-1) + " " + d.tok(i)
			}
		}
	}
	seen := make([]bool, len(d.toks))
	for si, s := range d.sents {
		if d.byline(s) {
			continue // the author is no one the article's er refers to
		}
		for i := s.first; i < s.last; i++ {
			if d.inQuote[i] >= 0 || seen[i] {
				continue
			}
			if e := d.entAt[i]; e >= 0 {
				ent := d.ents[e]
				j := i
				for j < s.last && d.entAt[j] == e {
					j++
				}
				if ent.Type != entity.Person {
					goto pattern
				}
				for x := i; x < j; x++ {
					seen[x] = true
				}
				p := person{pos: i, para: s.para, name: entName(ent), typ: entity.Person, g: entGender(ent), subject: d.subjectAt(i, s), mention: d.span(i, j)}
				if p.g == genderUnknown {
					p.g = nameGender(ent.Name)
				}
				if _, ok := d.role(i); ok && j-i > 1 {
					p.roles = append(p.roles, d.tok(i))
				}
				if i > s.first {
					if g, ok := d.role(i - 1); ok {
						p.roles = append(p.roles, d.tok(i-1))
						if p.g == genderUnknown {
							p.g = g
						}
					}
				}
				if r := d.appositionRole(j, s.last); r >= 0 {
					p.roles = append(p.roles, d.tok(r))
				}
				if r := d.roleBeforeApposition(i, s.first); r >= 0 {
					p.roles = append(p.roles, d.tok(r))
				}
				d.addPerson(p)
				i = j - 1
				continue
			}
		pattern:
			if !d.isCap(i) {
				continue
			}
			var roles []string
			g := genderUnknown
			j := i
			for j < s.last && d.isCap(j) && d.inQuote[j] < 0 {
				rg, ok := d.role(j)
				if !ok {
					break
				}
				roles = append(roles, d.tok(j))
				if rg != genderUnknown {
					g = rg
				}
				j++
			}
			k := j
			if k >= s.last || !d.isCap(k) || d.inQuote[k] >= 0 || stopNoun[d.tok(k)] || len(roles) > 0 && d.placeGenitive(k, s.last) {
				continue // der Außenminister Deutschlands: no name (see npAt)
			}
			fg, first := lexicon.FirstName(d.tok(k))
			switch d.tok(k) {
			case "Frau":
				fg, first = lexicon.Female, true
			case "Herr", "Herrn":
				fg, first = lexicon.Male, true
			}
			if len(roles) == 0 && !first {
				continue
			}
			e := k
			for e < s.last && e-k < 4 && d.isCap(e) && d.inQuote[e] < 0 && !stopNoun[d.tok(e)] && !lexicon.Stopword(d.low(e)) {
				if _, ok := d.role(e); ok && e > k {
					break
				}
				e++
			}
			if first && e-k < 2 && len(roles) == 0 {
				continue
			}
			if fgg := fromLexicon(fg); first && (g == genderUnknown || fgg != genderUnknown) {
				// Der Abgeordnete Jan Kolb: a first name of known gender
				// outweighs a role noun in -e, which may be either
				g = fgg
			}
			nameFirst := k
			if d.tok(k) == "Frau" || d.tok(k) == "Herr" || d.tok(k) == "Herrn" {
				nameFirst = k + 1
			}
			if nameFirst >= e {
				continue
			}
			for x := i; x < e; x++ {
				seen[x] = true
			}
			name := d.src[d.toks[nameFirst].Start:d.toks[e-1].End]
			if e-nameFirst >= 2 {
				if _, ok := d.byLast[d.tok(e-1)]; !ok {
					d.byLast[d.tok(e-1)] = name
				}
			}
			if r := d.appositionRole(e, s.last); r >= 0 {
				roles = append(roles, d.tok(r))
			}
			if r := d.roleBeforeApposition(i, s.first); r >= 0 && len(roles) == 0 {
				roles = append(roles, d.tok(r))
			}
			d.addPerson(person{pos: nameFirst, para: s.para, name: d.fullName(nameFirst, e), typ: entity.Person, g: g, roles: roles, subject: d.subjectAt(i, s), mention: d.span(nameFirst, e)})
			_ = name
			_ = si
			i = e - 1
		}
	}
}

// appositionRole returns the role noun of an apposition after a name
// that ends before token j (Gabriel Lenz, der Justizminister des Landes,
// / Eva Lind, Bürgermeisterin der Stadt, / Ana Ruiz, eine Aktivistin des
// Netzwerks,), or -1: the role the text gives
// that person, which a later der Justizminister refers back to (see
// [doc.roleAntecedent]).
func (d *doc) appositionRole(j, hi int) int {
	if j+1 >= hi || !d.isPunct(j, ",") || d.inQuote[j+1] >= 0 {
		return -1
	}
	r := j + 1
	switch d.tok(r) {
	case "der", "die", "ein", "eine":
		r++
	}
	for c := 0; c < 3 && r < hi && d.isLower(r) && adjLike(d.tok(r)); c++ {
		r++
	}
	if r < hi && d.isCap(r) && d.inQuote[r] < 0 && d.personNoun(r) {
		return r
	}
	return -1
}

// roleBeforeApposition returns the role noun of a role phrase whose
// apposition is the name at token i (der Ministerpräsident des Landes,
// Jan Kolb,), or -1: a comma before the name, and before it the role noun
// heading a nominative phrase, with only genitive or prepositional
// complements up to the comma (see [doc.tailEnd]); lo is the first token
// of the sentence.
func (d *doc) roleBeforeApposition(i, lo int) int {
	if i-2 < lo || !d.isPunct(i-1, ",") {
		return -1
	}
	for r := i - 2; r >= lo && r >= i-10; r-- {
		if d.inQuote[r] >= 0 || d.isPunct(r, ",") {
			return -1
		}
		if _, ok := d.role(r); ok && d.isCap(r) && d.tailEnd(r+1, i-1) == i-1 && d.nominativeHead(r, lo) {
			return r
		}
	}
	return -1
}

// nominativeHead reports whether the noun at token r heads a phrase in
// the nominative: der or die before it, perhaps with lower-case
// adjectives between, or nothing at the sentence start lo. So in der
// Bruder des Papstes, Georg Ratzinger the role in the genitive is not
// Ratzinger's.
func (d *doc) nominativeHead(r, lo int) bool {
	for k := r - 1; k >= lo && k > r-5; k-- {
		switch w := d.tok(k); {
		case w == "der" || w == "die" || w == "Der" || w == "Die":
			return true
		case !d.isLower(k) || !adjLike(w):
			return false
		}
	}
	return r == lo
}

// nominativeName returns an organisation name written after the
// determiner det (der Deutsche Wetterdienst, des Weißen Hauses, dem
// Deutschen Roten Kreuz) in the form it is cited by: its leading
// adjectives with the strong ending of the nominative (Deutscher
// Wetterdienst, Weißes Haus, Deutsches Rotes Kreuz) and, after des, the
// head noun without its genitive ending. The gender a genitive or dative
// leaves open is read from the head noun (see [nounGender]); when it stays
// unknown, or the name opens with no adjective, name is returned as it is.
// A für phrase after the noun is kept as written (Landesamt für Umwelt).
// A medium's class noun before its name is dropped (Nachrichtenagentur
// Reuters → Reuters), but not Radio or Fernsehen, which open names (Radio
// Bremen).
func nominativeName(det, name string) string {
	if before, field, ok := strings.Cut(name, " für "); ok && before != "" {
		// des Landesamtes für Umwelt: the field stays as written, the
		// noun before it is put in the nominative
		if det == "des" && !strings.Contains(before, " ") {
			return genitiveStem(before) + " für " + field
		}
		return nominativeName(det, before) + " für " + field
	}
	words := strings.Fields(name)
	if len(words) < 2 {
		return name
	}
	if isMedia(words[0]) && !strings.EqualFold(words[0], "radio") && !strings.EqualFold(words[0], "fernsehen") && !lexicon.Stopword(strings.ToLower(words[1])) && !genDet[words[1]] {
		// a medium is cited by its name, not by its class noun
		// (Nachrichtenagentur Reuters → Reuters, Agentur dpa → dpa)
		return strings.Join(words[1:], " ")
	}
	if stem := genitiveStem(words[0]); det == "des" && stem != words[0] && (genericOrg[stem] || kindOrg[stem]) && startsUpper(words[1]) {
		// des Instituts Forsa: the class noun before the name is in the
		// genitive, the name is not (Institut Forsa)
		words[0] = stem
		return strings.Join(words, " ")
	}
	weak := strings.HasSuffix(words[0], "e")
	// the adjectives share one ending: in der Deutschen Presse Agentur
	// the noun Presse is none
	n := 0
	for n < len(words)-1 && startsUpper(words[n]) && !strings.Contains(words[n], "-") && (weak && strings.HasSuffix(words[n], "e") || !weak && strings.HasSuffix(words[n], "en")) {
		n++
	}
	if n == 0 {
		return name
	}
	head := words[len(words)-1]
	var ending string // the strong ending for the adjectives
	switch strings.ToLower(det) {
	case "der":
		if weak {
			ending = "er" // der Deutsche Wetterdienst
		} else {
			ending = "e" // der Europäischen Union: a feminine genitive or dative
		}
	case "das":
		if weak {
			ending = "es" // das Weiße Haus
		}
	case "des", "dem":
		if weak {
			return name
		}
		if det == "des" {
			head = genitiveStem(head)
		}
		switch nounGender(head) {
		case genderMale:
			ending = "er"
		case genderNeuter:
			ending = "es"
		}
	}
	if ending == "" {
		return name
	}
	for i := range n {
		words[i] = strings.TrimSuffix(strings.TrimSuffix(words[i], "n"), "e") + ending
	}
	words[len(words)-1] = head
	return strings.Join(words, " ")
}

// genitiveStem removes the genitive ending of a noun (Hauses → Haus,
// Senats → Senat); a noun in -fonds or -ss keeps its s.
func genitiveStem(w string) string {
	switch {
	case strings.HasSuffix(w, "fonds") || strings.HasSuffix(w, "ss"):
		return w
	case strings.HasSuffix(w, "es") && utf8.RuneCountInString(w) > 4:
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && utf8.RuneCountInString(w) > 3:
		return w[:len(w)-1]
	}
	return w
}

// nounGender reads the gender of an organisation's head noun from its
// last part (Wetterdienst, Bundesamt); genderUnknown when the list does
// not know it.
func nounGender(w string) gender {
	lw := strings.ToLower(w)
	for _, s := range []string{"haus", "amt", "institut", "zentrum", "komitee", "gericht", "ministerium", "kreuz", "büro", "werk", "parlament", "museum", "kommando", "präsidium", "sekretariat", "kabinett", "kuratorium", "forum", "bündnis", "gremium", "unternehmen"} {
		if strings.HasSuffix(lw, s) {
			return genderNeuter
		}
	}
	for _, s := range []string{"dienst", "bund", "verband", "rat", "senat", "verein", "konzern", "fonds", "hof", "klub", "club", "kongress", "ausschuss", "sender", "zoll", "staat", "zoo"} {
		if strings.HasSuffix(lw, s) {
			return genderMale
		}
	}
	return genderUnknown
}

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// entName returns the canonical name of entity e, without role words or
// a leading preposition the recogniser may have kept (Finanzvorständin
// Claudia Brenner → Claudia Brenner, von Northbridge Capital →
// Northbridge Capital).
func entName(e entity.Entity) string {
	words := strings.Fields(e.Name)
	for len(words) > 1 {
		w := words[0]
		r := []rune(w)
		if len(r) > 0 && unicode.IsLower(r[0]) && !strings.Contains(w, "-") {
			words = words[1:]
			continue
		}
		if e.Type == entity.Person {
			if _, ok := lexicon.FirstName(w); !ok {
				if _, ok := role(w); ok {
					words = words[1:]
					continue
				}
				if len(words) > 2 {
					if _, ok := lexicon.FirstName(words[1]); ok {
						words = words[1:]
						continue
					}
				}
			}
		}
		break
	}
	if len(words) == len(strings.Fields(e.Name)) {
		return e.Name
	}
	return strings.Join(words, " ")
}

// nameGender reads the gender of a person's name as written: its first
// name, or a role word before it (Finanzvorständin Claudia Brenner).
func nameGender(name string) gender {
	for _, w := range strings.Fields(name) {
		if g, ok := lexicon.FirstName(w); ok {
			return fromLexicon(g)
		}
		if g, ok := role(w); ok && g != genderUnknown {
			return g
		}
		if femaleNoun(w) {
			return genderFemale
		}
	}
	return genderUnknown
}

func entGender(e entity.Entity) gender {
	switch e.Gender {
	case entity.Male:
		return genderMale
	case entity.Female:
		return genderFemale
	}
	return genderUnknown
}

// subjectAt reports whether a mention at token i opens sentence s (after an
// optional adverb or particle, determiner, genitive place and role words:
// Auch Hessens Ministerpräsident Jan Kolb kritisierte …).
func (d *doc) subjectAt(i int, s sent) bool {
	j := s.first
	if j < i && (frameAdverb[d.tok(j)] || focusParticle[d.low(j)]) {
		j++
	}
	for j < i && (d.toks[j].Kind != text.Word || nomDet[d.low(j)] != 0 || d.tok(j) == "Die" || d.tok(j) == "Der") {
		j++
	}
	for j < i && j > s.first && d.isLower(j) && adjLike(d.tok(j)) {
		j++ // Der französische Präsident Emmanuel Macron: adjectives before the role
	}
	if j < i && d.isCap(j) && strings.HasSuffix(d.tok(j), "s") {
		if _, ok := d.role(j + 1); ok {
			j++ // Hessens Ministerpräsident: a genitive before the role
		}
	}
	for j < i {
		if _, ok := d.role(j); !ok {
			break
		}
		j++
	}
	if j != i && i >= 2 && d.isPunct(i-1, ",") {
		// Die Haushaltspolitikerin der Grünen, Anja Hajduk, kritisierte:
		// the name in apposition to the role phrase that opens the sentence
		if r := d.rolePhraseStart(i-1, s.first); r >= 0 && r <= s.first+1 {
			return true
		}
	}
	if j != i && i > s.first+2 {
		// Am Montag traf Kanzler Jan Kolb den Präsidenten: the subject
		// after the verb of a clause that opens with a short phrase
		if n, ok := d.invertedSubject(s.first, s.last); ok && n.first <= i && i < n.last && (n.kind == npName || n.kind == npRole) {
			return true
		}
	}
	return j == i
}

// fullName returns the canonical form of the name in tokens [a, b): the
// entity's name when one covers it, else the longest name in the text
// that ends with the same word (Ma → Jack Ma), with a genitive -s removed.
func (d *doc) fullName(a, b int) string {
	if e := d.entAt[b-1]; e >= 0 && d.ents[e].Type == entity.Person {
		return entName(d.ents[e])
	}
	name := d.src[d.toks[a].Start:d.toks[b-1].End]
	if b-a >= 2 {
		if d.orgWord(b - 1) {
			// Laut dem Statistischen Landesamt: an organisation's
			// adjectives are declined, its name is in the nominative
			return nominativeName(d.detBefore(a), name)
		}
		return name
	}
	last := d.tok(b - 1)
	if full, ok := d.byLast[last]; ok {
		return full
	}
	return name
}

// sentenceSubject returns the subject that opens sentence si before its
// finite verb, when it names a person or organisation (Vertreter aller
// Parteien warnten vor …; Hubert Primus, der …, wies den Vorwurf zurück):
// the one the sentence is about, who speaks on in a Konjunktiv sentence
// after it. A common noun, pronoun or capitalised adverb gives none.
func (d *doc) sentenceSubject(si int) (np, bool) {
	s := d.sents[si]
	i := d.afterDateline(s)
	if i >= s.last {
		return np{}, false // the sentence is all dateline (A(A0))
	}
	if frameAdverb[d.tok(i)] {
		i++
	}
	for v := i; v < s.last && v < i+12 && d.inQuote[v] < 0 && d.toks[v].Kind != text.Punct; v++ {
		if !d.isLower(v) || phraseWord[d.tok(v)] || adjLike(d.tok(v)) && v+1 < s.last && d.isCap(v+1) {
			continue // the words of the first phrase
		}
		switch d.tok(v) {
		case "wurde", "wurden", "wird", "werden":
			// Die Forderungen wurden von Minister Jan Kolb als
			// unrealistisch bezeichnet: in a passive the agent, if any,
			// speaks on; the subject is spoken about.
			return d.passiveAgent(v, s.last)
		}
		break
	}
	n, ok := d.npAt(i, s.last)
	if !ok {
		if m, found := d.invertedSubject(i, s.last); found {
			n, ok = m, true
		}
	}
	if !ok || n.last >= s.last || d.abstractObject(n) {
		return np{}, false
	}
	if n.first > i {
		// the subject after the verb (Langfristig strebt das neue
		// Unternehmen … an): no verb to look for after it
		if n.kind == npRole || n.kind == npOrg || n.kind == npName && d.personName(n) {
			return n, true
		}
		return np{}, false
	}
	switch n.kind {
	case npName:
		if !d.personName(n) && !(d.entAt[n.name[1]-1] >= 0 && d.ents[d.entAt[n.name[1]-1]].Type == entity.Organization) {
			return np{}, false
		}
	case npRole, npOrg:
	case npNoun:
		// Der Iran streitet dies ab: a state or body named with its
		// article, as the recogniser knows it
		if e := d.entAt[n.last-1]; n.head != n.last-1 || e < 0 || d.ents[e].Type != entity.Location && d.ents[e].Type != entity.Organization {
			return np{}, false
		}
	default:
		return np{}, false
	}
	v := n.last
	if v+2 < s.last && d.isPunct(v, "(") {
		// Klaus Kolb (SPD) bedauerte: a party or abbreviation in brackets
		for j := v + 1; j < s.last && j <= v+4 && d.inQuote[j] < 0; j++ {
			if d.isPunct(j, ")") {
				v = j + 1
				break
			}
		}
	}
	if v < s.last && !d.isLower(v) {
		if v = d.afterInsertion(v, s.last); v == n.last {
			return np{}, false
		}
	}
	if v >= s.last || !d.isLower(v) || d.inQuote[v] >= 0 {
		return np{}, false // no verb after the subject (A (B) at the end of the text)
	}
	return n, true
}

// invertedSubject reads the subject of a main clause that opens at token
// i with an adverb or a short prepositional phrase, so that the finite
// verb comes second and its subject after it (Langfristig strebt das
// neue Unternehmen …; Am Mittwochabend kündigte der Ministerpräsident …
// an). A form of werden gives none: its subject is spoken about.
func (d *doc) invertedSubject(i, hi int) (np, bool) {
	if i >= hi {
		return np{}, false // a sentence that is all dateline
	}
	v := i + 1
	w := d.tok(i)
	if openingPrep[w] {
		for v < hi && v < i+4 && (phraseWord[d.tok(v)] || d.isCapWord(v) || d.toks[v].Kind == text.Number || d.toks[v].Kind == text.Ordinal || d.isLower(v) && adjLike(d.tok(v))) && d.inQuote[v] < 0 {
			v++
		}
	} else if lw := lowerFirst(w); !d.isCapWord(i) || d.entAt[i] >= 0 || !(frameAdverb[w] || adverbLike(lw) || hasSuffixFold(lw, []string{"ig", "lich", "weise"})) {
		return np{}, false
	}
	if v+1 >= hi || !d.isLower(v) || d.inQuote[v] >= 0 || phraseWord[d.tok(v)] || adjLike(d.tok(v)) {
		return np{}, false
	}
	switch d.tok(v) {
	case "wird", "wurde", "werden", "wurden", "worden":
		return np{}, false
	}
	k := v + 1
	if d.tok(k) == "sich" {
		k++
	}
	return d.npAt(k, hi)
}

// openingPrep are the prepositions of a phrase of time or place that may
// open a main clause before its verb (Am Mittwochabend kündigte …, In
// einer Fernsehansprache sagte …); laut, nach and gegenüber open frames
// that name a source, and are left out.
var openingPrep = map[string]bool{
	"Am": true, "Im": true, "In": true, "Seit": true, "Bei": true, "Beim": true, "Während": true,
	"Vor": true, "Zum": true, "Zur": true, "Auf": true,
}

// passiveAgent returns the agent of the passive clause whose auxiliary is
// token v: a person or organisation after von or vom before the clause
// ends (wurde von Bundesminister Jan Kolb als falsch bezeichnet).
func (d *doc) passiveAgent(v, hi int) (np, bool) {
	for k := v + 1; k < hi && k < v+12; k++ {
		if d.inQuote[k] >= 0 || d.toks[k].Kind == text.Punct {
			break
		}
		if w := d.tok(k); w != "von" && w != "vom" {
			continue
		}
		if n, ok := d.npLoose(k+1, hi); ok && (n.kind == npName || n.kind == npRole || n.kind == npOrg) {
			return n, true
		}
		break
	}
	return np{}, false
}

// personName reports whether the name of mention n is known to be a
// person's: a role word before it, a given name, or a person entity. A
// capitalised word opening a sentence (Besonders, Ursprünglich) is none.
func (d *doc) personName(n np) bool {
	if n.head >= 0 {
		return true
	}
	a, b := n.name[0], n.name[1]
	if a < 0 {
		return false
	}
	if e := d.entAt[b-1]; e >= 0 && d.ents[e].Type == entity.Person {
		return true
	}
	_, first := lexicon.FirstName(d.tok(a))
	return first
}

// entClass returns the class noun of the organisation mention at token i:
// a word of the mention (Gewerkschaft Verdi, Deutsche Bank) or one of the
// three words before it (dem britischen Sender BBC) that names a kind of
// organisation or a medium, or "" when the text gives none.
func (d *doc) entClass(i int) string {
	e := d.entAt[i]
	j := i
	for j > 0 && d.entAt[j-1] == e {
		j--
	}
	for k := i; k >= j; k-- {
		if w := d.tok(k); classWord(w) {
			return w
		}
	}
	if j > 0 && d.toks[j-1].Kind == text.QuoteMark && d.inQuote[j-1] < 0 {
		j-- // der Zeitung „Nordkurier“: the class before the name's marks
	}
	for k := j - 1; k >= 0 && k >= j-3 && d.inQuote[k] < 0; k-- {
		if w := d.tok(k); classWord(w) {
			return w
		} else if !d.isLower(k) || !adjLike(w) {
			break
		}
	}
	return ""
}

// textClass is entClass for a speaker mention as written (der
// Nachrichtenagentur Reuters).
func textClass(s string) string {
	for _, w := range strings.Fields(s) {
		if classWord(w) {
			return w
		}
		// Polizeiangaben, UNO-Sprecher: the organisation inside a
		// compound of a speech or spokesperson noun is the class, so that
		// des Instituts does not refer back to the Polizei
		lw := strings.ToLower(w)
		for _, suf := range compoundSource {
			if p, ok := strings.CutSuffix(lw, suf); ok && p != "" {
				if c := w[:len(p)]; classWord(strings.TrimSuffix(c, "-")) {
					return strings.TrimSuffix(c, "-")
				}
			}
		}
	}
	return ""
}

// compoundSource are the speech and spokesperson nouns that compounds
// name an organisation before (Polizeiangaben, Polizeisprecherin).
var compoundSource = []string{"angaben", "sprecher", "sprecherin", "mitteilung", "erklärung", "bericht", "berichten", "meldung"}

func classWord(w string) bool {
	return w != "" && unicode.IsUpper([]rune(w)[0]) && (genericOrg[w] || isMedia(w) || isOrgWord(w))
}

// kindOrg are the generic organisation nouns of a kind that a bare name
// does not tell: they refer back only to an organisation whose class
// says it.
var kindOrg = map[string]bool{
	"Institut": true, "Universität": true, "Klinik": true, "Zoo": true, "Gericht": true, "Sender": true,
	"Airline": true, "Fluggesellschaft": true, "Bank": true, "Stiftung": true, "Ministerium": true,
	"Behörde": true, "Klub": true, "Club": true, "Verein": true,
}

// publicSuffix are the heads of organisations that are no company: das
// Unternehmen does not refer back to them.
var publicSuffix = []string{
	"partei", "gewerkschaft", "gericht", "universität", "behörde", "ministerium", "verband", "verein",
	"stiftung", "bündnis", "regierung", "polizei", "kommission", "parlament", "fraktion", "armee",
	"amt", "stadt", "gemeinde", "rat", "senat", "staatsanwaltschaft", "feuerwehr", "bundeswehr",
}

// orgFits reports whether a generic organisation noun (das Unternehmen,
// der Gewerkschaft) can refer back to the organisation name of class
// class (see [doc.entClass]). A bare name (Verdi, Siemens, CDU) says its
// kind only when it is a party or union everyone knows (see [knownKind]);
// otherwise only a noun that any organisation or any company may be
// called (die Organisation, das Unternehmen) refers back to it, never one
// of a kind (die Gewerkschaft, die Partei, das Institut), since die
// Gewerkschaft after die CDU is another organisation. With a class, the
// class must be a compound of the noun (die Dienstleistungsgewerkschaft
// Verdi … die Gewerkschaft), a company for a company noun (das Institut
// Forsa is no Firma), anything but a medium for Organisation, and a medium
// only for a medium noun. So die Forderung der Gewerkschaft never gives the
// broadcaster named just before (dem britischen Sender BBC).
func orgFits(noun, class, name string) bool {
	if class == "" {
		class = knownKind[name]
	}
	if c := nameClass(name); class == "" || c == "Verein" {
		class = c // FC Bayern: the abbreviation is the class, not a word FC
	}
	nl := strings.ToLower(trimGenitiveOrg(noun))
	if class == "" {
		return broadOrg[nl] || companyNoun[nl]
	}
	cl := strings.ToLower(trimGenitiveOrg(class))
	switch {
	case strings.HasSuffix(cl, nl), cl == "verein" && (nl == "klub" || nl == "club"):
		return true
	case isMedia(class):
		return isMedia(noun)
	case broadOrg[nl]:
		return true
	case companyNoun[nl]:
		return companyClass(cl)
	}
	return false
}

// nameClass returns the class an organisation's own name says when no
// class word stands before it: the head noun in the name (Statistisches
// Bundesamt, Institut für Demoskopie Allensbach; das Unternehmen does not
// refer back to them) or a club's abbreviation (FC Bayern, VfB Stuttgart: der Verein),
// else "".
func nameClass(name string) string {
	ws := strings.Fields(name)
	if len(ws) == 0 {
		return ""
	}
	switch ws[0] {
	case "FC", "SC", "SV", "VfB", "VfL", "TSV", "TSG", "SpVgg", "FSV", "BSC", "SG", "1.":
		return "Verein"
	}
	for _, w := range ws {
		lw := strings.ToLower(w)
		for _, suf := range nameHeads {
			if strings.HasSuffix(lw, suf) {
				return w
			}
		}
	}
	return ""
}

// nameHeads are the endings of an organisation name's head that say its
// kind (Bundesamt, Verkehrsministerium, Landgericht, Bundespolizei,
// Robert-Koch-Institut, Zoo Leipzig). Stadt and Rat are left out: they end place and
// person names too (Darmstadt, Konrad).
var nameHeads = []string{
	"amt", "ministerium", "gericht", "gerichtshof", "partei", "polizei", "institut", "behörde", "gewerkschaft",
	"universität", "verband", "kommission", "parlament", "staatsanwaltschaft", "feuerwehr", "bundeswehr",
	"regierung", "stiftung", "verein", "zoo", "klinik", "museum",
}

// broadOrg are the generic nouns any organisation but a medium may be
// called.
var broadOrg = map[string]bool{"organisation": true, "institution": true, "gruppe": true}

// companyNoun are the generic nouns of a company.
var companyNoun = map[string]bool{
	"unternehmen": true, "konzern": true, "firma": true, "hersteller": true, "gesellschaft": true,
	"autobauer": true, "versicherer": true, "händler": true,
}

// companyClass reports whether the lower-case class word cl names a
// company: a company noun at the end of a compound (Autokonzern,
// Fluggesellschaft, Modehändler), a bank or a legal form (AG, GmbH).
func companyClass(cl string) bool {
	for n := range companyNoun {
		if strings.HasSuffix(cl, n) {
			return true
		}
	}
	switch cl {
	case "ag", "se", "gmbh", "kg", "inc", "ltd", "co", "corp", "plc", "sa", "spa", "nv":
		return true
	}
	return strings.HasSuffix(cl, "bank") || strings.HasSuffix(cl, "airline") || strings.HasSuffix(cl, "reederei")
}

// knownKind gives the class of the parties, unions and federations of the
// German-speaking countries and of world sport that news names bare (die
// CDU, Verdi, die FIFA): die Partei refers back to a party, die
// Gewerkschaft to a union, der Verband to a federation. Other bare names
// have no kind.
var knownKind = map[string]string{
	"CDU": "Partei", "CSU": "Partei", "SPD": "Partei", "FDP": "Partei", "AfD": "Partei", "Grüne": "Partei",
	"Grünen": "Partei", "Linke": "Partei", "Die Linke": "Partei", "BSW": "Partei", "ÖVP": "Partei",
	"SPÖ": "Partei", "FPÖ": "Partei", "NEOS": "Partei", "SVP": "Partei", "FDP.Die Liberalen": "Partei",
	"NPD": "Partei", "Freie Wähler": "Partei",
	"Verdi": "Gewerkschaft", "IG Metall": "Gewerkschaft", "IG BCE": "Gewerkschaft", "GEW": "Gewerkschaft",
	"GDL": "Gewerkschaft", "EVG": "Gewerkschaft", "DGB": "Gewerkschaft", "NGG": "Gewerkschaft",
	"Vereinigung Cockpit": "Gewerkschaft", "Marburger Bund": "Gewerkschaft", "UFO": "Gewerkschaft",
	"FIFA": "Verband", "UEFA": "Verband", "DFB": "Verband", "DOSB": "Verband", "BDI": "Verband",
	"DIHK": "Verband", "ADAC": "Verein",
}

// appositionName reads the name in apposition after a role phrase n whose
// comma stands at token c (Die Sprecherin der IG Metall, Hanna Roth, …)
// and extends n over it; it reports whether it found one.
func (d *doc) appositionName(n *np, c, hi int) bool {
	if c+2 >= hi || !d.isPunct(c, ",") || d.inQuote[c+1] >= 0 {
		return false
	}
	a := c + 1
	if a < hi && (d.tok(a) == "der" || d.tok(a) == "die") {
		// Das Staatsoberhaupt Neuseelands, die britische Königin
		// Elisabeth II.: article, adjectives and role before the name
		r := a + 1
		for r < hi && r < a+4 && d.isLower(r) && adjLike(d.tok(r)) {
			r++
		}
		// r+1 < hi first: the words may run to the end of the sentence
		if r+1 < hi && d.inQuote[r] < 0 && d.isCap(r+1) {
			if _, ok := d.role(r); ok {
				a = r + 1
			}
		}
	}
	e := a
	for e < hi && e-a < 4 && (d.isCap(e) || e > a && d.toks[e].Kind == text.Ordinal || e > a && d.isWord(e) && strings.Contains(d.tok(e), "-")) && !stopNoun[d.tok(e)] {
		e++
	}
	_, first := lexicon.FirstName(d.tok(a))
	// A name that runs into a lower-case word without a comma must
	// start with a given name: in „der Direktor der Behörde, Nordkorea
	// besitze …“ the capitalised word opens the reported clause.
	if e-a >= 1 && (first || e-a >= 2 || d.entAt[a] >= 0) && (e >= hi || d.isPunct(e, ",") || d.isSentEnd(e) || first && d.isWord(e) && d.isLower(e)) {
		n.name = [2]int{a, e}
		n.last = e
		if n.kind == npNoun {
			n.kind = npRole
		}
		return true
	}
	return false
}

// roleTail returns the comma that ends the further complements of a role
// phrase from token k, or k: prepositional phrases with a capitalised noun
// (im Aufsichtsrat, für Arbeit, beim Verband), genitives and a bracketed
// abbreviation, at most 12 tokens, with no verb or lower-case noun
// between.
func (d *doc) roleTail(k, hi int) int {
	if e := d.tailEnd(k, hi); e < hi && e > k && e-k <= 12 && d.inQuote[e] < 0 && d.isPunct(e, ",") {
		return e
	}
	return k
}

// tailEnd returns the first token from k, before hi, that cannot continue
// the further complements of a role phrase (see [doc.roleTail]): at most
// 12 tokens are read.
func (d *doc) tailEnd(k, hi int) int {
	e := k
	for e < hi && e-k <= 12 && d.inQuote[e] < 0 {
		switch {
		case tailPrep[d.tok(e)] && e+1 < hi && (d.isCapWord(e+1) || d.isLower(e+1) && adjLike(d.tok(e+1))):
			e++
		case genDet[d.tok(e)] || d.isCapWord(e) && !stopNoun[d.tok(e)]:
			e++
		case d.isLower(e) && adjLike(d.tok(e)) && e > k && e+1 < hi && d.isCapWord(e+1):
			e++
		case d.tok(e) == "und" && e > k && d.isCapWord(e-1) && e+1 < hi && d.isCapWord(e+1) && d.inQuote[e+1] < 0:
			// der EU-Kommissar für Verkehr und Energie, Jan Kolb: an
			// office's field may join two nouns
			e++
		case d.isPunct(e, "(") || d.isPunct(e, ")"):
			e++
		default:
			return e
		}
	}
	return e
}

// tailPrep are the prepositions that attach a further complement to a
// role phrase (der Vertreter der Arbeitgeber im Aufsichtsrat der
// Bundesagentur für Arbeit).
var tailPrep = map[string]bool{"im": true, "für": true, "beim": true, "in": true, "am": true, "bei": true, "auf": true, "aus": true}

// referredOrg is the Name of a lone generic organisation noun (die
// Behörde, ein Sprecher des Unternehmens, Behördensprecher): the
// organisation it refers back to (see [doc.recentOrg]), or empty when the
// text named none before. Like a role noun, the bare noun is no name to
// group by: two statements of "die Behörde" may be two authorities.
func (d *doc) referredOrg(noun string, at, para int, prev []stmt) string {
	name, _ := d.recentOrg(noun, at, para, prev)
	return name
}

// orgTail returns the end of the name of an organisation whose noun ends
// at token k (Der Verband für Sport (VfS), Das Organisationskomitee (OK)
// der Meisterschaft, die Gewerkschaft der Polizei (GdP)): a für phrase
// with a capitalised noun, then an abbreviation in brackets, before or
// after a genitive (not a medium, which after a verb of saying is its
// addressee: sagte die Gewerkschaft der Zeitung). A genitive with no
// abbreviation stays out (die Polizei der Stadt Kiel): the name is the
// noun's, and [doc.widen] adds the genitive to the mention. The phrase
// must end before a lower-case word, a comma, a colon or the end of the
// sentence, as the name of a subject or of the speaker after its verb
// does; otherwise k is returned and the mention stays the noun. abbr
// tells whether the name holds the bracketed abbreviation.
func (d *doc) orgTail(k, hi int) (end int, abbr bool) {
	e := k
	if e+1 < hi && d.tok(e) == "für" && d.inQuote[e+1] < 0 {
		j := e + 1
		if articleWord[d.tok(j)] || d.tok(j) == "das" {
			j++
		}
		for c := 0; c < 2 && j < hi && d.isLower(j) && adjLike(d.tok(j)) && d.inQuote[j] < 0; c++ {
			j++
		}
		if j < hi && d.isCapWord(j) && d.inQuote[j] < 0 && !stopNoun[d.tok(j)] {
			e = j + 1
		}
	}
	bracket := func(i int) bool {
		return i+2 < hi && d.isPunct(i, "(") && d.toks[i+1].Kind == text.Word && abbreviation(d.tok(i+1)) && d.isPunct(i+2, ")")
	}
	genitive := func(i int) int {
		if c, ok := d.complement(i, hi); ok && d.tok(i) != "von" {
			return c[1]
		}
		return i
	}
	switch g := genitive(e); {
	case bracket(e):
		e, abbr = genitive(e+3), true // Das Organisationskomitee (OK) der Meisterschaft
	case g > e && bracket(g):
		e, abbr = g+3, true // die Gewerkschaft der Polizei (GdP)
	}
	if e == k || e < hi && d.inQuote[e] < 0 && !(d.isLower(e) || d.isPunct(e, ",") || d.isPunct(e, ":") || d.isSentEnd(e)) {
		return k, false
	}
	return e, abbr
}

// abbreviation reports whether w reads as the abbreviation of a name (VfS,
// GdP, OK, PML-N): at most eight letters, two or more of them upper case,
// the first too. A place in brackets (Die Polizei (Kiel)) is none.
func abbreviation(w string) bool {
	upper, n := 0, 0
	for i, r := range w {
		n++
		if unicode.IsUpper(r) {
			upper++
		} else if i == 0 {
			return false
		}
	}
	return n <= 8 && upper >= 2
}
