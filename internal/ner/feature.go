package ner

import (
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// Features are hashed: every feature is a template number and a 64-bit hash
// of its value, mixed into one 64-bit key whose top rowBits bits pick a row
// of the weight table. No feature string is ever built, so tagging does not
// allocate.

// Feature templates. The numbers are part of the model format: changing
// them or what they hash needs a new format version.
const (
	fBias = iota + 1
	fWord
	fLower
	fPrefix1 // fPrefix1+n-1 for prefixes of n = 1..4 runes
	_
	_
	_
	fSuffix1 // fSuffix1+n-1 for suffixes of n = 1..5 runes
	_
	_
	_
	_
	fShape
	fShortShape
	fFirst     // first token of the sentence, with shape
	fPrevLower // word i-1
	fNextLower // word i+1
	fPrev2Lower
	fNext2Lower
	fPrevShape
	fNextShape
	fPrevSuffix3
	fNextSuffix3
	fCluster // cluster of word i (fine, coarse)
	fClusterCoarse
	fPrevCluster
	fNextCluster
	fFreq      // frequency class of the lower-cased form in unlabelled text
	fCapRatio  // how often the word is capitalised inside sentences
	fFreqShape // frequency class with shape
	fGaz       // gazetteer bits
	fPrevGaz
	fNextGaz
	fRolePrev // a title or role word before
	fHyphenFirst
	fHyphenLast
	fHyphenFirstShape
	fPrevLabel
	fPrev2Labels
	fPrevLabelWord
	fPrevLabelShape
	fPrevWordWord // word i-1 and word i
	fWordNextWord
	fLen
	fPrevPrevLabelCluster
	fSpan // the word's place in a matched list entry (span.go); format version 4
)

// Word-lexicon entry layout (uint32).
const (
	lexClusterBits = 12 // fine cluster id; coarse = fine >> 4
	lexFreqShift   = 12 // 4 bits: log2 frequency class
	lexCapShift    = 16 // 4 bits: capitalisation ratio class, 0..10 (+1)
	lexGazShift    = 20 // 8 bits: gazetteer flags
	lexRoleBit     = 1 << 28
	lexSurnameBit  = 1 << 29 // a common German surname (data/surnames.txt)
)

// Gazetteer flags.
const (
	gazCountry = 1 << iota // a word of a country or region name (CLDR, German)
	gazPER                 // frequent in person names in training data
	gazORG
	gazLOC
	gazOTH
	gazFirstName // a given name (internal/lexicon/data/firstnames.txt)
	gazPlace     // a word of a place name (places.txt)
	gazOrg       // a word of an organisation name (orgs.txt)
)

// gazOf returns the gazetteer value of a lexicon entry: its flags and the
// surname bit.
func gazOf(lex uint32) uint64 {
	return uint64(lex>>lexGazShift&0xff) | uint64(lex&lexSurnameBit)>>21
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func mix(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

func hashBytes(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// feat combines a template and a value hash into a feature key.
func feat(tmpl int, v uint64) uint64 { return mix(v*31 + uint64(tmpl)*0x9e3779b97f4a7c15) }

// LowerHash is the hash of the lower-cased form of w, the key of the word
// lexicon.
func lowerHash(buf []byte, w string) ([]byte, uint64) {
	buf = appendLower(buf[:0], w)
	return buf, hashBytes(buf)
}

func appendLower(buf []byte, w string) []byte {
	for i := 0; i < len(w); {
		if c := w[i]; c < utf8.RuneSelf {
			// ASCII: what unicode.ToLower does, without the table
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf = append(buf, c)
			i++
			continue
		}
		r, sz := utf8.DecodeRuneInString(w[i:])
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
		i += sz
	}
	return buf
}

// token holds the per-token values the templates read.
type token struct {
	word, lower uint64
	pre         [4]uint64
	suf         [5]uint64
	shape       uint64
	short       uint64
	runes       int
	lex         uint32
	hyFirst     uint64
	hyLast      uint64
	hyShape     uint64
	hasHyphen   bool
	// span is the word's span gazetteer value in its sentence (see
	// [Model.markSpans]), 0 for none. It is set by [Model.prepare], not by
	// formToken: it depends on the neighbours.
	span uint64
}

func shapeClass(r rune) byte {
	if r < utf8.RuneSelf {
		// ASCII: what the unicode tests below say, without the tables
		switch {
		case 'A' <= r && r <= 'Z':
			return 'X'
		case 'a' <= r && r <= 'z':
			return 'x'
		case '0' <= r && r <= '9':
			return 'd'
		}
		return byte(r)
	}
	switch {
	case unicode.IsUpper(r):
		return 'X'
	case unicode.IsLower(r):
		return 'x'
	case unicode.IsDigit(r):
		return 'd'
	case r < utf8.RuneSelf:
		return byte(r)
	case unicode.IsPunct(r):
		return 'p'
	}
	return 's'
}

// fillToken computes t from word w; buf is scratch.
func (m *Model) fillToken(t *token, w string, buf []byte) []byte {
	buf = formToken(t, w, buf)
	t.lex = m.lookup(t.lower)
	return buf
}

// formToken computes t from word w, except its lexicon entry t.lex: the
// lookup reads a table larger than the CPU cache, and [Model.fill] looks
// up the words of a block in one short loop so that those reads overlap.
// buf is scratch.
func formToken(t *token, w string, buf []byte) []byte {
	buf = appendLower(buf[:0], w)
	t.word = hashString(w)
	t.lower = hashBytes(buf)
	// prefixes and suffixes over runes of the lower-cased form
	n := utf8.RuneCount(buf)
	t.runes = n
	for k := range t.pre {
		t.pre[k] = 0
	}
	for k := range t.suf {
		t.suf[k] = 0
	}
	i, k := 0, 0
	h := uint64(fnvOffset) // hashBytes(buf[:i]), one rune further each time
	for i < len(buf) && k < len(t.pre) {
		_, sz := utf8.DecodeRune(buf[i:])
		for _, c := range buf[i : i+sz] {
			h = (h ^ uint64(c)) * fnvPrime
		}
		i += sz
		if k+1 < n {
			t.pre[k] = h
		}
		k++
	}
	j := len(buf)
	k = 0
	for j > 0 && k < len(t.suf) {
		_, sz := utf8.DecodeLastRune(buf[:j])
		j -= sz
		if k+1 < n {
			t.suf[k] = hashBytes(buf[j:])
		}
		k++
	}
	// shapes: full (runs collapsed to at most 2) and short (runs to 1)
	var last, last2 byte
	hs, hsh := uint64(fnvOffset), uint64(fnvOffset)
	t.hasHyphen = false
	hy := -1
	for bi, r := range w {
		c := shapeClass(r)
		if !(c == last && c == last2) {
			hs = (hs ^ uint64(c)) * fnvPrime
		}
		if c != last {
			hsh = (hsh ^ uint64(c)) * fnvPrime
		}
		last2, last = last, c
		if r == '-' && bi > 0 {
			t.hasHyphen = true
			if hy < 0 {
				hy = bi
			}
		}
	}
	t.shape, t.short = hs, hsh
	t.hyFirst, t.hyLast, t.hyShape = 0, 0, 0
	if t.hasHyphen {
		first := w[:hy]
		lastPart := w[hy+1:]
		if p := lastIndexByte(w, '-'); p >= 0 {
			lastPart = w[p+1:]
		}
		buf = appendLower(buf[:0], first)
		t.hyFirst = hashBytes(buf)
		buf = appendLower(buf[:0], lastPart)
		t.hyLast = hashBytes(buf)
		var s uint64 = fnvOffset
		var lc byte
		for _, r := range first {
			c := shapeClass(r)
			if c != lc {
				s = (s ^ uint64(c)) * fnvPrime
			}
			lc = c
		}
		t.hyShape = s
		// the lexicon entry of the first part tells whether it is a name
	}
	return buf
}

func lastIndexByte(s string, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// lookup returns the lexicon entry of a lower-cased word hash, 0 if absent.
//
// The keys are hashes, so they spread evenly: the top bits of h pick a
// bucket of a few keys ([Model.indexLex]), where a binary search would
// read about 17 places of a table larger than the CPU's second-level
// cache, one after the other.
func (m *Model) lookup(h uint64) uint32 {
	b := h >> m.lexShift
	for i := m.lexStart[b]; i < m.lexStart[b+1]; i++ {
		if m.lexKeys[i] == h {
			return m.lexVals[i]
		}
	}
	return 0
}

// indexLex fills the bucket index of the lexicon keys for
// [Model.lookup]: lexStart[b] is the index of the first key whose top
// bits are b or more, with about eight keys to a bucket.
func (m *Model) indexLex() {
	nb := bits.Len(uint(len(m.lexKeys) / 8))
	m.lexShift = uint(64 - nb)
	if nb == 0 {
		m.lexShift = 63 // one bucket: every h>>63 is 0 or 1
	}
	buckets := 1 << (64 - m.lexShift)
	m.lexStart = make([]uint32, buckets+1)
	i := 0
	for b := range buckets {
		for i < len(m.lexKeys) && m.lexKeys[i]>>m.lexShift < uint64(b) {
			i++
		}
		m.lexStart[b] = uint32(i)
	}
	m.lexStart[buckets] = uint32(len(m.lexKeys))
}

const (
	boundary = 0x5bd1e995 // value hash of the sentence boundary
)

// staticFeatures appends the feature keys of token i that do not depend on
// labels.
func staticFeatures(dst []uint64, toks []token, i int) []uint64 {
	t := &toks[i]
	dst = wordFeatures(dst, t)
	if i == 0 {
		dst = append(dst, feat(fFirst, t.short))
	}
	pl, nl, p2, n2 := uint64(boundary), uint64(boundary), uint64(boundary), uint64(boundary)
	ps, ns, psuf, nsuf := uint64(boundary), uint64(boundary), uint64(boundary), uint64(boundary)
	var plex, nlex uint32 = 0xffffffff, 0xffffffff
	if i > 0 {
		p := &toks[i-1]
		pl, ps, psuf, plex = p.lower, p.short, p.suf[2], p.lex
		if i > 1 {
			p2 = toks[i-2].lower
		}
	}
	if i+1 < len(toks) {
		n := &toks[i+1]
		nl, ns, nsuf, nlex = n.lower, n.short, n.suf[2], n.lex
		if i+2 < len(toks) {
			n2 = toks[i+2].lower
		}
	}
	dst = append(dst,
		feat(fPrevLower, pl), feat(fNextLower, nl),
		feat(fPrev2Lower, p2), feat(fNext2Lower, n2),
		feat(fPrevShape, ps), feat(fNextShape, ns),
		feat(fPrevSuffix3, psuf), feat(fNextSuffix3, nsuf),
		feat(fPrevWordWord, pl*7919+t.lower),
		feat(fWordNextWord, t.lower*7919+nl),
	)
	lex := t.lex
	cl := uint64(lex & (1<<lexClusterBits - 1))
	freq := uint64(lex >> lexFreqShift & 15)
	capr := uint64(lex >> lexCapShift & 15)
	gaz := gazOf(lex)
	dst = append(dst,
		feat(fCluster, cl), feat(fClusterCoarse, cl>>4),
		feat(fFreq, freq), feat(fCapRatio, capr*64+t.short&63),
		feat(fFreqShape, freq*977+t.short),
		feat(fGaz, gaz),
	)
	if plex != 0xffffffff {
		dst = append(dst, feat(fPrevCluster, uint64(plex&(1<<lexClusterBits-1))), feat(fPrevGaz, gazOf(plex)))
		if plex&lexRoleBit != 0 {
			dst = append(dst, feat(fRolePrev, t.short))
		}
	} else {
		dst = append(dst, feat(fPrevCluster, boundary))
	}
	if nlex != 0xffffffff {
		dst = append(dst, feat(fNextCluster, uint64(nlex&(1<<lexClusterBits-1))), feat(fNextGaz, gazOf(nlex)))
	} else {
		dst = append(dst, feat(fNextCluster, boundary))
	}
	if t.hasHyphen {
		dst = append(dst, feat(fHyphenFirst, t.hyFirst), feat(fHyphenLast, t.hyLast), feat(fHyphenFirstShape, t.hyShape))
	}
	if t.span != 0 {
		dst = append(dst, feat(fSpan, t.span))
	}
	return dst
}

// Tag sums the rows of [staticFeatures] by what each feature reads, so
// that the sums of a word can be kept and reused wherever the word occurs:
// selfFeatures read the word alone, asPrevFeatures the word before the
// current one, asNextFeatures the word after it, and pairFeatures a word
// with its neighbours. With the boundary features of the sentence ends they
// make up staticFeatures exactly (TestStaticSplit).

// wordFeatures appends the keys of t's word, shape, length and affix
// features, the first of both staticFeatures and selfFeatures (in the same
// order, so that training sums them as before).
func wordFeatures(dst []uint64, t *token) []uint64 {
	dst = append(dst,
		feat(fBias, 0),
		feat(fWord, t.word),
		feat(fLower, t.lower),
		feat(fShape, t.shape),
		feat(fShortShape, t.short),
		feat(fLen, uint64(min(t.runes, 12))),
	)
	for k, p := range t.pre {
		if p != 0 {
			dst = append(dst, feat(fPrefix1+k, p))
		}
	}
	for k, s := range t.suf {
		if s != 0 {
			dst = append(dst, feat(fSuffix1+k, s))
		}
	}
	return dst
}

// selfFeatures appends the keys of t's static features that read only t.
func selfFeatures(dst []uint64, t *token) []uint64 {
	dst = wordFeatures(dst, t)
	lex := t.lex
	cl := uint64(lex & (1<<lexClusterBits - 1))
	freq := uint64(lex >> lexFreqShift & 15)
	capr := uint64(lex >> lexCapShift & 15)
	dst = append(dst,
		feat(fCluster, cl), feat(fClusterCoarse, cl>>4),
		feat(fFreq, freq), feat(fCapRatio, capr*64+t.short&63),
		feat(fFreqShape, freq*977+t.short),
		feat(fGaz, gazOf(lex)),
	)
	if t.hasHyphen {
		dst = append(dst, feat(fHyphenFirst, t.hyFirst), feat(fHyphenLast, t.hyLast), feat(fHyphenFirstShape, t.hyShape))
	}
	return dst
}

// asPrevFeatures returns the keys of the static features of a word that
// read p, the word before it, except the pair features.
func asPrevFeatures(p *token) [5]uint64 {
	return [5]uint64{
		feat(fPrevLower, p.lower), feat(fPrevShape, p.short), feat(fPrevSuffix3, p.suf[2]),
		feat(fPrevCluster, uint64(p.lex&(1<<lexClusterBits-1))), feat(fPrevGaz, gazOf(p.lex)),
	}
}

// asNextFeatures returns the keys of the static features of a word that
// read n, the word after it, except the pair features.
func asNextFeatures(n *token) [5]uint64 {
	return [5]uint64{
		feat(fNextLower, n.lower), feat(fNextShape, n.short), feat(fNextSuffix3, n.suf[2]),
		feat(fNextCluster, uint64(n.lex&(1<<lexClusterBits-1))), feat(fNextGaz, gazOf(n.lex)),
	}
}

// edgeFeatures returns the keys of the static features that read past the
// ends of a sentence: edgeFeatures()[e] for the edges e below.
func edgeFeatures() [4][]uint64 {
	return [4][]uint64{
		edgeBefore:  {feat(fPrevLower, boundary), feat(fPrevShape, boundary), feat(fPrevSuffix3, boundary), feat(fPrevCluster, boundary)},
		edgeBefore2: {feat(fPrev2Lower, boundary)},
		edgeAfter:   {feat(fNextLower, boundary), feat(fNextShape, boundary), feat(fNextSuffix3, boundary), feat(fNextCluster, boundary)},
		edgeAfter2:  {feat(fNext2Lower, boundary)},
	}
}

// Sentence edges: the first word has nothing before it (edgeBefore) and
// nothing two words before (edgeBefore2), the second word nothing two words
// before; likewise at the end.
const (
	edgeBefore = iota
	edgeBefore2
	edgeAfter
	edgeAfter2
)

// pairFeatures appends the keys of the static features of word i that
// read it together with a neighbour, and of the first word. vals holds the
// values of the sentence's words.
func pairFeatures(dst []uint64, vals []wordVals, i int) []uint64 {
	t := &vals[i]
	pl, nl := uint64(boundary), uint64(boundary)
	if i > 0 {
		p := &vals[i-1]
		pl = p.lower
		if p.lex&lexRoleBit != 0 {
			dst = append(dst, feat(fRolePrev, t.short))
		}
	} else {
		dst = append(dst, feat(fFirst, t.short))
	}
	if i+1 < len(vals) {
		nl = vals[i+1].lower
	}
	return append(dst, feat(fPrevWordWord, pl*7919+t.lower), feat(fWordNextWord, t.lower*7919+nl))
}

// wordVals are the values of a word that [pairFeatures] and
// [prevWordFeatures] read.
type wordVals struct {
	lower, short uint64
	lex          uint32
}

func (t *token) vals() wordVals { return wordVals{lower: t.lower, short: t.short, lex: t.lex} }

// historyFeatures appends the feature keys of token i that depend on the
// labels already chosen for tokens i-1 and i-2: those of the labels alone
// ([labelFeatures]) and those of the previous label with the word
// ([prevWordFeatures]).
func historyFeatures(dst []uint64, toks []token, i int, prev, prev2 Label) []uint64 {
	lf := labelFeatures(prev, prev2)
	pf := prevWordFeatures(toks[i].vals(), prev)
	return append(append(dst, lf[:]...), pf[:]...)
}

// labelFeatures returns the feature keys of the two previous labels that
// do not depend on the word. [Model.Tag] sums their rows once per label
// pair when the model is loaded.
func labelFeatures(prev, prev2 Label) [2]uint64 {
	return [2]uint64{
		feat(fPrevLabel, uint64(prev)),
		feat(fPrev2Labels, uint64(prev)*32+uint64(prev2)),
	}
}

// prevWordFeatures returns the feature keys of the previous label with
// token t. [Model.Tag] scores them once per distinct previous label in the
// beam.
func prevWordFeatures(t wordVals, prev Label) [3]uint64 {
	cl := uint64(t.lex & (1<<lexClusterBits - 1))
	return [3]uint64{
		feat(fPrevLabelWord, uint64(prev)+t.lower*64),
		feat(fPrevLabelShape, uint64(prev)+t.short*64),
		feat(fPrevPrevLabelCluster, uint64(prev)+cl*64),
	}
}

// allowed reports whether label l may follow prev in BIO.
func allowed(prev, l Label) bool {
	if l == O || l.Begin() {
		return true
	}
	return prev != O && prev.Inside() == l
}
