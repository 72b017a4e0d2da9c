// Package ner is the German named-entity tagger: features, an averaged
// perceptron sequence model, its binary format and its training.
package ner

import "sync"

// Label is a GermEval 2014 outer-level BIO label: O, or B-/I- with one of
// the 12 types PER, ORG, LOC, OTH and their deriv/part variants.
type Label uint8

// O is the label of a token outside any name.
const O Label = 0

// Type returns "PER", "ORG", "LOC", "OTH" or "" for O. (Stub until the
// model lands.)
func (l Label) Type() string { return "" }

// Begin reports whether l starts a name (B-).
func (l Label) Begin() bool { return false }

// Deriv reports whether l is a derived form (LOCderiv: "chinesischen").
func (l Label) Deriv() bool { return false }

// Part reports whether l marks a token that contains a name (LOCpart:
// "US-Präsidenten").
func (l Label) Part() bool { return false }

func (l Label) String() string { return "O" }

// Model is a trained tagger. It is immutable and safe for concurrent use.
type Model struct{}

// Default returns the embedded German model, decoded on first use.
var Default = sync.OnceValue(func() *Model { return &Model{} })

// Tag labels the words of one sentence. out is reused when it has room.
func (m *Model) Tag(words []string, out []Label) []Label {
	out = out[:0]
	for range words {
		out = append(out, O)
	}
	return out
}
