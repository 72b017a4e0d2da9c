package quote

import (
	"strings"
	"unicode"

	"github.com/wortlaut/wortlaut"
	"github.com/wortlaut/wortlaut/entity"
	"github.com/wortlaut/wortlaut/internal/lexicon"
	"github.com/wortlaut/wortlaut/internal/text"
)

// indirectIn finds reported speech in sentence s: a cue verb with a dass-
// or ob-clause or a clause in the Konjunktiv (Merz sagte, die Lage sei
// ernst / Die Lage sei ernst, sagte Merz), or a prepositional cue (laut X,
// X zufolge, nach Angaben von X). withQuotes tells that s holds partial
// quotations; then a Konjunktiv sentence with no cue is not taken as
// continuing the previous speaker.
func (d *doc) indirectIn(s sent, withQuotes bool) (stmt, bool) {
	if s.last-s.first < 4 || s.last-s.first > 400 {
		return stmt{}, false
	}
	end := s.last
	for end > s.first && d.toks[end-1].Kind == text.Punct {
		end--
	}
	if !withQuotes {
		if st, ok := d.takenUp(s, end); ok {
			return st, true
		}
	}
	for i := s.first; i < end; i++ {
		if d.inQuote[i] >= 0 {
			continue
		}
		if c := d.clauseEnd(i+1, end); i == d.afterDateline(s) && strings.EqualFold(d.tok(i), "wer") && c+2 < end && d.isPunct(c, ",") {
			// Wer Hinweise geben könne, solle sich melden, hieß es: a
			// clause with wer opening the sentence is the subject of its
			// main clause, so a cue inside it attributes nothing; the
			// whole sentence is the content of the cue after it.
			i = c
			continue
		}
		if k := d.relativeFrame(i, end); k > i && i > s.first+1 && d.isPunct(i-1, ",") {
			// Berichte, wonach …; Gerüchte, nach denen …: the clause that
			// the relative frame opens is reported.
			if e := d.subordinateRun(d.clauseEndQuoted(k, end), end); e-k > 2 {
				st, ok := d.indirect(s, k, e, cueHit{first: i, last: k}, np{}, false)
				if ok {
					st.q.Speaker = d.relativeSource(i, k)
				}
				return st, ok
			}
		}
		if d.tok(i) == "zufolge" {
			if n, ok := d.zufolgeSource(i, s.first); ok {
				if st, ok := d.relayOpening(s, n.first, i+1, end, false); ok {
					return st, true // Der Zeitung zufolge hat der Minister erklärt, …
				}
				h := cueHit{first: i, last: i + 1, particle: -1, form: lexicon.CueForm{Lemma: "zufolge", Section: lexicon.Preposition}}
				a := attr{cue: &h, np: &n}
				if d.bare(n) {
					a = attr{cue: &h, bare: true, noun: n.head0()}
				}
				if st, ok := d.prepIndirect(s, end, h, a, n.first); ok {
					return st, true
				}
			}
			continue
		}
		if d.tok(i) == "nach" || d.tok(i) == "Nach" {
			// nach Polizeiangaben, nach ersten Informationen, nach
			// Angaben aus Regierungskreisen: the lexicon lists only the
			// plain forms.
			if n, ok := d.npLoose(i+1, end); ok && d.bare(n) && !(n.last-n.first == 1 && d.tok(n.head0()) == "Angaben") && !(i > s.first && d.tok(i+1) == "anderen") {
				// not nach anderen Angaben inside a sentence (eine
				// Reichweite von 100, nach anderen Angaben 110 Kilometern):
				// it gives another figure, no statement
				h := cueHit{first: i, last: n.last, particle: -1, form: lexicon.CueForm{Lemma: "nach", Section: lexicon.Preposition}}
				a := attr{cue: &h, bare: true, noun: n.head0()}
				if c, ok := d.complementOf(n.last, end, true); ok {
					m := d.sourceNP(c, end)
					m.first = min(m.first, n.last)
					a = attr{cue: &h, np: &m}
				}
				if st, ok := d.relayOpening(s, i, a.phraseEnd(h, i), end, false); ok {
					return st, true // Nach Polizeiangaben sagte der Zeuge, …
				}
				if st, ok := d.prepIndirect(s, end, h, a, i); ok {
					return st, true
				}
			}
		}
		if g, ok := possessiveGender[d.tok(i)]; ok && i > s.first && i+3 < end && d.isLower(i) && d.inQuote[i] < 0 && opinionNoun[d.tok(i+1)] && d.tok(i+2) == "nach" && !(articleWord[d.tok(i-1)] && (i-2 < s.first || !d.isPunct(i-2, ","))) && !d.isPunct(end-1, "?") {
			// Die Brücke ist seiner Meinung nach marode: the possessive
			// view frame inside the sentence, as Seiner Meinung nach
			// opening it; the possessive refers back like a pronoun. Not
			// the polite Ihrer of an interview question, and not inside
			// a noun phrase (die seiner Ansicht nach fragwürdige Rolle; a
			// relative pronoun after a comma is no article).
			n := np{first: i, last: i + 2, kind: npPronoun, head: -1, name: [2]int{-1, -1}, gen: [2]int{-1, -1}, g: g}
			h := cueHit{first: i + 2, last: i + 3, particle: -1, form: lexicon.CueForm{Lemma: "nach", Section: lexicon.Preposition}}
			if st, ok := d.prepIndirect(s, end, h, attr{cue: &h, np: &n}, i); ok {
				return st, true
			}
		}
		if (d.tok(i) == "aus" || d.tok(i) == "Aus") && i+1 < end && d.tok(i+1) == "Sicht" {
			// aus Sicht der Gewerkschaft: a view frame as nach Ansicht
			// is, which the lexicon does not list
			if c, ok := d.complementOf(i+2, end, true); ok {
				m := d.sourceNP(c, end)
				m.first = i + 1
				h := cueHit{first: i, last: i + 2, particle: -1, form: lexicon.CueForm{Lemma: "aus Sicht", Section: lexicon.Preposition}}
				if st, ok := d.prepIndirect(s, end, h, attr{cue: &h, np: &m}, i); ok {
					return st, true
				}
			}
		}
		h, ok := d.cueAt(i, end)
		if !ok {
			if _, ok := contentNoun[d.tok(i)]; ok && d.inQuote[i] < 0 {
				h = cueHit{first: i, last: i + 1, particle: -1, form: lexicon.CueForm{Lemma: d.tok(i), Section: lexicon.SpeechNoun}}
				if st, ok := d.nounIndirect(s, end, h); ok {
					return st, true
				}
			}
			continue
		}
		switch {
		case h.verb() && d.relativeBeforeCue(s, h, end):
			// In dem Bericht, der … veröffentlicht wurde, heißt es: the
			// main clause's cue after it attributes the sentence.
		case h.verb():
			if d.pronounKonjFrame(s, h) {
				// Nach Angaben der Bahn … Er hätte nicht daran gedacht,
				// dass …: the pronoun is whom the report is about, and
				// the sentence goes on with the statement before.
				if st, ok := d.freeIndirect(s, end); ok && st.q.Speaker != nil {
					return st, true
				}
			}
			if a, c := d.afterDateline(s), max(h.last, h.particle+1); a < h.first && strings.EqualFold(d.tok(a), "wie") && d.clauseEnd(a+1, end) == c {
				// the verb of a wie clause that opens the sentence (Wie
				// die Zeitung unter Berufung auf Kreise berichtet, sagte
				// der Minister, …)
				if st, ok := d.relayOpening(s, a, c, end, true); ok {
					return st, true
				}
			}
			if st, ok := d.verbIndirect(s, end, h, false); ok {
				return st, true
			}
		case h.form.Section == lexicon.SpeechNoun:
			if st, ok := d.nounIndirect(s, end, h); ok {
				return st, true
			}
		case h.form.Section == lexicon.Preposition:
			l := strings.ToLower(h.form.Lemma)
			if l == "so" && !(i > s.first && (d.isPunct(i-1, ",") || d.dashBefore(i))) || l == "wie" && !(d.sentStart(i) || i > s.first && d.isPunct(i-1, ",")) {
				continue
			}
			if l == "demnach" || l == "danach" || l == "wonach" || l == "mit den worten" || l == "aus kreisen" || l == "auf anfrage" || l == "dem vernehmen nach" {
				continue
			}
			if l == "so" {
				if st, ok := d.soFrame(s, end, i); ok {
					return st, true
				}
			}
			a := d.prepCue(h, i, end, true)
			if a.cue == nil || l == "wie" && a.cue.form.Lemma == "nennen" {
				// wie er genannt wird: a name, not a statement
				continue
			}
			if a.np == nil && l == "so" {
				if n, ok := d.soDocument(h.last, end); ok {
					a.np = &n // …, so der Bericht, …: the text speaks
				}
			}
			if l == "so" && d.dashBefore(i) && a.np != nil && a.np.kind == npNoun && !(a.np.head >= 0 && (personGroup(d.tok(a.np.head)) || d.orgWord(a.np.head))) {
				// – so der eigene Wunsch –: a dash also sets off a remark
				// of the text's own, whose noun names no one who speaks
				continue
			}
			if a.np == nil && !a.bare && !strings.Contains(d.src[d.toks[h.first].Start:d.toks[h.last-1].End], "eigenen") {
				if st, ok := d.unreadLaut(s, end, h); ok {
					return st, true
				}
				continue
			}
			if st, ok := d.relayOpening(s, h.first, a.phraseEnd(h, h.first), end, l == "wie"); ok {
				return st, true // Laut der Zeitung hat der Minister angekündigt, …
			}
			if pe := a.phraseEnd(h, h.first); h.first > d.afterDateline(s) && l != "so" && l != "wie" && d.sayingAt(pe, s.first, end) {
				// Der IWF hat laut der Zeitung angekündigt, …: the verb
				// of saying right after the frame has the clause's
				// subject; the frame relays (see [doc.relayFrame])
				i = pe - 1
				continue
			}
			if st, ok := d.prepIndirect(s, end, h, a, h.first); ok {
				return st, true
			}
		}
		i = h.last - 1
	}
	if st, ok := d.frameIndirect(s, end); ok {
		return st, true
	}
	if st, ok := d.closingWie(s, end); ok {
		return st, true
	}
	if !withQuotes || !d.hasCueVerb(s.first, end) && d.tok(s.first) != "Für" {
		// A Konjunktiv sentence with quoted words in it (Hier seien die
		// Mittel „völlig unrealistisch“) is reported speech as a whole, as
		// SpkAtt marks it, beside its quotations, unless a verb of saying
		// in it attributes them or für X names whose view it is.
		if st, ok := d.freeIndirect(s, end); ok {
			return st, true
		}
	}
	if withQuotes {
		// Its quotations carry the speech, except that a verb whose
		// object is the content reports the whole sentence when the
		// quoted words are only part of that object (sprach von einem
		// „Feldzug“ gegen die Schulen): a word follows the last closing
		// mark in the same clause. Quoted words that close the sentence
		// or a clause are mostly the whole object, which SpkAtt marks as
		// the quotation alone.
		if d.wordAfterMarks(s.first, end) {
			return d.reportedIn(s, end, true)
		}
		return stmt{}, false
	}
	if st, ok := d.konjSentence(s, end); ok {
		return st, true
	}
	if st, ok := d.reported(s, end); ok {
		return st, true
	}
	return d.dassIndirect(s, end)
}

// dassIndirect reads a dass- or ob-clause, or a main clause in the
// Konjunktiv, after the verb of a sentence whose subject opens it or
// follows that verb and is a person, an organisation or a pronoun (Die
// Zeitung vermutet, dass …; Er war sich sicher, dass …; Die Gewerkschaft
// zeigt kein Verständnis, es gehe um 300 Stellen): a verb the cue list
// does not hold, but with such a subject the clause is mostly what the
// subject says or thinks. The subject speaks.
func (d *doc) dassIndirect(s sent, end int) (stmt, bool) {
	a := d.afterDateline(s)
	si := int(d.sentOf[s.first])
	n, ok := d.sentenceSubject(si)
	if !ok {
		n, ok = d.npAt(a, end)
		ok = ok && n.kind == npPronoun && n.first == a
	}
	v, from := n.last, n.last+1 // the finite verb; the words after it
	if !ok {
		// Am Montag erwartete Russland, dass …: an opening phrase, the
		// finite verb, then the subject.
		v = a + 1
		for v < end && (v < a+6 && !d.isLower(v) || articleOrPrep[d.tok(v)]) {
			if d.toks[v].Kind == text.Punct || d.inQuote[v] >= 0 {
				return stmt{}, false
			}
			v++
		}
		if v+1 >= end || !d.isLower(v) {
			return stmt{}, false
		}
		n, ok = d.npAt(v+1, end)
		if !ok || n.kind == npNoun || n.kind == npName && !d.personName(n) && !(d.entAt[n.name[1]-1] >= 0 && d.ents[d.entAt[n.name[1]-1]].Type == entity.Organization) {
			return stmt{}, false
		}
		from = n.last
	}
	if v >= end || !d.isLower(v) || d.inQuote[v] >= 0 || konjI[d.tok(v)] || konjII[d.tok(v)] {
		return stmt{}, false // Die Behörde habe befürchtet, dass …: the Konjunktiv reports the whole
	}
	for k := from; k < end && k <= from+dassReach; k++ {
		if d.inQuote[k] >= 0 || d.toks[k].Kind == text.Punct && !d.isPunct(k, ",") {
			return stmt{}, false
		}
		if !d.isPunct(k, ",") {
			continue
		}
		var b int
		switch w := d.tok(k + 1); {
		case w == "dass" || w == "daß" || w == "ob":
			b = d.subordinateRun(d.clauseEnd(k+2, end), end)
		case d.konjSecond(k+1, end):
			// Die Gewerkschaft zeigt kein Verständnis, es gehe um 300
			// Stellen: a main clause in the Konjunktiv
			b = d.konjClause(k+1, end)
		}
		if b-k < 4 {
			return stmt{}, false
		}
		// the cue: the predicate up to the comma (ist sich sicher), or the
		// verb alone when the subject follows it
		last := k
		if from != v+1 {
			last = v + 1
		}
		h := cueHit{first: v, last: last, particle: -1, form: lexicon.CueForm{Lemma: d.tok(v), Section: lexicon.ThoughtVerb}}
		return d.indirect(s, k+1, b, h, n, true)
	}
	return stmt{}, false
}

// konjSecond reports whether the clause starting at token a has a listed
// Konjunktiv I or II as its finite verb within its first words (es gehe
// um …, die Lage sei ernst, bei der Wahl würden nicht alle …).
func (d *doc) konjSecond(a, end int) bool {
	for i := a + 1; i < end && i < a+4; i++ {
		if d.toks[i].Kind == text.Punct || d.inQuote[i] >= 0 {
			return false
		}
		if konjI[d.tok(i)] || konjII[d.tok(i)] || isKonjunktiv(d.tok(i)) {
			return true
		}
	}
	return false
}

// dassReach bounds the words between the verb and the comma before dass.
const dassReach = 10

