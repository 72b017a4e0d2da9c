package dateline

import (
	"unicode"
	"unicode/utf8"
)

// Limits of the scanner. They bound the work per call whatever the input.
const (
	maxOpening    = 2048 // bytes of a text Find reads
	maxLines      = 4    // lines Find tries: the dateline after up to three header lines
	maxHeader     = 300  // longest line Find passes over as a headline, stamp or note
	maxPlaces     = 4    // places one dateline may name
	maxAgencies   = 4    // agencies one dateline or credit may name
	maxPlaceWords = 5    // words of one place
	maxParen      = 64   // longest parenthesis read as agencies or a qualifier
)

// span is a half-open byte range of the scanned string.
type span struct{ start, end int }

// agencyTok is an agency found by the scanner, before it becomes an [Agency].
type agencyTok struct {
	span
	name            string // canonical; "" = as written
	service, editor span
}

// scan holds the state of one dateline scan. It lives on the caller's stack;
// nothing is allocated until a dateline is found.
type scan struct {
	s      string
	strict bool // Find: demand evidence; Parse: the caller says it is one

	places   [maxPlaces]span
	np       int
	agencies [maxAgencies]agencyTok
	na       int
	date     date
	dated    bool
	region   bool // a place came from parentheses: "Berlin (Deutschland)"
	noAgency bool // after "(ANSA) -": no further agencies
	agencyAt int  // end of the agency parenthesis placeQ read, or 0
	end      int  // end of the dateline, after its separator

	fail int    // furthest offset where the grammar failed (Parse's error)
	msg  string // what was expected there
}

// failAt records that the grammar failed at offset i and returns false.
func (sc *scan) failAt(i int, msg string) bool {
	if i >= sc.fail {
		sc.fail, sc.msg = i, msg
	}
	return false
}

// dateline scans a dateline that starts at i: agency first ("(ANSA) -
// MILANO, 9 MAR -") or place first (everything else).
func (sc *scan) dateline(i int) bool {
	if r, _ := runeAt(sc.s, i); r == '(' {
		return sc.agencyFirst(i)
	}
	return sc.placeFirst(i, false)
}

// agencyFirst scans "(AP) -" and "(ANSA) - MILANO, 9 MAR -".
func (sc *scan) agencyFirst(i int) bool {
	e, ok := sc.agencyParen(i, true)
	if !ok {
		return sc.failAt(i, "expected an agency in parentheses")
	}
	sepEnd, kind := sc.separator(e)
	if kind != '-' && (sc.strict || kind != 0) {
		return sc.failAt(e, "expected a dash after the agency")
	}
	sc.end = sepEnd
	if kind == 0 {
		return true
	}
	// A place and date may follow, closed by a second dash.
	sub := scan{s: sc.s, strict: sc.strict, date: date{weekday: -1}, noAgency: true}
	if sub.placeFirst(skipSpaces(sc.s, sepEnd), true) {
		sc.places, sc.np = sub.places, sub.np
		sc.date, sc.dated = sub.date, sub.dated
		sc.end = sub.end
	} else if !sc.strict {
		sc.fail, sc.msg = sub.fail, sub.msg
	}
	return true
}

