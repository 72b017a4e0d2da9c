package text

import (
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// letterWord scans the token that starts with the letters s[i:j]. Most
// words are ASCII letters and umlauts that end before a space or a
// punctuation mark that cannot continue them; they are emitted here, in
// one pass over their bytes. Any other ending goes through
// [tokenizer.wordFrom], which gives the same result for such words, only
// slower.
//
// A word is mostly followed by one space and another word that starts
// with an ASCII letter; that word is scanned here too, just as the main
// loop would after skipping the space.
func (t *tokenizer) letterWord(i, j int) int {
	s := t.s
	for {
		for j < len(s) {
			if j+8 <= len(s) {
				// Eight bytes at a time, no branch per letter.
				if stop := nonAlnum8(le64(s[j : j+8])); stop != 0 {
					j += bits.TrailingZeros64(stop) / 8
				} else {
					j += 8
					continue
				}
			}
			c := s[j]
			if byteClass[c]&cAlnum != 0 {
				j++
				continue
			}
			if c == 0xC3 && j+1 < len(s) && latin1Letter(s[j+1]) {
				j += 2
				continue
			}
			break
		}
		if j < len(s) && byteClass[s[j]]&cWordEnd == 0 && !plainAfterWord(s, j) {
			return t.wordFrom(i, j)
		}
		t.emit(i, j, Word)
		if j+1 < len(s) && s[j] == ' ' && byteClass[s[j+1]]&(cAlnum|cDigit) == cAlnum {
			i, j = j+1, j+2
			continue
		}
		return j
	}
}

// le64 reads the eight bytes of b as a little-endian uint64, byte k in
// bits 8k to 8k+7; the compiler makes it one load.
func le64(b string) uint64 {
	b = b[:8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// nonAlnum8 sets bit 7 of each byte lane of x that is not an ASCII letter
// or digit, and clears every other bit: all eight bytes are tested at
// once, without a branch.
func nonAlnum8(x uint64) uint64 {
	a := x &^ high8 // the low seven bits of each byte: the sums below stay within their lane
	l := a | 0x20*ones8
	ok := (l + (0x80-'a')*ones8) &^ (l + (0x80-'z'-1)*ones8) // bit 7: 'a' <= l <= 'z'
	ok |= (a + (0x80-'0')*ones8) &^ (a + (0x80-'9'-1)*ones8) // bit 7: '0' <= a <= '9'
	return (^ok | x) & high8                                 // a byte from 0x80 is no ASCII letter, whatever its low bits
}

// Lanes of a uint64 for nonAlnum8.
const (
	ones8 = 0x0101010101010101
	high8 = 0x80 * ones8
)

// latin1Letter reports whether the byte after a 0xC3 lead byte makes a
// letter, U+00C0 to U+00FF except × and ÷.
func latin1Letter(c byte) bool {
	return c >= 0x80 && c <= 0xBF && c != 0x97 && c != 0xB7
}

// plainAfterWord reports whether s[j:] starts with a non-ASCII mark that
// ends a word and cannot continue it: – — “ ” „ … « » and the no-break
// space.
func plainAfterWord(s string, j int) bool {
	switch s[j] {
	case 0xE2:
		if len(s)-j < 3 || s[j+1] != 0x80 {
			return false
		}
		switch s[j+2] {
		case 0x93, 0x94, 0x9C, 0x9D, 0x9E, 0xA6:
			return true
		}
	case 0xC2:
		if len(s)-j < 2 {
			return false
		}
		switch s[j+1] {
		case 0xA0, 0xAB, 0xBB:
			return true
		}
	}
	return false
}

// word scans the token that starts with the word rune at s[i]: a word,
// number, date, ordinal, abbreviation, URL or e-mail address.
func (t *tokenizer) word(i int) int { return t.wordFrom(i, i) }

// wordFrom is [tokenizer.word] for a token whose first bytes s[i:j] are
// already known to be word runes, so that the scan resumes at j.
func (t *tokenizer) wordFrom(i, j int) int {
	s := t.s
	if hasURLPrefix(s, i) {
		return t.url(i)
	}
	var end int
	k := Word
	plain := false // digits only
	if isDigit(s[i]) {
		end, k, plain = t.number(i)
	} else {
		end = t.lettersFrom(i, j)
	}
	if end < len(s) && i >= t.noEmail && isASCIIAlnum(s[i]) && mayContinueAddress(s, end) {
		if e, kind, ok := t.address(i); ok {
			t.emit(i, e, kind)
			return e
		}
	}
	if end < len(s) && s[end] == '.' {
		switch {
		case k == Word:
			return t.wordDot(i, end)
		case plain && !(end+1 < len(s) && isDigit(s[end+1])) && t.ordinalContext(i, end):
			t.emitEnd(i, end+1, Ordinal)
			return end + 1
		}
	}
	t.emit(i, end, k)
	return end
}

// letters returns the end of the word at s[i]: word runes joined by inner
// hyphens, soft hyphens and apostrophes, plus a suspended hyphen
// ("Bundes- und") or a genitive apostrophe ("Jens’ Rede").
func (t *tokenizer) letters(i int) int { return t.lettersFrom(i, i) }

// lettersFrom is [tokenizer.letters] resuming at j, where s[i:j] are word
// runes.
func (t *tokenizer) lettersFrom(i, j int) int {
	s := t.s
	for j < len(s) {
		c := s[j]
		if c < utf8.RuneSelf {
			if byteClass[c]&cAlnum != 0 {
				j++
				for j < len(s) && byteClass[s[j]]&cAlnum != 0 {
					j++
				}
				continue
			}
			switch c {
			case '-':
				if wordAt(s, j+1) {
					j++
					continue
				}
				if j > i && suspendedHyphen(s, j) {
					return j + 1
				}
			case '\'', '`':
				if j > i && letterAt(s, j+1) {
					j++
					continue
				}
				if c == '\'' && t.genitive(i, j, 1) {
					return j + 1
				}
			}
			return j
		}
		if c == 0xC3 && j+1 < len(s) && latin1Letter(s[j+1]) {
			j += 2 // ä ö ü ß: a word rune, without decoding
			continue
		}
		r, w := decode(s, j)
		if isWordRune(r) {
			j += w
			continue
		}
		if isJoiner(r) && j > i && wordAt(s, j+w) {
			j += w
			continue
		}
		if isApostrophe(r) {
			if j > i && letterAt(s, j+w) {
				j += w
				continue
			}
			if r == '’' && t.genitive(i, j, w) {
				return j + w
			}
		}
		return j
	}
	return j
}

func wordAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := decode(s, i)
	return isWordRune(r)
}

func letterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := decode(s, i)
	return isLetterRune(r)
}

// suspendedHyphen reports whether the hyphen at s[j] ends the first half of
// a coordinated compound: "Bundes- und Landesebene", "Ein-, Zwei-",
// "Import-/Exportgeschäft".
func suspendedHyphen(s string, j int) bool {
	k := j + 1
	if k < len(s) && (s[k] == ',' || s[k] == '/') {
		return true
	}
	for k < len(s) && s[k] == ' ' {
		k++
	}
	if k == j+1 {
		return false
	}
	e := k
	for e < len(s) && isASCIILetter(s[e]) {
		e++
	}
	if e < len(s) && !(s[e] == ' ' || s[e] == '.' || s[e] == '/') {
		return false
	}
	switch s[k:e] {
	case "und", "oder", "bzw", "sowie", "bis", "noch", "als", "wie", "u", "statt":
		return true
	}
	return false
}

// genitive reports whether the apostrophe at s[j:j+w] ends the word s[i:j]
// as a genitive ("Jens’", "Marx’"): the word ends in s, x, z or ß, no
// letter follows, and no single quotation is open that it could close.
func (t *tokenizer) genitive(i, j, w int) bool {
	if j == i || t.q.singleOpen() || letterAt(t.s, j+w) || wordAt(t.s, j+w) {
		return false
	}
	switch t.s[j-1] {
	case 's', 'x', 'z':
		return j-i > 1
	}
	return j-i > 2 && t.s[j-2:j] == "ß"
}

// number scans the number at s[i]. It reports the end, the kind (Number,
// Date, or Word for "3D", "100-jährige") and whether it is plain digits.
func (t *tokenizer) number(i int) (end int, k Kind, plain bool) {
	s := t.s
	j := digits(s, i)
	var lens [4]int
	var seps [3]byte
	lens[0] = j - i
	groups := 0
	for j+1 < len(s) && (s[j] == '.' || s[j] == ',' || s[j] == ':') && isDigit(s[j+1]) {
		e := digits(s, j+1)
		if groups < len(seps) {
			seps[groups] = s[j]
			lens[groups+1] = e - j - 1
		}
		groups++
		j = e
	}
	k = Number
	switch {
	case groups == 2 && seps[0] == '.' && seps[1] == '.' && lens[0] <= 2 && lens[1] <= 2 && (lens[2] == 2 || lens[2] == 4):
		k = Date
	case groups == 1 && seps[0] == '.' && lens[0] <= 2 && lens[1] <= 2 && j+1 < len(s) && s[j] == '.' && !isDigit(s[j+1]) &&
		dayMonth(s[i:j]):
		// 9.1. with its closing full stop
		return j + 1, Date, false
	case groups == 0 && lens[0] == 4 && isoDateRest(s, j):
		return j + 6, Date, false
	}
	plain = groups == 0
	if j < len(s) {
		if r, w := decode(s, j); isLetterRune(r) || (isJoiner(r) && wordAt(s, j+w)) {
			j = t.letters(j)
			return j, numericKind(s[i:j]), false
		}
	}
	return j, k, plain
}

func digits(s string, i int) int {
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i
}

// dayMonth reports whether s, "d.m" with one or two digits each, is a
// plausible day and month.
func dayMonth(s string) bool {
	d, m, n := 0, 0, 0
	for k := 0; k < len(s); k++ {
		if s[k] == '.' {
			n++
			continue
		}
		if n == 0 {
			d = d*10 + int(s[k]-'0')
		} else {
			m = m*10 + int(s[k]-'0')
		}
	}
	return d >= 1 && d <= 31 && m >= 1 && m <= 12
}

// isoDateRest reports whether s[j:] continues a year with "-mm-dd".
func isoDateRest(s string, j int) bool {
	if len(s)-j < 6 || s[j] != '-' || s[j+3] != '-' {
		return false
	}
	for _, k := range [4]int{1, 2, 4, 5} {
		if !isDigit(s[j+k]) {
			return false
		}
	}
	return !wordAt(s, j+6)
}

// numericKind returns Number for a compound of numbers ("2016-2017") and
// Word otherwise ("100-jährige", "3D").
func numericKind(s string) Kind {
	for k := 0; k < len(s); k++ {
		c := s[k]
		if !isDigit(c) && c != '-' && c != '.' && c != ',' {
			return Word
		}
	}
	return Number
}

// ordinalContext decides whether the number s[i:dot] followed by a full
// stop is an ordinal: before a month ("9. Januar"), before a lowercase word
// ("9. bis 11."), after a word such as "am" or "zum" ("zum 70.
// Geburtstag"), at the start of a line ("1. FC Köln"), or before a comma or
// range dash ("3.–5.").
func (t *tokenizer) ordinalContext(i, dot int) bool {
	s := t.s
	k := dot + 1
	for k < len(s) {
		r, w := decode(s, k)
		if !isInlineSpace(r) {
			break
		}
		k += w
	}
	if k >= len(s) {
		return false
	}
	r, _ := decode(s, k)
	switch r {
	case ',', '-', '–', '/':
		return k == dot+1 || r == '–'
	}
	if isQuoteRune(r) {
		// die 22. „Europäische Hackerkonferenz“: only the word before can tell.
		return dot-i < 4 && t.ordinalPrev()
	}
	if !isLetterRune(r) {
		return false
	}
	if unicode.IsLower(r) {
		return true
	}
	e := k
	for e < len(s) {
		r, w := decode(s, e)
		if !isLetterRune(r) {
			break
		}
		e += w
	}
	l := t.lx
	if l.months.get(s[k:e]) || (e < len(s) && s[e] == '.' && l.months.get(s[k:e+1])) {
		return true
	}
	if dot-i >= 4 {
		return false // a year: "bis 2007. Er …"
	}
	return t.ordinalPrev() || lineStart(s, i)
}

// ordinalPrev reports whether the token before a number with a full stop
// makes it an ordinal: an article or preposition of data/ordinal_prev.txt,
// an inflected adjective, an opening quote or parenthesis.
func (t *tokenizer) ordinalPrev() bool {
	n := len(t.toks)
	if n == 0 {
		return false
	}
	p := t.toks[n-1]
	w := t.s[p.Start:p.End]
	switch {
	case p.Kind == Word:
		return lowerFirstKey(&t.lx.ordPrev, w) || inflected(w)
	case p.Kind == QuoteMark:
		return p.Quote == Opening // zum „2. Deutschen Klimakongress“
	case p.Kind == Punct:
		return w == "("
	}
	return false
}

// inflected reports whether w is a lowercase word of four or more letters
// with an adjective ending (-en -em -er -es), as before an ordinal: "des
// stationierten 1. Bataillons". Verbs ending so are rare right before a
// sentence-final bare number.
func inflected(w string) bool {
	if len(w) < 4 || !isASCIILower(w[0]) && !startsLower(w) {
		return false
	}
	switch w[len(w)-2:] {
	case "en", "em", "er", "es":
		return true
	}
	return false
}

func startsLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// lineStart reports whether only inline white space stands between the
// start of its line and s[i].
func lineStart(s string, i int) bool {
	for i > 0 {
		r, w := decodeLast(s, i)
		if isLineBreak(r) {
			return true
		}
		if !isInlineSpace(r) {
			return false
		}
		i -= w
	}
	return true
}

// wordDot handles the word s[i:dot] followed by a full stop: dotted
// abbreviations (z.B., U.S.), listed abbreviations, initials and roman
// ordinals take the stop; otherwise the word ends before it.
func (t *tokenizer) wordDot(i, dot int) int {
	s := t.s
	if e, ok := acronym(s, i, dot); ok {
		if e < len(s) && s[e] == '-' && wordAt(s, e+1) {
			e = t.letters(e + 1)
			t.emit(i, e, Word)
			return e
		}
		t.emitEnd(i, e, Abbrev)
		return e
	}
	w := s[i : dot+1]
	f := t.lx.abbrevFlags(w)
	if f&abbrevFirst != 0 {
		if e, ok := t.multiAbbrev(i, w); ok {
			return e
		}
	}
	if f&abbrevPlain != 0 || (f&abbrevMonth != 0 && t.monthAbbrevContext(dot)) ||
		(f&abbrevNumber != 0 && numberAfter(s, dot+1)) || isInitial(w) {
		t.emitEnd(i, dot+1, Abbrev)
		return dot + 1
	}
	if t.romanOrdinal(w) {
		t.emitEnd(i, dot+1, Ordinal)
		return dot + 1
	}
	if startsLower(w) && letterAt(s, dot+1) && startsLower(s[dot+1:]) {
		// ver.di: a lower-case word, a full stop and a lower-case word
		// with no space is a name written with a dot, not a sentence end
		// (a new sentence starts with a capital).
		e := t.letters(dot + 1)
		t.emit(i, e, Word)
		return e
	}
	t.emit(i, dot, Word)
	return dot
}

// acronym matches letters and full stops in groups of one to three letters,
// at least two groups, no space: "z.B.", "U.S.", "e.V.", "U.S.A.".
func acronym(s string, i, dot int) (int, bool) {
	if dot-i > 6 || dot+1 < len(s) && s[dot+1] < utf8.RuneSelf && !isASCIILetter(s[dot+1]) ||
		!letterAt(s, dot+1) || !shortLetters(s[i:dot]) {
		return 0, false
	}
	p := dot + 1
	groups := 1
	for p < len(s) {
		r, _ := decode(s, p)
		if !isLetterRune(r) {
			break
		}
		if groups == 8 {
			return 0, false // bounded, so that "a.a.a.…" stays linear
		}
		e := p
		for e < len(s) {
			r, w := decode(s, e)
			if !isLetterRune(r) {
				break
			}
			e += w
		}
		if e >= len(s) || s[e] != '.' || !shortLetters(s[p:e]) {
			return 0, false
		}
		groups++
		p = e + 1
	}
	if groups < 2 || wordAt(s, p) {
		return 0, false
	}
	return p, true
}

// shortLetters reports whether s is one to three letters.
func shortLetters(s string) bool {
	n := 0
	for _, r := range s {
		if !isLetterRune(r) {
			return false
		}
		n++
	}
	return n >= 1 && n <= 3
}

// multiAbbrev matches a multi-part abbreviation such as "z. B." or
// "i. d. R." whose first part first is at s[i:], emitting each part.
func (t *tokenizer) multiAbbrev(i int, first string) (int, bool) {
	s := t.s
	for _, k := range t.lx.multiBy.get(first) {
		parts := t.lx.multi[k]
		var ends [8]int
		p := i + len(first)
		ends[0] = p
		ok := len(parts) <= len(ends)
		for n := 1; ok && n < len(parts); n++ {
			for p < len(s) {
				r, w := decode(s, p)
				if !isInlineSpace(r) {
					break
				}
				p += w
			}
			if len(s)-p < len(parts[n]) || s[p:p+len(parts[n])] != parts[n] {
				ok = false
				break
			}
			p += len(parts[n])
			ends[n] = p
		}
		if !ok {
			continue
		}
		start := i
		for n := range parts {
			t.emitEnd(start, ends[n], Abbrev)
			if n+1 < len(parts) {
				start = ends[n+1] - len(parts[n+1])
			}
		}
		return p, true
	}
	return 0, false
}

// monthAbbrevContext: "Jan." is an abbreviation after a number or ordinal,
// or before a number ("9. Jan. 2017", "Jan. 2017"); otherwise it may be the
// name Jan at the end of a sentence.
func (t *tokenizer) monthAbbrevContext(dot int) bool {
	if n := len(t.toks); n > 0 {
		if k := t.toks[n-1].Kind; k == Ordinal || k == Number {
			return true
		}
	}
	return numberAfter(t.s, dot+1)
}

// numberAfter reports whether a digit follows s[k:] after inline spaces.
func numberAfter(s string, k int) bool {
	for k < len(s) {
		r, w := decode(s, k)
		if !isInlineSpace(r) {
			break
		}
		k += w
	}
	return k < len(s) && isDigit(s[k])
}

// isInitial reports whether w is one capital letter and a full stop.
func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n+1 == len(w) && unicode.IsUpper(r)
}

