package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/wortlaut/wortlaut/internal/prosead"
)

// recognizeEnglish tags text with prose's English model and clusters the
// names like German ones, without the German genitive and gazetteer rules.
func recognizeEnglish(src string) []Entity {
	var cs []cand
	for _, e := range prosead.Entities(src) {
		if e.Start < 0 || e.End > len(src) || e.Start >= e.End || !utf8.RuneStart(src[e.Start]) || (e.End < len(src) && !utf8.RuneStart(src[e.End])) {
			continue
		}
		s := src[e.Start:e.End]
		cs = append(cs, cand{start: e.Start, end: e.End, typ: typeOf(e.Type), surface: s, canon: strings.Join(strings.Fields(s), " ")})
	}
	return cluster(src, cs)
}
