package dateline

import (
	"unicode"
	"unicode/utf8"
)

// runeAt decodes the rune at s[i]; an invalid byte reads as U+FFFD of width
// one, and i at or past the end gives (-1, 0).
func runeAt(s string, i int) (rune, int) {
	if i < 0 || i >= len(s) {
		return -1, 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
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
		r, w := runeAt(s, i)
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
	n := 0
	for i < j {
		r, w := runeAt(s, i)
		i += w
		r = unicode.ToLower(r)
		if n+utf8.RuneLen(r) > len(b) || r < 0 {
			return nil
		}
		n += utf8.EncodeRune(b[n:], r)
	}
	return b[:n]
}

// search returns the index of key in the sorted slice of n keys given by at,
// or -1.
func search(n int, at func(int) string, key []byte) int {
	lo, hi := 0, n
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if at(m) < string(key) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < n && at(lo) == string(key) {
		return lo
	}
	return -1
}

// inSet reports whether the folded s[i:j] is in the sorted set.
func inSet(set []string, s string, i, j int) bool {
	var b foldBuf
	k := fold(&b, s, i, j)
	if k == nil {
		return false
	}
	return search(len(set), func(m int) string { return set[m] }, k) >= 0
}

// lookupMonth returns the month s[i:j] names, 0 if none.
func lookupMonth(s string, i, j int) (int, bool) {
	var b foldBuf
	k := fold(&b, s, i, j)
	if k == nil {
		return 0, false
	}
	if m := search(len(months), func(m int) string { return months[m].key }, k); m >= 0 {
		return int(months[m].num), months[m].abbr
	}
	return 0, false
}

// lookupWeekday returns the weekday s[i:j] names, -1 if none.
func lookupWeekday(s string, i, j int) int {
	var b foldBuf
	k := fold(&b, s, i, j)
	if k == nil {
		return -1
	}
	if m := search(len(weekdays), func(m int) string { return weekdays[m].key }, k); m >= 0 {
		return int(weekdays[m].num)
	}
	return -1
}

// lookupAgency returns the canonical name of the agency s[i:j], "" if none.
func lookupAgency(s string, i, j int) string {
	var b foldBuf
	k := fold(&b, s, i, j)
	if k == nil {
		return ""
	}
	if m := search(len(agencies), func(m int) string { return agencies[m].key }, k); m >= 0 {
		return agencies[m].name
	}
	return ""
}

// letters scans a run of letters from i and returns its end.
func letters(s string, i int) int {
	for i < len(s) {
		r, w := runeAt(s, i)
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
