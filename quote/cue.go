package quote

import (
	"strings"
	"sync"

	"github.com/wortlaut/wortlaut/internal/lexicon"
	"github.com/wortlaut/wortlaut/internal/text"
)

// cueHit is a cue found in the text: its contiguous words toks[first:last]
// and, for the main-clause form of a separable verb, the token of the
// particle that closes the clause (else -1).
type cueHit struct {
	first, last int
	particle    int
	form        lexicon.CueForm
}

func (h cueHit) verb() bool {
	switch h.form.Section {
	case lexicon.SpeechVerb, lexicon.ThoughtVerb, lexicon.Expression:
		return true
	}
	return false
}

// plural reports whether the finite cue verb is plural (sagten, erklärten,
// teilten … mit), so that a pronoun sie next to it means "they". A form
// with ge is taken for a participle (hatte gesprochen, angegeben) unless
// its particle closes the clause: gestanden … ein, the preterite of
// eingestehen, is finite whatever its prefix.
func (d *doc) plural(h cueHit) bool {
	w := d.tok(h.first)
	if !strings.HasSuffix(w, "en") {
		return false
	}
	return h.particle >= 0 || !strings.HasPrefix(w, "ge") && !strings.Contains(w[1:], "ge")
}

// cueAt returns the cue that starts at token i, within toks[:hi], outside
// quotations. The first letter is also tried in lower case at the start of
// a sentence (Laut, Nach Angaben, Wie).
func (d *doc) cueAt(i, hi int) (cueHit, bool) {
	if i >= hi || !d.isWord(i) || d.inQuote[i] >= 0 {
		return cueHit{}, false
	}
	cues := lexicon.CueList()
	w := d.tok(i)
	if w == "laut" && d.lautAdjective(i, hi) {
		return cueHit{}, false
	}
	if i+1 < hi && d.tok(i+1) == "sich" && (strings.HasPrefix(d.low(i), "find") || strings.HasPrefix(d.low(i), "fand")) {
		// Das Motiv fand sich dort: reflexive finden is being found,
		// not holding a view.
		return cueHit{}, false
	}
	// the lists are asked only when the token's flags say they hold forms
	// for it (no forms match nothing)
	sup := cueSupplement()
	f := d.cueForms(i)
	if f&cueListed != 0 {
		if h, ok := d.matchForms(cues.Forms(w), i, hi); ok {
			return h, true
		}
	}
	if f&cueSupplied != 0 {
		if h, ok := d.matchForms(sup[w], i, hi); ok {
			return h, true
		}
	}
	if d.sentStart(i) && d.cueFormsLower(i)&(cueLowListed|cueLowSupplied) != 0 {
		lw := lowerFirst(w)
		if h, ok := d.matchForms(cues.Forms(lw), i, hi); ok {
			return h, true
		}
		if h, ok := d.matchForms(sup[lw], i, hi); ok {
			return h, true
		}
	}
	return d.splitExpression(i, hi)
}

// Flags of [doc.cueForms] and [doc.cueFormsLower]: which cue lists hold
// forms starting with a token as written or, when it is capitalised, with
// its first letter in lower case.
const (
	cueKnown uint8 = 1 << iota
	cueListed
	cueSupplied
	cueLowKnown
	cueLowListed
	cueLowSupplied
)

// cueForms returns the cue flags of token i, computed once per token:
// cueAt is asked at the same tokens by every rule that looks for a cue,
// and most tokens start no cue.
func (d *doc) cueForms(i int) uint8 {
	if d.cueFlags == nil {
		d.cueFlags = make([]uint8, len(d.toks))
	}
	if f := d.cueFlags[i]; f != 0 {
		return f
	}
	cues, sup := lexicon.CueList(), cueSupplement()
	w := d.tok(i)
	f := cueKnown
	if len(cues.Forms(w)) > 0 {
		f |= cueListed
	}
	if len(sup[w]) > 0 {
		f |= cueSupplied
	}
	d.cueFlags[i] = f
	return f
}

