package text

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/wortlaut/wortlaut"
)

// Kind classifies a token.
type Kind uint8

// Token kinds.
const (
	Word      Kind = iota // letters and digits, hyphenated compounds (US-Präsident, 100-jährige), inner apostrophes (geht’s)
	Number                // 450, 1.000, 3,5, 14.30, 3:0
	Ordinal               // 9. (before Januar, after am …), XVI. (after a name); the full stop is part of the token
	Date                  // 09.01.2017, 9.1., 2017-01-09
	Abbrev                // Mio., Dr., z. and B. of z. B., z.B., U.S., initials (J.); the full stop is part of the token
	Punct                 // . , ; : ! ? ( ) [ ] / and dashes; a run of hyphens (--) is one token
	QuoteMark             // „ “ ” ‚ ‘ ’ » « › ‹ " ' outside words
	Ellipsis              // … or ... or […] [...] (…) (...)
	URL                   // https://example.org/x, www.example.org, tagesschau.de
	Email                 // name@example.org
	Handle                // @wortlaut, #Hashtag
	Symbol                // anything else: €, $, +, emoji, control characters
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

// Quote mark classes. „ and ‚ always open. The class of the other marks is
// decided within the paragraph: “ closes while a „ is open and otherwise
// opens when it stands before a word after a space (English “…”); » and «
// follow the convention of the first one seen (»…« or «…»); straight
// quotes open before a word and close after one. A mark whose context does
// not decide is Ambiguous and is left to the quote pairing.
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

// Parts returns the spans of the parts of a hyphenated compound, without
// the hyphens: "US-Präsidenten" gives "US" and "Präsidenten", and the
// suspended "Bundes-" of "Bundes- und Landesebene" gives "Bundes". Any
// other token is its own single part. src is the text the token was cut
// from.
func (t Token) Parts(src string) []wortlaut.Span {
	return t.AppendParts(nil, src)
}

// AppendParts appends the parts of t, as returned by [Token.Parts], to dst
// and returns the extended slice.
func (t Token) AppendParts(dst []wortlaut.Span, src string) []wortlaut.Span {
	if t.Start < 0 || t.End > len(src) || t.Start >= t.End {
		return dst
	}
	if t.Kind != Word && t.Kind != Number {
		return append(dst, t.Span)
	}
	start := t.Start
	for i := t.Start; i < t.End; {
		if w := hyphenAt(src, i); w > 0 {
			if i > start {
				dst = append(dst, wortlaut.Span{Start: start, End: i})
			}
			i += w
			start = i
			continue
		}
		i++
	}
	if t.End > start {
		dst = append(dst, wortlaut.Span{Start: start, End: t.End})
	}
	return dst
}

// hyphenAt returns the width of the hyphen at s[i:] (- U+2010 U+2011), or 0.
func hyphenAt(s string, i int) int {
	if s[i] == '-' {
		return 1
	}
	if s[i] == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x90 || s[i+2] == 0x91) {
		return 3
	}
	return 0
}

// decode reads the rune at s[i:], treating an invalid byte as U+FFFD of
// width one.
func decode(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	r, w := utf8.DecodeRuneInString(s[i:])
	if w == 0 {
		return utf8.RuneError, 1
	}
	return r, w
}

// decodeLast reads the rune ending at s[:i], or returns (0, 0) at the start.
func decodeLast(s string, i int) (rune, int) {
	if i <= 0 {
		return 0, 0
	}
	if c := s[i-1]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	r, w := utf8.DecodeLastRuneInString(s[:i])
	if w == 0 {
		return utf8.RuneError, 1
	}
	return r, w
}

// byteClass holds the class bits of the ASCII bytes; bytes from 0x80 have
// none. It is a constant, so it costs nothing at start-up.
const byteClass = "\x10\x10\x10\x10\x10\x10\x10\x10\x10\x14\x18\x18\x18\x18\x10\x10\x10\x10\x10\x10\x10\x10\x10\x10\x10\x10\x10\x10\x10\x10\x10\x10\x14\x10\x10\x10\x10\x00\x10\x00\x10\x10\x10\x00\x10\x00\x00\x10\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x00\x10\x10\x10\x10\x10\x00\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x10\x10\x10\x10\x00\x00\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x10\x10\x10\x10\x10" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"

// Bits of byteClass.
const (
	cAlnum     = 1 << iota // 0-9 A-Z a-z
	cDigit                 // 0-9
	cBlank                 // space, tab
	cLineBreak             // \n \v \f \r
	cWordEnd               // not alnum, and none of - ' ` . : @ _ % + that may continue a word, address or URL
)

