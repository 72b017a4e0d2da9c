package text

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// loopBoundaries marks every offset where a decoding loop over s starts a
// rune, plus len(s): the definition Boundary must agree with.
func loopBoundaries(s string) []bool {
	at := make([]bool, len(s)+1)
	for i := 0; i < len(s); {
		at[i] = true
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	at[len(s)] = true
	return at
}

func TestBoundary(t *testing.T) {
	for _, s := range []string{"", "a", "„Ja“", "\"  \x9c 0", "\xe2\x82", "\xe2\x82\xac", "\xf0\x9f\x98\x80x", "\x80\x80\x80\x80", "ü\xffö"} {
		want := loopBoundaries(s)
		for i := -1; i <= len(s)+1; i++ {
			w := i >= 0 && i <= len(s) && want[i]
			assert.Equal(t, w, Boundary(s, i), "%q at %d", s, i)
		}
	}
}

func FuzzBoundary(f *testing.F) {
	f.Add("„Wir“ \xe2\x82 \xf0\x9f\x98\x80")
	f.Fuzz(func(t *testing.T, s string) {
		want := loopBoundaries(s)
		for i := range want {
			if Boundary(s, i) != want[i] {
				t.Fatalf("Boundary(%q, %d) = %v", s, i, !want[i])
			}
		}
	})
}
