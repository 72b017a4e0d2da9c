package dateline

import (
	"unicode"
	"unicode/utf8"
)

// runeAt decodes the rune at s[i]; an invalid byte reads as U+FFFD of width
// one, and i at or past the end gives (-1, 0). The ASCII path inlines.
func runeAt(s string, i int) (rune, int) {
	if uint(i) < uint(len(s)) && s[i] < utf8.RuneSelf {
		return rune(s[i]), 1
	}
	return runeAtSlow(s, i)
}

func runeAtSlow(s string, i int) (rune, int) {
	if i < 0 || i >= len(s) {
		return -1, 0
	}
	return utf8.DecodeRuneInString(s[i:])
}

// isSpace reports a space inside a line: blank, tab, no-break and thin spaces.
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\u00a0', '\u2009', '\u202f', '\u2007', '\u3000', '\r':
		return true
	}
	return false
}

// skipSpaces returns the offset of the first non-space at or after i on the
// same line.
func skipSpaces(s string, i int) int {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if c != ' ' && c != '\t' && c != '\r' {
				break
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if !isSpace(r) {
			break
		}
		i += w
	}
	return i
}

// skipBlank is skipSpaces across line breaks too.
func skipBlank(s string, i int) int {
	for i < len(s) {
		r, w := runeAt(s, i)
		if !isSpace(r) && r != '\n' && r != '\ufeff' && r != '\v' && r != '\f' && r != '\u2028' && r != '\u2029' {
			break
		}
		i += w
	}
	return i
}

// isDash reports the dashes a dateline ends with.
func isDash(r rune) bool {
	switch r {
	case '-', '–', '—', '−', '‒', '―':
		return true
	}
	return false
}

// isQuote reports an opening quote mark a body may start with.
func isQuote(r rune) bool {
	switch r {
	case '"', '\'', '„', '“', '”', '‚', '‘', '’', '»', '«', '‹', '›':
		return true
	}
	return false
}

// isDigit reports an ASCII digit.
func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// foldBuf is the space fold writes into; keys longer than it match nothing.
type foldBuf [48]byte

// fold lower-cases s[i:j] into b and returns the bytes written, or nil when
// they do not fit. It never allocates.
func fold(b *foldBuf, s string, i, j int) []byte {
	k, _ := foldHash(b, s, i, j)
	return k
}

// foldHash is fold that also returns the FNV-1a hash of the folded bytes.
func foldHash(b *foldBuf, s string, i, j int) ([]byte, uint32) {
	n, h := 0, uint32(fnvOffset)
	for i < j {
		if c := s[i]; c < utf8.RuneSelf {
			if n == len(b) {
				return nil, 0
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[n] = c
			h = (h ^ uint32(c)) * fnvPrime
			n++
			i++
			continue
		}
		r, w := runeAt(s, i)
		i += w
		r = unicode.ToLower(r)
		if n+utf8.RuneLen(r) > len(b) || r < 0 {
			return nil, 0
		}
		m := utf8.EncodeRune(b[n:], r)
		for _, c := range b[n : n+m] {
			h = (h ^ uint32(c)) * fnvPrime
		}
		n += m
	}
	return b[:n], h
}

// lookupMonth returns the month s[i:j] names, 0 if none, and whether it is
// an abbreviation.
func lookupMonth(s string, i, j int) (int, bool) {
	e := lookup(s, i, j)
	if e.kind&kMonth == 0 {
		return 0, false
	}
	return int(e.month), e.abbr
}

// lookupWeekday returns the weekday s[i:j] names, -1 if none.
func lookupWeekday(s string, i, j int) int {
	e := lookup(s, i, j)
	if e.kind&kWeekday == 0 {
		return -1
	}
	return int(e.weekday)
}

// lookupAgency returns the canonical name of the agency s[i:j], "" if none.
func lookupAgency(s string, i, j int) string {
	e := lookup(s, i, j)
	if e.kind&kAgency == 0 {
		return ""
	}
	return e.name
}

// letters scans a run of letters from i and returns its end.
func letters(s string, i int) int {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if c |= 0x20; c < 'a' || c > 'z' {
				break
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			break
		}
		i += w
	}
	return i
}

// digits scans up to max ASCII digits from i and returns the end and value.
func digits(s string, i, max int) (int, int) {
	v, n := 0, 0
	for i < len(s) && n < max && s[i] >= '0' && s[i] <= '9' {
		v = v*10 + int(s[i]-'0')
		i++
		n++
	}
	return i, v
}
