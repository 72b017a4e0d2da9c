// Package wortlaut reads German news text and says who said what: the
// article's dateline, the people, organisations and places it names, and
// every quotation with the person or organisation it belongs to.
//
// # Packages
//
//   - [github.com/wortlaut/wortlaut/dateline] finds and parses the dateline at
//     the start of an agency text (`BERLIN (dpa) -`) and its trailing credit.
//   - [github.com/wortlaut/wortlaut/entity] recognises persons, organisations,
//     locations and other names with an embedded German model and groups the
//     mentions of one entity under a canonical name.
//   - [github.com/wortlaut/wortlaut/quote] finds quotations, their cues and
//     their speakers, resolved through the entity clusters.
//
// The command github.com/wortlaut/wortlaut/cmd/wortlaut runs all three over
// files or JSON Lines and prints one JSON object per document.
//
// # Spans
//
// Every result carries a [Span]: a half-open range of byte offsets into the
// caller's string. Wherever a result has a Text field, Text equals
// input[Span.Start:Span.End]. The input is never rewritten; normalisation
// happens on copies used for matching.
//
// # UTF-8
//
// Input is expected to be UTF-8. An invalid byte is read as U+FFFD of width
// one and analysis goes on; spans still fall on the caller's bytes.
//
// # Concurrency
//
// Models and lexicons are embedded, decoded once on first use and immutable.
// All functions and configured values of this module are safe for concurrent
// use.
package wortlaut

// Span is a half-open range [Start, End) of byte offsets into a text.
type Span struct {
	Start, End int
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Text returns the part of src the span covers, or "" when the span does
// not lie within src.
func (s Span) Text(src string) string {
	if s.Start < 0 || s.End > len(src) || s.Start > s.End {
		return ""
	}
	return src[s.Start:s.End]
}
