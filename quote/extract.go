package quote

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/wortlaut/wortlaut"
	"github.com/wortlaut/wortlaut/entity"
	"github.com/wortlaut/wortlaut/internal/lexicon"
	"github.com/wortlaut/wortlaut/internal/text"
)

// stmt is a statement being built: a quotation or an indirect one.
type stmt struct {
	q        Quote
	first    int // first token (opening mark, or first message token)
	end      int // one past the last token
	para     int
	cand     int // index into doc.cands, or -1 for indirect speech
	g        gender
	explicit bool // attributed by a cue or speaker of its own
}

// extract runs the whole analysis.
func extract(src string, ents []entity.Entity) []Quote {
	if len(src) == 0 {
		return nil
	}
	d := newDoc(src, ents)
	cands := d.findQuotes()
	listed := d.listedNames(cands)
	d.cands = d.cands[:0]
	for ci, c := range cands {
		if !listed[ci] && !d.isName(c) {
			d.cands = append(d.cands, c)
		}
	}
	d.segment()
	d.collectPersons()

	// Statements in text order: quotations and the sentences that may
	// hold indirect speech.
	type ev struct {
		pos  int
		cand int
		sent int
	}
	var evs []ev
	for ci, c := range d.cands {
		evs = append(evs, ev{pos: c.first().openTok, cand: ci, sent: -1})
	}
	for si, s := range d.sents {
		if !d.hasQuote(s) {
			evs = append(evs, ev{pos: s.first, cand: -1, sent: si})
		}
	}
	sort.SliceStable(evs, func(i, j int) bool { return evs[i].pos < evs[j].pos })

	var out []stmt
	for _, e := range evs {
		d.prevStmts = out
		if e.cand >= 0 {
			if st, ok := d.quoteStmt(e.cand, out); ok {
				out = append(out, st)
			}
		} else {
			out = append(out, d.indirectAll(d.sents[e.sent], false)...)
		}
	}
	out = d.joinFree(out)
	// Reported speech around partial quotations: Der Staatsanwalt sagte,
	// der Sohn habe sich „bewusst und gewollt stranguliert“.
	var extra []stmt
	k := 0
	for _, s := range d.sents {
		if !d.hasQuote(s) {
			continue
		}
		for k < len(out) && out[k].first < s.first {
			k++
		}
		onlyPartial := true
		for j := k; j < len(out) && out[j].first < s.last; j++ {
			if out[j].q.Kind != Partial {
				onlyPartial = false
			}
		}
		d.prevStmts = out[:k]
		if !onlyPartial {
			// The last attributed quotation of the sentence: a cue
			// coordinated after its frame shares its speaker.
			var q *stmt
			for j := k; j < len(out) && out[j].first < s.last; j++ {
				if out[j].explicit && out[j].q.Speaker != nil {
					q = &out[j]
				}
			}
			extra = append(extra, d.besideQuotes(s, q)...)
			continue
		}
		d.konjInMarks = true
		extra = append(extra, d.indirectAll(s, true)...)
		d.konjInMarks = false
	}
	if len(extra) > 0 {
		// Free indirect speech around partial quotations joins the
		// sentences before and after it.
		out = append(out, extra...)
		sort.SliceStable(out, func(i, j int) bool { return out[i].first < out[j].first })
		out = d.joinFree(out)
	}
	out = d.reportedQuotes(out)
	// A statement that continues a speaker holds a copy of its mention;
	// it takes the span the mention got with the cue of its own statement
	// (Nach Angaben der Behörde …. Rund 800 Menschen seien …).
	widened := map[wortlaut.Span]wortlaut.Span{}
	for _, st := range out {
		if sp := st.q.Speaker; sp != nil && st.q.Cue != nil {
			if _, done := widened[sp.Span]; !done {
				w := *sp
				d.widen(&w, st.q.Cue)
				widened[sp.Span] = w.Span
			}
		}
	}
	qs := make([]Quote, 0, len(out))
	for _, st := range out {
		if sp := st.q.Speaker; sp != nil {
			if w, ok := widened[sp.Span]; ok && st.q.Cue == nil {
				sp.Span, sp.Text = w, d.src[w.Start:w.End]
			} else {
				d.widen(sp, st.q.Cue)
			}
			if sp.Type == entity.Person && (d.unnamed[sp.Name] || articleRole(sp)) {
				// An unnamed person (die Chefin, ein Augenzeuge): the role
				// noun served to chain mentions; it is no name to group by.
				sp.Name = ""
			}
		}
		d.setVia(&st) // after widen: the mention as reported
		qs = append(qs, st.q)
	}
	sort.SliceStable(qs, func(i, j int) bool { return qs[i].Start < qs[j].Start })
	return qs
}

// articleRole reports whether a person's Name is a role noun the mention
// writes after an article (Angaben eines Mitarbeiters, der Generalanwalt):
// someone unnamed, whatever rule took the noun for a name. A role word
// with no article before it may be a surname (Richter, König).
func articleRole(sp *Speaker) bool {
	if sp.Name == "" || strings.Contains(sp.Name, " ") {
		return false
	}
	_, ok := role(sp.Name)
	words := strings.Fields(sp.Text)
	for i := 1; ok && i < len(words); i++ {
		if trimGenitive(words[i]) == sp.Name || words[i] == sp.Name {
			switch strings.ToLower(words[i-1]) {
			case "der", "die", "des", "dem", "den", "ein", "eine", "eines", "einer", "einem":
				return true
			}
		}
	}
	return false
}

// reportedQuotes gives a quotation with no speaker the speaker (and cue)
// of the reported speech it stands in (Präsident Gusmão sicherte zu, dass sie „die
// Türen immer offen halten“ würden): the quoted words are part of what that
// speaker said. Sorting the reports by start keeps this O(n log n).
func (d *doc) reportedQuotes(out []stmt) []stmt {
	var reps []int // indirect statements with a speaker
	for i, st := range out {
		if st.cand < 0 && st.q.Speaker != nil {
			reps = append(reps, i)
		}
	}
	sort.SliceStable(reps, func(a, b int) bool { return out[reps[a]].q.Start < out[reps[b]].q.Start })
	for i := range out {
		st := &out[i]
		if st.cand < 0 || st.q.Speaker != nil || len(st.q.Parts) > 0 {
			continue
		}
		k := sort.Search(len(reps), func(j int) bool { return out[reps[j]].q.Start > st.q.Start }) - 1
		if k < 0 {
			continue
		}
		if r := out[reps[k]]; st.q.End <= r.q.End {
			sp := *r.q.Speaker
			st.q.Speaker, st.g = &sp, r.g
			if st.q.Cue == nil {
				st.q.Cue = r.q.Cue // the report's cue attributes its words
			}
		}
	}
	// Words held back as a scare quote or name (see [doc.holdBack]) are
	// the speaker's inside a report that has one (Vermutlich habe der
	// Stern der Scheibe einen „Ruck“ gegeben, sagte Berg).
	n := len(out)
	for _, st := range d.held {
		k := sort.Search(len(reps), func(j int) bool { return out[reps[j]].q.Start > st.q.Start }) - 1
		if k < 0 {
			continue
		}
		if r := out[reps[k]]; st.q.End <= r.q.End {
			sp := *r.q.Speaker
			st.q.Speaker, st.g, st.q.Cue = &sp, r.g, r.q.Cue
			out = append(out, st)
		}
	}
	if len(out) > n {
		sort.SliceStable(out, func(i, j int) bool { return out[i].first < out[j].first })
	}
	return out
}

// attributiveTerm reports whether part p holds one or two lower-case
// words set between a lower-case word and a noun (ein „rot-grünes“ Lager,
// der „drastischen“ Erhöhung): an adjective marked as a term or scare
// quote before its noun, not someone's wording.
func (d *doc) attributiveTerm(p part) bool {
	o, c := p.openTok, p.closeTok
	if o < 1 || c < 0 || c+1 >= len(d.toks) || d.words(p.content) > 2 || d.capitalised(p.content) {
		return false
	}
	for i := o + 1; i < c; i++ {
		if d.toks[i].Kind == text.Word && !d.isLower(i) {
			return false
		}
	}
	return d.isLower(o-1) && d.toks[c+1].Kind == text.Word && d.isCap(c+1) && d.inQuote[c+1] < 0
}