// asciiAction tells the main loop what an ASCII byte starts; one lookup
// and a jump table instead of a chain of tests.
const asciiAction = "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x04\x04\x04\x04\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x0a\x06\x07\x00\x0b\x0b\x06\x08\x0b\x0b\x00\x0b\x09\x05\x0b\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x0b\x0b\x00\x00\x00\x0a\x07\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x08\x0b\x0b\x00\x0b\x06\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x0b\x00\x0b\x00\x00"

// Values of asciiAction.
const (
	aSymbol  = iota // anything else: $ + < = > ^ | ~ and control characters
	aLetter         // A-Z a-z
	aDigit          // 0-9
	aBlank          // space, tab
	aBreak          // \n \v \f \r
	aDot            // .
	aQuote          // " ' `
	aHandle         // @ #
	aBracket        // [ (
	aHyphen         // -
	aStop           // ! ?
	aPunct          // other punctuation: % & ) * , / : ; \ ] _ { }
)

func isDigit(c byte) bool       { return c-'0' < 10 }
func isASCIILetter(c byte) bool { return (c|0x20)-'a' < 26 }
func isASCIIAlnum(c byte) bool  { return byteClass[c]&cAlnum != 0 }
func isASCIIUpper(c byte) bool  { return c-'A' < 26 }
func isASCIILower(c byte) bool  { return c-'a' < 26 }

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIAlnum(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == utf8.RuneError
}

func isLetterRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIILetter(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsMark(r)
}

// isLineBreak reports whether r ends a line, and with it a paragraph.
func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

// isSpace reports whether r is white space. Invalid bytes are not.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || uint32(r-'\t') < 5
	}
	return unicode.IsSpace(r)
}

// isInlineSpace reports whether r is white space that does not break a line.
func isInlineSpace(r rune) bool { return isSpace(r) && !isLineBreak(r) }

// isApostrophe reports whether r may join a word as an apostrophe.
func isApostrophe(r rune) bool {
	return r == '\'' || r == '’' || r == '‘' || r == '´' || r == '`'
}

// isJoiner reports whether r joins two word parts: hyphens, and format
// characters such as the soft hyphen and zero-width joiners.
func isJoiner(r rune) bool {
	return r == '-' || r == '‐' || r == '‑' || (r >= utf8.RuneSelf && unicode.Is(unicode.Cf, r))
}

// quoteState tracks the quotations open in the current paragraph, so that
// the direction of “ ‘ ” » « › ‹ " ' can follow the convention in use.
type quoteState struct {
	low2, low1     int // „ ‚ open (German)
	eng2, eng1     int // “ ‘ open as opening marks (English)
	rdq            int // ” open as an opening mark (Scandinavian ”…”)
	guilR2, guilL2 int // » open (German »…«), « open (Swiss «…»)
	guilR1, guilL1 int // › ‹ likewise
	str2, str1     int // " ' open
}

func (q *quoteState) singleOpen() bool {
	return q.low1 > 0 || q.eng1 > 0 || q.str1 > 0 || q.guilR1 > 0 || q.guilL1 > 0
}

type tokenizer struct {
	s       string
	lx      *lexicon
	toks    []Token
	q       quoteState
	noEmail int // no e-mail address or bare domain starts before this offset

	broken int // len(toks) at the last line break that followed a token

	// Notes kept for Segment when seg is set, so that it need not scan
	// every token again: ends holds the index of each token that may end
	// a sentence (a full stop, ! or ?, an abbreviation or ordinal),
	// paraEnds len(toks) at each line break that follows a token.
	seg      bool
	ends     []int
	paraEnds []int
}

