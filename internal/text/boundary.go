package text

import "unicode/utf8"

// Boundary reports whether byte offset i of s is where a decoding loop
// (for range, utf8.DecodeRuneInString) starts a rune: 0, len(s), or the
// start of a rune, where a byte of invalid UTF-8 counts as a rune of its
// own. Spans the extractors report must begin and end on such offsets, so
// that slicing never splits a well-formed character, whatever the input.
//
// Only the three bytes before i are read: a rune is at most four bytes
// long and every byte after its first is a continuation byte.
func Boundary(s string, i int) bool {
	if i <= 0 || i >= len(s) {
		return i == 0 || i == len(s)
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if utf8.RuneStart(s[j]) {
			_, w := utf8.DecodeRuneInString(s[j:])
			return j+w <= i
		}
	}
	// Three continuation bytes before i: they are either the tail of a
	// four-byte rune that starts at i-4 and ends at i, or bad bytes each
	// read as a rune of its own. Either way a rune starts at i.
	return true
}
