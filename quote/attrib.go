package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/wortlaut/wortlaut/entity"
	"github.com/wortlaut/wortlaut/internal/lexicon"
	"github.com/wortlaut/wortlaut/internal/text"
)

// attr is the attribution of a statement: the cue and the speaker mention,
// either may be missing.
type attr struct {
	cue    *cueHit
	np     *np
	plural bool
	// bare marks a prepositional cue whose phrase names a kind of source
	// but no one in particular (laut aktueller Statistik, ersten Angaben
	// zufolge, nach Polizeiangaben): reported speech with no speaker,
	// unless the noun is a compound of an organisation (Polizeiangaben).
	bare bool
	// noun is the speech noun of a bare cue, or -1.
	noun int
}

func (a attr) ok() bool { return a.cue != nil || a.np != nil }

var auxiliary = map[string]bool{
	"hat": true, "hatte": true, "habe": true, "hätte": true, "wird": true, "wurde": true,
	"ist": true, "war": true, "haben": true, "hatten": true, "werden": true, "wurden": true,
	"sind": true, "waren": true,
	// lassen with a cue infinitive: ließ ein Sprecher verlauten
	"ließ": true, "ließen": true, "lässt": true,
}

// modal are the modal verbs before the subject of a frame whose cue is a
// participle (soll Anelka zu Domenech gesagt haben: „…“).
var modal = map[string]bool{
	"soll": true, "sollen": true, "sollte": true, "will": true, "wollte": true, "muss": true,
	"musste": true, "kann": true, "konnte": true, "dürfte": true, "könnte": true, "möchte": true,
}

// acronymCompound reports whether token i is a noun compounded with a
// lower-case acronym before its hyphen (dpa-Informationen, ots-Meldung):
// a noun, though its first letter is small.
func (d *doc) acronymCompound(i int) bool {
	w := d.tok(i)
	k := strings.IndexByte(w, '-')
	if k < 2 || k > 5 || k+1 >= len(w) || d.inQuote[i] >= 0 || strings.ToLower(w[:k]) != w[:k] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[k+1:])
	return unicode.IsUpper(r)
}

// npLoose parses a noun phrase that may be in any case: the complement of
// laut, gemäß, zufolge (laut dem Minister, der Polizei zufolge).
func (d *doc) npLoose(i, hi int) (np, bool) {
	if i >= hi {
		return np{}, false
	}
	if n, ok := d.possessiveSource(i, hi); ok {
		return n, true // laut ihren Aussagen: a pronoun, not an adjective
	}
	switch d.tok(i) {
	case "dem", "den", "einem", "einen", "des", "eines", "einer", "Dem", "Den", "Einem", "Des":
		if i+2 < hi && d.inQuote[i+1] < 0 && d.speechNounWord(i+1) && (genDet[d.tok(i+2)] || d.tok(i+2) == "von") {
			// laut einem Bericht der Zeitung: the source is in its complement
			return np{first: i, last: i + 2, kind: npNoun, head: i + 1, name: [2]int{-1, -1}, gen: [2]int{-1, -1}}, true
		}
		n, ok := d.npAt(i+1, hi)
		if !ok && i+1 < hi && d.isLower(i+1) && !documentDet[d.tok(i+1)] {
			// laut einer norwegischen Studie: adjectives before the noun
			if n, ok := d.npLoose(i+1, hi); ok && n.kind == npNoun {
				n.first = i
				return n, true
			}
		}
		if !ok || n.kind == npPronoun {
			return np{}, false
		}
		n.first = i
		return n, true
	case "der", "Der":
		// dative or genitive feminine: der Polizei, der Ministerin
		n, ok := d.npAt(i, hi)
		return n, ok
	}
	if (d.isCap(i) || d.acronymCompound(i)) && d.speechNoun(i) {
		return np{first: i, last: i + 1, kind: npNoun, head: i, name: [2]int{-1, -1}, gen: [2]int{-1, -1}}, true
	}
	n, ok := d.npAt(i, hi)
	if ok && n.kind == npPronoun {
		return np{}, false
	}
	if ok && n.kind == npName && n.first == i && n.name[0] == i && n.name[1] == n.last && n.gen[0] < 0 {
		// laut Polizei Vorwürfe erhoben, laut Protokoll Bedenken
		// geäußert: a bare noun after laut takes no second noun in its
		// name; a speech noun after it opens the clause, as its subject
		for k := i + 1; k < n.last; k++ {
			if d.speechNounWord(k) || concernNoun[d.tok(k)] {
				n.last, n.name[1] = k, k
				break
			}
		}
	}
	if ok {
		return n, ok
	}
	// No determiner: adjectives, then the noun (israelischen Medien,
	// ersten Angaben, aktueller Statistik).
	j := i
	for c := 0; c < 3 && j < hi && d.isLower(j) && adjLike(d.tok(j)) && d.inQuote[j] < 0; c++ {
		j++
	}
	if j >= hi || !d.isCap(j) || d.inQuote[j] >= 0 {
		return np{}, false
	}
	if d.speechNoun(j) {
		return np{first: i, last: j + 1, kind: npNoun, head: j, name: [2]int{-1, -1}, gen: [2]int{-1, -1}}, true
	}
	if j == i {
		return np{}, false
	}
	n, ok = d.npAt(j, hi)
	if !ok || n.kind == npPronoun {
		return np{}, false
	}
	n.first = i
	return n, true
}

// concernNoun are plural nouns of doubt that are raised or voiced as
// speech nouns are (Bedenken geäußert, Zweifel laut geworden) and that the
// cue list does not hold as speech nouns.
var concernNoun = map[string]bool{"Bedenken": true, "Zweifel": true, "Sorgen": true, "Befürchtungen": true, "Hinweise": true}

// bare reports whether source phrase n is only a speech noun with no one
// named (ersten Angaben, aktueller Statistik).
func (d *doc) bare(n np) bool {
	return n.kind == npNoun && n.gen[0] < 0 && d.speechNoun(n.head0())
}

// compoundSource returns the source of a bare speech noun at token i that
// frames reported speech (laut einer Studie, ersten Angaben zufolge, nach
// Polizeiangaben): the organisation named inside a compound (Polizeiangaben,
// UNO-Angaben, dpa-Meldung: an organisation word or an acronym before a
// hyphen, or the organisation named last for Unternehmensangaben), else the
// document or medium itself (see [doc.documentSource]). Nil for a noun
// that is no source (Expertenmeinung) or plain Angaben.
func (d *doc) compoundSource(i, para int) *Speaker {
	if sp := d.orgCompound(i, para); sp != nil {
		return sp
	}
	return d.documentSource(i)
}

// orgCompound returns the organisation named inside the compound speech
// noun at token i, or nil.
func (d *doc) orgCompound(i, para int) *Speaker {
	w := d.tok(i)
	lw := d.low(i)
	var prefix string
	if k := strings.LastIndexByte(w, '-'); k > 0 {
		prefix = w[:k]
		if spaced := strings.ReplaceAll(prefix, "-", " "); spaced != prefix && d.orgNamed(spaced) {
			prefix = spaced // IG-Metall-Angaben: the IG Metall of the text
		} else if !isOrgWord(prefix) && strings.ToUpper(prefix) != prefix && strings.ToLower(prefix) != prefix && !d.orgNamed(prefix) {
			return nil // Experten-Angaben; only acronyms (UNO, ai, dpa), organisation words and organisations of the text
		}
	} else {
		for _, s := range []string{"angaben", "mitteilung", "erklärung", "bericht", "berichten", "meldung", "informationen", "aussagen"} {
			if strings.HasSuffix(lw, s) && len(lw) > len(s)+2 {
				prefix = w[:len(w)-len(s)]
				break
			}
		}
		prefix = strings.TrimSuffix(prefix, "s")
		if prefix == "" || !isOrgWord(prefix) {
			return nil
		}
	}
	sp := d.span(i, i+1)
	out := &Speaker{Span: sp, Text: d.src[sp.Start:sp.End], Name: prefix, Type: entity.Organization}
	if genericOrg[prefix] {
		name, ok := d.recentOrg(prefix, i, para, d.prevStmts)
		if !ok {
			return nil
		}
		out.Name = name
	}
	return out
}

// documentSource returns the document or medium a bare speech noun at
// token i names as the source of reported speech (laut einer Studie,
// Medienberichten zufolge, nach ersten Angaben): the noun with its
// determiner and adjectives as written, an empty Name and Type
// entity.Misc. SpkAtt marks that phrase as the source, and a reader
// checking the claim needs it as the evidence; it names no one, so it
// never resolves to a person or organisation. A plain Angaben or a
// statement noun (Meinung, Ansicht, Aussagen) with no owner and no
// adjective is no source a reader could look up: nil.
func (d *doc) documentSource(i int) *Speaker {
	lw := d.low(i)
	first := d.documentStart(i, 0)
	if first == i {
		switch lw {
		case "angaben", "meinung", "ansicht", "auffassung", "aussagen", "darstellung":
			// nach Angaben, nach Meinung: whose is not said (but
			// Expertenmeinung, Zeugenaussagen, anderen Aussagen say it)
			return nil
		}
	}
	sp := d.span(first, i+1)
	return &Speaker{Span: sp, Text: d.src[sp.Start:sp.End], Type: entity.Misc}
}

// documentFrame returns the source phrase [a, b) of a frame that opens a
// sentence (Nach dem Grundgesetz, Laut israelischen Medien, Ersten
// Angaben vom Mittwoch zufolge, Wie die Zeitung berichtete) as a document
// or medium Speaker (see [doc.documentSource]) when the phrase cites a
// document, a finding or a medium and names no person: a name or role
// there is a speaker the rules could not read, and then none is given.
// Demnach, Demzufolge and Dem Vernehmen (nach) refer back to such a source
// and are given as written, as SpkAtt marks them.
func (d *doc) documentFrame(a, b int) *Speaker {
	if b <= a || b-a > 12 || b == a+1 && d.tok(a) == "Angaben" {
		return nil // Nach Angaben: whose is not said
	}
	if b == a+1 && siteName(d.tok(a)) {
		// Wie t-online.de berichtet, laut GGG.at: a news site is a medium
		// that names itself
		sp := d.span(a, b)
		return &Speaker{Span: sp, Text: d.tok(a), Name: d.tok(a), Type: entity.Organization}
	}
	if sp := d.wieSubject(a, b); sp != nil {
		return sp
	}
	if sp := d.pronounZufolge(a, b); sp != nil {
		return sp
	}
	if sp := d.genitiveFrame(a, b); sp != nil {
		return sp
	}
	if w := d.src[d.toks[a].Start:d.toks[b-1].End]; w == "Demnach" || w == "Demzufolge" || w == "Dem Vernehmen" {
		// a frame that points back to the report before it: the words
		// as written, as for an unresolved pronoun
		sp := d.span(a, b)
		return &Speaker{Span: sp, Text: w, Type: entity.Misc}
	}
	cites := false
	for i := a; i < b; i++ {
		if d.isPunct(i, "(") || d.isPunct(i, ")") {
			continue // einer Mitteilung der Schutztruppe (ISAF)
		}
		if d.inQuote[i] >= 0 || d.toks[i].Kind == text.Punct {
			return nil
		}
		w := d.tok(i)
		if _, r := d.role(i); r || d.entAt[i] >= 0 && d.ents[d.entAt[i]].Type == entity.Person {
			return nil
		}
		if _, first := lexicon.FirstName(w); first {
			return nil
		}
		if d.isCap(i) && (d.speechNoun(i) || hasSuffixFold(w, sourceNoun) || isMedia(w) || hasSuffixFold(w, documentWord)) {
			cites = true
		}
	}
	first := d.tok(a)
	if d.sentStart(a) && b > a+1 && adjLike(lowerFirst(first)) {
		first = lowerFirst(first) // Ersten Angaben zufolge: an adjective opening the sentence
	}
	if !cites || d.isCap(a) && first == d.tok(a) && !documentDet[first] && !d.speechNoun(a) && !hasSuffixFold(first, sourceNoun) && !hasSuffixFold(first, documentWord) {
		return nil // a capitalised word first that is no source noun may be a name
	}
	sp := d.span(a, b)
	return &Speaker{Span: sp, Text: d.src[sp.Start:sp.End], Type: entity.Misc}
}

// wieSubject returns the subject of a wie frame, tokens [a, b) between wie
// and its verb of saying, when an article opens it and a recognised
// organisation or person, a name in marks (also as part of a compound:
// die „Bild“-Zeitung) or a name of two or more capitalised words the
// recogniser missed (die Banca Nazionale) follows, with at most a place
// (in Rom) or the edition of a medium (in der Ausgabe vom 17. Mai) and
// adverbs (heute) after it: Wie die Banca d'Italia in Rom bekannt gab, Wie
// die „Aktion Deutschland hilft“ heute mitteilte. Whoever makes something
// known there speaks; the mention is the name with its article, place or
// edition, the Name the name. Nil otherwise.
func (d *doc) wieSubject(a, b int) *Speaker {
	if a < 1 || b-a < 2 || b-a > 14 || d.tok(a-1) != "Wie" && d.tok(a-1) != "wie" || !articleWord[d.tok(a)] {
		return nil
	}
	j := a + 1
	// speaker returns the Speaker when the name ends at e and only a
	// place or edition and adverbs stand between it and the verb
	speaker := func(e int, name string, typ entity.Type) *Speaker {
		if e <= j || e > b {
			return nil
		}
		last := d.editionEnd(e, b) // in der Ausgabe vom 17. Mai
		if last == e && e+1 < b && d.tok(e) == "in" && d.isCap(e+1) && d.inQuote[e+1] < 0 {
			last = e + 2 // in Rom
		}
		for i := last; i < b; i++ {
			if !d.isLower(i) || !adverbLike(d.tok(i)) {
				return nil
			}
		}
		sp := d.span(a, last)
		return &Speaker{Span: sp, Text: d.src[sp.Start:sp.End], Name: name, Type: typ}
	}
	if d.toks[j].Kind == text.QuoteMark && d.inQuote[j] < 0 && j+1 < b && d.isCap(j+1) {
		// a name in marks, which may hold lower-case words (die „Aktion
		// Deutschland hilft“), or the first part of a compound (die
		// „Bild“-Zeitung), which the mention takes whole
		for k := j + 2; k < b && k <= j+7; k++ {
			if d.toks[k].Kind != text.QuoteMark {
				continue
			}
			e := k + 1
			for e < b && e < k+4 && d.toks[e].Start == d.toks[e-1].End && (d.toks[e].Kind == text.Word || d.tok(e) == "-") {
				e++
			}
			sp := d.span(j+1, k)
			return speaker(e, d.src[sp.Start:sp.End], entity.Organization)
		}
		return nil
	}
	if x := d.entAt[j]; x >= 0 && (d.ents[x].Type == entity.Organization || d.ents[x].Type == entity.Person) {
		e := j
		for e < b && d.entAt[e] == x {
			e++
		}
		if sp := speaker(e, entName(d.ents[x]), entType(d.ents[x].Type)); sp != nil {
			return sp
		}
	}
	// die Banca Nazionale, die Banca d'Italia (which the recogniser may
	// miss, cut short or take for a place): capitalised words, or a
	// foreign joiner between them, with no role, organisation or common
	// noun among them that would make the phrase a description (die
	// Polizei, der Sprecher)
	k := j
	for k < b && k < j+6 && d.inQuote[k] < 0 && (d.toks[k].Kind == text.Word && d.isCap(k) || k > j && d.elided(k) || k > j && k+1 < b && romanceJoiner[d.tok(k)]) {
		k++
	}
	if k-j < 2 || !d.isCap(k-1) && !d.elided(k-1) {
		return nil
	}
	for i := j; i < k; i++ {
		if d.isCap(i) && (d.personNoun(i) || d.orgWord(i) || isMedia(d.tok(i)) || stopNoun[d.tok(i)] || d.speechNoun(i)) {
			return nil
		}
	}
	sp := d.span(j, k)
	return speaker(k, d.src[sp.Start:sp.End], entity.Organization)
}

// elided reports whether token k is a name part that opens with an
// elided article or preposition (d'Italia, dell'Economia): a short
// lower-case prefix, an apostrophe, then a capital.
func (d *doc) elided(k int) bool {
	w := d.tok(k)
	i := strings.IndexAny(w, "'’")
	if i < 1 || i > 4 || d.toks[k].Kind != text.Word {
		return false
	}
	_, n := utf8.DecodeRuneInString(w[i:])
	r, _ := utf8.DecodeRuneInString(w[i+n:])
	return unicode.IsUpper(r)
}

