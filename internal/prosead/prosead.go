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
	"unicode/utf8"

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
// order. The tokens are grouped into names as prose's own Document.Entities
// groups them (a run of labelled tokens, continued by tokens of the same
// part-of-speech tag, so that „Donald/B-PERSON Trump/B-GPE“ is one person),
// but with byte spans; a name with a token that cannot be found again in
// the text is left out. prose's tokenizer panics on some invalid UTF-8
// (\xd3\xd3's), so each byte of an invalid sequence is read as a space:
// the length, and with it every offset, stays the same.
func Entities(text string) []Entity {
	if !utf8.ValidString(text) {
		text = blankInvalid(text)
	}
	doc, err := prose.NewDocument(text, prose.WithSegmentation(false), prose.UsingModel(model()))
	if err != nil {
		return nil
	}
	var out []Entity
	var parts []part
	end := ""
	pos := 0
	flush := func() {
		if e, ok := coalesce(parts); ok {
			out = append(out, e)
		}
		parts, end = parts[:0], ""
	}
	for _, tok := range doc.Tokens() {
		start, stop, ok := locate(text, pos, tok.Text)
		if ok {
			pos = stop
		}
		p := part{start: start, end: stop, found: ok, label: tok.Label, tag: tok.Tag}
		n := len(parts)
		switch {
		case tok.Label != "O" && tok.Label != end,
			n > 0 && tok.Tag == parts[n-1].tag,
			n > 0 && tok.Tag == "CD" && parts[n-1].label != "O":
			end = strings.Replace(tok.Label, "B", "I", 1)
			parts = append(parts, p)
		case tok.Label == "O" && end != "", tok.Label == end:
			if tok.Label != "O" {
				parts = append(parts, p)
			}
			flush()
		}
	}
	flush() // a name at the very end, which prose's own grouping drops
	return out
}

// part is one token of a name being grouped.
type part struct {
	start, end int
	found      bool
	label, tag string
}

// coalesce makes one name of parts, typed as prose types it: a two-token
// name with a B-PERSON token is a person, else the first token's type.
func coalesce(parts []part) (Entity, bool) {
	if len(parts) == 0 {
		return Entity{}, false
	}
	for _, p := range parts {
		if !p.found {
			return Entity{}, false
		}
	}
	_, typ, _ := strings.Cut(parts[0].label, "-")
	if len(parts) == 2 && (parts[0].label == "B-PERSON" || parts[1].label == "B-PERSON") {
		typ = "PERSON"
	}
	t := mapType(typ)
	if t == "" {
		return Entity{}, false
	}
	return Entity{Start: parts[0].start, End: parts[len(parts)-1].end, Type: t}, true
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

// blankInvalid returns s with every byte of an invalid UTF-8 sequence
// replaced by a space, so that s keeps its length.
func blankInvalid(s string) string {
	b := []byte(s)
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			b[i] = ' '
		}
		i += n
	}
	return string(b)
}
