package quote

import (
	"github.com/wortlaut/wortlaut"
	"github.com/wortlaut/wortlaut/entity"
)

// Kind is the kind of a quotation.
type Kind uint8

// Quotation kinds.
const (
	Direct Kind = iota + 1
	Partial
	Indirect
)

func (k Kind) String() string {
	switch k {
	case Direct:
		return "direct"
	case Partial:
		return "partial"
	case Indirect:
		return "indirect"
	}
	return "unknown"
}

// Speaker is the person or organisation a quotation is attributed to.
type Speaker struct {
	wortlaut.Span             // the mention as written
	Text          string      // text[Span]: "er", "Ma", "die Sprecherin"
	Name          string      // canonical name: "Jack Ma"
	Type          entity.Type // entity.Person or entity.Organization
}

// Cue is the word or expression that attributes a quotation.
type Cue struct {
	wortlaut.Span
	Text string
}

// Quote is one quotation.
type Quote struct {
	wortlaut.Span                 // without the marks; first part's start to last part's end
	Text          string          // text[Span], or the parts joined by one space
	Parts         []wortlaut.Span // set when the quote runs over a paragraph break
	Kind          Kind
	Speaker       *Speaker // nil when unattributed
	Cue           *Cue     // nil when no cue
}

// Extract returns the quotations of a German text. TODO: issue 5.
func Extract(text string) []Quote { return (&Extractor{}).Extract(text) }

// Extractor extracts quotations. Its zero value uses the default entity
// recognizer.
type Extractor struct {
	Recognizer *entity.Recognizer
}

// Extract returns the quotations of text. TODO: issue 5.
func (e *Extractor) Extract(text string) []Quote {
	r := e.Recognizer
	if r == nil {
		r = &entity.Recognizer{}
	}
	return e.ExtractWithEntities(text, r.Recognize(text))
}

// ExtractWithEntities is Extract with entities already recognised in text,
// so a caller that needs both does the recognition once. TODO: issue 5.
func (e *Extractor) ExtractWithEntities(text string, ents []entity.Entity) []Quote {
	return extract(text, ents)
}
