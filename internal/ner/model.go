package ner

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"hash/maphash"
	"io"
	"math"
	"math/bits"
	"slices"
	"sync"
)

// FormatVersion is the newest version of the binary model format and of
// the feature templates. Version 4 adds the span gazetteer table and its
// feature ([fSpan]); a model without that table is written as version 3,
// which stays loadable, so that the base configuration can still be
// trained and compared. A model of another version does not load.
const FormatVersion = 4

var magic = [8]byte{'W', 'L', 'T', 'N', 'E', 'R', '\r', '\n'}

// ErrFormat is returned (wrapped) by [Load] for data that is not a model of
// this version.
var ErrFormat = errors.New("ner: not a valid model")

// Model is a trained tagger. It is immutable and safe for concurrent use.
type Model struct {
	rowBits int
	// slots has one bit per row slot (top rowBits of a feature key), set
	// when the model has weights for it: slot s is bit s%32 of
	// slots[s/32], whose upper 32 bits count the bits set in the words
	// before it. So the weight row of a slot is found without a table of
	// 2^rowBits entries, with one read: the bit set fits in a core's
	// cache, and a feature the model does not know costs no memory miss.
	slots   []uint64
	weights [][rowWords]uint64 // see appendRow
	lexKeys []uint64           // sorted hashes of lower-cased words
	lexVals []uint32           // lexicon entries, see lex* constants
	// lexStart and lexShift index lexKeys by their top bits, see lookup
	lexStart []uint32
	lexShift uint
	// spanKeys (sorted) and spanVals are the span gazetteer table, see
	// span.go; empty in a model trained without it (format version 3).
	spanKeys []uint64
	spanVals []uint32
	rows     []uint32 // sorted row numbers, kept for encoding

	// trans holds, for each pair of previous labels (prev*NumLabels +
	// prev2), the summed rows of its [labelFeatures]: they do not depend
	// on the word, so Tag reads one row instead of looking up two.
	trans [][NumLabels]int32
	// follow has bit l set in follow[prev] when label l may follow prev.
	follow [NumLabels]uint32
	// edge holds the summed rows of the [edgeFeatures].
	edge [4][NumLabels]int32

	// seed hashes words into the word caches of the scratch in pool.
	seed maphash.Seed
	pool sync.Pool // of *scratch
}

//go:embed data/model.bin
var embedded []byte

// Default returns the embedded German model, decoded on first use. It
// panics if the embedded model is corrupt, which is a build defect.
var Default = sync.OnceValue(func() *Model {
	m, err := decode(embedded)
	if err != nil {
		panic("ner: embedded model is corrupt: " + err.Error())
	}
	return m
})

// scratch is per-call working memory of Tag.
type scratch struct {
	buf   []byte
	feats []uint64
	beam  []hyp[int64]
	next  []hyp[int64]
	steps []step // beamWidth entries per word
	// per word of the sentence: its values, the summed rows of its static
	// features, and the sum of its prevWordFeatures after O
	vals   []wordVals
	static [][NumLabels]int32
	prevO  [][NumLabels]int32
	// prevWord[p] points to the score of the current word's
	// [prevWordFeatures] after label p, for the labels p other than O in
	// the beam: to an entry of after.
	prevWord [NumLabels]*[NumLabels]int32
	after    *[afterSize]afterEntry

	// words caches the row sums of recently tagged words, see wordEntry.
	words *[cacheSize]wordEntry
	// The cache has two entries for each hash value (entries 2h and
	// 2h+1); recent[h] is the one used last, the other is replaced.
	recent *[cacheSize / 2]uint8
	// used[k] is the window (see Model.entries) that last read entry k:
	// an entry the current window reads is not replaced.
	used   *[cacheSize]uint32
	window uint32
	// ents holds the entries of the words of the current window, pend
	// those of them still to be computed; extra holds the entries of
	// words that are not cached (too long, or both entries of their hash
	// value read by the window).
	ents  [entryWindow]*wordEntry
	pend  []pending
	extra [entryWindow]wordEntry
	toks  [fillBlock]token
	rows  []int32 // of the keys in feats
	sink  uint64  // see Model.touch
	// per word of the sentence: its hash and its span gazetteer value
	spanHash, spanVal []uint64
}

