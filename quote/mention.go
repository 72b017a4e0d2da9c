package quote

import (
	"strings"
	"unicode/utf8"

	"github.com/wortlaut/wortlaut/entity"
	"github.com/wortlaut/wortlaut/internal/lexicon"
	"github.com/wortlaut/wortlaut/internal/text"
)

// The speaker mention as written spans the whole noun phrase a reader (and
// news annotation such as SpkAtt) marks as the source: a role phrase with
// the name in apposition (die Sprecherin der Stiftung, Heike Laak), a name
// with its apposition (Frank Bauer, Vorsitzender des Verbands für das
// Münsterland) and the speech noun of a frame (nach Angaben der Polizei →
// Angaben der Polizei). Widening changes only the span; the canonical name
// stays as resolved.

// phraseWord are the lower-case function words that may stand inside a
// noun phrase with its complements and appositions.
var phraseWord = map[string]bool{
	"der": true, "die": true, "das": true, "des": true, "dem": true, "den": true,
	"ein": true, "eine": true, "einem": true, "einer": true, "eines": true,
	"von": true, "vom": true, "für": true, "im": true, "am": true, "beim": true, "in": true,
	"aus": true, "bei": true, "zu": true, "zur": true, "zum": true, "und": true, "of": true,
	"the": true, "de": true, "van": true,
}

// articleWord are the articles that open a role phrase.
var articleWord = map[string]bool{
	"der": true, "die": true, "dem": true, "den": true, "ein": true, "eine": true, "einem": true,
	"einer": true, "Der": true, "Die": true, "Dem": true, "Den": true, "Ein": true, "Eine": true,
	"Einem": true, "Einer": true,
}

// phraseTok reports whether token i may stand inside a speaker noun phrase:
// a capitalised word, a number, an abbreviation, a bracket or slash, a
// function word of phraseWord or an attributive adjective.
func (d *doc) phraseTok(i int) bool {
	if d.inQuote[i] >= 0 {
		return false
	}
	switch d.toks[i].Kind {
	case text.Number, text.Abbrev, text.Ordinal:
		return true
	case text.QuoteMark:
		// the marks of a name that is no quotation (der „Polizei von
		// DeLand“): quotations have inQuote set
		return true
	case text.Punct:
		w := d.tok(i)
		return w == "(" || w == ")" || w == "/"
	case text.Word:
		if d.isCapWord(i) {
			return true
		}
		w := d.tok(i)
		return phraseWord[w] || adjLike(w) && !isKonjunktiv(w) && !d.cueVerbWord(i)
	}
	return false
}

// personNoun reports whether w heads a phrase that names a person by
// role: a role noun, a feminine person noun or a spokesperson noun.
func personNoun(w string) bool {
	if _, ok := role(w); ok {
		return true
	}
	if _, ok := spokesWord(w); ok {
		return true
	}
	return femaleNoun(w) || hasSuffixFold(w, personSuffix)
}

// personSuffix are endings of person nouns that the role list lacks and
// that head an apposition after a name as a role does (Eva Lind, ein
// Mitglied des Stadtrats, …; Jan Kolb, der Milliardär hinter der Firma,
// …): membership, wealth, activism, art, scholarship, municipal office.
var personSuffix = []string{
	"mitglied", "milliardär", "millionär", "funktionär", "aktivist", "aktivistin", "künstler",
	"künstlerin", "rechtler", "rechtlerin", "dozent", "dozentin", "kämmerer", "kämmerin",
}