// romanOrdinal reports whether w, with its full stop, is a roman ordinal
// after a name or article: "Ludwig XIV.", "Papst Benedikt XVI.", "im XX.
// Jahrhundert". After an article the ordinal counts a series (a century,
// a congress, a war) and stays under a hundred, so it is written with I,
// V, X and L only: a C, D or M there spells an acronym at the end of a
// sentence ("eine Mitteilung des CCC.", "die CD."), which must stay a word.
func (t *tokenizer) romanOrdinal(w string) bool {
	if len(w) < 3 || len(w) > 9 {
		return false
	}
	small := true
	for k := 0; k < len(w)-1; k++ {
		switch w[k] {
		case 'I', 'V', 'X', 'L':
		case 'C', 'D', 'M':
			small = false
		default:
			return false
		}
	}
	n := len(t.toks)
	if n == 0 || t.toks[n-1].Kind != Word {
		return false
	}
	p := t.s[t.toks[n-1].Start:t.toks[n-1].End]
	r, _ := utf8.DecodeRuneInString(p)
	return (unicode.IsUpper(r) && !allUpper(p)) || small && lowerFirstKey(&t.lx.ordPrev, p)
}

func allUpper(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// hasURLPrefix reports whether s[i:] starts with http://, https://,
// ftp:// or www. followed by a letter or digit.
func hasURLPrefix(s string, i int) bool {
	if len(s)-i < 5 {
		return false
	}
	switch s[i] | 0x20 {
	case 'h':
		return prefixFold(s, i, "https://") || prefixFold(s, i, "http://")
	case 'w':
		return prefixFold(s, i, "www.")
	case 'f':
		return prefixFold(s, i, "ftp://")
	}
	return false
}

// prefixFold reports whether s[i:] starts with p, ASCII case folded, and a
// letter or digit follows.
func prefixFold(s string, i int, p string) bool {
	return len(s)-i > len(p) && s[i+3]|0x20 == p[3] && asciiEqualFold(s[i:i+len(p)], p) && isASCIIAlnum(s[i+len(p)])
}

func asciiEqualFold(a, b string) bool {
	for k := 0; k < len(a); k++ {
		c := a[k]
		if isASCIIUpper(c) {
			c += 'a' - 'A'
		}
		if c != b[k] {
			return false
		}
	}
	return true
}

// url scans a URL from s[i] to the next space or quote mark, leaving out
// trailing punctuation and an unbalanced closing parenthesis.
func (t *tokenizer) url(i int) int {
	s := t.s
	j := i
	depth := 0
	for j < len(s) {
		r, w := decode(s, j)
		if isSpace(r) || isQuoteRune(r) || r == '<' || r == '>' || r == '`' || r == '…' {
			break
		}
		switch r {
		case '(':
			depth++
		case ')':
			depth--
		}
		j += w
	}
	for j > i {
		c := s[j-1]
		if c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ']' || (c == ')' && depth < 0) {
			if c == ')' {
				depth++
			}
			j--
			continue
		}
		break
	}
	t.emit(i, j, URL)
	return j
}

// mayContinueAddress reports whether the word ending at s[end] may go on
// as an e-mail address or a domain name.
func mayContinueAddress(s string, end int) bool {
	switch s[end] {
	case '@':
		return true
	case '.', '_', '%', '+', '-':
		return end+1 < len(s) && isASCIIAlnum(s[end+1])
	}
	return false
}

// address matches an e-mail address or a bare domain name ("tagesschau.de",
// with an optional path) at s[i]. A failed match records how far no
// address can start, so that a long run of such characters is scanned once.
func (t *tokenizer) address(i int) (int, Kind, bool) {
	s := t.s
	j := i
	dot, domainOnly := false, true
	for j < len(s) {
		c := s[j]
		switch {
		case isASCIIAlnum(c) || c == '-':
		case c == '.':
			dot = true
		case c == '_' || c == '%' || c == '+':
			domainOnly = false
		default:
			goto done
		}
		j++
	}
done:
	t.noEmail = j
	if j < len(s) && s[j] == '@' && s[j-1] != '.' {
		if e, _, ok := domain(s, j+1); ok {
			return e, Email, true
		}
		return 0, 0, false
	}
	if !dot || !domainOnly {
		return 0, 0, false
	}
	e, tld, ok := domain(s, i)
	if !ok || !knownTLD(tld) {
		return 0, 0, false
	}
	if e < len(s) && s[e] == '/' {
		return t.urlEnd(i), URL, true
	}
	return e, URL, true
}

// urlEnd returns the end of the URL at s[i] without emitting it.
func (t *tokenizer) urlEnd(i int) int {
	n := len(t.toks)
	e := t.url(i)
	t.toks = t.toks[:n]
	return e
}

// domain matches labels of letters, digits and hyphens joined by full
// stops at s[i:], at least two, the last of two or more letters. It returns
// the end and the last label.
func domain(s string, i int) (int, string, bool) {
	j := i
	labels := 0
	lastStart := i
	for {
		k := j
		for k < len(s) && (isASCIIAlnum(s[k]) || s[k] == '-') {
			k++
		}
		if k == j {
			break
		}
		labels++
		lastStart = j
		j = k
		if j+1 < len(s) && s[j] == '.' && isASCIIAlnum(s[j+1]) {
			j++
			continue
		}
		break
	}
	if labels < 2 || j-lastStart < 2 {
		return 0, "", false
	}
	for k := lastStart; k < j; k++ {
		if !isASCIILetter(s[k]) {
			return 0, "", false
		}
	}
	if wordAt(s, j) {
		return 0, "", false
	}
	return j, s[lastStart:j], true
}

// knownTLD reports whether a bare name ending in tld is taken as a domain.
// Only lowercase, common endings count, so "Ende.Die" stays two words.
func knownTLD(tld string) bool {
	switch tld {
	case "de", "at", "ch", "com", "org", "net", "eu", "info", "io", "gov", "edu", "int", "biz",
		"cn", "uk", "us", "fr", "it", "es", "nl", "be", "pl", "ru", "jp", "tv", "me", "app", "dev", "news", "online":
		return true
	}
	return false
}