// scratch is the working memory of one Segment or Tokenize call, reused
// through scratchPool. The results are copied out at their exact size, so
// the caller keeps no spare capacity, the copy needs no clearing first,
// and the tokenizer writes into memory that is warm. The scratch of a huge
// text is not reused: it becomes the results, without a copy.
type scratch struct {
	toks     []Token
	ends     []int
	paraEnds []int
	sents    []Sentence
	paras    []Paragraph
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// maxPooledTokens bounds the scratch kept for reuse, so that one huge text
// does not pin its memory.
const maxPooledTokens = 1 << 16

// reusable reports whether sc goes back to scratchPool after the call, so
// that the results must be copied out of it.
func (sc *scratch) reusable() bool { return cap(sc.toks) <= maxPooledTokens }

// getScratch returns empty scratch with room for the tokens of a text of
// n bytes (about one per five bytes; more make it grow).
func getScratch(n int) *scratch {
	sc := scratchPool.Get().(*scratch)
	if want := n/5 + 4; cap(sc.toks) < want {
		sc.toks = make([]Token, 0, want)
	}
	sc.toks, sc.ends, sc.paraEnds, sc.sents, sc.paras = sc.toks[:0], sc.ends[:0], sc.paraEnds[:0], sc.sents[:0], sc.paras[:0]
	return sc
}

// exact returns a copy of s without spare capacity. Written as make and
// copy, it allocates without clearing the memory first.
func exact[T any](s []T) []T {
	out := make([]T, len(s))
	copy(out, s)
	return out
}

// Tokenize splits s into tokens, in text order. It is lossless: tokens do
// not overlap, lie on rune boundaries, and every byte that is not white
// space belongs to exactly one token. See the package documentation for the
// token rules.
func Tokenize(s string) []Token {
	sc := getScratch(len(s))
	t := tokenizer{s: s, lx: lex(), toks: sc.toks}
	t.run()
	sc.toks = t.toks
	if !sc.reusable() {
		return t.toks
	}
	toks := exact(t.toks)
	scratchPool.Put(sc)
	return toks
}

// lineBreak ends the paragraph: quote marks no longer pair across it.
func (t *tokenizer) lineBreak() {
	t.q = quoteState{}
	if len(t.toks) > t.broken {
		t.broken = len(t.toks)
		if t.seg {
			t.paraEnds = append(t.paraEnds, len(t.toks))
		}
	}
}

func (t *tokenizer) emit(start, end int, k Kind) {
	t.toks = append(t.toks, Token{Span: wortlaut.Span{Start: start, End: end}, Kind: k})
}

// emitEnd emits a token that may end a sentence: a full stop, ! or ?, an
// abbreviation or an ordinal. Every such token goes through here, so that
// Segment looks at these alone.
func (t *tokenizer) emitEnd(start, end int, k Kind) {
	if t.seg {
		t.ends = append(t.ends, len(t.toks))
	}
	t.emit(start, end, k)
}

func (t *tokenizer) run() {
	s := t.s
	i := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			switch asciiAction[c] {
			case aLetter:
				i = t.letterWord(i, i+1)
			case aDigit:
				i = t.word(i)
			case aBlank:
				i++
			case aBreak:
				t.lineBreak()
				i++
			case aDot:
				i = t.dots(i)
			case aQuote:
				i = t.quote(i, rune(c), 1)
			case aHandle:
				i = t.handle(i)
			case aBracket:
				i = t.bracket(i)
			case aHyphen:
				j := i + 1
				for j < len(s) && s[j] == '-' {
					j++
				}
				t.emit(i, j, Punct)
				i = j
			case aStop:
				t.emitEnd(i, i+1, Punct)
				i++
			case aPunct:
				t.emit(i, i+1, Punct)
				i++
			default:
				t.emit(i, i+1, Symbol)
				i++
			}
			continue
		}
		r, w := decode(s, i)
		switch {
		case r <= unicode.MaxLatin1 && unicode.IsLetter(r):
			i = t.letterWord(i, i+w) // ä ö ü ß and other Latin-1 letters
		case isQuoteRune(r):
			i = t.quote(i, r, w)
		case r == '…':
			t.emit(i, i+w, Ellipsis)
			i += w
		case r == '–' || r == '—':
			t.emit(i, i+w, Punct)
			i += w
		case isSpace(r):
			if isLineBreak(r) {
				t.lineBreak()
			}
			i += w
		case isWordRune(r):
			i = t.word(i)
		case unicode.IsPunct(r):
			if isTerminal(s[i : i+w]) { // ‼ ⁉ ⁈ 。
				t.emitEnd(i, i+w, Punct)
			} else {
				t.emit(i, i+w, Punct)
			}
			i += w
		default:
			t.emit(i, i+w, Symbol)
			i += w
		}
	}
}

func isQuoteRune(r rune) bool {
	switch r {
	case '„', '‚', '“', '‘', '”', '’', '»', '«', '›', '‹', '"', '\'', '‟', '‛':
		return true
	}
	return false
}

// dots handles a run of full stops: ... is an ellipsis, a single or double
// one punctuation.
func (t *tokenizer) dots(i int) int {
	j := i + 1
	for j < len(t.s) && t.s[j] == '.' {
		j++
	}
	if j-i >= 3 {
		t.emit(i, j, Ellipsis)
	} else {
		t.emitEnd(i, j, Punct)
	}
	return j
}

// bracket handles ( and [, taking […] [...] (…) (...) as one ellipsis.
func (t *tokenizer) bracket(i int) int {
	s := t.s
	closer := byte(')')
	if s[i] == '[' {
		closer = ']'
	}
	j := i + 1
	switch {
	case len(s)-j >= 4 && s[j:j+3] == "..." && s[j+3] == closer:
		j += 4
	case len(s)-j >= 4 && s[j:j+3] == "…" && s[j+3] == closer:
		j += 4
	default:
		t.emit(i, i+1, Punct)
		return i + 1
	}
	t.emit(i, j, Ellipsis)
	return j
}

