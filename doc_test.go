package wortlaut_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/wortlaut/wortlaut"
)

func TestSpanText(t *testing.T) {
	src := "Berlin (dpa) - Merkel sagte …"
	cases := []struct {
		name string
		span wortlaut.Span
		want string
	}{
		{"inside", wortlaut.Span{Start: 0, End: 6}, "Berlin"},
		{"empty", wortlaut.Span{Start: 3, End: 3}, ""},
		{"multibyte", wortlaut.Span{Start: len(src) - 3, End: len(src)}, "…"},
		{"past end", wortlaut.Span{Start: 0, End: len(src) + 1}, ""},
		{"negative", wortlaut.Span{Start: -1, End: 2}, ""},
		{"reversed", wortlaut.Span{Start: 5, End: 2}, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, tc.span.Text(src))
		})
	}
}

func ExampleSpan() {
	src := "BERLIN (dpa) - Die Ministerin sagte: „Wir handeln.“"
	s := wortlaut.Span{Start: 0, End: 6}
	fmt.Println(s.Text(src), s.Len())
	// Output: BERLIN 6
}

// Len counts bytes, not characters: „ and ü take more than one.
func ExampleSpan_Len() {
	src := "„Grüß Gott“"
	s := wortlaut.Span{Start: 0, End: len(src)}
	fmt.Println(s.Len(), len([]rune(src)))
	// Output: 17 11
}

// Text never panics: a span outside the text gives "".
func ExampleSpan_Text() {
	src := "Wien (APA) - Der Nationalrat tagt."
	fmt.Printf("%q %q\n", wortlaut.Span{Start: 0, End: 4}.Text(src), wortlaut.Span{Start: 30, End: 99}.Text(src))
	// Output: "Wien" ""
}
