package dateline

import (
	"errors"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/wortlaut/wortlaut"
)

// ErrNoDateline is the error every [ParseError] wraps: the string is not a
// dateline. Test for it with errors.Is.
var ErrNoDateline = errors.New("dateline: no dateline")

// ParseError reports where [Parse] found the string not to be a dateline.
type ParseError struct {
	Input  string // the string given to Parse
	Offset int    // byte offset in Input where the grammar failed
	Msg    string // what was expected there
}

func (e *ParseError) Error() string {
	in := e.Input
	if len(in) > 60 {
		cut := 60
		for cut > 0 && !utf8.RuneStart(in[cut]) {
			cut--
		}
		in = in[:cut] + "…"
	}
	return "dateline: " + e.Msg + " at offset " + strconv.Itoa(e.Offset) + " in " + strconv.Quote(in)
}

// Unwrap returns [ErrNoDateline].
func (e *ParseError) Unwrap() error { return ErrNoDateline }

// Place is one location of a dateline.
type Place struct {
	wortlaut.Span
	Text string // as written: "WASHINGTON", "N.J.", "Halle (Saale)"
	Name string // normalised: "Washington", "New Jersey", "Halle (Saale)"
}

// Agency is one agency credited in a dateline or credit line.
type Agency struct {
	wortlaut.Span
	Text    string // as written: "Xinhuanet", "dpa/lby/mue"
	Name    string // canonical: "Xinhua", "dpa"; as written when unknown
	Service string // regional service or desk, if any: "lby"
	Editor  string // editor's initials, if any: "mue"
}

// Dateline is the parsed dateline of a news text.
type Dateline struct {
	wortlaut.Span
	Text       string // text[Span], through the separator
	Places     []Place
	Agencies   []Agency
	Day        int // 0 when absent
	Month      int // 0 when absent
	Year       int // 0 when absent and not resolved
	Weekday    time.Weekday
	HasWeekday bool // Weekday was written in the dateline
}

// Find returns the dateline at the start of text, reading at most its first
// 2048 bytes. It is [Parser.Find] with the zero Parser.
func Find(text string) (Dateline, bool) { return Parser{}.Find(text) }

// Parse parses s, which should be a dateline and nothing else. It is
// [Parser.Parse] with the zero Parser.
func Parse(s string) (Dateline, error) { return Parser{}.Parse(s) }

// Parser finds and parses datelines. Its zero value resolves no years. A
// Parser is a plain value, safe for concurrent use.
type Parser struct {
	// Reference is the publication time. When set, a date without a year
	// is resolved to the latest such date not after one day past
	// Reference: "9. Januar" published 2017-01-10 is 2017-01-09,
	// "30. Dezember" published 2018-01-02 is 2017-12-30.
	Reference time.Time
}

// Find returns the dateline at the start of text: on its first line, or
// on the line after up to three short header lines (a headline, a web time
// stamp, a byline, an update note such as "(neu: Schlusskurse)"). It reads
// at most the first 2048 bytes of text and needs evidence: an agency, a
// date, or a well-known place followed by a separator and a capitalised
// body. Finding nothing is not an error.
func (p Parser) Find(text string) (Dateline, bool) {
	s := opening(text)
	i := 0
	for line := 0; line < maxLines; line++ {
		i = skipBlank(s, i)
		if i >= len(s) {
			break
		}
		j := i
		if e, ok := note(s, i); ok {
			j = skipSpaces(s, e)
		}
		if j < len(s) && s[j] != '\n' {
			sc := scan{s: s, strict: true, date: date{weekday: -1}}
			if sc.dateline(j) {
				return p.result(s, j, &sc), true
			}
		}
		eol := lineEnd(s, i)
		if eol-i > maxHeader || endsSentence(s, i, eol) {
			break
		}
		i = eol
	}
	return Dateline{}, false
}

// Parse parses s, which should be a dateline: leading and trailing white
// space is allowed, other text is not. The separator may be missing and a
// place needs no further evidence ("Lorsch" parses). The error is a
// [*ParseError] wrapping [ErrNoDateline].
func (p Parser) Parse(s string) (Dateline, error) {
	i := skipBlank(s, 0)
	if i >= len(s) {
		return Dateline{}, &ParseError{Input: s, Offset: i, Msg: "empty dateline"}
	}
	sc := scan{s: s, date: date{weekday: -1}}
	if !sc.dateline(i) {
		return Dateline{}, &ParseError{Input: s, Offset: sc.fail, Msg: sc.msg}
	}
	if rest := skipBlank(s, sc.end); rest < len(s) {
		return Dateline{}, &ParseError{Input: s, Offset: rest, Msg: "unexpected text after the dateline"}
	}
	return p.result(s, i, &sc), nil
}

// opening returns the part of text Find reads: at most maxOpening bytes,
// cut on a rune boundary.
func opening(text string) string {
	if len(text) <= maxOpening {
		return text
	}
	cut := maxOpening
	for cut > maxOpening-utf8.UTFMax && !utf8.RuneStart(text[cut]) {
		cut--
	}
	return text[:cut]
}

// lineEnd returns the offset of the newline ending the line at i, or len(s).
func lineEnd(s string, i int) int {
	if k := strings.IndexByte(s[i:], '\n'); k >= 0 {
		return i + k
	}
	return len(s)
}

