package quote

import (
	"strings"
	"testing"
)

// hasSuffixFold skips entries by their last byte before folding; it must
// answer exactly what EqualFold on the tail answers.
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
			if got, want := hasSuffixFold(w, list), slow(w, list); got != want {
				t.Errorf("hasSuffixFold(%q, %v) = %v, EqualFold says %v", w, list[:min(3, len(list))], got, want)
			}
		}
	}
}