// pending is a word whose entry is to be computed.
type pending struct {
	e *wordEntry
	w string
}

// entryWindow is the number of words whose entries [Model.entries] finds
// at a time, fillBlock the number of words [Model.fill] computes at a
// time: it looks up the lexicon entries, and then the weight rows, of all
// its words in one short loop each, so that the reads of a block from
// tables larger than the CPU cache overlap instead of waiting for one
// another. The rows of a block (about 35 per word) stay in the core's
// cache until they are summed.
const (
	entryWindow = 32
	fillBlock   = 16
)

// cacheSize is the number of words in the cache of a scratch (a power of
// two), maxCachedWord the length in bytes of the longest word it keeps.
//
// News text repeats its words: a simulation of this cache over GermEval
// 2014 dev (news and Wikipedia, 41,653 tokens) found 57% of the tokens
// cached (64% with twice the entries; the entries take 1.3 MB). A cached
// word costs a few vector additions instead of about 35 reads of weight
// rows scattered over a table larger than the CPU cache.
const (
	cacheSize     = 2048
	maxCachedWord = 31
)

// afterSize is the number of entries in the cache of the
// [prevWordFeatures] sums of a scratch (a power of two, 120 KB).
//
// Each word is scored after every label other than O that ends a sequence
// in the beam, which is most words: the three rows of such a label with the
// word are read from all over the weight table (15% of the CPU time of
// entity's BenchmarkRecognize went there). Words come again after the
// same labels.
const afterSize = 1024

// afterEntry is the summed rows of the [prevWordFeatures] of a word after a
// label. Those features read the word's lower-cased form, its short shape
// and its lexicon entry, which is a function of the lower-cased form, so
// the key holds the first two and the label.
type afterEntry struct {
	lower, short uint64
	prev         Label
	used         bool
	sum          [NumLabels]int32
}

// wordEntry holds what [Model.Tag] needs of a word: its values and the
// summed weight rows of the features that read it alone (self), as the
// word before or after the current one (asPrev, asNext, and two words
// away), and of its prevWordFeatures after O, the most frequent previous
// label. The sums are exact, so using them gives the labels of summing the
// rows anew.
type wordEntry struct {
	key  [maxCachedWord]byte
	n    uint8 // length of the word in key plus 1; 0 for an empty entry
	vals wordVals

	self, asPrev, asNext, asPrev2, asNext2, prevO [NumLabels]int32
}

// entries points s.ents[i] to the entry of words[i], from the cache or
// computed, for up to [entryWindow] words. The entries stay valid until
// the next call.
func (m *Model) entries(s *scratch, words []string) []*wordEntry {
	if s.words == nil {
		s.words = new([cacheSize]wordEntry)
		s.recent = new([cacheSize / 2]uint8)
		s.used = new([cacheSize]uint32)
	}
	if s.window++; s.window == 0 {
		// after 2^32 windows: no entry may seem read by this one
		clear(s.used[:])
		s.window = 1
	}
	ents := s.ents[:len(words)]
	s.pend = s.pend[:0]
	extra := 0
	for i, w := range words {
		var e *wordEntry
		if len(w) <= maxCachedWord {
			set := maphash.String(m.seed, w) & (cacheSize/2 - 1)
			for way := range uint64(2) {
				k := 2*set + way
				if c := &s.words[k]; int(c.n) == len(w)+1 && string(c.key[:len(w)]) == w {
					s.recent[set] = uint8(way)
					s.used[k] = s.window
					e = c
					break
				}
			}
			if way := 1 - uint64(s.recent[set]); e == nil && s.used[2*set+way] != s.window {
				k := 2*set + way
				s.recent[set] = uint8(way)
				s.used[k] = s.window
				e = &s.words[k]
				e.n = uint8(len(w) + 1)
				copy(e.key[:], w)
				s.pend = append(s.pend, pending{e, w})
			}
		}
		if e == nil {
			e = &s.extra[extra]
			extra++
			s.pend = append(s.pend, pending{e, w})
		}
		ents[i] = e
	}
	for first := 0; first < len(s.pend); first += fillBlock {
		m.fill(s, s.pend[first:min(first+fillBlock, len(s.pend))])
	}
	return ents
}