// clauseShaped reports whether s, three words or more, holds a lower-case
// word that is neither a joiner of names nor an adjective before a noun
// (Entschuldung weit entfernt, Regelfall um vier Jahre verschoben): part of
// a clause, not a name (Rat für nationale Sicherheit).
func clauseShaped(s string) bool {
	ws := strings.Fields(s)
	if len(ws) < 3 {
		return false
	}
	for i, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLower(r) || nameJoiner[w] {
			continue
		}
		if i == len(ws)-1 {
			return true
		}
		if r, _ := utf8.DecodeRuneInString(ws[i+1]); unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// holdBack keeps candidate ci, which quoteStmt drops as a scare quote or
// name, as a partial quotation with no speaker for reportedQuotes: inside
// reported speech with a speaker it is that speaker's wording.
func (d *doc) holdBack(ci int) {
	c := d.cands[ci]
	f, l := c.first(), c.last()
	if l.closeTok < 0 {
		return
	}
	st := stmt{first: f.openTok, end: l.closeTok + 1, para: f.para, cand: ci}
	st.q.Kind = Partial
	d.fillText(&st.q, c)
	d.held = append(d.held, st)
}

// sentHasKonj reports whether outer sentence si holds a Konjunktiv verb
// outside quotations, computed once per sentence: a sentence may hold
// many quotations.
func (d *doc) sentHasKonj(si int32) bool {
	if d.konjSent == nil {
		d.konjSent = make([]int8, len(d.sents))
	}
	if d.konjSent[si] == 0 {
		d.konjSent[si] = -1
		if s := d.sents[si]; d.hasKonj(s.first, s.last) {
			d.konjSent[si] = 1
		}
	}
	return d.konjSent[si] > 0
}

func (d *doc) hasQuote(s sent) bool {
	for i := s.first; i < s.last; i++ {
		if d.inQuote[i] >= 0 {
			return true
		}
	}
	return false
}

// isName reports whether the marks of a one-part candidate enclose a name
// or scare quote rather than someone's words: the title of a work, a ship,
// product or operation after its class noun (der Flugzeugträger „Fujian“),
// a sogenannte, or a compound (die „Stadtbild“-Debatte).
func (d *doc) isName(c *cand) bool {
	if len(c.parts) > 1 {
		return false
	}
	p := c.first()
	if d.gloss(p) {
		return true
	}
	if d.sloganBefore(p.openTok) {
		return false
	}
	if p.closeTok >= 0 && p.closeTok+1 < len(d.toks) {
		n := d.toks[p.closeTok+1]
		if n.Start == d.toks[p.closeTok].End && (n.Kind == text.Punct && d.tok(p.closeTok+1) == "-" || n.Kind == text.Word && d.src[n.Start] == '-') {
			return true
		}
		if n.Start == d.toks[p.closeTok].End && n.Kind == text.Word {
			return true // „Bild“s, „Tagesschau“-Sprecher
		}
		if d.namedAfter(p.closeTok + 1) {
			return true
		}
		// das als „Dschungel von Calais“ bekannte Lager, der als
		// „Sonnenwind“ bezeichnet wird: a name by which something is
		// known, with no one saying it.
		if p.openTok > 0 && d.tok(p.openTok-1) == "als" && d.knownAs(p.closeTok+1) {
			return true
		}
		// „heise online“ berichtet, Die „Kampagne für ein Freies Tibet“
		// berichtete: a short name right before its cue verb, with no
		// comma between, is the source, not the words.
		// Not after als: als „Meilensteine …“ bezeichnet quotes a judgement.
		// So is one after a definite article or wie (Wie „heise online“
		// berichtet, von der „Aktion Deutschland hilft“ sagte).
		// The verb must be one: not a function word that shares a form
		// with a cue (die „documenta“ in Kassel).
		subj := p.openTok > 0 && subjectOpener[d.tok(p.openTok-1)] && !lexicon.Stopword(d.low(p.closeTok+1))
		if d.words(p.content) <= 5 && !d.contentEndsSentence(p) && (d.nameLike(p.content) || d.entAt[p.openTok+1] >= 0 || subj) && (p.openTok == 0 || d.tok(p.openTok-1) != "als") {
			if d.cueVerbWord(p.closeTok + 1) {
				return true
			}
		}
	}
	if p.closeTok > p.openTok+1 {
		// A name the recogniser knows (»Bruno«, „BBC News“) or a web
		// address.
		e := d.entAt[p.openTok+1]
		whole := e >= 0 && d.ents[e].Type != entity.Misc
		dom := true
		for i := p.openTok + 1; i < p.closeTok; i++ {
			if d.entAt[i] != e {
				whole = false
			}
			if d.toks[i].Kind != text.URL && !(d.toks[i].Kind == text.Word && i+2 < p.closeTok && d.isPunct(i+1, ".")) && !(d.toks[i].Kind == text.Word || d.isPunct(i, ".")) {
				dom = false
			}
		}
		if whole && d.words(p.content) <= 5 {
			return true
		}
		if dom && !strings.Contains(d.src[p.content.Start:p.content.End], " ") && strings.Count(d.src[p.content.Start:p.content.End], ".") >= 1 && !strings.HasSuffix(d.src[p.content.Start:p.content.End], ".") {
			return true
		}
	}
	// „Gesetz über den Verfassungsschutz“, „Plan B“: a few capitalised
	// words that open with a class noun name a thing of that class.
	if ws := strings.Fields(d.src[p.content.Start:p.content.End]); len(ws) <= 6 && d.capitalised(p.content) && !d.contentEndsSentence(p) && classNoun(ws[0]) {
		return true
	}
	// „Die Zeit“, „Der Spiegel“: an article and capitalised words, no
	// sentence: the title of a newspaper or work wherever it stands.
	if ws := strings.Fields(d.src[p.content.Start:p.content.End]); len(ws) >= 2 && len(ws) <= 4 && (ws[0] == "Der" || ws[0] == "Die" || ws[0] == "Das") && d.nameLike(p.content) && !d.contentEndsSentence(p) {
		return true
	}
	if d.namedBefore(p.openTok, p) {
		return true
	}
	if p.openTok > 0 {
		prev := p.openTok - 1
		if d.toks[prev].End == d.toks[p.openTok].Start && d.toks[prev].Kind == text.Word {
			return true // Anti-„Terror“ or a word glued to the mark
		}
		w := d.tok(prev)
		if markerBefore[w] {
			return true
		}
		// sagte er gegenüber „Beijing Daily“: the addressee, a medium
		// or person, never words; das Profil, genannt „BD-Video“: the
		// name given. Only a name-like text of a few words.
		if (w == "gegenüber" || w == "genannt") && d.nameLike(p.content) && d.words(p.content) <= 4 && !d.contentEndsSentence(p) {
			return true
		}
		capContent := d.capitalised(p.content)
		// seiner „Thronrede“, seine „WM-Tauglichkeit“: one or two
		// capitalised words after a possessive name the owner's thing.
		if possessive[w] && capContent && d.words(p.content) <= 2 {
			return true
		}
		if d.isCap(prev) && classNoun(w) && d.words(p.content) <= 8 && (capContent || d.words(p.content) <= 3) {
			return true
		}
		// nennt sich „documenta 12“, nennt sie sich „…“: the name
		// something goes by.
		if w == "sich" && d.words(p.content) <= 4 && !d.contentEndsSentence(p) {
			j := prev - 1
			if j > 0 && (d.tok(j) == "sie" || d.tok(j) == "er" || d.tok(j) == "es") {
				j--
			}
			if j >= 0 && namingVerb[d.tok(j)] {
				return true
			}
		}
		// die Dortmunder „Ruhr Nachrichten“: capitalised words after the
		// adjective of a known place name a paper, firm or venue there.
		if placeAdjective(w) && d.nameLike(p.content) && d.words(p.content) <= 4 && !d.contentEndsSentence(p) {
			return true
		}
		// der „Börsen-Zeitung“, im „Spiegel“: a capitalised name of at
		// most three words after an article or preposition.
		if d.nameLike(p.content) && d.words(p.content) <= 4 && articleOrPrep[w] && !indefinite[w] {
			return true
		}
		// Marks after a capitalised name-class noun plus genitive, or after
		// "mit dem Titel", are handled by the rules above; a quotation
		// right after a preposition and short is often a name too, but it
		// may be a partial quote, so the attribution decides.
	}
	return false
}

// gloss reports whether part p stands in brackets right after a closing
// mark (die Operation „Cast Lead“ („Gegossenes Blei“), der Begriff
// „Fahrendes Volk“ („gens du voyage“)): a translation or short form of
// the quoted term before it, not words of their own. A whole sentence in
// the brackets is left to the other rules.
func (d *doc) gloss(p part) bool {
	o, c := p.openTok, p.closeTok
	if o < 2 || c < 0 || c+1 >= len(d.toks) || !d.isPunct(o-1, "(") || !d.isPunct(c+1, ")") {
		return false
	}
	if d.toks[o-2].Kind != text.QuoteMark || !isDoubleMark(d.rune(o-2)) {
		return false
	}
	return d.words(p.content) <= 5 && !d.contentEndsSentence(p)
}

// sloganBefore reports whether the opening mark at token o follows a noun
// for words called out or written up (Parolen wie „…“, ein Schild mit der
// Aufschrift „…“, die Feststellung „…“): the marks hold those words, a
// quotation even when it is capitalised like a name and has no cue. A
// motto or title is a name (see titleNoun); a slogan shouted or written
// is someone's words.
func (d *doc) sloganBefore(o int) bool {
	i := o - 1
	if i >= 1 && d.tok(i) == "Beispiel" && d.tok(i-1) == "zum" {
		i -= 2
	}
	if i >= 0 && (d.tok(i) == "etwa" || d.tok(i) == "beispielsweise") {
		i--
	}
	if i >= 0 && d.tok(i) == "wie" {
		i--
	}
	return i >= 0 && sloganNoun[d.tok(i)]
}

// sloganNoun are the nouns for words called out, chanted or written up.
var sloganNoun = map[string]bool{
	"Parole": true, "Parolen": true, "Spruch": true, "Sprüche": true, "Sprüchen": true,
	"Sprechchor": true, "Sprechchöre": true, "Sprechchören": true, "Aufschrift": true,
	"Aufschriften": true, "Losung": true, "Losungen": true, "Feststellung": true,
}

// placeAdjective reports whether w is the adjective of a place the
// gazetteer knows, formed with -er (Dortmunder, Berliner, Kölner).
func placeAdjective(w string) bool {
	b, ok := strings.CutSuffix(w, "er")
	if !ok || utf8.RuneCountInString(b) < 3 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(b); !unicode.IsUpper(r) {
		return false
	}
	n, ok := lexicon.Names().Lookup(b)
	return ok && n.Type == "LOC"
}

// definiteArticle are the forms of the definite article in lower case.
var definiteArticle = map[string]bool{"der": true, "die": true, "das": true, "dem": true, "den": true, "des": true}

// subjectOpener are the words before a name in marks that is the subject
// of the cue verb right after it: a definite article or wie.
var subjectOpener = map[string]bool{
	"der": true, "die": true, "das": true, "Der": true, "Die": true, "Das": true, "wie": true, "Wie": true,
}

// possessive are the possessive determiners.
var possessive = map[string]bool{
	"sein": true, "seine": true, "seiner": true, "seinem": true, "seinen": true, "seines": true,
	"ihr": true, "ihre": true, "ihrer": true, "ihrem": true, "ihren": true, "ihres": true,
	"unser": true, "unsere": true, "unserer": true, "unserem": true, "unseren": true, "unseres": true,
}

// listedNames marks the candidates that stand in a list of short
// capitalised texts in marks („Hartz IV“, „Rente mit 67“; „Touareg“ und
// „Phaeton“): lists of names and terms, not of someone's words.
func (d *doc) listedNames(cands []*cand) []bool {
	out := make([]bool, len(cands))
	short := func(c *cand) bool {
		p := c.first()
		return len(c.parts) == 1 && p.closeTok > p.openTok+1 && d.capitalised(p.content) && d.words(p.content) <= 3 && !d.contentEndsSentence(p)
	}
	for i := 0; i+1 < len(cands); i++ {
		a, b := cands[i], cands[i+1]
		if !short(a) || !short(b) || b.first().openTok != a.first().closeTok+2 {
			continue
		}
		if j := a.first().closeTok + 1; d.isPunct(j, ",") || d.tok(j) == "und" || d.tok(j) == "oder" || d.tok(j) == "sowie" {
			out[i], out[i+1] = true, true
		}
	}
	return out
}

// namedAfter reports whether the words from token i on name what stands in
// the marks before them: „Bonus View“ genannt, die sich „…“ nennt,
// „Uncle Ted“, wie der Senator genannt wurde.
func (d *doc) namedAfter(i int) bool {
	if i < len(d.toks) && namingVerb[d.tok(i)] {
		return true
	}
	// „Gewalt gegen Kinder“, so lautet der Titel der Studie
	if i+2 < len(d.toks) && d.isPunct(i, ",") && d.tok(i+1) == "so" && nameVerb[d.tok(i+2)] {
		return true
	}
	if i+1 < len(d.toks) && d.isPunct(i, ",") && d.tok(i+1) == "wie" {
		for j := i + 2; j < len(d.toks) && j < i+7 && !d.isPunct(j, ","); j++ {
			if namingVerb[d.tok(j)] {
				return true
			}
		}
	}
	return false
}

// knownAs reports whether the words from token i on say that what stands
// in marks after als is a common name: bekannt, or an agentless passive
// of bezeichnen (bezeichnet wird).
func (d *doc) knownAs(i int) bool {
	if i >= len(d.toks) {
		return false
	}
	w := d.tok(i)
	if strings.HasPrefix(w, "bekannt") {
		return true
	}
	return w == "bezeichnet" && i+1 < len(d.toks) && (d.tok(i+1) == "wird" || d.tok(i+1) == "werden")
}

// namedBefore reports whether the words before the opening mark at token
// o give a name: der Name lautet also „…“, Laut „Welt“ (a source, not
// words).
func (d *doc) namedBefore(o int, p part) bool {
	i := o - 1
	if i >= 0 && (d.tok(i) == "laut" || d.tok(i) == "Laut") && d.nameLike(p.content) && d.words(p.content) <= 4 {
		return true
	}
	if i >= 0 && d.tok(i) == "also" {
		i--
	}
	if i < 0 || !nameVerb[d.tok(i)] {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if d.isCap(j) && classNoun(d.tok(j)) {
			return true
		}
	}
	return false
}

// nameVerb are the forms of lauten and heißen that give a name.
var nameVerb = map[string]bool{"lautet": true, "lautete": true, "heißt": true, "hieß": true}

// cueVerbWord reports whether token i is a form of a speech, thought or
// expression verb of the cue list. Unlike cueAt it needs no quotation
// spans, so the name filter can use it before they are known.
func (d *doc) cueVerbWord(i int) bool {
	if i >= len(d.toks) || !d.isWord(i) {
		return false
	}
	for _, f := range lexicon.CueList().Forms(d.tok(i)) {
		if (cueHit{form: f}).verb() {
			return true
		}
	}
	return false
}

// namingVerb are the forms of nennen that follow a name in marks.
var namingVerb = map[string]bool{"genannt": true, "nennt": true, "nennen": true, "nannte": true, "nannten": true}

// classNoun reports whether w is a noun that names a class of named things
// (Flugzeugträger, Nachrichtenagentur, Modelle, des Magazines), so that
// capitalised words in marks right after it are its name.
func classNoun(w string) bool {
	if hasSuffixFold(w, titleNoun) || hasSuffixFold(trimGenitive(w), titleNoun) {
		return true
	}
	for _, end := range []string{"es", "e"} {
		if b, ok := strings.CutSuffix(w, end); ok && len(b) > 3 && hasSuffixFold(b, titleNoun) {
			return true
		}
	}
	return false
}

var articleOrPrep = map[string]bool{
	"der": true, "die": true, "das": true, "dem": true, "den": true, "des": true, "ein": true,
	"eine": true, "einem": true, "einen": true, "einer": true, "eines": true, "im": true, "in": true,
	"von": true, "vom": true, "mit": true, "bei": true, "beim": true, "auf": true, "aus": true,
	"für": true, "zum": true, "zur": true, "am": true, "an": true, "ins": true, "ihrem": true, "ihren": true,
	"seinem": true, "seinen": true, "ihr": true, "sein": true, "unter": true, "über": true, "gegen": true,
}

// indefinite are the indefinite articles: a name of a newspaper, ship or
// work rarely takes one, a quoted noun often does (eine „Zeitungsente“).
var indefinite = map[string]bool{"ein": true, "eine": true, "einem": true, "einen": true, "einer": true, "eines": true}

// capitalised reports whether the text in sp starts with an upper-case
// letter or a digit.
func (d *doc) capitalised(sp wortlaut.Span) bool {
	for _, r := range d.src[sp.Start:sp.End] {
		return unicode.IsUpper(r) || unicode.IsDigit(r)
	}
	return false
}

// allCapitalised reports whether every word in sp starts with an
// upper-case letter or a digit.
func (d *doc) allCapitalised(sp wortlaut.Span) bool {
	for _, w := range strings.Fields(d.src[sp.Start:sp.End]) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return sp.Len() > 0
}

// nameLike reports whether the words in sp read as a name: the first and
// last capitalised (or digits), the words between capitalised or small
// function words (BILD am Sonntag, Ärzte ohne Grenzen, documenta 12 is
// not: it starts in lower case).
func (d *doc) nameLike(sp wortlaut.Span) bool {
	ws := strings.Fields(d.src[sp.Start:sp.End])
	if len(ws) == 0 {
		return false
	}
	for i, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			continue
		}
		if i == 0 || i == len(ws)-1 || !nameJoiner[w] {
			return false
		}
	}
	return true
}

// firstPersonStart reports whether the text in sp opens with a first
// person pronoun (Wir erwarten euch, Ich habe fertig): someone's words,
// though capitalised like a name.
func (d *doc) firstPersonStart(sp wortlaut.Span) bool {
	ws := strings.Fields(d.src[sp.Start:sp.End])
	return len(ws) > 1 && firstPerson[strings.Trim(ws[0], ".,;:!?")]
}

// foreignPhrase reports whether s is a short fixed phrase in another
// language (in dubio pro reo, space recovery experiment): two to four
// lower-case words of plain letters, none with a German ending, at most
// one of them a listed function word.
func foreignPhrase(s string) bool {
	ws := strings.Fields(s)
	if len(ws) < 2 || len(ws) > 4 {
		return false
	}
	stop := 0
	for _, w := range ws {
		for _, r := range w {
			if r < 'a' || r > 'z' {
				return false
			}
		}
		if lexicon.Stopword(w) {
			stop++
			continue
		}
		for _, end := range germanEnding {
			if strings.HasSuffix(w, end) {
				return false
			}
		}
	}
	return stop <= 1
}

// germanEnding are the endings of German inflected words.
var germanEnding = []string{"en", "er", "em", "es", "st", "te", "ig", "ch", "ung", "isch", "lich", "heit", "keit"}

// termLike reports whether s is a lower-case word followed only by
// capitalised words, joined by und or bin: an adjective before nouns or a
// name in lower-case style, as terms and names are written.
func termLike(s string) bool {
	ws := strings.Fields(s)
	if len(ws) < 2 {
		return false
	}
	for i, w := range ws[1:] {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && (i == len(ws)-2 || w != "und" && w != "bin") {
			return false
		}
	}
	return true
}

// nameJoiner are the lower-case words inside names of newspapers,
// organisations and works.
var nameJoiner = map[string]bool{
	"am": true, "an": true, "der": true, "die": true, "das": true, "des": true, "von": true, "vom": true,
	"ohne": true, "und": true, "für": true, "im": true, "in": true, "zur": true, "zum": true,
	"of": true, "the": true, "and": true, "de": true, "del": true, "la": true, "le": true,
	"da": true, "do": true, "di": true, "du": true, "van": true, "y": true,
}

