package quote

import (
	"sort"
	"strings"

	"github.com/wortlaut/wortlaut/internal/lexicon"
	"github.com/wortlaut/wortlaut/internal/text"
)

// setVia sets the medium or document that relays a quotation whose
// speaker is named beside it, in the constructions that name both:
// active zitieren with the medium as subject („…“, zitiert die Zeitung den
// Minister), passive zitieren with a von agent (Der Minister wird von
// Reuters mit den Worten zitiert), and a laut, zufolge or nach Angaben
// frame beside a verb of saying that has its own subject (sagte der
// Minister laut Spiegel Online). The words are the speaker's; the medium
// is where a reader can check them, and SpkAtt annotates it as a second
// source of the same message. A frame inside the message (Er sagte, laut
// einer Studie sei …) is part of what was said, not a relay.
func (d *doc) setVia(st *stmt) {
	q := &st.q
	if q.Speaker == nil || q.Cue == nil {
		return
	}
	c := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].Start >= q.Cue.Start })
	if c >= len(d.toks) || d.toks[c].Start != q.Cue.Start || c >= len(d.sentOf) || d.sentOf[c] < 0 {
		return
	}
	s := d.sents[d.sentOf[c]]
	h, ok := d.cueAt(c, s.last)
	if !ok || !h.verb() || h.form.Section == lexicon.Expression {
		return
	}
	sp := q.Speaker.Span
	outside := func(n np) bool {
		v := d.span(n.first, n.last)
		return n.kind != npPronoun && (v.End <= sp.Start || v.Start >= sp.End) && (v.End <= q.Start || v.Start >= q.End)
	}
	var via np
	found := false
	switch {
	case h.form.Lemma == "zitieren" && d.activeZitieren(h, s.first) && !(h.last < s.last && passiveAux[d.tok(h.last)]):
		// the subject is the medium; the speaker is its object
		n, ok := d.verbSubject(h, s.first, s.last)
		if ok && n.head >= 0 && isMedia(d.tok(n.head)) && n.name[0] > n.head && d.toks[n.name[0]].Start == sp.Start {
			// zitiert der Sender Polizeisprecher Ralf Meyer: the medium is
			// the phrase up to its noun, the person the rest
			n = np{first: n.first, last: n.head + 1, kind: npNoun, head: n.head, name: [2]int{-1, -1}, gen: [2]int{-1, -1}}
		}
		if ok && outside(n) {
			via, found = n, true
		} else if h.last < s.last && d.webAddress(h.last) {
			// zitiert ndr.de den Sprecher
			via = np{first: h.last, last: h.last + 1, kind: npOrg, head: h.last, name: [2]int{h.last, h.last + 1}, gen: [2]int{-1, -1}}
			found = outside(via)
		}
	case h.form.Lemma == "zitieren":
		if n, ok := d.agent(h, s.first); ok && outside(n) {
			via, found = n, true
			break
		}
		// wird der Trainer im Fachblatt „Kicker“ zitiert; In einer
		// Mitteilung des Vereins wird Kolb wie folgt zitiert: the
		// document or medium the words are quoted in
		for k := max(s.first, h.first-16); k < h.first && !found; k++ {
			switch d.low(k) {
			case "in", "im", "auf":
				if d.inQuote[k] < 0 {
					n, ok := d.frameSource(k, s.last)
					if ok && n.last < h.first && d.toks[n.last].Kind == text.QuoteMark {
						if e, marked := d.closingName(n.last, h.first); marked {
							// im Fachblatt „Kicker“: the medium's name
							n.kind, n.name, n.last = npOrg, [2]int{n.last + 1, e}, e+1
						}
					}
					if ok && n.last < h.first && d.low(n.last) == "auf" {
						// in der Meldung auf der Seite des Vereins: the
						// document with the page it stands on
						j := n.last + 1
						if j < h.first && articleWord[d.tok(j)] {
							j++
						}
						for j < h.first && d.isLower(j) && adjLike(d.tok(j)) {
							j++
						}
						if j < h.first && d.isCap(j) && (hasSuffixFold(d.tok(j), pageWord) || hasSuffixFold(d.tok(j), documentWord)) {
							n.last = j + 1
						}
					}
					if ok && n.last <= h.first && outside(n) {
						via, found = n, true
					}
				}
			}
		}
	default:
		via, found = d.relayFrame(h, s, outside)
	}
	if !found {
		return
	}
	if v, _ := d.resolve(via, false, via.first, s.para, nil); v != nil {
		q.Via = v
	}
}

