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
	for i, r := range w {
		rest := w[i:]
		if i < 3 || len(rest) > maxSuffix {
			continue
		}
		if utf8.RuneCountInString(rest) < 4 {
			break
		}
		if !unicode.IsLower(r) {
			continue
		}
		if commonNoun(string(unicode.ToUpper(r)) + rest[utf8.RuneLen(r):]) {
			return true
		}
	}
	return false
}

// maxSuffix bounds in bytes the last word of a compound that commonNoun
// and roleGender look up (Aufsichtsratsvorsitzender has 25), so that a long
// word costs linear time.
const maxSuffix = 40

// lastPart returns the part of w after its last hyphen.
func lastPart(w string) string { return w[strings.LastIndexByte(w, '-')+1:] }