// fill computes the entries of the words ps, except their keys, a step at
// a time for all of them (see [fillBlock]).
func (m *Model) fill(s *scratch, ps []pending) {
	toks := s.toks[:len(ps)]
	for k, p := range ps {
		s.buf = formToken(&toks[k], p.w, s.buf)
	}
	for k := range toks {
		toks[k].lex = m.lookup(toks[k].lower)
	}
	// the feature keys of all the words first, then their rows: the
	// lookups of the rows, in the core's second-level cache or beyond,
	// come one after the other. ends[k][part] is where the keys of a part
	// of word k end, then the number of its known rows (parts in the
	// order below).
	var ends [fillBlock][6]int32
	f := s.feats[:0]
	for k, p := range ps {
		t := &toks[k]
		p.e.vals = t.vals()
		f = selfFeatures(f, t)
		ends[k][0] = int32(len(f))
		pf, nf, of := asPrevFeatures(t), asNextFeatures(t), prevWordFeatures(p.e.vals, O)
		f = append(f, pf[:]...)
		ends[k][1] = int32(len(f))
		f = append(f, nf[:]...)
		ends[k][2] = int32(len(f))
		f = append(f, of[:]...)
		ends[k][3] = int32(len(f))
		f = append(f, feat(fPrev2Lower, t.lower))
		ends[k][4] = int32(len(f))
		f = append(f, feat(fNext2Lower, t.lower))
		ends[k][5] = int32(len(f))
	}
	s.feats = f
	rs := slices.Grow(s.rows[:0], len(f))
	start := int32(0)
	for k := range ps {
		for part, end := range ends[k] {
			before := len(rs)
			rs = m.knownRows(rs, f[start:end])
			start = end
			ends[k][part] = int32(len(rs) - before)
		}
	}
	s.rows = rs
	s.sink = m.touch(rs)
	for k, p := range ps {
		e := p.e
		for part, acc := range [6]*[NumLabels]int32{&e.self, &e.asPrev, &e.asNext, &e.prevO, &e.asPrev2, &e.asNext2} {
			n := ends[k][part]
			*acc = [NumLabels]int32{}
			m.sumRows(acc, rs[:n])
			rs = rs[n:]
		}
	}
}

// addRow adds the label scores b to a. It adds five labels a step: a loop
// of one label a step took twice the instructions.
func addRow(a, b *[NumLabels]int32) {
	for l := 0; l < NumLabels; l += 5 {
		a5, b5 := (*[5]int32)(a[l:l+5]), (*[5]int32)(b[l:l+5])
		a5[0] += b5[0]
		a5[1] += b5[1]
		a5[2] += b5[2]
		a5[3] += b5[3]
		a5[4] += b5[4]
	}
}

// beamWidth is the number of label sequences [Model.Tag] and [Train] keep
// per word. On the held-out GermEval dev slice (every 5th sentence) 4 did
// better than 8 (4-class F1 67.4 against 64.4); 1 is greedy decoding.
const beamWidth = 4

// hyp is a partial label sequence in the beam, with an integer score in
// tagging and a float one in training.
type hyp[S int64 | float64] struct {
	score       S
	prev, prev2 Label
	at          int32 // index of its last step in scratch.steps, -1 at the start
}

// step is one word's label in a partial sequence and the step before it.
type step struct {
	label Label
	back  int32
}