// endsSentence reports whether the line s[i:eol] ends like body text, with
// a full stop: such a line is the body, not a header to pass over.
func endsSentence(s string, i, eol int) bool {
	for eol > i {
		r, w := utf8.DecodeLastRuneInString(s[i:eol])
		if !isSpace(r) {
			return r == '.' && !strings.HasSuffix(s[i:eol], "...")
		}
		eol -= w
	}
	return false
}

// note scans an update note at i on its line: "(neu: Schlusskurse)",
// "(Wiederholung)", "(Aktualisiert)", "(Berichtigung: …)".
func note(s string, i int) (int, bool) {
	if i >= len(s) || s[i] != '(' {
		return i, false
	}
	close := -1
	for j := i + 1; j < len(s) && j-i <= 120 && s[j] != '\n'; j++ {
		if s[j] == ')' {
			close = j
			break
		}
	}
	if close < 0 {
		return i, false
	}
	w := letters(s, i+1)
	if !is(kNote, s, i+1, w) {
		return i, false
	}
	return close + 1, true
}

// notes open an update note at the head of agency copy.
var notes = []string{
	"aktualisiert", "aktualisierung", "berichtigt", "berichtigung",
	"corrected", "durchgehend", "ergänzt", "ergänzung", "erweitert",
	"korrektur", "korrigiert", "neu", "updated", "updates",
	"wiederholung", "überarbeitet",
}

// result turns a successful scan of s from start into a Dateline.
func (p Parser) result(s string, start int, sc *scan) Dateline {
	d := Dateline{
		Span: wortlaut.Span{Start: start, End: sc.end},
		Text: s[start:sc.end],
	}
	switch {
	case sc.np == 1 && sc.na == 1: // the common case in one allocation
		both := new(struct {
			p [1]Place
			a [1]Agency
		})
		d.Places, d.Agencies = both.p[:], both.a[:]
	default:
		if sc.np > 0 {
			d.Places = make([]Place, sc.np)
		}
		if sc.na > 0 {
			d.Agencies = make([]Agency, sc.na)
		}
	}
	if sc.np > 0 {
		for n, pl := range sc.places[:sc.np] {
			t := s[pl.start:pl.end]
			d.Places[n] = Place{Span: wortlaut.Span{Start: pl.start, End: pl.end}, Text: t, Name: placeName(t)}
		}
	}
	if sc.na > 0 {
		for n, a := range sc.agencies[:sc.na] {
			d.Agencies[n] = a.agency(s)
		}
	}
	if sc.dated {
		d.Day, d.Month, d.Year = sc.date.day, sc.date.month, sc.date.year
		if sc.date.weekday >= 0 {
			d.Weekday, d.HasWeekday = time.Weekday(sc.date.weekday), true
		}
		if d.Year == 0 && d.Day > 0 && !p.Reference.IsZero() {
			d.Year = resolveYear(p.Reference, d.Month, d.Day)
		}
	}
	return d
}

// agency turns a scanned agency of s into an Agency.
func (a agencyTok) agency(s string) Agency {
	t := s[a.start:a.end]
	out := Agency{Span: wortlaut.Span{Start: a.start, End: a.end}, Text: t, Name: a.name}
	if out.Name == "" {
		out.Name = t
	}
	if a.service.end > 0 {
		out.Service = s[a.service.start:a.service.end]
		out.Name = s[a.start : a.service.start-1]
		if a.name != "" {
			out.Name = a.name
		}
	}
	if a.editor.end > 0 {
		out.Editor = s[a.editor.start:a.editor.end]
	}
	return out
}

// placeName normalises a place as written: AP state abbreviations become
// the state ("N.J." → "New Jersey"); a name in capitals gets the case of
// its words ("WASHINGTON" → "Washington", "FRANKFURT AM MAIN" → "Frankfurt
// am Main", "BADEN-BADEN" → "Baden-Baden"); others stay as written.
func placeName(t string) string {
	if strings.IndexByte(t, '.') >= 0 {
		if e := lookup(t, 0, len(t)); e.kind&kState != 0 {
			return e.name
		}
	}
	if !isAllCaps(t) {
		return t
	}
	if e := lookup(t, 0, len(t)); e.kind&kPlace != 0 {
		return e.place
	}
	return titleCase(t, func(s string, i, j int) bool { return is(kParticle, s, i, j) })
}

// titleCase gives each word of t a capital and lower-case letters after
// it; particles after the first word are lower-case ("am", "de"), and
// abbreviations with full stops ("D.C.") and single letters stay.
func titleCase(t string, isParticle func(s string, i, j int) bool) string {
	var sb strings.Builder
	sb.Grow(len(t))
	first := true
	for i := 0; i < len(t); {
		e := letters(t, i)
		if e == i {
			r, w := runeAt(t, i)
			if r == utf8.RuneError {
				sb.WriteString(t[i : i+w])
			} else {
				sb.WriteRune(r)
			}
			i += w
			continue
		}
		particle := !first && isParticle(t, i, e)
		if e < len(t) && t[e] == '.' && !particle || utf8.RuneCountInString(t[i:e]) == 1 && !particle {
			sb.WriteString(t[i:e])
		} else {
			for n, r := range t[i:e] {
				if n > 0 || particle {
					r = unicode.ToLower(r)
				} else {
					r = unicode.ToUpper(r)
				}
				sb.WriteRune(r)
			}
		}
		first = false
		i = e
	}
	return sb.String()
}