// frameIndirect reads a sentence that opens with a source frame the rules
// above could not attribute, because its source is no person or
// organisation they parse (Laut israelischen Medien gab es …, Nach einer
// Studie der Universität wird …, Anderen Aussagen zufolge soll …, Seiner
// Meinung nach hätte …, Demnach darf …): the rest of the sentence from the
// finite verb is reported. The speaker is the phrase when the speaker rules
// read it, or a document or medium it cites (see [doc.documentFrame]);
// else it stays nil.
func (d *doc) frameIndirect(s sent, end int) (stmt, bool) {
	a := d.afterDateline(s)
	for a < end && (d.tok(a) == "Auch" || d.tok(a) == "Denn" || d.tok(a) == "Und") {
		a++
	}
	if end-a < 5 || d.inQuote[a] >= 0 {
		return stmt{}, false
	}
	var v int // the finite verb after the frame
	var src [2]int
	var owner *np // the possessive of an opinion frame
	cue := a      // the frame word
	cueEnd := -1  // the end of a frame cue of several words, else cue+1
	w := d.tok(a)
	if w == "wie" && a > s.first {
		w = "Wie" // Denn wie die Zeitung berichtete, …
	}
	switch {
	case w == "Laut" || w == "Gemäß":
		v = d.verbAfterPhrase(a+1, end)
		src = [2]int{a + 1, v}
	case w == "Nach":
		v = d.verbAfterPhrase(a+1, end)
		if v < 0 || !d.sourceNounIn(a+1, v) {
			return stmt{}, false
		}
		src = [2]int{a + 1, v}
	case w == "Wie":
		// Wie [schon] die WHO in Genf sagte, ist es …: a verb of saying
		// closes the frame clause.
		c := d.clauseEnd(a+1, end)
		if c < end && d.isPunct(c, "(") {
			// Wie aus einer Mitteilung der Schutztruppe (ISAF)
			// hervorgeht: a short bracket belongs to the frame clause
			if cb := d.clauseEndBracket(a+1, end); cb > c {
				c = cb
			}
		}
		if c >= end || c > a+20 || !d.isPunct(c, ",") {
			return stmt{}, false
		}
		h, ok := d.cueEndingAt(a+1, c)
		if !ok {
			// Wie der Sprecher der Stadt, Jan Kolb, mitteilte: the comma
			// of an apposition or relative clause after the subject does
			// not close the frame clause.
			if k := d.afterInsertion(c, end); k > c {
				c = d.clauseEnd(k, end)
				if c < end && c <= a+30 && d.isPunct(c, ",") {
					h, ok = d.cueEndingAt(a+1, c)
				}
			}
			if !ok {
				return stmt{}, false
			}
		}
		v, cue, cueEnd = c+1, h.first, h.last
		src = [2]int{a + 1, h.first}
		for src[0] < h.first && wieAdverb[d.tok(src[0])] {
			src[0]++
		}
		if src[0]+1 < h.first && d.tok(src[0]) == "aus" {
			src[0]++ // Wie aus einer Mitteilung hervorgeht: the document speaks
		}
	case w == "Demnach" || w == "Demzufolge":
		v, src = a+1, [2]int{a, a + 1}
	case w == "Dem" && d.tok(a+1) == "Vernehmen" && d.tok(a+2) == "nach":
		v, cue, src = a+3, a+2, [2]int{a, a + 2}
	default:
		// X zufolge, Seiner Meinung nach: a postposition within the first
		// few words, right before the verb.
		for j := a + 1; j < end && j < a+12; j++ {
			if d.inQuote[j] >= 0 || d.toks[j].Kind == text.Punct && !d.isPunct(j, "(") && !d.isPunct(j, ")") {
				break
			}
			if d.tok(j) == "zufolge" {
				v, src, cue = j+1, [2]int{a, j}, j
				break
			}
		}
		switch w {
		case "Seiner", "Ihrer", "Dessen", "Deren":
			if j := a + 1; j+1 < end && opinionNoun[d.tok(j)] && d.tok(j+1) == "nach" {
				v, src, cue = j+2, [2]int{a, j}, j+1
				if g := possessiveGender[w]; g != genderUnknown {
					// Seiner Meinung nach: the man named last speaks, and
					// the mention is the possessive phrase
					owner = &np{first: a, last: j + 1, kind: npPronoun, head: -1, name: [2]int{-1, -1}, gen: [2]int{-1, -1}, g: g}
				}
			}
		}
	}
	if v <= a || v >= end || !d.isLower(v) || end-v < 3 {
		return stmt{}, false
	}
	if relay := w == "Laut" || w == "Gemäß" || w == "Nach" || w == "Wie" || d.tok(cue) == "zufolge"; relay {
		// Wie die Zeitung unter Berufung auf … berichtet, sagte der
		// Minister, …: a relay, as in [doc.relayOpening]
		if h, ok := d.relayedSaying(v, end); ok {
			rest := s
			rest.first = v
			if st, ok := d.verbIndirect(rest, end, h, false); ok {
				return st, true
			}
		}
	}
	st := stmt{first: v, end: end, para: s.para, cand: -1, explicit: true}
	sp := d.span(v, end)
	if cueEnd < 0 {
		cueEnd = cue + 1
	}
	st.q = Quote{Span: sp, Text: d.src[sp.Start:sp.End], Kind: Indirect, Cue: d.cueOf(cueHit{first: cue, last: cueEnd})}
	if owner != nil {
		st.q.Speaker, st.g = d.resolve(*owner, false, v, s.para, d.prevStmts)
	} else if src[1] > src[0] {
		// A capitalised noun after laut or nach may be a document read as
		// a name (dem Grundgesetz); the subject of wie … sagte speaks, a
		// person or an organisation (wie die Landesbank bekannt gab).
		if n, ok := d.npLoose(src[0], src[1]); ok && n.last <= src[1] && (n.kind == npRole || (n.kind == npName || n.kind == npOrg) && w == "Wie" || n.kind == npName && d.entAt[n.name[1]-1] >= 0) {
			st.q.Speaker, st.g = d.resolve(n, false, v, s.para, d.prevStmts)
		} else if sp := d.entitySource(src[0], src[1]); sp != nil {
			st.q.Speaker = sp
		} else if o := d.markedName(src[0], src[1]); o >= 0 {
			// Wie „netzpolitik online“ berichtet, Nach Recherchen des
			// „Spiegel“: a medium's name in marks
			sp := d.span(o+1, src[1]-1)
			name := d.src[sp.Start:sp.End]
			st.q.Speaker = &Speaker{Span: sp, Text: name, Name: name, Type: entity.Organization}
		} else {
			st.q.Speaker = d.documentFrame(src[0], src[1]) // Nach dem Grundgesetz
		}
	}
	return st, true
}

// closingWie reads a sentence closed by a wie-clause of saying (Die
// Vergabe wird die letzte sein, wie der Verband am Montag bekannt gab):
// the main clause before it is reported, and the subject of the wie-clause
// speaks.
func (d *doc) closingWie(s sent, end int) (stmt, bool) {
	a := d.afterDateline(s)
	k := end - 1
	for k > a+3 && k > end-16 && !(d.isPunct(k-1, ",") && d.tok(k) == "wie") {
		if d.inQuote[k] >= 0 || d.toks[k].Kind == text.Punct {
			return stmt{}, false
		}
		k--
	}
	if k <= a+3 || d.tok(k) != "wie" || d.hasMarks(a, k) {
		return stmt{}, false
	}
	h, ok := d.cueEndingAt(k+1, end)
	if !ok {
		return stmt{}, false
	}
	src := k + 1
	for src < h.first && wieAdverb[d.tok(src)] {
		src++
	}
	st := stmt{first: a, end: k - 1, para: s.para, cand: -1, explicit: true}
	sp := d.span(a, k-1)
	st.q = Quote{Span: sp, Text: d.src[sp.Start:sp.End], Kind: Indirect, Cue: d.cueOf(h)}
	if n, ok := d.npLoose(src, h.first); ok && n.kind != npNoun {
		st.q.Speaker, st.g = d.resolve(n, d.plural(h), h.first, s.para, d.prevStmts)
	} else {
		st.q.Speaker = d.documentFrame(src, h.first)
	}
	return st, true
}

// entitySource returns the speaker of a frame's source phrase [a, b) that
// ends in a recognised name (Laut der Nachrichtenagentur Reuters, laut
// israelischen Angaben aus Jerusalem is not: the name must end the phrase)
// or is a web address (Laut ndr.de): the phrase as written, with the name
// as the canonical one. Nil otherwise.
func (d *doc) entitySource(a, b int) *Speaker {
	if b <= a {
		return nil
	}
	sp := d.span(a, b)
	if e := d.entAt[b-1]; e >= 0 {
		ent := d.ents[e]
		if ent.Type != entity.Person && ent.Type != entity.Organization {
			return nil
		}
		return &Speaker{Span: sp, Text: d.src[sp.Start:sp.End], Name: entName(ent), Type: entType(ent.Type)}
	}
	if b == a+1 && d.webAddress(a) {
		w := d.tok(a)
		return &Speaker{Span: sp, Text: w, Name: w, Type: entity.Organization}
	}
	return nil
}

// webAddress reports whether token i is a web address that names a medium
// (ndr.de, tagesschau.de): lower-case letters with one inner dot; or
// letters, digits and inner hyphens before a country or generic domain
// (t-online.de, GGG.at, n-tv.de), which an abbreviation never ends in.
func (d *doc) webAddress(i int) bool {
	w := d.tok(i)
	k := strings.IndexByte(w, '.')
	if k <= 1 || k >= len(w)-2 || strings.Count(w, ".") != 1 {
		return false
	}
	if unicode.IsLower(d.rune(i)) && allLower(w) {
		return true
	}
	if !topDomain[w[k+1:]] || w[0] == '-' || w[k-1] == '-' {
		return false
	}
	for _, r := range w[:k] {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' {
			return false
		}
	}
	return true
}

// topDomain are the domains a web address with capitals or hyphens in its
// name may end in.
var topDomain = map[string]bool{"de": true, "at": true, "ch": true, "com": true, "net": true, "org": true, "eu": true}

// markedName returns the opening mark of a name in marks that ends the
// source phrase [a, b): the whole phrase, or a genitive after a speech or
// source noun (Recherchen des „Spiegel“). It returns -1 otherwise.
func (d *doc) markedName(a, b int) int {
	if b-a < 3 || d.toks[b-1].Kind != text.QuoteMark {
		return -1
	}
	o := b - 2
	for o > a && d.toks[o].Kind != text.QuoteMark {
		o--
	}
	if d.toks[o].Kind != text.QuoteMark || o+1 >= b-1 || !d.nameMark(o) {
		return -1
	}
	if o == a || o-2 >= a && genDet[d.tok(o-1)] && d.sourceNounIn(o-2, o-1) {
		return o
	}
	return -1
}

// cueEndingAt returns a verb of saying or a cue expression that ends right
// before token c, looked for in tokens [a, c): the verb-final cue of a wie
// clause (wie die WHO mitteilte; wie heute bekannt wurde; wie es hieß; wie
// die Bank bekannt gab, with the particle written apart).
func (d *doc) cueEndingAt(a, c int) (cueHit, bool) {
	for i := max(a, c-3); i < c; i++ {
		if h, ok := d.cueAt(i, c); ok && h.last == c && (h.form.Section == lexicon.SpeechVerb || h.form.Section == lexicon.Expression) {
			return h, true
		}
	}
	// wie die Bank bekannt gab, wie er hinzu fügte: the particle of a
	// separable verb written apart before it, at the end of the clause
	if v := c - 1; v-1 >= a && d.inQuote[v] < 0 && d.inQuote[v-1] < 0 {
		for _, f := range lexicon.CueList().Forms(d.tok(v)) {
			if f.Particle == d.tok(v-1) && len(f.Words) == 1 && f.Section == lexicon.SpeechVerb {
				return cueHit{first: v - 1, last: c, particle: -1, form: f}, true
			}
		}
	}
	return cueHit{}, false
}

// wieAdverb are adverbs between wie and the source (wie schon die WHO
// sagte).
var wieAdverb = map[string]bool{"schon": true, "bereits": true, "auch": true, "zuvor": true, "zuletzt": true, "nun": true, "jetzt": true}

// unreadLaut reports the clause around laut or gemäß in the middle of a
// sentence when the speaker rules cannot read its source (es gibt laut
// ai-Bericht eine hohe Dunkelziffer; seien laut der Oberstaatsanwältin
// Antje Gabriels-Gorsolke verjährt): the subordinate clause that holds it,
// else the sentence, with no speaker.
func (d *doc) unreadLaut(s sent, end int, h cueHit) (stmt, bool) {
	switch strings.ToLower(h.form.Lemma) {
	case "laut", "gemäß":
	default:
		return stmt{}, false
	}
	a := d.afterDateline(s)
	if h.first <= a || end-a < 5 || d.isPunct(h.first-1, ",") {
		return stmt{}, false // sentence-initial frames are read by frameIndirect; …, laut X closes one
	}
	b := end
	if c, ok := d.subClause(s, h.first, h.last, end); ok {
		a, b = c[0], c[1]
	}
	st := stmt{first: a, end: b, para: s.para, cand: -1, explicit: true}
	sp := d.span(a, b)
	st.q = Quote{Span: sp, Text: d.src[sp.Start:sp.End], Kind: Indirect, Cue: d.cueOf(h)}
	e := d.unreadSourceEnd(h.last, end)
	if d.sayingAt(e, s.first, end) {
		// Die Reederei hat laut dem Sender angekündigt, …: the verb of
		// saying has the clause's subject; the frame relays
		return stmt{}, false
	}
	if st.q.Speaker = d.entitySource(h.last, e); st.q.Speaker == nil {
		st.q.Speaker = d.documentFrame(h.last, e) // laut den Angaben
	}
	d.leaveOutFrame(&st.q, a, h.first, e, b)
	return st, true
}

// opinionNoun are the nouns of a possessive frame with postposition nach
// (seiner Meinung nach, ihrer Ansicht nach).
var opinionNoun = map[string]bool{
	"Meinung": true, "Ansicht": true, "Auffassung": true, "Einschätzung": true, "Darstellung": true, "Angaben": true,
	"Aussage": true, "Aussagen": true, "Überzeugung": true,
}

// verbAfterPhrase returns the finite verb that follows the noun phrase
// starting at token i in a verb-second clause (Laut einer am Dienstag
// veröffentlichten Mitteilung des WFP wurden …): the first lower-case word
// after a noun, name or closing bracket that is no article, preposition or
// attributive adjective; -1 at a comma, quotation or sentence end first.
func (d *doc) verbAfterPhrase(i, end int) int {
	for j := i + 1; j < end && j < i+16; j++ {
		if d.inQuote[j] >= 0 || d.toks[j].Kind == text.Punct && !d.isPunct(j, "(") && !d.isPunct(j, ")") && !d.isPunct(j, "-") {
			return -1
		}
		w := d.tok(j)
		if !d.isLower(j) || articleOrPrep[w] || strings.ContainsAny(w, ".-") {
			continue
		}
		switch w {
		case "und", "sowie", "oder", "vom", "zu", "zufolge", "nach":
			continue
		}
		prev := d.toks[j-1]
		if !(prev.Kind == text.Punct && d.isPunct(j-1, ")") || d.isCap(j-1) || prev.Kind == text.Number || prev.Kind == text.QuoteMark && d.nameMark(j-1) || d.webAddress(j-1)) {
			continue
		}
		if adjLike(w) && j+1 < end && (d.isCap(j+1) || j+2 < end && d.isLower(j+1) && adjLike(d.tok(j+1)) && !determiner[d.tok(j+1)] && d.isCap(j+2)) {
			continue // veröffentlichten Mitteilung, am Dienstag veröffentlichten neuen Studie
		}
		return j
	}
	return -1
}

// determiner are the articles and quantifiers that open a noun phrase
// after a verb (wurden die Männer, blieben einige Demonstranten): a word
// in -en before them is no adjective.
var determiner = map[string]bool{
	"der": true, "die": true, "das": true, "den": true, "dem": true, "des": true, "eine": true, "einer": true,
	"einige": true, "viele": true, "mehrere": true, "alle": true, "keine": true, "wenige": true, "beide": true,
	"manche": true, "diese": true, "seine": true, "ihre": true, "unsere": true, "sämtliche": true,
}

// sourceNounIn reports whether tokens [a, b) hold a noun that names a
// source of information (Angaben, Studie, Bericht, Umfrage): nach with any
// other noun is a time or place (Nach dem Spiel, Nach Berlin).
//
// Only the phrase's own nouns count, not those of a genitive or
// prepositional phrase after them: Nach der Ablehnung der Verfassung is a
// time, however much the genitive names a document.
func (d *doc) sourceNounIn(a, b int) bool {
	noun := false
	for i := a; i < b; i++ {
		if noun && phraseAttachment[d.tok(i)] {
			return false
		}
		if d.isCap(i) {
			if d.speechNoun(i) || hasSuffixFold(d.tok(i), sourceNoun) {
				return true
			}
			noun = true
		}
	}
	return false
}

// phraseAttachment are the articles and prepositions that open a genitive
// or prepositional phrase after a noun.
var phraseAttachment = map[string]bool{
	"des": true, "der": true, "eines": true, "einer": true, "von": true, "vom": true, "im": true, "in": true,
	"aus": true, "zu": true, "zum": true, "zur": true, "für": true, "auf": true, "über": true, "bei": true, "mit": true,
}

