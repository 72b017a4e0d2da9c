package ner

import (
	"fmt"
	"hash/maphash"
	"math/bits"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// tagPlain is the beam decoder of [Model.Tag] written the plain way: every
// beam sequence looks up all its features and adds the int8 weights one
// by one. Tag shares and packs these sums for speed; its labels must not
// change.
func tagPlain(m *Model, words []string) []Label {
	var buf []byte
	toks := m.prepare(nil, words, &buf)
	shift := 64 - m.rowBits
	score := func(sc *[NumLabels]int32, feats []uint64) {
		for _, f := range feats {
			if r, ok := m.row(f >> shift); ok {
				for l := range NumLabels {
					sc[l] += int32(m.weight(r, l))
				}
			}
		}
	}
	beam := []hyp[int64]{{prev: O, prev2: O, at: -1}}
	var steps []step
	var next []hyp[int64]
	for i := range words {
		next = next[:0]
		for _, h := range beam {
			var sc [NumLabels]int32
			score(&sc, staticFeatures(nil, toks, i))
			score(&sc, historyFeatures(nil, toks, i, h.prev, h.prev2))
			for l := range Label(NumLabels) {
				if allowed(h.prev, l) {
					next = offer(next, hyp[int64]{score: h.score + int64(sc[l]), prev: l, prev2: h.prev, at: h.at}, beamWidth)
				}
			}
		}
		base := int32(len(steps))
		for k := range next {
			steps = append(steps, step{label: next[k].prev, back: next[k].at})
			next[k].at = base + int32(k)
		}
		beam, next = next, beam
	}
	out := make([]Label, len(words))
	i := len(words) - 1
	for at := beam[0].at; at >= 0; at = steps[at].back {
		out[i] = steps[at].label
		i--
	}
	return out
}

// row returns the weight row of a row slot, and whether it has one.
func (m *Model) row(slot uint64) (int, bool) {
	w := m.slots[slot>>5]
	bit := uint64(1) << (slot & 31)
	if w&bit == 0 {
		return 0, false
	}
	return int(w>>32) + bits.OnesCount64(w&(bit-1)), true
}

// TestTagMatchesPlain checks Tag against the plain decoder on the seed and
// the entity fixtures, on sentences made of their words in reverse, and on
// sentences with repeated, long, empty and invalid words (the word cache of
// Tag keeps words up to maxCachedWord bytes).
func TestTagMatchesPlain(t *testing.T) {
	sents, _ := articleSentences(t)
	long := strings.Repeat("Donaudampfschifffahrt", 3)
	sents = append(sents,
		[]string{"Merkel"},
		[]string{""},
		[]string{"Merkel", "traf", "Merkel", "und", "Merkel", "in", "Berlin", "Berlin", "."},
		[]string{long, "-", long + "-Gesellschaft", "in", "Ulm", "\xff\xfe", long[:maxCachedWord], long[:maxCachedWord+1]},
	)
	m := Default()
	names := 0
	for _, s := range sents {
		rev := slices.Clone(s)
		slices.Reverse(rev)
		for _, ws := range [][]string{s, rev} {
			want := tagPlain(m, ws)
			got := m.Tag(ws, nil)
			if !assert.Equal(t, want, got, "%q", ws) {
				return
			}
			for _, l := range got {
				if l.Begin() {
					names++
				}
			}
		}
	}
	assert.Greater(t, names, 100, "the sentences have names")
}

// TestTagCacheCollisions checks Tag against the plain decoder on
// sentences of words that share one pair of word-cache entries, longer
// than a window of [Model.entries]: a window must not replace an entry it
// reads, so the third such word of a window is computed outside the cache.
func TestTagCacheCollisions(t *testing.T) {
	m := Default()
	set := func(w string) uint64 { return maphash.String(m.seed, w) & (cacheSize/2 - 1) }
	var same []string // words of one set, of different kinds
	kinds := []string{"Müller", "sagte", "EU-Kommission", "in"}
	for k := 0; len(same) < 4; k++ {
		w := fmt.Sprintf("%s%d", kinds[len(same)], k)
		if len(same) == 0 || set(w) == set(same[0]) {
			same = append(same, w)
		}
	}

	s := new(scratch)
	ents := m.entries(s, []string{same[0], same[1], same[2], same[0]})
	assert.Same(t, ents[0], ents[3], "a repeated word reads its entry")
	assert.NotSame(t, ents[0], ents[1])
	assert.True(t, ents[2] == &s.extra[0], "the third word of a set is not cached")
	ents = m.entries(s, []string{same[2]})
	assert.True(t, ents[0] != &s.extra[0], "the next window caches it")

	var words []string
	for k := range 3*entryWindow + 5 {
		words = append(words, same[k%len(same)], "sagte", same[(k+1)%len(same)], "in", "Berlin", ".")
	}
	for range 2 { // then with the entries cached
		assert.Equal(t, tagPlain(m, words), m.Tag(words, nil))
	}
}

// TestASCIIFastPaths checks the ASCII shortcuts of appendLower and
// shapeClass against the unicode tables they stand for.
func TestASCIIFastPaths(t *testing.T) {
	var all []byte
	for c := range byte(utf8.RuneSelf) {
		all = append(all, c)
	}
	for _, w := range []string{string(all), "ÄRZTE ohne Grenzen", "\xff\xfeA-Z\xc3", "ẞ straße 42", ""} {
		var want []byte
		for _, r := range w {
			want = utf8.AppendRune(want, unicode.ToLower(r))
		}
		assert.Equal(t, string(want), string(appendLower(nil, w)), "%q", w)
	}
	for r := range rune(utf8.RuneSelf) {
		want := byte(r)
		switch {
		case unicode.IsUpper(r):
			want = 'X'
		case unicode.IsLower(r):
			want = 'x'
		case unicode.IsDigit(r):
			want = 'd'
		}
		assert.Equal(t, want, shapeClass(r), "%q", r)
	}
}

// TestStaticSplit checks that the feature groups whose rows Tag sums per
// word (selfFeatures, asPrevFeatures, asNextFeatures, edgeFeatures,
// pairFeatures) are exactly staticFeatures, at every position of the
// fixture sentences.
func TestStaticSplit(t *testing.T) {
	sents, _ := articleSentences(t)
	sents = append(sents, []string{"Präsident"}, []string{"Herr", "Müller-Lüdenscheidt"})
	m := Default()
	var buf []byte
	for _, s := range sents {
		toks := m.prepare(nil, s, &buf)
		vals := make([]wordVals, len(toks))
		for i := range toks {
			vals[i] = toks[i].vals()
		}
		edge := edgeFeatures()
		n := len(toks)
		for i := range toks {
			got := selfFeatures(nil, &toks[i])
			if i > 0 {
				p := asPrevFeatures(&toks[i-1])
				got = append(got, p[:]...)
			} else {
				got = append(got, edge[edgeBefore]...)
			}
			if i > 1 {
				got = append(got, feat(fPrev2Lower, toks[i-2].lower))
			} else {
				got = append(got, edge[edgeBefore2]...)
			}
			if i+1 < n {
				a := asNextFeatures(&toks[i+1])
				got = append(got, a[:]...)
			} else {
				got = append(got, edge[edgeAfter]...)
			}
			if i+2 < n {
				got = append(got, feat(fNext2Lower, toks[i+2].lower))
			} else {
				got = append(got, edge[edgeAfter2]...)
			}
			got = pairFeatures(got, vals, i)
			want := staticFeatures(nil, toks, i)
			slices.Sort(got)
			slices.Sort(want)
			require.Equal(t, want, got, "word %d of %q", i, s)
		}
	}
}

// TestLookup checks the bucket index of the lexicon against a binary
// search, on the default model and on lexicons of 0 to 20 keys.
func TestLookup(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	check := func(m *Model, probes []uint64) {
		t.Helper()
		for _, h := range probes {
			var want uint32
			if i, ok := slices.BinarySearch(m.lexKeys, h); ok {
				want = m.lexVals[i]
			}
			require.Equal(t, want, m.lookup(h), "%d keys, hash %#x", len(m.lexKeys), h)
		}
	}
	m := Default()
	probes := slices.Clone(m.lexKeys)
	for range 10000 {
		probes = append(probes, rng.Uint64())
	}
	probes = append(probes, 0, 1, ^uint64(0))
	check(m, probes)
	for n := range 21 {
		small := &Model{}
		for range n {
			small.lexKeys = append(small.lexKeys, rng.Uint64())
		}
		slices.Sort(small.lexKeys)
		small.lexKeys = slices.Compact(small.lexKeys)
		for i := range small.lexKeys {
			small.lexVals = append(small.lexVals, uint32(i+1))
		}
		small.indexLex()
		check(small, append(slices.Clone(small.lexKeys), 0, 1, ^uint64(0), rng.Uint64()))
	}
}
