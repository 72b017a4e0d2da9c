package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/wortlaut/wortlaut"
	"github.com/wortlaut/wortlaut/internal/lexicon"
	"github.com/wortlaut/wortlaut/internal/text"
)

// part is one paragraph's piece of a quotation: the token indices of its
// marks (closeTok == -1 when the paragraph ends before a closing mark) and
// the content between them, trimmed of white space.
type part struct {
	para              int
	openTok, closeTok int
	content           wortlaut.Span
}

// cand is a quotation candidate: one or more parts.
type cand struct {
	parts []part
}

func (c *cand) first() part { return c.parts[0] }
func (c *cand) last() part  { return c.parts[len(c.parts)-1] }

// family groups the double quotation marks: a mark opened by one family is
// closed by a mark of the same family.
func isDoubleMark(r rune) bool {
	switch r {
	case '„', '“', '”', '»', '«', '"':
		return true
	}
	return false
}

// guillemetOpener returns the guillemet that opens quotations in this
// text: » in German typography (»…«), « in Swiss and French (« … »). The
// first guillemet of the text decides.
func (d *doc) guillemetOpener() rune {
	for _, t := range d.toks {
		if t.Kind != text.QuoteMark {
			continue
		}
		switch d.src[t.Start] {
		case 0xC2:
			r, _ := utf8.DecodeRuneInString(d.src[t.Start:])
			if r == '»' || r == '«' {
				return r
			}
		}
	}
	return '»'
}

// spaceBefore reports whether token i is preceded by white space or starts
// its paragraph, or follows an opening bracket, colon or dash.
func (d *doc) spaceBefore(i, paraFirst int) bool {
	if i == paraFirst {
		return true
	}
	if d.toks[i-1].End < d.toks[i].Start {
		return true
	}
	switch d.tok(i - 1) {
	case "(", "[", ":", "/", "–", "—", "-":
		return true
	}
	return false
}

// spaceAfter reports whether token i is followed by white space, the end of
// its paragraph or punctuation.
func (d *doc) spaceAfter(i, paraLast int) bool {
	if i+1 >= paraLast {
		return true
	}
	if d.toks[i+1].End > d.toks[i].End && d.toks[i+1].Start > d.toks[i].End {
		return true
	}
	k := d.toks[i+1].Kind
	return k == text.Punct || k == text.Ellipsis || k == text.QuoteMark
}

// opens reports whether the double mark r at token i can open a quotation.
func (d *doc) opens(r rune, i, a, b int, gOpen rune) bool {
	switch r {
	case '„':
		return true
	case '“':
		// In German the closing mark; it opens only English-style, with
		// space before and a word right after.
		return d.spaceBefore(i, a) && !d.spaceAfter(i, b)
	case '”':
		return d.spaceBefore(i, a) && !d.spaceAfter(i, b)
	case '"':
		return d.spaceBefore(i, a) || !d.spaceAfter(i, b) && i > a && d.toks[i-1].Kind != text.Word
	case '»', '«':
		return r == gOpen
	}
	return false
}

// closes reports whether mark r at token i closes a quotation opened by o.
func (d *doc) closes(o, r rune, i, a, b int) bool {
	switch o {
	case '„':
		switch r {
		case '“', '”':
			return true
		case '"':
			// „Wir gehen", or a stray space before it („Wir gehen ",
			// sagte sie): a straight mark with nothing after it to open
			// closes the German one.
			return !d.spaceBefore(i, a) || d.spaceAfter(i, b)
		}
	case '“':
		return r == '”' || r == '“' && !d.spaceBefore(i, a) || r == '"' && !d.spaceBefore(i, a)
	case '”':
		return r == '”'
	case '"':
		return r == '"' || r == '“' || r == '”'
	case '»':
		return r == '«'
	case '«':
		return r == '»'
	}
	return false
}

