package entity

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/wortlaut/wortlaut/internal/lexicon"
)

//go:generate go run gen_nouns.go

// nounsTxt lists capitalised words that the labelled German corpora use as
// common nouns (Produkte, Plattform, Unternehmen); see data/SOURCE.md.
//
//go:embed data/nouns.txt
var nounsTxt string

var nouns = sync.OnceValue(func() map[string]struct{} {
	m := map[string]struct{}{}
	for w := range lexicon.Lines(nounsTxt) {
		m[w] = struct{}{}
	}
	return m
})

// commonNoun reports whether the capitalised word w is a common noun: every
// German noun is capitalised, so a capital letter alone does not make a
// name. Callers check the gazetteer first (Linke is a noun and a party).
func commonNoun(w string) bool {
	_, ok := nouns()[w]
	return ok
}

// nounCompound reports whether w is a common noun or a compound ending in
// one (Kleinunternehmen → Unternehmen), for the last part of a hyphenated
// word. Single words are not split: Volkswagen ends in Wagen, Deutschland
// in Land.
func nounCompound(w string) bool {
	if commonNoun(w) {
		return true
	}
	var buf [tailBuf]byte
	for i := 0; ; {
		t, next, ok := nextTail(w, i, buf[:0])
		if !ok {
			return false
		}
		if _, ok := nouns()[string(t)]; ok {
			return true
		}
		i = next
	}
}

// tailBuf is the size of a buffer that holds any tail nextTail builds.
const tailBuf = maxSuffix + utf8.UTFMax

// nextTail returns, appended to buf, the next possible last word of the
// compound w at or after byte i, capitalised (Kleinunternehmen →
// Unternehmen), and where to look for the one after it. The first part
// must have three bytes or more and the last word four runes or more;
// words longer than maxSuffix are not split, so that a long word costs
// linear time.
func nextTail(w string, i int, buf []byte) (tail []byte, next int, ok bool) {
	for i = max(i, 3); i < len(w); {
		r, size := utf8.DecodeRuneInString(w[i:])
		rest := w[i:]
		if len(rest) <= maxSuffix && unicode.IsLower(r) && utf8.RuneStart(w[i]) {
			if utf8.RuneCountInString(rest) < 4 {
				return nil, 0, false
			}
			buf = utf8.AppendRune(buf, unicode.ToUpper(r))
			return append(buf, rest[size:]...), i + size, true
		}
		i += size
	}
	return nil, 0, false
}

// maxSuffix bounds in bytes the last word of a compound that commonNoun
// and roleGender look up (Aufsichtsratsvorsitzender has 25), so that a long
// word costs linear time.
const maxSuffix = 40

// lastPart returns the part of w after its last hyphen.
func lastPart(w string) string { return w[strings.LastIndexByte(w, '-')+1:] }