// placeFirst scans places, optional date, region and agency parts and the
// separator. After an agency ("(ANSA) - MILANO, 9 MAR -") it takes no
// agency and needs a dash.
func (sc *scan) placeFirst(i int, afterAgency bool) bool {
	s := sc.s
	end, ok := sc.placeList(i, afterAgency)
	if !ok {
		return false
	}
	if sc.agencyAt > 0 { // "Berlin (dpa)", read by placeQ
		end = sc.agencyAt
	}
	// ", 9. Januar", ", Brazil", ", N.J.", ", Montag"
	for sc.agencyAt == 0 && end < len(s) && s[end] == ',' {
		k := skipSpaces(s, end+1)
		if d, e, ok := parseDate(s, k); ok && !sc.dated {
			sc.date, sc.dated, end = d, true, e
			continue
		}
		if sc.np < maxPlaces && !sc.dated {
			if e, ok := sc.place(k); ok {
				sc.places[sc.np] = span{k, e}
				sc.np++
				end = e
				continue
			}
		}
		break
	}
	hasAgency := sc.na > 0
	if !afterAgency && !hasAgency {
		if k := skipSpaces(s, end); k < len(s) && s[k] == '(' {
			if e, ok := sc.agencyParen(k, true); ok {
				end, hasAgency = e, true
			}
		}
	}
	if !afterAgency && !hasAgency {
		// "MOSKAU, 16. April. /TASS/."
		k := end
		if k < len(s) && s[k] == '.' {
			k++
		}
		if k = skipSpaces(s, k); k < len(s) && s[k] == '/' {
			if e, ok := sc.slashAgency(k, true); ok {
				end, hasAgency = e, true
			}
		}
	}
	sepEnd, kind := sc.separator(end)
	if !sc.strict {
		if afterAgency && kind != '-' {
			return sc.failAt(end, "expected a dash after the place")
		}
		if kind != 0 {
			end = sepEnd
		}
		sc.end = end
		return true
	}
	switch {
	case hasAgency:
		if kind != 0 {
			end = sepEnd
		} else if r, _ := runeAt(s, skipSpaces(s, end)); unicode.IsLower(r) {
			// "Merkel (AZ) sagte": no separator and no body start.
			return false
		}
	case afterAgency:
		if kind != '-' || !(sc.dated || sc.known(0) || sc.allCaps(0)) || !sc.body(sepEnd, false) {
			return false
		}
		end = sepEnd
	case sc.dated:
		if kind == 0 || kind == ':' || !sc.body(sepEnd, false) {
			return false
		}
		end = sepEnd
	default: // place only: "Berlin -", "Köln."; not "New York (Neues Museum) -"
		if kind == 0 || kind == ':' || sc.region || !sc.known(0) || !sc.body(sepEnd, true) {
			return false
		}
		end = sepEnd
	}
	sc.end = end
	return true
}

// known reports whether place n is in the gazetteer.
func (sc *scan) known(n int) bool {
	return n < sc.np && is(kPlace, sc.s, sc.places[n].start, sc.places[n].end)
}

// allCaps reports whether place n is written in capitals ("MILANO").
func (sc *scan) allCaps(n int) bool {
	return n < sc.np && isAllCaps(sc.s[sc.places[n].start:sc.places[n].end])
}

// body reports whether a news text may start after the separator ending at
// i: a capital, digit, quote or bracket, on the same line when sameLine.
func (sc *scan) body(i int, sameLine bool) bool {
	s := sc.s
	var k int
	if sameLine {
		k = skipSpaces(s, i)
		if k == i {
			// a glued body ("-Illinois") only after a dash
			if r, _ := runeAt(s, i-1); !isDash(r) {
				return false
			}
		}
	} else {
		k = skipBlank(s, i)
	}
	r, _ := runeAt(s, k)
	if r < 0 {
		return !sameLine
	}
	return unicode.IsUpper(r) || unicode.IsTitle(r) || isDigit(r) || isQuote(r) || r == '[' || r == '('
}

// placeList scans "Lorsch/Darmstadt", "Halle (Saale)/MZ", "Frankfurt/Main".
func (sc *scan) placeList(i int, afterAgency bool) (int, bool) {
	s := sc.s
	e, ok := sc.placeQ(i)
	if !ok {
		return i, false
	}
	for e < len(s) && s[e] == '/' {
		if !afterAgency {
			if ae, ok := sc.slashAgency(e, false); ok {
				return ae, true
			}
		}
		e2, ok := sc.placeQ(e + 1)
		if !ok {
			break
		}
		e = e2
	}
	return e, true
}

// placeQ scans one place with its qualifier ("Frankfurt/Main", "Halle
// (Saale)") or a region in parentheses ("Berlin (Deutschland)"), adding it
// to the places.
func (sc *scan) placeQ(i int) (int, bool) {
	s := sc.s
	if sc.np >= maxPlaces {
		return i, sc.failAt(i, "too many places")
	}
	e, ok := sc.place(i)
	if !ok {
		return i, false
	}
	n := sc.np
	sc.places[n] = span{i, e}
	sc.np++
	// "/Main"
	if e+1 < len(s) && s[e] == '/' {
		if q := letters(s, e+1); q > e+1 && is(kQualifier, s, e+1, q) {
			if r, _ := runeAt(s, q); r != '.' && !unicode.IsLetter(r) {
				e = q
				sc.places[n].end = e
			}
		}
	}
	// " (Saale)", " (Deutschland)"
	k := skipSpaces(s, e)
	if k >= len(s) || s[k] != '(' {
		return e, true
	}
	close := parenEnd(s, k)
	if close < 0 {
		return e, true
	}
	if !sc.noAgency {
		na := sc.na
		if ae, ok := sc.agencyParen(k, true); ok {
			sc.agencyAt = ae
			return e, true
		}
		sc.na = na
	}
	qe, ok := sc.place(k + 1)
	if !ok || qe != close {
		return e, true
	}
	if is(kQualifier, s, k+1, qe) {
		sc.places[n].end = close + 1
	} else if sc.np < maxPlaces {
		sc.places[sc.np] = span{k + 1, qe}
		sc.np++
		sc.region = true
	}
	return close + 1, true
}