// pronounZufolge returns the source of a frame that is a dative pronoun
// before zufolge (Ihm zufolge, Ihr zufolge, Ihnen zufolge): the person the
// pronoun refers back to, resolved as er or sie is, with the pronoun as
// the mention; Ihnen, or a pronoun with no clear antecedent, names no one
// (an empty Name, as for an unresolved er). Nil otherwise.
func (d *doc) pronounZufolge(a, b int) *Speaker {
	if b != a+1 || b >= len(d.toks) || d.tok(b) != "zufolge" {
		return nil
	}
	var g gender
	switch d.low(a) {
	case "ihm":
		g = genderMale
	case "ihr":
		g = genderFemale
	case "ihnen":
		g = genderPlural
	default:
		return nil
	}
	sp := d.span(a, b)
	out := &Speaker{Span: sp, Text: d.src[sp.Start:sp.End], Type: entity.Person}
	if g == genderPlural {
		return out
	}
	if p := d.antecedent(g, a, d.paraOf(a), d.prevStmts); p != nil {
		out.Name, out.Type = p.name, p.typ
	}
	return out
}

// genitiveFrame returns the source of a frame phrase [a, b) that is a
// speech noun with a person as its owner: a genitive role or name after
// it (Nach der Ankündigung der Ministerin, nach Einschätzung des
// Ermittlers) or a genitive name before it (Nach Kolbs Meinung). The
// person speaks, resolved like any mention; the mention is the whole
// phrase, as SpkAtt marks it. documentFrame gives no speaker where a
// role or name stands, so this reading comes first. Nil otherwise.
func (d *doc) genitiveFrame(a, b int) *Speaker {
	para := d.paraOf(a)
	if b == a+2 && d.isCapWord(a) && strings.HasSuffix(d.tok(a), "s") && d.speechNoun(a+1) {
		// Kolbs Meinung: a person named in the text, in the genitive
		name := strings.TrimSuffix(d.tok(a), "s")
		full, known := d.byLast[name]
		if e := d.entAt[a]; e >= 0 && d.ents[e].Type == entity.Person {
			full, known = entName(d.ents[e]), true
		}
		if !known {
			return nil
		}
		sp := d.span(a, b)
		return &Speaker{Span: sp, Text: d.src[sp.Start:sp.End], Name: full, Type: entity.Person}
	}
	i := a
	if documentDet[d.tok(i)] {
		i++
	}
	for i < b && d.isLower(i) && adjLike(d.tok(i)) {
		i++
	}
	if i+2 >= b || !d.speechNoun(i) || !genDet[d.tok(i+1)] {
		return nil
	}
	c, ok := d.complement(i+1, b)
	if !ok {
		return nil
	}
	n := d.sourceNP(c, b)
	if n.last != b || n.kind != npRole && !(n.kind == npName && d.personName(n)) {
		return nil
	}
	sp, _ := d.resolve(n, false, a, para, d.prevStmts)
	if sp == nil {
		return nil
	}
	span := d.span(a, b)
	sp.Span, sp.Text = span, d.src[span.Start:span.End]
	return sp
}

// adverbLike reports whether w is a lower-case time or manner adverb that
// may stand between a frame's subject and its verb (heute, gestern,
// bereits, zuvor).
func adverbLike(w string) bool {
	switch w {
	case "heute", "gestern", "vorgestern", "bereits", "schon", "zuvor", "nun", "jetzt", "inzwischen",
		"kürzlich", "mittlerweile", "auch", "ebenfalls", "zudem", "offiziell":
		return true
	}
	return false
}

// siteName reports whether w is the address of a web site (t-online.de,
// GGG.at, spiegel.de): letters, digits and hyphens, one dot, then a
// top-level domain of two to four lower-case letters.
func siteName(w string) bool {
	k := strings.LastIndexByte(w, '.')
	if k < 2 || strings.Count(w, ".") != 1 || len(w)-k-1 < 2 || len(w)-k-1 > 4 {
		return false
	}
	for _, r := range w[k+1:] {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	letters := 0
	for _, r := range w[:k] {
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r) || r == '-':
		default:
			return false
		}
	}
	return letters >= 2
}

// documentWord are the words for media in general and for web pages
// that frames cite (israelischen Medien, Medienberichten, der Website
// worldreferee.com zufolge).
var documentWord = []string{"medien", "medienberichten", "medienberichte", "website", "webseite", "homepage", "internetseite"}

// documentDet are the determiners of a document's phrase in the dative or
// genitive after laut, nach or before zufolge (einer Studie, dem Bericht).
var documentDet = map[string]bool{
	"einer": true, "einem": true, "eines": true, "der": true, "dem": true, "den": true, "des": true,
	"dieser": true, "diesem": true, "diesen": true, "Einer": true, "Einem": true, "Der": true, "Dem": true, "Den": true,
}

// orgNamed reports whether name is an organisation the recogniser found
// in the text (Verdi in Verdi-Angaben).
func (d *doc) orgNamed(name string) bool {
	for _, e := range d.ents {
		if e.Type != entity.Organization {
			continue
		}
		if e.Name == name {
			return true
		}
		for _, m := range e.Mentions {
			if m.Text == name || strings.HasSuffix(m.Text, " "+name) {
				return true // Verdi in Verdi-Angaben after die Gewerkschaft Verdi
			}
		}
	}
	return false
}

// speechNoun reports whether token i is a noun for a statement or its
// source document (Angaben, Mitteilung, Polizeiangaben, ai-Bericht,
// Studie): the head of a source phrase that names no one by itself.
func (d *doc) speechNoun(i int) bool {
	w := d.tok(i)
	if fs := lexicon.CueList().Forms(w); len(fs) > 0 && fs[0].Section == lexicon.SpeechNoun {
		return true
	}
	lw := d.low(i)
	for _, s := range []string{"angaben", "mitteilung", "erklärung", "bericht", "berichten", "berichts", "meldung", "meldungen", "studie", "statistik", "informationen", "aussagen", "erkenntnissen", "schätzungen", "auskunft", "darstellung", "artikel", "artikels", "meinung",
		"ansicht", "auffassung", "einschätzung", "dokument", "dokumenten", "ermittlungen", "berechnungen", "studien",
		"auswertung", "untersuchung", "hochrechnung", "prognose", "ankündigung", "verlautbarung"} {
		if strings.HasSuffix(lw, s) {
			return true
		}
	}
	return false
}

// speechNounIn reports whether a speech noun stands in tokens [a, b): the
// source phrase cites a statement or document (einem Bericht der Zeitung),
// not a place or time.
func (d *doc) speechNounIn(a, b int) bool {
	for i := a; i < b; i++ {
		if d.isCap(i) && d.speechNoun(i) {
			return true
		}
	}
	return false
}

// verbSpeaker finds the speaker of the cue verb h: its subject (see
// [doc.verbSubject]), except for active zitieren, whose object is the
// speaker: in „…“, zitiert die Zeitung den Minister the words are the
// minister's, and the medium that quotes him is no speaker of them.
func (d *doc) verbSpeaker(h cueHit, lo, hi int) (np, bool) {
	lo = d.bodyFrom(lo, h.first)
	if d.passiveParticiple(h, lo) {
		// Israel wurde aufgefordert, …: the subject of a passive is
		// addressed, not speaking; only an agent (von X) speaks, or the
		// document its clause opens with (In einem Bericht der Zeitung
		// wurde vermutet, …; So wird in einer Mitteilung gefordert, …).
		if n, ok := d.agent(h, lo); ok {
			return n, true
		}
		cs := d.clauseStart(h.first, lo)
		if cs-2 >= lo && cs < h.first && (d.tok(cs-1) == "aber" || d.tok(cs-1) == "jedoch") && auxiliary[d.tok(cs-2)] {
			// Im Bericht war aber festgestellt worden: aber after the
			// auxiliary is an adverb inside the clause, no conjunction
			cs = d.clauseStart(cs-1, lo)
		}
		if cs < h.first {
			if f, found := d.frameSource(cs, h.first); found && f.last <= h.first && (f.kind == npDoc || d.speechNounIn(f.first, f.last)) {
				return f, true
			}
		}
		if f, found := d.relativeDocument(cs, lo); found {
			return f, true // ein Schreiben der Firma, in dem mitgeteilt wird, …
		}
		if f, found := d.documentBeforeRelative(cs, h.first, lo); found {
			return f, true
		}
		return np{}, false
	}
	n, ok := d.verbSubject(h, lo, hi)
	if !ok && h.form.Section == lexicon.Expression {
		// In der Pressemitteilung des WWF heißt es, …; Bei der Agentur
		// RIA hieß es, …: the frame that names the source, before the
		// impersonal verb in its clause or right after it
		if cs := d.clauseStart(h.first, lo); cs < h.first {
			if f, found := d.frameSource(cs, h.first); found && f.last <= h.first {
				return f, true
			}
			if f, found := d.textFrame(cs, h.first); found && isHeisst(d.tok(h.first)) {
				return f, true
			}
			if f, found := d.relativeDocument(cs, lo); found {
				return f, true // eine Erklärung der Behörde, in der es heißt, …
			}
		}
		if f, found := d.frameSource(h.last, hi); found {
			return f, true
		}
	}
	if !d.activeZitieren(h, lo) {
		return n, ok
	}
	k := h.last
	if ok && n.first >= h.last {
		k = n.last // zitiert die Zeitung den Minister
		if n.head >= 0 && isMedia(d.tok(n.head)) && n.name[0] > n.head {
			// zitiert der Sender Polizeisprecher Ralf Meyer: the medium,
			// then the person it quotes, read as one phrase
			k = n.head + 1
		}
	} else if k < hi && d.webAddress(k) {
		k++ // zitiert ndr.de Polizeisprecher Ralf Meyer
	}
	if k < hi && d.tok(k) == "man" {
		k++ // zitierte man Yolanda Alvarez
	}
	if o, found := d.npLoose(k, hi); found && o.kind != npPronoun && !d.bareNoun(o) && !d.unnamedOne(o) {
		return o, true
	}
	if ok && n.first >= h.last && n.kind != npPronoun && (n.last == hi || d.isSentEnd(n.last)) {
		// „…“, zitiert der Sender.: no one quoted after the medium;
		// the words are the medium's report
		return n, true
	}
	return np{}, false
}

// relativeDocument returns the document that a relative clause opening
// at token cs with in and a relative pronoun refers back to, when the
// clause holds the cue (eine Erklärung der Behörde, in der es heißt, …;
// ein Schreiben der Rechtsabteilung, in dem mitgeteilt wird, …): the
// speech or document noun right before the comma, with its genitive. The
// text names no one, or the body its genitive names, as a frame in front
// of the verb does (In der Erklärung der Behörde heißt es).
func (d *doc) relativeDocument(cs, lo int) (np, bool) {
	if cs+1 >= len(d.toks) || cs-2 < lo || !d.isPunct(cs-1, ",") || d.low(cs) != "in" {
		return np{}, false
	}
	switch d.tok(cs + 1) {
	case "der", "dem", "denen", "welcher", "welchem":
	default:
		return np{}, false
	}
	end := cs - 1
	for h := end - 1; h >= lo && h >= end-8 && d.inQuote[h] < 0 && d.phraseTok(h); h-- {
		if !d.isCap(h) {
			continue
		}
		if !d.speechNoun(h) && !hasSuffixFold(d.tok(h), documentWord) && !hasSuffixFold(d.tok(h), letterNoun) {
			continue
		}
		a := d.documentStart(h, lo)
		if a == h && a > lo && (articleWord[d.tok(a-1)] || d.tok(a-1) == "das" || d.tok(a-1) == "einen") {
			a-- // ein Schreiben, eine Erklärung: the object of the verb before
		}
		if a > lo && (appositionPrep[d.tok(a-1)] || d.tok(a-1) == "aus" || d.tok(a-1) == "von" || d.tok(a-1) == "in") || !d.relativeAgrees(d.tok(cs+1), d.tok(a)) {
			// eine Stelle aus dem Bericht, in der …: the document inside
			// a phrase, or of another gender, is not what in der refers to
			return np{}, false
		}
		if h+1 == end {
			return np{first: a, last: end, kind: npDoc, head: h, name: [2]int{-1, -1}, gen: [2]int{-1, -1}}, true
		}
		if c, ok := d.complementOf(h+1, end, true); ok && (c[1] == end || d.tailEnd(c[1], end) == end) {
			// der Behörde für Kommunikation: the body's own complements
			n := d.complementNP(c)
			n.first, n.last = a, end
			return n, true
		}
		return np{}, false
	}
	return np{}, false
}

// relativeAgrees reports whether the relative pronoun rel after in (der,
// dem) may refer back to a phrase whose first word is det: in der to a
// feminine noun (einer, der, eine, die Erklärung), in dem to a masculine or
// neuter one (ein Schreiben, dem Bericht).
func (d *doc) relativeAgrees(rel, det string) bool {
	switch rel {
	case "der", "welcher":
		switch det {
		case "ein", "einen", "einem", "eines", "das", "dem", "des", "den":
			return false
		}
	case "dem", "welchem":
		switch det {
		case "eine", "einer", "die", "der":
			return false
		}
	}
	return true
}

// letterNoun are letters and statements in writing that speech nouns
// leave out.
var letterNoun = []string{"schreiben", "brief", "presseerklärung", "pressemitteilung", "stellungnahme"}

// documentBeforeRelative returns the document of a frame that opens the
// sentence before a relative clause, when the passive cue at token v
// follows that clause (In einer Presseerklärung, die am Mittwoch
// veröffentlicht wurde, wurde verkündet, dass …): the clause at cs starts
// after the relative clause, and the frame before it names the source.
func (d *doc) documentBeforeRelative(cs, v, lo int) (np, bool) {
	if cs >= v || cs-2 < lo || !d.isPunct(cs-1, ",") || !auxiliary[d.tok(cs)] {
		return np{}, false
	}
	for k := cs - 3; k >= lo && k >= cs-26; k-- {
		if d.inQuote[k] >= 0 || d.isPunct(k, ":") || d.isSentEnd(k) {
			break
		}
		if !d.isPunct(k, ",") {
			continue
		}
		if !relativeWord[d.tok(k+1)] || d.afterInsertion(k, v) != cs {
			break
		}
		s := d.clauseStart(k, lo)
		if f, found := d.frameSource(s, k); found && f.last == k && (f.kind == npDoc || d.speechNounIn(f.first, f.last)) {
			return f, true
		}
		break
	}
	return np{}, false
}

// unnamedOne reports whether n is an indefinite person with no name and no
// organisation (einen Insider, einen Augenzeugen): quoted by a medium, such
// a source names no one.
func (d *doc) unnamedOne(n np) bool {
	switch d.tok(n.first) {
	case "ein", "einen", "einem", "eine", "einer", "Ein", "Einen", "Eine":
	default:
		return false
	}
	if n.gen[0] >= 0 {
		return false
	}
	if n.kind == npName {
		// einen Insider: a common noun after an article, no recognised name
		return n.name[1]-n.name[0] == 1 && d.entAt[n.name[0]] < 0
	}
	return n.name[0] < 0 && (n.kind == npNoun || n.kind == npRole)
}

// passiveParticiple reports whether cue h is the participle of a passive
// clause (wurde aufgefordert, wird vorgeworfen, war befürchtet worden): a
// one-word verb cue after a form of werden in its clause, ending in -t or
// a participle in -en with ge (vorgeworfen). zitieren is left out: in Er
// wird mit den Worten zitiert the subject speaks.
func (d *doc) passiveParticiple(h cueHit, lo int) bool {
	if h.last-h.first != 1 || h.form.Section == lexicon.Expression || h.form.Lemma == "zitieren" {
		return false
	}
	w := d.tok(h.first)
	if !strings.HasSuffix(w, "t") && !(strings.HasSuffix(w, "en") && strings.Contains(w, "ge")) {
		return false
	}
	if d.passiveCue(h, lo) {
		return true
	}
	// Ihm wird Totschlag und Betrug vorgeworfen: a coordination of
	// subjects between the auxiliary and the participle is no new clause
	for k, n := h.first-1, 0; k >= lo && n < 12 && k >= h.first-40 && d.toks[k].Kind != text.Punct; k-- {
		if d.inQuote[k] >= 0 || d.toks[k].Kind == text.QuoteMark {
			// werden von Kritikern als „Meilensteine“ bezeichnet: quoted
			// words between the auxiliary and the participle
			continue
		}
		n++
		switch d.tok(k) {
		case "wird", "werden", "wurde", "wurden":
			return true
		}
	}
	return false
}