// handle handles @name and #tag; a lone @ or # is punctuation.
func (t *tokenizer) handle(i int) int {
	s := t.s
	j := i + 1
	for j < len(s) && (isASCIIAlnum(s[j]) || s[j] == '_') {
		j++
	}
	if j == i+1 || (s[i] == '#' && !hasLetter(s[i+1:j])) {
		t.emit(i, i+1, Punct)
		return i + 1
	}
	t.emit(i, j, Handle)
	return j
}

func hasLetter(s string) bool {
	for i := 0; i < len(s); i++ {
		if isASCIILetter(s[i]) {
			return true
		}
	}
	return false
}

// context returns the runes before and after s[i:i+w], with 0 for the
// start and the end of the text.
func (t *tokenizer) context(i, w int) (before, after rune) {
	before, _ = decodeLast(t.s, i)
	if i+w < len(t.s) {
		after, _ = decode(t.s, i+w)
	}
	return before, after
}

// openContext: the mark stands before text, after a space, the start or an
// opening bracket, dash or quote.
func openContext(before, after rune) bool {
	if after == 0 || isSpace(after) {
		return false
	}
	switch before {
	case 0, '(', '[', '{', '/', '-', '–', '—', '„', '‚', '»', '«', '“', '‘', '"', '\'', '›', '‹', ':':
		return true
	}
	return isSpace(before)
}

// closeContext: the mark stands after text and before a space, the end,
// punctuation or another mark.
func closeContext(before, after rune) bool {
	if before == 0 || isSpace(before) {
		return false
	}
	if after == 0 || isSpace(after) {
		return true
	}
	switch after {
	case '.', ',', ';', ':', '!', '?', ')', ']', '}', '…', '-', '–', '—', '/',
		'“', '”', '‘', '’', '«', '»', '‹', '›', '"', '\'':
		return true
	}
	return false
}

// quote classifies and emits the quote mark r at s[i:i+w].
func (t *tokenizer) quote(i int, r rune, w int) int {
	before, after := t.context(i, w)
	open := openContext(before, after)
	closing := closeContext(before, after)
	q := &t.q
	var c QuoteClass
	// pick applies the common rule for a mark whose own open count is *n.
	pick := func(n *int) QuoteClass {
		switch {
		case *n > 0 && closing:
			*n--
			return Closing
		case open:
			*n++
			return Opening
		case closing:
			return Closing
		}
		return Ambiguous
	}
	switch r {
	case '„':
		q.low2++
		c = Opening
	case '‚':
		q.low1++
		c = Opening
	case '“', '‟':
		if q.low2 > 0 {
			q.low2--
			c = Closing
		} else {
			c = pick(&q.eng2)
		}
	case '‘', '‛':
		if q.low1 > 0 {
			q.low1--
			c = Closing
		} else {
			c = pick(&q.eng1)
		}
	case '”':
		switch {
		case q.eng2 > 0:
			q.eng2--
			c = Closing
		case q.low2 > 0:
			q.low2--
			c = Closing
		default:
			c = pick(&q.rdq)
		}
	case '’':
		switch {
		case q.eng1 > 0:
			q.eng1--
			c = Closing
		case q.low1 > 0:
			q.low1--
			c = Closing
		case closing:
			c = Closing
		default:
			c = Ambiguous // also an elision: so ’ne Sache
		}
	case '»':
		if q.guilL2 > 0 && !open {
			q.guilL2--
			c = Closing
		} else {
			c = pick(&q.guilR2)
		}
	case '«':
		if q.guilR2 > 0 && !open {
			q.guilR2--
			c = Closing
		} else {
			c = pick(&q.guilL2)
		}
	case '›':
		if q.guilL1 > 0 && !open {
			q.guilL1--
			c = Closing
		} else {
			c = pick(&q.guilR1)
		}
	case '‹':
		if q.guilR1 > 0 && !open {
			q.guilR1--
			c = Closing
		} else {
			c = pick(&q.guilL1)
		}
	case '"':
		if q.low2 > 0 && q.str2 == 0 && closing && !open {
			q.low2-- // „…" typed with a straight closing mark
			c = Closing
		} else {
			c = pick(&q.str2)
		}
	case '\'', '`':
		c = pick(&q.str1)
	}
	t.toks = append(t.toks, Token{Span: wortlaut.Span{Start: i, End: i + w}, Kind: QuoteMark, Quote: c})
	return i + w
}