// Tag labels the words of one sentence. out is reused when it has room.
// Tag does not allocate once out and its internal scratch have grown to the
// sentence length.
//
// It decodes with a beam of [beamWidth] label sequences: the features of
// a word include the labels of the two words before it, so each sequence
// in the beam scores the next word with its own history. Sequences that
// end in the same two labels are merged, keeping the better one.
//
// The working memory of a call is kept for the next one (one per
// concurrent call), with a cache of the row sums of the last 2,048 or so
// words it tagged, about 1.3 MB: words that come again cost a few vector
// additions instead of some 40 reads from the weight table.
func (m *Model) Tag(words []string, out []Label) []Label {
	out = out[:0]
	if len(words) == 0 {
		return out
	}
	s, _ := m.pool.Get().(*scratch)
	if s == nil {
		s = new(scratch)
	}
	m.static(s, words)
	s.beam = append(s.beam[:0], hyp[int64]{prev: O, prev2: O, at: -1})
	s.steps = s.steps[:0]
	for i := range words {
		// The score of label l after a sequence is the sum of the word's
		// static rows, the rows of the previous label with the word and
		// the rows of the two previous labels. Integer sums do not depend
		// on their order, so each part is summed once and shared.
		static := &s.static[i]
		var prevs uint32 // previous labels in the beam other than O
		for _, h := range s.beam {
			prevs |= 1 << h.prev
		}
		if prevs &^= 1 << O; prevs != 0 {
			m.prevWord(s, i, prevs)
		}
		s.next = s.next[:0]
		last := int64(math.MinInt64) // the score a full beam's last sequence must beat
		var seen uint32              // the previous labels of the sequences done
		for _, h := range s.beam {
			// The new sequences of h end in (l, h.prev): one in the beam
			// ends in the same two labels only if an earlier sequence
			// ended in h.prev, else insert need not look.
			again := seen>>h.prev&1 != 0
			seen |= 1 << h.prev
			pw := &s.prevO[i]
			if h.prev != O {
				pw = s.prevWord[h.prev]
			}
			tr := &m.trans[int(h.prev)*NumLabels+int(h.prev2)]
			for follow := m.follow[h.prev]; follow != 0; follow &= follow - 1 {
				l := Label(bits.TrailingZeros32(follow))
				sc := h.score + int64(static[l]+pw[l]+tr[l])
				if sc <= last {
					continue // offer would not take it
				}
				if n := (hyp[int64]{score: sc, prev: l, prev2: h.prev, at: h.at}); again {
					s.next = offer(s.next, n, beamWidth)
				} else {
					s.next = insert(s.next, n, beamWidth)
				}
				if len(s.next) == beamWidth {
					last = s.next[beamWidth-1].score
				}
			}
		}
		// record the steps of the new beam
		base := int32(len(s.steps))
		for k := range s.next {
			s.steps = append(s.steps, step{label: s.next[k].prev, back: s.next[k].at})
			s.next[k].at = base + int32(k)
		}
		s.beam, s.next = s.next, s.beam
	}
	out = slices.Grow(out, len(words))[:len(words)]
	i := len(words) - 1
	for at := s.beam[0].at; at >= 0; at = s.steps[at].back {
		out[i] = s.steps[at].label
		i--
	}
	m.pool.Put(s)
	return out
}

// prevWord points s.prevWord[p] to the summed rows of the
// [prevWordFeatures] of word i after p, for each label p in the bit set
// prevs, from the cache of such sums or computed into it. It looks up all
// the rows it needs before reading any, so that the reads overlap.
func (m *Model) prevWord(s *scratch, i int, prevs uint32) {
	if s.after == nil {
		s.after = new([afterSize]afterEntry)
	}
	v := s.vals[i]
	// The labels of one word take consecutive entries, so that computing
	// one does not replace another that is in use.
	base := mix(v.lower ^ v.short*0x9e3779b97f4a7c15)
	rs := s.rows[:0]
	var ends [NumLabels]uint8 // the number of known rows of each label
	var missed uint32
	for b := prevs; b != 0; b &= b - 1 {
		p := Label(bits.TrailingZeros32(b))
		e := &s.after[(base+uint64(p))&(afterSize-1)]
		s.prevWord[p] = &e.sum
		if e.used && e.lower == v.lower && e.short == v.short && e.prev == p {
			continue
		}
		e.lower, e.short, e.prev, e.used = v.lower, v.short, p, true
		missed |= 1 << p
		k := prevWordFeatures(v, p)
		before := len(rs)
		rs = m.knownRows(rs, k[:])
		ends[p] = uint8(len(rs) - before)
	}
	if missed == 0 {
		return
	}
	s.rows = rs
	s.sink = m.touch(rs)
	for b := missed; b != 0; b &= b - 1 {
		p := bits.TrailingZeros32(b)
		pw := s.prevWord[p]
		*pw = [NumLabels]int32{}
		m.sumRows(pw, rs[:ends[p]])
		rs = rs[ends[p]:]
	}
}

