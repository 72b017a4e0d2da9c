package lexicon

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/unicode/norm"
)

func TestNameListsWellFormed(t *testing.T) {
	files := map[string]string{
		"firstnames.txt": firstnamesTxt, "roles.txt": rolesTxt, "triggers.txt": triggersTxt,
		"heads.txt": headsTxt, "regions.txt": regionsTxt, "places.txt": placesTxt,
		"orgs.txt": orgsTxt, "stopwords.txt": stopwordsTxt,
	}
	for name, data := range files {
		t.Run(name, func(t *testing.T) {
			var entries []string
			for line := range strings.Lines(data) {
				line = strings.TrimSuffix(line, "\n")
				if line == "" || line[0] == '#' {
					continue
				}
				assert.Equal(t, strings.TrimSpace(line), line, "surrounding space")
				assert.True(t, norm.NFC.IsNormalString(line), "not NFC: %q", line)
				entries = append(entries, line)
			}
			assert.NotEmpty(t, entries)
			assert.True(t, slices.IsSorted(entries), "not sorted")
			assert.Equal(t, len(entries), len(slices.Compact(slices.Clone(entries))), "duplicates")
		})
	}
}

func TestNameLookups(t *testing.T) {
	g, ok := FirstName("Jack")
	assert.True(t, ok)
	assert.Equal(t, Male, g)
	g, ok = FirstName("Angela")
	assert.True(t, ok)
	assert.Equal(t, Female, g)
	_, ok = FirstName("Haus")
	assert.False(t, ok)

	for w, want := range map[string]Gender{"Ministerin": Female, "Präsidenten": Male, "US-Präsidenten": Male, "Chefs": Male, "Sprecherin": Female, "Vorsitzende": Female} {
		g, ok := Role(w)
		assert.True(t, ok, w)
		assert.Equal(t, want, g, w)
	}
	_, ok = Role("Kleinunternehmen")
	assert.False(t, ok)

	vw, ok := Names().Lookup("VW")
	assert.True(t, ok)
	assert.Equal(t, Name{Type: "ORG", Canonical: "Volkswagen"}, vw, "an acronym takes its listed long form")

	typ, ok := Trigger("Nachrichtenagentur")
	assert.True(t, ok)
	assert.Equal(t, "ORG", typ)
	typ, ok = Head("Tower")
	assert.True(t, ok)
	assert.Equal(t, "LOC", typ)
	typ, ok = Head("Inc.")
	assert.True(t, ok)
	assert.Equal(t, "ORG", typ)
	assert.True(t, Stopword("der"))
	assert.False(t, Stopword("trump"))
}

func TestGazetteer(t *testing.T) {
	g := Names()
	for s, want := range map[string]Name{
		"China":               {"LOC", "China"},
		"Mittleren Westen":    {"LOC", "Mittlerer Westen"},
		"Vereinigten Staaten": {"LOC", "Vereinigte Staaten"},
		"New York":            {"LOC", "New York"},
		"Twitter":             {"ORG", "Twitter"},
		"Deutschen Bank":      {"ORG", "Deutsche Bank"},
	} {
		got, ok := g.Lookup(s)
		assert.True(t, ok, s)
		assert.Equal(t, want, got, s)
	}
	_, ok := g.Lookup("Welt")
	assert.False(t, ok)
	assert.GreaterOrEqual(t, g.MaxWords(), 4)
}
