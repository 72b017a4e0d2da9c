package quote

import (
	"strings"
	"testing"

	"github.com/wortlaut/wortlaut"
	"github.com/wortlaut/wortlaut/internal/text"
)

// checkInvariants asserts what every result must satisfy: spans inside
// the text, on rune boundaries, sorted; Text equal to the slice (or the
// parts joined by one space); speaker, cue and via texts equal to their
// slices, and a via only beside a speaker, not overlapping it.
func checkInvariants(t testing.TB, src string, qs []Quote) {
	t.Helper()
	valid := func(sp wortlaut.Span, what string) bool {
		if sp.Start < 0 || sp.End > len(src) || sp.Start > sp.End {
			t.Errorf("%s span %v outside text of %d bytes", what, sp, len(src))
			return false
		}
		if !text.Boundary(src, sp.Start) || !text.Boundary(src, sp.End) {
			t.Errorf("%s span %v not on rune boundaries", what, sp)
			return false
		}
		return true
	}
	prev := -1
	for _, q := range qs {
		if !valid(q.Span, "quote") {
			continue
		}
		if q.Start < prev {
			t.Errorf("quotes not sorted: %d after %d", q.Start, prev)
		}
		prev = q.Start
		if q.Kind < Direct || q.Kind > Indirect {
			t.Errorf("bad kind %d", q.Kind)
		}
		if len(q.Parts) == 0 {
			if q.Text != src[q.Start:q.End] {
				t.Errorf("quote text %q != slice %q", q.Text, src[q.Start:q.End])
			}
		} else {
			var parts []string
			for _, p := range q.Parts {
				if valid(p, "part") {
					parts = append(parts, src[p.Start:p.End])
				}
			}
			if q.Text != strings.Join(parts, " ") {
				t.Errorf("quote text %q != joined parts", q.Text)
			}
			if q.Parts[0].Start != q.Start || q.Parts[len(q.Parts)-1].End != q.End {
				t.Errorf("parts %v do not span quote %v", q.Parts, q.Span)
			}
		}
		if s := q.Speaker; s != nil && valid(s.Span, "speaker") && s.Text != src[s.Start:s.End] {
			t.Errorf("speaker text %q != slice %q", s.Text, src[s.Start:s.End])
		}
		if c := q.Cue; c != nil && valid(c.Span, "cue") && c.Text != src[c.Start:c.End] {
			t.Errorf("cue text %q != slice %q", c.Text, src[c.Start:c.End])
		}
		if v := q.Via; v != nil && valid(v.Span, "via") {
			if v.Text != src[v.Start:v.End] {
				t.Errorf("via text %q != slice %q", v.Text, src[v.Start:v.End])
			}
			if s := q.Speaker; s == nil || v.Start < s.End && s.Start < v.End {
				t.Errorf("via %q without a speaker of its own beside it (%v)", v.Text, s)
			}
		}
	}
}
