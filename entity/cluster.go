package entity

import (
	"strings"
	"unicode/utf8"
)

// Cluster groups names found in text by another recogniser (the English
// one in package entity/english, or a caller's own) into entities the way
// Recognize groups its own: a surname or first name joins the full name,
// and the fullest form is the canonical name. Only each mention's Span and
// Type are read; its Text is set from text. A mention whose span does not
// lie inside text on rune boundaries, or whose Type is none of Person,
// Organization, Location and Misc, is left out. The German rules of
// Recognize (genitive -s, gazetteer, compounds) do not apply.
func Cluster(text string, found []Mention) []Entity {
	cs := make([]cand, 0, len(found))
	for _, m := range found {
		if m.Type < Person || m.Type > Misc || m.Start < 0 || m.End > len(text) || m.Start >= m.End || !utf8.RuneStart(text[m.Start]) || (m.End < len(text) && !utf8.RuneStart(text[m.End])) {
			continue
		}
		s := text[m.Start:m.End]
		cs = append(cs, cand{start: m.Start, end: m.End, typ: m.Type, surface: s, canon: strings.Join(strings.Fields(s), " ")})
	}
	return cluster(text, cs)
}
