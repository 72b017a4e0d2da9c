package text

import (
	"unicode"
	"unicode/utf8"

	"github.com/wortlaut/wortlaut"
)

// Kind classifies a token.
type Kind uint8

// Token kinds.
const (
	Word      Kind = iota // letters, digits, hyphenated compounds, inner apostrophes
	Number                // 450, 1.000, 3,5
	Ordinal               // 9.
	Date                  // 09.01.2017
	Abbrev                // Mio., Dr., z., B.
	Punct                 // . , ; : ! ? ( ) [ ] - – —
	QuoteMark             // „ “ ” ‚ ‘ » « › ‹ " '
	Ellipsis              // … or ... or […]
	URL                   // https://example.org/x
	Email                 // name@example.org
	Handle                // @wortlaut
	Symbol                // anything else: %, €, &, emoji
)

var kindNames = [...]string{"Word", "Number", "Ordinal", "Date", "Abbrev", "Punct", "QuoteMark", "Ellipsis", "URL", "Email", "Handle", "Symbol"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Kind(?)"
}

// QuoteClass tells whether a quote mark opens or closes a quotation.
type QuoteClass uint8

// Quote mark classes. Ambiguous marks (straight quotes, and » « whose
// direction depends on the convention) are paired by context later.
const (
	NotQuote QuoteClass = iota
	Opening
	Closing
	Ambiguous
)

func (q QuoteClass) String() string {
	switch q {
	case Opening:
		return "Opening"
	case Closing:
		return "Closing"
	case Ambiguous:
		return "Ambiguous"
	}
	return "NotQuote"
}

// Token is one token: its byte span into the input, its kind and, for quote
// marks, its class.
type Token struct {
	wortlaut.Span
	Kind  Kind
	Quote QuoteClass
}

// decode reads the rune at s[i:], treating an invalid byte as U+FFFD of
// width one.
func decode(s string, i int) (rune, int) {
	r, w := utf8.DecodeRuneInString(s[i:])
	if w == 0 {
		return utf8.RuneError, 1
	}
	return r, w
}

// quoteClass returns the class of r as a quote mark, or NotQuote.
func quoteClass(r rune) QuoteClass {
	switch r {
	case '„', '‚':
		return Opening
	case '“', '‘':
		// German closing marks; in English text “ opens. Context decides later.
		return Closing
	case '”', '’':
		return Closing
	case '»', '«', '›', '‹', '"', '\'':
		return Ambiguous
	}
	return NotQuote
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == utf8.RuneError
}

// Tokenize splits s into tokens. See the package documentation for the
// guarantees.
func Tokenize(s string) []Token {
	var toks []Token
	i := 0
	for i < len(s) {
		r, w := decode(s, i)
		if unicode.IsSpace(r) {
			i += w
			continue
		}
		start := i
		switch {
		case isWordRune(r):
			i = scanWord(s, i)
			toks = append(toks, Token{Span: wortlaut.Span{Start: start, End: i}, Kind: Word})
		case quoteClass(r) != NotQuote:
			i += w
			toks = append(toks, Token{Span: wortlaut.Span{Start: start, End: i}, Kind: QuoteMark, Quote: quoteClass(r)})
		case r == '…':
			i += w
			toks = append(toks, Token{Span: wortlaut.Span{Start: start, End: i}, Kind: Ellipsis})
		case unicode.IsPunct(r):
			i += w
			toks = append(toks, Token{Span: wortlaut.Span{Start: start, End: i}, Kind: Punct})
		default:
			i += w
			toks = append(toks, Token{Span: wortlaut.Span{Start: start, End: i}, Kind: Symbol})
		}
	}
	return toks
}

// scanWord returns the end of the word starting at i: letters and digits,
// joined by inner hyphens and apostrophes.
func scanWord(s string, i int) int {
	for i < len(s) {
		r, w := decode(s, i)
		if isWordRune(r) {
			i += w
			continue
		}
		if (r == '-' || r == '’' || r == '\'') && i+w < len(s) {
			if r2, _ := decode(s, i+w); isWordRune(r2) {
				i += w
				continue
			}
		}
		break
	}
	return i
}