// sourceNoun are heads of documents and findings that a nach frame cites
// as the source of a statement.
var sourceNoun = []string{
	"analyse", "umfrage", "untersuchung", "ergebnis", "endergebnis", "ergebnissen", "hochrechnung", "hochrechnungen",
	"prognose", "berechnungen", "planungen", "plänen", "erkenntnis", "gutachten", "urteil", "gesetz", "grundgesetz",
	"verfassung", "vertrag", "zählung", "auszählung", "polizeiangaben", "medienberichten", "berichten", "quellen",
	"vorwürfen", "ermittlungen", "recherchen", "hinweis", "hinweisen", "aussage", "zeugenaussagen", "willen", "wunsch",
	"stand", "schätzungen", "daten", "zahlen", "statistiken", "veröffentlichung", "vorhersage", "bekunden",
}

// pronounKonjFrame reports whether sentence s opens with a personal
// pronoun and a Konjunktiv auxiliary whose participle is cue verb h (Er
// hätte nicht daran gedacht, dass …; Sie habe erklärt, …).
func (d *doc) pronounKonjFrame(s sent, h cueHit) bool {
	a := d.afterDateline(s)
	if h.first <= a+2 || d.inQuote[a] >= 0 {
		return false
	}
	switch d.tok(a) {
	case "Er", "Sie":
	default:
		return false
	}
	return (konjI[d.tok(a+1)] || konjII[d.tok(a+1)]) && d.clauseEnd(a, h.first) == h.first
}

// relativeBeforeCue reports whether cue verb h closes a relative clause
// after a comma (…, der am Montag veröffentlicht wurde, …; …, die vom Rat
// angenommen wurde, …) whose closing comma another cue follows at once.
func (d *doc) relativeBeforeCue(s sent, h cueHit, end int) bool {
	a := d.clauseStart(h.first, s.first)
	if a <= s.first || a+1 >= end || !d.isPunct(a-1, ",") || !relativeWord[d.tok(a)] && !(articleOrPrep[d.tok(a)] && relativeWord[d.tok(a+1)]) {
		return false
	}
	c := d.clauseEnd(max(h.last, h.particle+1), end)
	if c+1 >= end || !d.isPunct(c, ",") {
		return false
	}
	n, ok := d.cueAt(c+1, end)
	return ok && n.first == c+1
}

// frameBeforeRelative returns the source of a frame that opens the
// sentence before a relative clause right before cue h (In dem Bericht,
// der … veröffentlicht wurde, heißt es; In der Resolution, die vom Rat
// angenommen wurde, heißt es), read as the frame right before heißt es is.
func (d *doc) frameBeforeRelative(s sent, h cueHit) (np, bool) {
	c := h.first - 1
	if c <= s.first || !d.isPunct(c, ",") {
		return np{}, false
	}
	r := d.clauseStart(c, s.first)
	if r <= s.first+1 || r+1 >= c || !d.isPunct(r-1, ",") || !relativeWord[d.tok(r)] && !(articleOrPrep[d.tok(r)] && relativeWord[d.tok(r+1)]) {
		return np{}, false
	}
	fs := d.clauseStart(r-1, s.first)
	if fs != d.afterDateline(s) {
		return np{}, false
	}
	if f, ok := d.frameSource(fs, r-1); ok && f.last <= r-1 {
		return f, true
	}
	if f, ok := d.textFrame(fs, r-1); ok && isHeisst(d.tok(h.first)) {
		return f, true
	}
	return np{}, false
}

// closingSource returns the source of a so- or laut-frame that closes the
// sentence after a comma (…, so Jan Kolb; …, laut der Polizei) within
// tokens [lo, end), and the index of that comma, where the content ends.
// It looks back a few tokens from the end only, so a sentence costs
// constant time.
func (d *doc) closingSource(lo, end int) (np, int, bool) {
	for k := end - 2; k > lo && k >= end-12; k-- {
		if !d.isPunct(k, ",") || d.inQuote[k+1] >= 0 {
			continue
		}
		h, ok := d.cueAt(k+1, end)
		if !ok || h.first != k+1 || h.form.Section != lexicon.Preposition {
			continue
		}
		if l := strings.ToLower(h.form.Lemma); l != "so" && l != "laut" {
			continue
		}
		if a := d.prepCue(h, k+1, end, true); a.np != nil && d.frameOnly(h.first, end, a) {
			return *a.np, k, true
		}
	}
	return np{}, -1, false
}

// verbIndirect builds indirect speech around the cue verb h. shared tells
// that h is coordinated with an earlier verb whose subject it shares (und
// fügte hinzu, …); then it needs no subject of its own, and the caller
// gives the statement that subject's speaker.
func (d *doc) verbIndirect(s sent, end int, h cueHit, shared bool) (stmt, bool) {
	after := max(h.last, h.particle+1)
	n, hasNP := d.verbSpeaker(h, s.first, end)
	if !hasNP && s.first+1 < h.first && clauseConjunction[d.tok(s.first)] {
		// Aber die Zeitungen berichteten, …; Und Kolb erklärte, …: the
		// conjunction stands before the clause, whose subject follows it.
		n, hasNP = d.verbSpeaker(h, s.first+1, end)
	}
	if hasNP && n.first >= h.last && d.clauseEnd(after, end) < n.first {
		// a name inside the clause after the cue (wurde bekannt, dass in
		// der Türkei …) is no subject of the cue
		n, hasNP = np{}, false
	}
	if hasNP && n.last > after && n.first >= h.last {
		after = n.last
	}
	if !hasNP && h.form.Section == lexicon.SpeechVerb && !d.passiveCue(h, s.first) {
		n, hasNP = d.openingSubject(s, h)
	}
	if !hasNP && !d.passiveCue(h, s.first) {
		n, hasNP = d.pronounSubject(s, h, end)
	}
	if !hasNP && h.form.Section == lexicon.Expression {
		n, hasNP = d.frameBeforeRelative(s, h)
	}
	if !hasNP && d.passiveCue(h, s.first) {
		// Die Regierung wird aufgefordert, …, so der Sprecher: a passive
		// names no speaker, the closing frame does.
		if m, k, ok := d.closingSource(after, end); ok {
			n, hasNP, end = m, true, k
		}
	}
	if d.laterCueGoverns(after, end) {
		return stmt{}, false
	}
	// cue … , dass/ob …
	for k := after; k < end && k < after+20; k++ {
		if d.inQuote[k] >= 0 {
			break
		}
		w := d.tok(k)
		if (w == "dass" || w == "daß" || w == "ob") && (d.isPunct(k-1, ",") || k == after) {
			if end-k < 3 || !hasNP && !shared && h.form.Section != lexicon.Expression && !d.passiveCue(h, s.first) {
				return stmt{}, false
			}
			return d.indirect(s, k, end, h, n, hasNP)
		}
		if d.isSentEnd(k) || d.isPunct(k, ":") {
			break
		}
	}
	if !hasNP && !shared && h.form.Section != lexicon.Expression && !d.passiveCue(h, s.first) {
		return stmt{}, false
	}
	// cue [speaker] [adverbials], Konjunktiv clause; not a wonach clause,
	// whose source is the noun before it (wies Berichte zurück, wonach …)
	if c := d.clauseEnd(after, end); c < end && d.isPunct(c, ",") && c-after <= 14 && d.relativeFrame(c+1, end) == c+1 {
		ce := d.konjClause(c+1, end)
		if ce <= c+3 {
			// erklärte der Direktor der IAEO, Mohammed el-Baradei,
			// Nordkorea besitze …: the name apposition comes first.
			if c2 := d.clauseEnd(c+1, end); c2 < end && d.isPunct(c2, ",") && c2-c <= 5 && d.nameApposition(c+1, c2) {
				c = c2
				ce = d.konjClause(c+1, end)
			}
		}
		if ce > c+3 {
			return d.indirect(s, c+1, ce, h, n, hasNP)
		}
	}
	// cue [speaker], zu-infinitive: kündigte an, Revision einzulegen; a
	// verb of decision or hope too (beschloss, die Steuer zu senken; hofft,
	// den Vertrag verlängern zu können), whose infinitive is its content
	if h.form.Section == lexicon.SpeechVerb || h.form.Section == lexicon.ThoughtVerb {
		if c := d.clauseEnd(after, end); c < end && d.isPunct(c, ",") && c-after <= infinitiveReach && !d.objectBefore(h, after, c) {
			ce := d.clauseEnd(c+1, end)
			if ce < end && d.isPunct(ce, "(") {
				// beschloss, mit dem Institut (KFN) eine Studie zu
				// erstellen: a short bracket stays in the infinitive
				if cb := d.clauseEndBracket(c+1, end); cb > ce {
					ce = cb
				}
			}
			if ce-c >= 3 && d.zuInfinitive(ce-1) && !adverbialInfinitive[d.tok(c+1)] {
				return d.indirect(s, c+1, d.subordinateRun(ce, end), h, n, hasNP)
			}
		}
		if c := d.clauseEnd(after, end); after == h.last && c-after >= 3 && c-after <= 2*infinitiveReach && d.zuInfinitive(c-1) && !adverbialInfinitive[d.tok(after)] && d.tok(after) != "und" && d.auxBefore(d.clauseStart(h.first, s.first), h.first) {
			// hat angekündigt die Preise zu erhöhen, wurden aufgefordert
			// Türen und Fenster geschlossen zu halten: the comma before
			// the infinitive after a participle is often left out
			return d.indirect(s, after, c, h, n, hasNP)
		}
	}
	// cue speaker [adverbials], main clause in the indicative (Merkel
	// sagte vor der Presse, der Papst ist ein großer Denker): after a
	// verb of saying with its subject, a verb-second clause that runs to
	// the sentence end is what was said, in whichever mood it is told.
	if hasNP && h.form.Section == lexicon.SpeechVerb && sayingLemma[h.form.Lemma] && !d.passiveCue(h, s.first) {
		if c := d.clauseEnd(after, end); c < end && d.isPunct(c, ",") && c-after <= 14 && d.indicativeMain(c+1, end) {
			return d.indirect(s, c+1, end, h, n, hasNP)
		}
	}
	// …, das teilte das Institut mit: the demonstrative takes up the
	// clause before the comma.
	if h.first > s.first+3 && (d.tok(h.first-1) == "das" || d.tok(h.first-1) == "dies") && d.isPunct(h.first-2, ",") &&
		hasNP && n.first >= h.last && h.form.Section == lexicon.SpeechVerb && !d.hasMarks(s.first, h.first) && d.frameOnly(h.first, end, attr{cue: &h, np: &n}) {
		return d.indirect(s, s.first, h.first-2, h, n, hasNP)
	}
	// Konjunktiv clause, cue speaker; or , heißt es with no speaker. A
	// verb of judging too when its subject follows it and closes the
	// sentence (Die Kündigung sei unwirksam, urteilten die Richter).
	if h.first > s.first+2 && d.isPunct(h.first-1, ",") && (h.form.Section != lexicon.ThoughtVerb || judgingLemma[h.form.Lemma] && hasNP && n.first >= h.last && d.frameOnly(h.first, end, attr{cue: &h, np: &n})) {
		if d.hasKonj(s.first, h.first-1) && !hasNP && h.form.Section == lexicon.Expression {
			// …, hieß es weiter: the speaker of the statement before
			// goes on, if there is one; else no one is named. Not when
			// the cue names a new text it cites (…, hieß es in einer
			// Mitteilung des Wetterdienstes): that text is the source.
			// A definite article and a noun alone (hieß es in der
			// Mitteilung) point back to the statement before: the
			// mention is that text, the name its speaker's.
			var cited *Speaker
			if isHeisst(d.tok(h.first)) {
				cited = d.citedText(s, h.first)
			}
			if st, ok := d.freeIndirect(s, h.first-1); ok && (cited == nil || backReference(cited)) {
				st.q.Cue = d.cueOf(h)
				if cited != nil && st.q.Speaker != nil {
					m := *cited
					m.Name, m.Type = st.q.Speaker.Name, st.q.Speaker.Type
					st.q.Speaker = &m
				}
				return st, true
			}
			st, ok := d.indirect(s, s.first, h.first-1, h, n, false)
			if ok && cited != nil {
				st.q.Speaker = cited
			}
			return st, ok
		}
		if hasNP && n.first >= h.last && d.negatedFrame(h.last, end) {
			return stmt{}, false // Wie stark die Preise steigen, sagte er nicht
		}
		if a := d.afterColon(s.first, h.first-1); d.hasKonj(a, h.first-1) && hasNP {
			return d.indirect(s, a, h.first-1, h, n, hasNP)
		}
		// The planet circles the star, teilte die Universität mit: a
		// clause in the indicative before an inverted frame of a verb of
		// saying that closes the sentence is reported too.
		if hasNP && n.first >= h.last && h.form.Section == lexicon.SpeechVerb && h.first-s.first >= 5 && !d.adverbialOnly(s.first, h.first-1) &&
			d.frameOnly(h.first, end, attr{cue: &h, np: &n}) && !d.hasMarks(s.first, h.first) {
			return d.indirect(s, s.first, h.first-1, h, n, hasNP)
		}
	}
	return stmt{}, false
}

// adverbialOnly reports whether tokens [a, b) are one subordinate clause
// of when or why and nothing else (Da der Schlüssel im Wagen lag, bat der
// Fahrer die Polizei um Hilfe): such a clause before an inverted verb of
// saying is no content of it. With a main clause after it (Wenn die Brücke
// nicht saniert wird, droht die Sperrung, sagte er) the words are content.
func (d *doc) adverbialOnly(a, b int) bool {
	if !adverbialClause[d.low(a)] {
		return false
	}
	for i := a + 1; i < b; i++ {
		if d.inQuote[i] < 0 && d.isPunct(i, ",") {
			return false
		}
	}
	return true
}

// adverbialClause are the conjunctions of a subordinate clause that says
// when or why, not what.
var adverbialClause = map[string]bool{
	"da": true, "weil": true, "als": true, "nachdem": true, "wenn": true, "obwohl": true,
	"während": true, "bevor": true, "falls": true, "sobald": true, "seitdem": true,
}

// laterCueGoverns reports whether the clause after the cue's own clause,
// which starts at token after, holds a verb of saying of its own in the
// indicative and is followed by a dass- or ob-clause (Jan Kolb lobte die
// Reform, betonte jedoch, dass …; … positiv gesehen, die Organisation
// bezweifelt aber, dass …): that verb governs the content clause, and the
// earlier cue has none.
func (d *doc) laterCueGoverns(after, end int) bool {
	c := d.clauseEnd(after, end)
	if c >= end || c-after > 14 || !d.isPunct(c, ",") {
		return false
	}
	c2 := d.clauseEnd(c+1, end)
	if c2+1 >= end || c2-c > 8 || !d.isPunct(c2, ",") {
		return false
	}
	if w := d.tok(c2 + 1); w != "dass" && w != "daß" && w != "ob" {
		return false
	}
	for i := c + 1; i < c2; i++ {
		if h, ok := d.cueAt(i, c2); ok && h.verb() && d.isLower(i) && !konjI[d.tok(i)] && !konjII[d.tok(i)] {
			return true
		}
	}
	return false
}

// clauseEndQuoted is clauseEndBracket, except that quoted words inside the
// clause belong to it too (Berichte, wonach der Minister „ein faires
// Gesetz“ vorlegen werde): a reported clause often quotes a few words of
// the report. Each step moves forward, so the scan stays linear.
func (d *doc) clauseEndQuoted(i, hi int) int {
	ce := d.clauseEndBracket(i, hi)
	for ce < hi && ce > i && (d.inQuote[ce] >= 0 || d.toks[ce].Kind == text.QuoteMark) {
		k := ce
		for k < hi && (d.inQuote[k] >= 0 || d.toks[k].Kind == text.QuoteMark) {
			k++
		}
		if k >= hi || d.toks[k].Kind == text.Punct {
			return k // the quotation closes the clause
		}
		ce = d.clauseEndBracket(k, hi)
	}
	return ce
}