// agent returns the von phrase that names who acts in a passive clause
// (wurde von der Regierung aufgefordert), ending right before cue h.
func (d *doc) agent(h cueHit, lo int) (np, bool) {
	for k := h.first - 2; k >= lo && k >= h.first-16; k-- {
		if d.isPunct(k, ",") && d.inQuote[k] < 0 {
			break
		}
		if w := d.low(k); (w == "von" || w == "vom") && d.inQuote[k] < 0 {
			j := k + 1
			if j+1 < h.first && d.tok(j) == "Seiten" && genDet[d.tok(j+1)] {
				j++ // Von Seiten der Gewerkschaft war … vorgeworfen worden
			}
			n, ok := d.npLoose(j, h.first)
			if !ok || n.kind == npPronoun || d.bareNoun(n) {
				break
			}
			if k > lo && d.isCap(k-1) && !d.sentStart(k) {
				// unter der Führung von X wird vorgeworfen: a noun's
				// complement; but one naming someone right before the
				// participle acts (wurde die Regierung vom Mieterbund
				// aufgefordert)
				if (n.last == h.first || d.tok(n.last) == "als") && d.agentNP(n) {
					// also before als and quoted words: wird die Gefahr
					// von Waldbränden vom Wetterdienst als „hoch“ eingestuft
					return n, true
				}
				break
			}
			// von X bezeichnet, von X als „…“ bezeichnet, Von X wird
			// angenommen: the phrase after von ends at the participle, at
			// als or at the auxiliary
			if n.last == h.first || d.tok(n.last) == "als" || auxiliary[d.tok(n.last)] {
				return n, true
			}
			// Es wurde von seinem Sohn die Vermutung geäußert; war ein
			// Treffen von der Regierung mit dem Hinweis abgelehnt worden:
			// a person or organisation after von acts also when objects
			// or adverbials stand between it and the participle
			if d.agentNP(n) {
				return n, true
			}
			break
		}
	}
	return np{}, false
}

// agentNP reports whether n names someone who can act: a name, a role, an
// organisation or a person noun (von seinem Sohn, von den Behörden).
func (d *doc) agentNP(n np) bool {
	switch n.kind {
	case npName, npRole, npOrg:
		return true
	}
	return n.kind == npNoun && n.head >= 0 && (d.personNoun(n.head) || d.orgWord(n.head))
}

// activeZitieren reports whether cue h is zitieren in the active voice:
// no form of werden before it in its sentence (Er wird mit den Worten
// zitiert is passive, and its subject speaks).
func (d *doc) activeZitieren(h cueHit, lo int) bool {
	if h.form.Lemma != "zitieren" || h.last-h.first != 1 {
		return false
	}
	for i := h.first - 1; i >= lo && i >= h.first-20 && !d.isSentEnd(i); i-- {
		switch d.tok(i) {
		case "wird", "wurde", "werden", "wurden", "worden":
			return false
		}
	}
	return true
}

// relativeSubject reads a cue verb that closes a relative clause opened
// by der, die or welche after a comma (Eva Lind, die den Mut der Helfer
// hervorhob, …; eines Hackers, der behauptet, …): the pronoun is the
// subject and the mention as written, as SpkAtt marks it. The phrase
// before the comma gives the name; when no person or organisation parses
// there, the pronoun stands alone, unnamed, rather than a subject taken
// from outside the relative clause. A capitalised word right after der
// (…, der Minister sagte) leaves der an article. It reports whether the
// clause is such a relative clause.
func (d *doc) relativeSubject(h cueHit, cs, lo, hi int) (np, bool) {
	if cs <= lo+1 || cs >= h.first || !d.isPunct(cs-1, ",") || d.inQuote[cs] >= 0 {
		return np{}, false
	}
	switch d.tok(cs) {
	case "der", "die", "welcher", "welche":
	default:
		return np{}, false
	}
	if d.isCap(cs + 1) {
		return np{}, false
	}
	e := h.last
	if h.particle >= 0 {
		e = h.particle + 1
	}
	if e < hi && auxiliary[d.tok(e)] {
		e++ // der … gesagt hatte
	}
	if e < hi && (d.toks[e].Kind != text.Punct || d.inQuote[e] >= 0) {
		return np{}, false // the verb does not close the clause
	}
	var n np
	found := false
	for j := cs - 2; j >= lo && j >= cs-10; j-- {
		if d.inQuote[j] >= 0 || d.isPunct(j, ",") {
			break
		}
		if m, mok := d.npAt(j, cs-1); mok && m.last == cs-1 && m.kind != npPronoun && m.kind != npDoc && !d.bareNoun(m) && !d.abstractObject(m) {
			n, found = m, true // the widest phrase that ends at the comma
		}
	}
	if !found || n.first > lo && complementPrep[d.tok(n.first-1)] {
		// ein Prediger aus London, der …: the phrase is a complement, and
		// the noun it belongs to did not parse; the pronoun is the
		// mention of someone unnamed
		return np{first: cs, last: cs + 1, kind: npPronoun, head: -1, name: [2]int{-1, -1}, gen: [2]int{-1, -1}, rel: cs}, true
	}
	n.rel = cs
	return n, true
}

// prepRelativeSubject reads er or sie right after a relative pronoun
// with a preposition as the subject of cue h that closes the relative
// clause (einen Zettel, in dem er verlangte, …; ein Brief, in welchem sie
// forderte, …): the pronoun speaks, not the subject of the main clause
// (Der Mann), also when the comma before the clause is missing. At most
// four lower-case words may stand between the pronoun and the cue.
func (d *doc) prepRelativeSubject(h cueHit, lo int) (np, bool) {
	p := h.first - 1
	for p > lo && h.first-p <= 4 && d.isLower(p) && d.inQuote[p] < 0 && !d.pronounAt(p, h.first) {
		p--
	}
	if p-2 < lo || !d.pronounAt(p, h.first) || !prepRelative[d.tok(p-1)] || !relativePrep[d.tok(p-2)] || d.inQuote[p-2] >= 0 {
		return np{}, false
	}
	return d.npAt(p, h.first)
}

// prepRelative are the relative pronouns after a preposition (in dem, in
// der, bei denen, in welchem).
var prepRelative = map[string]bool{"dem": true, "der": true, "denen": true, "welchem": true, "welcher": true, "welchen": true}

// relativePrep are the prepositions that open a relative clause about a
// document or occasion in which someone speaks.
var relativePrep = map[string]bool{"in": true, "mit": true, "bei": true, "auf": true, "an": true, "nach": true, "über": true}

// objectRelativeSubject finds the subject of cue h when it closes a
// relative clause whose pronoun at token cs is the verb's object (der
// Plan, den Eva Lind als „…“ bezeichnet hatte; die Marke, die Jan Kolb
// zum Ziel erklärt hatte: „…“): the name or er/sie right after the
// pronoun. den and welchen are accusative and cannot be the subject;
// die, das, welche and welches can, so they count as objects only after
// a thing, which says nothing (not a person, body, medium, document or
// speech noun, nor a name the recogniser knows). The subject must be er,
// sie or a person the text knows or a first name: any other word right
// after the pronoun is read as an article's noun (, den Minister lobte
// Kolb; den Homosexuellen gedroht), not as its subject.
func (d *doc) objectRelativeSubject(h cueHit, cs, end, lo, hi int) (np, bool) {
	for k := 0; k < 2 && cs-1 > lo && d.isPunct(cs-1, ")"); k++ {
		// die Jan Kolb in seiner Amtszeit (2010 bis 2014) erklärt hatte:
		// a bracket inside the clause does not open it
		o := cs - 2
		for o > lo && o > cs-12 && !d.isPunct(o, "(") {
			o--
		}
		if !d.isPunct(o, "(") {
			break
		}
		cs = d.clauseStart(o, lo)
	}
	if cs <= lo+1 || cs+1 >= end || !d.isPunct(cs-1, ",") || d.inQuote[cs] >= 0 || !d.closesClause(h, hi) {
		return np{}, false
	}
	switch d.tok(cs) {
	case "den", "welchen":
	case "die", "das", "welche", "welches":
		// The noun the pronoun refers to: before the comma, or before
		// the verb the clause is moved behind (die Marke erreicht, die …).
		a := cs - 2
		for a > lo && a > cs-5 && d.isLower(a) && d.inQuote[a] < 0 {
			a--
		}
		if d.inQuote[a] >= 0 || !d.isCapWord(a) || d.entAt[a] >= 0 {
			return np{}, false
		}
		if w := d.tok(a); d.personNoun(a) || personGroup(w) || d.orgWord(a) || isMedia(w) || d.speechNounWord(a) || hasSuffixFold(w, sourceNoun) || hasSuffixFold(w, documentWord) || isFirstName(w) {
			return np{}, false
		}
	default:
		return np{}, false
	}
	n, ok := d.npAt(cs+1, end)
	if !ok || n.last > end || n.kind == npPronoun && d.tok(cs+1) != "er" && d.tok(cs+1) != "sie" {
		return np{}, false
	}
	if n.kind != npPronoun && !(n.kind == npName && n.head < 0 && d.knownPerson(n.name[0], n.name[1])) {
		return np{}, false // den Homosexuellen gedroht: an article and its noun
	}
	return n, true
}

// closesClause reports whether cue verb h, with its particle and a
// perfect auxiliary after it, ends its clause, as the verb of a relative
// clause does.
func (d *doc) closesClause(h cueHit, hi int) bool {
	e := h.last
	if h.particle >= 0 {
		e = h.particle + 1
	}
	if e < hi && auxiliary[d.tok(e)] {
		e++ // der … gesagt hatte
	}
	return e >= hi || d.toks[e].Kind == text.Punct && d.inQuote[e] < 0
}

// complementPrep are prepositions that make the phrase after them a
// complement of the noun before (ein Sprecher aus London).
var complementPrep = map[string]bool{
	"aus": true, "in": true, "im": true, "von": true, "vom": true, "bei": true, "beim": true, "mit": true,
	"für": true, "an": true, "am": true, "auf": true, "nach": true, "zu": true, "zum": true, "zur": true,
	"über": true, "unter": true, "gegen": true, "des": true, "der": true,
}

// passiveZitiertAfter reports whether cue h is a passive zitiert whose
// clause opens at token cs with its auxiliary, so that the subject stands
// before the clause, behind an apposition.
func (d *doc) passiveZitiertAfter(h cueHit, cs int) bool {
	if h.form.Lemma != "zitieren" || cs >= h.first || h.first-cs > 12 {
		return false
	}
	switch d.tok(cs) {
	case "wird", "wurde":
		return true
	}
	return false
}

// overMarkedName returns the start of the clause that a name in marks
// ending right before token cs stands in (wird von der „Tagespost“
// zitiert), where [doc.clauseStart] stopped at its closing mark because a
// quotation follows; else cs.
func (d *doc) overMarkedName(cs, lo int) int {
	c := cs - 1
	if c <= lo || d.toks[c].Kind != text.QuoteMark || d.inQuote[c] >= 0 {
		return cs
	}
	for o := c - 2; o >= lo && o >= c-7; o-- {
		if d.toks[o].Kind == text.QuoteMark {
			if k, ok := d.closingName(o, cs); ok && k == c && d.inQuote[o] < 0 {
				return d.clauseStart(o, lo)
			}
			return cs
		}
	}
	return cs
}

// verbSubject finds the subject of the cue verb h: before it when it
// opens a clause with it (Merz sagte, Die Polizei teilte … mit), else
// right after it (sagte Merz, teilte die Polizei mit).
func (d *doc) verbSubject(h cueHit, lo, hi int) (np, bool) {
	lo = d.bodyFrom(lo, h.first)
	cs := d.clauseStart(h.first, lo)
	if z := d.overMarkedName(cs, lo); z < cs && d.passiveZitiertAfter(h, z) {
		cs = z // Jan Kolb, …, wird von der „Tagespost“ mit den Worten zitiert: „…“
	}
	if n, ok := d.relativeSubject(h, cs, lo, hi); ok {
		return n, true
	}
	if n, ok := d.prepRelativeSubject(h, lo); ok {
		return n, true
	}
	if n, ok := d.objectRelativeSubject(h, cs, h.first, lo, hi); ok {
		return n, true
	}
	if n, ok := d.invertedPronoun(h, cs, hi); ok {
		return n, true
	}
	if n, ok := d.invertedName(h, cs, hi); ok {
		return n, true
	}
	if n, ok := d.overBracket(h, cs, lo); ok {
		return n, true
	}
	// Jan Kolb, Sprecher der Stadt, hat Reportern gesagt: the auxiliary
	// of the perfect right after the apposition's closing comma stands in
	// the verb's place, so the phrase before the commas is the subject
	// and the name after the auxiliary an object (not when er or sie
	// follows it: Das Angebot, …, hat er abgelehnt).
	auxFirst := cs < h.first && perfectAux[d.tok(cs)] && !d.pronounAt(cs+1, h.first)
	if cs < h.first && !d.passiveZitiertAfter(h, cs) && !auxFirst {
		if d.tok(cs) == "wie" || d.tok(cs) == "Wie" {
			k := cs + 1
			if k < h.first && frameAdverb[upperFirst(d.tok(k))] {
				k++ // wie schon die WHO sagte
			}
			if n, ok := d.npAt(k, h.first); ok {
				return n, true
			}
		}
		if subjectConjunction[d.low(cs)] && cs+1 < h.first {
			// indem er sagte, nachdem die Ministerin erklärt hatte: the
			// subject of the subordinate clause, right after its
			// conjunction
			if n, ok := d.npAt(cs+1, h.first); ok && (n.last == h.first || n.kind == npPronoun && h.first-n.last <= 4) {
				return n, true
			}
		}
		if n, ok := d.seinPerfectSubject(h, cs); ok {
			return n, true
		}
		// Die Zeitung hatte kritisiert: a form of haben between subject
		// and participle.
		if n, ok := d.shareSubject(cs, h.first); ok {
			return n, true
		}
		if n, ok := d.npAt(cs, h.first); ok && (n.last == h.first && !d.pluralObject(n, h, cs) || n.last+1 == h.first && (afterSubject[d.tok(n.last)] || perfectAux[d.tok(n.last)])) {
			if m, ok := d.unclosedApposition(n, cs, lo); ok {
				return m, true
			}
			return n, true
		} else if ok && n.kind == npRole && n.last < h.first && d.tailEnd(n.last, h.first) == h.first {
			// René Kolb, der Präsident des Staates im Westen der Insel
			// sagte: the role's further complements run to the verb
			n.last = h.first
			if m, ok := d.unclosedApposition(n, cs, lo); ok {
				return m, true
			}
		} else if ok && n.kind != npPronoun && h.first-n.last >= 2 && h.first-n.last <= 3 && placePrep[d.tok(n.last)] && d.nameApposition(n.last+1, h.first) {
			// Die US-Botschaft in Riad teilte mit: a place after the subject
			return n, true
		}
	} else if (cs == h.first || d.passiveZitiertAfter(h, cs) || auxFirst) && cs-1 > lo && d.isPunct(cs-1, ",") && !d.pronounAt(h.last, hi) {
		// An apposition: Jack Ma, Gründer von Alibaba, sagte …; not when
		// er or sie follows the verb (Das Angebot, …, lehnt er ab): the
		// pronoun is the subject, the phrase before is the object. The
		// auxiliary of passive zitieren takes the verb's place (Jan Kolb,
		// Sprecher des Teams, wird von Reuters mit den Worten zitiert).
		c := cs - 2
		for c > lo && !d.isPunct(c, ",") && d.inQuote[c] < 0 {
			c--
		}
		if c > lo && d.isPunct(c, ",") && (cs-c <= 12 || d.phraseApposition(c+1, cs-1)) {
			s := d.clauseStart(c, lo)
			if frameAdverb[d.tok(s)] && s+1 < c && d.sentStart(s) {
				s++ // Auch Jan Kolb, Stellvertreter des Ministers, glaubt
			}
			if m, ok := d.appositionAnchor(s, c, lo); ok && !d.pluralObject(m, h, m.first) {
				return m, true
			}
			if n, ok := d.npAt(s, cs); ok && (n.last == c || n.last == cs-1) && n.kind != npPronoun && !d.pluralObject(n, h, s) {
				return n, true
			} else if ok && n.kind != npPronoun && n.kind != npName && n.last < c && d.tailEnd(n.last, c) == c && d.phraseApposition(c+1, cs-1) && (auxFirst && strings.HasSuffix(d.tok(cs), "n") || !d.pluralObject(n, h, s)) {
				// Eine der größten Parteien des Landes, die Volkspartei
				// (VP), erklärte: the head's complements run to the
				// comma, and a phrase with its own article between the
				// commas names the same body or group again, so the
				// mention takes both, as a reader marks the source. A
				// plural auxiliary (hatten erklärt) agrees with a plural
				// head, which is then no object.
				n.last, n.appo = cs-1, c
				return n, true
			}
			// The head did not parse (Der Kommissionspräsident der
			// Afrikanischen Union (AU), Alpha Omar Konaré, nannte): the
			// name between the commas is the speaker. Before an
			// auxiliary the later readings find the whole phrase.
			if n, ok := d.npAt(c+1, cs); ok && !auxFirst && n.last == cs-1 && n.kind == npName {
				return n, true
			}
		}
	}
	j := h.last
	if j < hi && d.tok(j) == "sich" {
		j++
	}
	if h.first > lo && (d.tok(h.first-1) == "und" || d.tok(h.first-1) == "sowie") {
		// X nannte … und rief die Armee auf: the second verb shares the
		// first one's subject, and the phrase after it is its object.
		if n, ok := d.npAt(j, hi); ok && n.kind == npPronoun {
			return n, true
		}
		if n, ok := d.npAt(lo, h.first); ok && (n.kind != npNoun || d.groupNoun(n)) && n.last < h.first && d.isLower(n.last) && !d.abstractObject(n) {
			return n, true
		}
		// Als ein Fahrgast half, biss der Mann ihn und rief: the subject
		// after the first verb, behind an opening clause or adverb, in a
		// frame with no words in marks (Unter dem Motto „…“ zogen …).
		if d.hasMarks(lo, h.first) {
			return np{}, false
		}
		return d.colonSubject(lo, h.first-1)
	}
	// äußerte sich jetzt auch der Ministerpräsident: adverbs between the
	// verb and its subject
	for c := 0; c < 3 && j+1 < hi && d.isLower(j) && frameAdverb[upperFirst(d.tok(j))]; c++ {
		j++
	}
	if d.auxBefore(d.clauseStart(h.first, lo), h.first) {
		// Philips hat angekündigt, die Preise zu erhöhen; hat Frau Hinz
		// angekündigt ihr Mandat niederzulegen: a participle or
		// infinitive after its auxiliary closes the clause, so its
		// subject stands before it, and a phrase after it belongs to
		// the clause that follows.
		return d.frameSubject(lo, h)
	}
	if n, ok := d.npAt(j, hi); ok && !d.bareNoun(n) && !d.abstractObject(n) {
		if n.kind != npName && n.kind != npPronoun {
			if e := d.closedApposition(n.last, hi); e > n.last {
				n.last, n.appo = e, n.last
			} else if e := d.aroundEnd(n, hi); e > n.last {
				n.last, n.appo = e, n.last
			}
		}
		return n, true
	}
	if j+1 < hi && d.tok(j) == "es" {
		// Als Ziel sah es der Minister an, …; Zunächst sah es das
		// Gericht als erwiesen an, dass …: es right after the verb is
		// the correlative of the clause that follows, and the subject
		// comes after it (a person or body; a plain noun there is
		// mostly a dative: sagte es der Bevölkerung).
		if n, ok := d.npAt(j+1, hi); ok && (n.kind == npName || n.kind == npRole || n.kind == npOrg) && !d.abstractObject(n) {
			return n, true
		}
	}
	return d.frameSubject(lo, h)
}

