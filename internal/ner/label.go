package ner

import "strings"

// Label is a GermEval 2014 outer-level BIO label: O, or B-/I- with one of
// the 12 types PER, ORG, LOC, OTH and their deriv/part variants.
//
// The encoding is 0 for O and 1+2k (B-) or 2+2k (I-) for the kind k =
// 3*base+variant, base in PER, ORG, LOC, OTH and variant in plain, deriv,
// part. It is part of the model format.
type Label uint8

// O is the label of a token outside any name.
const O Label = 0

// NumLabels is the number of distinct labels: O and B-/I- of 12 kinds.
const NumLabels = 25

var baseNames = [4]string{"PER", "ORG", "LOC", "OTH"}
var variantNames = [3]string{"", "deriv", "part"}

// MakeLabel returns the label for base type ("PER", "ORG", "LOC", "OTH"),
// variant ("", "deriv", "part") and position (begin for B-, else I-). It
// returns O and false for an unknown type or variant.
func MakeLabel(base, variant string, begin bool) (Label, bool) {
	b := -1
	for i, n := range baseNames {
		if n == base {
			b = i
		}
	}
	v := -1
	for i, n := range variantNames {
		if n == variant {
			v = i
		}
	}
	if b < 0 || v < 0 {
		return O, false
	}
	l := Label(1 + 2*(3*b+v))
	if !begin {
		l++
	}
	return l, true
}

// ParseLabel parses a GermEval label such as "B-PER", "I-LOCderiv" or "O".
// It returns O and false for anything else.
func ParseLabel(s string) (Label, bool) {
	if s == "O" {
		return O, true
	}
	if len(s) < 5 || s[1] != '-' || (s[0] != 'B' && s[0] != 'I') {
		return O, false
	}
	t := s[2:]
	variant := ""
	switch {
	case strings.HasSuffix(t, "deriv"):
		variant, t = "deriv", t[:len(t)-5]
	case strings.HasSuffix(t, "part"):
		variant, t = "part", t[:len(t)-4]
	}
	return MakeLabel(t, variant, s[0] == 'B')
}

func (l Label) kind() int { return (int(l) - 1) / 2 }

func (l Label) valid() bool { return l > O && l < NumLabels }

// Type returns "PER", "ORG", "LOC", "OTH" or "" for O (and for a label out
// of range).
func (l Label) Type() string {
	if !l.valid() {
		return ""
	}
	return baseNames[l.kind()/3]
}

// Begin reports whether l starts a name (B-).
func (l Label) Begin() bool { return l.valid() && (l-1)%2 == 0 }

// Deriv reports whether l is a derived form (LOCderiv: "chinesischen").
func (l Label) Deriv() bool { return l.valid() && l.kind()%3 == 1 }

// Part reports whether l marks a token that contains a name (LOCpart:
// "US-Präsidenten").
func (l Label) Part() bool { return l.valid() && l.kind()%3 == 2 }

// Outer returns l with deriv and part labels mapped to O: the four main
// classes of the GermEval evaluation.
func (l Label) Outer() Label {
	if l.Deriv() || l.Part() {
		return O
	}
	return l
}

// Inside returns the I- label of l's kind (O for O).
func (l Label) Inside() Label {
	if !l.valid() {
		return O
	}
	return Label(2 + 2*l.kind())
}

// String returns the GermEval spelling: "O", "B-PER", "I-LOCderiv".
func (l Label) String() string {
	if !l.valid() {
		return "O"
	}
	p := "I-"
	if l.Begin() {
		p = "B-"
	}
	k := l.kind()
	return p + baseNames[k/3] + variantNames[k%3]
}