// findQuotes pairs the double quotation marks of each paragraph. Single
// marks (‚‘ ›‹ ') only nest inside and stay part of the text. A mark left
// open at the end of a paragraph closes there, unless the next paragraph
// opens with a mark again: then the quotation continues there as another
// part. The scan is linear in the number of tokens.
func (d *doc) findQuotes() []*cand {
	gOpen := d.guillemetOpener()
	var out []*cand
	var cont *cand // quotation left open at the end of the previous paragraph
	for pi, p := range d.paras {
		a, b := p.first, p.last
		open := -1
		var openR rune
		var cur *cand // when set, the open mark continues cur
		if cont != nil {
			if a < b && d.toks[a].Kind == text.QuoteMark {
				r := d.rune(a)
				if isDoubleMark(r) && d.opens(r, a, a, b, gOpen) {
					open, openR, cur = a, r, cont
				}
			}
			if cur == nil {
				d.boundUnclosed(cont)
				out = append(out, cont)
			}
			cont = nil
		}
		start := a
		if cur != nil {
			start = a + 1
		}
		// A „ inside an open „ may nest (ihm sei „der Grundsatz „in dubio
		// pro reo“ klar“): outer waits while the inner one is open; once
		// the inner one has closed (innerDone), a second closing mark
		// closes outer and the inner quotation stays part of its text.
		// An opening mark or the paragraph end before that shows outer
		// was stray: the inner quotation stands alone. One level only,
		// so the scan stays linear.
		outer, innerDone := -1, false
		var outerR rune
		var inner *cand
		for i := start; i < b; i++ {
			t := d.toks[i]
			if t.Kind != text.QuoteMark {
				continue
			}
			r := d.rune(i)
			if !isDoubleMark(r) {
				continue
			}
			if open >= 0 && outer >= 0 && !innerDone && d.closes(openR, r, i, a, b) {
				if c := d.content(d.toks[open].End, t.Start); c.Len() > 0 {
					inner = &cand{parts: []part{{para: pi, openTok: open, closeTok: i, content: c}}}
				}
				open, openR, innerDone = outer, outerR, true
				continue
			}
			if open >= 0 && d.closes(openR, r, i, a, b) {
				outer, innerDone, inner = -1, false, nil
				if c := d.content(d.toks[open].End, t.Start); c.Len() > 0 {
					pt := part{para: pi, openTok: open, closeTok: i, content: c}
					if cur != nil {
						cur.parts = append(cur.parts, pt)
						out = append(out, cur)
					} else {
						out = append(out, &cand{parts: []part{pt}})
					}
				} else if cur != nil {
					out = append(out, cur)
				}
				open, cur = -1, nil
				continue
			}
			if d.opens(r, i, a, b, gOpen) {
				if open >= 0 && outer < 0 && cur == nil && openR == '„' && r == '„' {
					outer, outerR = open, openR
					open, openR = i, r
					continue
				}
				// A second opening mark while one is open: the first was
				// stray. A continued quotation ends at its last full part.
				if inner != nil {
					out = append(out, inner)
				}
				outer, innerDone, inner = -1, false, nil
				if cur != nil {
					out = append(out, cur)
					cur = nil
				}
				open, openR = i, r
			}
		}
		if outer >= 0 && innerDone {
			// the paragraph ended in outer: it was stray
			if inner != nil {
				out = append(out, inner)
			}
			open = -1
		}
		if open >= 0 {
			c := d.content(d.toks[open].End, p.End)
			if c.Len() == 0 {
				if cur != nil {
					out = append(out, cur)
				}
				continue
			}
			pt := part{para: pi, openTok: open, closeTok: -1, content: c}
			if cur == nil {
				cur = &cand{}
			}
			cur.parts = append(cur.parts, pt)
			if d.boundUnclosed(cur) {
				out = append(out, cur)
				continue
			}
			cont = cur
		}
	}
	if cont != nil {
		d.boundUnclosed(cont)
		out = append(out, cont)
	}
	return out
}

// boundUnclosed ends a quotation whose closing mark is missing at the
// first attribution inside it (… Kompromiss, sagte Verdi-Chefin …): the
// comma then stands for the closing mark.
func (d *doc) boundUnclosed(c *cand) bool {
	p := &c.parts[len(c.parts)-1]
	if p.closeTok >= 0 {
		return false
	}
	last := d.paras[p.para].last
	cues := lexicon.CueList()
	for i := p.openTok + 1; i+2 < last; i++ {
		if !d.isPunct(i, ",") || !d.isLower(i+1) {
			continue
		}
		verb := false
		for _, f := range cues.Forms(d.tok(i + 1)) {
			if f.Section == lexicon.SpeechVerb && len(f.Words) == 1 {
				verb = true
				break
			}
		}
		if !verb {
			continue
		}
		w := d.tok(i + 2)
		_, det := nomDet[w]
		if w == "er" || w == "sie" || det || d.isCap(i+2) || strings.Contains(w, "-") && d.isWord(i+2) {
			if cs := d.content(d.toks[p.openTok].End, d.toks[i].Start); cs.Len() > 0 {
				p.closeTok = i
				p.content = cs
				return true
			}
			return false
		}
	}
	return false
}

// content returns [start, end) trimmed of white space.
func (d *doc) content(start, end int) wortlaut.Span {
	for start < end {
		r, w := utf8.DecodeRuneInString(d.src[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += w
	}
	for end > start {
		r, w := utf8.DecodeLastRuneInString(d.src[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= w
	}
	return wortlaut.Span{Start: start, End: end}
}