// appositionEnd returns the end of an apposition that starts at token j
// after a comma (Vorsitzender der Journalisten-Union für das Münsterland,
// der Trainer Ghanas, ein Sprecher des Zentrums in Brisbane): an optional
// article and adjectives, a person noun, then noun-phrase words up to a
// comma, colon or sentence end, the last of them capitalised. It returns
// -1 when the words do not read so.
func (d *doc) appositionEnd(j, hi int) int {
	k := j
	if k < hi && articleWord[d.tok(k)] {
		k++
	}
	for c := 0; c < 3 && k < hi && d.isLower(k) && adjLike(d.tok(k)) && d.inQuote[k] < 0; c++ {
		k++
	}
	if k >= hi || !d.isCapWord(k) || d.inQuote[k] >= 0 {
		return -1
	}
	if !d.personNoun(k) && (k != j || k+1 >= hi || d.tok(k+1) != "der" && d.tok(k+1) != "des" || stopNoun[d.tok(k)] || d.entAt[k] >= 0) {
		// a noun that is no role may head the apposition only with no
		// article and a genitive after it (Obmann der Fraktion im
		// Ausschuss, Nachfolgeorganisation der ÖTV): a function within
		// something named
		return -1
	}
	for e := k + 1; e < hi && e-j <= 20; e++ {
		if d.isPunct(e, ",") || d.isPunct(e, ":") || d.isSentEnd(e) {
			if last := e - 1; d.isCapWord(last) || d.isPunct(last, ")") || d.toks[last].Kind == text.Number || d.toks[last].Kind == text.Abbrev {
				return e
			}
			return -1
		}
		if !d.phraseTok(e) && !(appositionPrep[d.tok(e)] && e+1 < hi && d.phraseTok(e+1)) {
			return -1
		}
	}
	return -1
}

// appositionPrep are the prepositions that may join a complement inside an
// apposition between commas (der Kandidat der Partei um das Amt des
// Präsidenten, der Milliardär hinter der Firma), beyond the function words
// of phraseWord: the commas delimit the phrase, so they need not be
// function words of noun phrases in general.
var appositionPrep = map[string]bool{
	"um": true, "hinter": true, "auf": true, "mit": true, "an": true, "gegen": true, "über": true,
	"ohne": true, "nach": true, "unter": true, "vor": true, "seit": true, "gegenüber": true,
}

// nameOnly reports whether tokens [a, b) are capitalised words with no
// article, role or organisation noun among them: a name the recogniser may
// have missed (Sam Maiha).
func (d *doc) nameOnly(a, b int) bool {
	if b-a < 2 {
		return false
	}
	for i := a; i < b; i++ {
		if !d.isCap(i) || articleWord[d.tok(i)] || d.personNoun(i) || d.orgWord(i) {
			return false
		}
	}
	return true
}

// rolePhraseStart returns the first token of a role phrase that ends with
// the comma at token c and has the name after it in apposition (Auch die
// US-Delegationsleiterin beim Klimagipfel, Sharon Hayes, …): the phrase
// opens with an article or a person noun and its first noun is a person
// noun. It returns -1 when no such phrase stands there.
func (d *doc) rolePhraseStart(c, lo int) int {
	s := c
	for s > lo && c-s < 14 && (d.phraseTok(s-1) || tailPrep[d.tok(s-1)] && d.inQuote[s-1] < 0) {
		// prepositions of the role's further complements too (ein
		// Kommandeur auf syrischer Seite, Jan Kolb, …; see roleTail)
		s--
	}
	for ; s < c; s++ {
		if articleWord[d.tok(s)] || d.isCapWord(s) && d.personNoun(s) {
			break
		}
	}
	if s >= c {
		return -1
	}
	k := s
	if articleWord[d.tok(k)] {
		k++
	}
	for k < c && d.isLower(k) && adjLike(d.tok(k)) {
		k++
	}
	if k >= c || !d.isCapWord(k) || !d.personNoun(k) {
		return -1
	}
	return s
}

// speechNounWord reports whether token i is a noun of the lexicon's
// speech nouns (Angaben, Mitteilung, Bericht, Ansicht, Worten) or a
// compound of one (Polizeiangaben).
func (d *doc) speechNounWord(i int) bool {
	if !d.isCap(i) {
		return false
	}
	for _, f := range lexicon.CueList().Forms(d.tok(i)) {
		if f.Section == lexicon.SpeechNoun {
			return true
		}
	}
	return d.speechNoun(i)
}