// soFrame reads a frame of so and an inverted verb of saying after a comma
// (Der Flug käme einer Folter gleich, so bestätigt das Gericht; In zehn
// Jahren, so schätzen die Forscher, soll die Anlage fertig sein): the
// subject after the verb speaks, and the statement is the sentence without
// the frame, which reaches to the next comma. The words before the frame
// must be more than a quotation, which the quotation rules attribute.
func (d *doc) soFrame(s sent, end, i int) (stmt, bool) {
	a := d.afterDateline(s)
	h, ok := d.cueAt(i+1, end)
	if !ok || h.first != i+1 || !h.verb() || !finiteCue(d.tok(h.first), h) || i-1 <= a {
		return stmt{}, false
	}
	n, ok := d.verbSpeaker(h, s.first, end)
	if !ok || n.first < h.last {
		n, ok = d.pronounSubject(s, h, end) // so schrieb diese
	}
	if !ok && h.last < end && d.tok(h.last) == "man" {
		// so glaubt man: no one named, and the frame is no statement of
		// the speaker before
		n, ok = np{first: h.last, last: h.last + 1, kind: npPronoun, head: -1, name: [2]int{-1, -1}, gen: [2]int{-1, -1}, rel: h.last}, true
	}
	if !ok || n.first < h.last {
		return stmt{}, false
	}
	words, marked := 0, false
	for k := a; k < i-1; k++ {
		switch {
		case d.toks[k].Kind == text.QuoteMark:
			marked = !marked
		case !marked && d.toks[k].Kind == text.Word:
			words++
		}
	}
	if words < 3 {
		return stmt{}, false
	}
	fe := d.clauseEnd(n.last, end)
	if fe+1 < end && d.isPunct(fe, ",") && relativeWord[d.tok(fe+1)] {
		fe = d.clauseEnd(fe+1, end) // so lautet der Titel einer Studie, die …
	}
	st, ok := d.indirect(s, a, end, h, n, true)
	if ok {
		d.leaveOutFrame(&st.q, a, i, fe, end)
	}
	return st, ok
}

// adverbialInfinitive are the conjunctions of an infinitive clause that
// says why or how (…, um die Flucht zu erschweren; …, ohne zu zögern),
// not what was said.
var adverbialInfinitive = map[string]bool{"um": true, "ohne": true, "anstatt": true, "statt": true}

// clauseConjunction are the conjunctions that may open a sentence before
// its first phrase, outside the clause (Aber die Zeitungen berichteten).
var clauseConjunction = map[string]bool{"Aber": true, "Und": true, "Denn": true, "Oder": true, "Doch": true}

// nounIndirect reads the content of a speech noun (die Forderung des
// Ministers, …; der Vorwurf, das Gericht sei nicht legitim; die
// Ankündigung, sich zurückzuziehen): after the noun, an optional genitive
// or von phrase and a comma, a dass- or ob-clause, a clause in the
// Konjunktiv or an infinitive with zu. The genitive names the speaker when
// it is a person or organisation; for a view (contentNoun: die Hoffnung,
// die These) with no genitive, the subject of the sentence holds it.
func (d *doc) nounIndirect(s sent, end int, h cueHit) (stmt, bool) {
	if !d.isCap(h.first) || h.first == s.first && !d.voiced(h.first+1) {
		// a noun in the middle of a sentence, after its article; or
		// opening it as the subject of laut werden (Vorwürfe werden
		// laut, dass …), which a capital at the start cannot tell
		return stmt{}, false
	}
	k := h.last
	var n np
	hasNP := false
	if c, ok := d.complementOf(k, end, false); ok {
		n, hasNP = d.complementNP(c), true
		k = c[1]
		if n.kind == npNoun && !(personGroup(d.tok(n.head)) || hasSuffixFold(d.tok(n.head), collectiveNoun)) {
			// die Forderung der Verteidigung, eine Warnung der Wärter:
			// people or a body hold it; die Forderung der Stunde none.
			hasNP = false
		}
	}
	if k+1 < end && verbParticle[d.tok(k)] {
		k++ // die Äußerung vor, …: the particle of the clause's verb
	} else if e := d.clauseRest(k, end); e > k && !d.inPhrase(h.first, s.first) {
		k = e
	}
	if k+3 >= end || !d.isPunct(k, ",") || d.inQuote[k+1] >= 0 || d.relativeFrame(k+1, end) > k+1 {
		return stmt{}, false // Berichte, wonach …: left to the relative frame
	}
	a := k + 1
	var b int
	switch w := d.tok(a); {
	case w == "dass" || w == "daß" || w == "ob":
		b = d.subordinateRun(d.clauseEnd(a+1, end), end)
	case definiteArticle[w] && reportPronoun[d.tok(a+1)]:
		// Gespräche, die er geführt habe: a pronoun right after der or
		// die makes it the relative pronoun of a clause with its verb
		// at the end; a reported clause has the verb second (der
		// Vorwurf, die Stadt habe …)
	default:
		if ce := d.konjClause(a, end); ce > a+2 && d.hasKonj(a, d.clauseEnd(a, end)) {
			b = ce
		} else if ce := d.clauseEnd(a, end); ce-a >= 2 && d.zuInfinitive(ce-1) && !adverbialInfinitive[w] {
			b = d.subordinateRun(ce, end)
		}
	}
	if b-a < 3 {
		return stmt{}, false
	}
	if !hasNP {
		n, hasNP = d.agentHolder(s, h.first)
	}
	if held := contentNoun[d.tok(h.first)]; !hasNP && held {
		n, hasNP = d.holderOf(s, h.first)
	}
	if _, view := contentNoun[d.tok(h.first)]; !hasNP && !view && !d.inPhrase(h.first, s.first) {
		n, hasNP = d.nounItself(h.first, s.first), true
	}
	return d.indirect(s, a, b, h, n, hasNP)
}

// nounItself returns the phrase of the speech noun at token noun, with its
// article or possessive and adjectives, as the source of its content when
// nothing names who holds it (Vorwürfe stehen im Raum, sie habe …; Seine
// zentrale Aussage ist, dass …): the noun is what the text reports, as
// SpkAtt marks it, and as im Bericht heißt es names a document. The
// mention names no one (an empty Name, Type MISC).
func (d *doc) nounItself(noun, lo int) np {
	i := noun // a bare plural: Vorwürfe
	for j := noun - 1; j >= lo && j >= noun-3 && d.toks[j].Kind == text.Word && d.inQuote[j] < 0; j-- {
		w := d.low(j)
		_, poss := possessiveGender[w]
		if (d.isLower(j) || j == lo) && (articleWord[w] || determiner[w] || poss || w == "sein" || w == "ihr") {
			i = j // adjectives count only after an article
			break
		}
		if !d.isLower(j) || !adjLike(w) {
			break
		}
	}
	return np{first: i, last: noun + 1, kind: npDoc, head: noun, name: [2]int{-1, -1}, gen: [2]int{-1, -1}}
}

// clauseRest returns the comma that ends the clause of a speech noun
// after the few words that close it, when the noun's content clause is
// extraposed behind them (hatte die These vertreten, die Partei
// stagniere; wurden Forderungen gegen die Vereine erhoben, sie müssten …;
// stehen Vorwürfe im Raum, sie habe …): a final verb, participle or
// particle in lower case, or one prepositional phrase. It returns k when
// no such run of at most four words reaches a comma. A so or zu in the
// run makes the clause after the comma a result (die Kritik war so laut,
// dass …), not the noun's content; a verb of saying in it is the cue
// (hatte in einem Interview gesagt, …), and so is a pronoun closing it
// the subject after such a verb (In einem Interview erklärte er, …). A
// da-compound of a preposition in it is the correlative of the verb's
// object, which the clause after the comma fills (Die Rede hat dazu
// beigetragen, dass …), unless it follows the noun at once as the noun's
// own (Zweifel daran, ob …); dahin is no such compound (Die Vermutungen
// gehen dahin, dass …).
func (d *doc) clauseRest(k, end int) int {
	for e := k; e < end && e < k+5; e++ {
		if d.inQuote[e] >= 0 {
			return k
		}
		if d.isPunct(e, ",") {
			last := d.tok(e - 1)
			if e == k || reportPronoun[last] || determiner[last] || !(d.isLower(e-1) || preposition[d.tok(k)] && e-k <= 3) {
				return k
			}
			return e
		}
		if w := d.tok(e); d.toks[e].Kind != text.Word || subordinator[w] || w == "und" || w == "oder" || w == "so" || w == "zu" || w == "derart" || correlative[w] && e > k {
			return k
		}
		if h, ok := d.cueAt(e, end); ok && h.verb() {
			return k
		}
	}
	return k
}

// correlative are the da-compounds of prepositions that stand for a
// verb's prepositional object filled by the clause after them.
var correlative = map[string]bool{
	"dazu": true, "darauf": true, "daran": true, "darüber": true, "dafür": true, "damit": true,
	"davon": true, "dagegen": true, "darin": true, "daraus": true, "dabei": true, "danach": true,
}

// inPhrase reports whether the noun at token noun stands in a
// prepositional phrase (In einem Interview, mit der Begründung): a frame
// around the clause, whose own verb or subject says who speaks, not a
// noun whose content the clause goes on to give.
func (d *doc) inPhrase(noun, lo int) bool {
	for j := noun - 1; j >= lo && j >= noun-4; j-- {
		w := d.low(j)
		if preposition[w] {
			return true
		}
		if !d.isLower(j) && j != lo || d.toks[j].Kind != text.Word {
			return false
		}
	}
	return false
}

// agentHolder returns the one a von phrase before the speech noun at token
// noun names, in the noun's clause: the agent of a passive or of an
// attributive participle is who spoke (Von der Polizei kam die
// Information, …; die von Jan Kolb geäußerte Hoffnung, …; war das Treffen
// von der Regierung mit dem Hinweis abgesagt worden, …). It comes before
// the sentence's subject, which in die von Kolb geäußerte Hoffnung is
// the noun itself or someone who answers the view. Only a person, an
// organisation or a group of people counts: von Kiel, von Montag and von
// 20 Prozent name no one.
func (d *doc) agentHolder(s sent, noun int) (np, bool) {
	lo := d.clauseStart(noun, max(d.afterDateline(s), noun-12))
	for k := lo; k+1 < noun; k++ {
		if w := d.tok(k); w != "von" && w != "Von" && w != "vom" && w != "Vom" || d.inQuote[k] >= 0 {
			continue
		}
		n, ok := d.npAt(k+1, noun)
		if !ok || n.last >= noun || n.kind == npPronoun || n.kind == npDoc {
			continue
		}
		if n.kind == npNoun && !(n.head >= 0 && (personGroup(d.tok(n.head)) || hasSuffixFold(d.tok(n.head), collectiveNoun))) {
			continue
		}
		if n.kind == npName && d.placeName(n) {
			continue
		}
		return n, true
	}
	return np{}, false
}

// placeName reports whether the name of phrase n is a place (see isPlace).
func (d *doc) placeName(n np) bool {
	return n.name[0] >= 0 && d.isPlace(n.name[0], d.src[d.toks[n.name[0]].Start:d.toks[n.name[1]-1].End])
}

// holderOf returns the one who holds the view a content noun at token noun
// names when no genitive says so (Er äußerte die Hoffnung, …; Die
// Forscher vertreten die These, …): the subject that opens sentence s, a
// name, role, organisation or pronoun before the noun.
func (d *doc) holderOf(s sent, noun int) (np, bool) {
	si := int(d.sentOf[s.first])
	if n, ok := d.sentenceSubject(si); ok && n.last <= noun {
		return n, true
	}
	first := d.afterDateline(s)
	if n, ok := d.npAt(first, noun); ok && n.kind == npPronoun && n.last < noun && d.isLower(n.last) {
		return n, true
	}
	if n, ok := d.countSubject(d.clauseStart(noun, first), noun); ok {
		return n, true
	}
	if n, ok := d.npAt(first, noun); ok && n.kind == npNoun && n.head >= 0 && n.head == n.last-1 && n.last < noun && d.isLower(n.last) && d.speechNoun(n.head) {
		// Der Bericht endet mit der Hoffnung, …: the document holds it,
		// naming no one, as in Im Bericht heißt es
		n.kind = npDoc
		return n, true
	}
	// …, formulierten die Forscher die Hypothese: the subject right after
	// the verb, before the noun's article.
	art := noun - 1
	if art <= first || !determiner[d.tok(art)] {
		return np{}, false
	}
	for k := art - 1; k > first && k >= art-6; k-- {
		if !d.isLower(k-1) || articleOrPrep[d.tok(k-1)] || d.inQuote[k-1] >= 0 {
			continue
		}
		if n, ok := d.npAt(k, art); ok && n.last == art && n.kind != npPronoun && (n.kind != npNoun || n.head >= 0 && personGroup(d.tok(n.head))) {
			return n, true
		}
	}
	return np{}, false
}

// countSubject returns a count of people that opens a clause at token i
// before a verb and before token noun: a quantifier with or without a
// plural of people (Einige vertreten die Auffassung, Viele Experten
// teilen die Meinung) or a share (22 Prozent teilen die Meinung), whose
// holder the speaker rules read as no one.
func (d *doc) countSubject(i, noun int) (np, bool) {
	if i+1 >= noun {
		return np{}, false
	}
	e, head := i+1, i
	switch {
	case d.isCap(i) && groupQuantifier[d.low(i)]:
		if d.isCap(e) && personGroup(d.tok(e)) {
			e, head = e+1, e // the group names them: Experten
		}
	case d.toks[i].Kind == text.Number && d.tok(e) == "Prozent":
		e++ // the share names them: 22 Prozent
	default:
		return np{}, false
	}
	if e >= noun || !d.isLower(e) || articleOrPrep[d.tok(e)] {
		return np{}, false
	}
	// a count names no one: its Speaker gets an empty Name (markUnnamed)
	d.markUnnamed(d.src[d.toks[head].Start:d.toks[e-1].End])
	return np{first: i, last: e, kind: npNoun, head: head, name: [2]int{-1, -1}, gen: [2]int{-1, -1}}, true
}

// openingSubject returns the phrase that opens sentence s as the subject
// of cue verb h when the speaker rules found none: a name or role phrase,
// maybe with an apposition between commas, followed by a finite verb (Der
// Vertreter der Arbeitgeber, Peter Clever, hat … gefordert, dass …). A
// plain noun for people or bodies speaks there too (Die Anwohner haben in
// einem Brief gefordert, …), not one for a thing or act (Die Prüfung hat
// ergeben, …), which says nothing.
func (d *doc) openingSubject(s sent, h cueHit) (np, bool) {
	a := d.afterDateline(s)
	if (d.tok(a) == "So" || frameAdverb[d.tok(a)]) && a+2 < h.first && perfectAux[d.tok(a+1)] {
		// So hat sich etwa die Vorsitzende des Vereins, Eva Lind, …
		// geäußert: an opening adverb, the auxiliary, then the subject,
		// after a reflexive and an adverb or two.
		a += 2
		if d.tok(a) == "sich" {
			a++
		}
		for n := 0; n < 2 && a < h.first && (exprAdverb[d.tok(a)] || d.tok(a) == "etwa"); n++ {
			a++
		}
	}
	n, ok := d.npAt(a, h.first)
	if !ok || n.kind == npPronoun || n.kind == npNoun && (n.head < 0 || abstractNoun(d.tok(n.head))) {
		return np{}, false
	}
	k := n.last
	if k < h.first && d.isPunct(k, ",") {
		k++ // the comma that closes an apposition the phrase holds
		if e := d.appositionEnd(k, h.first); e > 0 && d.isPunct(e, ",") {
			k = e + 1
		}
	}
	if k >= h.first || !d.isLower(k) {
		return np{}, false
	}
	return n, true
}

// pronounSubject returns a demonstrative pronoun as the subject of cue
// verb h when the speaker rules found none: right before the verb at the
// start of its clause (Dieser bestätigte, …) or right after it
// (bestätigte dieser, …). The mention is the pronoun, with no name: it
// points back to someone the rules cannot tell for sure. Generic man and
// wir, read the same way, cost more right sources than they gave on
// SpkAtt train.
func (d *doc) pronounSubject(s sent, h cueHit, end int) (np, bool) {
	i := -1
	if b := h.first - 1; b > 0 && b >= s.first && d.clauseStart(h.first, s.first) == b {
		i = b
	} else if h.last < end && h.last > 0 {
		i = h.last
	}
	if i < 0 || d.inQuote[i] >= 0 || !subjectPronoun[d.low(i)] {
		return np{}, false
	}
	return np{first: i, last: i + 1, kind: npPronoun, head: -1, name: [2]int{-1, -1}, gen: [2]int{-1, -1}, rel: i}, true
}

