package entity

import "github.com/wortlaut/wortlaut"

// Type is the type of a named entity.
type Type uint8

// Entity types.
const (
	Person Type = iota + 1
	Organization
	Location
	Misc
)

func (t Type) String() string {
	switch t {
	case Person:
		return "PER"
	case Organization:
		return "ORG"
	case Location:
		return "LOC"
	case Misc:
		return "MISC"
	}
	return "O"
}

// Mention is one occurrence of a name in the text.
type Mention struct {
	wortlaut.Span
	Text string // text[Span]
	Type Type
}

// Entity is a named entity with all its mentions in text order.
type Entity struct {
	Name     string // canonical name: the fullest form, genitive -s removed
	Type     Type
	Mentions []Mention
}

// Recognize returns the named entities of a German text. TODO: issue 4.
func Recognize(text string) []Entity { return (&Recognizer{}).Recognize(text) }

// Recognizer recognises named entities. Its zero value uses the embedded
// German model.
type Recognizer struct {
	Language string // "de" (default) or "en"
}

// Recognize returns the named entities of text. TODO: issue 4.
func (r *Recognizer) Recognize(text string) []Entity { return nil }