// speechNounStart returns the first token of the speech-noun frame that
// names the source in the mention starting at token k0: nach Angaben der
// Polizei, laut einem Bericht der Zeitung, Angaben von Interpol zufolge.
// The speech noun must stand right before the mention (or before von) and
// belong to the quotation's cue: the cue holds it (Nach Angaben), is a
// preposition right before its article (laut, gemäß), ends right before
// it (heißt es in) or is zufolge after the mention. It returns -1
// otherwise.
func (d *doc) speechNounStart(k0, end int, cue *Cue) int {
	if cue == nil || k0 < 1 {
		return -1
	}
	// Only a genitive or von complement names the source; adjectives
	// may stand before the mention (der rot-grünen Politiker, von
	// spanischen Händlern).
	j := k0 - 1
	adjectives := false
	for c := 0; c < 3 && j > 0 && d.isLower(j) && adjLike(d.tok(j)) && !genDet[d.tok(j)]; c++ {
		j--
		adjectives = true
	}
	article := true
	switch {
	case d.tok(j) == "von" || d.tok(j) == "vom" || adjectives && genDet[d.tok(j)]:
		j--
	case adjectives:
		return -1
	case !genDet[d.tok(k0)]:
		article = false // nach Ansicht einiger Juristen, nach Meinung Russlands
	}
	if j < 0 || d.inQuote[j] >= 0 || !d.speechNounWord(j) {
		return -1
	}
	if !article && !(cue.Start <= d.toks[j].Start && d.toks[j].End <= cue.End) {
		return -1
	}
	s := j
	for s > 0 && s > j-3 && d.inQuote[s-1] < 0 && (articleWord[d.tok(s-1)] || d.isLower(s-1) && adjLike(d.tok(s-1)) && !d.cueVerbWord(s-1)) {
		s--
	}
	switch {
	case cue.Start <= d.toks[j].Start && d.toks[j].End <= cue.End:
		// Nach Angaben, Nach den Worten: the cue holds the noun
		return s
	case s > 0 && d.toks[s-1].Start == cue.Start:
		// laut einer Mitteilung der Polizei
		return s
	case cue.Start >= d.toks[end-1].End && cue.Start-d.toks[end-1].End <= 1:
		// Einem Bericht der Zeitung zufolge
		return s
	case s > 0 && d.toks[s-1].End == cue.End:
		// heißt es in einer Erklärung der Gewerkschaft
		return s
	}
	return -1
}

// relativeWord are the words that open a relative clause, after a comma or
// a preposition (…, der; bei dem, unter denen).
var relativeWord = map[string]bool{
	"der": true, "die": true, "das": true, "dem": true, "den": true, "denen": true, "dessen": true,
	"deren": true, "welcher": true, "welche": true, "welches": true, "welchem": true, "welchen": true,
}

// afterInsertion returns the token after a relative clause or an
// apposition between commas that starts with the comma at token k (Der
// 84-jährige Küng, der als Kritiker des Papstes gilt, hofft …; Der Experte
// von Greenpeace, Martin Hoffstetter, wandte sich …; Alice Kakamara, 30,
// beschrieb …), so that the verb after a subject is found. It returns k
// when no such insertion stands there.
func (d *doc) afterInsertion(k, hi int) int {
	if k+1 >= hi || !d.isPunct(k, ",") || d.inQuote[k+1] >= 0 {
		return k
	}
	e := -1
	switch {
	case relativeWord[d.tok(k+1)]:
		for j := k + 2; j < hi && j-k <= 25; j++ {
			if d.inQuote[j] >= 0 || d.isSentEnd(j) || d.isPunct(j, ":") {
				break
			}
			if d.isPunct(j, ",") {
				if d.isLower(j - 1) {
					e = j // the clause ends with its verb
				}
				break
			}
		}
	case d.toks[k+1].Kind == text.Number && k+2 < hi && d.isPunct(k+2, ","):
		e = k + 2 // an age: Alice Kakamara, 30,
	default:
		if a := d.appositionEnd(k+1, hi); a > 0 && d.isPunct(a, ",") {
			e = a
		} else {
			// a name in apposition: Der Experte, Martin Hoffstetter,
			j := k + 1
			for j < hi && j-k <= 4 && d.isCap(j) && d.inQuote[j] < 0 {
				j++
			}
			if _, first := lexicon.FirstName(d.tok(k + 1)); j > k+1 && j < hi && d.isPunct(j, ",") && (first || d.entAt[k+1] >= 0) {
				e = j
			}
		}
	}
	if e < 0 || e+1 >= hi || !d.isLower(e+1) {
		return k
	}
	return e + 1
}