// overBracket reads the subject of cue verb h across an abbreviation in
// brackets, where the clause seems to start after it (cs): Die Kommission
// (EK) der Union forderte, Das Organisationskomitee (OK) der Meisterschaft
// hatte betont. The bracket is part of the name, not a clause boundary,
// when the phrase before it parses on to the verb, or to a form of haben
// before the participle; otherwise the phrase after the bracket stays the
// candidate.
// bodyFrom returns lo, or the first token after the dateline that opens
// the sentence of token at (the article's, or a later paragraph's) when
// lo lies in it: the dateline is no subject (BERLIN (dpa) - Jan Kolb
// sagte, … gave BERLIN (dpa), read as a name with a bracket after it).
func (d *doc) bodyFrom(lo, at int) int {
	s := d.sents[d.sentOf[at]]
	a := d.afterDateline(s)
	if a == s.first && s.first == d.paras[s.para].first {
		a = d.capsDateline(s)
	}
	if lo < a && a <= at {
		return a
	}
	return lo
}

// capsDateline returns the token after a dateline that opens sentence s
// in the agency form the dateline package may not know the place of
// (ITZEHOE - …, BAD BRAMSTEDT (dpa) – …): one to three words in capitals,
// an optional bracket, then a dash before a capitalised word. A town in
// capitals is no speaker; it gave the speaker Itzehoe in ITZEHOE -
// Bürgermeister Jan Kolb erklärte, … . It returns s.first otherwise.
func (d *doc) capsDateline(s sent) int {
	k := s.first
	for k < s.last && k < s.first+3 && d.toks[k].Kind == text.Word && d.inQuote[k] < 0 && capsWord(d.tok(k)) {
		k++
	}
	if k == s.first {
		return s.first
	}
	if k < s.last && d.isPunct(k, "(") {
		e := k + 1
		for e < s.last && e < k+5 && !d.isPunct(e, ")") {
			e++
		}
		if e >= s.last || !d.isPunct(e, ")") {
			return s.first
		}
		k = e + 1
	}
	if k+1 >= s.last || !(d.isPunct(k, "-") || d.isPunct(k, "–") || d.isPunct(k, "—")) || !d.isCap(k+1) {
		return s.first
	}
	return k + 1
}

// capsWord reports whether w is a word in capitals of at least two
// letters, hyphens allowed (ITZEHOE, BAD, KAMP-LINTFORT).
func capsWord(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			n++
		case r != '-':
			return false
		}
	}
	return n >= 2
}

func (d *doc) overBracket(h cueHit, cs, lo int) (np, bool) {
	if cs-3 <= lo || !d.isPunct(cs-1, ")") {
		return np{}, false
	}
	o := cs - 2
	for o > lo && o > cs-5 && !d.isPunct(o, "(") {
		o--
	}
	if !d.isPunct(o, "(") || o == cs-2 {
		return np{}, false
	}
	// the phrase may open the clause or stand after a form of haben
	// (Im Vorfeld hatte das deutsche Organisationskomitee (OK) der
	// Meisterschaft betont): the leftmost start that parses on to the verb
	for s := d.clauseStart(o, lo); s < o; s++ {
		n, ok := d.npAt(s, h.first)
		if !ok || n.kind == npPronoun || n.last < cs {
			continue
		}
		if n.last == h.first || n.last+1 == h.first && (afterSubject[d.tok(n.last)] || perfectAux[d.tok(n.last)]) {
			if m, ok := d.unclosedApposition(n, s, lo); ok {
				return m, true
			}
			return n, true
		}
	}
	return np{}, false
}

// appositionAnchor returns the name that a role phrase or partitive in
// apposition, tokens [s, c), follows after a comma, with a relative
// clause after it (Günther Platter, der Verteidigungsminister, der …
// hat, sagte; Peter Lang, einer der Abgeordneten, die … unterschrieben,
// verurteilte): the name speaks, and the mention runs to the end of the
// apposition.
func (d *doc) appositionAnchor(s, c, lo int) (np, bool) {
	if s <= lo+1 || !d.isPunct(s-1, ",") || c+1 >= len(d.toks) || !relativeWord[d.tok(c+1)] {
		return np{}, false
	}
	if n, ok := d.npAt(s, c); !(ok && n.last == c && (n.kind == npRole || n.kind == npNoun)) && !(partitive[d.tok(s)] && genDet[d.tok(s+1)]) {
		return np{}, false
	}
	a := d.clauseStart(s-1, lo)
	m, ok := d.npAt(a, s-1)
	if !ok || m.kind != npName || m.last != s-1 {
		return np{}, false
	}
	m.last = c
	return m, true
}

// phraseApposition reports whether tokens [a, b) between the commas of
// an apposition are a noun phrase with its own article (die Volkspartei
// (VP) und die Bürgerliga (BL), das die Zeitung verlegende Medienhaus
// Larsen): an extended attribute, then noun-phrase words, ending in a
// capitalised word or a bracket. A relative clause (die im Hafen die
// Mehrheit stellt) ends in its verb and does not read so.
func (d *doc) phraseApposition(a, b int) bool {
	if b-a < 2 || b-a > 16 || !articleWord[d.tok(a)] && d.tok(a) != "das" {
		return false
	}
	for i := d.extendedAttribute(a+1, b); i < b; i++ {
		if !d.phraseTok(i) {
			return false
		}
	}
	return d.isCapWord(b-1) || d.isPunct(b-1, ")")
}

// aroundEnd returns the end of the um phrase that names whom a group
// noun gathers around (das Team um die Biologin Anna Seidel, die
// Forscher um Jan Kolb), which belongs to the mention, or n.last when
// none follows. The group speaks, not the person it is named by: the
// phrase before um gives the Speaker's Name.
func (d *doc) aroundEnd(n np, hi int) int {
	k := n.last
	if n.head < 0 || k+1 >= hi || d.tok(k) != "um" || d.inQuote[k+1] >= 0 || !groupNoun(d.tok(n.head)) {
		return n.last
	}
	j := k + 1
	switch d.tok(j) {
	case "den", "die", "das", "einen", "eine":
		j++ // um is followed by the accusative
	}
	e := j
	for e < hi && e-j < 4 && d.isCapWord(e) && d.inQuote[e] < 0 {
		e++
	}
	// not um Mitternacht: the phrase ends in a person the text names
	if e > j && (d.knownPerson(e-1, e) || e-j >= 2 && d.knownPerson(e-2, e)) {
		return e
	}
	return n.last
}

// groupNoun reports whether w is a noun for a group of people that may be
// named by whom it gathers around: a team, a group or a plural of people.
func groupNoun(w string) bool {
	return hasSuffixFold(w, []string{"team", "gruppe"}) || personGroup(w)
}

// closedApposition returns the end of a subject after its verb whose head
// ends at token c, taking an apposition with its own article between c's
// comma and the comma before a dass or ob clause, or the sentence's end
// (erklärte der Eigentümer, das Medienhaus Larsen, dass …): the phrase
// names the same body again, as it does before the verb. Otherwise it
// returns c.
func (d *doc) closedApposition(c, hi int) int {
	if c+2 >= hi || !d.isPunct(c, ",") {
		return c
	}
	for e := c + 2; e < hi && e <= c+17; e++ {
		if d.isPunct(e, ",") || d.isSentEnd(e) {
			if d.phraseApposition(c+1, e) && (d.isSentEnd(e) || e+1 < hi && (d.tok(e+1) == "dass" || d.tok(e+1) == "ob")) {
				return e
			}
			return c
		}
	}
	return c
}

// partitive are the pronouns of an apposition that places someone in a
// group (einer der Abgeordneten, eines der Mitglieder).
var partitive = map[string]bool{"einer": true, "eines": true, "eine": true}

// pronounAt reports whether token i is er or sie.
// invertedPronoun returns the subject pronoun right after cue verb h when
// an object opens its clause at token cs (Der Politik schlug er vor, …;
// Die Bürger forderte er auf, …; Den Vorwurf wies sie zurück): in a main
// clause the finite verb is second, and er right after it is the
// subject, whatever stands first. sie is also accusative (Die Ministerin
// kritisierte sie), so it counts only after a phrase that cannot be a
// subject (Den Vorwurf, Dem Minister).
func (d *doc) invertedPronoun(h cueHit, cs, hi int) (np, bool) {
	if cs >= h.first || h.last >= hi || !d.isCap(cs) || d.inQuote[h.last] >= 0 {
		return np{}, false
	}
	for k := cs; k < h.first; k++ {
		if d.toks[k].Kind == text.Punct || d.inQuote[k] >= 0 {
			return np{}, false // a clause or apposition before the verb
		}
	}
	switch d.tok(h.last) {
	case "er":
	case "sie":
		switch d.tok(cs) {
		case "Den", "Dem", "Einem", "Einen":
		default:
			return np{}, false
		}
	default:
		return np{}, false
	}
	if n, ok := d.npAt(cs, h.first); ok && n.kind == npPronoun {
		return np{}, false
	}
	return d.npAt(h.last, hi)
}

// invertedName returns the name or role right after cue verb h when the
// phrase that opens its clause at token cs is a thing or idea (Die
// Äußerungen der Richter bezeichnete der Abgeordnete Jan Wiese als „…“):
// a thing says nothing, so it is the object placed first, and the person
// after the verb is the subject.
func (d *doc) invertedName(h cueHit, cs, hi int) (np, bool) {
	if cs >= h.first || h.last >= hi || !d.isCap(cs) || d.inQuote[h.last] >= 0 {
		return np{}, false
	}
	n, ok := d.npAt(cs, h.first)
	if !ok || n.last != h.first || n.kind == npPronoun || n.name[0] >= 0 || d.entAt[n.first] >= 0 {
		return np{}, false
	}
	end := n.last
	if n.gen[0] >= 0 {
		end = n.gen[0]
	}
	head := -1
	for k := n.first; k < end; k++ {
		if d.isCapWord(k) && k > n.first {
			head = k
		}
	}
	if head < 0 || !abstractNoun(d.tok(head)) {
		return np{}, false
	}
	m, ok := d.npAt(h.last, hi)
	if !ok || (m.kind != npName && m.kind != npRole) || d.bareNoun(m) || d.abstractObject(m) {
		return np{}, false
	}
	return m, true
}

func (d *doc) pronounAt(i, hi int) bool {
	n, ok := d.npAt(i, hi)
	return ok && n.kind == npPronoun
}

// placePrep are the prepositions of a place phrase after a subject.
var placePrep = map[string]bool{"in": true, "aus": true, "im": true}

// afterSubject are the connective adverbs that may stand between a
// subject and its verb in the first position (Die Kanadier hingegen sagen).
var afterSubject = map[string]bool{
	"hingegen": true, "dagegen": true, "jedoch": true, "aber": true, "indes": true, "wiederum": true,
	"allerdings": true, "selbst": true, "ihrerseits": true, "seinerseits": true, "ebenfalls": true,
}

// bareNoun reports whether n is a single capitalised word with no
// article that the recogniser, having run, did not take for a name, and
// that names no one in the text: after a verb it is an object (äußerte
// Vorbehalte), not a speaker (sagte Merz).
func (d *doc) bareNoun(n np) bool {
	if d.ents == nil || n.kind != npName || n.last-n.first != 1 || n.head >= 0 || d.entAt[n.first] >= 0 {
		return false
	}
	w := d.tok(n.first)
	if _, ok := lexicon.FirstName(w); ok {
		return false
	}
	if _, ok := d.byLast[w]; ok {
		return false
	}
	// a person's name or its last words (Ma for Jack Ma)
	return !d.personNames[w]
}

// abstractObject reports whether n, after its verb, names a thing rather
// than someone (nannte Trumps Angriffsauftrag „…“, bezeichnet ihre
// Investition als „…“): the verb's object, not its subject. Before the
// verb such a noun may be a source (Eine Laboranalyse ergab, …).
func (d *doc) abstractObject(n np) bool {
	l := n.last - 1
	if l < 0 || d.entAt[l] >= 0 || n.gen[0] >= 0 {
		return false
	}
	return (n.kind == npNoun || n.kind == npName && n.last-n.first <= 3) && abstractNoun(d.tok(l))
}

// upperFirst returns w with its first letter in upper case.
func upperFirst(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsLower(r) {
		return w
	}
	return string(unicode.ToUpper(r)) + w[n:]
}

// afterCue reads an attribution that follows a quotation in the same
// sentence: „…“, sagte er / so Merz / hatte sie gesagt / heißt es in … /
// wie die Polizei mitteilte. Tokens [j, hi).
func (d *doc) afterCue(j, hi int) attr {
	if j < hi && d.isPunct(j, ",") {
		j++
	}
	if j >= hi || !d.isWord(j) {
		return attr{}
	}
	if auxiliary[d.tok(j)] {
		if n, ok := d.npAt(j+1, hi); ok && n.kind != npNoun {
			k := n.last
			for c := 0; c < 4 && k < hi && d.isWord(k); c++ {
				if h, ok := d.cueAt(k, hi); ok && h.verb() {
					return attr{cue: &h, np: &n, plural: strings.HasSuffix(d.tok(j), "en")}
				}
				k++
			}
		}
		return attr{}
	}
	if a, ok := d.askFrame(j, hi); ok {
		return a
	}
	h, ok := d.cueAt(j, hi)
	if !ok {
		h, ok = d.invertedVerb(j, hi)
	}
	if !ok {
		return attr{}
	}
	switch h.form.Section {
	case lexicon.SpeechVerb, lexicon.ThoughtVerb:
		a := attr{cue: &h, plural: d.plural(h)}
		if d.activeZitieren(h, j) {
			// „…“, zitiert die Zeitung den Minister: the object speaks
			if n, ok := d.verbSpeaker(h, h.first, hi); ok {
				a.np = &n
			}
			return a
		}
		k := h.last
		if k < hi && d.tok(k) == "sich" {
			k++
		}
		if n, ok := d.npAt(k, hi); ok {
			a.np = &n
		} else if n, ok := d.closingSubject(h, j, hi); ok {
			a.np = &n
		} else if n, ok := d.closingAgent(h, j); ok {
			a.np = &n
		}
		return a
	case lexicon.Expression:
		a := attr{cue: &h}
		src := h.last
		if w := h.form.Words[len(h.form.Words)-1]; w == "in" || w == "aus" {
			src--
		}
		if n, ok := d.frameSource(src, hi); ok {
			a.np = &n
		} else if n, ok := d.npAt(h.last, hi); ok && !strings.HasPrefix(h.form.Lemma, "es ") {
			a.np = &n
		}
		return a
	case lexicon.Preposition:
		return d.prepCue(h, j, hi, true)
	}
	return attr{}
}

