package entity

import (
	"github.com/wortlaut/wortlaut"
	"github.com/wortlaut/wortlaut/internal/ner"
)

// Type is the type of a named entity.
type Type uint8

// Entity types.
const (
	Person Type = iota + 1
	Organization
	Location
	Misc
)

// String returns PER, ORG, LOC or MISC, and O for the zero value.
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

// Gender is the gender a person's first name or a role noun next to one of
// its mentions (Ministerin, Herr) signals. It is Unknown for entities that
// are not persons and whenever the text gives no evidence.
type Gender uint8

// Genders.
const (
	Unknown Gender = iota
	Male
	Female
)

// String returns "male", "female" or "unknown".
func (g Gender) String() string {
	switch g {
	case Male:
		return "male"
	case Female:
		return "female"
	}
	return "unknown"
}

// Mention is one occurrence of a name in the text. A name inside a
// compound (US in US-Präsidenten, Alibaba in Alibaba-Gruppe) has the span of
// the name alone.
type Mention struct {
	wortlaut.Span
	Text string // text[Span]
	Type Type   // the type of the entity the mention belongs to
}

// Entity is a named entity with all its mentions in text order: the
// coreference cluster of one name (Jack Ma, Ma, Jack).
type Entity struct {
	Name     string // canonical name: the fullest form, genitive -s removed
	Type     Type
	Gender   Gender // for persons: from the first name or a role noun; else Unknown
	Mentions []Mention
	// Roles are the role and title nouns written right before a person's
	// mentions (SPD-Chef, Ministerin), or the class nouns before an
	// organisation's or place's (Nachrichtenagentur, Konzern), in text
	// order without repeats. A later „sagte die Ministerin“ or „teilte der
	// Konzern mit“ can be resolved against them.
	Roles []string
}

// Recognize returns the named entities of a German text, ordered by their
// first mention, using the embedded model. It is shorthand for
// (&Recognizer{}).Recognize(text).
func Recognize(text string) []Entity { return (&Recognizer{}).Recognize(text) }

// Recognizer recognises named entities. Its zero value uses the embedded
// German model. A Recognizer is immutable once in use and safe for
// concurrent use by multiple goroutines.
//
// It reads German; for English text, use package entity/english, which is
// kept apart so that a program reading only German does not link prose/v2.
type Recognizer struct {
	// Model is the German tagging model; nil means the embedded default.
	Model *Model
}

// Model is a trained German tagging model. It is immutable and safe for
// concurrent use.
type Model struct {
	m *ner.Model
}

// Recognize returns the named entities of text, ordered by their first
// mention. Finding nothing yields an empty result, never an error.
func (r *Recognizer) Recognize(text string) []Entity {
	m := ner.Default()
	if r.Model != nil && r.Model.m != nil {
		m = r.Model.m
	}
	return cluster(text, findGerman(text, m))
}