// cueFormsLower is cueForms with the flags for the token's first letter in
// lower case added, computed on first use: only sentence starts need them.
func (d *doc) cueFormsLower(i int) uint8 {
	f := d.cueForms(i)
	if f&cueLowKnown != 0 {
		return f
	}
	f |= cueLowKnown
	w := d.tok(i)
	if lw := lowerFirst(w); lw != w {
		if len(lexicon.CueList().Forms(lw)) > 0 {
			f |= cueLowListed
		}
		if len(cueSupplement()[lw]) > 0 {
			f |= cueLowSupplied
		}
	}
	d.cueFlags[i] = f
	return f
}

// cueSupplement indexes, by first word, the cue forms that the shared cue
// list (internal/lexicon/data/cues-de.txt, kept equal to ../shared) lacks:
// verbs of saying and reporting found missing on SpkAtt train
// (entgegensetzen: setzte der Kritik entgegen, …), the
// participle of sich aussprechen (hatte sich dafür ausgesprochen, …; its
// finite forms are those of sprechen), and the separable main-clause forms
// of Stellung nehmen (nahm der Minister zu den Vorwürfen Stellung), whose
// list entry has only the contiguous ones. The forms are written as in
// that list: " … " before the particle that closes the clause.
var cueSupplement = sync.OnceValue(func() map[string][]lexicon.CueForm {
	m := make(map[string][]lexicon.CueForm)
	for _, e := range []struct {
		lemma   string
		section lexicon.CueSection
		forms   []string
	}{
		{"zusichern", lexicon.SpeechVerb, []string{"sichert … zu", "sichern … zu", "sicherte … zu", "sicherten … zu", "zugesichert", "zusichert", "zusicherte", "zusicherten"}},
		{"Stellung nehmen", lexicon.Expression, []string{"nimmt … Stellung", "nehmen … Stellung", "nahm … Stellung", "nahmen … Stellung"}},
		{"aussprechen", lexicon.SpeechVerb, []string{"ausgesprochen"}},
		{"einstufen", lexicon.ThoughtVerb, []string{"stuft … ein", "stufen … ein", "stufte … ein", "stuften … ein", "eingestuft", "einstuft", "einstufte", "einstuften"}},
		{"betrachten", lexicon.ThoughtVerb, []string{"betrachtet", "betrachtete", "betrachteten", "betrachten"}},
		{"beziffern", lexicon.SpeechVerb, []string{"beziffert", "bezifferte", "bezifferten", "beziffern"}},
		{"rechnen", lexicon.ThoughtVerb, []string{"rechnet", "rechnete", "rechneten", "rechnen", "gerechnet"}},
		{"anbieten", lexicon.SpeechVerb, []string{"bietet … an", "bieten … an", "bot … an", "boten … an", "angeboten", "anbietet", "anbot", "anboten"}},
		{"erwägen", lexicon.ThoughtVerb, []string{"erwägt", "erwog", "erwogen", "erwägen"}},
		{"überlegen", lexicon.ThoughtVerb, []string{"überlegt", "überlegte", "überlegten", "überlegen"}},
		{"entgegensetzen", lexicon.SpeechVerb, []string{"setzt … entgegen", "setzen … entgegen", "setzte … entgegen", "setzten … entgegen", "entgegengesetzt", "entgegensetzt", "entgegensetzte", "entgegensetzten"}},
	} {
		for _, f := range e.forms {
			cf := lexicon.CueForm{Lemma: e.lemma, Section: e.section}
			before, after, _ := strings.Cut(f, "…")
			cf.Words, cf.Particle = strings.Fields(before), strings.TrimSpace(after)
			m[cf.Words[0]] = append(m[cf.Words[0]], cf)
		}
	}
	return m
})