// askFrame reads the frame of a question „…?“, wollte X wissen, which
// starts at token j after the comma: a form of wollen, its subject, and
// wissen closing the sentence at most 16 tokens later. The cue is the
// form of wollen.
func (d *doc) askFrame(j, hi int) (attr, bool) {
	q := j - 1
	if d.isPunct(q, ",") {
		q--
	}
	if q < 1 || d.toks[q].Kind != text.QuoteMark || !d.isPunct(q-1, "?") {
		return attr{}, false
	}
	switch d.tok(j) {
	case "will", "wollte", "wollten", "wollen":
	default:
		return attr{}, false
	}
	n, ok := d.npAt(j+1, hi)
	if !ok || n.kind == npNoun && !d.groupNoun(n) {
		return attr{}, false
	}
	for k := n.last; k < hi && k <= j+16; k++ {
		if d.inQuote[k] >= 0 || d.isPunct(k, ",") {
			break
		}
		if d.tok(k) == "wissen" && (k+1 == hi || d.isSentEnd(k+1)) {
			h := cueHit{first: j, last: j + 1, particle: -1, form: lexicon.CueForm{Lemma: "wollen", Section: lexicon.SpeechVerb, Words: []string{d.tok(j)}}}
			return attr{cue: &h, np: &n, plural: strings.HasSuffix(d.tok(j), "en")}, true
		}
	}
	return attr{}, false
}

// invertedVerb accepts a verb that is not in the cue list as the cue of
// the frame „…“, rechnete sie vor. / „…“, ergänzte er.: a lower-case
// finite past form (…te, …ten) followed by the pronoun er or sie, at most
// one separable particle and the end of the sentence. German puts the
// subject after the verb there only when the clause frames the quotation,
// so the shape itself is the evidence.
func (d *doc) invertedVerb(j, hi int) (cueHit, bool) {
	w := d.tok(j)
	if !d.isLower(j) || !(strings.HasSuffix(w, "te") || strings.HasSuffix(w, "ten")) || j+1 >= hi {
		return cueHit{}, false
	}
	if p := d.tok(j + 1); p != "er" && p != "sie" {
		return cueHit{}, false
	}
	h := cueHit{first: j, last: j + 1, particle: -1, form: lexicon.CueForm{Lemma: w, Section: lexicon.SpeechVerb, Words: []string{w}}}
	k := j + 2
	if k < hi && d.isLower(k) && separableParticle[d.tok(k)] {
		h.particle = k
		h.form.Particle = d.tok(k)
		k++
	}
	if k < hi && !d.isSentEnd(k) {
		return cueHit{}, false
	}
	return h, true
}

// separableParticle holds the particles that close a framing clause
// (rechnete sie vor, fügte er hinzu).
var separableParticle = map[string]bool{
	"an": true, "auf": true, "aus": true, "ein": true, "fort": true, "hinzu": true,
	"nach": true, "vor": true, "weiter": true, "zu": true, "zurück": true,
}

// frameSource reads the source of a frame after heißt es: in einer
// Erklärung des Ministeriums, aus dem Ministerium, von Amnesty, auf der
// Webseite des Vereins, auf ihrer Homepage.
func (d *doc) frameSource(k, hi int) (np, bool) {
	for c := 0; c < 3 && k < hi; c++ {
		switch d.low(k) {
		case "in", "im", "aus", "von", "vom", "seitens", "bei", "beim", "auf":
			// auf only right at k: in der Meldung auf der Homepage von …
			// is the Meldung's
			web := strings.EqualFold(d.tok(k), "auf")
			if web && c > 0 {
				return np{}, false
			}
			k++
			phrase := k // the mention starts after the preposition
			if k < hi && (d.tok(k) == "einer" || d.tok(k) == "einem" || d.tok(k) == "der" || d.tok(k) == "dem" || d.tok(k) == "den" || framePossessive[d.tok(k)]) {
				k++
			}
			for k < hi && d.isLower(k) && (adjLike(d.tok(k)) || timeAdverb[d.tok(k)] && k+1 < hi && d.isLower(k+1) && adjLike(d.tok(k+1))) {
				k++ // in einer gestern verbreiteten Erklärung
			}
			if k < hi && d.isCap(k) {
				w := d.tok(k)
				if web && !hasSuffixFold(w, documentWord) {
					return np{}, false // auf Nachfrage, auf einer Pressekonferenz: no page
				}
				if fs := lexicon.CueList().Forms(w); len(fs) > 0 && fs[0].Section == lexicon.SpeechNoun || d.speechNoun(k) || web {
					if c, ok := d.complementOf(k+1, hi, true); ok {
						// in der Ankündigung des Sekretärs des Komitees:
						// the mention is the whole phrase, the source its
						// complement
						n := d.complementNP(c)
						n.first = phrase
						return n, true
					}
					// Im Bericht heißt es, heißt es in einer Erklärung:
					// the document itself
					return np{first: phrase, last: k + 1, kind: npDoc, head: k, name: [2]int{-1, -1}, gen: [2]int{-1, -1}}, true
				}
				_, r := d.role(k)
				if n, ok := d.npAt(k, hi); r && ok {
					return n, true // vom Sprecher Mark Toner
				}
				if hasSuffixFold(w, circleNoun) {
					// aus Regierungskreisen, aus gut informierten Kreisen:
					// people the text does not name, a group with an
					// empty Name (see markUnnamed)
					d.markUnnamed(w)
					n := np{first: phrase, last: k + 1, kind: npName, head: -1, name: [2]int{k, k + 1}, gen: [2]int{-1, -1}, g: genderUnknown}
					if c, ok := d.complement(k+1, hi); ok {
						n.last = c[1] // aus Kreisen der Koalition
					}
					return n, true
				}
				if !r && !d.orgWord(k) && !isMedia(w) && d.entAt[k] < 0 {
					return np{}, false // Aus Mangel an …, Im Mai: no source
				}
				// aus dem Ministerium, aus Paris
				n := np{first: k, last: k + 1, kind: npOrg, head: k, name: [2]int{-1, -1}, gen: [2]int{-1, -1}}
				e := k + 1
				for e < hi && e-k < 4 {
					if d.tok(e) == "&" && e+1 < hi && d.isCap(e+1) && d.isCap(e-1) {
						e++ // beim Eigentümerverband Haus & Grund: & joins a name
					} else if !d.isCap(e) {
						break
					}
					e++
				}
				n.last = e
				if !d.orgWord(k) {
					n.kind = npName
					n.name = [2]int{k, e}
				}
				return n, true
			}
			return np{}, false
		}
		k++
	}
	return np{}, false
}

// circleNoun ends the nouns of the circles a report comes from (aus
// Regierungskreisen, aus Kreisen der Koalition).
var circleNoun = []string{"kreisen", "kreise"}

// timeAdverb are the adverbs of time that may stand before the participle
// of a document phrase (in einer gestern verbreiteten Erklärung, in dem
// kürzlich veröffentlichten Bericht).
var timeAdverb = map[string]bool{
	"gestern": true, "heute": true, "vorgestern": true, "kürzlich": true, "jüngst": true,
	"bereits": true, "zuvor": true, "erst": true, "nun": true, "soeben": true, "eben": true,
}

// textFrame reads the text that a frame opening the clause before heißt
// es cites when it is no speech noun the lexicon knows (In dem Antrag
// heißt es, Im letzten Satz der Anordnung heißt es): in or im, a
// determiner and adjectives, a noun and its genitive, ending right before
// the verb at token v. The text names no one: a MISC Speaker, or the
// organisation or person its genitive names. Times and set phrases (Im
// Mai, In diesem Zusammenhang, Im Übrigen) are no text.
func (d *doc) textFrame(k, v int) (np, bool) {
	w := d.low(k)
	if w != "in" && w != "im" {
		return np{}, false
	}
	j := k + 1
	if j < v && (documentDet[d.tok(j)] || framePossessive[d.tok(j)] || d.tok(j) == "diesem" || d.tok(j) == "dieser") {
		j++
	}
	for c := 0; c < 3 && j < v && d.isLower(j) && adjLike(d.tok(j)) && d.inQuote[j] < 0; c++ {
		j++
	}
	if j >= v || !d.isCapWord(j) || d.inQuote[j] >= 0 || notText[d.tok(j)] || timeNoun[d.tok(j)] || d.entAt[j] >= 0 {
		return np{}, false
	}
	e := j + 1
	if e < v && d.isPunct(e, "(") && e+2 < v && d.isPunct(e+2, ")") {
		e += 3 // der Anordnung (Subpoena)
	}
	var gen [2]int
	if c, ok := d.complementOf(e, v, true); ok {
		gen, e = c, c[1]
		if e < v && d.isPunct(e, "(") && e+2 < v && d.isPunct(e+2, ")") {
			e += 3
		}
	}
	if e != v {
		return np{}, false
	}
	if gen[1] > 0 && (d.orgWord(gen[0]) || d.entAt[gen[1]-1] >= 0) {
		m := d.complementNP(gen)
		m.first = k + 1
		return m, true
	}
	return np{first: k + 1, last: v, kind: npDoc, head: j, name: [2]int{-1, -1}, gen: [2]int{-1, -1}}, true
}

// notText are nouns after in or im that open no text a frame cites.
var notText = map[string]bool{
	"Zusammenhang": true, "Übrigen": true, "Gegenzug": true, "Gegensatz": true, "Vorfeld": true,
	"Zuge": true, "Anschluss": true, "Folgenden": true, "Allgemeinen": true, "Moment": true,
	"Fall": true, "Falle": true, "Jahr": true, "Jahre": true, "Woche": true, "Monat": true,
	"Januar": true, "Februar": true, "März": true, "April": true, "Mai": true, "Juni": true,
	"Juli": true, "August": true, "September": true, "Oktober": true, "November": true, "Dezember": true,
}

// isHeisst reports whether w is a form of heißen (heißt es, hieß es).
func isHeisst(w string) bool {
	switch strings.ToLower(w) {
	case "heißt", "hieß", "heisst", "hiess":
		return true
	}
	return false
}

// lowerSource reads a source written in lower case at token k, as laut
// may name it: a web address, also in marks (laut „tagesschau.de“), a name
// with an Arabic article (laut el-Baradei) or a short acronym that is no
// German word (laut taz, laut dpa). It reports false for anything else.
func (d *doc) lowerSource(k, hi int) (np, bool) {
	if k+2 < hi && d.toks[k].Kind == text.QuoteMark && d.toks[k+2].Kind == text.QuoteMark && d.inQuote[k+1] < 0 && d.webAddress(k+1) {
		return np{first: k, last: k + 3, kind: npOrg, head: k + 1, name: [2]int{k + 1, k + 2}, gen: [2]int{-1, -1}}, true
	}
	if k >= hi || !d.isLower(k) || d.inQuote[k] >= 0 {
		return np{}, false
	}
	w := d.tok(k)
	n := np{first: k, last: k + 1, kind: npName, head: -1, name: [2]int{k, k + 1}, gen: [2]int{-1, -1}}
	switch {
	case d.webAddress(k):
		n.kind, n.head = npOrg, k
		return n, true
	case len(w) > 4 && (strings.HasPrefix(w, "el-") || strings.HasPrefix(w, "al-")) && unicode.IsUpper([]rune(w[3:])[0]):
		return n, true
	case utf8.RuneCountInString(w) >= 2 && utf8.RuneCountInString(w) <= 4 && !lexicon.Stopword(w) && !adjLike(w):
		n.kind, n.head = npOrg, k
		return n, true
	}
	return np{}, false
}

// framePossessive are the possessives that may open the document of a
// frame (auf ihrer Homepage, in seinem Bericht).
var framePossessive = map[string]bool{
	"seiner": true, "seinem": true, "ihrer": true, "ihrem": true,
}

// prepCue reads the source of a prepositional cue h at token j: laut X,
// gemäß X, so X, nach Angaben von X / des X, unter Berufung auf X, wie X
// mitteilte. afterQuote allows so X.
func (d *doc) prepCue(h cueHit, j, hi int, afterQuote bool) attr {
	switch strings.ToLower(h.form.Lemma) {
	case "laut", "gemäß", "unter berufung auf", "zitiert nach":
		if h.last >= hi || d.isSentEnd(h.last) {
			return attr{} // wurde es laut.: the adjective, no source after it
		}
		if strings.EqualFold(h.form.Lemma, "unter berufung auf") && d.verbInClause(h, hi) {
			// Unter Berufung auf Behörden teilte die Stiftung mit, …: who
			// relies on the source speaks, with the verb's cue
			return attr{}
		}
		if n, ok := d.possessiveSource(h.last, hi); ok {
			return attr{cue: &h, np: &n} // laut ihren Aussagen
		}
		if n, ok := d.npLoose(h.last, hi); ok {
			if fs := lexicon.CueList().Forms(d.tok(n.head0())); n.kind != npName && len(fs) > 0 && fs[0].Section == lexicon.SpeechNoun {
				// laut einer Mitteilung der Polizei, laut einem Bericht der
				// Zeitung: after a speech noun a medium is the source; the
				// source runs on over its genitives (laut Angaben eines
				// Sprechers der Stadt)
				if c, ok := d.complementOf(n.head0()+1, hi, true); ok {
					m := d.sourceNP(c, hi)
					return attr{cue: &h, np: &m}
				}
				return attr{cue: &h, bare: true, noun: n.head0()}
			}
			if n.kind == npNoun && d.speechNoun(n.head0()) {
				if c, ok := d.complementOf(n.last, hi, true); ok {
					m := d.sourceNP(c, hi)
					return attr{cue: &h, np: &m}
				}
				return attr{cue: &h, bare: true, noun: n.head0()}
			}
			if head := n.head0(); (n.kind == npNoun || n.kind == npName && n.name[1]-n.name[0] == 1 && d.entAt[head] < 0 && !isFirstName(d.tok(head)) && articleWord[d.tok(n.first)]) && !d.personNoun(head) && !personGroup(d.tok(head)) {
				// laut einem Test des Magazins „Auto heute“: a thing
				// with an owner is evidence the owner gives; the
				// mention is the whole phrase
				if c, ok := d.complementOf(n.last, hi, true); ok && d.toks[c[0]].Kind == text.QuoteMark || ok && (isMedia(d.tok(c[0])) || d.orgWord(c[0])) {
					m := d.complementNP(c)
					if k, marked := d.closingName(c[1], hi); c[1] < hi && d.toks[c[1]].Kind == text.QuoteMark && marked {
						// des Magazins „Auto heute“: the medium's name
						m.kind, m.head, m.name, m.last = npOrg, c[0], [2]int{c[1] + 1, k}, k+1
					}
					m.first = n.first
					return attr{cue: &h, np: &m}
				}
				if n.kind == npName && d.speechNoun(head) {
					// laut einem Bericht: a document with no owner named,
					// no person called Bericht
					return attr{cue: &h, bare: true, noun: head}
				}
			}
			return attr{cue: &h, np: &n}
		}
		if n, ok := d.lowerSource(h.last, hi); ok {
			return attr{cue: &h, np: &n} // laut taz, laut el-Baradei, laut „tagesschau.de“
		}
		if k := h.last; k < hi {
			// laut ai-Bericht, laut einer dpa-Meldung: a compound speech
			// noun whose first part, an acronym, is in lower case
			if documentDet[d.tok(k)] && k+1 < hi {
				k++
			}
			if d.isLower(k) && d.inQuote[k] < 0 && strings.Contains(d.tok(k), "-") && d.speechNoun(k) {
				return attr{cue: &h, bare: true, noun: k}
			}
		}
		return attr{cue: &h}
	case "so":
		if !afterQuote {
			return attr{}
		}
		if k := h.last; k < hi && demonstrative[d.tok(k)] && (k+1 >= hi || d.isSentEnd(k+1) || d.toks[k+1].Kind == text.Punct) {
			// „…“, so letztere.: a demonstrative stands for someone just
			// named, whom the rules do not resolve: the mention with no
			// Name, as a relative pronoun's (see Speaker)
			n := np{first: k, last: k + 1, kind: npPronoun, head: -1, name: [2]int{-1, -1}, gen: [2]int{-1, -1}, rel: k}
			return attr{cue: &h, np: &n}
		}
		if n, ok := d.npAt(h.last, hi); ok {
			if fs := lexicon.CueList().Forms(d.tok(n.head0())); n.kind != npName && len(fs) > 0 && fs[len(fs)-1].Section == lexicon.SpeechNoun {
				// so die Vorwürfe der Anwältin
				if c, ok := d.complement(n.head0()+1, hi); ok {
					m := d.complementNP(c)
					return attr{cue: &h, np: &m}
				}
				return attr{cue: &h}
			}
			return attr{cue: &h, np: &n}
		}
	case "nach":
		if n, ok := d.possessiveSource(h.last, hi); ok && h.last-h.first == 1 {
			h.last = n.last // Nach seiner Meinung: the cue is the frame
			return attr{cue: &h, np: &n}
		}
		if h.last-h.first < 2 {
			return attr{}
		}
		k := h.last
		if k < hi && (d.tok(k) == "von" || d.tok(k) == "vom") {
			k++
			if n, ok := d.npLoose(k, hi); ok {
				return attr{cue: &h, np: &n}
			}
			return attr{cue: &h}
		}
		if c, ok := d.complementOf(k, hi, true); ok {
			m := d.sourceNP(c, hi)
			m.first = k
			return attr{cue: &h, np: &m}
		}
		if strings.Contains(d.src[d.toks[h.first].Start:d.toks[h.last-1].End], "eigenen") {
			return attr{cue: &h, np: nil}
		}
		return attr{cue: &h}
	case "wie":
		n, ok := d.npAt(h.last, hi)
		if !ok {
			return attr{}
		}
		k := n.last
		if k < hi && d.isPunct(k, ",") {
			// wie Burt Rutan, Chef der Firma, mitteilte
			if e := d.appositionEnd(k+1, hi); e > 0 && d.isPunct(e, ",") {
				k = e + 1
			} else if e := d.openApposition(k+1, hi); e > 0 && n.kind == npName {
				// wie Jan Kolb, ein Sprecher der Armee (SPLA) der Presse
				// mitteilte: the closing comma is missing; the
				// apposition belongs to the mention, the medium after
				// it is addressed
				n.last = e
				k = e
				if c, ok := d.complementOf(e, hi, true); ok && isMedia(d.tok(c[0])) {
					k = c[1]
				}
			}
		}
		for c := 0; c < 6 && k < hi && d.isWord(k); c++ {
			if v, ok := d.cueAt(k, hi); ok && v.verb() {
				return attr{cue: &v, np: &n, plural: d.plural(v)}
			}
			k++
		}
	}
	return attr{}
}

