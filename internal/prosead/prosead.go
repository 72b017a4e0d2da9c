// Package prosead is the one adapter to github.com/jdkato/prose/v2, used for
// English named-entity recognition. Nothing of prose leaves this package.
//
// prose's model is built once on first use (prose.ModelFromData behind
// sync.OnceValue) and passed to every document with UsingModel; its
// sentence segmenter is off. prose rewrites curly quotes to straight ones
// and reports tokens without offsets, so Entities finds each token in the
// caller's text again, in order, and skips a labelled token it cannot find
// rather than guess a span.
package prosead

import (
	"strings"
	"sync"

	"github.com/jdkato/prose/v2"
)

// Entity is a name prose found: a byte range of the input and its type,
// one of "PER", "ORG", "LOC" or "MISC".
type Entity struct {
	Start, End int
	Type       string
}

var model = sync.OnceValue(func() *prose.Model { return prose.ModelFromData("en") })

// Warm builds prose's model, so that its cost does not fall on the first
// document.
func Warm() { model() }

// Entities returns the names prose's English model finds in text, in text
// order.
func Entities(text string) []Entity {
	doc, err := prose.NewDocument(text, prose.WithSegmentation(false), prose.UsingModel(model()))
	if err != nil {
		return nil
	}
	var out []Entity
	pos := 0
	open := -1 // index in out of the entity the previous token extended
	for _, tok := range doc.Tokens() {
		start, end, ok := locate(text, pos, tok.Text)
		if !ok {
			open = -1
			continue
		}
		pos = end
		bio, typ, _ := strings.Cut(tok.Label, "-")
		t := mapType(typ)
		switch {
		case t == "" || (bio != "B" && bio != "I"):
			open = -1
		case bio == "I" && open >= 0 && out[open].Type == t:
			out[open].End = end
		default:
			out = append(out, Entity{Start: start, End: end, Type: t})
			open = len(out) - 1
		}
	}
	return out
}

func mapType(t string) string {
	switch t {
	case "PERSON":
		return "PER"
	case "ORGANIZATION", "ORG":
		return "ORG"
	case "GPE", "LOCATION", "LOC", "FACILITY":
		return "LOC"
	case "":
		return ""
	}
	return "MISC"
}

// window bounds how far ahead a token is searched for, so that a token prose
// rewrote cannot make the search run to the end of a long text.
const window = 64

// locate finds tok in text at or after pos, allowing only white space
// before it; prose's straight quote also matches a curly one.
func locate(text string, pos int, tok string) (start, end int, ok bool) {
	for pos < len(text) && (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '\n' || text[pos] == '\r') {
		pos++
	}
	if strings.HasPrefix(text[pos:], tok) && tok != "" {
		return pos, pos + len(tok), true
	}
	if tok == `"` || tok == "'" {
		for _, q := range [...]string{"“", "”", "„", "«", "»", "‘", "’", "``", "''"} {
			if strings.HasPrefix(text[pos:], q) {
				return pos, pos + len(q), true
			}
		}
	}
	lim := min(len(text), pos+window)
	if i := strings.Index(text[pos:lim], tok); i >= 0 && tok != "" {
		return pos + i, pos + i + len(tok), true
	}
	return 0, 0, false
}
