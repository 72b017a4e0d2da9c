package factcheck

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// maxClaimWords bounds the claim side of the alignment, so the cost of a
// comparison is linear in the article's length.
const maxClaimWords = 256

// word is one normalised word with its byte span in the source.
type word struct {
	norm       string // NFC, case-folded
	start, end int
	gap        bool // an ellipsis stands right before this word
}

// isWordRune reports whether r belongs to a word: letters, digits and
// combining marks. Everything else, including quote marks, hyphens and
// apostrophes, separates words.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// folder normalises words; it holds a Caser and so is used by one goroutine.
type folder struct{ c cases.Caser }

func newFolder() *folder { return &folder{cases.Fold()} }

func (f *folder) fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	return f.c.String(norm.NFC.String(s))
}

// words appends the words of src[start:end] to dst, with spans offset into
// src. Invalid UTF-8 bytes separate words. An ellipsis (… or ...) between
// two words marks the following word as gap.
func (f *folder) words(dst []word, src string, start, end int) []word {
	gap := false
	dots := 0
	for i := start; i < end; {
		r, n := utf8.DecodeRuneInString(src[i:end])
		if r == utf8.RuneError && n <= 1 || !isWordRune(r) {
			switch r {
			case '…':
				gap = true
			case '.':
				dots++
				if dots >= 3 {
					gap = true
				}
			default:
				dots = 0
			}
			if r != '.' {
				dots = 0
			}
			i += max(n, 1)
			continue
		}
		j := i + n
		for j < end {
			r, n := utf8.DecodeRuneInString(src[j:end])
			if r == utf8.RuneError && n <= 1 || !isWordRune(r) {
				break
			}
			j += n
		}
		dst = append(dst, word{norm: f.fold(src[i:j]), start: i, end: j, gap: gap})
		gap, dots = false, 0
		i = j
	}
	return dst
}

// subCost is the cost of aligning claim word a with article word b: 0 for
// the same word, a fraction for the same stem with another ending, about 1
// else (a hair more, so an exact match after an insertion wins a tie).
func subCost(a, b string) float64 {
	if a == b {
		return 0
	}
	la, lb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	if la < 4 || lb < 4 {
		return delCost
	}
	lcp := 0
	for a != "" && b != "" {
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		if ra != rb {
			break
		}
		lcp++
		a, b = a[na:], b[nb:]
	}
	if lcp < 4 {
		return delCost
	}
	// Same stem: the differing tail costs its share of the longer word, at
	// most half a word, so "klug" and "klugen" are not the same word either.
	return min(0.5, float64(max(la, lb)-lcp)/float64(max(la, lb)))
}

// delCost is the cost of a claim word missing from the article or changed.
// It is a hair above the cost of an inserted article word, so that of two
// equally good windows the one that matches more claim words wins.
const delCost = 1 + 1e-6

// alignment is the best match of a claim inside a run of article words.
type alignment struct {
	cost     float64
	from, to int // article word range [from, to)
}

// align finds the window of text that matches the whole claim at the
// lowest edit cost (approximate substring matching): claim words may be
// changed or dropped at cost 1 each (a changed ending costs less), and
// article words inserted at cost 1, free where the claim has an ellipsis.
// Article words before and after the window are free. It runs in
// O(len(claim)·len(text)) time and O(len(text)) space.
func align(claim, text []word) alignment {
	m, n := len(claim), len(text)
	if m == 0 {
		return alignment{}
	}
	if n == 0 {
		return alignment{cost: float64(m)}
	}
	prev, cur := make([]float64, n+1), make([]float64, n+1)
	prevS, curS := make([]int, n+1), make([]int, n+1)
	for j := range prevS {
		prevS[j] = j
	}
	for i := 1; i <= m; i++ {
		ins := 1.0
		if i < m && claim[i].gap {
			ins = 0
		}
		cur[0], curS[0] = prev[0]+delCost, 0
		c := claim[i-1].norm
		for j := 1; j <= n; j++ {
			best, s := prev[j-1]+subCost(c, text[j-1].norm), prevS[j-1]
			if v := prev[j] + delCost; v < best {
				best, s = v, prevS[j]
			}
			if v := cur[j-1] + ins; v < best {
				best, s = v, curS[j-1]
			}
			cur[j], curS[j] = best, s
		}
		prev, cur = cur, prev
		prevS, curS = curS, prevS
	}
	a := alignment{cost: prev[0], from: 0, to: 0}
	for j := 1; j <= n; j++ {
		if prev[j] < a.cost {
			a = alignment{cost: prev[j], from: prevS[j], to: j}
		}
	}
	if a.from > a.to {
		a.from = a.to
	}
	return a
}

// score turns an alignment cost into a similarity in [0, 1].
func score(cost float64, claimWords int) float64 {
	if claimWords == 0 {
		return 0
	}
	s := 1 - cost/float64(claimWords)
	// Round away the tie-break hair of delCost.
	s = math.Round(s*1e4) / 1e4
	return max(0, s)
}