// openApposition returns the end of a role apposition that starts at
// token j after a comma and runs on to the verb with no closing comma (ein
// Sprecher der Armee (SPLA) der Presse mitteilte): an article, a person
// noun and its complements, leaving out a medium in the dative before the
// verb, which is addressed. It returns -1 when the words do not read so.
func (d *doc) openApposition(j, hi int) int {
	k := j
	if k < hi && articleWord[d.tok(k)] {
		k++
	}
	if k >= hi || !d.isCapWord(k) || !d.personNoun(k) || d.inQuote[k] >= 0 {
		return -1
	}
	e := d.tailEnd(k+1, hi)
	if e >= hi || e == k+1 || !d.isLower(e) || !d.cueVerbWord(e) {
		return -1
	}
	if e-2 > k && (d.tok(e-2) == "der" || d.tok(e-2) == "dem") && isMedia(d.tok(e-1)) {
		e -= 2 // der Presse: the addressee
	}
	return e
}

// seinAux are the forms of sein that build the perfect of a verb of
// motion (war davon ausgegangen).
var seinAux = map[string]bool{"ist": true, "war": true, "sind": true, "waren": true, "sei": true, "seien": true, "wäre": true, "wären": true}

// seinPerfectSubject reads the subject of a cue in the perfect with sein
// (Die Soldaten waren davon ausgegangen, …; Bis zuletzt war das Lager
// davon ausgegangen, …), which the haben forms before a participle do
// not cover: the phrase before the form of sein, or right after it when
// an adverbial opens the clause, with at most a few lower-case words
// between it and the cue. Only ausgehen is read so: a form of sein before
// another participle is mostly the Zustandspassiv (waren gewarnt), whose
// subject is addressed, not speaking.
func (d *doc) seinPerfectSubject(h cueHit, cs int) (np, bool) {
	if !strings.HasSuffix(d.tok(h.last-1), "gegangen") {
		return np{}, false
	}
	a := h.first - 1
	for a > cs && h.first-a <= 8 && !seinAux[d.tok(a)] && d.toks[a].Kind == text.Word && d.inQuote[a] < 0 {
		a--
	}
	if a < cs || !seinAux[d.tok(a)] {
		return np{}, false
	}
	lowerTo := func(k int) bool { // only lower-case words from k to the cue
		for ; k < h.first; k++ {
			if !d.isLower(k) {
				return false
			}
		}
		return true
	}
	if n, ok := d.npAt(cs, a); ok && n.last == a && lowerTo(a+1) {
		return n, true
	}
	if a >= cs {
		// Bis zuletzt war das Lager …; Während …, war das Lager …: the
		// verb second after an adverbial or a subordinate clause
		if n, ok := d.npAt(a+1, h.first); ok && lowerTo(n.last) {
			return n, true
		}
	}
	return np{}, false
}

// shareSubject reads a share of people as the subject right before the
// verb at token v (47 Prozent der Befragten gaben an, Rund 60 Prozent
// der Mitglieder stimmten zu): a number, Prozent and the genitive of the
// group. A share names no one: its Speaker's Name stays empty (see
// markUnnamed).
func (d *doc) shareSubject(cs, v int) (np, bool) {
	i := cs
	if i < v && (d.tok(i) == "Rund" || d.tok(i) == "Etwa" || d.tok(i) == "Knapp" || d.tok(i) == "Fast") {
		i++
	}
	if i+3 >= v+1 || d.toks[i].Kind != text.Number || d.tok(i+1) != "Prozent" {
		return np{}, false
	}
	c, ok := d.complement(i+2, v)
	if !ok || c[1] != v {
		return np{}, false
	}
	d.markUnnamed(d.src[d.toks[i+1].Start:d.toks[c[1]-1].End])
	return np{first: cs, last: v, kind: npNoun, head: i + 1, name: [2]int{-1, -1}, gen: [2]int{-1, -1}}, true
}

// unclosedApposition reads a role phrase n right after a comma at cs,
// before the verb, as the apposition of a person's name before the comma
// whose closing comma the writer left out (Theo Kolb, Präsident des
// Sportbundes (DSB) nannte …; René Kolb, der Präsident des Staates sagte
// …): the name speaks, with the apposition in its mention, not the
// organisation of the role or the role alone.
func (d *doc) unclosedApposition(n np, cs, lo int) (np, bool) {
	if n.kind != npRole || n.name[0] >= 0 || cs-2 < lo || !d.isPunct(cs-1, ",") {
		return np{}, false
	}
	if n.first != n.head && !(n.first+1 == n.head && articleWord[d.tok(n.first)]) {
		return np{}, false
	}
	for s := max(lo, cs-5); s < cs-1; s++ {
		m, ok := d.npAt(s, cs-1)
		if !ok || m.last != cs-1 || m.kind != npName || !d.personName(m) {
			continue
		}
		if s > lo && !d.isPunct(s-1, ",") && d.isWord(s-1) && !d.cueVerbWord(s-1) && !articleWord[d.tok(s-1)] && d.isLower(s-1) {
			return np{}, false // the name is no subject opening its clause
		}
		m.last = n.last
		return m, true
	}
	return np{}, false
}

// pluralObject reports whether phrase n, opening the main clause at cs
// right before the cue verb h in a singular form (not in -n), is plural and so the verb's
// object, not its subject (Die Demonstranten beschrieb die
// Nachrichtenagentur als „aggressiv“): a group opened by a quantifier
// (Einige Experten), a definite noun in -en or -innen with die, or one
// with an adjective in -en after die (die tibetischen Mönche; singular
// would be die tibetische).
func (d *doc) pluralObject(n np, h cueHit, cs int) bool {
	if strings.HasSuffix(d.tok(h.first), "n") || cs != d.afterDateline(d.sents[d.sentOf[cs]]) {
		return false
	}
	if groupQuantifier[d.low(n.first)] || countNoun[d.tok(n.first)] {
		return true // Einige Experten bezeichnete der Minister als „…“: a counted group is plural
	}
	if n.kind != npNoun && n.kind != npRole || n.head < 0 || n.name[0] >= 0 || n.gen[0] >= 0 {
		return false
	}
	if w := d.tok(n.first); w != "Die" && w != "die" {
		return false
	}
	for i := n.first + 1; i < n.head; i++ {
		if d.isLower(i) && strings.HasSuffix(d.tok(i), "en") {
			return true // die tibetischen Mönche: -en after die is plural
		}
	}
	head := d.tok(n.head)
	return strings.HasSuffix(head, "en") && !isOrgWord(head) || strings.HasSuffix(head, "innen")
}

// verbInClause reports whether a verb of saying stands in the clause of
// the prepositional cue h, before it from the clause's start or after it
// up to the next comma, colon or the end of the sentence (before hi).
func (d *doc) verbInClause(h cueHit, hi int) bool {
	lo := d.clauseStart(h.first, d.sents[d.sentOf[h.first]].first)
	for k := lo; k < hi && k < h.first+20; k++ {
		if k >= h.first && k < h.last {
			continue
		}
		if k > h.first && (d.isPunct(k, ",") || d.isPunct(k, ":") || d.isSentEnd(k)) || d.inQuote[k] >= 0 {
			break
		}
		if v, ok := d.cueAt(k, hi); ok && v.verb() {
			return true
		}
	}
	return false
}

// demonstrative are the pronouns that point back to someone just named
// (…, so letztere; …, so dieser).
var demonstrative = map[string]bool{
	"letztere": true, "letzterer": true, "letzteres": true, "diese": true, "dieser": true,
	"jene": true, "jener": true, "Letztere": true, "Letzterer": true,
}

func (n np) head0() int {
	if n.head >= 0 {
		return n.head
	}
	if n.name[0] >= 0 {
		return n.name[0]
	}
	return n.first
}

// complementNP turns a complement token range into a speaker phrase.
func (d *doc) complementNP(c [2]int) np {
	n := np{first: c[0], last: c[1], head: c[0], name: [2]int{-1, -1}, gen: [2]int{-1, -1}}
	if c[0] > 0 && (genDet[d.tok(c[0]-1)] || d.tok(c[0]-1) == "dem") {
		n.first = c[0] - 1
	}
	k, marked := 0, false
	if d.toks[c[0]].Kind == text.QuoteMark {
		k, marked = d.closingName(c[0], c[1])
	}
	switch {
	case marked:
		// der „Nordsee-Zeitung“: a name in marks
		n.kind, n.head, n.name = npOrg, c[0]+1, [2]int{c[0] + 1, k}
	case d.orgWord(c[0]) || isMedia(d.tok(c[0])):
		n.kind = npOrg
		if c[1]-c[0] > 2 && d.toks[c[0]+1].Kind == text.QuoteMark && d.toks[c[1]-1].Kind == text.QuoteMark {
			n.name = [2]int{c[0] + 2, c[1] - 1} // der Zeitung „Kieler Bote“: the name in marks
		} else if c[1]-c[0] > 1 {
			n.name = [2]int{c[0] + 1, c[1]}
		}
	case d.orgName(c):
		// des Statistischen Bundesamtes: declined adjectives before an
		// organisation noun are its name, put in the nominative when
		// resolved
		n.kind = npOrg
	default:
		if _, ok := d.role(c[0]); ok {
			n.kind = npRole
			if c[1]-c[0] > 1 {
				n.name = [2]int{c[0] + 1, c[1]}
			}
		} else if n.first == c[0] {
			n.kind = npName
			n.name = c
		} else {
			n.kind = npNoun
		}
	}
	return n
}

// fieldEnd returns the end of the für phrase at token k that names an
// organisation's field (für Umwelt, für die Sicherheit in der
// Informationstechnik is cut after Sicherheit): für, perhaps an article and
// up to two adjectives, and a capitalised noun; k when there is none, or
// when the recogniser took the noun for an entity of its own (des Deutschen
// Instituts | für Wirtschaft), which would then be the one resolved.
func (d *doc) fieldEnd(k, hi int) int {
	if k+1 >= hi || d.tok(k) != "für" || d.inQuote[k+1] >= 0 {
		return k
	}
	j := k + 1
	if articleWord[d.tok(j)] || d.tok(j) == "das" {
		j++
	}
	for c := 0; c < 2 && j < hi && d.isLower(j) && adjLike(d.tok(j)) && d.inQuote[j] < 0; c++ {
		j++
	}
	if j < hi && d.isCapWord(j) && d.inQuote[j] < 0 && !stopNoun[d.tok(j)] && (d.entAt[j] < 0 || d.entAt[j] == d.entAt[k-1]) {
		return j + 1
	}
	return k
}

// orgName reports whether complement c is an organisation's name of
// capitalised adjectives and an organisation noun (Statistischen
// Bundesamtes, Europäischen Kommission), which the recogniser may not
// know.
func (d *doc) orgName(c [2]int) bool {
	if c[1]-c[0] < 2 || c[1]-c[0] > 4 || !d.orgWord(c[1]-1) {
		return false
	}
	for i := c[0]; i < c[1]-1; i++ {
		if !d.isCapWord(i) || d.inQuote[i] >= 0 || !adjLike(lowerFirst(d.tok(i))) {
			return false
		}
	}
	return true
}

// sourceNP is complementNP for the source after a speech noun, with the
// genitives and the name in apposition that follow it (Nach Angaben der
// Sprecherin der Fraktion, Anna Berger, …): see [doc.mentionEnd].
func (d *doc) sourceNP(c [2]int, hi int) np {
	n := d.complementNP(c)
	if _, spokes := spokesWord(d.tok(n.head)); spokes && n.kind == npRole && n.gen[0] < 0 {
		// eines Sprechers der Stadt: the genitive owns the role, so an
		// unnamed spokesperson gives the organisation
		if g, ok := d.complement(n.last, hi); ok {
			n.gen = g
		}
	}
	if n.kind == npOrg {
		// nach Angaben des Landesamtes für Umwelt: the field after an
		// organisation noun is part of its name
		n.last = d.fieldEnd(n.last, hi)
	}
	var name [2]int
	if n.last, name = d.mentionEnd(n.last, hi); name[0] >= 0 {
		n.name = name // the person is named
		if n.kind == npNoun {
			n.kind = npRole
		}
	}
	return n
}

// possessiveGender are the possessive determiners of a person before a speech
// noun (seiner Meinung, ihren Aussagen), with the person's gender; ihr may
// also be plural, and then resolves to no one.
var possessiveGender = map[string]gender{
	"seiner": genderMale, "seinen": genderMale, "seine": genderMale, "seinem": genderMale,
	"ihrer": genderFemale, "ihren": genderFemale, "ihre": genderFemale, "ihrem": genderFemale,
	"Seiner": genderMale, "Ihrer": genderFemale,
}

// possessiveSource reads a possessive before a speech noun at token i
// (Nach seiner Meinung, laut ihren Aussagen, gemäß seiner Aussage): the
// source is the person the possessive refers to, resolved like er or sie,
// and the mention is the two words as written.
func (d *doc) possessiveSource(i, hi int) (np, bool) {
	if i+1 >= hi {
		return np{}, false // laut at the end of the text
	}
	g, ok := possessiveGender[d.tok(i)]
	if !ok || d.inQuote[i+1] >= 0 || !d.speechNounWord(i+1) {
		return np{}, false
	}
	return np{first: i, last: i + 2, kind: npPronoun, head: -1, name: [2]int{-1, -1}, gen: [2]int{-1, -1}, g: g}, true
}

