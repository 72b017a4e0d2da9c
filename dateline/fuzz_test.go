package dateline

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wortlaut/wortlaut"
	"github.com/wortlaut/wortlaut/internal/text"
)

// seeds returns the fixture openings, the seed article and invalid UTF-8.
func seeds(t testing.TB) []string {
	var out []string
	for _, name := range []string{"de", "en", "fr", "es", "it", "none"} {
		b, err := os.ReadFile(filepath.Join("../testdata/dateline", name+".txt"))
		require.NoError(t, err)
		out = append(out, strings.Split(string(b), "\n%%\n")...)
	}
	b, err := os.ReadFile("../testdata/seed.txt")
	require.NoError(t, err)
	out = append(out, string(b),
		"", "\xff", "BERLIN (dpa) \xff- Der", "Berlin\xc3 (dpa) - Der", "(\xe2\x80 ANSA) - ROMA, 9 GEN -",
		"K\xf6ln. Die", "Wien, 9. J\xe4nner (APA) - Die", "\xef\xbb\xbfBERLIN (dpa) - Der", "(dpa)\n(dpa", "Text.\n(dpa\xff)",
		"Halle (Saale)/MZ -", "(AP) -Illinois", "Washington (CNN)A", "MOSKAU, 16. April. /TASS/.")
	return out
}

// checkSpan fails unless sp lies within [lo, hi] of src on rune
// boundaries and src[sp] == got.
func checkSpan(t *testing.T, src string, sp wortlaut.Span, got string, lo, hi int) {
	t.Helper()
	if sp.Start < lo || sp.End > hi || sp.Start > sp.End {
		t.Fatalf("span %v outside [%d, %d]", sp, lo, hi)
	}
	if !text.Boundary(src, sp.Start) || !text.Boundary(src, sp.End) {
		t.Fatalf("span %v not on rune boundaries", sp)
	}
	if src[sp.Start:sp.End] != got {
		t.Fatalf("src[%v] = %q, Text = %q", sp, src[sp.Start:sp.End], got)
	}
}

// checkDateline checks the invariants of a dateline found in text.
func checkDateline(t *testing.T, text string, d Dateline) {
	t.Helper()
	checkSpan(t, text, d.Span, d.Text, 0, len(text))
	last := d.Start
	for _, p := range d.Places {
		checkSpan(t, text, p.Span, p.Text, last, d.End)
		last = p.End
		if p.Name == "" {
			t.Fatalf("place %q without a name", p.Text)
		}
	}
	for _, a := range d.Agencies {
		checkSpan(t, text, a.Span, a.Text, d.Start, d.End)
		if a.Name == "" {
			t.Fatalf("agency %q without a name", a.Text)
		}
	}
	if d.Month < 0 || d.Month > 12 || d.Day < 0 || d.Day > 31 {
		t.Fatalf("date %d.%d.%d", d.Day, d.Month, d.Year)
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range seeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d, ok := Find(text)
		if !ok {
			assert.Equal(t, Dateline{}, d)
			return
		}
		checkDateline(t, text, d)
		if d.End > maxOpening {
			t.Fatalf("dateline ends at %d, past the opening", d.End)
		}
		d2, ok2 := Find(text)
		assert.True(t, ok2)
		assert.Equal(t, d, d2, "not deterministic")
		d3, _ := Find(opening(text))
		assert.Equal(t, d, d3, "depends on more than the opening")
	})
}

func FuzzParse(f *testing.F) {
	for _, s := range seeds(f) {
		f.Add(s)
		if d, ok := Find(s); ok {
			f.Add(d.Text)
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := Parse(s)
		d2, err2 := Parse(s)
		assert.Equal(t, d, d2, "not deterministic")
		assert.Equal(t, err, err2, "not deterministic")
		if err != nil {
			if !errors.Is(err, ErrNoDateline) {
				t.Fatalf("error %v does not wrap ErrNoDateline", err)
			}
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Offset < 0 || pe.Offset > len(s) || pe.Input != s {
				t.Fatalf("bad ParseError %#v", err)
			}
			return
		}
		checkDateline(t, s, d)
	})
}

func FuzzFindCredit(f *testing.F) {
	for _, s := range seeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		c, ok := FindCredit(text)
		c2, _ := FindCredit(text)
		assert.Equal(t, c, c2, "not deterministic")
		if !ok {
			assert.Equal(t, Credit{}, c)
			return
		}
		checkSpan(t, text, c.Span, c.Text, closing(text), len(text))
		if len(c.Agencies) == 0 {
			t.Fatal("credit without agencies")
		}
		for _, a := range c.Agencies {
			checkSpan(t, text, a.Span, a.Text, c.Start, c.End)
		}
	})
}