// static fills s.vals, s.static and s.prevO for words: the sums of each
// word's cache entry go to the words whose features read it.
func (m *Model) static(s *scratch, words []string) {
	n := len(words)
	s.vals = slices.Grow(s.vals[:0], n)[:n]
	s.static = slices.Grow(s.static[:0], n)[:n]
	s.prevO = slices.Grow(s.prevO[:0], n)[:n]
	clear(s.static)
	for first := 0; first < n; first += entryWindow {
		ents := m.entries(s, words[first:min(first+entryWindow, n)])
		for k, e := range ents {
			i := first + k
			s.vals[i] = e.vals
			s.prevO[i] = e.prevO
			addRow(&s.static[i], &e.self)
			if i > 0 {
				addRow(&s.static[i-1], &e.asNext)
			}
			if i > 1 {
				addRow(&s.static[i-2], &e.asNext2)
			}
			if i+1 < n {
				addRow(&s.static[i+1], &e.asPrev)
			}
			if i+2 < n {
				addRow(&s.static[i+2], &e.asPrev2)
			}
		}
	}
	addRow(&s.static[0], &m.edge[edgeBefore])
	addRow(&s.static[0], &m.edge[edgeBefore2])
	addRow(&s.static[n-1], &m.edge[edgeAfter])
	addRow(&s.static[n-1], &m.edge[edgeAfter2])
	if n > 1 {
		addRow(&s.static[1], &m.edge[edgeBefore2])
		addRow(&s.static[n-2], &m.edge[edgeAfter2])
	}
	// the pair features, a block of words at a time: look up all their
	// rows, then read them
	const block = 32
	for first := 0; first < n; first += block {
		end := min(first+block, n)
		var ends [block]int32
		f := s.feats[:0]
		for i := first; i < end; i++ {
			f = pairFeatures(f, s.vals, i)
			ends[i-first] = int32(len(f))
		}
		s.feats = f
		rs := s.rows[:0]
		start := int32(0)
		for i := first; i < end; i++ {
			rs = m.knownRows(rs, f[start:ends[i-first]])
			start = ends[i-first]
			ends[i-first] = int32(len(rs))
		}
		s.rows = rs
		s.sink = m.touch(rs)
		start = 0
		for i := first; i < end; i++ {
			m.sumRows(&s.static[i], rs[start:ends[i-first]])
			start = ends[i-first]
		}
	}
	// the span gazetteer feature depends on the neighbours, so it is not
	// in the word cache
	if len(m.spanKeys) > 0 {
		s.spanHash = slices.Grow(s.spanHash[:0], n)[:n]
		for i, w := range words {
			s.spanHash[i] = hashString(w)
		}
		s.spanVal = m.markSpans(s.spanVal, s.spanHash)
		for i, v := range s.spanVal {
			if v != 0 {
				k := [1]uint64{feat(fSpan, v)}
				m.score(&s.static[i], k[:])
			}
		}
	}
}

// score adds the weight rows of the feature keys feats to acc.
func (m *Model) score(acc *[NumLabels]int32, feats []uint64) {
	var rs [8]int32 // room for the few features of each call in setRows
	m.sumRows(acc, m.knownRows(rs[:0], feats))
}

// knownRows appends to rs the weight rows of the feature keys feats that
// the model has weights for, in the order of feats, and returns rs.
//
// Leaving the unknown features out, rather than reading a row of zeros for
// them, spares [Model.sumRows] about a fifth of its rows on running text
// (GermEval 2014 dev: 21.7 features looked up per word, 17.0 known). It
// does not branch on whether a feature is known: that is hard to predict,
// and each misprediction stops the reads of the following rows from
// overlapping.
func (m *Model) knownRows(rs []int32, feats []uint64) []int32 {
	shift := uint(64-m.rowBits) & 63 // & 63: no test for shifts past 63
	n := len(rs)
	rs = slices.Grow(rs, len(feats))[:n+len(feats)]
	slots := m.slots
	for _, f := range feats {
		slot := f >> shift
		w := slots[slot>>5]
		b := slot & 31
		rs[n] = int32(w>>32) + int32(bits.OnesCount32(uint32(w)&(1<<b-1)))
		n += int(w >> b & 1)
	}
	return rs[:n]
}

