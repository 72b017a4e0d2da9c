package dateline

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/wortlaut/wortlaut"
)

// Credit is the source credit at the end of agency copy:
// "(gemäß der Nachrichtenagentur Xinhua)", "(dpa)", "Quelle: AFP",
// "Mit Material von dpa und AFP".
type Credit struct {
	wortlaut.Span
	Text     string // text[Span]: the whole credit, with its parentheses
	Agencies []Agency
}

// Limits of FindCredit.
const (
	maxClosing     = 4096 // bytes at the end of a text FindCredit reads
	maxCreditLines = 4    // last non-empty lines it tries
	maxCredit      = 120  // longest credit
	maxBareCredit  = 40   // longest credit without parentheses or lead-in: "dpa/lby"
)

// FindCredit returns the source credit near the end of text: a line of its
// own among the last four non-empty lines ("(dpa)", "Quelle: AFP",
// "(gemäß der Nachrichtenagentur Xinhua)") or a parenthesis closing the
// last sentence of a paragraph ("… verkaufen. (dpa)"). Only known agencies
// count (see the package's agency table). It reads at most the last 4096
// bytes of text; finding nothing is not an error.
func FindCredit(text string) (Credit, bool) {
	base := closing(text)
	s := text
	end := len(s)
	for n := 0; n < maxCreditLines && end > base; {
		// the line [start, end)
		start := base
		if k := strings.LastIndexByte(s[base:end], '\n'); k >= 0 {
			start = base + k + 1
		}
		i, j := trimLine(s, start, end)
		if i < j {
			n++
			if c, ok := creditAt(s, i, j); ok {
				return c, true
			}
		}
		end = start - 1
	}
	return Credit{}, false
}

// closing returns the offset where the part of text FindCredit reads
// begins: maxClosing bytes before the end, moved to a rune boundary.
func closing(text string) int {
	if len(text) <= maxClosing {
		return 0
	}
	base := len(text) - maxClosing
	for n := 0; n < utf8.UTFMax && !utf8.RuneStart(text[base]); n++ {
		base++
	}
	return base
}

// trimLine returns s[i:j] without white space at either end.
func trimLine(s string, i, j int) (int, int) {
	i = skipBlank(s, i)
	for j > i {
		r, w := utf8.DecodeLastRuneInString(s[i:j])
		if !isSpace(r) && r != '\ufeff' {
			break
		}
		j -= w
	}
	return i, j
}

// creditAt reads the line s[i:j] as a credit, whole or in a closing
// parenthesis after the end of a sentence.
func creditAt(s string, i, j int) (Credit, bool) {
	if j-i <= maxCredit {
		if c, ok := credit(s, i, j); ok {
			return c, true
		}
	}
	if s[j-1] != ')' {
		return Credit{}, false
	}
	open := -1
	for k := j - 2; k > i && j-k <= maxCredit; k-- {
		if s[k] == '(' {
			open = k
			break
		}
		if s[k] == ')' {
			return Credit{}, false
		}
	}
	if open < 0 {
		return Credit{}, false
	}
	k := open
	for k > i {
		r, w := utf8.DecodeLastRuneInString(s[i:k])
		if !isSpace(r) {
			if r != '.' && r != '!' && r != '?' && r != '“' && r != '"' && r != '«' && r != '»' {
				return Credit{}, false
			}
			break
		}
		k -= w
	}
	if k == open {
		return Credit{}, false
	}
	return credit(s, open, j)
}

// credit reads exactly s[i:j] as a credit.
func credit(s string, i, j int) (Credit, bool) {
	a, b := i, j
	paren := s[i] == '(' && s[j-1] == ')'
	if paren {
		a, b = i+1, j-1
	} else if s[b-1] == '.' {
		b--
	}
	a = skipSpaces(s, a)
	// lead-in words: "gemäß der Nachrichtenagentur", "Quelle:", "Mit Material von"
	lead := 0
	for a < b {
		e := a
		for e < b {
			r, w := runeAt(s, e)
			if !unicode.IsLetter(r) && r != '\'' && r != '’' && r != '©' {
				break
			}
			e += w
		}
		if e == a || !is(kLeadIn, s, a, e) {
			break
		}
		lead++
		if e < b && s[e] == ':' {
			e++
		}
		a = skipSpaces(s, e)
	}
	if a >= b {
		return Credit{}, false
	}
	if !paren && lead == 0 && b-a > maxBareCredit {
		return Credit{}, false
	}
	sc := scan{s: s}
	if !sc.agencyList(a, b, false) {
		return Credit{}, false
	}
	c := Credit{Span: wortlaut.Span{Start: i, End: j}, Text: s[i:j], Agencies: make([]Agency, sc.na)}
	for n, t := range sc.agencies[:sc.na] {
		c.Agencies[n] = t.agency(s)
	}
	return c, true
}

// leadIns are the words before the agencies of a credit, folded.
var leadIns = []string{
	"according", "agence", "agencia", "agentur", "agenturen", "agenzia",
	"angaben", "copyright", "den", "der", "des", "fonte", "fuente", "gemäß",
	"l'agence", "l'agenzia", "la", "laut", "material", "mit", "nach",
	"nachrichtenagentur", "nachrichtenagenturen", "news", "quelle", "quellen",
	"secondo", "según", "selon", "source", "sources", "text", "the", "to",
	"von", "with", "©",
}