// subjectPronoun are the pronouns pronounSubject reads as the subject of
// a verb of saying, in lower case.
var subjectPronoun = map[string]bool{"dieser": true, "diese": true}

// verbParticle are separable verb particles that may close a clause right
// after a speech noun (legte eine Erklärung vor, wies den Vorwurf zurück).
var verbParticle = map[string]bool{
	"vor": true, "an": true, "ab": true, "aus": true, "fest": true, "zurück": true, "ein": true, "bei": true, "hervor": true,
}

// takenUp reads a sentence that only attributes the one before it (Die
// Enten waren infiziert. Das erklärte ein Sprecher des Ministeriums.):
// das, dies or dieses, a verb of saying, its subject and a few adverbials
// (an insertion between dashes too: Dies gab heute – nach … – Professor
// Lind bekannt); a passive with its agent (Dieses wurde von einem Vertreter
// der Firma angegeben); or a document it comes from (Dies geht aus einer
// Mitteilung des Konzerns hervor). The statement is the sentence before, in
// the same paragraph, when it holds no quotation marks and no statement of
// its own; a statement of its own whose passive cue names no agent takes
// the speaker instead, and no new statement is returned.
func (d *doc) takenUp(s sent, end int) (stmt, bool) {
	if w := d.tok(s.first); w != "Das" && w != "Dies" && w != "Dieses" {
		return stmt{}, false
	}
	var h cueHit
	var n np
	var src *Speaker // a document as the source
	hasNP := false
	switch v := s.first + 1; {
	case (d.tok(v) == "geht" || d.tok(v) == "ging") && d.tok(v+1) == "aus":
		e := v + 2
		for e < end && e < v+16 && d.tok(e) != "hervor" && d.inQuote[e] < 0 {
			e++
		}
		if e >= end || d.tok(e) != "hervor" || e == v+2 || !d.isPunct(e+1, ".") && !d.isPunct(e+1, ",") {
			return stmt{}, false
		}
		if src = d.entitySource(v+2, e); src == nil {
			src = d.documentFrame(v+2, e)
		}
		if src == nil {
			return stmt{}, false
		}
		h = cueHit{first: v, last: v + 1, particle: e, form: lexicon.CueForm{Lemma: "hervorgehen", Section: lexicon.Expression}}
	case d.tok(v) == "wurde":
		c, ok := d.cueEndingAt(v+1, end)
		if !ok || c.form.Section != lexicon.SpeechVerb {
			return stmt{}, false
		}
		if n, hasNP = d.passiveAgent(v, c.first); !hasNP {
			return stmt{}, false
		}
		h = c
	default:
		var ok bool
		h, ok = d.cueAt(v, end)
		if !ok || h.first != v || h.form.Section != lexicon.SpeechVerb {
			return stmt{}, false
		}
		for j, seen := h.last, 0; j < end && seen < 4 && !hasNP; j++ {
			if d.dash(j) {
				// an insertion between dashes: its words do not count
				k := j + 1
				for k < end && k < j+16 && !d.dash(k) {
					k++
				}
				if k >= end || !d.dash(k) {
					break
				}
				j = k
				continue
			}
			n, hasNP = d.npAt(j, end) // Das erklärte gestern ein Sprecher
			if !hasNP && !d.isLower(j) {
				break
			}
			seen++
		}
		if !hasNP || n.kind == npPronoun && d.plural(h) || !d.frameOnly(h.first, end, attr{cue: &h, np: &n}) {
			return stmt{}, false
		}
	}
	si := d.sentOf[s.first]
	if si == 0 || d.sents[si-1].para != s.para {
		return stmt{}, false
	}
	p := d.sents[si-1]
	if d.hasMarks(p.first, p.last) {
		return stmt{}, false
	}
	if k := len(d.prevStmts) - 1; k >= 0 && d.prevStmts[k].end > p.first {
		// The sentence before has its own attribution. A passive cue
		// with no agent (Am Montag wurde bekannt, dass …) leaves its
		// statement without a speaker: the sentence that takes it up
		// names one (Das berichteten mehrere Zeitungen).
		if prev := &d.prevStmts[k]; prev.q.Speaker == nil && src == nil && prev.q.Cue != nil && d.passiveCueAt(prev.q.Cue.Start, p) {
			prev.q.Speaker, prev.g = d.resolve(n, d.plural(h), h.first, s.para, d.prevStmts[:k])
		}
		return stmt{}, false
	}
	b := p.last
	for b > p.first && d.toks[b-1].Kind == text.Punct {
		b--
	}
	// BONN (KNA) – Die Kirche will …. Das kündigte der Bischof an: the
	// dateline before the sentence taken up is none of its words
	a := d.afterDateline(p)
	if b-a < 4 {
		return stmt{}, false
	}
	st := stmt{first: a, end: b, para: s.para, cand: -1, explicit: true}
	sp := d.span(a, b)
	st.q = Quote{Span: sp, Text: d.src[sp.Start:sp.End], Kind: Indirect, Cue: d.cueOf(h)}
	if src != nil {
		st.q.Speaker = src
	} else {
		st.q.Speaker, st.g = d.resolve(n, d.plural(h), h.first, s.para, d.prevStmts)
	}
	return st, true
}

// hasMarks reports whether tokens [a, b) hold a quotation mark of any use.
func (d *doc) hasMarks(a, b int) bool {
	for i := a; i < b; i++ {
		if d.toks[i].Kind == text.QuoteMark {
			return true
		}
	}
	return false
}

// passiveCue reports whether cue h is a participle after the auxiliary
// of a passive clause (Als Grund wurde angegeben, es werde …; Gestern war
// berichtet worden, dass …): reported speech with no speaker named. The
// Zustandspassiv of a verb of demanding counts too (Die Bürger sind
// aufgerufen, Wasser zu sparen; Die Länder seien gefordert, …): these
// verbs make their perfect with haben, so sein before the participle
// can only be the passive, whose subject is asked, not asking.
func (d *doc) passiveCue(h cueHit, lo int) bool {
	w := d.tok(h.first)
	if !strings.HasSuffix(w, "t") && !strings.HasSuffix(w, "en") {
		return false
	}
	demand := h.last-h.first == 1 && demandLemma[h.form.Lemma]
	for i := d.clauseStart(h.first, lo); i < h.first; i++ {
		switch d.tok(i) {
		case "wurde", "wurden", "wird", "werden", "worden":
			return true
		}
		if demand && d.inQuote[i] < 0 && seinForm[d.tok(i)] {
			return true
		}
	}
	if h.last < len(d.toks) {
		// war berichtet worden; …, weil berichtet wurde, …: the
		// auxiliary follows the participle
		switch d.tok(h.last) {
		case "worden", "wurde", "wurden", "wird", "werden":
			return true
		}
	}
	return false
}

// backReference reports whether the cited text sp is a definite article
// and a noun alone (der Mitteilung, dem Bericht): a document the text
// has named before, not a new source.
func backReference(sp *Speaker) bool {
	w := strings.Fields(sp.Text)
	return len(w) == 2 && definiteArticle[strings.ToLower(w[0])]
}

// pronounOpens reports whether token j is a personal pronoun in the
// nominative that opens its sentence or clause (Man prüfe …; …, er
// erwarte …): the word after it is the finite verb, in second place.
func (d *doc) pronounOpens(j int) bool {
	if j < 0 || d.inQuote[j] >= 0 {
		return false
	}
	switch strings.ToLower(d.tok(j)) {
	case "man", "er", "sie", "es":
	default:
		return false
	}
	return d.opensClause(j)
}

// opensClause reports whether token j opens its sentence, after the
// dateline too, or a clause after a comma, colon or dash.
func (d *doc) opensClause(j int) bool {
	if j == 0 || d.isPunct(j-1, ",") || d.isPunct(j-1, ":") || d.dash(j-1) {
		return true
	}
	if j >= len(d.sentOf) || int(d.sentOf[j]) >= len(d.sents) {
		return false // before segmentation
	}
	si := d.sentOf[j]
	return d.sents[si].first == j || d.afterDateline(d.sents[si]) == j
}

// negatedFrame reports whether the inverted frame from token k to the
// sentence end at end closes with a negation (…, sagte er nicht; …, sagte
// der Sprecher zunächst nicht): the words before were not said.
func (d *doc) negatedFrame(k, end int) bool {
	if end-1 < k {
		return false
	}
	switch d.tok(end - 1) {
	case "nicht", "nie", "niemals":
	default:
		return false
	}
	for i := k; i < end; i++ {
		if d.toks[i].Kind == text.Punct || d.toks[i].Kind == text.QuoteMark {
			return false
		}
	}
	return true
}

// afterColon returns the token after the last colon outside quotation
// marks in [a, b), or a when there is none: in Kritik kam von den Grünen:
// Die Pläne seien populistisch, sagte Lea Hahn the clause before the
// colon is the narrator's, and the reported words start after it.
func (d *doc) afterColon(a, b int) int {
	for i := b - 1; i > a; i-- {
		if d.inQuote[i] < 0 && d.isPunct(i, ":") && i+1 < b {
			return i + 1
		}
	}
	return a
}

// judgingLemma are the verbs of judging and deciding that a court or a
// body reports its finding with, in an inverted frame after the clause.
var judgingLemma = map[string]bool{
	"urteilen": true, "entscheiden": true, "beschließen": true,
}

// demandLemma are the verbs of demanding and asking whose participle
// after sein is a Zustandspassiv (see [doc.passiveCue]).
var demandLemma = map[string]bool{
	"fordern": true, "auffordern": true, "aufrufen": true, "bitten": true,
	"ersuchen": true, "ermahnen": true, "anweisen": true, "verpflichten": true,
	"anhalten": true, "einladen": true, "drängen": true, "mahnen": true,
}

// seinForm are the finite forms of sein and its participle, the
// auxiliary of the Zustandspassiv.
var seinForm = map[string]bool{
	"ist": true, "sind": true, "war": true, "waren": true, "sei": true, "seien": true,
	"wäre": true, "wären": true, "gewesen": true, "bin": true, "bist": true, "seid": true,
}

// passiveCueAt reports whether the cue that starts at byte start inside
// sentence p is passive: an auxiliary opening it (wurde bekannt) or
// standing in its clause (es wurde mitgeteilt, dass …).
func (d *doc) passiveCueAt(start int, p sent) bool {
	for i := p.first; i < p.last; i++ {
		if d.toks[i].Start != start {
			continue
		}
		switch d.tok(i) {
		case "wurde", "wurden", "wird", "werden":
			return true
		}
		return d.passiveCue(cueHit{first: i, last: i + 1, particle: -1}, p.first)
	}
	return false
}

// nameApposition reports whether tokens [a, b) read as a person's name:
// capitalised words, or particles joined by a hyphen (el-Baradei).
func (d *doc) nameApposition(a, b int) bool {
	if a >= b || !d.isCap(a) {
		return false
	}
	for i := a; i < b; i++ {
		if !d.isWord(i) || !d.isCap(i) && !strings.Contains(d.tok(i), "-") {
			return false
		}
	}
	return true
}

// zuInfinitive reports whether token i is an infinitive with zu: zu
// zahlen, einzulegen, aufzugeben, niederzulegen, herbeizuführen. The
// particle before zu must be a known one, so that an adjective with zu
// inside (unzureichenden) is none.
func (d *doc) zuInfinitive(i int) bool {
	w := d.tok(i)
	if !d.isLower(i) || !strings.HasSuffix(w, "n") {
		return false
	}
	if i > 0 && d.tok(i-1) == "zu" {
		return true // also zu sein, zu tun, zu ändern, zu handeln
	}
	if !strings.HasSuffix(w, "en") {
		return false
	}
	for _, p := range []string{"ab", "an", "auf", "aus", "bei", "ein", "mit", "nach", "vor", "zurück", "weiter", "fest", "frei", "her", "hin", "los", "dar", "fort", "hinzu", "heraus", "durch", "um", "zu",
		"nieder", "zusammen", "wieder", "herbei", "voran", "entgegen", "hervor", "hinaus", "herein", "hinein", "unter", "über", "teil", "statt", "weg", "vorbei", "bereit", "offen", "fern", "hoch", "gegenüber", "heim", "kennen", "klar"} {
		if rest, ok := strings.CutPrefix(w, p+"zu"); ok && len(rest) > 3 {
			return true
		}
	}
	return false
}

// speechAct finds in sentence p a verb of saying or thought with its
// subject and no quotation marks: the act of speech that a following
// sentence in the Konjunktiv reports (zeigte sich zufrieden. Die Reform
// sei …). A sentence longer than indirectIn reads is skipped, so a text
// with no full stop stays linear.
func (d *doc) speechAct(p sent) (np, cueHit, bool) {
	if p.last-p.first > 400 || d.hasMarks(p.first, p.last) {
		return np{}, cueHit{}, false
	}
	for i := p.first; i < p.last; i++ {
		h, ok := d.cueAt(i, p.last)
		if !ok {
			continue
		}
		if h.verb() {
			if n, ok := d.verbSpeaker(h, p.first, p.last); ok && n.kind != npNoun {
				if n.last-n.first == 1 && relativeWord[d.low(n.first)] {
					// brachte eine Darstellung in Umlauf, die … widerspricht:
					// a relative pronoun is no one to go on speaking; the
					// sentence's subject is, when it names someone
					if m, ok := d.sentenceSubject(int(d.sentOf[p.first])); ok && m.kind != npNoun {
						return m, h, true
					}
					return np{}, cueHit{}, false
				}
				return n, h, true
			}
		}
		i = h.last - 1
	}
	return np{}, cueHit{}, false
}

// reportive are the forms of sollen that report a claim (Er soll das Geld
// genommen haben): with a perfect infinitive, after a statement they
// continue it, as a Konjunktiv does. With a plain infinitive sollen is
// mostly a plan (Die Arbeiten sollen im Mai beginnen).
var reportive = map[string]bool{"soll": true, "sollen": true}

// perfectInfinitive reports whether the clause ending before token c ends
// in a perfect infinitive (… genommen haben, … gewesen sein).
func (d *doc) perfectInfinitive(c int) bool {
	if c < 2 {
		return false
	}
	w := d.tok(c - 1)
	return (w == "haben" || w == "sein") && d.isLower(c-2)
}

// konjI are Konjunktiv I forms that differ from the indicative.
// konjII are Konjunktiv II forms that stand for a Konjunktiv I equal to
// the indicative in reported speech (Starke Winde hätten den Brand
// verursacht): after a statement they continue it.
var konjII = map[string]bool{
	"hätte": true, "hätten": true, "wäre": true, "wären": true, "gäbe": true, "gäben": true,
	"brächten": true, "kämen": true,
}

var konjI = map[string]bool{
	"sei": true, "seien": true, "habe": true, "werde": true, "könne": true, "müsse": true,
	"solle": true, "wolle": true, "dürfe": true, "gebe": true, "gehe": true, "komme": true,
	"stehe": true, "liege": true, "wisse": true, "bleibe": true, "brauche": true, "lasse": true,
}

// konjClause returns the end of the reported clause starting at a when it
// is in the Konjunktiv (it may run over several commas to the sentence
// end), else a.
func (d *doc) konjClause(a, end int) int {
	// clause boundaries are commas and semicolons outside quotations
	clauseEnd := func(i, end int) int {
		for ; i < end; i++ {
			if d.inQuote[i] < 0 && (d.isPunct(i, ",") || d.isPunct(i, ";")) {
				return i
			}
		}
		return end
	}
	c := clauseEnd(a, end)
	if !d.hasKonj(a, c) {
		if !d.hasKonj(a, end) {
			return a
		}
		return end
	}
	// Further clauses belong to the report while they are in the
	// Konjunktiv too or subordinate (…, weil sie … sei; …, der …); a main
	// clause in the indicative (…, erkannte die Autorität nicht an) is the
	// narrator's again. An infinitive clause (…, Truppen abzuziehen) stays.
	for c < end && d.isPunct(c, ",") {
		next := clauseEnd(c+1, end)
		if next <= c+1 || !d.hasKonj(c+1, next) && !subordinator[d.tok(c+1)] && !d.zuInfinitive(next-1) {
			break
		}
		c = next
	}
	return c
}

