package quote

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wortlaut/wortlaut"
	"github.com/wortlaut/wortlaut/entity"
)

func FuzzExtract(f *testing.F) {
	for _, tc := range ruleCases {
		f.Add(tc.text)
	}
	files, _ := filepath.Glob("../testdata/quote/*.txt")
	files = append(files, "../testdata/seed.txt")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	f.Add("")
	f.Add("„")
	f.Add("„\xff“, sagte er.")
	f.Add("\xe2\x80„Wir\xe2“, sagte \xc3Merz.")
	f.Add("»«»«„“‚‘›‹\"'")
	f.Add("„a\n\n„b\n\n„c“, sagte sie")
	f.Fuzz(func(t *testing.T, s string) {
		qs := Extract(s)
		checkInvariants(t, s, qs)
		assert.Equal(t, qs, Extract(s), "not deterministic")
	})
}

// TestBadEntities feeds entity spans that do not fit the text: they are
// ignored, never trusted.
func TestBadEntities(t *testing.T) {
	text := "„Wir kommen“, sagte Merz."
	ents := []entity.Entity{{Name: "X", Type: entity.Person, Mentions: []entity.Mention{
		{Span: wortlaut.Span{Start: -3, End: 2}}, {Span: wortlaut.Span{Start: 20, End: 999}}, {Span: wortlaut.Span{Start: 9, End: 4}},
	}}}
	qs := (&Extractor{}).ExtractWithEntities(text, ents)
	checkInvariants(t, text, qs)
	require.Len(t, qs, 1)
}

// The pathological inputs below run in time linear in their size: a
// quadratic step would take hours at one megabyte, far beyond the test
// timeout.
func TestLinearTime(t *testing.T) {
	if testing.Short() {
		t.Skip("pathological sizes skipped under -short")
	}
	const mb = 1 << 20
	cases := map[string]string{
		"opening marks":    strings.Repeat("„", mb/3),
		"one unclosed":     "„" + strings.Repeat("Wir sagen es immer wieder ", mb/26),
		"pairs":            strings.Repeat("„Ja“, sagte er. ", mb/19),
		"no full stop":     strings.Repeat("laut Merz sagte er dass die Lage sei ", mb/37),
		"straight marks":   strings.Repeat(`"a" `, mb/4),
		"paragraph breaks": strings.Repeat("„Wir\n\n", mb/7),
	}
	for name, s := range cases {
		t.Run(name, func(t *testing.T) {
			qs := (&Extractor{}).ExtractWithEntities(s, nil)
			checkInvariants(t, s, qs)
		})
	}
}