// touch reads the first word of each row in rs and returns them or-ed, for
// the caller to keep so that the reads are not optimised away. Its loop is
// short, so the reads of the rows not in the CPU cache overlap; then
// [Model.sumRows] finds them cached.
func (m *Model) touch(rs []int32) uint64 {
	var x uint64
	for _, r := range rs {
		x |= m.weights[r][0]
	}
	return x
}

// sumRows adds the weight rows rs to acc.
//
// A row holds the 25 weights biased to unsigned 8-bit values, eight to a
// 64-bit word; the even and the odd bytes of each word are summed
// separately in 16-bit lanes, so one addition adds four labels and no lane
// carries into the next (up to 257 rows; longer lists are summed in
// parts). The bias is taken off at the end. The sums are exact, the same
// as adding the int8 weights one by one.
func (m *Model) sumRows(acc *[NumLabels]int32, rs []int32) {
	const maxPart = 256
	for len(rs) > maxPart {
		m.sumRows(acc, rs[:maxPart])
		rs = rs[maxPart:]
	}
	if len(rs) == 0 {
		return
	}
	const lo = 0x00ff00ff00ff00ff
	ws := m.weights
	var e0, e1, e2, e3, o0, o1, o2 uint64
	for _, r := range rs {
		w := &ws[r]
		e0 += w[0] & lo
		o0 += w[0] >> 8 & lo
		e1 += w[1] & lo
		o1 += w[1] >> 8 & lo
		e2 += w[2] & lo
		o2 += w[2] >> 8 & lo
		e3 += w[3] & lo
	}
	bias := int32(len(rs)) * weightBias
	add8(acc[0:8], e0, o0, bias)
	add8(acc[8:16], e1, o1, bias)
	add8(acc[16:24], e2, o2, bias)
	acc[24] += int32(uint16(e3)) - bias
}

// add8 adds to a eight labels summed by [Model.sumRows]: e holds the
// first, third, fifth and seventh in its 16-bit lanes, o the others; each
// lane is biased by bias.
func add8(a []int32, e, o uint64, bias int32) {
	a8 := (*[8]int32)(a)
	for k := 0; k < 8; k += 2 {
		a8[k] += int32(uint16(e)) - bias
		a8[k+1] += int32(uint16(o)) - bias
		e >>= 16
		o >>= 16
	}
}

// offer adds h to the beam b, kept sorted by descending score and at most
// width long. Of two sequences ending in the same two labels only the
// better one is kept; on equal scores the earlier one stays.
func offer[S int64 | float64](b []hyp[S], h hyp[S], width int) []hyp[S] {
	if len(b) == width && h.score <= b[width-1].score {
		// a sequence in the beam with h's state scores at least as much
		return b
	}
	for k := range b {
		if b[k].prev == h.prev && b[k].prev2 == h.prev2 {
			if h.score <= b[k].score {
				return b
			}
			// a loop, not copy: the beam is a few entries long, too short
			// for a call to memmove to pay
			for j := k + 1; j < len(b); j++ {
				b[j-1] = b[j]
			}
			b = b[:len(b)-1]
			break
		}
	}
	return insert(b, h, width)
}

// insert is [offer] for a sequence h whose last two labels end no sequence
// in b.
func insert[S int64 | float64](b []hyp[S], h hyp[S], width int) []hyp[S] {
	k := len(b)
	for k > 0 && b[k-1].score < h.score {
		k--
	}
	if k >= width {
		return b
	}
	if len(b) < width {
		b = append(b, h)
	}
	// shift the worse sequences down by one, dropping the last of a full
	// beam
	for j := len(b) - 1; j > k; j-- {
		b[j] = b[j-1]
	}
	b[k] = h
	return b
}

// rowWords is the number of 64-bit words a row takes in memory:
// NumLabels 8-bit weights padded to 32 bytes, so that a row never spans two
// cache lines (a large slice is page-aligned). Tagging reads one row per
// known feature.
const rowWords = 4