// relativeFrame returns the token after a relative frame at token i that
// says where a report comes from (wonach; nach denen, nach dem, nach
// welchem), or i.
func (d *doc) relativeFrame(i, end int) int {
	switch d.tok(i) {
	case "wonach":
		return i + 1
	case "nach":
		if i+1 >= end {
			return i
		}
		switch d.tok(i + 1) { // not nach dem, nach der: mostly a time (…, nach der Wahl)
		case "denen", "welchem", "welcher", "welchen":
			return i + 2
		}
	}
	return i
}

// relativeSource returns the source of a relative frame [i, k) that
// follows a comma (see [doc.relativeFrame]) as SpkAtt marks it and as a
// reader checking the claim needs it: the document or report noun before
// the comma, with a genitive or a name in marks after it (eine Schätzung,
// wonach …; einen Bericht des Landeslabors, wonach …), else the relative
// word as written, which points back to it as Demnach does (Gerüchte, nach
// denen … → denen; die Version, wonach … → wonach). When a verb or another
// lower-case word stands before the comma, the antecedent lies further
// back (wies Berichte zurück, wonach …) and nil is returned: a wrong
// source is worse than none.
func (d *doc) relativeSource(i, k int) *Speaker {
	j := i - 2 // the word before the comma
	if j < 0 || d.inQuote[j] < 0 && d.isLower(j) {
		return nil
	}
	if d.tok(i) == "wonach" {
		// the report noun right before the comma, or before a genitive
		// or a name in marks that completes it (die Befunde des
		// Landesamts, ein Bericht der Agentur „Interfax“, der Zeitung
		// „Nordkurier“)
		for h := j; h >= 0 && h > j-8 && d.phraseTok(h); h-- {
			if !d.isCap(h) || h < j && !d.reportComplement(h+1) {
				continue
			}
			if w := d.tok(h); d.speechNoun(h) || hasSuffixFold(w, sourceNoun) || hasSuffixFold(w, documentWord) || hasSuffixFold(w, rumourNoun) || isMedia(w) && h < j {
				// with its article and adjectives (eine neue Studie)
				a := h
				for a > 0 && a > h-3 && d.inQuote[a-1] < 0 && d.isLower(a-1) && !articleWord[d.tok(a-1)] && adjLike(d.tok(a-1)) {
					a--
				}
				if a > 0 && d.inQuote[a-1] < 0 && (articleWord[d.tok(a-1)] || documentDet[d.tok(a-1)] || d.tok(a-1) == "einen" || d.tok(a-1) == "das") {
					a--
				}
				sp := d.span(a, j+1)
				return &Speaker{Span: sp, Text: d.src[sp.Start:sp.End], Type: entity.Misc}
			}
		}
	}
	a := i
	if d.tok(i) == "nach" {
		a = i + 1 // nach denen: SpkAtt marks the pronoun
	}
	sp := d.span(a, k)
	return &Speaker{Span: sp, Text: d.src[sp.Start:sp.End], Type: entity.Misc}
}

// reportComplement reports whether token i, right after a report noun,
// opens a genitive or a name in marks that belongs to it.
func (d *doc) reportComplement(i int) bool {
	switch d.tok(i) {
	case "des", "der":
		return true
	}
	return d.toks[i].Kind == text.QuoteMark && d.inQuote[i] < 0
}

// rumourNoun are claims with no named source that a relative frame may
// point back to (Spekulationen, wonach …).
var rumourNoun = []string{"spekulation", "spekulationen", "gerücht", "gerüchte"}

// subordinateRun extends a reported clause that ends at token c over the
// clauses after it that depend on it (…, eine Kommission zu gründen, die
// den Fall prüft; …, zu sparen, um Vertrauen zurückzugewinnen): while a
// comma is followed by a subordinator or closes an infinitive with zu. It
// returns the new end.
func (d *doc) subordinateRun(c, end int) int {
	for c < end && d.isPunct(c, ",") && d.inQuote[c] < 0 {
		next := d.clauseEnd(c+1, end)
		if next <= c+1 || !d.opensSubordinate(c+1, end) && !d.zuInfinitive(next-1) {
			break
		}
		c = next
	}
	return c
}

// subordinator are words that open a subordinate clause, which stays with
// the clause before it.
var subordinator = map[string]bool{
	"dass": true, "daß": true, "weil": true, "da": true, "wenn": true, "ob": true, "obwohl": true,
	"damit": true, "um": true, "sodass": true, "falls": true, "als": true, "wie": true, "bevor": true,
	"nachdem": true, "während": true, "der": true, "die": true, "das": true, "dem": true, "den": true,
	"deren": true, "dessen": true, "welche": true, "welcher": true, "welches": true, "wo": true,
}

// hasKonj reports whether tokens [a, b) hold a Konjunktiv verb outside
// quotations (inside them too while [doc.konjInMarks] is set).
func (d *doc) hasKonj(a, b int) bool {
	for i := a; i < b; i++ {
		if d.inQuote[i] >= 0 && !d.konjInMarks || d.toks[i].Kind != text.Word {
			continue
		}
		if d.konjAt(i) {
			return true
		}
	}
	return false
}

// konjAt reports whether token i is a Konjunktiv verb: a listed form, or
// a lower-case verb-final word in -e (… zusammenarbeite, entspreche ihrem)
// that is no adjective, adverb, pronoun or past tense.
func (d *doc) konjAt(i int) bool {
	w := d.tok(i)
	if isKonjunktiv(w) {
		return true
	}
	if strings.HasSuffix(w, "te") && d.reportedStemT(i) {
		return true
	}
	if !d.isLower(i) || len(w) < 5 || !strings.HasSuffix(w, "e") || strings.HasSuffix(w, "te") || notKonj[w] || !allLower(w) {
		return false
	}
	if i+1 < len(d.toks) && (d.isCap(i+1) || d.toks[i+1].Kind == text.Number) && !d.pronounOpens(i-1) && !(i >= 2 && d.isCap(i-1) && articleWord[d.tok(i-2)] && d.opensClause(i-2)) {
		// an attributive adjective: große Aufgaben; not the verb after a
		// pronoun or an article and noun that open the clause (Man prüfe
		// Gegenmaßnahmen; Ein Deckel verhindere Neubau)
		return false
	}
	if i > 0 && (articleOrPrep[d.tok(i-1)] || d.isLower(i-1) && strings.HasSuffix(d.tok(i-1), "e")) {
		return false
	}
	return true
}

// reportedStemT reports whether token i, a word in -te, is the Konjunktiv
// I of a verb whose stem ends in t (man beobachte, er warte) rather than a
// weak preterite (machte): alone the two look alike, but right after a
// verb of saying (a few words may follow it), a comma and a subject
// pronoun the clause is reported,
// and reported speech takes the Konjunktiv (Das Ministerium teilte mit,
// man beobachte die Lage). The preterite of such a stem ends in -tete.
func (d *doc) reportedStemT(i int) bool {
	w := d.tok(i)
	if i < 3 || len(w) < 5 || strings.HasSuffix(w, "tete") || !allLower(w) || !reportPronoun[d.tok(i-1)] || !d.isPunct(i-2, ",") {
		return false
	}
	for j := i - 3; j >= 0 && j >= i-2-stemTReach && d.toks[j].Kind != text.Punct; j-- {
		if h, ok := d.cueAt(j, i-2); ok && h.verb() {
			return true
		}
	}
	return false
}

// reportPronoun are the subject pronouns that open a reported clause.
var reportPronoun = map[string]bool{"man": true, "er": true, "sie": true, "es": true}

// stemTReach bounds how far before the comma reportedStemT looks for the
// verb of saying, so that a text costs linear time.
const stemTReach = 8

var notKonj = map[string]bool{
	"gerade": true, "lange": true, "heute": true, "gerne": true, "alleine": true, "bitte": true,
	"keine": true, "seine": true, "meine": true, "deine": true, "unsere": true, "eure": true,
	"diese": true, "jene": true, "welche": true, "solche": true, "manche": true, "beide": true,
	"einige": true, "viele": true, "wenige": true, "andere": true, "mehrere": true, "eigene": true,
	"weitere": true, "schade": true, "ohne": true, "deswegen": false, "wurde": true, "würde": false,
	"dieselbe": true, "derselbe": true, "obwohl": false, "ebenso": false, "nahe": true, "müde": true,
	"leise": true, "träge": true, "weise": true, "feige": true, "irre": true, "böse": true, "rege": true,
	"sowie": true, "beziehungsweise": true, "teilweise": true, "beispielsweise": true, "möglicherweise": true,
	"normalerweise": true, "zunehmende": true, "zuletzt": false, "offene": true, "ganze": true,
}

func (d *doc) indirect(s sent, a, b int, h cueHit, n np, hasNP bool) (stmt, bool) {
	for k := a + 3; k < b; k++ {
		if d.inQuote[k] < 0 && d.isPunct(k, ";") {
			// angegeben, dass der Vater sie geschlagen hatte; es wird
			// geprüft, ob …: a semicolon closes the reported clause,
			// and what follows is the narrator's again
			b = k
			break
		}
	}
	if da := d.afterDateline(s); a < da && da < b {
		a = da // BERLIN (dpa) – Die Pläne seien gut, sagte sie: no dateline
	}
	if b <= a {
		return stmt{}, false
	}
	st := stmt{first: a, end: b, para: s.para, cand: -1, explicit: true}
	sp := d.span(a, b)
	st.q = Quote{Span: sp, Text: d.src[sp.Start:sp.End], Kind: Indirect, Cue: d.cueOf(h)}
	if hasNP {
		st.q.Speaker, st.g = d.resolve(n, d.plural(h), h.first, s.para, d.prevStmts)
	}
	return st, true
}

// prepIndirect builds indirect speech for a prepositional cue whose phrase
// starts at token from: the message is the rest of the sentence.
func (d *doc) prepIndirect(s sent, end int, h cueHit, a attr, from int) (stmt, bool) {
	phraseEnd := a.phraseEnd(h, from)
	var ma, mb int
	switch {
	case from == d.afterDateline(s):
		// Laut Polizei wurden …: the rest of the sentence, also when the
		// frame opens the first sentence after the dateline.
		ma, mb = phraseEnd, end
		if ma < mb && d.isPunct(ma, ",") {
			// Nach Angaben von Sam Maiha, dem Direktor der Behörde, sei …:
			// the apposition belongs to the source
			// Nach offiziellen Angaben, die nicht überprüft werden können,
			// waren …: so does a relative clause.
			if e := d.appositionEnd(ma+1, end); e > 0 && d.isPunct(e, ",") {
				ma = e
			} else if e := d.clauseEnd(ma+1, end); d.opensSubordinate(ma+1, end) && e < end && d.isPunct(e, ",") {
				ma = e
			}
			ma++
		}
	case phraseEnd >= end || d.closingSo(h, from, phraseEnd, end, s.first):
		// …, laut Ma. …, so das Ergebnis einer Studie, die …: the frame
		// closes the sentence.
		ma, mb = s.first, from
		if mb > ma && d.isPunct(mb-1, ",") {
			mb--
		}
	default:
		ma, mb = d.afterDateline(s), end
		if c, ok := d.subClause(s, from, phraseEnd, end); ok {
			// …, das nach Angaben der Werft nicht fertig wurde: only the
			// subordinate clause that holds the frame is reported.
			ma, mb = c[0], c[1]
		}
	}
	if mb-ma < 3 {
		return stmt{}, false
	}
	st := stmt{first: ma, end: mb, para: s.para, cand: -1, explicit: true}
	sp := d.span(ma, mb)
	st.q = Quote{Span: sp, Text: d.src[sp.Start:sp.End], Kind: Indirect, Cue: d.cueOf(*a.cue)}
	frameEnd := phraseEnd
	if strings.EqualFold(h.form.Lemma, "wie") {
		frameEnd = d.clauseEnd(phraseEnd, mb) // wie die Polizei mitgeteilt hat: the auxiliary too
	}
	d.leaveOutFrame(&st.q, ma, from, frameEnd, mb)
	if own := d.ownWords(h); own[1] > 0 && a.np == nil {
		// nach eigenen Angaben: the subject of the clause speaks, and
		// the mention is the phrase that refers back to it
		if n, ok := d.clauseSubject(s, h, end); ok {
			if st.q.Speaker, st.g = d.resolve(n, false, h.first, s.para, d.prevStmts); st.q.Speaker != nil {
				sp := d.span(own[0], own[1])
				st.q.Speaker.Span, st.q.Speaker.Text = sp, d.src[sp.Start:sp.End]
			}
		}
	} else if a.bare {
		st.q.Speaker = d.compoundSource(a.noun, s.para)
	} else if a.np != nil {
		st.q.Speaker, st.g = d.resolve(*a.np, a.plural, h.first, s.para, d.prevStmts)
	} else if n, ok := d.npAt(s.first, end); ok && n.kind != npPronoun {
		st.q.Speaker, st.g = d.resolve(n, false, h.first, s.para, d.prevStmts)
	}
	return st, true
}

// soDocument returns the phrase at token i after the frame word so when it
// is a speech or document noun with its article and adjectives and nothing
// after it in the frame (…, so der Bericht, …; – so der Vorwurf –): the
// text or claim is the source, as SpkAtt marks it, naming no one. A noun
// with a genitive is read by the speaker rules (so die Vorwürfe der
// Anwältin).
func (d *doc) soDocument(i, end int) (np, bool) {
	k := i
	if k < end && d.isLower(k) && articleWord[d.tok(k)] {
		k++
	}
	for n := 0; n < 2 && k < end && d.isLower(k) && adjLike(d.tok(k)); n++ {
		k++
	}
	if k == i || k+1 >= end || !d.isCap(k) || d.inQuote[k] >= 0 || !d.speechNoun(k) || d.toks[k+1].Kind != text.Punct {
		return np{}, false
	}
	return np{first: i, last: k + 1, kind: npDoc, head: k, name: [2]int{-1, -1}, gen: [2]int{-1, -1}}, true
}

// dashBefore reports whether a dash stands before token i, as it opens a
// parenthetic frame (Die Brücke sei marode – so der Sprecher – und …),
// the way a comma does.
func (d *doc) dashBefore(i int) bool {
	return i > 0 && d.dash(i-1)
}

// closingSo reports whether the frame so X at token from, after a comma,
// closes the sentence: its phrase, ending at token to, is followed by
// nothing but clauses that depend on it (…, so das Ergebnis einer Studie,
// in der …), not by more of the statement (Doch sei es, so der Autor, ein
// Fehler gewesen).
func (d *doc) closingSo(h cueHit, from, to, end, first int) bool {
	if !strings.EqualFold(h.form.Lemma, "so") || from <= first+3 || !d.isPunct(from-1, ",") {
		return false
	}
	for i := to; i < end; i++ {
		if d.inQuote[i] < 0 && d.isPunct(i, ",") && !d.opensSubordinate(i+1, end) {
			return false
		}
	}
	return true
}

// opensSubordinate reports whether token i opens a subordinate clause: a
// subordinator, or a preposition with a relative pronoun (in der, bei dem).
func (d *doc) opensSubordinate(i, end int) bool {
	if i >= end {
		return false
	}
	w := d.tok(i)
	return subordinator[w] || articleOrPrep[w] && i+1 < end && relativeWord[d.tok(i+1)]
}

// subClause returns the subordinate clause around a frame at tokens
// [from, to) in the middle of sentence s: from the comma before it, when a
// relative pronoun or conjunction opens the clause (…, die nach Angaben
// der Polizei …; …, weil nach Angaben der UN …), to the next comma or the
// sentence end.
func (d *doc) subClause(s sent, from, to, end int) ([2]int, bool) {
	c := -1
	for i := from - 1; i > s.first; i-- {
		if d.inQuote[i] >= 0 {
			return [2]int{}, false
		}
		if d.isPunct(i, ",") {
			c = i
			break
		}
	}
	if c < 0 || c+1 >= from {
		return [2]int{}, false
	}
	if !d.opensSubordinate(c+1, from) {
		return [2]int{}, false
	}
	e := to
	for e < end && !(d.inQuote[e] < 0 && (d.isPunct(e, ",") || d.isPunct(e, ";"))) {
		e++
	}
	if e-(c+1) < 4 {
		return [2]int{}, false
	}
	return [2]int{c + 1, e}, true
}