// words counts the words in span sp.
func (d *doc) words(sp wortlaut.Span) int {
	n := 0
	in := false
	for i := sp.Start; i < sp.End; i++ {
		c := d.src[i]
		sp := c == ' ' || c == '\t' || c == '\n' || c == '\r'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// quoteStmt classifies and attributes candidate ci.
func (d *doc) quoteStmt(ci int, prev []stmt) (stmt, bool) {
	c := d.cands[ci]
	f, l := c.first(), c.last()
	s := d.sents[d.sentOf[f.openTok]]
	// Left frame: from the sentence start (after a dateline that opens
	// it) or the previous quotation in it.
	start := min(d.afterDateline(s), f.openTok) // never past the mark, whatever the dateline rule read (fuzz input „00) -)
	lo := start
	for i := f.openTok - 1; i >= start; i-- {
		if d.inQuote[i] >= 0 {
			lo = i + 1
			break
		}
	}
	afterQuote := lo > start
	// Right frame: to the sentence end or the next quotation in it.
	hi := -1
	if l.closeTok >= 0 {
		s2 := d.sents[d.sentOf[l.closeTok]]
		hi = s2.last
		for i := l.closeTok + 1; i < s2.last; i++ {
			if d.inQuote[i] >= 0 {
				hi = i
				break
			}
		}
	}
	colon := f.openTok > lo && d.isPunct(f.openTok-1, ":")
	leftEmpty := true
	for i := lo; i < f.openTok; i++ {
		if d.toks[i].Kind == text.Word || d.toks[i].Kind == text.Number {
			leftEmpty = false
			break
		}
	}

	var a attr
	if hi >= 0 {
		a = d.afterCue(l.closeTok+1, hi)
	}
	interrupted := false
	if !a.ok() && afterQuote {
		// „…“, sagte sie, „…“: the frame between the two quotations.
		if b := d.afterCue(lo, f.openTok); b.ok() && d.frameOnly(lo, f.openTok, b) {
			a, interrupted = b, true
		}
	}
	if !a.ok() && !leftEmpty && !afterQuote {
		end := f.openTok
		if colon {
			end--
		}
		a = d.frameCue(lo, end, colon)
	}
	if !a.ok() && afterQuote && colon {
		a = d.frameCue(lo, f.openTok-1, true)
		if pc := d.inQuote[lo-1]; !a.ok() && (len(prev) == 0 || prev[len(prev)-1].cand != int(pc)) && d.words(d.cands[pc].first().content) <= 4 && lo-start <= 30 && !d.colonIn(start, lo) {
			// the marks before held a short name, no statement (heißt es
			// in der Meldung von „con energy“ wörtlich:): the frame runs
			// over them to the sentence start
			a = d.frameCue(start, f.openTok-1, true)
		}
	}
	if a.cue != nil && a.np == nil && a.cue.verb() {
		// … steuerte er die Fähre zum Anleger und meldete sich mit den
		// Worten: the subject the first verb put after itself
		if n, ok := d.coordSubject(s, a.cue.first); ok {
			a.np = &n
		}
	}
	if !a.ok() {
		if st, ok := d.coordinated(ci, prev); ok {
			return st, true
		}
	}

	// Kind.
	endsSentence := d.contentEndsSentence(l)
	kind := Partial
	switch {
	case colon && d.words(l.content) < 3 && !endsSentence:
		kind = Partial
	case len(c.parts) > 1, colon, interrupted:
		kind = Direct
	case leftEmpty && !afterQuote:
		kind = Direct
	case afterQuote && d.frameOnlyLoose(lo, f.openTok):
		kind = Direct
	case a.cue != nil && endsSentence && a.cue.last <= f.openTok:
		kind = Direct
	}
	if kind == Direct && !a.ok() && hi >= 0 && !endsSentence && !d.isPunct(l.closeTok-1, ",") {
		// A quotation opening a sentence that goes on without a cue
		// („Fujian“ heißt das Schiff): embedded, not a clause of its own.
		if d.words(l.content) < 4 || d.restHasWords(l.closeTok+1, hi) {
			kind = Partial
		}
	}
	if kind == Partial && len(c.parts) == 1 && d.attributiveTerm(f) {
		return stmt{}, false
	}
	if colon && kind == Direct && d.namesWork(c, lo, f.openTok-1, endsSentence) {
		return stmt{}, false
	}
	if kind == Partial && !a.ok() {
		a = d.sentenceCue(s, f.openTok, l.closeTok)
		if !a.ok() {
			// …, so heißt es in einer Erklärung des Betriebsrats: the
			// text cited after the clause (see [doc.citedText] below)
			a = d.heisstAfter(s, l.closeTok)
		}
		if a.cue != nil && strings.EqualFold(a.cue.form.Lemma, "laut") && d.capitalised(f.content) && !d.firstPersonStart(f.content) && d.words(f.content) <= 2 {
			// laut X vouches for the sentence's claims, not for a
			// capitalised term in it (Was „Kolibri“ angeht, wird es
			// laut Hersteller …): a name as often as a word.
			a = attr{}
		}
	} else if kind == Partial && a.np == nil && a.cue != nil && a.cue.verb() && a.cue.first > l.closeTok {
		// Der Minister hat den Plan als „Unsinn“ bezeichnet: the verb
		// closes the clause after the marks; its subject speaks.
		if n, ok := d.perfectSubject(*a.cue, f.openTok, s.first, hi); ok {
			a.np = &n
		} else if n, ok := d.passiveQuoteAgent(*a.cue, f.openTok, s.first, hi); ok {
			// Die Gefahr wird vom Wetterdienst als „sehr hoch“
			// eingestuft: the agent of the passive speaks
			a.np = &n
		}
	}
	if kind == Partial && a.cue == nil {
		// Die Ministerin wies den Vorwurf als „Unverschämtheit“ zurück:
		// the particle after the marks closes a verb of saying before them.
		if pa := d.particleCue(s, f.openTok, l.closeTok); pa.cue != nil {
			a = pa
		}
	}
	reported, unframed, content, slogan := false, false, false, false
	judged := false
	if kind == Partial && a.cue == nil && a.np == nil {
		// Für den Minister ist die Lage „alarmierend“: the judgement of
		// the person or body the für phrase names, in its words however
		// short or capitalised.
		if n, ok := d.judgeFor(f.openTok, l.closeTok); ok {
			a.np, judged = &n, true
		}
	}
	if kind == Partial && a.cue == nil && !judged {
		// Quoted words in reported speech (Er habe „nicht den Eindruck“,
		// Damit seien „der Kurs … nicht mehr so klar“) belong to the
		// speaker of the report; elsewhere they are a scare quote or a
		// name with no one saying it. Capitalised words are names as
		// often as words (die Anlagen „Lavisan II“ stünden …): left out.
		// A fragment of three or more words starting in lower case (nur
		// bei einer „konkreten Gefahr für ein wichtiges Rechtsgut“) is
		// someone's wording even where the text does not say whose: kept,
		// with no speaker. One or two words stay scare quotes.
		// Outside reported speech, a lower-case word before nothing but
		// capitalised ones (wegen „groben Unfugs und Körperverletzung“,
		// der „documenta und Museum Fridericianum GmbH“) is a term or
		// name, not wording.
		konj := d.sentHasKonj(d.sentOf[f.openTok])
		// Words after a slogan noun (Parolen wie „Stoppt den Wahnsinn“)
		// are the words of whoever chanted or wrote them, however short
		// or capitalised.
		slogan = d.sloganBefore(f.openTok)
		if !slogan && (d.capitalised(f.content) && !d.firstPersonStart(f.content) || !konj && (d.words(f.content) < 3 || termLike(d.src[f.content.Start:f.content.End]) || foreignPhrase(d.src[f.content.Start:f.content.End]))) {
			if !d.capitalised(f.content) || clauseShaped(d.src[f.content.Start:f.content.End]) {
				d.holdBack(ci)
			}
			return stmt{}, false
		}
		// zwischen „dem Guten“ und „dem Bösen“: a definite article and
		// one noun name a concept, in reported speech too.
		if ws := strings.Fields(d.src[f.content.Start:f.content.End]); !slogan && len(ws) == 2 && definiteArticle[ws[0]] {
			if r, _ := utf8.DecodeRuneInString(ws[1]); unicode.IsUpper(r) {
				return stmt{}, false
			}
		}
		// A sentence in marks that opens with ich or wir and has no cue is
		// a slogan or saying (Plakate mit „Wir erwarten euch“): its
		// words, with no one to continue.
		content = !konj && d.contentClause(f)
		reported, unframed = true, slogan || !konj && !content || d.capitalised(f.content)
	}

	st := stmt{first: f.openTok, para: f.para, cand: ci}
	if l.closeTok >= 0 {
		st.end = l.closeTok + 1
	} else {
		st.end = d.paras[l.para].last
	}
	st.q.Kind = kind
	d.fillText(&st.q, c)
	if a.cue != nil {
		st.q.Cue = d.cueOf(*a.cue)
	}
	if a.np != nil {
		st.q.Speaker, st.g = d.resolve(*a.np, a.plural, f.openTok, f.para, prev)
		st.explicit = true
	} else if a.cue != nil {
		st.explicit = true
	}
	if st.q.Speaker == nil && a.cue != nil && a.np == nil && isHeisst(d.tok(a.cue.first)) {
		// heißt es with no source the frame rules read: the text it
		// cites, if the sentence names one (see [doc.citedText]).
		st.q.Speaker = d.citedText(s, a.cue.first)
	} else if st.q.Speaker == nil && kind == Partial && a.cue != nil && a.np == nil && a.cue.verb() && a.cue.first > l.closeTok && !d.isPunct(a.cue.first-1, ",") && a.cue.last < len(d.toks) && d.toks[a.cue.last].Kind == text.Punct && d.freeIndirectSent(s) {
		// Peter Lang kritisierte die Pläne. Bisher habe die Regierung eine
		// „zentrale Datei“ ausgeschlossen: the verb closing the clause
		// after the marks is part of the reported clause, whose subject
		// the rules did not read; the words are those of the speaker the
		// free indirect sentence goes on with. Not a frame of its own
		// (…, sagte dbb-Chef Uwe Markert), whose subject follows it.
		if n, h, ok := d.actBefore(s, true); ok {
			st.q.Speaker, st.g = d.resolve(n, d.plural(h), f.openTok, f.para, prev)
		} else if sp, g, ok := d.continued(st, prev); ok {
			st.q.Speaker, st.g = sp, g
		}
	}
	if st.q.Speaker == nil && a.cue == nil {
		// No cue of its own: it continues the speaker of the quotation
		// before it in the same or the previous paragraph.
		if unframed {
			// Not reported speech: no one to continue. A slogan chanted or
			// written up is the words of the sentence's subject, when it
			// is a person, group or body (die Demonstranten skandierten
			// Parolen wie „…“).
			if n, ok := d.modalSubject(s, f.openTok, l.closeTok, reported); ok {
				// Ursprünglich wollte er „drei Schulen bauen“: what the
				// subject wants to do, in its words
				st.q.Speaker, st.g = d.resolve(n, false, f.openTok, f.para, prev)
			} else if n, ok := d.sloganSubject(s, f.openTok, slogan); ok {
				st.q.Speaker, st.g = d.resolve(n, true, f.openTok, f.para, prev)
				if st.q.Speaker != nil {
					if d.final == nil {
						d.final = map[wortlaut.Span]bool{}
					}
					d.final[st.q.Speaker.Span] = true
				}
			} else if r, ok := d.reportedAround(s, l.closeTok); ok {
				// Meteorologen rechnen mit „sehr ergiebigen Regenfällen“:
				// the words are the object of a verb that reports speech
				// by its object (see [doc.reported]); its subject speaks.
				st.q.Speaker, st.g, st.q.Cue = r.q.Speaker, r.g, r.q.Cue
			} else if slogan {
				// In der Zeitung fand sich die Feststellung „…“
				st.q.Speaker = d.textSource(s)
			}
		} else if n, ok := d.modalSubject(s, f.openTok, l.closeTok, reported); ok {
			// Jan Kolb will „in den kommenden Wochen prüfen“, ob …
			st.q.Speaker, st.g = d.resolve(n, false, f.openTok, f.para, prev)
		} else if colon && !afterQuote && hisFrame(d.tok(lo)) {
			// Seine Meinung zu Kirchhof: „…“: his words; sein refers
			// back like er, or to no one.
			n := np{first: lo, last: lo + 1, kind: npPronoun, head: -1, name: [2]int{-1, -1}, gen: [2]int{-1, -1}, g: genderMale}
			st.q.Speaker, st.g = d.resolve(n, false, f.openTok, f.para, prev)
		} else if colon && !afterQuote && d.words(d.span(lo, f.openTok)) >= 4 {
			// Its own frame before a colon (Hier sparte der Präsident
			// nicht mit Kritik:) names someone the rules did not find:
			// no earlier speaker goes on. A text that holds the words
			// (Im Entwurf steht noch der Passus:) is their source.
			st.q.Speaker = d.textSource(s)
		} else if n, ok := d.reportSubject(s, f.openTok); reported && ok {
			// Der Senat hatte sich erhofft, dass die Erlöse „in den
			// Haushalt fließen“ würden: the subject of the report
			st.q.Speaker, st.g = d.resolve(n, false, f.openTok, f.para, prev)
		} else if content {
			// a dass-clause whose frame names no subject the rules read:
			// its own clause, continuing no one
		} else if a, ok := d.colonFrame(lo, f.openTok, reported && !unframed); ok {
			// Peter Lang bezweifelte die Eignung der Kandidatin: Er habe
			// „nicht den Eindruck …“: the frame before the colon of the
			// sentence names who reports.
			st.q.Speaker, st.g = d.resolve(*a.np, a.plural, f.openTok, f.para, prev)
		} else if n, h, ok := d.actBefore(s, reported && !unframed && d.freeIndirectSent(s)); ok {
			// Anna Berg kritisierte die Pläne. Hier seien die Mittel
			// „völlig unrealistisch“: a Konjunktiv sentence with no cue
			// goes on with the act of speech right before it, as free
			// indirect speech does; its quoted words are that speaker's.
			st.q.Speaker, st.g = d.resolve(n, d.plural(h), f.openTok, f.para, prev)
		} else if sp, g, ok := d.continued(st, prev); ok {
			st.q.Speaker, st.g = sp, g
		} else if reported {
			// the report's speaker is unknown: keep the words, no speaker
		} else if n, h, ok := d.actBefore(s, kind == Direct && leftEmpty && !afterQuote && d.looksSpoken(c)); ok {
			// Peter Lang verurteilte die Haltung der Regierung. „Diese
			// Regierung hat …“: the sentence before reports an act of
			// speech without its words; the quotation gives them.
			st.q.Speaker, st.g = d.resolve(n, d.plural(h), f.openTok, f.para, prev)
		} else if sp, ok := d.aboutBefore(s, kind == Direct && leftEmpty && !afterQuote && d.looksSpoken(c)); ok {
			// Der ältere Bruder des Präsidenten, Georg Kolb, war in die
			// Pläne eingeweiht. „Mein Bruder wünscht sich Ruhe.“: a
			// quotation of its own after a sentence about a person, who
			// took the floor from the speaker before
			st.q.Speaker = sp
		} else if kind == Direct && !d.looksSpoken(c) {
			return stmt{}, false
		}
	}
	return st, true
}

// particleCue returns the separable verb of saying whose particle closes
// the clause right after the closing mark at token close, the verb standing
// before the opening mark at token open in the same clause (Die Ministerin
// wies den Vorwurf als „Unverschämtheit“ zurück; Sie sicherte ihm ihre
// „volle Unterstützung“ zu): the quoted words are its object, and its
// subject speaks. cueAt looks for a particle only up to the marks, which
// end a clause for it. The look back is bounded, so a sentence of many
// quotations stays linear.
func (d *doc) particleCue(s sent, open, close int) attr {
	k := close + 1
	if close < 0 || k >= s.last || !d.isWord(k) || d.inQuote[k] >= 0 || k+1 < s.last && d.toks[k+1].Kind != text.Punct {
		return attr{}
	}
	cues, sup := lexicon.CueList(), cueSupplement()
	for i := d.clauseStart(open, max(s.first, open-20)); i < open; i++ {
		if d.inQuote[i] >= 0 || !d.isWord(i) {
			continue
		}
		for _, forms := range [2][]lexicon.CueForm{cues.Forms(d.tok(i)), sup[d.tok(i)]} {
			for _, f := range forms {
				if f.Particle != d.tok(k) || len(f.Words) != 1 || f.Section == lexicon.ThoughtVerb {
					continue
				}
				h := cueHit{first: i, last: i + 1, particle: k, form: f}
				a := attr{cue: &h, plural: d.plural(h)}
				if n, ok := d.verbSpeaker(h, s.first, s.last); ok {
					a.np = &n
				}
				return a
			}
		}
	}
	return attr{}
}

// reportedAround returns the reported speech that sentence s holds as a
// whole when a verb that reports by its object, and is no cue of the list,
// has the words in marks closed at token close as that object at the end
// of the sentence (Der Wetterdienst rechnet mit „sehr kräftigen
// Gewittern“): a statement with a speaker, which the quotation takes but
// which is not reported beside it, since SpkAtt marks the quoted words
// alone when they close the object (see [doc.indirectIn]). reportedIn
// reads at most 40 tokens, so a sentence of many quotations stays linear.
func (d *doc) reportedAround(s sent, close int) (stmt, bool) {
	end := s.last
	for end > s.first && d.toks[end-1].Kind == text.Punct {
		end--
	}
	if close < 0 || close+1 < end {
		return stmt{}, false
	}
	r, ok := d.reportedIn(s, end, true)
	if !ok || r.q.Speaker == nil {
		return stmt{}, false
	}
	return r, true
}

// judgeFor returns the person or body whose judgement a copula clause
// gives in marks through a für phrase (Für den Minister ist die Lage
// „alarmierend“; Die Pläne waren für die Gewerkschaft „Wortbruch“): the
// phrase stands in the clause before the opening mark at token open, with
// a form of sein or bleiben after it, and the closing mark at token close
// ends the clause. Only a name, role or organisation judges (für das
// Konzert names no one). The look back is bounded, so a sentence of many
// quotations stays linear.
func (d *doc) judgeFor(open, close int) (np, bool) {
	if close < 0 || close+1 < len(d.toks) && d.toks[close+1].Kind != text.Punct {
		return np{}, false
	}
	for i := open - 1; i >= 0 && i >= open-20; i-- {
		if d.toks[i].Kind == text.Punct || d.toks[i].Kind == text.QuoteMark || d.inQuote[i] >= 0 {
			return np{}, false
		}
		if w := d.tok(i); w != "für" && w != "Für" {
			continue
		}
		// the phrase, after an article and adjectives npAt does not
		// open with (für den brasilianischen Minister …)
		n, ok := np{}, false
		for j := i + 1; j < open && j <= i+4 && !ok; j++ {
			if j > i+1 && !d.isLower(j-1) {
				break
			}
			n, ok = d.npAt(j, open)
		}
		if !ok || n.kind != npRole && n.kind != npOrg && !(n.kind == npName && d.knownName(n)) || d.abstractObject(n) {
			return np{}, false
		}
		n.first = i + 1
		for j := n.last; j < open; j++ {
			if judgeCopula[d.tok(j)] {
				return n, true
			}
		}
		if i > 0 && judgeCopula[d.tok(i-1)] {
			return n, true
		}
		return np{}, false
	}
	return np{}, false
}

// knownName reports whether name phrase n holds a name the text knows as
// one (an entity, a first name): not a capitalised noun npAt reads as a
// bare name (für die Lage).
func (d *doc) knownName(n np) bool {
	for k := n.name[0]; k >= 0 && k < n.name[1]; k++ {
		if d.entAt[k] >= 0 {
			return true
		}
		if _, ok := lexicon.FirstName(d.tok(k)); ok {
			return true
		}
	}
	return false
}

// judgeCopula are the finite forms of sein and bleiben that join a thing to
// the judgement in marks.
var judgeCopula = map[string]bool{
	"ist": true, "sind": true, "war": true, "waren": true, "sei": true, "seien": true,
	"wäre": true, "wären": true, "bleibt": true, "bleiben": true, "blieb": true,
}

// textSource returns the text that sentence s says holds words in marks,
// when its verb is one of a text's (steht, stand, fand sich, war … zu
// lesen) and a phrase with in, im or auf names the text: Derzeit steht
// im Entwurf des Gesetzes noch der Passus: „…“; In der Zeitung fand sich
// die Feststellung „…“; Auf dem Transparent war die Parole „…“ zu lesen.
// The phrase runs from its determiner over adjectives, nouns and their
// complements to the first other word. It names no one: a Speaker with an
// empty Name and Type MISC (see [doc.documentSource]); nil when the
// sentence reads otherwise or the phrase names a time or a person.
func (d *doc) textSource(s sent) *Speaker {
	i := d.afterDateline(s)
	if s.last-i > 60 {
		return nil // linear; a long sentence holds other clauses
	}
	// The verb and the phrase stand between the same commas: in seiner
	// Heimatstadt, auf denen Sprüche … standen is no text.
	holds := -1
	clause := 0
	for k := i; k < s.last && holds < 0; k++ {
		if d.inQuote[k] >= 0 {
			continue
		}
		switch d.tok(k) {
		case ",":
			clause++
		case "steht", "stand", "stehen", "standen":
			holds = clause
		case "fand", "findet", "fanden", "finden":
			if k+1 < s.last && d.tok(k+1) == "sich" {
				holds = clause
			}
		case "lesen":
			if d.tok(k-1) == "zu" {
				holds = clause
			}
		}
	}
	if holds < 0 {
		return nil
	}
	clause = 0
	for k := i; k+2 < s.last; k++ {
		if d.inQuote[k] >= 0 || d.toks[k].Kind == text.QuoteMark {
			return nil // the text must be named before the words
		}
		if d.isPunct(k, ",") {
			clause++
		}
		switch d.low(k) {
		case "in", "im", "auf":
			if clause != holds {
				continue
			}
		default:
			continue
		}
		a := k + 1
		e := a
		head := -1
		for e < s.last && e-a < 10 && d.inQuote[e] < 0 && d.toks[e].Kind == text.Word {
			w := d.tok(e)
			if d.isCap(e) {
				if head < 0 {
					head = e
				}
			} else if !phraseWord[w] && !documentDet[w] && w != "für" && !(adjLike(w) && e+1 < s.last && d.isCapWord(e+1)) {
				break
			}
			e++
		}
		for e > a && d.isLower(e-1) {
			e--
		}
		if head < 0 || e <= head {
			return nil
		}
		if w := d.tok(head); timeNoun[w] || notText[w] || sloganNoun[w] {
			return nil
		}
		if relativeWord[d.tok(a)] && (k > i && d.isPunct(k-1, ",") || d.tok(a) == "denen") {
			return nil // …, auf denen Sprüche … standen: the relative's antecedent bears them
		}
		for j := head; j < e; j++ {
			if _, r := d.role(j); r || d.entAt[j] >= 0 && d.ents[d.entAt[j]].Type != entity.Organization {
				return nil // a person or place, no text
			}
		}
		sp := d.span(a, e)
		return &Speaker{Span: sp, Text: d.src[sp.Start:sp.End], Type: entity.Misc}
	}
	return nil
}

// modalSubject returns, when ok is set, the subject of a form of wollen
// right before the words in marks at token open, which are what it wants
// done: er or sie
// between the verb and the marks (Ursprünglich wollte er „…“), or the
// person or body that opens the sentence before the verb (Auch der
// Sprecher der Fraktion, Jan Kolb, will „…“). The closing mark at token
// close must end the clause.
func (d *doc) modalSubject(s sent, open, close int, ok bool) (np, bool) {
	k := open - 1
	if !ok || k <= s.first || close < 0 || close+1 < s.last && d.toks[close+1].Kind != text.Punct {
		// the marks must close the clause: the infinitive is inside
		// them (Die Regierung will „schnell und einfach“ helfen quotes
		// an adverb)
		return np{}, false
	}
	if w := d.tok(k); (w == "er" || w == "sie") && modalWant[d.tok(k-1)] {
		return d.npAt(k, open)
	}
	if !modalWant[d.tok(k)] {
		return np{}, false
	}
	i := d.afterDateline(s)
	if i < k && (frameAdverb[d.tok(i)] || adverbLike(lowerFirst(d.tok(i)))) {
		i++ // Auch der Sprecher …
	}
	n, ok := d.npAt(i, k)
	if !ok || n.kind != npName && n.kind != npRole && n.kind != npOrg || d.abstractObject(n) {
		return np{}, false
	}
	v := n.last
	if v+1 == k && d.isPunct(v, ",") {
		v++ // the apposition's closing comma
	}
	if v != k {
		return np{}, false
	}
	return n, true
}

// modalWant are the finite forms of wollen and möchten.
var modalWant = map[string]bool{
	"will": true, "wollte": true, "wollen": true, "wollten": true, "wolle": true,
	"möchte": true, "möchten": true,
}

// sloganSubject returns, when slogan is set, the subject of the verb of
// calling or writing (see chantVerb) that stands before the slogan at
// token open in sentence s, where [doc.chantFrame] found none because
// that verb is coordinated after the subject's own: the phrase that opens
// the sentence before a lower-case verb, or the phrase right after the
// verb that follows a first constituent (Unter dem Motto „…“ zogen die
// Demonstranten durch die Stadt und skandierten Parolen wie „…“); a name
// in marks in that constituent is skipped. Only a name, role,
// organisation or a plural of people counts. A slogan with no such verb
// (Transparente mit der Aufschrift „…“) keeps no speaker, as there.
func (d *doc) sloganSubject(s sent, open int, slogan bool) (np, bool) {
	if !slogan {
		return np{}, false
	}
	i := d.afterDateline(s)
	if open-i > 40 {
		return np{}, false // linear; a subject that far is no one to trust
	}
	chant := false
	for k := i; k < open; k++ {
		if chantVerb[d.tok(k)] && d.inQuote[k] < 0 {
			chant = true
		}
	}
	if !chant {
		return np{}, false
	}
	who := func(n *np) bool {
		if n.kind == npName && !d.personName(*n) && d.entAt[n.last-1] < 0 {
			// a capitalised noun the mention rules took for a name
			// (Gegner): a plain noun, named by no one
			n.kind, n.head, n.name = npNoun, n.last-1, [2]int{-1, -1}
		}
		if n.head >= 0 && n.head+1 < n.last && wayPrep[d.tok(n.head+1)] {
			n.last, n.gen = n.head+1, [2]int{-1, -1}
		}
		switch n.kind {
		case npName, npRole, npOrg:
			return !d.abstractObject(*n)
		case npNoun:
			return n.head >= 0 && personGroup(d.tok(n.head))
		}
		return false
	}
	if n, ok := d.npAt(i, open); ok && n.last < open && d.isLower(n.last) && who(&n) {
		return n, true
	}
	for v := i + 1; v < open; v++ {
		if d.toks[v].Kind == text.QuoteMark {
			// a name in marks in the first constituent (Unter dem Motto
			// „Freiheit statt Angst“)
			for v++; v < open && d.toks[v].Kind != text.QuoteMark; v++ {
			}
			continue
		}
		if d.inQuote[v] >= 0 || d.toks[v].Kind == text.Punct {
			return np{}, false
		}
		w := d.tok(v)
		if !d.isLower(v) || phraseWord[w] || clausePrep[w] || framePrep[w] || numberWord[w] || adverbLike(w) || adjLike(w) && v+1 < open && d.isCapWord(v+1) {
			continue
		}
		if n, ok := d.npAt(v+1, open); ok && who(&n) {
			return n, true
		}
		return np{}, false
	}
	return np{}, false
}

// wayPrep are the prepositions of a place or way after a subject noun
// (die Demonstranten vom Bahnhof bis zum Rathaus): no part of the mention.
var wayPrep = map[string]bool{
	"vom": true, "aus": true, "in": true, "im": true, "am": true, "bei": true, "beim": true,
	"zum": true, "zur": true, "bis": true, "durch": true, "über": true,
}

// coordSubject returns the subject a cue verb at token v shares with the
// verb before und (or sowie) in a main clause that puts its subject after
// that first verb: Nach dem langen Flug steuerte er die Fähre zum Anleger
// und meldete sich mit den Worten: …; Als ein Passant half, schlug der
// Mann ihn und rief: …. The subject is the first er, sie or der-phrase
// right after a lower-case word that is no preposition or article (an
// adjective ends in -e as a verb does, but never stands before er or
// der), that is after the first verb; an opening subordinate clause
// is skipped to its comma. A der-phrase may be a plain noun (der Mann):
// whoever calls out is a person. Another comma, a quotation or a second
// und between gives none.
func (d *doc) coordSubject(s sent, v int) (np, bool) {
	u := v - 1
	if u > s.first && perfectAux[d.tok(u)] {
		u-- // und hatte gefragt
	}
	if u <= s.first || d.tok(u) != "und" && d.tok(u) != "sowie" {
		return np{}, false
	}
	cs := d.afterDateline(s)
	if u-cs > 60 {
		return np{}, false // linear, and a subject that far is no one to trust
	}
	if cs < u && openingSubordinator[d.tok(cs)] {
		for cs < u && !d.isPunct(cs, ",") {
			cs++
		}
		cs++
	}
	if u-cs > 40 {
		return np{}, false // linear, and a subject that far is no one to trust
	}
	for k := cs + 1; k < u; k++ {
		if d.inQuote[k] >= 0 || d.isPunct(k, ",") || d.isPunct(k, ":") || d.isPunct(k, ";") {
			return np{}, false
		}
		w := d.tok(k)
		if w != "er" && w != "sie" && w != "der" {
			continue
		}
		p := d.tok(k - 1)
		if !d.isLower(k-1) || d.toks[k-1].Kind != text.Word || phraseWord[p] || preposition[p] || clausePrep[p] || framePrep[p] || articleWord[p] || p == "und" || p == "oder" {
			continue
		}
		n, ok := d.npAt(k, u)
		if !ok {
			return np{}, false
		}
		switch n.kind {
		case npPronoun, npName, npRole, npOrg:
			return n, true
		case npNoun:
			if w == "der" && n.head >= 0 && !d.abstractObject(n) {
				return n, true
			}
		}
		return np{}, false
	}
	return np{}, false
}

// colonIn reports whether tokens [a, b) hold a colon outside quotations.
func (d *doc) colonIn(a, b int) bool {
	for i := a; i < b; i++ {
		if d.inQuote[i] < 0 && d.isPunct(i, ":") {
			return true
		}
	}
	return false
}

// heisstAfter returns heißt es (or hieß es) after a comma, or after
// ", so", that follows the closing mark at token close in sentence s
// before any other quotation (Die Kosten sollen „…“ sinken, so heißt es
// in der Erklärung), as a cue with no speaker; an empty attr when the
// sentence has none.
func (d *doc) heisstAfter(s sent, close int) attr {
	if close < 0 {
		return attr{}
	}
	for v := close + 1; v+1 < s.last && v < close+30; v++ {
		if d.inQuote[v] >= 0 {
			return attr{} // another quotation's frame
		}
		if !isHeisst(d.tok(v)) || d.tok(v+1) != "es" {
			continue
		}
		if !d.isPunct(v-1, ",") && !(d.tok(v-1) == "so" && d.isPunct(v-2, ",")) {
			return attr{}
		}
		if h, ok := d.cueAt(v, s.last); ok {
			return attr{cue: &h}
		}
	}
	return attr{}
}

// citedText returns the text that heißt es at token v cites when the
// frame rules found no source for it: a phrase after in, im, auf or bei
// that follows the verb (heißt es in der Meldung auf der Homepage von
// „Nordstrom“ wörtlich:), running to the next comma or colon and taking a
// name in marks with it, or a first constituent with in, im or auf that
// opens the sentence before the verb, up to a comma (Im letzten Satz der
// Anordnung, die … zugestellt wurde, heißt es:). The phrase needs a
// capitalised noun that is no time (Im Mai heißt es). The text names no
// one: a Speaker with an empty Name and Type MISC, as for other document
// frames (see [doc.documentSource]). Nil when no phrase reads so.
func (d *doc) citedText(s sent, v int) *Speaker {
	textPrep := func(w string) bool {
		switch strings.ToLower(w) {
		case "in", "im", "auf":
			return true
		}
		return false
	}
	// phrase checks tokens [a, b) after preposition a-1 and makes the
	// Speaker. Its first noun is the text: no time, no place or other
	// name the recogniser knows (In Berlin heißt es), and after auf a web
	// page (heißt es auf Nachfrage names none).
	phrase := func(a, b int) *Speaker {
		for b > a && d.isLower(b-1) && d.toks[b-1].Kind == text.Word {
			b-- // wörtlich, dazu, unter anderem; a closing mark stops it
		}
		if b <= a || b-a > 14 {
			return nil
		}
		head := -1
		for k := a; k < b; k++ {
			if d.inQuote[k] >= 0 {
				return nil // the quotation itself
			}
			if _, r := d.role(k); r || d.entAt[k] >= 0 && d.ents[d.entAt[k]].Type == entity.Person {
				return nil // a person the rules did not read
			}
			if head < 0 && d.toks[k].Kind == text.Word && !d.isLower(k) {
				head = k
			}
		}
		if head < 0 {
			return nil
		}
		if w := d.tok(head); timeNoun[w] || notText[w] || d.entAt[head] >= 0 || strings.EqualFold(d.tok(a-1), "auf") && !hasSuffixFold(w, documentWord) {
			return nil
		}
		sp := d.span(a, b)
		return &Speaker{Span: sp, Text: d.src[sp.Start:sp.End], Type: entity.Misc}
	}
	j := v + 1
	if j < s.last && d.tok(j) == "es" {
		j++
	}
	for c := 0; c < 3 && j < s.last && d.isLower(j) && !textPrep(d.tok(j)) && d.inQuote[j] < 0; c++ {
		j++ // heißt es dazu, heißt es weiter
	}
	if j+1 < s.last && textPrep(d.tok(j)) {
		e := j + 1
		for e < s.last && e-j <= 15 && d.inQuote[e] < 0 && !d.isPunct(e, ",") && !d.isPunct(e, ":") && !d.isPunct(e, ";") && !d.isSentEnd(e) {
			e++
		}
		return phrase(j+1, e)
	}
	i := d.afterDateline(s)
	if i < v && (d.tok(i) == "So" || d.tok(i) == "Weiter") {
		i++
	}
	if i+1 >= v || v-i > 30 || !textPrep(d.tok(i)) || !d.isCap(i) {
		return nil // linear: a frame that long is no opening phrase
	}
	e := i + 1
	for e < v && !d.isPunct(e, ",") {
		e++
	}
	if e < v && !d.isPunct(v-1, ",") {
		return nil // the comma opens no insertion that ends before the verb
	}
	if e == v-1 && d.hasKonj(i+1, e) {
		// Im Süden könne es schneien, hieß es weiter: a clause in the
		// Konjunktiv before the comma is the content, and its opening
		// phrase is no text
		return nil
	}
	return phrase(i+1, e)
}

// colonFrame reads, when ok is set, the frame before the last colon in
// tokens [lo, open) (see [doc.frameCue]), for words in marks in the
// reported speech after it; only a frame that names its speaker counts.
func (d *doc) colonFrame(lo, open int, ok bool) (attr, bool) {
	if !ok {
		return attr{}, false
	}
	for c := open - 1; c > lo; c-- {
		if d.isPunct(c, ":") {
			a := d.frameCue(lo, c, true)
			return a, a.np != nil
		}
	}
	return attr{}, false
}

// freeIndirectSent reports whether sentence s, which holds quotations,
// reads as free indirect speech (see [doc.freeIndirect]): its main clause
// is in the Konjunktiv, with no frame of its own (Nach den Worten der
// Sprecherin fehle es …, Die Sichtweise, wonach es … geben werde). A
// sentence longer than indirectIn reads is not looked at, so many
// quotations in one long sentence stay linear.
func (d *doc) freeIndirectSent(s sent) bool {
	if s.last-s.first > 400 {
		return false
	}
	end := s.last
	for end > s.first && d.toks[end-1].Kind == text.Punct {
		end--
	}
	_, ok := d.freeIndirect(s, end)
	return ok
}

// contentClause reports whether quotation part p is a dass- or ob-clause
// after a comma (Küng hofft, „dass Rom nicht eingreift“): the content of
// the clause before it, reported like speech in the Konjunktiv.
func (d *doc) contentClause(p part) bool {
	if p.openTok < 1 || !d.isPunct(p.openTok-1, ",") {
		return false
	}
	w, _, _ := strings.Cut(d.src[p.content.Start:p.content.End], " ")
	return w == "dass" || w == "ob"
}

// actBefore finds, when ok is set, the act of speech (see
// [doc.speechAct]) in the sentence right before s: in the same paragraph,
// or ending the paragraph before when s opens its own.
func (d *doc) actBefore(s sent, ok bool) (np, cueHit, bool) {
	si := int(d.sentOf[s.first])
	if !ok || si == 0 {
		return np{}, cueHit{}, false
	}
	p := d.sents[si-1]
	if p.para != s.para && (s.para-p.para != 1 || d.paras[s.para].first != s.first) {
		return np{}, cueHit{}, false
	}
	return d.speechAct(p)
}

// coordinated returns candidate ci as a second quotation joined to the one
// right before it by und, oder or sowie (erklärte er: „…“ und „…“;
// Parolen wie „…“ oder „…“): it takes that quotation's kind, cue and
// speaker. The conjunction may open a sentence of its own when the first
// quotation ended with a full stop.
func (d *doc) coordinated(ci int, prev []stmt) (stmt, bool) {
	c := d.cands[ci]
	f, l := c.first(), c.last()
	if len(prev) == 0 || f.openTok < 2 {
		return stmt{}, false
	}
	switch d.tok(f.openTok - 1) {
	case "und", "oder", "sowie":
	default:
		return stmt{}, false
	}
	p := prev[len(prev)-1]
	if p.cand < 0 || p.end != f.openTok-1 || d.toks[p.end-1].Kind != text.QuoteMark {
		return stmt{}, false
	}
	st := stmt{first: f.openTok, para: f.para, cand: ci, g: p.g, explicit: p.explicit}
	if l.closeTok >= 0 {
		st.end = l.closeTok + 1
	} else {
		st.end = d.paras[l.para].last
	}
	st.q.Kind = p.q.Kind
	d.fillText(&st.q, c)
	if p.q.Cue != nil {
		cue := *p.q.Cue
		st.q.Cue = &cue
	}
	if p.q.Speaker != nil {
		sp := *p.q.Speaker
		st.q.Speaker = &sp
	}
	return st, true
}

// namesWork reports whether one-part candidate c after a colon gives the
// name of a work or event its frame [lo, end) announces (Sein erstes
// großes Werk entstand 1978: „Le Grand Macabre“; stellte die neue CD vor:
// „Have a nice day“): a few words with no sentence end and no first
// person after a frame with a singular noun that names a class of named
// things.
func (d *doc) namesWork(c *cand, lo, end int, endsSentence bool) bool {
	if len(c.parts) > 1 || endsSentence || d.words(c.first().content) > 6 || d.looksSpoken(c) {
		return false
	}
	for _, w := range strings.Fields(d.src[c.first().content.Start:c.first().content.End]) {
		if firstPerson[strings.Trim(w, ".,;:!?")] {
			return false
		}
	}
	for i := lo; i < end; i++ {
		// singular, after an article or adjective: die letzten sieben
		// Spiele, in Serie announce no name
		if w := d.tok(i); d.isCap(i) && hasSuffixFold(trimGenitive(w), titleNoun) && i > lo && d.isLower(i-1) && !preposition[d.tok(i-1)] {
			return true
		}
	}
	return false
}

// preposition are the prepositions a class noun may follow without naming
// anything (in Serie, auf Tour).
var preposition = map[string]bool{
	"in": true, "im": true, "mit": true, "von": true, "vom": true, "zu": true, "zur": true, "zum": true,
	"bei": true, "beim": true, "nach": true, "aus": true, "auf": true, "an": true, "am": true, "für": true,
	"über": true, "unter": true, "gegen": true, "seit": true, "per": true, "pro": true, "ohne": true,
}

// hisFrame reports whether w, opening a colon frame, is a form of the
// possessive sein (Seine Meinung zu …:, Seine Zuversicht gründet sich
// auf …:): the frame gives a man's words. Ihr is left out: her or their.
func hisFrame(w string) bool {
	switch w {
	case "Sein", "Seine", "Seiner", "Seinem", "Seinen", "Seines":
		return true
	}
	return false
}

// frameOnly reports whether tokens [lo, end) hold nothing but the
// attribution a (and commas): the frame of an interrupted quotation.
func (d *doc) frameOnly(lo, end int, a attr) bool {
	last := lo
	if a.cue != nil {
		last = max(last, a.cue.last, a.cue.particle+1)
	}
	if a.np != nil {
		last = max(last, a.np.last)
	}
	// allow a few adverbials: sagte sie am Mittwoch im Bundestag; the
	// marks around a medium's name (im Fachblatt „Nature“) count as no
	// tokens of them
	n, words := 0, false
	for i := last; i < end; i++ {
		if d.toks[i].Kind != text.QuoteMark {
			n++
		}
		words = words || d.toks[i].Kind == text.Word
	}
	return !words || n <= 8
}

func (d *doc) frameOnlyLoose(lo, end int) bool {
	if end-lo > 14 {
		return false
	}
	return d.isPunct(lo, ",") && end-1 > lo && d.isPunct(end-1, ",")
}

func (d *doc) restHasWords(i, hi int) bool {
	for ; i < hi; i++ {
		if d.toks[i].Kind == text.Word {
			return true
		}
	}
	return false
}

// contentEndsSentence reports whether the words of part p end with . ! ?
// or an ellipsis.
func (d *doc) contentEndsSentence(p part) bool {
	end := p.closeTok
	if end < 0 {
		return true
	}
	if end-1 <= p.openTok {
		return false
	}
	return d.isSentEndQuote(end - 1)
}

// looksSpoken reports whether a quotation with no attribution reads as
// someone's words rather than a name: at least four words and a first
// person or a sentence end.
func (d *doc) looksSpoken(c *cand) bool {
	l := c.last()
	n := 0
	fp := false
	for _, p := range c.parts {
		n += d.words(p.content)
		for _, w := range strings.Fields(d.src[p.content.Start:p.content.End]) {
			if firstPerson[strings.Trim(w, ".,;:!?")] {
				fp = true
			}
		}
	}
	return n >= 4 && (fp || d.contentEndsSentence(l))
}

// fillText sets the span, text and parts of q from candidate c.
func (d *doc) fillText(q *Quote, c *cand) {
	f, l := c.first(), c.last()
	q.Span = wortlaut.Span{Start: f.content.Start, End: l.content.End}
	if len(c.parts) == 1 {
		q.Text = d.src[f.content.Start:f.content.End]
		return
	}
	var b strings.Builder
	for i, p := range c.parts {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(d.src[p.content.Start:p.content.End])
		q.Parts = append(q.Parts, p.content)
	}
	q.Text = b.String()
}

func (d *doc) cueOf(h cueHit) *Cue {
	sp := d.span(h.first, h.last)
	return &Cue{Span: sp, Text: d.src[sp.Start:sp.End]}
}

// continued returns the speaker of the statement before st when st follows
// it in the same or the next paragraph and no other person takes the
// floor in between.
func (d *doc) continued(st stmt, prev []stmt) (*Speaker, gender, bool) {
	for k := len(prev) - 1; k >= 0; k-- {
		p := prev[k]
		if p.cand < 0 {
			// indirect speech in between: it continues that speaker only
			// if it has one
			if p.q.Speaker == nil {
				return nil, 0, false
			}
		}
		if st.para-p.para > 1 {
			return nil, 0, false
		}
		if p.q.Speaker == nil {
			return nil, 0, false
		}
		// Another person as subject of a sentence in between? Only the
		// persons between the two statements are read, so a document of
		// many persons and quotations stays linear.
		for k := d.personBefore(p.end) + 1; k < len(d.persons) && d.persons[k].pos < st.first; k++ {
			if pe := d.persons[k]; (pe.subject || d.appositionSubject(pe)) && pe.name != p.q.Speaker.Name {
				return nil, 0, false
			}
		}
		if d.interview(st.para) {
			return nil, 0, false
		}
		sp := *p.q.Speaker
		return &sp, p.g, true
	}
	return nil, 0, false
}

// aboutBefore returns, when ok is set, the person the sentence right
// before s in its paragraph introduces at length: the name in apposition
// to its opening phrase (Der ältere Bruder des Präsidenten, Georg Kolb,
// war …; see [doc.appositionSubject]), with the mention from the sentence
// start, as SpkAtt marks it. A plain subject with no act of speech (Peter
// Lang fuhr nach Hause) gives no one. That sentence holds no marks; nil
// when it introduces no such person.
func (d *doc) aboutBefore(s sent, ok bool) (*Speaker, bool) {
	si := int(d.sentOf[s.first])
	if !ok || si == 0 {
		return nil, false
	}
	p := d.sents[si-1]
	if p.para != s.para || d.hasMarks(p.first, p.last) {
		return nil, false
	}
	for k := d.personBefore(p.first) + 1; k < len(d.persons) && d.persons[k].pos < p.last; k++ {
		pe := d.persons[k]
		if pe.name == "" || !d.appositionSubject(pe) {
			continue
		}
		sp := pe.mention
		sp.Start = d.toks[d.afterDateline(p)].Start
		return &Speaker{Name: pe.name, Type: pe.typ, Span: sp, Text: d.src[sp.Start:sp.End]}, true
	}
	return nil, false
}

// appositionSubject reports whether person mention pe is the name in
// apposition to the phrase that opens its sentence, closed by a comma
// before the verb (Der ältere Bruder des Präsidenten, Georg Kolb, war …):
// the sentence is about that person, as when the name opens it.
func (d *doc) appositionSubject(pe person) bool {
	i := pe.pos
	if i < 2 || i >= len(d.toks) || !d.isPunct(i-1, ",") {
		return false
	}
	j := i
	for j < len(d.toks) && d.toks[j].End <= pe.mention.End {
		j++
	}
	if j+1 >= len(d.toks) || !d.isPunct(j, ",") || !d.isLower(j+1) || relativeWord[d.tok(j+1)] {
		return false
	}
	s := d.sents[d.sentOf[i]]
	first := d.afterDateline(s)
	if !d.isCap(first) || first >= i-1 || i-first > 30 {
		return false // linear: an opening phrase that long is no apposition's
	}
	for k := first; k < i-1; k++ {
		if d.toks[k].Kind == text.Punct || d.inQuote[k] >= 0 {
			return false // the comma before the name is the sentence's first
		}
	}
	return true
}

// reportSubject returns the subject that opens sentence s before a
// lower-case verb, when a comma stands between it and the quotation at
// token open (Der Senat hatte sich erhofft, dass …): a name, role or
// organisation, not a common noun or pronoun.
func (d *doc) reportSubject(s sent, open int) (np, bool) {
	i := d.afterDateline(s)
	if i < open && frameAdverb[d.tok(i)] {
		i++
	}
	if i >= open {
		return np{}, false // a dateline or adverb right before the quotation
	}
	if d.tok(i) == "Für" {
		// Für den Theologen Hans Küng sei der Rücktritt „verständlich“:
		// the person the view is given for holds it.
		if n, ok := d.npLoose(i+1, open); ok && n.last < open && (n.kind == npName || n.kind == npRole) && d.konjAt(n.last) {
			return n, true
		}
		return np{}, false
	}
	n, ok := d.npAt(i, open)
	if !ok || n.kind != npName && n.kind != npRole && n.kind != npOrg || n.last >= open || d.abstractObject(n) {
		return np{}, false
	}
	v := n.last
	if !d.isLower(v) {
		// Der 84-jährige Küng, der als Kritiker des Papstes gilt, hofft
		if v = d.afterInsertion(v, open); v == n.last {
			return np{}, false
		}
	}
	for k := v; k < open; k++ {
		if d.isPunct(k, ",") {
			return n, true
		}
	}
	return np{}, false
}

// perfectSubject finds the subject of cue participle h that closes a
// clause in the perfect after the marks at token open (Die Regierung hat
// den Bericht als „falsch“ zurückgewiesen): the phrase that opens the
// clause before a form of haben. A form of werden would make it a passive, whose subject is
// spoken about.
func (d *doc) perfectSubject(h cueHit, open, lo, hi int) (np, bool) {
	if h.last-h.first != 1 || h.last < hi && !(d.isPunct(h.last, ".") || d.isPunct(h.last, ",")) {
		return np{}, false
	}
	cs := d.clauseStart(open, lo)
	n, ok := d.npAt(cs, open)
	if !ok || n.kind == npNoun || n.last >= open || !perfectAux[d.tok(n.last)] {
		return np{}, false
	}
	return n, true
}

// passiveQuoteAgent finds the agent of cue participle h that closes a
// passive clause holding the marks at token open (Die Gefahr wird vom
// Deutschen Wetterdienst als „sehr hoch“ eingestuft): a person, body or
// plain noun (von Musikkennern) after the last von or vom between the
// clause's form of werden and the marks.
func (d *doc) passiveQuoteAgent(h cueHit, open, lo, hi int) (np, bool) {
	if h.last-h.first != 1 || h.last < hi && !(d.isPunct(h.last, ".") || d.isPunct(h.last, ",")) {
		return np{}, false
	}
	aux := -1
	for v := d.clauseStart(open, lo); v < open && aux < 0; v++ {
		switch d.tok(v) {
		case "wird", "werden", "wurde", "wurden":
			aux = v
		}
	}
	// The last von phrase before the marks: the first may belong to a
	// noun (die Gefahr von Waldbränden vom Wetterdienst).
	for k := open - 2; k > aux && aux >= 0; k-- {
		if d.inQuote[k] >= 0 || d.toks[k].Kind == text.Punct {
			break
		}
		if w := d.tok(k); w != "von" && w != "vom" {
			continue
		}
		n, ok := d.npLoose(k+1, open)
		if !ok || n.kind != npName && n.kind != npRole && n.kind != npOrg {
			return np{}, false
		}
		if n.kind == npName && !d.personName(n) && d.entAt[n.last-1] < 0 {
			// a capitalised noun the mention rules took for a name (von
			// Musikkennern): a plain noun, named by no one
			n.kind, n.head, n.name = npNoun, n.last-1, [2]int{-1, -1}
		}
		return n, true
	}
	return np{}, false
}

// perfectAux are the forms of haben that make a perfect with a
// participle at the end of the clause.
var perfectAux = map[string]bool{"hat": true, "hatte": true, "habe": true, "hätte": true, "haben": true, "hatten": true}

// interview reports whether paragraph pi is a transcript turn (Frage:,
// SPIEGEL:, Antwort:): speakers alternate there.
func (d *doc) interview(pi int) bool {
	p := d.paras[pi]
	for i := p.first; i < p.last && i < p.first+4; i++ {
		if d.isPunct(i, ":") {
			return i > p.first && d.isCap(i-1)
		}
	}
	return false
}

// resolve turns a speaker mention into a Speaker: through the entity
// clusters, earlier mentions and speakers. It returns nil when the mention
// cannot be tied to anyone (a pronoun without a clear antecedent).
func (d *doc) resolve(n np, plural bool, at, para int, prev []stmt) (*Speaker, gender) {
	if n.rel > 0 && n.kind == npPronoun {
		// a relative pronoun whose antecedent did not parse: someone
		// unnamed (see Speaker)
		sp := d.span(n.first, n.last)
		return &Speaker{Span: sp, Text: d.src[sp.Start:sp.End], Type: entity.Person}, genderUnknown
	}
	if n.rel > 0 {
		m := n
		m.rel = 0
		out, g := d.resolve(m, plural, at, para, prev)
		if out != nil {
			sp := d.span(n.rel, n.rel+1)
			out.Span, out.Text = sp, d.src[sp.Start:sp.End]
		}
		return out, g
	}
	if n.appo > 0 {
		m := n
		m.last, m.appo = n.appo, 0
		out, g := d.resolve(m, plural, at, para, prev)
		if out != nil {
			sp := d.span(n.first, n.last)
			out.Span, out.Text = sp, d.src[sp.Start:sp.End]
		}
		return out, g
	}
	sp := d.span(n.first, n.last)
	out := &Speaker{Span: sp, Text: d.src[sp.Start:sp.End]}
	switch n.kind {
	case npPronoun:
		if plural {
			// sie sagten: no one person to resolve to, but the mention
			// stands; er is singular whatever the verb's form suggests
			// (hatte versprochen)
			if n.g != genderMale {
				return d.unresolved(out, n)
			}
		}
		p := d.antecedent(n.g, at, para, prev)
		if p == nil {
			if name, ok := d.roleOnlyAntecedent(n.g, n.first, at, para, prev); ok {
				out.Name, out.Type = name, entity.Person
				return out, n.g
			}
			return d.unresolved(out, n)
		}
		out.Name, out.Type = p.name, p.typ
		return out, n.g
	case npName:
		a, b := n.name[0], n.name[1]
		if e := d.entAt[b-1]; e >= 0 {
			ent := d.ents[e]
			out.Name, out.Type = entName(ent), entType(ent.Type)
			if full, ok := d.byLast[out.Name]; ok && ent.Type != entity.Organization {
				// Trump → Donald Trump, also when the recogniser typed the
				// short form as something else.
				out.Name, out.Type = full, entity.Person
			}
			g := entGender(ent)
			if g == genderUnknown {
				g = n.g
			}
			return out, g
		}
		out.Name = d.fullName(a, b)
		out.Type = entity.Person
		if d.orgWord(b-1) || isMedia(d.tok(b-1)) {
			out.Type = entity.Organization
		}
		g := n.g
		if fg, ok := lexicon.FirstName(strings.Fields(out.Name)[0]); ok && g == genderUnknown {
			g = fromLexicon(fg)
		}
		if g == genderUnknown {
			g = d.genderOf(out.Name)
		}
		return out, g
	case npRole:
		if n.name[0] >= 0 {
			nn := n
			nn.kind = npName
			r, g := d.resolve(nn, plural, at, para, prev)
			if r != nil {
				r.Span, r.Text = out.Span, out.Text
			}
			return r, g
		}
		head := d.tok(n.head)
		if prefix, ok := spokesWord(head); ok {
			if n.gen[0] >= 0 {
				return d.orgSpeaker(out, n.gen), genderUnknown
			}
			if prefix != "" {
				out.Name, out.Type = prefix, entity.Organization
				if genericOrg[prefix] {
					out.Name = d.referredOrg(prefix, n.first, para, prev)
				}
				return out, genderUnknown
			}
		}
		if n.gen[0] >= 0 && (n.first == n.head || !d.definite(n) || strings.HasSuffix(head, "en") || strings.HasSuffix(head, "innen")) {
			// Analysten der Commerzbank, ein Vertreter des Ministeriums
			return d.orgSpeaker(out, n.gen), genderUnknown
		}
		// a role bound to a genitive (der Chef der Firma) is no
		// description of whoever came last: only the same role refers back
		if p := d.roleAntecedent(head, n.g, d.definite(n) && n.gen[0] < 0, at, para, prev); p != nil {
			out.Name, out.Type = p.name, p.typ
			return out, p.g
		}
		if n.gen[0] >= 0 && n.first < n.head && d.tok(n.first) != "der" && d.tok(n.first) != "die" && d.tok(n.first) != "Der" && d.tok(n.first) != "Die" {
			// ein Sprecher/Vertreter des Ministeriums: the organisation
			return d.orgSpeaker(out, n.gen), genderUnknown
		}
		out.Name = d.src[d.toks[n.head].Start:d.toks[n.last-1].End]
		out.Type = entity.Person
		d.markDescribed(out.Name)
		d.markUnnamed(out.Name)
		return out, n.g
	case npDoc:
		out.Type = entity.Misc // a document names no one: see Speaker
		return out, genderUnknown
	case npOrg, npNoun:
		if n.kind == npOrg && n.name[0] > 0 && d.toks[n.name[0]-1].Kind == text.QuoteMark {
			// a name in marks: its words, without the marks
			out.Name, out.Type = d.src[d.toks[n.name[0]].Start:d.toks[n.name[1]-1].End], entity.Organization
			return out, genderUnknown
		}
		// in einer Erklärung des Unternehmens: a genitive head noun
		genitive := n.head > 0 && (d.tok(n.head-1) == "des" || d.tok(n.head-1) == "eines")
		if n.kind == npOrg && n.name[0] < 0 && n.last-n.head == 1 && genericOrg[trimGenitiveOrg(d.tok(n.head))] && (d.definite(n) || genitive && d.tok(n.head-1) == "des") {
			// das Unternehmen, die Organisation: the organisation named last
			out.Name, out.Type = d.referredOrg(trimGenitiveOrg(d.tok(n.head)), n.first, para, prev), entity.Organization
			return out, genderUnknown
		}
		for i := n.last - 1; i >= n.head && i >= 0; i-- {
			if e := d.entAt[i]; e >= 0 && !d.otherEntity(n, i) {
				out.Name, out.Type = d.entityName(i), entType(d.ents[e].Type)
				return out, genderUnknown
			}
		}
		out.Name = trimGenitive(d.src[d.toks[n.head].Start:d.toks[n.last-1].End])
		if n.kind == npOrg || isMedia(d.tok(n.head)) {
			out.Type = entity.Organization
			out.Name = nominativeName(d.detBefore(n.head), d.src[d.toks[n.head].Start:d.toks[n.last-1].End])
			if genitive && n.last-n.head == 1 {
				out.Name = trimGenitiveOrg(out.Name) // des Vereins → Verein
			}
			return out, genderUnknown
		}
		if n.kind == npNoun && d.definite(n) && n.g != genderNeuter && n.g != genderUnknown && !d.femininePrepDer(n) {
			// der Franzose: a definite singular person noun
			if p := d.roleAntecedent(d.tok(n.head), n.g, true, at, para, prev); p != nil {
				out.Name, out.Type = p.name, p.typ
				return out, p.g
			}
		}
		if n.kind == npNoun && (abstractNoun(d.tok(n.head)) || d.femininePrepDer(n) && !d.personNoun(n.head) && !hasSuffixFold(d.tok(n.head), collectiveNoun) && !isOrgWord(d.tok(n.head))) {
			// die Resolution, eine Laboranalyse: no person but a text the
			// reader checks, which names no one (see Speaker); a body (die
			// Opposition, die Armeeleitung) keeps its noun, as die Polizei
			// does
			out.Name, out.Type = "", entity.Misc
			return out, genderUnknown
		}
		out.Type = entity.Person
		d.markDescribed(out.Name)
		if plural && n.kind == npNoun || d.personNoun(n.head) {
			// die Veranstalter, Demonstranten, der Kämmerer: a person or
			// group the text does not name (see Speaker); the noun still
			// chains later mentions of it
			d.markUnnamed(out.Name)
		}
		return out, n.g
	}
	return nil, 0
}

// otherEntity reports whether the entity at token i, inside noun phrase
// n, names someone other than the speaker n stands for: it stands in a
// genitive or von complement of the head (die Kommission der Union, der
// Chef von Forsa), and the head is itself an organisation, which the
// complement only places (the Kommission is not the Union), or a person,
// whom a place in the complement never names (der Polizeichef von
// Kandahar). After a speech noun (die Ermittlungen der
// Staatsanwaltschaft) the complement is the speaker.
func (d *doc) otherEntity(n np, i int) bool {
	if n.head < 0 {
		return false
	}
	e := d.entAt[i]
	j := i
	for j > n.head && d.entAt[j-1] == e {
		j--
	}
	if j <= n.head {
		return false // the entity covers the head
	}
	complement := false
	for k := n.head + 1; k < j; k++ {
		switch d.tok(k) {
		case "der", "des", "von", "vom", "eines", "einer":
			complement = true
		}
	}
	if !complement {
		return false
	}
	head := d.tok(n.head)
	if isOrgWord(head) || genericOrg[trimGenitiveOrg(head)] {
		return true
	}
	_, isRole := role(head)
	return d.ents[e].Type == entity.Location && (isRole || personNoun(head))
}

// unresolved is the speaker of a pronoun subject (er, sie) with no clear
// antecedent: the mention is certain, the person unnamed. Other pronoun
// frames (Seine Meinung: „…“) give no speaker.
func (d *doc) unresolved(out *Speaker, n np) (*Speaker, gender) {
	if _, poss := possessiveGender[d.tok(n.first)]; !poss && n.last-n.first == 1 {
		if lw := d.low(n.first); lw != "er" && lw != "sie" {
			return nil, 0
		}
	} else if !poss {
		return nil, 0
	}
	out.Type = entity.Person
	return out, n.g
}

// markDescribed records that the speaker name s is a role noun.
func (d *doc) markDescribed(s string) {
	if d.described == nil {
		d.described = map[string]bool{}
	}
	d.described[s] = true
}

// markUnnamed records that the speaker name s is the role noun of a
// person the text does not name (die Chefin, einer der Polizisten): it
// chains mentions while the text is read, and the Speaker leaves its Name
// empty.
func (d *doc) markUnnamed(s string) {
	if d.unnamed == nil {
		d.unnamed = map[string]bool{}
	}
	d.unnamed[s] = true
}

// definite reports whether noun phrase n starts with a definite article.
func (d *doc) definite(n np) bool {
	switch d.tok(n.first) {
	case "der", "die", "das", "Der", "Die", "Das":
		return true
	}
	return false
}

// paraOf returns the paragraph of token i.
func (d *doc) paraOf(i int) int {
	return sort.Search(len(d.paras), func(p int) bool { return d.paras[p].last > i })
}

// genericOrg are organisation nouns that refer back to a named one.
var genericOrg = map[string]bool{
	"Organisation": true, "Unternehmen": true, "Konzern": true, "Firma": true, "Gruppe": true,
	"Behörde": true, "Ministerium": true, "Verband": true, "Gewerkschaft": true, "Partei": true,
	"Bank": true, "Institut": true, "Gesellschaft": true, "Verein": true, "Klub": true, "Club": true,
	"Stiftung": true, "Sender": true, "Bündnis": true, "Airline": true, "Fluggesellschaft": true,
	"Hersteller": true, "Autobauer": true, "Versicherer": true, "Händler": true, "Zoo": true,
	"Klinik": true, "Universität": true, "Gericht": true, "Institution": true, "Agentur": true, "Versorger": true,
	"Unternehmens": true, "Konzerns": true, "Verbands": true, "Verbandes": true, "Ministeriums": true,
}

// recentOrg returns the organisation named last before token at that the
// generic noun (das Unternehmen, der Gewerkschaft) can refer to, within
// two paragraphs: an entity mention or the speaker of an earlier statement
// (see [doc.orgFits]).
func (d *doc) recentOrg(noun string, at, para int, prev []stmt) (string, bool) {
	lo := d.paras[max(0, para-2)].first
	for i := at - 1; i >= lo && i >= at-400; i-- {
		if e := d.entAt[i]; e >= 0 && d.ents[e].Type == entity.Organization && orgFits(noun, d.entClass(i), entName(d.ents[e])) {
			return entName(d.ents[e]), true
		}
	}
	for k := len(prev) - 1; k >= 0 && para-prev[k].para <= 2; k-- {
		if sp := prev[k].q.Speaker; sp != nil && sp.Type == entity.Organization && !genericOrg[sp.Name] && orgFits(noun, textClass(sp.Text), sp.Name) {
			return sp.Name, true
		}
	}
	return "", false
}

// orgSpeaker names the organisation in complement c as the speaker.
func (d *doc) orgSpeaker(out *Speaker, c [2]int) *Speaker {
	for i := c[1] - 1; i >= c[0]; i-- {
		if e := d.entAt[i]; e >= 0 && (d.ents[e].Type != entity.Location || !d.orgWord(c[0])) {
			out.Name, out.Type = d.entityName(i), entType(d.ents[e].Type)
			return out
		}
	}
	if c[1]-c[0] == 1 && genericOrg[trimGenitiveOrg(d.tok(c[0]))] && c[0] > 0 && (d.tok(c[0]-1) == "des" || d.tok(c[0]-1) == "der") {
		out.Name, out.Type = d.referredOrg(trimGenitiveOrg(d.tok(c[0])), c[0], d.paraOf(c[0]), d.prevStmts), entity.Organization
		return out
	}
	var words []string
	for _, w := range strings.Fields(d.src[d.toks[c[0]].Start:d.toks[c[1]-1].End]) {
		if w = strings.Trim(w, "„“”\"»«"); w != "" {
			words = append(words, w) // a name in marks: its words
		}
	}
	if len(words) == 0 {
		return nil
	}
	words[0] = trimGenitive(words[0])
	if len(words) == 1 {
		words[0] = trimGenitiveOrg(d.tok(c[0]))
	}
	out.Name = nominativeName(d.detBefore(c[0]), strings.Join(words, " "))
	out.Type = entity.Organization
	return out
}

// detBefore returns the token before token i when it is a lower-case
// determiner (der, des, dem, das, die), else "".
func (d *doc) detBefore(i int) string {
	if i > 0 {
		switch w := d.tok(i - 1); w {
		case "der", "des", "dem", "das", "die":
			return w
		}
	}
	return ""
}

// entityName is the Name of the entity at token i: its canonical name,
// put in the nominative (see [nominativeName]) when the recogniser took it
// as written in this mention (des Deutschen Wetterdienstes).
func (d *doc) entityName(i int) string {
	ent := d.ents[d.entAt[i]]
	name := entName(ent)
	for _, m := range ent.Mentions {
		if m.Start <= d.toks[i].Start && d.toks[i].End <= m.End && d.src[m.Start:m.End] == name {
			j := sort.Search(len(d.toks), func(k int) bool { return d.toks[k].Start >= m.Start })
			return nominativeName(d.detBefore(j), name)
		}
	}
	return name
}

// trimGenitiveOrg removes the genitive -s or -es of an organisation noun
// (Ministeriums → Ministerium, Unternehmens → Unternehmen).
func trimGenitiveOrg(w string) string {
	for _, s := range []string{"iums", "ums"} {
		if strings.HasSuffix(w, s) {
			return w[:len(w)-1]
		}
	}
	if strings.HasSuffix(w, "oos") {
		return w[:len(w)-1] // des Zoos
	}
	if strings.HasSuffix(w, "ens") || strings.HasSuffix(w, "amts") || strings.HasSuffix(w, "rats") || strings.HasSuffix(w, "ts") || strings.HasSuffix(w, "ns") {
		return w[:len(w)-1]
	}
	if strings.HasSuffix(w, "es") && len(w) > 5 && !strings.HasSuffix(w, "ses") {
		return w[:len(w)-2]
	}
	return w
}

// genderOf returns the gender known for a person named name.
func (d *doc) genderOf(name string) gender {
	if d.genders == nil {
		d.genders = make(map[string]gender)
		for _, p := range d.persons {
			if _, ok := d.genders[p.name]; !ok && p.g != genderUnknown {
				d.genders[p.name] = p.g
			}
		}
	}
	return d.genders[name] // genderUnknown when absent
}

// antecedent resolves er/sie at token at: the last speaker if the pronoun
// fits, unless another person of the pronoun's gender has since become
// the subject of a sentence; else the most recent person of that gender.
func (d *doc) antecedent(g gender, at, para int, prev []stmt) *person {
	var last *person
	lastEnd := -1
	for k := len(prev) - 1; k >= 0 && k >= len(prev)-6; k-- {
		p := prev[k]
		if para-p.para > 2 {
			break
		}
		if p.q.Speaker != nil && p.q.Speaker.Type == entity.Organization && k == len(prev)-1 {
			// Ein Sprecher der US-Armee wollte nichts bestätigen. Er
			// sagte aber, …: the spokesperson of the last statement, if
			// of the pronoun's gender and no person of it named since.
			if sg, ok := spokesGender(p.q.Speaker.Text); ok && sg == g && !d.personOfGenderSince(g, p.end, at) {
				return &person{pos: p.first, para: p.para, name: p.q.Speaker.Name, typ: entity.Organization, g: g, speaker: true}
			}
		}
		if p.q.Speaker != nil && p.q.Speaker.Type == entity.Person {
			last = &person{pos: p.first, para: p.para, name: p.q.Speaker.Name, typ: p.q.Speaker.Type, g: p.g, speaker: true}
			if last.g == genderUnknown {
				last.g = d.genderOf(last.name)
			}
			lastEnd = p.end
			break
		}
	}
	compatible := func(p *person) bool { return p.typ == entity.Person && (p.g == g || p.g == genderUnknown) }
	// persons before at, most recent first, within two paragraphs
	var recent []*person
	for k := d.personBefore(at); k >= 0 && len(recent) < 30; k-- {
		p := &d.persons[k]
		if para-p.para > 2 {
			break
		}
		recent = append(recent, p)
	}
	if last != nil && compatible(last) {
		for _, p := range recent {
			if p.pos < lastEnd {
				break
			}
			if p.g == g && p.name != last.name && (p.subject || last.g == genderUnknown) {
				// another person of the pronoun's gender since the last
				// speaker: the subject of a sentence, or anyone when the
				// last speaker's gender is unknown
				return p
			}
		}
		return last
	}
	for i, p := range recent {
		if p.g == g {
			// The subject of the sentence that names the person outranks
			// an object named after it (Präsident Marchand traf Kanzler
			// Kolb. Er sagte, …: Marchand).
			for _, q := range recent[i+1:] {
				if d.sentOf[q.pos] != d.sentOf[p.pos] {
					break
				}
				if q.subject && q.g == g && q.name != p.name {
					return q
				}
			}
			return p
		}
		if p.g == genderUnknown {
			// A person of unknown gender stands between: only the most
			// recent subject is clear enough.
			if i == 0 && p.subject {
				return p
			}
			return nil
		}
	}
	return nil
}

// spokesGender returns the gender of the spokesperson noun that opens a
// speaker mention (Ein Sprecher der US-Armee, die Sprecherin des Amts).
func spokesGender(mention string) (gender, bool) {
	ws := strings.Fields(mention)
	for i, w := range ws {
		if i > 2 {
			break
		}
		lw := strings.ToLower(w)
		switch {
		case strings.HasSuffix(lw, "sprecherin"):
			return genderFemale, true
		case strings.HasSuffix(lw, "sprecher"):
			return genderMale, true
		}
	}
	return genderUnknown, false
}

// personOfGenderSince reports whether a person of gender g, or of unknown
// gender, is mentioned in tokens [from, at).
func (d *doc) personOfGenderSince(g gender, from, at int) bool {
	for k := d.personBefore(at); k >= 0 && d.persons[k].pos >= from; k-- {
		if p := d.persons[k]; p.typ == entity.Person && (p.g == g || p.g == genderUnknown) {
			return true
		}
	}
	return false
}

// personBefore returns the index of the last person mentioned before token
// at, or -1.
func (d *doc) personBefore(at int) int {
	return sort.Search(len(d.persons), func(i int) bool { return d.persons[i].pos >= at }) - 1
}

// newcomerRole reports whether a definite role noun usually introduces a
// new, unnamed person (der Staatsanwalt, die Polizistin) rather than
// refer back to a named one.
func newcomerRole(base string) bool {
	for _, s := range []string{"staatsanwalt", "staatsanwältin", "sprecher", "polizist", "arzt", "ärztin", "anwalt", "anwältin", "richter", "zeuge", "zeugin", "ermittler", "experte", "expertin", "beamte", "mitarbeiter", "reporter", "korrespondent", "augenzeuge", "augenzeugin", "sanitäter", "feuerwehrmann", "pilot", "fahrer", "fahrerin", "täter", "opfer", "verdächtige", "angeklagte", "kläger", "klägerin", "nachbar", "nachbarin", "bewohner", "bewohnerin", "mediziner", "medizinerin", "gutachter", "gutachterin", "vater", "mutter", "sohn", "tochter", "bruder", "schwester", "ehemann", "ehefrau", "frau", "mann"} {
		if strings.HasSuffix(base, s) {
			return true
		}
	}
	return false
}

// officeRole reports whether a role noun names an office one person holds
// at a time (der Ministerpräsident, die Bürgermeisterin, der
// Innenminister): it refers back only to a person the text gives that
// office, never to the last person of its gender, who may hold another
// (Präsident Petrow … Der Ministerpräsident is someone else). Descriptions
// a person takes on in passing (der 47-Jährige, die SPD-Politikerin, die
// Kanadierin) still do.
func officeRole(base string) bool {
	for _, s := range []string{"kanzler", "kanzlerin", "präsident", "präsidentin", "minister", "ministerin", "bürgermeister", "bürgermeisterin", "landrat", "landrätin", "senator", "senatorin", "gouverneur", "gouverneurin", "premier", "regierungschef", "regierungschefin", "staatschef", "staatschefin", "könig", "königin", "papst", "kämmerer", "kämmerin", "botschafter", "botschafterin", "generalanwalt", "generalanwältin", "generalsekretär", "generalsekretärin"} {
		if strings.HasSuffix(base, s) {
			return true
		}
	}
	return false
}

// headOfGovernment reports whether a lower-case role noun names a head
// of government, which German news calls by any of three words for one
// office (Regierungschefin Eva Lind … die Ministerpräsidentin).
func headOfGovernment(lw string) bool {
	return strings.Contains(lw, "ministerpräsident") || strings.Contains(lw, "premierminister") || strings.Contains(lw, "regierungschef")
}

// descriptive reports whether a definite person noun describes whoever
// was named before rather than naming an occupation of its own, so that
// it may refer back to the last person of its gender: an age (der
// 47-Jährige), a compound with a party or place (die SPD-Politikerin, der
// CDU-Vorsitzende), a word for a politician, manager, unionist, prosecutor
// or entrepreneur in general, or a noun neither the role list nor the
// person suffixes know (der Franzose, die Kanadierin). der Künstler after
// Landrat Jan Kolb is someone else.
func descriptive(head, base string) bool {
	if strings.Contains(base, "jährig") || strings.Contains(head, "-") {
		return true
	}
	stem := strings.TrimSuffix(base, "in")
	for _, s := range []string{"politiker", "manager", "gewerkschafter", "ankläger", "unternehmer", "funktionär", "diplomat"} {
		if strings.HasSuffix(base, s) || strings.HasSuffix(stem, s) {
			return true
		}
	}
	_, isRole := role(head)
	return !isRole && !hasSuffixFold(head, personSuffix)
}

// recent returns the persons mentioned before token at within the last
// window paragraphs, and the earlier speakers, most recent first.
func (d *doc) recent(at, para, window int, prev []stmt) []*person {
	var out []*person
	k := d.personBefore(at)
	j := len(prev) - 1
	for len(out) < 30 {
		var p *person
		var ps *person
		if k >= 0 {
			p = &d.persons[k]
		}
		for j >= 0 && (prev[j].q.Speaker == nil || prev[j].q.Speaker.Type != entity.Person || prev[j].first >= at) {
			j--
		}
		if j >= 0 {
			st := prev[j]
			ps = &person{pos: st.first, para: st.para, name: st.q.Speaker.Name, typ: entity.Person, g: st.g, speaker: true}
			if d.described[ps.name] {
				// an unnamed speaker (die Chefin): only the same role
				// noun refers back to it
				ps.roles, ps.described = []string{ps.name}, true
			}
			if ps.g == genderUnknown {
				ps.g = d.genderOf(ps.name)
			}
		}
		switch {
		case p != nil && (ps == nil || p.pos >= ps.pos):
			k--
		case ps != nil:
			p = ps
			j--
		default:
			return out
		}
		if para-p.para > window {
			return out
		}
		out = append(out, p)
	}
	return out
}

// roleAntecedent resolves a role noun (die Ministerin, der 64-Jährige) to a
// person mentioned with the same role; a definite one (der CDU-Politiker)
// also to the most recent person of its gender nearby.
func (d *doc) roleAntecedent(head string, g gender, definite bool, at, para int, prev []stmt) *person {
	base := strings.ToLower(head)
	for _, s := range []string{"innen", "in", "en", "n", "s"} {
		if b, ok := strings.CutSuffix(base, s); ok && len(b) > 3 {
			if s == "in" || s == "innen" {
				base = b + "in"
			} else {
				base = b
			}
			break
		}
	}
	if i := strings.LastIndexByte(base, '-'); i >= 0 {
		base = base[i+1:]
	}
	rec := d.recent(at, para, 3, prev)
	for _, p := range rec {
		for _, r := range p.roles {
			if lr := strings.ToLower(r); strings.Contains(lr, base) || headOfGovernment(lr) && headOfGovernment(base) {
				return p
			}
		}
	}
	if !definite || g != genderMale && g != genderFemale || newcomerRole(base) || officeRole(base) || !descriptive(head, base) {
		return nil
	}
	var unknown *person
	for _, p := range rec {
		if para-p.para > 1 {
			break
		}
		if len(p.roles) == 0 && !p.speaker || p.described {
			continue // only a named person introduced by a role, or a speaker
		}
		if p.g == g {
			return p
		}
		if p.g == genderUnknown && unknown == nil {
			unknown = p
		} else if p.g == genderUnknown && unknown.name != p.name {
			unknown = &person{} // two candidates of unknown gender
		}
	}
	if unknown != nil && unknown.name != "" {
		return unknown
	}
	return nil
}

// widen extends a speaker mention over what the text attaches to it: a
// party or place in brackets (Renate Schmidt (SPD)), a von phrase after a
// name (Theo Kitz vom Bankhaus Merck Finck), further genitives after a
// role or organisation (des Presseamtes des Zivilschutzministeriums) and
// an apposition between commas (Bill Graham, Parteichef der Liberalen),
// and to the left a role phrase whose apposition the name is (die
// Sprecherin der Stiftung, Heike Laak,) and the speech noun of the cue's
// frame (nach Angaben der Polizei, laut einem Bericht der Zeitung).
// The mention as written is the source span news annotation marks
// (SpkAtt); the canonical name stays as resolved. Pronouns stay as they
// are. See mention.go.
// hasPersonEntity reports whether a person entity starts in tokens
// [lo, hi).
func (d *doc) hasPersonEntity(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if e := d.entAt[j]; e >= 0 && d.ents[e].Type == entity.Person {
			return true
		}
	}
	return false
}

func (d *doc) widen(sp *Speaker, cue *Cue) {
	if d.final[sp.Span] {
		return
	}
	k := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].End >= sp.End })
	if k >= len(d.toks) || d.toks[k].End != sp.End || d.toks[k].Start < sp.Start {
		return
	}
	// at most four bytes lower-case to er or sie (SİE), so longer mentions
	// skip ToLower and its allocation
	if len(sp.Text) <= 4 {
		if w := strings.ToLower(sp.Text); w == "er" || w == "sie" {
			return
		}
	}
	si := d.sentOf[k]
	hi := d.sents[si].last
	if d.correlative(sp, k, hi, cue) {
		return
	}
	ok := func(i int) bool { return i < hi && d.inQuote[i] < 0 }
	last := k + 1
	if ok(last) && d.isPunct(last, "(") {
		j := last + 1
		for j < last+5 && ok(j) && !d.isPunct(j, ")") {
			j++
		}
		if ok(j) && d.isPunct(j, ")") && j > last+1 {
			last = j + 1
		}
	}
	chain := func(i int, named bool) int {
		for c := 0; c < 3 && ok(i); c++ {
			w := d.tok(i)
			if named && (w != "von" && w != "vom" || !d.vonOwner(i, hi)) {
				break // a name takes no genitive: sagte Merz der Zeitung
			}
			cm, found := d.complement(i, hi)
			if !found {
				break
			}
			i = cm[1]
			named = false
			// der Chef der Bundesagentur für Arbeit
			if ok(i+1) && (d.tok(i) == "für" || d.tok(i) == "im") && d.isCap(i+1) {
				i += 2
			}
		}
		return i
	}
	_, isRole := d.role(k)
	k0 := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].Start >= sp.Start })
	if d.speechNounWord(k) && k == k0+1 && articleWord[d.tok(k0)] {
		// einem Bericht der Nachrichtenagentur Reuters: the medium
		// after a speech noun is its source, not an addressee
		if c, found := d.complementOf(last, hi, true); found && ok(c[1]-1) {
			last = c[1]
		}
	} else {
		last = chain(last, !isRole && !d.orgWord(k))
	}
	hasRole, hasName := false, false
	for i := k0; i <= k; i++ {
		if _, r := d.role(i); r {
			hasRole = true
		}
		if _, f := lexicon.FirstName(d.tok(i)); f || d.entAt[i] >= 0 && d.ents[d.entAt[i]].Type == entity.Person {
			hasName = true
		}
	}
	if hasRole && !hasName && ok(last) && d.isPunct(last, ",") && ok(last+1) {
		// der Chef der Bundesagentur für Arbeit, Frank-Jürgen Weise,
		j := last + 1
		e := j
		for e < hi && e-j < 4 && d.isCap(e) && d.inQuote[e] < 0 && !stopNoun[d.tok(e)] {
			e++
		}
		_, first := lexicon.FirstName(d.tok(j))
		if e-j >= 1 && (first || e-j >= 2 || d.entAt[j] >= 0 && d.ents[d.entAt[j]].Type == entity.Person) && (e >= hi || d.isPunct(e, ",") || d.isSentEnd(e)) {
			last = e
		}
	}
	if ok(last) && d.isPunct(last, ",") {
		comma := last
		j := last + 1
		if ok(j) && (d.tok(j) == "der" || d.tok(j) == "die" || d.tok(j) == "ein" || d.tok(j) == "eine") {
			j++
		}
		for c := 0; c < 3 && ok(j) && d.isLower(j) && adjLike(d.tok(j)); c++ {
			j++
		}
		if ok(j) && d.isCapWord(j) {
			_, r := d.role(j)
			e := chain(j+1, false)
			// A role noun, or after a person's name any noun with its
			// complement (Hugo Salcedo, Kopf einer Gruppe von Inspektoren).
			if (r || hasName && e > j+1) && (e >= hi || d.isPunct(e, ",") || d.isPunct(e, ":") || d.isSentEnd(e)) {
				last = e
			}
		}
		if e := d.appositionEnd(comma+1, hi); (hasName || d.nameOnly(k0, k+1)) && last == comma && e > 0 {
			// Frank Bauer, Vorsitzender des Verbands für das Münsterland,
			last = e
		}
	}
	if last == k+1 && ok(last) && placePrep[d.tok(last)] && (d.sentStart(k0) || k0 > 0 && frameAdverb[d.tok(k0-1)] && d.sentStart(k0-1)) {
		// Das Nobelkomitee im norwegischen Oslo würdigte: a place phrase
		// between the subject and its verb
		j := last + 1
		for j < hi && j < last+3 && d.isLower(j) && adjLike(d.tok(j)) {
			j++
		}
		e := j
		for e < hi && e < j+3 && d.isCap(e) && d.inQuote[e] < 0 {
			e++
		}
		if e > j && e < hi && d.isLower(e) && !phraseWord[d.tok(e)] && d.inQuote[e] < 0 {
			last = e
		}
	}
	start := k0
	if s := d.speechNounStart(k0, k+1, cue); s >= 0 {
		start = s
	} else if hasName && k0 >= 2 && d.isCap(k0) && !articleWord[d.tok(k0)] && ok(k0-1) && d.isPunct(k0-1, ",") && ok(last) && d.isPunct(last, ",") {
		// Die Sprecherin der Stiftung Warentest, Heike van Laak, sagte
		if s := d.rolePhraseStart(k0-1, d.sents[si].first); s >= 0 {
			start = s
		}
	} else if hasName && k0 >= 1 && d.isCap(k0) && !articleWord[d.tok(k0)] {
		// Der Geschäftsführer von Ener1 Charles Gassenheimer, Der erst
		// kürzlich ernannte Weihbischof der Diözese Linz, Gerhard Maria
		// Wagner hat: a role phrase right before the name, with or
		// without a comma, as the subject opening the sentence or right
		// after the cue verb.
		c := k0
		if ok(k0-1) && d.isPunct(k0-1, ",") {
			c = k0 - 1
		}
		if s := d.rolePhraseStart(c, d.sents[si].first); s >= 0 && s < c {
			// Der erst kürzlich ernannte Weihbischof: the article may
			// stand before adverbs and participles.
			b := s
			for b > d.sents[si].first && s-b < 3 && d.isLower(b-1) && ok(b-1) && !d.cueVerbWord(b-1) && !auxiliary[d.tok(b-1)] {
				b--
			}
			if b < s && b > 0 && articleWord[d.tok(b-1)] && d.sentStart(b-1) {
				s = b - 1
			}
			if d.sentStart(s) || s > 0 && (d.cueVerbWord(s-1) || auxiliary[d.tok(s-1)]) {
				start = s
			}
		}
	}
	if start == k0 && k0 >= 2 && (d.tok(k0-1) == "und" || d.tok(k0-1) == "sowie") && d.isCap(k0-2) && ok(k0-2) {
		// Özcan Mutlu und Benedikt Lux prangerten an, Die IADB und der
		// MIF geben bekannt: the subject opening the sentence is the
		// whole coordination, also a list with commas (Die Außenminister
		// Frankreichs, Italiens und Österreichs erklärten).
		s0 := d.afterDateline(d.sents[si])
		all := s0 < k0-1 && k0-1-s0 <= 8
		for i := s0; all && i < k0-1; i++ {
			all = (d.phraseTok(i) || d.isPunct(i, ",") && i > s0 && d.isCap(i-1) && d.isCap(i+1)) && d.tok(i) != "und"
		}
		if w := d.tok(s0); all && (articleWord[w] || !leadPrep[w] && !sentenceAdverb(w)) {
			// Der Trainer und der Manager sagten, CDU und FDP
			// erklärten: the phrase resolved alone names one speaker,
			// not the group (see Speaker)
			start = s0
			sp.Name = ""
			if sp.Type != entity.Organization || d.hasPersonEntity(s0, k0) {
				sp.Type = entity.Person
			}
		}
	}
	if start == k0 && last == k+1 && k0 == d.afterDateline(d.sents[si]) && ok(last) && (d.tok(last) == "und" || d.tok(last) == "sowie") {
		// SPD und Linken war es wichtig zu betonen: the mention is the
		// first conjunct of the subject opening the sentence; the
		// second runs up to the verb.
		j := last + 1
		e := j
		for e < hi && e-j < 4 && ok(e) && d.phraseTok(e) && d.tok(e) != "und" {
			e++
		}
		if e > j && d.isCap(e-1) && ok(e) && d.isLower(e) && !d.phraseTok(e) {
			last = e
			sp.Name = ""
			if sp.Type != entity.Organization || d.hasPersonEntity(k0, e) {
				sp.Type = entity.Person
			}
		}
	}
	if start == k0 && last == k+1 && cue != nil && k0 > 0 && d.toks[k0-1].End == cue.End && strings.HasSuffix(cue.Text, "en") && ok(last) && (d.tok(last) == "und" || d.tok(last) == "sowie") {
		// „…“, sagten Jan Kolb und Eva Lind: after a plural verb the
		// subject is the whole coordination, as when it opens the
		// sentence; the group has no one name.
		j := last + 1
		e := j
		for e < hi && e-j < 4 && ok(e) && d.isWord(e) && (d.isCap(e) || articleWord[d.tok(e)] || possessive[d.tok(e)] || adjLike(d.tok(e))) {
			e++
		}
		if e > j && d.isCap(e-1) && (e >= hi || !ok(e) || d.toks[e].Kind == text.Punct || d.isLower(e)) {
			last = e
			sp.Name = ""
			if sp.Type != entity.Organization || d.hasPersonEntity(k0, e) {
				sp.Type = entity.Person
			}
		}
	}
	if last > k+1 || start < k0 {
		sp.Start = d.toks[start].Start
		sp.End = d.toks[last-1].End
		sp.Text = d.src[sp.Start:sp.End]
	}
}