// weightBias is added to a weight to store it as an unsigned 8-bit lane.
const weightBias = 1 << 7

// appendRow appends the weights of one row to ws in the packed layout of
// [Model.sumRows]: label l in bits 8*(l%8) of word l/8, biased.
func appendRow(ws [][rowWords]uint64, row *[NumLabels]int8) [][rowWords]uint64 {
	var p [rowWords]uint64
	for l, v := range row {
		p[l/8] |= uint64(uint8(int32(v)+weightBias)) << (8 * (l % 8))
	}
	return append(ws, p)
}

// weight returns the weight of label l in row r.
func (m *Model) weight(r, l int) int8 {
	return int8(int32(uint8(m.weights[r][l/8]>>(8*(l%8)))) - weightBias)
}

// setRows fills the row bit set and ranks from m.rows, and fills the tables derived from the weights and the
// lexicon that [Model.Tag] reads.
func (m *Model) setRows() {
	m.slots = make([]uint64, (1<<m.rowBits+31)/32)
	for _, r := range m.rows {
		m.slots[r>>5] |= 1 << (r & 31)
	}
	n := 0
	for k, w := range m.slots {
		m.slots[k] |= uint64(n) << 32
		n += bits.OnesCount64(w)
	}
	m.trans = make([][NumLabels]int32, NumLabels*NumLabels)
	for prev := range Label(NumLabels) {
		for prev2 := range Label(NumLabels) {
			f := labelFeatures(prev, prev2)
			m.score(&m.trans[int(prev)*NumLabels+int(prev2)], f[:])
		}
		for l := range Label(NumLabels) {
			if allowed(prev, l) {
				m.follow[prev] |= 1 << l
			}
		}
	}
	for e, f := range edgeFeatures() {
		m.score(&m.edge[e], f)
	}
	m.indexLex()
	m.seed = maphash.MakeSeed()
}

// prepare fills the token values of words.
func (m *Model) prepare(toks []token, words []string, buf *[]byte) []token {
	if cap(toks) < len(words) {
		toks = make([]token, len(words))
	}
	toks = toks[:len(words)]
	for i, w := range words {
		*buf = m.fillToken(&toks[i], w, *buf)
		toks[i].span = 0
	}
	if len(m.spanKeys) > 0 {
		m.markTokens(toks)
	}
	return toks
}

// Load decodes a model written by [Model.WriteTo].
func Load(r io.Reader) (*Model, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("ner: reading model: %w", err)
	}
	return decode(data)
}

func decode(data []byte) (*Model, error) {
	bad := func(msg string) error { return fmt.Errorf("%w: %s", ErrFormat, msg) }
	if len(data) < len(magic)+4*6 {
		return nil, bad("too short")
	}
	if !bytes.Equal(data[:len(magic)], magic[:]) {
		return nil, bad("bad magic")
	}
	body, sum := data[:len(data)-4], binary.LittleEndian.Uint32(data[len(data)-4:])
	if crc32.ChecksumIEEE(body) != sum {
		return nil, bad("checksum mismatch")
	}
	p := body[len(magic):]
	u32 := func() uint32 { v := binary.LittleEndian.Uint32(p); p = p[4:]; return v }
	version, nl, rowBits, nRows, nLex := u32(), u32(), u32(), u32(), u32()
	if version != 3 && version != FormatVersion {
		return nil, bad(fmt.Sprintf("version %d, want 3 or %d", version, FormatVersion))
	}
	var nSpan uint32
	if version >= 4 {
		if len(p) < 4 {
			return nil, bad("too short")
		}
		nSpan = u32()
	}
	if nl != NumLabels {
		return nil, bad(fmt.Sprintf("%d labels, want %d", nl, NumLabels))
	}
	if rowBits < 8 || rowBits > 26 {
		return nil, bad("row bits out of range")
	}
	need := uint64(nRows)*4 + uint64(nRows)*NumLabels + uint64(nLex)*12 + uint64(nSpan)*12
	if uint64(len(p)) != need {
		return nil, bad("size does not match header")
	}
	m := &Model{rowBits: int(rowBits)}
	m.rows = make([]uint32, nRows)
	for i := range m.rows {
		row := u32()
		if row >= 1<<rowBits || (i > 0 && row <= m.rows[i-1]) {
			return nil, bad("rows not sorted or out of range")
		}
		m.rows[i] = row
	}
	m.weights = make([][rowWords]uint64, nRows)
	adviseHuge(m.weights)
	// The file stores a row as NumLabels int8: read eight at a time,
	// flipping the sign bit of each byte is adding weightBias.
	const flip = 0x8080_8080_8080_8080
	for r := range int(nRows) {
		src := p[NumLabels*r:]
		dst := &m.weights[r]
		for k := range NumLabels / 8 {
			dst[k] = binary.LittleEndian.Uint64(src[8*k:]) ^ flip
		}
		dst[NumLabels/8] = uint64(src[NumLabels-1] ^ 0x80)
	}
	p = p[int(nRows)*NumLabels:]
	var ok bool
	if m.lexKeys, m.lexVals, p, ok = readTable(p, int(nLex)); !ok {
		return nil, bad("lexicon not sorted")
	}
	if nSpan > 0 {
		if m.spanKeys, m.spanVals, _, ok = readTable(p, int(nSpan)); !ok {
			return nil, bad("span table not sorted")
		}
	}
	m.setRows()
	return m, nil
}

