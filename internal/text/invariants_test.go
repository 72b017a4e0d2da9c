package text

import (
	"testing"
	"unicode/utf8"
)

// checkTokens verifies the tokenizer's guarantees for s: tokens sorted,
// non-empty, non-overlapping, on rune boundaries, and covering every byte
// that is not white space.
func checkTokens(t testing.TB, s string, toks []Token) {
	t.Helper()
	prev := 0
	for i, tk := range toks {
		if tk.Start < prev || tk.End <= tk.Start || tk.End > len(s) {
			t.Fatalf("token %d %v out of order or bounds (prev end %d, len %d)", i, tk.Span, prev, len(s))
		}
		if !boundary(s, tk.Start) || !boundary(s, tk.End) {
			t.Fatalf("token %d %v not on rune boundaries", i, tk.Span)
		}
		if gap := s[prev:tk.Start]; !allSpace(gap) {
			t.Fatalf("bytes %d-%d %q before token %d are not covered", prev, tk.Start, gap, i)
		}
		for j := tk.Start; j < tk.End; {
			r, w := decode(s, j)
			if isSpace(r) {
				t.Fatalf("token %d %v contains white space at %d", i, tk.Span, j)
			}
			j += w
		}
		if (tk.Kind == QuoteMark) != (tk.Quote != NotQuote) {
			t.Fatalf("token %d %v: kind %v with quote class %v", i, tk.Span, tk.Kind, tk.Quote)
		}
		prev = tk.End
	}
	if gap := s[prev:]; !allSpace(gap) {
		t.Fatalf("trailing bytes %d- %q are not covered", prev, gap)
	}
}

// checkDoc verifies the segmentation guarantees of d.
func checkDoc(t testing.TB, d *Doc) {
	t.Helper()
	s := d.Src
	checkTokens(t, s, d.Tokens)
	next := 0 // next token index a sentence must start at
	for i, se := range d.Sentences {
		if se.First != next || se.Last <= se.First || se.Last > len(d.Tokens) {
			t.Fatalf("sentence %d token range %d-%d, want start %d", i, se.First, se.Last, next)
		}
		if se.Start != d.Tokens[se.First].Start || se.End != d.Tokens[se.Last-1].End {
			t.Fatalf("sentence %d span %v does not match its tokens", i, se.Span)
		}
		next = se.Last
	}
	if next != len(d.Tokens) {
		t.Fatalf("sentences cover %d of %d tokens", next, len(d.Tokens))
	}
	nextS, prevEnd := 0, 0
	for i, p := range d.Paragraphs {
		if p.Start < prevEnd || p.End <= p.Start || p.End > len(s) || !boundary(s, p.Start) || !boundary(s, p.End) {
			t.Fatalf("paragraph %d %v out of order or bounds", i, p.Span)
		}
		if p.First != nextS || p.Last < p.First {
			t.Fatalf("paragraph %d sentence range %d-%d, want start %d", i, p.First, p.Last, nextS)
		}
		for _, se := range d.Sentences[p.First:p.Last] {
			if se.Start < p.Start || se.End > p.End {
				t.Fatalf("sentence %v outside paragraph %d %v", se.Span, i, p.Span)
			}
		}
		nextS, prevEnd = p.Last, p.End
	}
	if nextS != len(d.Sentences) {
		t.Fatalf("paragraphs cover %d of %d sentences", nextS, len(d.Sentences))
	}
}

func boundary(s string, i int) bool {
	return i == 0 || i == len(s) || utf8.RuneStart(s[i]) || !utf8.FullRuneInString(s[max(0, i-3):i]) || invalidBefore(s, i)
}

// invalidBefore reports whether the byte before s[i] is part of an invalid
// sequence, so that i is a boundary of the U+FFFD-of-width-one reading.
func invalidBefore(s string, i int) bool {
	for j := max(0, i-4); j < i; {
		_, w := decode(s, j)
		if j+w == i {
			return true
		}
		j += w
	}
	return false
}

func allSpace(s string) bool {
	for i := 0; i < len(s); {
		r, w := decode(s, i)
		if !isSpace(r) {
			return false
		}
		i += w
	}
	return true
}