// splitExpression reads the cue expressions whose verb stands apart from
// the rest, with the subject between (geht die Regierung davon aus, dass
// …; hält es der Minister für möglich, dass …): the verb is the cue, the
// last word its particle, as for teilte … mit.
func (d *doc) splitExpression(i, hi int) (cueHit, bool) {
	var lemma string
	switch d.tok(i) {
	case "geht", "gehen", "ging", "gingen":
		lemma = "davon ausgehen"
	case "hält", "halten", "hielt", "hielten":
		lemma = "für möglich halten"
	default:
		return cueHit{}, false
	}
	lim := min(hi, i+13) // a short clause; the bound keeps the scan per token constant
	ce := d.clauseEnd(i+1, lim)
	if ce == lim && lim < hi || ce < i+3 {
		return cueHit{}, false
	}
	switch lemma {
	case "davon ausgehen":
		if d.tok(ce-1) != "aus" {
			return cueHit{}, false
		}
		if d.tok(ce-2) != "davon" {
			// geht die Polizei von Brandstiftung aus: the object after
			// von is what is assumed, reported speech
			if !d.wordIn(i+1, ce-1, "von") && !d.wordIn(i+1, ce-1, "vom") {
				return cueHit{}, false
			}
			lemma = "von ausgehen"
		}
		return cueHit{first: i, last: i + 1, particle: ce - 1, form: lexicon.CueForm{Lemma: lemma, Section: lexicon.Expression}}, true
	default:
		if d.tok(ce-2) != "für" || !d.isLower(ce-1) {
			return cueHit{}, false
		}
		if ce < len(d.toks) && d.isSentEnd(ce) && !articleWord[d.tok(ce-1)] && !d.wordIn(i+1, ce-2, "es") {
			// Analysten halten einen Anstieg für wahrscheinlich: a
			// judgement of the object that ends the sentence, reported
			// speech (see reportedObject)
			return cueHit{first: i, last: i + 1, particle: ce - 1, form: lexicon.CueForm{Lemma: "für halten", Section: lexicon.ThoughtVerb}}, true
		}
		// hält es für möglich/wahrscheinlich/denkbar, dass
		if ce+1 >= hi || d.tok(ce+1) != "dass" {
			return cueHit{}, false
		}
		found := false
		for j := i + 1; j < ce-2; j++ {
			if d.tok(j) == "es" {
				found = true
			}
		}
		if !found {
			return cueHit{}, false
		}
		return cueHit{first: i, last: i + 1, particle: ce - 1, form: lexicon.CueForm{Lemma: lemma, Section: lexicon.ThoughtVerb}}, true
	}
}

func (d *doc) matchForms(forms []lexicon.CueForm, i, hi int) (cueHit, bool) {
	// Separable forms first: "teilte … mit" before a homograph without
	// particle; then the longest contiguous form.
	for pass := 0; pass < 2; pass++ {
		for _, f := range forms {
			if (f.Particle != "") != (pass == 0) {
				continue
			}
			j := i + 1
			ok := true
			for _, w := range f.Words[1:] {
				if f.Section == lexicon.Expression && j < hi && d.tok(j) != w {
					// gehen jedoch davon aus, hatte es zunächst geheißen,
					// wurde inzwischen auch bekannt: up to three adverbs
					k := j
					for k < hi && k < j+3 && exprAdverb[d.tok(k)] {
						k++
					}
					if k > j && k < hi && d.tok(k) == w {
						j = k
					}
				}
				if j >= hi || d.inQuote[j] >= 0 || d.tok(j) != w {
					ok = false
					break
				}
				j++
			}
			if !ok {
				continue
			}
			h := cueHit{first: i, last: j, particle: -1, form: f}
			if f.Particle != "" {
				ce := d.clauseEndBracket(j, hi)
				// gab der Leiter der Behörde, Andreas Huber, bekannt: the
				// particle closes the clause after a name apposition.
				if ce < hi && d.isPunct(ce, ",") && d.tok(ce-1) != f.Particle {
					if c2 := d.clauseEnd(ce+1, hi); c2 < hi && c2-ce <= 5 && d.isPunct(c2, ",") && d.nameApposition(ce+1, c2) {
						ce = d.clauseEnd(c2+1, hi)
					}
				}
				p := ce - 1
				if p < j || d.tok(p) != f.Particle {
					continue
				}
				h.particle = p
			}
			return h, true
		}
	}
	return cueHit{}, false
}