// zufolgeSource finds X in „X zufolge“ ending at token z: a speech noun
// phrase (see [doc.zufolgeDocument]), else a person or organisation. A
// bare speech noun (Polizeiangaben zufolge) is returned as an npNoun: see
// [doc.bare].
func (d *doc) zufolgeSource(z, lo int) (np, bool) {
	if n, ok := d.zufolgeDocument(z, lo); ok {
		return n, true
	}
	for k := max(lo, z-8); k < z; k++ {
		if n, ok := d.npLoose(k, z); ok && n.last == z {
			if k-1 > lo && placePrep[d.tok(k-1)] && d.isCap(k-2) {
				// Den Polizeibehörden in Mombasa zufolge, Kreisen in Berlin
				// zufolge: the place only locates the source before it
				return d.placedSource(k-1, lo)
			}
			if fs := lexicon.CueList().Forms(d.tok(n.head0())); n.kind != npName && len(fs) > 0 && fs[0].Section == lexicon.SpeechNoun {
				if c, ok := d.complementOf(n.head0()+1, z, true); ok && c[1] == z {
					m := d.complementNP(c)
					return m, true
				}
				return np{}, false
			}
			if n.kind == npNoun && !d.speechNoun(n.head0()) {
				continue // a common noun names no source
			}
			return n, true
		}
	}
	return np{}, false
}

// placeRun returns the end of the capitalised words from token j, at most
// three, not past hi.
func (d *doc) placeRun(j, hi int) int {
	e := j
	for e < hi && e-j < 3 && d.isCap(e) && d.inQuote[e] < 0 {
		e++
	}
	return e
}

// placedSource returns the source before the place preposition at token
// p (Den Polizeibehörden in Mombasa zufolge → Den Polizeibehörden): a
// person, organisation or speech noun phrase that ends there. A common
// noun (Kreisen in Berlin) gives none rather than the place.
func (d *doc) placedSource(p, lo int) (np, bool) {
	for s := max(lo, p-8); s < p; s++ {
		n, ok := d.npLoose(s, p)
		if !ok || n.last != p {
			continue
		}
		if n.kind == npNoun && !d.speechNoun(n.head0()) || n.kind == npPronoun {
			return np{}, false
		}
		return n, true
	}
	return np{}, false
}

// zufolgeDocument reads a speech noun with its determiner, adjectives and
// complements before zufolge ending at token z (Angaben des Instituts von
// Bergen zufolge, Einer Mitteilung des Verbandes Norddeutscher Bäcker
// (VNB) zufolge, Offiziellen Angaben zufolge). The phrase from its
// determiner is the source as written, as a reader marks the evidence
// (and SpkAtt the Source); its first complement names who speaks and ends
// the phrase, since a later one (von Bergen) only places the first:
// [doc.widen] adds that one when it names an owner. With no complement and no
// determiner or adjective, the noun alone is returned as a bare npNoun,
// so the compound and document rules read it (Polizeiangaben zufolge); a
// noun between it and the noun phrase before (die Gruppe Schätzungen
// zufolge) is no part of it. It reports false when no speech noun opens
// the words before zufolge.
func (d *doc) zufolgeDocument(z, lo int) (np, bool) {
	for s := max(lo, z-10); s < z; s++ {
		if d.inQuote[s] >= 0 || !d.isCap(s) || !d.speechNoun(s) {
			continue
		}
		if s > lo && d.tok(s-1) == "für" {
			// Dem Bundesamt für Statistik zufolge: the noun names the
			// field of an organisation, not a document
			continue
		}
		e, gen := s+1, [2]int{-1, -1}
		for c := 0; c < 3 && e < z; c++ {
			cm, ok := d.complementOf(e, z, true)
			if !ok || cm[1] <= e {
				break
			}
			if gen[0] < 0 && !timeNoun[d.tok(cm[0])] {
				gen = cm // not a date: Angaben vom Mittwoch
			}
			e = cm[1]
			if e+2 < z && d.isPunct(e, "(") && d.toks[e+1].Kind == text.Word && d.isPunct(e+2, ")") {
				e += 3 // an acronym in brackets: des Verbandes (VNB)
			}
		}
		if e < z && placePrep[d.tok(e)] && gen[0] >= 0 {
			// Angaben der Polizei in Hamburg zufolge: a place after the
			// source locates it
			j := e + 1
			for j < z && (d.tok(j) == "der" || d.tok(j) == "dem" || d.isLower(j) && adjLike(d.tok(j))) {
				j++
			}
			if j < z && d.isCap(j) && d.placeRun(j, z) == z {
				e = z
			}
		}
		if e != z {
			continue
		}
		start := d.documentStart(s, lo)
		if gen[0] >= 0 {
			m := d.complementNP(gen)
			m.first = start
			return m, true
		}
		if start == s {
			return np{first: s, last: z, kind: npNoun, head: s, name: [2]int{-1, -1}, gen: [2]int{-1, -1}}, true
		}
		return np{first: start, last: z, kind: npDoc, head: s, name: [2]int{-1, -1}, gen: [2]int{-1, -1}}, true
	}
	return np{}, false
}

// timeNoun are the days and times a von phrase after a speech noun may
// date it by (Angaben vom Mittwoch): they name no source.
var timeNoun = map[string]bool{
	"Montag": true, "Dienstag": true, "Mittwoch": true, "Donnerstag": true, "Freitag": true,
	"Samstag": true, "Sonnabend": true, "Sonntag": true, "Wochenende": true, "Vortag": true,
	"Morgen": true, "Vormittag": true, "Mittag": true, "Nachmittag": true, "Abend": true,
}

// documentStart returns the first token of the phrase whose speech noun
// is token i, not before token lo: up to three attributive adjectives
// (ersten, offiziellen, näher genannten) and a determiner (einer, dem).
// A capitalised adjective may open the sentence (Offiziellen Angaben
// zufolge). A lower-case word in -en right after a noun or pronoun is
// the finite verb of the clause, not an adjective (Die Händler gewinnen
// Medienberichten zufolge an Einfluss; Sie entstammen …).
func (d *doc) documentStart(i, lo int) int {
	b := i
	for c := 0; c < 3 && b > lo && d.inQuote[b-1] < 0; c++ {
		j := b - 1
		w := d.tok(j)
		if documentDet[w] {
			break
		}
		if d.isLower(j) && adjLike(w) && !d.cueVerbWord(j) {
			if j > lo && d.isCapWord(j-1) && !documentDet[d.tok(j-1)] && !leadPrep[d.tok(j-1)] {
				break
			}
			b = j
			continue
		}
		if d.sentStart(j) && d.isCapWord(j) && adjLike(lowerFirst(w)) && !d.speechNoun(j) && d.entAt[j] < 0 {
			b = j
		}
		break
	}
	if b > lo && d.inQuote[b-1] < 0 && documentDet[d.tok(b-1)] {
		b--
	}
	return b
}

// frameCue reads the attribution of a frame before a quotation, tokens
// [lo, end): Merz sagte am Montag / Am Montag sagte Merz / Sie wird mit den
// Worten zitiert / sagte er und fügte hinzu. colon tells whether a colon
// follows; without one, the cue must end the frame.
func (d *doc) frameCue(lo, end int, colon bool) attr {
	var hits []cueHit
	for i := lo; i < end; i++ {
		if h, ok := d.cueAt(i, end); ok && (h.verb() && !d.attributive(h) || h.form.Section == lexicon.Preposition && strings.EqualFold(h.form.Lemma, "laut")) {
			hits = append(hits, h)
			i = h.last - 1
		}
	}
	if colon {
		if a, ok := d.soColon(lo, end); ok {
			return a
		}
	}
	if len(hits) == 0 {
		if colon && end-lo <= 6 {
			// Headline or ticker: Merz: „…“, Heldt nach Niederlage: „…“
			if n, ok := d.npAt(lo, end); ok && n.kind != npPronoun && n.kind != npNoun && (n.last == end || n.kind == npName && d.headline(lo)) {
				return attr{np: &n}
			}
		}
		if colon && end-lo <= 16 && end < len(d.toks) {
			// In running text, a speaker with an apposition or a short
			// prepositional phrase and no verb: Ein Beamter der
			// Nationalpolizei: „…“ / Nina Hagen zur neuen Heimat: „…“ /
			// Erkki Tuomioja, Präsident des Rats: „…“
			if n, ok := d.npAt(lo, end); ok && (n.kind == npName || n.kind == npRole) && d.sentStart(lo) {
				switch {
				case n.last == end:
					return attr{np: &n}
				case d.isPunct(n.last, ",") && n.kind == npName && d.appositionEnd(n.last+1, end+1) == end:
					return attr{np: &n}
				case d.framePP(n.last, end):
					return attr{np: &n}
				}
			}
		}
		if colon {
			if n, ok := d.colonSubject(lo, end); ok {
				return attr{np: &n}
			}
		}
		return attr{}
	}
	h := hits[len(hits)-1]
	if !colon {
		last := max(h.last, h.particle+1)
		if n, ok := d.npAt(h.last, end); ok && n.last > last {
			last = n.last
		}
		if last < end && !(last == end-1 && d.isPunct(last, ",")) {
			return attr{}
		}
	}
	a := attr{cue: &h, plural: d.plural(h)}
	if h.form.Section == lexicon.Preposition {
		return d.prepCue(h, h.first, end, false)
	}
	if n, ok := d.verbSpeaker(h, lo, end); ok {
		a.np = &n
		return a
	}
	for k := len(hits) - 2; k >= 0; k-- {
		if n, ok := d.verbSpeaker(hits[k], lo, end); ok {
			a.np = &n
			return a
		}
	}
	// The subject that opens the sentence: Merkel lobte … und fügte hinzu:
	// (not the medium that zitiert someone)
	if n, ok := d.npAt(lo, end); ok && n.last < end && d.isLower(n.last) && !d.activeZitieren(h, lo) {
		a.np = &n
		return a
	}
	return a
}

// attributive reports whether the one-word cue verb h is a participle
// used as an adjective (nicht näher bezeichnete „technische Probleme“,
// die oft zitierte „Wende“): its form is inflected like an adjective and
// an article or an adverb of degree stands before it, where a verb has
// its subject or an object. It says nothing, and its clause has no
// subject to give.
func (d *doc) attributive(h cueHit) bool {
	if h.first == 0 || h.last-h.first != 1 || h.particle >= 0 || d.inQuote[h.first-1] >= 0 {
		return false
	}
	if w := d.tok(h.first); !strings.HasSuffix(w, "e") && !strings.HasSuffix(w, "en") {
		return false
	}
	return attributiveBefore[d.tok(h.first-1)]
}

// attributiveBefore are the words before an inflected participle that
// make it an adjective: articles and adverbs of degree.
var attributiveBefore = map[string]bool{
	"der": true, "die": true, "das": true, "den": true, "dem": true, "des": true,
	"ein": true, "eine": true, "einer": true, "einen": true, "einem": true, "eines": true,
	"näher": true, "oft": true, "häufig": true, "vielfach": true, "viel": true, "gern": true, "so": true,
}

// soColon reads a so-frame that closes the words before a colon and
// opens a quotation after it (Die Kosten seien zu hoch, so Jan Kolb
// weiter: „…“): so after a comma, a person or organisation, and at most
// two adverbs up to the colon at end. The quotation goes on with that
// speaker's words.
func (d *doc) soColon(lo, end int) (attr, bool) {
	for i := end - 2; i > lo && i >= end-12; i-- {
		if d.inQuote[i] >= 0 || d.isPunct(i, ",") {
			break
		}
		if d.tok(i) != "so" || !d.isPunct(i-1, ",") {
			continue
		}
		h, ok := d.cueAt(i, end)
		if !ok || h.form.Section != lexicon.Preposition {
			return attr{}, false
		}
		n, ok := d.npAt(i+1, end)
		if !ok || n.kind == npPronoun || n.kind == npNoun || end-n.last > 2 {
			return attr{}, false
		}
		for k := n.last; k < end; k++ {
			if !d.isLower(k) || !frameAdverb[upperFirst(d.tok(k))] && d.tok(k) != "abschließend" {
				return attr{}, false
			}
		}
		return attr{cue: &h, np: &n}, true
	}
	return attr{}, false
}

// verdictNoun are nouns for someone's conclusion or response that, like
// speech nouns, give their owner's words after a colon (Das Fazit von Eva
// Lind überrascht nicht: „…“).
var verdictNoun = map[string]bool{
	"Fazit": true, "Bilanz": true, "Resümee": true, "Reaktion": true, "Kommentar": true,
	"Botschaft": true, "Appell": true, "Urteil": true, "Einschätzung": true,
}

// colonSubject finds the subject of a frame before a colon whose verb is
// not in the cue list (Die Firma empfindet die Kritik als ungerecht: „…“ /
// Hier sparte der Bundespräsident nicht mit Kritik: „…“): a person,
// organisation or pronoun that opens the sentence before a lower-case
// verb, or follows the verb after an opening adverb. Such a frame
// introduces its own speaker; the quotation does not continue an earlier
// one.
func (d *doc) colonSubject(lo, end int) (np, bool) {
	if !d.sentStart(lo) {
		return np{}, false
	}
	speaker := func(n np) bool {
		switch n.kind {
		case npName, npRole, npOrg, npPronoun:
			return !d.abstractObject(n)
		}
		return false
	}
	if openingSubordinator[d.tok(lo)] {
		// Da die Elf drei Spiele gewann, war Trainer Kolb zufrieden: the
		// clause is the first constituent; the verb after its comma, then
		// the subject. No subject there: no one.
		for v := lo + 1; v+1 < end; v++ {
			if d.inQuote[v] >= 0 {
				break
			}
			if d.isPunct(v, ",") {
				if n, ok := d.npAt(v+2, end); ok && speaker(n) && d.isLower(v+1) {
					return n, true
				}
				break
			}
		}
		return np{}, false
	}
	if n, ok := d.npAt(lo, end); ok && n.last < end && (d.isLower(n.last) || d.afterInsertion(n.last, end) > n.last || d.appositionClosed(n, end)) && speaker(n) {
		return n, true
	} else if ok && n.kind == npNoun && n.gen[0] >= 0 && n.last < end && d.isLower(n.last) && (d.speechNounWord(n.head) || verdictNoun[d.tok(n.head)]) {
		// Die Antwort des Ministers war knapp:, Die Warnung von Eva
		// Lind ist deutlich: the owner of the words speaks, a person or
		// a body, not a thing (der Studie)
		if o := d.complementNP(n.gen); o.kind == npName || o.kind == npRole || o.kind == npOrg {
			return o, true
		}
	}
	// The finite verb after a first constituent (an adverb, a
	// prepositional phrase or an object: Im Kongress warb Obama …, Den
	// Unmut der CDU brachte die Sprecherin … zum Ausdruck), then the
	// subject.
	for v := lo + 1; v < end && v-lo <= 12; v++ {
		if d.isPunct(v, ",") || d.inQuote[v] >= 0 {
			break
		}
		w := d.tok(v)
		if !d.isLower(v) || phraseWord[w] || framePrep[w] || clausePrep[w] || numberWord[w] || adjLike(w) && v+1 < end && d.isCapWord(v+1) {
			continue // nach fünf Jahren: a number word is no verb
		}
		j := v + 1
		if j < end && d.tok(j) == "sich" {
			j++
		}
		if n, ok := d.npAt(j, end); ok && speaker(n) {
			return n, true
		}
		break
	}
	return np{}, false
}

// appositionClosed reports whether mention n ends in a name in apposition
// whose closing comma is followed by a lower-case verb (Der Agrarexperte
// von Greenpeace, Martin Hofer, wandte sich …): the mention took the
// apposition, and the comma after it closes it.
func (d *doc) appositionClosed(n np, end int) bool {
	return n.name[0] > n.first && n.name[1] == n.last && d.isPunct(n.name[0]-1, ",") &&
		d.isPunct(n.last, ",") && n.last+1 < end && d.isLower(n.last+1)
}

// openingSubordinator are the conjunctions that open a sentence with a
// subordinate clause.
var openingSubordinator = map[string]bool{
	"Da": true, "Weil": true, "Als": true, "Nachdem": true, "Obwohl": true, "Wenn": true, "Falls": true,
	"Sobald": true, "Bevor": true, "Ehe": true, "Obgleich": true, "Sofern": true,
}

// subjectConjunction are the conjunctions that open a subordinate clause
// whose subject follows them (indem er sagte).
var subjectConjunction = map[string]bool{
	"indem": true, "weil": true, "nachdem": true, "obwohl": true, "wenn": true,
	"während": true, "bevor": true, "sobald": true, "zumal": true,
}

