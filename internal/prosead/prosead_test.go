package prosead

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestEntities(t *testing.T) {
	text := "Jack Ma met Donald Trump in New York. “It was great,” said Trump"
	var got []string
	for _, e := range Entities(text) {
		got = append(got, e.Type+" "+text[e.Start:e.End])
	}
	assert.Equal(t, []string{"PER Jack Ma", "PER Donald Trump", "LOC New York", "PER Trump"}, got)
}

func TestEntitiesSpans(t *testing.T) {
	for _, text := range []string{"", "   ", "„Merkel“ sagte in Berlin\xff.", "\xc3Obama and \xffClinton met in ``Paris''", "O'Brien met Smith’s aide in Washington, D.C."} {
		for _, e := range Entities(text) {
			if e.Start < 0 || e.End > len(text) || e.Start >= e.End {
				t.Fatalf("%q: bad span %v", text, e)
			}
			if !utf8.RuneStart(text[e.Start]) {
				t.Fatalf("%q: span %v starts inside a rune", text, e)
			}
			assert.Contains(t, []string{"PER", "ORG", "LOC", "MISC"}, e.Type)
		}
	}
}

func TestLocate(t *testing.T) {
	text := "  “Hi” said"
	s, e, ok := locate(text, 0, `"`)
	assert.True(t, ok)
	assert.Equal(t, "“", text[s:e])
	s, e, ok = locate(text, e, "Hi")
	assert.True(t, ok)
	assert.Equal(t, "Hi", text[s:e])
	_, _, ok = locate(text, e, "absent")
	assert.False(t, ok)
}
