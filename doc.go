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
//   - [github.com/wortlaut/wortlaut/factcheck] checks a claimed quotation and
//     speaker against an article.
//
// The command github.com/wortlaut/wortlaut/cmd/wortlaut runs the three
// extractors over files, directories or JSON Lines and prints one JSON
// object per document (its contract is in README.md); "wortlaut verify"
// runs the fact-check.
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
//
// # Costs
//
// Measured on a shared 2-core machine (README.md, Performance, has the
// commands):
//
//   - Binary size: a program that calls entity.Recognize is 6.7 MB larger
//     than one that prints a line (the design budget is 10 MB); the
//     embedded NER model is 5.6 MB of it. prose/v2 is linked only by
//     programs that import entity/english.
//   - Initialisation: the whole program's package initialisation, runtime
//     included, takes about 0.4 ms and 16 KB; wortlaut's own packages do
//     next to no work at import.
//   - First use: the first call of entity.Recognize decodes the embedded
//     model (about 6 ms in BenchmarkLoad) and the word lists; later calls on a
//     sentence take well under a millisecond.
//   - Throughput: the whole extract path (segmentation, dateline, entities,
//     quotes, JSON) handles about 1 MB of news text per CPU second, most
//     of it in the NER tagger, and scales with cores because nothing is
//     shared but the immutable models; the heap stays near 50 MB.
//
// # Data and licences
//
// The NER model is trained on openly licensed corpora (GermEval 2014 dev,
// DFKI SmartData, CC BY 4.0; unlabelled text from LER, HIPE-2022,
// Europeana Newspapers and German Wikinews); held-out test splits are never
// trained on. The SpkAtt-2023 speaker annotations (CC BY-NC-SA) are used to
// measure only and are not shipped. Word lists are written for the project;
// country names come from Unicode CLDR through golang.org/x/text. Each
// embedded file has a SOURCE.md beside it; README.md lists all sources
// with their licences and citations.
//
// # Known limitations
//
// Entity recognition reaches about 62 F1 on GermEval 2014 test (no
// GermEval training split was available); quotations are found best in
// direct speech, indirect and reported speech much less often; speakers
// named far from their quotation are often missed. README.md and the
// reports in testdata/eval give the figures, the packages' documentation
// the details.
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