// parenEnd returns the offset of the ')' closing the '(' at i within
// maxParen bytes on one line, or -1.
func parenEnd(s string, i int) int {
	for j := i + 1; j < len(s) && j-i <= maxParen; j++ {
		switch s[j] {
		case ')':
			return j
		case '(', '\n':
			return -1
		}
	}
	return -1
}

// place scans one place name: capitalised words, with lower-case particles
// between them ("Frankfurt am Main"), at most maxPlaceWords.
func (sc *scan) place(i int) (int, bool) {
	s := sc.s
	r, _ := runeAt(s, i)
	if !unicode.IsUpper(r) && !unicode.IsTitle(r) {
		return i, sc.failAt(i, "expected a place")
	}
	e := word(s, i)
	if is(kStop|kMonth|kWeekday, s, i, e) {
		return i, sc.failAt(i, "expected a place")
	}
	for n := 1; ; n++ {
		if n > maxPlaceWords {
			return i, sc.failAt(e, "place too long")
		}
		k := skipSpaces(s, e)
		if k == e || k-e > 3 {
			return e, true
		}
		r, _ := runeAt(s, k)
		if unicode.IsLower(r) {
			p := letters(s, k)
			k2 := skipSpaces(s, p)
			r2, _ := runeAt(s, k2)
			if k2 == p || !is(kParticle, s, k, p) || !unicode.IsUpper(r2) {
				return e, true
			}
			k = k2
		} else if !unicode.IsUpper(r) && !unicode.IsTitle(r) {
			return e, true
		}
		e2 := word(s, k)
		if is(kMonth|kWeekday, s, k, e2) {
			return e, true
		}
		e = e2
	}
}

// word scans one word of a place from the letter at i: letters joined by
// hyphens, apostrophes and inner full stops ("Baden-Baden", "L'Aquila",
// "N.J."), with the full stop of an abbreviation ("St.", "Calif.").
func word(s string, i int) int {
	start, inner := i, false
	for {
		e := letters(s, i)
		if e == i {
			break
		}
		i = e
		r, w := runeAt(s, i)
		if r == '-' || r == '\'' || r == '’' || r == '.' {
			if r2, _ := runeAt(s, i+w); unicode.IsLetter(r2) {
				inner = inner || r == '.'
				i += w
				continue
			}
		}
		break
	}
	if i < len(s) && s[i] == '.' && i > start && (inner || is(kAbbrev, s, start, i)) {
		i++
	}
	return i
}

// separator scans the separator after a dateline from i: dashes ("-",
// "--", "–", "—"), a full stop, ".-" or a colon. It returns its end and
// kind ('-', '.', ':'), or kind 0 when there is none.
func (sc *scan) separator(i int) (int, rune) {
	s := sc.s
	k := skipSpaces(s, i)
	r, w := runeAt(s, k)
	switch {
	case isDash(r):
		k += w
		for n := 0; n < 3; n++ {
			if r, w := runeAt(s, k); isDash(r) {
				k += w
			}
		}
		return k, '-'
	case r == '.':
		k += w
		if r, w := runeAt(s, k); isDash(r) {
			return k + w, '-'
		}
		if r, _ := runeAt(s, k); r >= 0 && !isSpace(r) && r != '\n' {
			return i, 0
		}
		return k, '.'
	case r == ':':
		k += w
		if r, _ := runeAt(s, k); r >= 0 && !isSpace(r) && r != '\n' {
			return i, 0
		}
		return k, ':'
	}
	return i, 0
}

// agencyParen scans "(dpa/lby)" at i and returns the offset after ')'.
func (sc *scan) agencyParen(i int, acronyms bool) (int, bool) {
	close := parenEnd(sc.s, i)
	if close < 0 {
		return i, false
	}
	if !sc.agencyList(i+1, close, acronyms) {
		return i, false
	}
	return close + 1, true
}