// correlativePartner maps the first word of a paired conjunction to the
// words that join its second conjunct (sowohl … als auch, weder … noch,
// entweder … oder).
var correlativePartner = map[string][2]string{
	"sowohl": {"als", "auch"}, "weder": {"noch", ""}, "entweder": {"oder", ""},
}

// correlative handles a mention that is only the first word of a paired
// conjunction opening the subject (Sowohl die Stadt als auch der Kreis
// kündigten an): the capitalised word at the sentence start was read as
// a name. The source is the whole coordination up to the cue verb, a
// group with an empty Name as for other coordinated subjects; when the
// pair is not closed before the cue, the conjunction still names no one
// and only the Name is dropped. It reports whether sp was such a mention.
func (d *doc) correlative(sp *Speaker, k, hi int, cue *Cue) bool {
	if d.toks[k].Start != sp.Start {
		return false
	}
	partner, found := correlativePartner[strings.ToLower(sp.Text)]
	if !found {
		return false
	}
	sp.Name = ""
	if cue == nil || cue.Start <= sp.End {
		return true
	}
	joined, person, org := false, false, false
	for j := k + 1; j < hi && d.toks[j].Start < cue.Start; j++ {
		w := d.tok(j)
		switch {
		case w == partner[0] && (partner[1] == "" || j+1 < hi && d.tok(j+1) == partner[1]):
			joined = true
		case w == partner[1] || d.isPunct(j, ","):
		case !d.phraseTok(j):
			return true
		}
		if e := d.entAt[j]; e >= 0 && d.ents[e].Type == entity.Person {
			person = true
		}
		org = org || d.orgWord(j)
		if j+1 < len(d.toks) && d.toks[j+1].Start == cue.Start {
			if !joined {
				return true
			}
			sp.End = d.toks[j].End
			sp.Text = d.src[sp.Start:sp.End]
			sp.Type = entity.Person
			if org && !person {
				sp.Type = entity.Organization
			}
			return true
		}
	}
	return true
}

// femininePrepDer reports whether mention n opens with der after a
// preposition (in der Vorhersage, aus der Mitteilung): there der is a
// feminine dative or genitive, never the masculine nominative of a
// person noun such as der Franzose; a noun there that names no person or
// body is a text (hieß es in der Vorhersage).
func (d *doc) femininePrepDer(n np) bool {
	return n.first > 0 && d.tok(n.first) == "der" && preposition[d.tok(n.first-1)]
}