// ownWords returns the tokens of eigenen Angaben, eigener Aussage in cue h
// (nach eigenen Angaben, eigenen Angaben zufolge), or {0, 0}.
func (d *doc) ownWords(h cueHit) [2]int {
	for i := h.first; i+1 < h.last; i++ {
		if w := d.tok(i); (w == "eigenen" || w == "eigener") && d.speechNounWord(i+1) {
			return [2]int{i, i + 2}
		}
	}
	if h.form.Lemma == "zufolge" && h.first >= 2 && (d.tok(h.first-2) == "eigenen" || d.tok(h.first-2) == "Eigenen") && d.speechNounWord(h.first-1) {
		return [2]int{h.first - 2, h.first}
	}
	return [2]int{}
}

// clauseSubject returns the subject of sentence s around the frame cue h:
// the phrase that opens the sentence before a lower-case verb (Die Firma
// hat nach eigenen Angaben …), or, when the frame opens it, the phrase
// right after the finite verb that follows the frame (Nach eigenen Angaben
// hat die Firma …). Pronouns count.
func (d *doc) clauseSubject(s sent, h cueHit, end int) (np, bool) {
	first := d.afterDateline(s)
	if h.first > first {
		if n, ok := d.npAt(first, h.first); ok && n.kind != npNoun && n.last < end && (d.isLower(n.last) || n.last == h.first) {
			return n, true
		}
		return np{}, false
	}
	v := h.last
	if v < end && d.isPunct(v, ",") {
		v++
	}
	if v+1 < end && d.isLower(v) {
		if n, ok := d.npAt(v+1, end); ok && n.kind != npNoun {
			return n, true
		}
	}
	return np{}, false
}

// afterDateline returns the first token of sentence s after an agency
// dateline that opens its paragraph (HAMBURG (dpa/lno) - Der Umschlag …):
// the dateline is no part of a reported statement.
func (d *doc) afterDateline(s sent) int {
	if s.first < d.bodyTok && d.bodyTok < s.last {
		return d.bodyTok
	}
	if s.first != d.paras[s.para].first {
		return s.first
	}
	// A later paragraph may open with a dateline of its own (a ticker's
	// second item).
	if b := d.paraBody(s.para); b > s.first {
		return min(b, s.last)
	}
	return s.first
}

// allLower reports whether w has no upper-case letter and no hyphen: a
// verb form does not, a name or compound in lower-case style
// (iTunes-Software) does.
func allLower(w string) bool {
	for _, r := range w {
		if unicode.IsUpper(r) || r == '-' {
			return false
		}
	}
	return true
}

// joinFree joins a statement in free indirect speech to the statement in
// free indirect speech of the same speaker that ends in the sentence right
// before it, in the same paragraph (Die Lage sei ernst. Man brauche mehr
// Geld.): one message that runs over several sentences, as a quotation
// does. Quotations inside those sentences (Der Airbus sei „weit hinter der
// Zone“ gelandet) stay apart and do not break the chain. out is in text
// order; the joined statements are dropped.
func (d *doc) joinFree(out []stmt) []stmt {
	keep := out[:0]
	for _, st := range out {
		k := len(keep) - 1
		for j := 0; j < maxJoinSkip && k >= 0 && keep[k].cand >= 0; j++ {
			k--
		}
		if k >= 0 && d.freeOf(st) && d.freeOf(keep[k]) {
			p := &keep[k]
			if p.para == st.para && p.q.Speaker != nil && st.q.Speaker != nil && p.q.Speaker.Span == st.q.Speaker.Span &&
				p.end <= st.first && d.sentOf[st.first] == d.sentOf[p.end-1]+1 {
				p.end = st.end
				sp := d.span(p.first, p.end)
				p.q.Span, p.q.Text = sp, d.src[sp.Start:sp.End]
				continue
			}
		}
		keep = append(keep, st)
	}
	return keep
}

// maxJoinSkip bounds the quotations joinFree looks past for the statement
// before, so that joining stays linear.
const maxJoinSkip = 8

// freeOf reports whether st is free indirect speech: reported with no cue
// of its own.
func (d *doc) freeOf(st stmt) bool {
	return st.cand < 0 && !st.explicit && st.q.Cue == nil && st.q.Kind == Indirect
}

// konjSentence reads a sentence whose main clause has a finite Konjunktiv I
// among its first words (Auch sei die Dokumentation nicht erfolgt; Außerdem
// seien 56 Fahrzeuge zerstört worden), a Konjunktiv II that stands for
// one (Starke Winde hätten den Brand verursacht), or a reportive sollen
// with a perfect infinitive (Er soll die Halle gesperrt haben), or a
// Konjunktiv after a long first phrase ([doc.konjAfterPhrase]), when free
// indirect speech found no speaker right before it: the mood shows that
// someone's words go on. The phrase opening the sentence before speaks
// when that sentence holds a verb of saying whose subject only
// openingSubject reads (Renate Kühn, Chefin der Grünen, hatte …
// kritisiert. Sie seien …); else the speaker of the last statement speaks
// on when that statement ended at most konjReach sentences before, in this
// paragraph or the one before; else the sentence is left alone, as a wrong
// speaker is worse than none.
func (d *doc) konjSentence(s sent, end int) (stmt, bool) {
	a := d.afterDateline(s)
	k := len(d.prevStmts) - 1
	if end-a < 4 || d.hasMarks(a, end) {
		return stmt{}, false
	}
	found := false
	ce := d.clauseEnd(a, end)
	for i := a + 1; i < ce && i < a+6 && !found; i++ {
		found = konjI[d.tok(i)] || konjII[d.tok(i)] || reportive[d.tok(i)] && d.perfectInfinitive(ce)
	}
	if !found {
		found = d.konjAfterPhrase(a, end)
	}
	if !found {
		return stmt{}, false
	}
	if si := int(d.sentOf[s.first]); si > 0 && d.sents[si-1].para == s.para {
		// the subject opening the sentence before, when it holds a verb
		// of saying (a short sentence: the scan stays linear)
		ps := d.sents[si-1]
		if ps.last-ps.first <= 60 && !d.hasMarks(ps.first, ps.last) {
			for i := ps.first; i < ps.last; i++ {
				h, ok := d.cueAt(i, ps.last)
				if !ok {
					continue
				}
				if h.form.Section == lexicon.SpeechVerb {
					if n, ok := d.openingSubject(ps, h); ok && n.kind != npNoun {
						st := stmt{first: a, end: end, para: s.para, cand: -1}
						sp := d.span(a, end)
						st.q = Quote{Span: sp, Text: d.src[sp.Start:sp.End], Kind: Indirect}
						st.q.Speaker, st.g = d.resolve(n, d.plural(h), h.first, s.para, d.prevStmts)
						if st.q.Speaker != nil {
							return st, true
						}
					}
					break
				}
				i = h.last - 1
			}
		}
	}
	if st, ok := d.konjAfterSubject(s, a, end, k); ok {
		return st, true
	}
	if k < 0 {
		return stmt{}, false
	}
	p := d.prevStmts[k]
	if p.q.Speaker == nil || s.para-p.para > 1 || p.end <= 0 || int(d.sentOf[p.end-1]) < int(d.sentOf[s.first])-konjReach {
		return stmt{}, false
	}
	for j := int(d.sentOf[p.end-1]) + 1; j < int(d.sentOf[s.first]); j++ {
		// Eva Lind besuchte die Baustelle.: another person, by name, has
		// become the one the text is about; the statement does not go on
		// across her (on SpkAtt train, 1 of the 5 statements so continued
		// had the right speaker). A role noun (Die Ministerin besuchte …)
		// is left alone. At most konjReach sentences are read.
		if n, ok := d.sentenceSubject(j); ok && n.kind == npName {
			if sp, _ := d.resolve(n, false, s.first, s.para, d.prevStmts); sp == nil || sp.Name != p.q.Speaker.Name {
				return stmt{}, false
			}
		}
	}
	st := stmt{first: a, end: end, para: s.para, cand: -1, g: p.g}
	sp := d.span(a, end)
	spk := *p.q.Speaker
	st.q = Quote{Span: sp, Text: d.src[sp.Start:sp.End], Kind: Indirect, Speaker: &spk}
	return st, true
}

// konjAfterSubject reads a sentence in the Konjunktiv I right after a
// sentence of the same paragraph that holds no statement and opens with a
// named person or organisation as its subject (Bürgermeisterin Eva Lind
// stellte am Montag den Haushalt vor. Die Stadt müsse sparen.): the mood reports
// someone's words, and the one the sentence before is about says them. k
// is the last statement before s, or -1.
func (d *doc) konjAfterSubject(s sent, a, end, k int) (stmt, bool) {
	si := int(d.sentOf[s.first])
	if si == 0 || d.sents[si-1].para != s.para {
		return stmt{}, false
	}
	if k >= 0 && d.prevStmts[k].end > d.sents[si-1].first {
		return stmt{}, false // the sentence before holds a statement: its speaker goes on
	}
	strict := false
	for i := a + 1; i < end && i < a+6 && !strict; i++ {
		strict = konjI[d.tok(i)]
	}
	if !strict {
		return stmt{}, false
	}
	n, ok := d.sentenceSubject(si - 1)
	if !ok || n.kind != npName && n.kind != npRole && n.kind != npOrg {
		return stmt{}, false
	}
	sp, g := d.resolve(n, false, s.first, s.para, d.prevStmts)
	if sp == nil {
		return stmt{}, false
	}
	st := stmt{first: a, end: end, para: s.para, cand: -1, g: g}
	span := d.span(a, end)
	st.q = Quote{Span: span, Text: d.src[span.Start:span.End], Kind: Indirect, Speaker: sp}
	return st, true
}

// konjAfterPhrase reports whether the finite verb of the main clause
// starting at token a is a Konjunktiv that follows a long first phrase,
// maybe with an apposition between commas (Mehrere Tausend Beamte aus
// Hamburg und anderen Ländern seien …; Die Getöteten, vor allem Zivilisten,
// seien …): the words before it are capitalised words, numbers, commas,
// brackets, articles, prepositions and adjectives, and no other verb.
func (d *doc) konjAfterPhrase(a, end int) bool {
	for i := a + 1; i < end && i < a+konjPhrase; i++ {
		if d.inQuote[i] >= 0 {
			return false
		}
		w := d.tok(i)
		switch {
		case d.toks[i].Kind == text.Punct:
			if w != "," && w != "(" && w != ")" {
				return false
			}
		case d.toks[i].Kind == text.Number, d.isCap(i):
		case konjI[w] || konjII[w]:
			return true
		case phraseWord[w] || adjLike(w) || phraseAdverb[w]:
		default:
			return false
		}
	}
	return false
}

// konjPhrase bounds the first phrase before a Konjunktiv verb.
const konjPhrase = 16

// phraseAdverb are words inside a first phrase or its apposition (vor
// allem Zivilisten, nur die Reporter).
var phraseAdverb = map[string]bool{"vor": true, "allem": true, "nur": true, "auch": true, "oder": true, "mit": true, "nach": true}

// konjReach is how many sentences back the statement that a Konjunktiv
// sentence continues may end: on SpkAtt train, 4 gives the best joint
// figure (3 and 6 find fewer right speakers per statement added).
const konjReach = 4

// hasCueVerb reports whether tokens [a, b) hold a verb of saying or
// thought outside quotations.
func (d *doc) hasCueVerb(a, b int) bool {
	for i := a; i < b; i++ {
		if h, ok := d.cueAt(i, b); ok {
			if h.verb() {
				return true
			}
			i = h.last - 1
		}
	}
	return false
}

// maxCoordinated bounds the coordinated cues read per sentence, so that a
// sentence costs a constant number of passes over it.
const maxCoordinated = 3

// indirectAll returns the statements of sentence s: what indirectIn reads,
// and, when the sentence goes on with a further verb of saying after a
// coordinator (Er sagte, A sei B, und fügte hinzu, C sei D; Sie erklärte,
// dass …, und betonte, dass …; …, doch der Sprecher erklärte, …), one
// statement per cue. SpkAtt annotates each, and one sentence-long
// statement matches at most one of them. The sentence is split only when
// the part before the first coordinated cue is a statement with a cue of
// its own and a cue after it has content; else the one statement of
// indirectIn stands.
func (d *doc) indirectAll(s sent, withQuotes bool) []stmt {
	if l := s.last - 1; l > s.first && d.isPunct(l, "?") && d.inQuote[l] < 0 && !d.hasCueVerb(s.first, l) {
		// Welche Brücken sind nach Ansicht der Stadt marode?: a question
		// in the text's own voice states nothing, unless a verb of
		// saying reports someone in it (Hat der Minister nicht gesagt,
		// dass …?, as speeches ask)
		return nil
	}
	st, ok := d.indirectIn(s, withQuotes)
	first, later := d.coordinatedStmts(s, nil)
	switch {
	case first != nil && len(later) > 0:
		return append([]stmt{*first}, later...)
	case first == nil && len(later) > 0 && ok && st.q.Cue != nil && st.q.Cue.Span == later[0].q.Cue.Span:
		// The sentence read as one statement of the later cue (Die
		// Polizei zählte 300 Teilnehmer, die Veranstalter sprachen von
		// 800): its own clause is the statement.
		return later
	case withQuotes && len(later) > 0:
		// Partial quotations in the first clause (bezeichnete X als
		// „…“ und glaubt, dass …): what indirectIn read there, if it
		// ends before the first later statement, and the later ones.
		if ok && st.end <= later[0].first {
			return append([]stmt{st}, later...)
		}
		return later
	case ok:
		return []stmt{st}
	}
	return nil
}

// besideQuotes reads reported speech outside the quotations of sentence s:
// a statement before a further cue that opens a quotation (Er sagte,
// Europa brauche die Partner, und fügte hinzu: „…“) and one after the
// frame of the last quotation („…“, sagte sie und betonte, dass …), which
// shares the subject of that frame, the speaker of quotation q.
func (d *doc) besideQuotes(s sent, q *stmt) []stmt {
	open, close := -1, -1
	for i := s.first; i < s.last; i++ {
		if d.toks[i].Kind == text.QuoteMark {
			if open < 0 {
				open = i
			}
			close = i
		}
	}
	if open < 0 {
		return nil
	}
	var out []stmt
	if first, _ := d.coordinatedStmts(sent{para: s.para, first: s.first, last: open}, nil); first != nil {
		out = append(out, *first)
	} else if open-s.first > 4 && d.isPunct(open-1, ":") {
		// Er glaubt, dass die Mannschaft gestärkt sei: „…“ — the clause
		// before the colon is a statement of its own when it follows its
		// cue, has a speaker and is a dass- or ob-clause or in the
		// Konjunktiv; else the cue's content is the quotation (erklärte
		// die Universität so: „…“).
		if st, ok := d.indirectIn(sent{para: s.para, first: s.first, last: open}, false); ok && st.q.Cue != nil && st.q.Speaker != nil && st.end < open &&
			st.q.Cue.Span.End <= d.toks[st.first].Start && (d.tok(st.first) == "dass" || d.tok(st.first) == "ob" || d.hasKonj(st.first, st.end)) {
			out = append(out, st)
		}
	}
	after := close + 1
	for after < s.last && d.toks[after].Kind == text.Punct {
		after++
	}
	_, later := d.coordinatedStmts(sent{para: s.para, first: after, last: s.last}, q)
	return append(out, later...)
}