// slashAgency scans "/MZ" after a place, or "/TASS/" when closed is set.
func (sc *scan) slashAgency(i int, closed bool) (int, bool) {
	s := sc.s
	e := elementEnd(s, i+1, len(s))
	if e == i+1 || e-i > maxParen {
		return i, false
	}
	name := lookupAgency(s, i+1, e)
	if name == "" || sc.na >= maxAgencies {
		return i, false
	}
	r, _ := runeAt(s, e)
	if closed {
		if r != '/' {
			return i, false
		}
	} else if r >= 0 && !isSpace(r) && !isDash(r) && r != '\n' && r != '.' {
		return i, false
	}
	sc.agencies[sc.na] = agencyTok{span: span{i + 1, e}, name: name}
	sc.na++
	if closed {
		e++
	}
	return e, true
}

// agencyList scans exactly s[i:j] as agencies: "dpa", "dpa/lby/mue",
// "AFP/dpa", "Reuters, AP", "Europa Press". With acronyms set an unknown
// capitalised abbreviation ("WAZ") counts as an agency.
func (sc *scan) agencyList(i, j int, acronyms bool) bool {
	s := sc.s
	first := sc.na
	k := skipSpaces(s, i)
	slash := false
	for k < j {
		e := elementEnd(s, k, j)
		if e == k {
			return false
		}
		name := lookupAgency(s, k, e)
		if name == "" {
			// two- and three-word names: "RIA Novosti"
			for n, e2 := 0, e; n < 2; n++ {
				k2 := skipSpaces(s, e2)
				if k2 == e2 || k2 >= j {
					break
				}
				e2 = elementEnd(s, k2, j)
				if e2 == k2 {
					break
				}
				if name = lookupAgency(s, k, e2); name != "" {
					e = e2
					break
				}
			}
		}
		switch {
		case name != "":
			if sc.na >= maxAgencies {
				return false
			}
			sc.agencies[sc.na] = agencyTok{span: span{k, e}, name: name}
			sc.na++
		case slash && sc.na > first && isInitials(s, k, e):
			a := &sc.agencies[sc.na-1]
			switch {
			case a.service.end == 0:
				a.service = span{k, e}
			case a.editor.end == 0:
				a.editor = span{k, e}
			default:
				return false
			}
			a.end = e
		case acronyms && isAcronym(s, k, e) && !is(kNotAgency, s, k, e):
			if sc.na >= maxAgencies {
				return false
			}
			sc.agencies[sc.na] = agencyTok{span: span{k, e}}
			sc.na++
		default:
			return false
		}
		k = skipSpaces(s, e)
		if k >= j {
			break
		}
		slash = false
		switch s[k] {
		case '/':
			slash = true
			k++
		case ',', ';', '+', '&':
			k++
		default:
			w := letters(s, k)
			switch s[k:w] {
			case "und", "and", "et", "y", "e":
				k = w
			default:
				return false
			}
		}
		if k = skipSpaces(s, k); k >= j {
			return false
		}
	}
	return sc.na > first
}

// elementEnd scans one agency element from i, not past j: letters, digits
// and inner hyphens or dots ("dpa-AFX").
func elementEnd(s string, i, j int) int {
	for i < j {
		r, w := runeAt(s, i)
		if unicode.IsLetter(r) || isDigit(r) {
			i += w
			continue
		}
		if r == '-' || r == '.' {
			if r2, _ := runeAt(s, i+w); i+w < j && (unicode.IsLetter(r2) || isDigit(r2)) {
				i += w
				continue
			}
		}
		break
	}
	return i
}

// isInitials reports two to four lower-case ASCII letters: a dpa regional
// service ("lby") or an editor's initials ("mue").
func isInitials(s string, i, j int) bool {
	if j-i < 2 || j-i > 4 {
		return false
	}
	for ; i < j; i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// isAcronym reports two to six capitals or digits starting with a capital.
func isAcronym(s string, i, j int) bool {
	n := 0
	for i < j {
		r, w := runeAt(s, i)
		if !(unicode.IsUpper(r) || n > 0 && isDigit(r)) {
			return false
		}
		i += w
		n++
	}
	return n >= 2 && n <= 6
}

// isAllCaps reports text with two or more letters and no lower-case one
// (ß, which has no common capital, does not count).
func isAllCaps(t string) bool {
	n := 0
	for i := 0; i < len(t); i++ { // ASCII first: most names are
		c := t[i]
		if c >= utf8.RuneSelf {
			n = 0
			break
		}
		if 'a' <= c && c <= 'z' {
			return false
		}
		if 'A' <= c && c <= 'Z' {
			n++
		}
		if i == len(t)-1 {
			return n >= 2
		}
	}
	for _, r := range t {
		if unicode.IsLower(r) && r != 'ß' {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}
