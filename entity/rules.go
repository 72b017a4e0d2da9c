package entity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/wortlaut/wortlaut/dateline"
	"github.com/wortlaut/wortlaut/internal/lexicon"
	"github.com/wortlaut/wortlaut/internal/text"
)

// roleGender reports whether w is a role or title noun, also as the last
// part of a compound (Bundesaußenministerin, Kremlsprecher, Bahnchef), and
// the gender it signals.
func roleGender(w string) (lexicon.Gender, bool) {
	if g, ok := titles[w]; ok {
		return g, true
	}
	if g, ok := lexicon.Role(w); ok {
		return g, true
	}
	var buf [tailBuf]byte
	for i := 0; ; {
		t, next, ok := nextTail(w, i, buf[:0])
		if !ok {
			return lexicon.Unknown, false
		}
		if g, ok := lexicon.Role(string(t)); ok {
			return g, true
		}
		i = next
	}
}

// titles are abbreviated titles before a name (Dr. Müller, Mr. Krugman);
// like a role noun they are not part of the name.
var titles = map[string]lexicon.Gender{"Dr.": lexicon.Unknown, "Prof.": lexicon.Unknown, "Mr.": lexicon.Male, "Mrs.": lexicon.Female, "Ms.": lexicon.Female}

func role(w string) bool {
	_, ok := roleGender(w)
	return ok
}

// trigger returns the name type that the class noun w introduces, also as
// the last part of a compound (Investmentbank → Bank, Autokonzern).
func trigger(w string) (string, bool) {
	if t, ok := lexicon.Trigger(w); ok {
		return t, true
	}
	var buf [tailBuf]byte
	for i := 0; ; {
		t, next, ok := nextTail(w, i, buf[:0])
		if !ok {
			return "", false
		}
		if typ, ok := lexicon.Trigger(string(t)); ok {
			return typ, true
		}
		i = next
	}
}

// legalForms end a company's full name; the text often drops them later.
var legalForms = map[string]bool{"AG": true, "GmbH": true, "SE": true, "KGaA": true, "Inc": true, "Inc.": true, "Ltd": true, "Ltd.": true, "Corp": true, "Corp.": true, "LLC": true}

// withoutLegalForm returns an organisation's name of three or more words
// without its legal form: Nordwind Energie AG → Nordwind Energie.
func withoutLegalForm(name string) (string, bool) {
	k := strings.LastIndexByte(name, ' ')
	if k < 0 || !legalForms[name[k+1:]] || !strings.Contains(name[:k], " ") {
		return "", false
	}
	return name[:k], true
}

// givenNames extends a one-word person the tagger found by an unknown given
// name before it (den Amerikaner Tommy Walsh): a capitalised word that is
// no common noun, role, function word or known place, inside a sentence,
// and not after an article (a given name takes none).
func (d *doc) givenNames() {
	for k := range d.cands {
		c := &d.cands[k]
		i := c.first - 1
		if c.typ != Person || c.src != fromModel || c.last-c.first != 1 || c.start != d.toks[c.first].Start || i < 0 {
			continue
		}
		if !d.nameLike(i) || d.toks[i].End == d.toks[c.first].Start || d.sentenceStart(i) || d.sentenceStart(c.first) {
			continue
		}
		if i > 0 && articles[d.word(i-1)] {
			continue // „der Jäger Orion“, „dem Surrealisten Ernst“: a noun, not a given name
		}
		w := d.word(i)
		if _, known := d.gaz.Lookup(w); known || allCaps(w) {
			continue
		}
		if _, ok := genitiveStem(w); ok && strings.HasSuffix(w, "s") {
			continue // Alibabas Ma: a genitive before a name is its owner
		}
		d.covered[i] = true
		c.first, c.start = i, d.toks[i].Start
		c.surface = d.join(c.first, c.last)
	}
}

// buildingHeads close a one-word compound that names a building or a
// street: Élysée-Palast, Olympia-Stadion, Willy-Brandt-Straße.
var buildingHeads = map[string]bool{"Palast": true, "Palais": true, "Stadion": true, "Straße": true, "Platz": true, "Allee": true, "Brücke": true, "Tower": true, "Kathedrale": true, "Bahnhof": true, "Flughafen": true, "Arena": true, "Dom": true}

// namedBuildings marks a hyphenated word whose last part is a building's
// head and whose first part is a capitalised word that is not a common
// noun: the whole word is a place's name.
func (d *doc) namedBuildings() {
	for i, t := range d.toks {
		if d.covered[i] || t.Kind != text.Word {
			continue
		}
		w := d.word(i)
		k := strings.IndexByte(w, '-')
		if k <= 0 || !buildingHeads[lastPart(w)] || !isCap(w) || commonNoun(w[:k]) || compoundPrefixes[w[:k]] {
			continue
		}
		d.add(i, i+1, Location, fromRule)
	}
}

