package quote

import (
	"strings"

	"github.com/wortlaut/wortlaut/internal/lexicon"
	"github.com/wortlaut/wortlaut/internal/text"
)

// indirectStmt finds reported speech in sentence s, which holds no
// quotation: a cue verb with a dass- or ob-clause or a clause in the
// Konjunktiv (Merz sagte, die Lage sei ernst / Die Lage sei ernst, sagte
// Merz), or a prepositional cue (laut X, X zufolge, nach Angaben von X).
func (d *doc) indirectStmt(s sent) (stmt, bool) {
	if s.last-s.first < 4 || s.last-s.first > 400 {
		return stmt{}, false
	}
	end := s.last
	for end > s.first && d.toks[end-1].Kind == text.Punct {
		end--
	}
	for i := s.first; i < end; i++ {
		if d.tok(i) == "zufolge" {
			if n, ok := d.zufolgeSource(i, s.first); ok {
				h := cueHit{first: i, last: i + 1, particle: -1, form: lexicon.CueForm{Lemma: "zufolge", Section: lexicon.Preposition}}
				if st, ok := d.prepIndirect(s, end, h, attr{cue: &h, np: &n}, n.first); ok {
					return st, true
				}
			}
			continue
		}
		h, ok := d.cueAt(i, end)
		if !ok {
			continue
		}
		switch {
		case h.verb():
			if st, ok := d.verbIndirect(s, end, h); ok {
				return st, true
			}
		case h.form.Section == lexicon.Preposition:
			l := strings.ToLower(h.form.Lemma)
			if l == "so" && !(i > s.first && d.isPunct(i-1, ",")) || l == "wie" && !(d.sentStart(i) || i > s.first && d.isPunct(i-1, ",")) {
				continue
			}
			if l == "demnach" || l == "danach" || l == "wonach" || l == "mit den worten" || l == "aus kreisen" || l == "auf anfrage" || l == "dem vernehmen nach" {
				continue
			}
			a := d.prepCue(h, i, end, true)
			if a.cue == nil {
				continue
			}
			if a.np == nil && !strings.Contains(d.src[d.toks[h.first].Start:d.toks[h.last-1].End], "eigenen") {
				continue
			}
			if st, ok := d.prepIndirect(s, end, h, a, h.first); ok {
				return st, true
			}
		}
		i = h.last - 1
	}
	return stmt{}, false
}

// verbIndirect builds indirect speech around the cue verb h.
func (d *doc) verbIndirect(s sent, end int, h cueHit) (stmt, bool) {
	after := max(h.last, h.particle+1)
	n, hasNP := d.verbSpeaker(h, s.first, end)
	if hasNP && n.last > after && n.first >= h.last {
		after = n.last
	}
	// cue … , dass/ob …
	for k := after; k < end && k < after+12; k++ {
		if d.inQuote[k] >= 0 {
			break
		}
		w := d.tok(k)
		if (w == "dass" || w == "daß" || w == "ob") && (d.isPunct(k-1, ",") || k == after) {
			if end-k < 3 {
				return stmt{}, false
			}
			return d.indirect(s, k, end, h, n, hasNP)
		}
		if d.isSentEnd(k) || d.isPunct(k, ":") {
			break
		}
	}
	if h.form.Section == lexicon.ThoughtVerb && !hasNP {
		return stmt{}, false
	}
	// cue [speaker] [adverbials], Konjunktiv clause
	if c := d.clauseEnd(after, end); c < end && d.isPunct(c, ",") && c-after <= 6 {
		ce := d.konjClause(c+1, end)
		if ce > c+3 {
			return d.indirect(s, c+1, ce, h, n, hasNP)
		}
	}
	// Konjunktiv clause, cue speaker.
	if h.first > s.first+2 && d.isPunct(h.first-1, ",") && (h.form.Section != lexicon.ThoughtVerb) {
		if d.hasKonj(s.first, h.first-1) && hasNP {
			return d.indirect(s, s.first, h.first-1, h, n, hasNP)
		}
	}
	return stmt{}, false
}

// konjClause returns the end of the reported clause starting at a when it
// is in the Konjunktiv (it may run over several commas to the sentence
// end), else a.
func (d *doc) konjClause(a, end int) int {
	if d.hasKonj(a, end) {
		return end
	}
	return a
}

// hasKonj reports whether tokens [a, b) hold a Konjunktiv verb.
func (d *doc) hasKonj(a, b int) bool {
	for i := a; i < b; i++ {
		if d.inQuote[i] >= 0 || d.toks[i].Kind != text.Word {
			continue
		}
		if isKonjunktiv(d.tok(i)) {
			return true
		}
	}
	return false
}

func (d *doc) indirect(s sent, a, b int, h cueHit, n np, hasNP bool) (stmt, bool) {
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
	phraseEnd := max(h.last, from+1)
	if a.np != nil {
		phraseEnd = max(phraseEnd, a.np.last)
	}
	var ma, mb int
	switch {
	case from <= s.first+1:
		// Laut Polizei wurden …: the rest of the sentence.
		ma, mb = phraseEnd, end
		if ma < mb && d.isPunct(ma, ",") {
			ma++
		}
	case phraseEnd >= end-1:
		// …, laut Ma.
		ma, mb = s.first, from
		if mb > ma && d.isPunct(mb-1, ",") {
			mb--
		}
	default:
		ma, mb = s.first, end
	}
	if mb-ma < 3 {
		return stmt{}, false
	}
	st := stmt{first: ma, end: mb, para: s.para, cand: -1, explicit: true}
	sp := d.span(ma, mb)
	st.q = Quote{Span: sp, Text: d.src[sp.Start:sp.End], Kind: Indirect, Cue: d.cueOf(h)}
	if a.np != nil {
		st.q.Speaker, st.g = d.resolve(*a.np, a.plural, h.first, s.para, d.prevStmts)
	} else if n, ok := d.npAt(s.first, end); ok && n.kind != npPronoun {
		st.q.Speaker, st.g = d.resolve(n, false, h.first, s.para, d.prevStmts)
	}
	return st, true
}
