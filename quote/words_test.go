package quote

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// hasSuffixFold and suffixIndex skip entries by their last byte before
// folding; they must answer exactly what EqualFold on the tail answers.
func TestHasSuffixFold(t *testing.T) {
	slow := func(w string, list []string) bool {
		for _, s := range list {
			if len(w) >= len(s) && strings.EqualFold(w[len(w)-len(s):], s) {
				return true
			}
		}
		return false
	}
	lists := [][]string{roleSuffix, orgSuffix, {"ä", "ß", "k", "s", ""}, {"büro", "chefs"}}
	words := []string{"", "a", "Sprecher", "POLIZEISPRECHER", "Bundespolizei", "BUNDESPOLIZEI", "Polizeisprecherin",
		"Ministerin", "Gäste", "GÄ", "gä", "Fuß", "FUSS", "Kelvin\u212a", "Chefs", "CHEFS", "Büro", "BÜRO", "\xff", "Vorstand"}
	for _, list := range lists {
		for _, w := range words {
			want := slow(w, list)
			if got := hasSuffixFold(w, list); got != want {
				t.Errorf("hasSuffixFold(%q, %v) = %v, EqualFold says %v", w, list[:min(3, len(list))], got, want)
			}
			if got := newSuffixIndex(list).has(w); got != want {
				t.Errorf("suffixIndex(%v).has(%q) = %v, EqualFold says %v", list[:min(3, len(list))], w, got, want)
			}
		}
	}
}

// The guards before ToLower in isOrgWord, isMedia, femaleNoun, spokesWord
// and widen rest on this: outside ASCII only İ and the Kelvin sign
// lower-case to an ASCII letter (i, k).
func TestLowerToASCII(t *testing.T) {
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		if l := unicode.ToLower(r); l < utf8.RuneSelf && r != 'İ' && r != '\u212a' {
			t.Errorf("%U lower-cases to %q", r, l)
		}
	}
}
