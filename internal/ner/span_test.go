package ner

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// spanModel returns a model with only the span table of the given lists.
func spanModel(places, orgs []string) *Model {
	m := &Model{}
	m.spanKeys, m.spanVals = buildSpans([]spanList{{places, spanPlace, false}, {orgs, spanOrg, false}})
	return m
}

// TestMarkSpans checks leftmost-longest matching: positions, types and
// lengths, an entry's prefix that is no entry, exact case, and entries in
// two lists.
func TestMarkSpans(t *testing.T) {
	m := spanModel(
		[]string{"Australien", "New York", "Berlin", "Mittlerer Westen"},
		[]string{"Commonwealth Bank of Australia", "Bank", "Berlin", "Deutsche Bank AG"},
	)
	val := func(types uint32, pos, n int) uint64 { return uint64(types)<<4 | uint64(pos)<<2 | uint64(n) }
	for _, tc := range []struct {
		text string
		want []uint64
	}{
		{"die Commonwealth Bank of Australia in Australien", []uint64{0,
			val(spanOrg, spanB, 3), val(spanOrg, spanI, 3), val(spanOrg, spanI, 3), val(spanOrg, spanE, 3),
			0, val(spanPlace, spanS, 1)}},
		// the prefix Commonwealth Bank of is no entry: Bank alone matches
		{"Commonwealth Bank of America", []uint64{0, val(spanOrg, spanS, 1), 0, 0}},
		{"in New York und Berlin", []uint64{0, val(spanPlace, spanB, 2), val(spanPlace, spanE, 2), 0, val(spanPlace|spanOrg, spanS, 1)}},
		// the longest entry is Deutsche Bank AG; Deutsche Bank is only a prefix
		{"Deutsche Bank AG", []uint64{val(spanOrg, spanB, 3), val(spanOrg, spanI, 3), val(spanOrg, spanE, 3)}},
		{"Deutsche Bank", []uint64{0, val(spanOrg, spanS, 1)}},
		{"mittlerer Westen", []uint64{0, 0}},
		{"", nil},
	} {
		t.Run(tc.text, func(t *testing.T) {
			words := strings.Fields(tc.text)
			hs := make([]uint64, len(words))
			for i, w := range words {
				hs[i] = hashString(w)
			}
			assert.Equal(t, tc.want, m.markSpans(nil, hs))
		})
	}
}

// TestSpanTitle checks that a lower-case list marked title matches its
// words capitalised only, and that an entry with capitals stays as
// written.
func TestSpanTitle(t *testing.T) {
	m := &Model{}
	m.spanKeys, m.spanVals = buildSpans([]spanList{{[]string{"abel", "McDonald", "über"}, spanSur, true}})
	var hs []uint64
	for _, w := range []string{"Abel", "abel", "McDonald", "Mcdonald", "Über"} {
		hs = append(hs, hashString(w))
	}
	s := uint64(spanSur)<<4 | spanS<<2 | 1
	assert.Equal(t, []uint64{s, 0, s, 0, s}, m.markSpans(nil, hs))
}

// TestSpanModel trains a small model with span features and checks that
// it writes format version 4 and reloads with its span table, and that Tag,
// which adds the span feature outside its word cache, gives the labels of
// the plain decoder; the same model without them writes version 3.
func TestSpanModel(t *testing.T) {
	sents := []Sentence{
		mkSentence(t, "Die", "O", "Deutsche", "B-ORG", "Bahn", "I-ORG", "fährt", "O", "nach", "O", "Köln", "B-LOC", ".", "O"),
		mkSentence(t, "In", "O", "Bad", "B-LOC", "Homburg", "I-LOC", "sprach", "O", "Olaf", "B-PER", "Scholz", "I-PER", ".", "O"),
	}
	lex := BuildLexicon(LexiconInput{Labelled: sents, Places: []string{"Bad Homburg", "Köln"}, Orgs: []string{"Deutsche Bahn"}})
	for _, spans := range []bool{false, true} {
		m := Train(sents, lex, TrainConfig{Epochs: 5, RowBits: 12, Spans: spans})
		var buf bytes.Buffer
		_, err := m.WriteTo(&buf)
		require.NoError(t, err)
		version := 3
		if spans {
			version = 4
		}
		assert.Equal(t, byte(version), buf.Bytes()[len(magic)], "format version")
		m2, err := Load(bytes.NewReader(buf.Bytes()))
		require.NoError(t, err)
		assert.Equal(t, m.spanKeys, m2.spanKeys)
		assert.Equal(t, m.spanVals, m2.spanVals)
		assert.Equal(t, spans, len(m2.spanKeys) > 0)
		for _, s := range sents {
			assert.Equal(t, tagPlain(m2, s.Words), m2.Tag(s.Words, nil), "spans %v: %v", spans, s.Words)
		}
		// the span pass reuses the scratch of Tag (a garbage collection
		// may empty its pool: count the allocations of several calls)
		if !raceEnabled {
			out := m2.Tag(sents[1].Words, nil)
			allocs := testing.AllocsPerRun(20, func() { out = m2.Tag(sents[1].Words, out) })
			assert.Less(t, allocs, 0.5, "allocations per Tag, spans %v", spans)
		}
	}
}
