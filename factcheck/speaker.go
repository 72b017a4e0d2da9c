package factcheck

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/wortlaut/wortlaut/entity"
	"github.com/wortlaut/wortlaut/internal/lexicon"
	"github.com/wortlaut/wortlaut/quote"
)

// nameWords returns the folded name words of a speaker or mention: the
// words of s without roles and titles (Präsident, US-Präsident,
// Alibaba-Gründer) and function words (der, er, von).
func (f *folder) nameWords(s string) []string {
	var out []string
	for _, field := range strings.Fields(s) {
		if isRole(strings.Trim(field, ",.:;()\"'„“”‚‘»«")) {
			continue
		}
		for _, w := range f.words(nil, field, 0, len(field)) {
			if lexicon.Stopword(w.norm) {
				continue
			}
			if isRole(field[w.start:w.end]) {
				continue
			}
			out = append(out, w.norm)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// subset reports whether every word of a is in b; a and b are sorted.
func subset(a, b []string) bool {
	for _, w := range a {
		if _, ok := slices.BinarySearch(b, w); !ok {
			return false
		}
	}
	return true
}

// nested reports whether one non-empty word set contains the other.
func nested(a, b []string) bool {
	return len(a) > 0 && len(b) > 0 && (subset(a, b) || subset(b, a))
}

// speakerMatches reports whether the claimed speaker (its name words) is
// the quotation's speaker: the canonical name, the mention as written, or
// any mention of the same entity in ents. A canonical name that shares a
// word with the claim but disagrees in another (Ivanka Trump, Donald Trump)
// rules the match out, whatever the short mentions say.
func (f *folder) speakerMatches(claim []string, sp *quote.Speaker, ents []entity.Entity) bool {
	if sp == nil || len(claim) == 0 {
		return false
	}
	canon := f.nameWords(sp.Name)
	if len(canon) > 0 {
		if nested(claim, canon) {
			return true
		}
		if overlaps(claim, canon) {
			return false
		}
	}
	if nested(claim, f.nameWords(sp.Text)) {
		return true
	}
	for _, e := range ents {
		if e.Name != sp.Name || e.Type != sp.Type {
			continue
		}
		for _, m := range e.Mentions {
			if nested(claim, f.nameWords(m.Text)) {
				return true
			}
		}
	}
	return false
}

// overlaps reports whether sorted a and b share a word.
func overlaps(a, b []string) bool {
	for _, w := range a {
		if _, ok := slices.BinarySearch(b, w); ok {
			return true
		}
	}
	return false
}

// isRole reports whether w is a role or title noun, also as the last part
// of a compound: Präsident, US-Präsident, Bahnchefin.
func isRole(w string) bool {
	if _, ok := lexicon.Role(w); ok {
		return true
	}
	for i, r := range w {
		if i == 0 || utf8.RuneCountInString(w[i:]) < 4 {
			continue
		}
		if _, ok := lexicon.Role(string(unicode.ToUpper(r)) + w[i+utf8.RuneLen(r):]); ok {
			return true
		}
	}
	return false
}