// coordinatedStmts splits sentence s at its coordinated cues (see
// [doc.coordinatedCue]): the statements each such cue reads up to the next
// one, and the statement indirectIn reads in the part before the first one
// that has content, when that part's statement has a cue of its own (nil
// otherwise). A cue verb with no subject of its own takes the speaker of
// that first statement, else of prior when given.
func (d *doc) coordinatedStmts(s sent, prior *stmt) (*stmt, []stmt) {
	if s.last-s.first > 400 {
		return nil, nil // as indirectIn: no sentence reads that long
	}
	end := s.last
	for end > s.first && d.toks[end-1].Kind == text.Punct {
		end--
	}
	var hits []cueHit
	var cuts []int
	var shared []bool
	for i := s.first + 1; i < end-1 && len(hits) < maxCoordinated; i++ {
		if h, sh, ok := d.coordinatedCue(s.first, i, end); ok {
			hits = append(hits, h)
			cuts = append(cuts, i)
			shared = append(shared, sh)
			i = h.last
		}
	}
	if len(hits) == 0 {
		return nil, nil
	}
	// From the last coordinated cue back: each reads its content up to
	// the next one kept.
	var later []stmt
	var sharedLater []bool
	bound := end
	for k := len(hits) - 1; k >= 0; k-- {
		h := hits[k]
		// The statement must lie after the cut and be the cue's own: a
		// verb of saying also reads the clause before it (…, sagte er).
		own := func(b stmt) bool {
			return b.first > cuts[k] && b.q.Cue != nil && b.q.Cue.Span.Start == d.toks[h.first].Start
		}
		b, ok := d.verbIndirect(s, bound, h, shared[k])
		ok = ok && own(b)
		if !ok && !shared[k] {
			// a verb whose object is the content, with its own
			// subject (…, die Polizei sprach von 4000 Teilnehmern)
			b, ok = d.reported(sent{para: s.para, first: cuts[k] + 1, last: bound}, bound)
		} else if !ok {
			b, ok = d.reportedShared(s.para, cuts[k]+1, bound, h)
		}
		if !ok || !own(b) {
			continue
		}
		later = append([]stmt{b}, later...)
		sharedLater = append([]bool{shared[k] && b.q.Speaker == nil}, sharedLater...)
		bound = cuts[k]
		for bound > s.first && d.isPunct(bound-1, ",") {
			bound--
		}
	}
	if len(later) == 0 {
		// No later cue has content; the part before the first one may
		// still be a statement of its own.
		bound = cuts[0]
	}
	var first *stmt
	if a, ok := d.indirectIn(sent{para: s.para, first: s.first, last: bound}, false); ok && a.q.Cue != nil && a.end <= bound {
		first, prior = &a, &a
	}
	kept := later[:0]
	for k, b := range later {
		if sharedLater[k] {
			if prior == nil || prior.q.Speaker == nil {
				continue
			}
			sp := *prior.q.Speaker
			b.q.Speaker, b.g = &sp, prior.g
		}
		kept = append(kept, b)
	}
	return first, kept
}

// coordinatedCue returns the finite verb of saying or thought of a clause
// that token i coordinates with the one before (und fügte hinzu; , doch
// der Sprecher erklärte; und hofft, dass …), and whether it shares the
// subject of the clause before: no capitalised word stands between the
// coordinator and the verb. The verb follows the coordinator within a few
// words with no punctuation between, outside marks; a participle (und
// aufgefordert) or a Konjunktiv (und betone) continues the clause before
// instead. A comma or semicolon alone joins such a clause when a verb whose object is
// the content follows it (…, sprach aber von …) or an article and a noun
// open it (…, die Polizei sprach von …). In a sentence that opens with a
// subordinate clause (Während der Landrat sagte, …, erklärte die Polizei,
// …) the main clause's verb right after a comma is such a cue too, with a
// subject of its own after it.
func (d *doc) coordinatedCue(lo, i, end int) (cueHit, bool, bool) {
	if d.inQuote[i] >= 0 {
		return cueHit{}, false, false
	}
	if d.isPunct(i, ",") && openingClause[d.tok(lo)] {
		if h, ok := d.cueAt(i+1, end); ok && h.form.Section == lexicon.SpeechVerb && finiteCue(d.tok(i+1), h) && !strings.HasSuffix(d.tok(i+1), "en") {
			return h, false, true
		}
		return cueHit{}, false, false
	}
	if d.isPunct(i, ",") || d.isPunct(i, ";") {
		// a semicolon joins main clauses as a comma does (…; die
		// Veranstalter sprachen von …)
		if h, ok := d.cueAt(i+1, end); ok && d.isLower(i+1) && h.particle < 0 && h.form.Section == lexicon.SpeechVerb && reportedObject[h.form.Lemma] != "" && finiteCue(d.tok(i+1), h) {
			// Sie räumte ein, …, sprach aber von …: a verb whose
			// object is the content, right after the comma, shares
			// the subject.
			return h, true, true
		}
		// …, die Polizei sprach von …: a main clause joined by a comma
		// alone, opening with an article and a noun (a relative clause
		// has its pronoun before a lower-case word or its verb last).
		if i+3 >= end || !clauseArticle[d.tok(i+1)] || !d.isCap(i+2) {
			return cueHit{}, false, false
		}
		i++
	} else if !coordinator[d.tok(i)] {
		return cueHit{}, false, false
	}
	if d.tok(i) != "und" && d.tok(i) != "sowie" && !d.isPunct(i-1, ",") && !d.isPunct(i-1, ";") {
		return cueHit{}, false, false // aber, doch inside a clause: sagte aber
	}
	if n, ok := d.npAt(lo, i); ok && n.first == lo && n.last == i {
		// Die Gewerkschaft und der Betriebsrat warnten: the coordinator
		// joins two subjects of one verb, not two clauses
		return cueHit{}, false, false
	}
	shared := true
	for j := i + 1; j < end && j <= i+6; j++ {
		if d.inQuote[j] >= 0 || d.toks[j].Kind == text.Punct {
			return cueHit{}, false, false
		}
		h, ok := d.cueAt(j, end)
		if !ok {
			if !d.isLower(j) {
				shared = false
			}
			continue
		}
		if h.form.Section != lexicon.SpeechVerb && h.form.Section != lexicon.ThoughtVerb || !finiteCue(d.tok(j), h) {
			return cueHit{}, false, false
		}
		return h, shared, true
	}
	return cueHit{}, false, false
}

// clauseArticle are the articles that open the subject of a main clause
// joined by a comma (…, die Polizei sprach von …).
var clauseArticle = map[string]bool{"der": true, "die": true, "das": true, "ein": true, "eine": true}

// openingClause are the conjunctions of a subordinate clause that opens a
// sentence and may hold a statement of its own, before the main clause's
// verb (Während X sagte, …, erklärte Y, …).
var openingClause = map[string]bool{"Während": true, "Als": true, "Nachdem": true, "Obwohl": true, "Wenngleich": true}

// coordinator are the words that join a further main clause.
var coordinator = map[string]bool{"und": true, "sowie": true, "aber": true, "doch": true, "jedoch": true}

// finiteCue reports whether cue verb w is finite in a main clause: the
// verb of a separable cue whose particle closes the clause (fügte … hinzu),
// or a word that is no participle (gesagt, aufgefordert, hingewiesen) and
// no Konjunktiv.
func finiteCue(w string, h cueHit) bool {
	if h.particle >= 0 {
		return true
	}
	if isKonjunktiv(w) || strings.HasPrefix(w, "ge") {
		return false
	}
	past := strings.HasSuffix(w, "te") || strings.HasSuffix(w, "ten")
	return past || !strings.Contains(w[1:], "ge")
}

// leaveOutFrame splits the message [a, b) of q around a source frame [f, g)
// that stands inside it (Die Brandursache ist nach Angaben der Polizei
// unklar): the statement is the words around the frame, as SpkAtt marks
// it and as a claim is checked, so q gets the two parts and its Text
// joins them with one space; a frame that closes the message is cut off.
// Punctuation that sets the frame off (a comma, dash or bracket) stays out
// of both parts.
func (d *doc) leaveOutFrame(q *Quote, a, f, g, b int) {
	for f > a && d.toks[f-1].Kind == text.Punct {
		f--
	}
	for g < b && d.toks[g].Kind == text.Punct {
		g++
	}
	if f <= a {
		return
	}
	if g >= b {
		// the frame closes the message (…, wie X zitiert wird): the
		// words before it
		q.Span = d.span(a, f)
		q.Text = d.src[q.Start:q.End]
		return
	}
	p1, p2 := d.span(a, f), d.span(g, b)
	q.Parts = []wortlaut.Span{p1, p2}
	q.Text = d.src[p1.Start:p1.End] + " " + d.src[p2.Start:p2.End]
}

// objectBefore reports whether the als of a verb that names what
// something is (bezeichnete … als, stufte … als … ein) stands in [a, c):
// then an infinitive after c belongs to the noun after als (bezeichnete
// die Maßnahme als Versuch, die Presse zu hindern), not to the verb.
func (d *doc) objectBefore(h cueHit, a, c int) bool {
	return reportedObject[h.form.Lemma] == "als" && d.wordIn(a, c, "als")
}

// auxBefore reports whether an auxiliary of the perfect or passive
// stands in [a, b), so that a cue at b is its participle.
func (d *doc) auxBefore(a, b int) bool {
	for k := a; k < b; k++ {
		if auxiliary[d.tok(k)] {
			return true
		}
	}
	return false
}

// infinitiveReach bounds the words between a verb of saying and the comma
// before its infinitive clause (empfahl in einer Warnung am 3. Januar den
// Bürgern, das Land zu verlassen).
const infinitiveReach = 10

// relayedSaying reports whether the main clause after a source frame that
// opens sentence s, from its finite verb at token v, is a verb of saying
// (not of thought or plan) with a subject of its own and its content after a comma or colon (Laut
// der Zeitung hat der Minister angekündigt, …; Wie die Agentur meldet,
// sagte der Minister: „…“). The frame then names the medium that relays
// the words ([doc.relayFrame] makes it the Via), and the verb attributes
// them. Without such a verb the frame's source speaks: Wie Nordradio
// berichtete, habe der Landrat den Rücktritt angekündigt (an object, no
// clause, and the Konjunktiv reports the medium's words).
func (d *doc) relayedSaying(v, end int) (cueHit, bool) {
	if v+2 >= end || !d.isLower(v) || d.inQuote[v] >= 0 || konjI[d.tok(v)] || konjII[d.tok(v)] {
		return cueHit{}, false
	}
	aux := perfectAux[d.tok(v)]
	h, ok := d.cueAt(v, end)
	if !ok && !aux || ok && h.form.Section != lexicon.SpeechVerb {
		return cueHit{}, false // a medium relays speech, not plans or hopes (plant der Konzern, …)
	}
	if _, ok := d.npAt(v+1, end); !ok {
		return cueHit{}, false // the verb's subject follows it
	}
	c := d.clauseEnd(v+1, end)
	if c >= end || c > v+frameVerbReach || !d.isPunct(c, ",") && !d.isPunct(c, ":") {
		return cueHit{}, false
	}
	if !ok {
		// hat der IWF angekündigt, …: the participle closes the clause
		h, ok = d.cueAt(c-1, end)
		return h, ok && h.form.Section == lexicon.SpeechVerb && h.last == c
	}
	return h, h.particle < 0 || h.particle+1 == c
}

// frameVerbReach bounds the words from the finite verb after a frame to
// the comma or colon that opens its content.
const frameVerbReach = 12

// phraseEnd returns the token after a frame cue h at token from with its
// source a: the end of the source phrase, or of the cue when it is longer.
func (a attr) phraseEnd(h cueHit, from int) int {
	e := max(h.last, from+1)
	if a.bare {
		e = max(e, a.noun+1)
	}
	if a.np != nil {
		e = max(e, a.np.last)
	}
	if a.cue != nil {
		e = max(e, a.cue.last, a.cue.particle+1)
	}
	return e
}

// relayOpening reads the statement of the verb of saying after a frame at
// tokens [from, to) that opens sentence s (Laut der Zeitung, Der Zeitung
// zufolge, Wie die Agentur meldet,), when [doc.relayedSaying] holds for
// the clause it starts: the frame is then a relay, and the verb's subject
// speaks. The subject is looked for from the verb on, so that the frame
// is not taken for it (Der Zeitung zufolge hat der Minister erklärt).
func (d *doc) relayOpening(s sent, from, to, end int, wie bool) (stmt, bool) {
	if from != d.afterDateline(s) || to >= end {
		return stmt{}, false
	}
	if wie {
		// Wie die Agentur meldet, sagte …: the frame clause closes with
		// its comma
		c := d.clauseEnd(to, end)
		if c >= end || !d.isPunct(c, ",") {
			return stmt{}, false
		}
		to = c + 1
	}
	h, ok := d.relayedSaying(to, end)
	if !ok {
		return stmt{}, false
	}
	rest := s
	rest.first = to
	return d.verbIndirect(rest, end, h, false)
}

// sayingAt reports whether token i is a verb of saying in the active (not
// of thought: a medium relays speech; not passive: a subject speaks),
// in the clause from token lo, that closes its
// clause with a comma or colon before its content (angekündigt, …; an,
// …).
func (d *doc) sayingAt(i, lo, end int) bool {
	if i >= end || !d.isLower(i) || d.inQuote[i] >= 0 {
		return false
	}
	h, ok := d.cueAt(i, end)
	if !ok || h.form.Section != lexicon.SpeechVerb || d.passiveCue(h, lo) {
		return false // wurden laut Protokoll Bedenken geäußert: no subject speaks
	}
	c := max(h.last, h.particle+1)
	return c < end && (d.isPunct(c, ",") || d.isPunct(c, ":"))
}

// unreadSourceEnd returns the end of the source after a laut frame whose
// phrase the speaker rules do not read, from token i: articles and
// adjectives, then capitalised words or one web address (laut der
// Nachrichtenagentur Reuters, laut dem Sender, laut taz.de).
func (d *doc) unreadSourceEnd(i, end int) int {
	e := i
	for e < end && d.isLower(e) && articleOrPrep[d.tok(e)] {
		e++
	}
	if e < end && d.webAddress(e) {
		return e + 1
	}
	for e < end && d.isCap(e) && d.inQuote[e] < 0 {
		e++
	}
	return e
}

// voiced reports whether token i starts a form of werden with the
// adjective laut after it (werden laut, wurden laut): "to be voiced",
// whose subject is a speech noun.
func (d *doc) voiced(i int) bool {
	return i+1 < len(d.toks) && passiveAux[d.tok(i)] && d.tok(i+1) == "laut" && d.lautAdjective(i+1, len(d.toks))
}

// indicativeMain reports whether tokens [a, end) are one declarative main
// clause with its subject first and the finite verb right after it (der
// Papst ist …, die Stadt hat …, er kommt …), with no quotation marks and
// no verb of saying of its own: a relative clause (der die Lage kennt),
// a subordinate clause or a question does not start so.
func (d *doc) indicativeMain(a, end int) bool {
	if end-a < 4 || d.isPunct(end-1, "?") || d.hasMarks(a, end) {
		return false
	}
	if definiteArticle[d.tok(a)] && articleWord[d.tok(a+1)] {
		return false // der die Lage kennt: a relative clause
	}
	n, ok := d.npAt(a, end)
	if !ok || n.last >= end || n.kind == npPronoun && !mainSubject[d.low(a)] || n.kind != npPronoun && !d.isCap(n.last-1) {
		return false
	}
	v := n.last
	w := d.tok(v)
	if !d.isLower(v) || articleOrPrep[w] || konjI[w] || konjII[w] || !(finiteIrregular[w] || strings.HasSuffix(w, "t") || strings.HasSuffix(w, "en")) {
		return false
	}
	if h, ok := d.cueAt(v, end); ok && h.form.Section == lexicon.SpeechVerb {
		return false // die Polizei teilte mit, …: a statement of its own
	}
	return true
}

// mainSubject are the personal pronouns that open a main clause as its
// subject.
var mainSubject = map[string]bool{"er": true, "sie": true, "es": true, "wir": true, "man": true}

// finiteIrregular are finite verb forms that end in neither t nor en.
var finiteIrregular = map[string]bool{
	"kann": true, "muss": true, "will": true, "wird": true, "soll": true, "darf": true, "mag": true, "weiß": true,
	"war": true, "gab": true, "kam": true, "blieb": true, "sah": true, "lag": true, "ging": true,
}

// sayingLemma are the verbs of saying proper, whose clause after a comma
// is what was said in any mood (sagte, die Lage ist ernst); other listed
// verbs (anbieten, protestieren) take no such clause.
var sayingLemma = map[string]bool{
	"sagen": true, "erklären": true, "betonen": true, "mitteilen": true, "berichten": true,
	"erläutern": true, "ergänzen": true, "hinzufügen": true, "versichern": true, "bekräftigen": true,
}
