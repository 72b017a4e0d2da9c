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
	for _, text := range []string{"", "   ", "„Merkel“ sagte in Berlin\xff.", "\xc3Obama and \xffClinton met in ``Paris''", "\xd3\xd3's", "Smith\xd3\xd3's car in \xffParis", "O'Brien met Smith’s aide in Washington, D.C."} {
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

// prose's tokenizer panicked on invalid UTF-8 before an apostrophe
// (\xd3\xd3's, found by FuzzRecognize of entity/english).
func TestEntitiesInvalidUTF8(t *testing.T) {
	assert.NotPanics(t, func() { Entities("\xd3\xd3's") })
	text := "Smith\xd3\xd3's car stood in Paris"
	for _, e := range Entities(text) {
		assert.True(t, utf8.ValidString(text[e.Start:e.End]), "%q", text[e.Start:e.End])
	}
	assert.Equal(t, "ab  c\u00e4", blankInvalid("ab\xd3\xd3c\u00e4"))
}