// tokenRange returns the tokens [first, last) that overlap bytes [start, end).
func (d *doc) tokenRange(start, end int) (first, last int) {
	first = len(d.toks)
	for i, t := range d.toks {
		if t.Start >= end {
			break
		}
		if t.End > start {
			first = min(first, i)
			last = i + 1
		}
	}
	return first, last
}

// addSpan records the name at bytes [start, end) with a canonical form
// given by the caller; the span may lie inside one token (dpa in dpa/lnw).
func (d *doc) addSpan(start, end int, typ Type, given string) {
	first, last := d.tokenRange(start, end)
	if first >= last {
		return
	}
	if last-first == 1 && (start != d.toks[first].Start || end != d.toks[first].End) {
		d.addPart(first, start, end, typ, fromRule)
	} else if !d.add(first, last, typ, fromRule) {
		return
	}
	c := &d.cands[len(d.cands)-1]
	c.start, c.end, c.surface, c.given = start, end, d.src[start:end], given
}

// dateline marks the places and agencies of the text's dateline (FRANKFURT
// AM MAIN (Reuters) -), with the normalised names the dateline package
// gives them: Frankfurt am Main, Xinhua for Xinhuanet.
func (d *doc) dateline() {
	dl, ok := dateline.Find(d.src)
	if !ok {
		return
	}
	for _, p := range dl.Places {
		d.addSpan(p.Start, p.End, Location, p.Name)
	}
	for _, a := range dl.Agencies {
		end := a.End
		if rest, ok := strings.CutPrefix(a.Text, a.Name); ok && rest != "" {
			if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsLetter(r) {
				end = a.Start + len(a.Name) // dpa of dpa/lnw, not Xinhua of Xinhuanet
			}
		}
		d.addSpan(a.Start, end, Organization, a.Name)
	}
}

// placeLinks join a town and the river or region that tells it from others:
// Frankfurt am Main, Halle an der Saale, Freiburg im Breisgau.
var placeLinks = map[string]bool{"am": true, "an der": true, "im": true, "ob der": true}

// placeSuffixes joins a place, a link word and a capitalised word into one
// place: Frankfurt am Main. Only a place candidate followed by a link and a
// word the tagger or the gazetteer calls a place qualifies.
func (d *doc) placeSuffixes() {
	d.sortCands()
	for k := 0; k+1 < len(d.cands); k++ {
		a, b := d.cands[k], d.cands[k+1]
		if a.typ != Location || b.typ != Location || b.last-b.first != 1 || a.end != d.toks[a.last-1].End {
			continue
		}
		gap := b.first - a.last
		if gap < 1 || gap > 2 {
			continue
		}
		if link := d.join(a.last, b.first); !placeLinks[link] || strings.Count(link, " ")+1 != gap {
			continue
		}
		for i := a.last; i < b.first; i++ {
			d.covered[i] = true
		}
		m := cand{first: a.first, last: b.last, start: a.start, end: b.end, typ: Location, src: a.src}
		m.surface = d.join(m.first, m.last)
		d.cands[k] = m
		d.cands[k+1].typ = 0 // merged; removed below
		k++
	}
	d.cands = slices.DeleteFunc(d.cands, func(c cand) bool { return c.typ == 0 })
}

// acronyms finds a name followed by its acronym in brackets, „Europäische
// Zentralbank (EZB)“, „Eisenbahn- und Verkehrsgewerkschaft (EVG)“: the
// long form is the shortest run of words before the bracket whose letters
// spell the acronym in order, the first at the start of the first word
// (Schwartz and Hearst's rule). It becomes one name, replacing the parts
// the tagger found in it, and every mention of the acronym in the text
// takes the long form as its canonical name.
func (d *doc) acronyms() {
	type long struct{ first, last int }
	var longs []long
	for _, s := range d.sents {
		for i := s.First + 1; i+2 < s.Last; i++ {
			if d.word(i) != "(" || d.word(i+2) != ")" {
				continue
			}
			acr := d.word(i + 1)
			n := utf8.RuneCountInString(acr)
			if !allCaps(acr) || n > 6 || strings.IndexFunc(acr, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
				continue
			}
			if first, ok := d.longForm(acr, max(s.First, i-n-3), i); ok {
				longs = append(longs, long{first, i})
			}
		}
	}
	if len(longs) == 0 {
		return
	}
	inLong := make([]bool, len(d.toks))
	for _, l := range longs {
		for i := l.first; i < l.last; i++ {
			inLong[i] = true
		}
	}
	d.cands = slices.DeleteFunc(d.cands, func(c cand) bool {
		for i := c.first; i < c.last; i++ {
			if inLong[i] {
				for j := c.first; j < c.last; j++ {
					d.covered[j] = false
				}
				return true
			}
		}
		return false
	})
	for _, l := range longs {
		d.addLongForm(l.first, l.last, l.last+1)
	}
}

