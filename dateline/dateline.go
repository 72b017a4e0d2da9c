package dateline

import (
	"errors"
	"time"

	"github.com/wortlaut/wortlaut"
)

// ErrNoDateline is returned by [Parse] when the string is not a dateline.
var ErrNoDateline = errors.New("dateline: no dateline")

// Place is one location of a dateline.
type Place struct {
	wortlaut.Span
	Text string // as written: "WASHINGTON"
	Name string // normalised: "Washington"
}

// Agency is one agency credited in a dateline or credit line.
type Agency struct {
	wortlaut.Span
	Text    string // as written: "Xinhuanet", "dpa/lby"
	Name    string // canonical: "Xinhua", "dpa"
	Service string // regional service or desk, if any: "lby"
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
	HasWeekday bool
}

// Find returns the dateline at the start of text.
func Find(text string) (Dateline, bool) { return Parser{}.Find(text) }

// Parse parses s, which should be a dateline.
func Parse(s string) (Dateline, error) { return Parser{}.Parse(s) }

// Parser finds and parses datelines. Its zero value resolves no years.
type Parser struct {
	// Reference is the publication time; when set, a date without a year
	// is resolved to the closest such date not after Reference (+1 day).
	Reference time.Time
}

// Find returns the dateline at the start of text. TODO: issue 3.
func (p Parser) Find(text string) (Dateline, bool) { return Dateline{}, false }

// Parse parses s, which should be a dateline. TODO: issue 3.
func (p Parser) Parse(s string) (Dateline, error) { return Dateline{}, ErrNoDateline }