// relayFrame finds a laut, gemäß, zufolge or nach Angaben frame in the
// clause of the cue verb h, within a few words of it and outside the
// message, whose source is not the speaker: the medium the verb's
// subject is quoted by.
func (d *doc) relayFrame(h cueHit, s sent, outside func(np) bool) (np, bool) {
	lo, hi := max(s.first, h.first-8), s.last
	a := d.afterDateline(s)
	for i := min(lo, a); i < min(hi, h.last+8); i++ {
		if i < lo && i != a || d.inQuote[i] >= 0 || i >= h.first && i < h.last {
			continue // before lo, only the frame that opens the sentence
		}
		if d.isPunct(i, ",") && i > h.last {
			break // the clause after the verb ends: what follows is its content
		}
		if d.tok(i) == "zufolge" {
			if n, ok := d.zufolgeSource(i, lo); ok && !d.bare(n) && outside(n) {
				return n, true
			}
			continue
		}
		f, ok := d.cueAt(i, hi)
		if !ok || f.form.Section != lexicon.Preposition {
			continue
		}
		if i < h.first && !d.sameClause(f.last, h.first, strings.EqualFold(f.form.Lemma, "wie")) {
			continue // Nach Angaben der Polizei kamen 300; die Veranstalter sprachen …
		}
		switch strings.ToLower(f.form.Lemma) {
		case "laut", "gemäß", "nach":
		case "wie":
			// Wie die Agentur meldet, sagte der Minister: the clause
			// that opens the sentence names the medium
			if i != a || i >= h.first {
				continue
			}
		default:
			continue
		}
		a := d.prepCue(f, i, hi, false)
		if a.np != nil && !a.bare && outside(*a.np) {
			n := *a.np
			if n.first > f.last && d.sameClause(f.last, n.first, false) && d.speechNounIn(f.last, n.first) {
				// laut Informationen des Magazins: the medium with the
				// speech noun it speaks by, as the speaker rules widen a
				// frame's mention (Angaben der Polizei)
				n.first = f.last
			} else if n.first == f.last && f.last-f.first > 1 && d.speechNoun(f.last-1) {
				n.first = f.last - 1 // nach Angaben der Zeitung: "Angaben der Zeitung"
			}
			return n, true
		}
		if e := d.unreadSourceEnd(f.last, hi); a.np == nil && !a.bare && !strings.EqualFold(f.form.Lemma, "nach") && e > f.last && e <= h.first && d.isCap(e-1) {
			// laut dem Sender Ostfunk: a phrase the speaker rules do
			// not read, as [doc.unreadLaut] takes it
			n := np{first: f.last, last: e, kind: npNoun, head: e - 1, name: [2]int{-1, -1}, gen: [2]int{-1, -1}}
			if outside(n) {
				return n, true
			}
		}
	}
	return np{}, false
}

// pageWord ends the nouns of a web page a document stands on (auf der
// Internetseite, auf der firmeneigenen Seite).
var pageWord = []string{"seite"}

// sameClause reports whether no clause punctuation stands between tokens i and j
// (a frame before the verb it relays for is in the verb's clause). With
// wie set, i is in a wie clause that must close with a comma right
// before the finite verb of the clause of j (Wie die Agentur meldet,
// sagte …), not at an apposition inside it (Wie ein Vertreter des
// Konzerns, Jan Kolb, mitteilte).
func (d *doc) sameClause(i, j int, wie bool) bool {
	for k := i; k < j; k++ {
		if d.toks[k].Kind != text.Punct || !clausePunct[d.tok(k)] && !d.dash(k) {
			continue
		}
		if !wie || !d.isPunct(k, ",") || k+1 > j || !d.isLower(k+1) {
			return false
		}
		wie = false // the one comma that closes the wie clause
	}
	return !wie
}

// clausePunct are the marks that end a clause; a bracket, or a prime in a
// name (L′Equipe), does not.
var clausePunct = map[string]bool{",": true, ";": true, ":": true, ".": true, "!": true, "?": true, "–": true, "—": true}