// mentionEnd returns the end of a source phrase whose head ends at token
// e: further genitives (der Sprecherin der Fraktion) and a name in
// apposition between commas (…, Anna Berger,), so that the reported
// clause after a frame (Nach den Worten der Sprecherin der Fraktion, Anna
// Berger, fehle es …) starts after the whole source. It also returns the
// name's tokens, or {-1, -1}.
func (d *doc) mentionEnd(e, hi int) (int, [2]int) {
	name := [2]int{-1, -1}
	for c := 0; c < 2 && e < hi && d.entAt[e-1] < 0 && strings.ToUpper(d.tok(e-1)) != d.tok(e-1); c++ {
		// only after a common noun: after a name (nach Auskunft der NASA
		// der überwiegende Teil …) the clause begins
		cm, ok := d.complement(e, hi)
		if !ok {
			break
		}
		e = cm[1]
	}
	if e+2 < hi && d.isPunct(e, ",") && d.inQuote[e+1] < 0 {
		j := e + 1
		for j < hi && j-e <= 4 && d.isCap(j) && d.inQuote[j] < 0 {
			j++
		}
		if _, first := lexicon.FirstName(d.tok(e + 1)); j < hi && d.isPunct(j, ",") && j-e >= 3 && (first || d.entAt[e+1] >= 0 && d.ents[d.entAt[e+1]].Type == entity.Person) {
			name = [2]int{e + 1, j}
			e = j
		}
	}
	return e, name
}

// vonOwner reports whether the von phrase at token i after a person's name
// says where the person belongs (Theo Kitz vom Bankhaus Merck Finck, Anna
// Berger von der SPD, Jan Kolb vom „Bündnis Nord“), so the mention takes
// it: one of its words is a recognised name, an organisation or medium noun, an
// acronym or a name in marks. Any other noun is the object of the verb
// (sprach Angela Merkel von der Möglichkeit einer Koalition), not part of
// the speaker, and a von phrase right before passive zitiert is its agent
// (wie Jan Kolb von Nordradio zitiert wird: the medium that quotes him).
func (d *doc) vonOwner(i, hi int) bool {
	c, ok := d.complement(i, hi)
	if !ok || d.agentVon(i, hi) {
		return false
	}
	if d.toks[c[0]].Kind == text.QuoteMark {
		return true
	}
	for h := c[0]; h < c[1]; h++ {
		w := d.tok(h)
		if d.entAt[h] >= 0 || d.orgWord(h) || isMedia(w) || utf8.RuneCountInString(w) > 1 && strings.ToUpper(w) == w {
			return true
		}
	}
	return false
}

// agentVon reports whether token i is von or vom opening the agent of
// passive zitiert right after its phrase, maybe after mit den Worten (wie
// Jan Kolb von Nordradio zitiert wird, vom Sender Nordradio mit den Worten
// zitiert worden war): the medium that quotes the speaker, not where the
// speaker belongs. After a given name von is part of the name (wie Ursula
// von der Leyen zitiert wird).
func (d *doc) agentVon(i, hi int) bool {
	if w := d.tok(i); w != "von" && w != "vom" || i == 0 || isFirstName(d.tok(i-1)) {
		return false
	}
	c, ok := d.complement(i, hi)
	if !ok {
		return false
	}
	k := c[1]
	if k+3 < hi && d.tok(k) == "mit" && d.tok(k+1) == "den" && d.tok(k+2) == "Worten" {
		k += 3
	}
	return k+1 < hi && d.tok(k) == "zitiert" && passiveAux[d.tok(k+1)]
}