// clauseEnd returns the first token at or after i that ends a clause (a
// comma, colon, semicolon, sentence end or quotation), or hi. Marks around
// a name or title that is no quotation (die Zeitung „The Guardian“
// berichtete) belong to the clause.
func (d *doc) clauseEnd(i, hi int) int {
	for ; i < hi; i++ {
		t := d.toks[i]
		if d.inQuote[i] >= 0 || t.Kind == text.QuoteMark && !d.nameMark(i) {
			return i
		}
		if t.Kind == text.Punct {
			switch d.tok(i) {
			case ",", ":", ";", ".", "!", "?", "(", ")", "–", "—":
				return i
			}
			if d.dash(i) {
				return i
			}
		}
	}
	return hi
}

// maxBracket is the most tokens a bracket inside a clause may hold: a
// party, an abbreviation or an age (Schäuble (CDU), die Behörde (LBA), der
// Fahrer (43)), not a parenthetical sentence.
const maxBracket = 6

// clauseEndBracket is clauseEnd, except that a short bracket or an
// insertion between dashes inside the clause belongs to it: warf Schäuble
// (CDU) dem Minister … vor, gab die Behörde (LBA) als Grund … an, gab heute
// – nach langem Zögern – der Bürgermeister bekannt. The separable particle
// closes the clause after the bracket. At most three brackets are skipped,
// each scanned for at most maxInsertion tokens, so the scan stays linear.
func (d *doc) clauseEndBracket(i, hi int) int {
	ce := d.clauseEnd(i, hi)
	for n := 0; n < 3 && ce < hi && d.inQuote[ce] < 0; n++ {
		closing, limit := ")", maxBracket
		switch {
		case d.isPunct(ce, "("):
		case d.dash(ce):
			closing, limit = d.tok(ce), maxInsertion
		default:
			return ce
		}
		k := ce + 1
		for k < hi && k <= ce+limit && d.toks[k].Kind != text.QuoteMark && !d.isPunct(k, closing) && !d.isPunct(k, ".") && !d.isPunct(k, "(") && !d.isPunct(k, ":") && !d.isPunct(k, ";") {
			k++
		}
		if k >= hi || !d.isPunct(k, closing) || k == ce+1 {
			return ce
		}
		ce = d.clauseEnd(k+1, hi)
	}
	return ce
}

// maxInsertion is the most tokens an insertion between dashes inside a
// clause may hold: a short phrase (– nach langem Zögern –, – wie erwartet
// –), not a second clause.
const maxInsertion = 8

// nameMark reports whether the quotation mark at token i encloses a name
// or title rather than a quotation: it belongs to no candidate, and a
// partner mark of it stands within a few words on the same side.
func (d *doc) nameMark(i int) bool {
	if d.inQuote[i] >= 0 {
		return false
	}
	for j := i + 1; j < len(d.toks) && j < i+8; j++ {
		if d.toks[j].Kind == text.QuoteMark {
			return d.inQuote[j] < 0
		}
	}
	for j := i - 1; j >= 0 && j > i-8; j-- {
		if d.toks[j].Kind == text.QuoteMark {
			return d.inQuote[j] < 0
		}
	}
	return false
}

// clauseStart returns the first token of the clause that contains token i,
// not before lo: the token after the nearest comma, colon, semicolon,
// quotation or conjunction und/aber/oder before i.
func (d *doc) clauseStart(i, lo int) int {
	for j := i - 1; j >= lo; j-- {
		t := d.toks[j]
		if d.inQuote[j] >= 0 || t.Kind == text.QuoteMark && !d.nameMark(j) {
			return j + 1
		}
		if t.Kind == text.Punct {
			switch d.tok(j) {
			case ",", ":", ";", "(", ")", "–", "—":
				return j + 1
			}
			if d.dash(j) {
				return j + 1
			}
		}
		if t.Kind == text.Word {
			switch d.tok(j) {
			case "und", "oder":
				if j > lo && strings.HasSuffix(d.tok(j-1), "-") {
					continue // Fraktions- und Parteivorsitzenden
				}
				if d.coordinatedAdjectives(j, lo) {
					continue // Die afghanischen und ausländischen Soldaten
				}
				if d.roleField(j, lo) {
					continue // Der Minister für Verkehr und Energie
				}
				return j + 1
			case "aber", "sondern", "doch":
				return j + 1
			}
		}
	}
	return lo
}

