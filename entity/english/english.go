// Package english recognises the people, organisations and places named in
// English text with prose/v2's English model, and groups their mentions
// into entities as package entity does for German (Jack Ma, Ma).
//
// It is a package of its own so that a program that reads only German does
// not link prose: prose and its embedded model add some 8 MB to a binary
// and about 4 ms and 1.2 MB to its start (prose's dependency commonregex
// compiles its regular expressions at init). Importing package entity or
// quote does not pull it in.
//
// prose's model is built once, on the first call, behind the project's one
// adapter to prose (internal/prosead); its sentence segmenter is off and its
// names are mapped back to byte offsets of the caller's text. Nothing of
// prose appears in this API. Calls are safe for concurrent use.
package english

import (
	"github.com/wortlaut/wortlaut"
	"github.com/wortlaut/wortlaut/entity"
	"github.com/wortlaut/wortlaut/internal/prosead"
)

// Recognize returns the named entities of an English text, ordered by their
// first mention. Spans are byte offsets into text and text[Start:End] is
// each mention's Text; a name prose reports but whose words cannot be found
// again in text is left out rather than given a guessed span. Finding
// nothing yields an empty result.
func Recognize(text string) []entity.Entity {
	found := prosead.Entities(text)
	ms := make([]entity.Mention, len(found))
	for i, e := range found {
		ms[i] = entity.Mention{Span: wortlaut.Span{Start: e.Start, End: e.End}, Type: typeOf(e.Type)}
	}
	return entity.Cluster(text, ms)
}

// typeOf maps the adapter's label (PER, ORG, LOC, MISC) to an entity type.
func typeOf(label string) entity.Type {
	switch label {
	case "PER":
		return entity.Person
	case "ORG":
		return entity.Organization
	case "LOC":
		return entity.Location
	}
	return entity.Misc
}
