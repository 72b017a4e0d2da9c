package text

import (
	"cmp"
	_ "embed"
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The word lists live in data/ as plain text (see data/SOURCE.md). They are
// parsed once, on first use, into the read-only tables below.
var (
	//go:embed data/abbrev.txt
	abbrevTxt string
	//go:embed data/abbrev_final.txt
	abbrevFinalTxt string
	//go:embed data/abbrev_number.txt
	abbrevNumberTxt string
	//go:embed data/months.txt
	monthsTxt string
	//go:embed data/ordinal_prev.txt
	ordinalPrevTxt string
	//go:embed data/sentence_start.txt
	sentenceStartTxt string
)

// abbrevFlag describes a known abbreviation part.
type abbrevFlag uint8

const (
	abbrevPlain  abbrevFlag = 1 << iota // a one-part abbreviation ("Dr.")
	abbrevFinal                         // may end a sentence ("usw.", last part of "v. Chr.")
	abbrevFirst                         // first part of a multi-part entry ("z." of "z. B.")
	abbrevMonth                         // a month abbreviation ("Jan.")
	abbrevNumber                        // an abbreviation only before a number ("Art. 5")
)

// lexicon holds the decoded word lists. It is immutable after construction
// and shared by all goroutines.
type lexicon struct {
	abbrev    map[string]abbrevFlag // "Dr." → plain; "z." → first; "usw." → plain|final
	abbrevTab wordTable[abbrevFlag] // abbrev again, for the tokenizer's many lookups
	multi     [][]string            // multi-part entries, parts with their dots, capital variants included
	multiBy   wordTable[[]int]      // first part → indices into multi, in list order
	months    wordTable[bool]       // "Januar", "Jan." …
	ordPrev   wordTable[bool]       // "am", "zum" …
	starts    wordTable[bool]       // "Der", "Er" …: begin a sentence after an abbreviation
}

var lex = sync.OnceValue(loadLexicon)

func loadLexicon() *lexicon {
	l := &lexicon{abbrev: make(map[string]abbrevFlag)}
	months, ordPrev, starts := make(map[string]bool), make(map[string]bool), make(map[string]bool)
	addAbbrevs := func(src string, final bool) {
		for _, e := range entries(src) {
			for _, v := range variants(e) {
				parts := strings.Fields(v)
				if len(parts) == 1 {
					f := abbrevPlain
					if final {
						f |= abbrevFinal
					}
					l.abbrev[v] |= f
					continue
				}
				l.multi = append(l.multi, parts)
				l.abbrev[parts[0]] |= abbrevFirst
				if final {
					// The last part is only an Abbrev token after a full
					// match, so flagging it is safe.
					l.abbrev[parts[len(parts)-1]] |= abbrevFinal
				}
			}
		}
	}
	addAbbrevs(abbrevTxt, false)
	addAbbrevs(abbrevFinalTxt, true)
	for _, e := range entries(abbrevNumberTxt) {
		l.abbrev[e] |= abbrevNumber
	}
	for _, e := range entries(monthsTxt) {
		months[e] = true
		if strings.HasSuffix(e, ".") {
			l.abbrev[e] |= abbrevMonth
		}
	}
	for _, e := range entries(ordinalPrevTxt) {
		ordPrev[e] = true
	}
	for _, e := range entries(sentenceStartTxt) {
		starts[e] = true
	}
	l.months, l.ordPrev, l.starts = newWordTable(months), newWordTable(ordPrev), newWordTable(starts)
	l.abbrevTab = newWordTable(l.abbrev)
	byFirst := make(map[string][]int)
	for k, parts := range l.multi {
		byFirst[parts[0]] = append(byFirst[parts[0]], k)
	}
	l.multiBy = newWordTable(byFirst)
	return l
}

// abbrevFlags returns the flags of w as an abbreviation, l.abbrev[w].
func (l *lexicon) abbrevFlags(w string) abbrevFlag { return l.abbrevTab.get(w) }

// sigBits is the width of a signature.
const sigBits = 10

// signature hashes a word by what is cheap to read: its length and its
// first and second-to-last bytes (the last is the full stop of every
// abbreviation).
func signature(w string) uint32 {
	if len(w) < 2 {
		return 0
	}
	h := uint32(len(w)) | uint32(w[0])<<8 | uint32(w[len(w)-2])<<16
	return h * 0x9E3779B1 >> (32 - sigBits)
}

// wordTable is a read-only map from words to values that needs no hashing
// of the whole word: the words are grouped by signature, and a lookup
// compares the few words that share the signature of its key. Most words
// of a text share none and cost a few instructions.
type wordTable[V any] struct {
	start [1<<sigBits + 1]uint16 // the words with signature g are keys[start[g]:start[g+1]]
	keys  []string
	vals  []V
}

func newWordTable[V any](m map[string]V) wordTable[V] {
	if len(m) >= 1<<16 {
		panic("text: embedded word list too long")
	}
	keys := slices.Sorted(maps.Keys(m))
	slices.SortStableFunc(keys, func(a, b string) int { return cmp.Compare(signature(a), signature(b)) })
	var t wordTable[V]
	t.keys = keys
	t.vals = make([]V, len(keys))
	for k, w := range keys {
		t.vals[k] = m[w]
		t.start[signature(w)+1]++
	}
	for g := 1; g < len(t.start); g++ {
		t.start[g] += t.start[g-1]
	}
	return t
}

// get returns the value of w, or the zero value.
func (t *wordTable[V]) get(w string) V {
	g := signature(w)
	for k := t.start[g]; k < t.start[g+1]; k++ {
		if t.keys[k] == w {
			return t.vals[k]
		}
	}
	var zero V
	return zero
}

// entries returns the non-comment, non-blank lines of a word list.
func entries(src string) []string {
	var out []string
	for line := range strings.Lines(src) {
		line = strings.TrimRight(line, "\r\n")
		if line == "" || line[0] == '#' {
			continue
		}
		out = append(out, line)
	}
	return out
}

// variants returns e and, when e starts with a lowercase letter, e with a
// capital first letter, as at the start of a sentence.
func variants(e string) []string {
	r, w := utf8.DecodeRuneInString(e)
	if !unicode.IsLower(r) {
		return []string{e}
	}
	return []string{e, string(unicode.ToUpper(r)) + e[w:]}
}

// IsAbbrev reports whether s is an abbreviation of the embedded list,
// written with its full stops: "Dr.", "Mio.", "usw.", "z. B.", "Z. B.".
// Initials ("J.") and dotted forms without spaces ("z.B.") are recognised
// by the tokenizer but are not in the list.
func IsAbbrev(s string) bool {
	l := lex()
	if f := l.abbrev[s]; f&abbrevPlain != 0 {
		return true
	}
	parts := strings.Fields(s)
	if len(parts) < 2 {
		return false
	}
	for _, m := range l.multi {
		if equalParts(m, parts) {
			return true
		}
	}
	return false
}

func equalParts(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// lowerFirstKey looks w up in m, and then with its first letter
// lowercased, without allocating for words up to 32 bytes.
func lowerFirstKey(m *wordTable[bool], w string) bool {
	if m.get(w) {
		return true
	}
	if w == "" || w[0] < 'A' || w[0] > 'Z' || len(w) > 32 {
		return false
	}
	var buf [32]byte
	n := copy(buf[:], w)
	buf[0] += 'a' - 'A'
	return m.get(string(buf[:n]))
}