// numberWord are the number words written out in a phrase.
var numberWord = map[string]bool{
	"zwei": true, "drei": true, "vier": true, "fünf": true, "sechs": true, "sieben": true, "acht": true,
	"neun": true, "zehn": true, "elf": true, "zwölf": true, "zwanzig": true, "hundert": true, "tausend": true,
}

// clausePrep are prepositions that may stand in the first constituent of a
// frame, before its verb.
var clausePrep = map[string]bool{
	"mit": true, "an": true, "um": true, "durch": true, "gegen": true, "ohne": true, "seit": true,
	"unter": true, "hinter": true, "neben": true, "zwischen": true, "wegen": true, "trotz": true,
	"nach": true, "während": true, "bis": true, "ab": true,
}

// framePrep are the prepositions of a short phrase between a speaker and
// the colon of a frame without a verb (Ein Hauptkommissar nach der
// Festnahme: „…“).
var framePrep = map[string]bool{
	"nach": true, "zur": true, "zum": true, "zu": true, "über": true, "vor": true, "im": true,
	"am": true, "gegenüber": true, "auf": true, "bei": true, "beim": true,
}

// framePP reports whether tokens [a, end) are one short prepositional
// phrase of noun-phrase words (nach der Festnahme, zur neuen Heimat).
func (d *doc) framePP(a, end int) bool {
	if a >= end || end-a > 5 || !framePrep[d.tok(a)] || !d.isCapWord(end-1) {
		return false
	}
	for i := a + 1; i < end; i++ {
		if !d.phraseTok(i) {
			return false
		}
	}
	return true
}

// frameAdverb are adverbs that may open a frame before its subject (Auch
// die Ministerin sagte:, Weiter sagte Larson:).
var frameAdverb = map[string]bool{
	"Auch": true, "Weiter": true, "Zudem": true, "Außerdem": true, "Ferner": true, "Später": true,
	"Zuvor": true, "Dann": true, "Danach": true, "Anschließend": true, "Schließlich": true, "Nun": true,
	"Jetzt": true, "Bereits": true, "Schon": true, "Ebenfalls": true, "Dabei": true, "Hier": true,
	"Doch": true, "Allerdings": true, "Gleichzeitig": true, "Zugleich": true, "Unterdessen": true,
	"Inzwischen": true, "Daraufhin": true, "Dazu": true,
}

// frameSubject finds the subject of cue verb h when none stands next to
// it: the name, role, organisation or pronoun that opens its clause after
// an adverb (Ministerin Gitta Trauernicht (SPD) sagte am Samstag:, Glos
// hatte in einem Interview gesagt, …) or follows an auxiliary (Bereits
// 2005 hatte Kanzlerin Angela Merkel in einer Rede verkündet:). Common nouns do not count: they are objects and
// time words as often as subjects.
func (d *doc) frameSubject(lo int, h cueHit) (np, bool) {
	// A subject with no comma between it and its cue lies within a few
	// dozen tokens; the bound keeps a sentence of many cues linear.
	lo = max(lo, h.first-frameReach)
	for k := lo; k < h.first; k++ {
		if d.isPunct(k, ":") || d.isPunct(k, ",") || d.inQuote[k] >= 0 {
			lo = k + 1 // Frage: Die Ministerin hat gesagt: „…“
		}
	}
	// The subject stays in the cue's clause: no comma, colon or quotation
	// between it and the cue, and no more than a few adverbials.
	at := func(i int) (np, bool) {
		n, ok := d.npAt(i, h.first)
		if !ok || n.kind == npNoun || n.last > h.first || h.first-n.last > 8 {
			return np{}, false
		}
		return n, true
	}
	i := lo
	if i < h.first && frameAdverb[d.tok(i)] {
		i++
	}
	if i < h.first {
		if n, ok := at(i); ok {
			return n, true
		}
		if a := d.afterDateline(d.sents[d.sentOf[i]]); a > i && a < h.first {
			i = a // GENF (dpa) - Die Vereinten Nationen hatten …
		}
		if n, ok := d.npAt(i, h.first); ok && n.kind == npNoun && n.last < h.first && (auxiliary[d.tok(n.last)] || modal[d.tok(n.last)]) && d.entAt[n.last-1] >= 0 && d.ents[d.entAt[n.last-1]].Type != entity.Misc {
			// Die Vereinten Nationen hatten die Europäische Union
			// gebeten: a recognised name before the auxiliary is its
			// subject, the phrase after it the object
			return n, true
		}
	}
	for k := lo; k < h.first-1; k++ {
		if auxiliary[d.tok(k)] || modal[d.tok(k)] {
			if n, ok := at(k + 1); ok {
				return n, true
			}
			// Monatelang haben die Stadtwerke bestritten, dass …: in
			// the perfect the phrase right after a form of haben in
			// second place is the subject, a thing or body too (not
			// after werden, whose phrase is the passive's subject).
			if n, ok := d.npAt(k+1, h.first); ok && perfectAux[d.tok(k)] && n.kind == npNoun && articleWord[d.tok(k+1)] && n.last <= h.first && d.isLower(n.last) && !d.bareNoun(n) && !d.abstractObject(n) {
				return n, true
			}
		}
	}
	return np{}, false
}

// frameReach bounds how far before its cue frameSubject looks.
const frameReach = 64

// headline reports whether token i lies in the first paragraph of a text
// of several, the usual place of a headline.
func (d *doc) headline(i int) bool {
	return len(d.paras) > 1 && i < d.paras[0].last
}

// sentenceCue searches the sentence around a partial quotation for an
// attribution: laut X, X zufolge, nach Angaben von X, or a cue verb with its
// subject. The nearest to the quotation wins.
func (d *doc) sentenceCue(s sent, open, close int) attr {
	lo := max(s.first, open-80)
	hi := s.last
	if close >= 0 {
		hi = min(s.last, close+80)
	}
	best := attr{}
	bestDist := 1 << 30
	for i := lo; i < hi; i++ {
		if d.inQuote[i] >= 0 {
			continue
		}
		var a attr
		w := d.tok(i)
		if _, poss := possessiveGender[w]; poss && i+3 < hi && opinionNoun[d.tok(i+1)] && d.tok(i+2) == "nach" && d.inQuote[i+2] < 0 && !d.isCapWord(i+3) && !articleWord[d.tok(i+3)] {
			// Seiner Ansicht nach „…“: the possessive frame, resolved
			// like er or sie, as in reported speech; not a noun's
			// complement (ihrer Forderung nach Neuwahlen)
			if n, ok := d.possessiveSource(i, hi); ok {
				h := cueHit{first: i, last: i + 3, particle: -1, form: lexicon.CueForm{Lemma: "nach", Section: lexicon.Preposition, Words: []string{"nach"}}}
				a = attr{cue: &h, np: &n}
			}
		} else if w == "zufolge" {
			if n, ok := d.zufolgeSource(i, lo); ok {
				h := cueHit{first: i, last: i + 1, particle: -1, form: lexicon.CueForm{Lemma: "zufolge", Section: lexicon.Preposition, Words: []string{"zufolge"}}}
				a = attr{cue: &h, np: &n}
			}
		} else if h, ok := d.cueAt(i, hi); ok {
			switch {
			case h.verb() && h.form.Section != lexicon.ThoughtVerb && !d.attributive(h):
				// a weak cue (fürchtet einen „Förderstopp-Schock“) does
				// not make quoted words someone's
				a = attr{cue: &h, plural: d.plural(h)}
				if n, ok := d.verbSpeaker(h, s.first, hi); ok {
					a.np = &n
				}
			case h.form.Section == lexicon.Preposition:
				l := strings.ToLower(h.form.Lemma)
				if l == "so" && !(i > s.first && d.isPunct(i-1, ",")) {
					break
				}
				if l == "wie" && !(i > s.first && d.isPunct(i-1, ",") || d.sentStart(i)) {
					break
				}
				a = d.prepCue(h, i, hi, true)
			}
		}
		if a.cue == nil || a.np == nil {
			continue
		}
		dist := open - i
		if i > open {
			dist = i - open
		}
		if a.cue.form.Section == lexicon.Preposition {
			dist -= 1000 // laut X, X zufolge attribute the whole sentence
		}
		if dist < bestDist {
			best, bestDist = a, dist
		}
	}
	if best.cue == nil {
		best = d.chantFrame(s, open)
	}
	if !best.ok() {
		best = d.alsFrame(s, open)
	}
	return best
}

// closingSubject finds the subject of a cue verb right after the marks
// that closes a subordinate or relative clause holding the quotation at
// token open (…, weil die Regierung das Land als „…“ bezeichnet hat; ein
// Kommentar, der die Entscheidung als „…“ bezeichnet): the verb's own
// clause starts before the marks, where the rules that look for its
// subject stop. After a conjunction its subject follows it; a relative
// pronoun is read as in [doc.relativeSubject].
func (d *doc) closingSubject(h cueHit, j, hi int) (np, bool) {
	if h.first != j || j < 2 || d.toks[j-1].Kind != text.QuoteMark || d.inQuote[j-2] < 0 {
		return np{}, false
	}
	open := j - 2
	for open > 0 && d.inQuote[open-1] == d.inQuote[j-2] {
		open--
	}
	open-- // the opening mark
	lo := d.sents[d.sentOf[j]].first
	if open <= lo {
		return np{}, false
	}
	e := h.last
	if h.particle >= 0 {
		e = h.particle + 1
	}
	if e < hi && auxiliary[d.tok(e)] {
		if passiveAux[d.tok(e)] {
			return np{}, false // die als „…“ beschrieben wurden: a passive
		}
		e++ // bezeichnet hat
	}
	if e < hi && (d.toks[e].Kind != text.Punct || d.inQuote[e] >= 0) {
		return np{}, false // the verb does not close the clause
	}
	cs := d.clauseStart(open, lo)
	if cs >= open {
		return np{}, false
	}
	if n, ok := d.relativeSubject(h, cs, lo, hi); ok {
		return n, true
	}
	if n, ok := d.objectRelativeSubject(h, cs, open, lo, hi); ok {
		return n, true
	}
	if !closingConjunction[d.tok(cs)] {
		return np{}, false
	}
	n, ok := d.npAt(cs+1, open)
	if !ok || n.kind == npNoun && !d.groupNoun(n) || n.last >= open || d.abstractObject(n) {
		return np{}, false
	}
	return n, true
}

// closingAgent finds the agent of a passive whose participle, cue h at
// token j, follows the marks (Seine Bilder werden von Jan Kolb als „…“
// bezeichnet): a form of werden before the marks in the sentence, and a
// person or organisation after von, as [doc.agent] reads it; a plural
// noun read as a name (von Kritikern) or a thing (von der Kritik) names
// no one and gives none.
func (d *doc) closingAgent(h cueHit, j int) (np, bool) {
	if h.first != j || j < 2 || d.toks[j-1].Kind != text.QuoteMark || d.inQuote[j-2] < 0 {
		return np{}, false
	}
	lo := max(d.sents[d.sentOf[j]].first, j-60) // a bounded look back keeps a long sentence of quotations linear
	passive := false
	for k := lo; k < j-1 && !passive; k++ {
		passive = d.inQuote[k] < 0 && passiveAux[d.tok(k)]
	}
	if !passive {
		return np{}, false
	}
	n, ok := d.agent(h, lo)
	if !ok || !d.agentNP(n) || n.kind == npName && d.entAt[n.name[1]-1] < 0 && !d.knownPerson(n.name[0], n.name[1]) {
		return np{}, false
	}
	return n, true
}

// passiveAux are the forms of werden that make a passive with a
// participle before them.
var passiveAux = map[string]bool{"wird": true, "werden": true, "wurde": true, "wurden": true, "worden": true}

// closingConjunction are the conjunctions of a subordinate clause whose
// subject follows them and whose verb closes it.
var closingConjunction = map[string]bool{
	"weil": true, "da": true, "nachdem": true, "obwohl": true, "während": true, "indem": true, "zumal": true,
	"als": true, "wenn": true,
}

// alsFrame reads words in marks after als in the main clause of a
// sentence whose subject, a person or organisation, opens it (Der
// Minister attackierte den Plan als „…“; Eine Organisation feierte die
// Absage als „großen Erfolg“): the subject calls the thing so, whatever
// the verb, as with bezeichnete … als. The frame has no cue; a comma or
// colon before als puts the words in another clause, and then none is
// given.
func (d *doc) alsFrame(s sent, open int) attr {
	k := open - 1
	if k > s.first && alsArticle[d.tok(k)] {
		k--
	}
	if k <= s.first || d.tok(k) != "als" || d.inQuote[k] >= 0 {
		return attr{}
	}
	first := d.afterDateline(s)
	if k-first > 40 {
		return attr{} // a subject that far away is no one to trust; and the scan stays linear
	}
	for i := first; i < k; i++ {
		if d.inQuote[i] >= 0 || d.isPunct(i, ",") || d.isPunct(i, ":") || d.toks[i].Kind == text.QuoteMark {
			return attr{}
		}
	}
	n, ok := d.sentenceSubject(int(d.sentOf[k]))
	if !ok || n.last >= k || n.kind == npPronoun {
		return attr{}
	}
	return attr{np: &n}
}

// alsArticle are the articles between als and the words in marks (als
// den „führenden Förderer“, als einen „Skandal“).
var alsArticle = map[string]bool{
	"den": true, "die": true, "das": true, "der": true, "dem": true, "ein": true, "eine": true, "einen": true, "einem": true, "einer": true,
}

// chantFrame reads the words in marks at token open after a slogan noun
// (skandierten Parolen wie „…“, schrieben Hassparolen wie „…“) as the
// words of the subject of the verb of calling or writing before the noun
// in its clause: the marchers who chanted them, the vandals who wrote
// them. A slogan with no such verb (Transparente mit der Aufschrift „…“)
// stays without a speaker.
func (d *doc) chantFrame(s sent, open int) attr {
	k := open - 1
	if k > s.first && d.tok(k) == "Beispiel" && d.tok(k-1) == "zum" {
		k -= 2
	}
	if k >= s.first && (d.tok(k) == "wie" || d.tok(k) == "etwa") {
		k--
	}
	slogan := func(i int) bool {
		return i >= s.first && d.isCap(i) && d.inQuote[i] < 0 && hasSuffixFold(d.tok(i), []string{"parole", "parolen", "sprüche", "sprechchöre", "losungen"})
	}
	if !slogan(k) && k-2 >= s.first && d.tok(k-1) == "in" && slogan(k-2) {
		k -= 2 // Hassparolen in Hebräisch wie „…“
	}
	if !slogan(k) {
		return attr{}
	}
	for i := k - 1; i >= s.first && i >= k-6; i-- {
		if d.inQuote[i] >= 0 || d.toks[i].Kind == text.Punct {
			break
		}
		if !chantVerb[d.tok(i)] {
			continue
		}
		h := cueHit{first: i, last: i + 1, particle: -1, form: lexicon.CueForm{Lemma: d.tok(i), Section: lexicon.SpeechVerb, Words: []string{d.tok(i)}}}
		if n, ok := d.verbSubject(h, s.first, k); ok && n.kind != npDoc {
			return attr{cue: &h, np: &n, plural: true}
		}
		break
	}
	return attr{}
}

// groupNoun reports whether n is a definite plural of people with no
// name, role or organisation the lexicon knows (Die Demonstranten, Die
// Anwohner): a subject that can act and speak, as a role noun can.
func (d *doc) groupNoun(n np) bool {
	if n.kind != npNoun || n.head < 0 || n.gen[0] >= 0 {
		return false
	}
	switch d.tok(n.first) {
	case "Die", "die":
	default:
		return false
	}
	return n.head == n.last-1 && personGroup(d.tok(n.head))
}

// personGroup reports whether w is a plural of people (Demonstranten,
// Gegner, Politiker, Journalisten, Vertraute, Angehörige) or a person
// noun.
func personGroup(w string) bool {
	return hasSuffixFold(w, []string{"anten", "enten", "isten", "ner", "ler", "ter", "eure", "aute", "ehörige", "wandte", "kannte", "eamte", "stellte"}) || personNoun(w)
}

// chantVerb are the past forms of the verbs of calling out or writing up
// slogans.
var chantVerb = map[string]bool{
	"skandierten": true, "skandierte": true, "riefen": true, "rief": true, "schrieben": true,
	"schrieb": true, "sprühten": true, "sangen": true, "skandieren": true, "rufen": true,
}

// entType maps an entity type to a speaker type: persons stay persons;
// organisations, and places used for their governments, are
// organisations.
func entType(t entity.Type) entity.Type {
	if t == entity.Person {
		return entity.Person
	}
	return entity.Organization
}

func isQuoteTok(d *doc, i int) bool { return d.toks[i].Kind == text.QuoteMark }