// longForm returns the first token of the long form of acr among tokens
// [lo, hi).
func (d *doc) longForm(acr string, lo, hi int) (int, bool) {
	a := []rune(strings.ToLower(acr))
	k := len(a) - 1
	for i := hi - 1; i >= lo && k >= 0; i-- {
		w := d.word(i)
		if d.toks[i].Kind != text.Word {
			return 0, false
		}
		lw := []rune(strings.ToLower(w))
		for j := len(lw) - 1; j >= 0 && k >= 0; j-- {
			if lw[j] != a[k] {
				continue
			}
			if k == 0 {
				if j != 0 {
					continue // the first letter must open a word
				}
				if !isCap(w) {
					return 0, false
				}
				return i, true
			}
			k--
		}
	}
	return 0, false
}

// addLongForm makes tokens [first, last), which no candidate covers any
// more, one name and ties the acronym at token acr to it.
func (d *doc) addLongForm(first, last, acr int) {
	typ := Organization
	long := d.join(first, last)
	if g, ok := d.gaz.Lookup(long); ok {
		// The acronym takes the name as listed (Deutsche Wetterdienst after
		// „der“ → Deutscher Wetterdienst), as the long form itself will.
		typ, long = typeOf(g.Type), g.Canonical
	}
	if !d.add(first, last, typ, fromRule) {
		return
	}
	if d.aliases == nil {
		d.aliases = map[string]string{}
	}
	a := d.word(acr)
	if _, ok := d.aliases[a]; !ok {
		d.aliases[a] = long
	}
	if !d.covered[acr] {
		d.add(acr, acr+1, typ, fromRule)
	}
}

// demonym reports whether w is a word derived from a place with -er
// (Kölner, Münchner, Hamburgern, Dresdnerin): an adjective or a person's
// origin, not a name. place reports whether a string is a known place.
func demonym(w string, place func(string) bool) bool {
	for _, suf := range [...]string{"erinnen", "erin", "ern", "ers", "er"} {
		stem, ok := strings.CutSuffix(w, suf)
		if !ok || utf8.RuneCountInString(stem) < 3 {
			continue
		}
		if place(stem) || place(stem+"en") {
			return true
		}
		if s, ok := strings.CutSuffix(stem, "n"); ok && place(s+"en") {
			return true // Münchner ← München, Dresdner ← Dresden
		}
		return false
	}
	return false
}

// dropDemonyms removes one-word names derived from a place named in the
// gazetteer or elsewhere in the text (die Kölner Innenstadt, der Hamburger),
// unless the word itself is a known name.
func (d *doc) dropDemonyms() {
	places := map[string]bool{}
	for _, c := range d.cands {
		if c.typ == Location {
			places[c.surface] = true
			if c.given != "" {
				places[c.given] = true
			}
		}
	}
	place := func(s string) bool {
		if places[s] {
			return true
		}
		g, ok := d.gaz.Lookup(s)
		return ok && g.Type == "LOC"
	}
	kept := d.cands[:0]
	for _, c := range d.cands {
		if c.last-c.first == 1 && c.given == "" {
			if _, known := d.gaz.Lookup(c.surface); !known && demonym(c.surface, place) {
				continue
			}
		}
		kept = append(kept, c)
	}
	d.cands = kept
}

// institutions are nouns that form an organisation's name with the place
// after them: Landgericht Hamburg, Staatsanwaltschaft Köln.
var institutions = map[string]bool{
	"Amtsgericht": true, "Landgericht": true, "Oberlandesgericht": true, "Verwaltungsgericht": true,
	"Oberverwaltungsgericht": true, "Sozialgericht": true, "Landessozialgericht": true, "Arbeitsgericht": true,
	"Landesarbeitsgericht": true, "Finanzgericht": true, "Staatsanwaltschaft": true, "Generalstaatsanwaltschaft": true,
	"Polizeipräsidium": true, "Universität": true, "Hochschule": true, "Stadtwerke": true, "Handelskammer": true,
	"Handwerkskammer": true, "Bezirksregierung": true, "Erzbistum": true, "Bistum": true, "Landeskirche": true,
}

// institutionNames joins an institution noun and the place after it into
// an organisation: „das Landgericht Hamburg“.
func (d *doc) institutionNames() {
	d.sortCands()
	for k := range d.cands {
		c := &d.cands[k]
		i := c.first - 1
		if c.typ != Location || c.last-c.first != 1 || c.start != d.toks[c.first].Start || i < 0 || d.covered[i] || !institutions[d.word(i)] {
			continue
		}
		if d.toks[i].End == d.toks[c.first].Start || d.sentenceStart(c.first) {
			continue
		}
		d.covered[i] = true
		c.first, c.start, c.typ, c.given = i, d.toks[i].Start, Organization, ""
		c.surface = d.join(c.first, c.last)
	}
}

// sentenceStart reports whether token i opens a sentence.
func (d *doc) sentenceStart(i int) bool {
	_, ok := slices.BinarySearchFunc(d.sents, i, func(s text.Sentence, t int) int { return s.First - t })
	return ok
}