// coordinatedAdjectives reports whether und or oder at token j joins two
// attributive adjectives after an article (Die afghanischen und
// ausländischen Soldaten, der deutschen oder britischen Regierung): one
// noun phrase, not two clauses.
func (d *doc) coordinatedAdjectives(j, lo int) bool {
	if j-2 < lo || j+1 >= len(d.toks) || !articleWord[d.tok(j-2)] && !genDet[d.tok(j-2)] {
		return false
	}
	adj := func(k int) bool {
		w := d.tok(k)
		return d.toks[k].Kind == text.Word && d.inQuote[k] < 0 && d.isLower(k) && !articleWord[w] && !genDet[w] &&
			(strings.HasSuffix(w, "en") || strings.HasSuffix(w, "e") || strings.HasSuffix(w, "er") || strings.HasSuffix(w, "es") || strings.HasSuffix(w, "em"))
	}
	return adj(j-1) && adj(j+1)
}

// roleField reports whether und at token j joins the two nouns of an
// office's field after its role (Der Kommissar für Verkehr und Energie,
// die Ministerin für Bildung und Forschung): part of one noun phrase.
func (d *doc) roleField(j, lo int) bool {
	if j-3 < lo || j+1 >= len(d.toks) || d.tok(j-2) != "für" || !d.isCapWord(j-1) || !d.isCapWord(j+1) || d.inQuote[j+1] >= 0 {
		return false
	}
	_, ok := d.role(j - 3)
	return ok
}

// exprAdverb are the adverbs that may stand between the words of a cue
// expression (gehen jedoch davon aus, hieß es zunächst, hatte es
// zunächst geheißen): up to three per gap.
var exprAdverb = map[string]bool{
	"jedoch": true, "aber": true, "auch": true, "nun": true, "zunächst": true, "weiterhin": true,
	"dabei": true, "inzwischen": true, "offenbar": true, "bereits": true, "schon": true, "noch": true,
	"zudem": true, "allerdings": true, "weiter": true, "offiziell": true, "ebenfalls": true, "damals": true,
}

// dash reports whether token i is a dash: an en or em dash, or a hyphen
// with a space on both sides, as agency feeds type it (gesperrt - so der
// Landrat - bis …). A hyphen inside a word (Baden-Württemberg, SPD-Chef)
// or at its end (Diagnose- und Heilmethoden) is no dash, nor one between
// two numbers.
func (d *doc) dash(i int) bool {
	if d.toks[i].Kind != text.Punct {
		return false
	}
	switch d.tok(i) {
	case "–", "—":
		return true
	case "-":
		a, b := d.toks[i].Start, d.toks[i].End
		if a == 0 || b >= len(d.src) || !isSpaceByte(d.src[a-1]) || !isSpaceByte(d.src[b]) {
			return false
		}
		// 2008 - 2012: a range of numbers, read bis
		return i == 0 || i+1 >= len(d.toks) || d.toks[i-1].Kind != text.Number || d.toks[i+1].Kind != text.Number
	}
	return false
}

// isSpaceByte reports whether c is an ASCII space, tab or line break.
func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r'
}

// lautAdjective reports whether laut at token i is the adjective or
// adverb, not the preposition "according to": no noun phrase follows it,
// but punctuation, a form of werden (Vorwürfe wurden laut, …; als Kritik
// laut geworden war; laut zu werden), a conjunction or a preposition of
// its own (Kritik wurde laut an dem Plan; laut über die Lage nachdenken).
// Before a noun phrase it is the preposition, after werden too (wurden
// laut Polizei Vorwürfe erhoben).
func (d *doc) lautAdjective(i, hi int) bool {
	if i+1 >= hi || d.toks[i+1].Kind == text.Punct {
		return true
	}
	return lautAfter[d.tok(i+1)]
}

// lautAfter are the words after which laut is no preposition.
var lautAfter = map[string]bool{
	"werden": true, "wurde": true, "wurden": true, "wird": true, "würde": true, "würden": true,
	"geworden": true, "worden": true, "zu": true, "und": true, "oder": true,
	"an": true, "gegen": true, "über": true,
}
