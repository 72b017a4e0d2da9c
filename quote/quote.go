package quote

import (
	"github.com/wortlaut/wortlaut"
	"github.com/wortlaut/wortlaut/entity"
)

// Kind is the kind of a quotation: whether the words are reported as
// spoken (Direct, Partial) or only their content (Indirect). A fact check
// may compare a claim word for word only with the first two.
type Kind uint8

// Quotation kinds.
const (
	// Direct is a clause or more of someone's words in marks.
	Direct Kind = iota + 1
	// Partial is a few quoted words inside a reporting sentence (die
	// „gestärkt“ werden sollten, laut Ma).
	Partial
	// Indirect is reported speech: a cue with a dass-clause or a clause in
	// the Konjunktiv, or a laut/zufolge/nach Angaben frame; its Text is
	// the reported clause, not the speaker's words.
	Indirect
)

// String returns the kind's name as the JSON output spells it: "direct",
// "partial", "indirect".
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

// Speaker is the person, organisation or document a quotation is
// attributed to: the mention as written (with its apposition or party, as a reader would
// mark it) and the canonical name it resolves to, so a caller can both
// show the evidence and group quotations by speaker.
//
// A person the text never names (die Chefin sagte, einer der Polizisten
// berichtete), or a subject pronoun (sagte er) with no clear antecedent,
// has an empty Name, Type entity.Person and the mention in Text: the
// mention is certain, the person unknown, and a role noun is no name to
// group quotations by (two quotations of "der Minister" may be two
// ministers). An unnamed spokesperson of a named organisation (ein Sprecher
// des Ministeriums, Polizeisprecher) keeps the organisation as Name, with
// Type entity.Organization, its Name in the nominative (des Weißen
// Hauses → Weißes Haus). A role noun refers back to a person only when the
// text gives that person the role (Jan Kolb, der Ministerpräsident, …; der
// Ministerpräsident sagte → Jan Kolb), and a description (der
// 47-Jährige, die SPD-Politikerin) to the last person it fits; an office
// or occupation the text gives no one (der Senator, die Expertin) has an
// empty Name. A generic organisation noun (die Behörde, ein Sprecher des
// Unternehmens) takes the name of an organisation it can denote that was
// named before (die Gewerkschaft → Verdi, not the CDU); with none, its
// Name is empty, for the same reason as a role noun's. The subject of a relative clause (Eva Lind,
// die … hervorhob) has the relative pronoun as its mention and the name
// before it as Name, as sagte er does.
//
// A document or medium that frames reported speech with no person or
// organisation named (laut einer Studie, nach ersten Angaben,
// Medienberichten zufolge, eine Schätzung, wonach …, a text as subject
// such as die Untersuchung, and Demnach, wonach and nach denen, which
// point back to one), and a speech noun that no one is said to hold
// (dem Vorwurf, der Angeklagte habe …; Vorwürfe stehen im Raum, sie
// habe …) is the
// Speaker as written, with an empty Name and Type entity.Misc: it is the
// evidence a reader checks, as the SpkAtt annotation marks it, and no one
// to group quotations by.
type Speaker struct {
	wortlaut.Span             // the mention as written
	Text          string      // text[Span]: "er", "Ma", "die Sprecherin"
	Name          string      // canonical name: "Jack Ma"; empty for an unnamed person or a document
	Type          entity.Type // entity.Person, entity.Organization, or entity.Misc for a document
}

// Cue is the word or expression that attributes a quotation (sagte,
// erklärte, laut, zufolge, heißt es): the evidence for the attribution.
// For a separable verb (teilte … mit) the span covers its first word.
type Cue struct {
	wortlaut.Span
	Text string
}

// Quote is one quotation. Its Span excludes the marks; Text equals the
// input's bytes in Span, except for a quotation continued over a paragraph
// break and an indirect statement with its source frame inside it (Die
// Brandursache ist nach Angaben der Polizei unklar), whose Parts, the
// words around the break or the frame, are joined by one space.
type Quote struct {
	wortlaut.Span                 // without the marks; first part's start to last part's end
	Text          string          // text[Span], or the parts joined by one space
	Parts         []wortlaut.Span // set when the quote runs over a paragraph break or around a source frame
	Kind          Kind
	Speaker       *Speaker // nil when unattributed
	Cue           *Cue     // nil when no cue
	// Via is the medium, agency or document that relays the quotation
	// when the sentence names it beside the speaker (zitiert die Zeitung
	// den Minister; wird von Reuters zitiert; sagte er laut Spiegel
	// Online): where the quotation can be checked. nil when none.
	Via *Speaker
}

// Extract returns the quotations of a German text in text order, with the
// default entity recogniser. It never fails: an empty text or one without
// quotations gives an empty result, and an invalid UTF-8 byte is read as
// one U+FFFD, with spans still in bytes of the input.
func Extract(text string) []Quote { return (&Extractor{}).Extract(text) }

// Extractor extracts quotations. Its zero value uses the default entity
// recogniser; set Recognizer to use another model. An Extractor is
// immutable once in use and safe for concurrent use by several goroutines.
type Extractor struct {
	// Recognizer finds the entities that speakers resolve to; nil means
	// the default entity.Recognizer.
	Recognizer *entity.Recognizer
}

// Extract returns the quotations of text in text order, recognising its
// entities first so speakers resolve to canonical names.
func (e *Extractor) Extract(text string) []Quote {
	r := e.Recognizer
	if r == nil {
		r = &entity.Recognizer{}
	}
	return e.ExtractWithEntities(text, r.Recognize(text))
}

// ExtractWithEntities is Extract with entities already recognised in text,
// so a caller that needs both does the recognition once. Entities whose
// spans do not fit text are ignored. With no entities, speakers still
// resolve through the package's own rules (names, roles, pronouns), only
// less completely.
func (e *Extractor) ExtractWithEntities(text string, ents []entity.Entity) []Quote {
	return extract(text, ents)
}
