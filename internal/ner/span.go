package ner

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span gazetteer: the word gazetteer bits ([gazOf]) mark every word of a
// multi-word list entry alike, so „of“ in „Commonwealth Bank of
// Australia“ or „freie“ in „Freie Demokratische Partei“ carries the same
// name mark wherever it stands. A span match instead finds, before
// tagging, the longest list entry that the words at a position spell
// exactly (case and all), and gives each of its words a feature of the
// lists the entry is in, its position in the entry (B, I, E, or S for a
// one-word entry) and the entry length, as GermaNER-style taggers do.
// The feature depends on the sentence, not on the word alone, so Tag adds
// it outside the per-word cache.

// Span table values: the lists an entry is in (spanFirst…spanRegion)
// and whether a longer entry continues the words (spanPrefix).
const (
	spanFirst  = 1 << iota // a given name (firstnames.txt, given-names.txt)
	spanSur                // a common surname (surnames.txt)
	spanPlace              // places.txt
	spanOrg                // orgs.txt
	spanRegion             // a CLDR region name
	spanPrefix
	spanTypes = spanPrefix - 1
)

// Positions of a word in a matched entry.
const (
	spanS = iota
	spanB
	spanI
	spanE
)

// spanKey returns the key of the word sequence whose key is prev (0 for
// none yet) followed by the word with hash w ([hashString] of the word as
// written).
func spanKey(prev, w uint64) uint64 {
	return mix(prev*0x9e3779b97f4a7c15 ^ w ^ 0x5a4e)
}

// buildSpans returns the sorted keys and values of the span table of the
// entries of the lists: every entry's words and every proper prefix of
// them.
func buildSpans(lists []spanList) (keys []uint64, vals []uint32) {
	m := map[uint64]uint32{}
	for _, l := range lists {
		for _, e := range l.entries {
			var k uint64
			words := strings.Fields(e)
			for i, w := range words {
				if l.title && strings.ToLower(w) == w {
					w = title(w)
				}
				k = spanKey(k, hashString(w))
				if i+1 < len(words) {
					m[k] |= spanPrefix
				} else {
					m[k] |= l.bit
				}
			}
		}
	}
	keys = make([]uint64, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, cmp.Compare)
	vals = make([]uint32, len(keys))
	for i, k := range keys {
		vals[i] = m[k]
	}
	return keys, vals
}

// spanList is a name list and its span table bit. With title, a word
// without capitals is matched with a capital first letter: the given-name
// and surname lists of internal/ner/data are lower-case (abel), and
// matched as written they marked 240 lower-case words of GermEval 2014 dev,
// one of them in a name.
type spanList struct {
	entries []string
	bit     uint32
	title   bool
}

// title returns w with its first letter upper-case.
func title(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}

// spanValue looks up a key of the span table, 0 if absent.
func (m *Model) spanValue(k uint64) uint32 {
	if i, ok := slices.BinarySearch(m.spanKeys, k); ok {
		return m.spanVals[i]
	}
	return 0
}

// markSpans sets out[i] to the span feature value of word i (0 for none)
// from the word hashes hs ([hashString] of each word), and returns out.
// Matching is leftmost-longest: at each position the longest entry wins
// and the next match starts after it. The time is linear in len(hs) times
// the word count of the longest entry, which the prefix marks bound.
func (m *Model) markSpans(out []uint64, hs []uint64) []uint64 {
	out = slices.Grow(out[:0], len(hs))[:len(hs)]
	clear(out)
	if len(m.spanKeys) == 0 {
		return out
	}
	for i := 0; i < len(hs); {
		var k uint64
		end, types := -1, uint32(0)
		for j := i; j < len(hs); j++ {
			k = spanKey(k, hs[j])
			v := m.spanValue(k)
			if v&spanTypes != 0 {
				end, types = j, v&spanTypes
			}
			if v&spanPrefix == 0 {
				break
			}
		}
		if end < 0 {
			i++
			continue
		}
		n := end - i + 1
		for j := i; j <= end; j++ {
			pos := spanI
			switch {
			case n == 1:
				pos = spanS
			case j == i:
				pos = spanB
			case j == end:
				pos = spanE
			}
			out[j] = uint64(types)<<4 | uint64(pos)<<2 | uint64(min(n, 3))
		}
		i = end + 1
	}
	return out
}

// markTokens sets the span gazetteer values of toks, a sentence, for
// training and tests; [Model.Tag] marks its words without tokens.
func (m *Model) markTokens(toks []token) {
	hs := make([]uint64, len(toks))
	for i := range toks {
		hs[i] = toks[i].word
	}
	for i, v := range m.markSpans(nil, hs) {
		toks[i].span = v
	}
}