// readTable reads n sorted 64-bit keys and then their n 32-bit values
// from p (whose length the caller has checked) and returns the rest of p;
// ok is false when the keys are not strictly increasing.
func readTable(p []byte, n int) (keys []uint64, vals []uint32, rest []byte, ok bool) {
	keys = make([]uint64, n)
	for i := range keys {
		keys[i] = binary.LittleEndian.Uint64(p[8*i:])
		if i > 0 && keys[i] <= keys[i-1] {
			return nil, nil, nil, false
		}
	}
	p = p[8*n:]
	vals = make([]uint32, n)
	for i := range vals {
		vals[i] = binary.LittleEndian.Uint32(p[4*i:])
	}
	return keys, vals, p[4*n:], true
}

// WriteTo writes m in the binary model format.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	var b bytes.Buffer
	b.Write(magic[:])
	le := binary.LittleEndian
	version := uint32(3) // no span table: the format before it
	if len(m.spanKeys) > 0 {
		version = FormatVersion
	}
	b.Write(le.AppendUint32(nil, version))
	b.Write(le.AppendUint32(nil, NumLabels))
	b.Write(le.AppendUint32(nil, uint32(m.rowBits)))
	b.Write(le.AppendUint32(nil, uint32(len(m.rows))))
	b.Write(le.AppendUint32(nil, uint32(len(m.lexKeys))))
	if version >= 4 {
		b.Write(le.AppendUint32(nil, uint32(len(m.spanKeys))))
	}
	buf := make([]byte, 0, 4*len(m.rows)+NumLabels*len(m.rows)+12*len(m.lexKeys)+12*len(m.spanKeys))
	for _, r := range m.rows {
		buf = le.AppendUint32(buf, r)
	}
	for r := range m.rows {
		for l := range NumLabels {
			buf = append(buf, byte(m.weight(r, l)))
		}
	}
	for _, k := range m.lexKeys {
		buf = le.AppendUint64(buf, k)
	}
	for _, v := range m.lexVals {
		buf = le.AppendUint32(buf, v)
	}
	for _, k := range m.spanKeys {
		buf = le.AppendUint64(buf, k)
	}
	for _, v := range m.spanVals {
		buf = le.AppendUint32(buf, v)
	}
	b.Write(buf)
	b.Write(le.AppendUint32(nil, crc32.ChecksumIEEE(b.Bytes())))
	n, err := w.Write(b.Bytes())
	return int64(n), err
}

// Stats describes a model's size.
type Stats struct {
	Rows, LexiconWords, RowBits int
}

// Stats returns the number of weight rows and lexicon words of m.
func (m *Model) Stats() Stats {
	return Stats{Rows: len(m.rows), LexiconWords: len(m.lexKeys), RowBits: m.rowBits}
}
